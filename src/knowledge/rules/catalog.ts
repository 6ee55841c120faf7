import { ABLATION_RULES } from './ablation.js';
import { ANALGESIA_RULES } from './analgesia.js';
import { BIOPSY_RULES } from './biopsy.js';
import { BMA_RULES } from './bma.js';
import type { RuleInfo } from './finding.js';
import { PVP_RULES } from './pvp.js';
import { RADIOTHERAPY_RULES } from './radiotherapy.js';
import { SCREEN_RULES } from './screens.js';
import { SURGERY_RULES } from './surgery.js';

/** Every rule of every option module: the source of docs/rules.md. */
export const RULE_CATALOGUE: readonly RuleInfo[] = [
  ...BIOPSY_RULES,
  ...PVP_RULES,
  ...ABLATION_RULES,
  ...SURGERY_RULES,
  ...RADIOTHERAPY_RULES,
  ...BMA_RULES,
  ...ANALGESIA_RULES,
  ...SCREEN_RULES,
];
