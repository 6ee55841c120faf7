import { ABLATION_RULES } from './ablation.js';
import { ALERT_RULES } from './alerts.js';
import { ANALGESIA_RULES } from './analgesia.js';
import { BIOPSY_RULES } from './biopsy.js';
import { BMA_RULES } from './bma.js';
import { LONG_BONE_RULES } from './long-bone.js';
import type { RuleInfo, Tier } from './finding.js';
import { PVP_RULES } from './pvp.js';
import { RADIOTHERAPY_RULES } from './radiotherapy.js';
import { SCREEN_RULES } from './screens.js';
import { SYSTEMIC_RULES } from './systemic.js';
import { SURGERY_RULES } from './surgery.js';

/** Every rule of every option module: the source of docs/rules.md. */
export const RULE_CATALOGUE: readonly RuleInfo[] = [
  ...BIOPSY_RULES,
  ...PVP_RULES,
  ...ABLATION_RULES,
  ...SURGERY_RULES,
  ...LONG_BONE_RULES,
  ...RADIOTHERAPY_RULES,
  ...BMA_RULES,
  ...SYSTEMIC_RULES,
  ...ANALGESIA_RULES,
  ...SCREEN_RULES,
  ...ALERT_RULES,
];

/**
 * A rule's tier as docs/rules.md shows it: the declared one, else what its first source is — a graded
 * recommendation (001 §7 CQ, 004 rec) or 002 consensus → recommendation; 001 reviews, 004 text and the
 * cohorts (000, 003) → narrative; a public definition → framework. A finding that states a contraindication
 * from a document is tier `contraindication` whatever its rule's tier (a test keeps the two in step).
 */
export function catalogueTiers(rule: RuleInfo): readonly Tier[] {
  if (rule.tier) return typeof rule.tier === 'string' ? [rule.tier] : rule.tier;
  const source = rule.sources[0];
  if (!source || source.document === 'public') return ['framework'];
  switch (source.document) {
    case '002':
      return ['recommendation'];
    case '001':
      return [source.section.startsWith('§7 CQ') ? 'recommendation' : 'narrative'];
    case '004':
      return [source.section.startsWith('rec ') ? 'recommendation' : 'narrative'];
    default:
      return ['narrative'];
  }
}
