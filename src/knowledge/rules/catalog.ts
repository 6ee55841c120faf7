import { BIOPSY_RULES } from './biopsy.js';
import type { RuleInfo } from './finding.js';

/** Every rule of every option module: the source of docs/rules.md. */
export const RULE_CATALOGUE: readonly RuleInfo[] = [...BIOPSY_RULES];
