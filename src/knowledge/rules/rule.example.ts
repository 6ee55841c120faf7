/**
 * The worked example of README.md "Adding a rule": one rule, written as a rule module writes it,
 * kept compiling by tsc and run by rule.example.test.ts. It is not registered: no option module
 * calls it and RULE_CATALOGUE does not list it, so it changes no verdict and no docs.
 */
import { biopsyText as T } from './biopsy.text.js';
import { L } from '../../i18n/lang.js';
import { defineTexts } from '../text.js';
import type { PatientFacts } from '../facts/index.js';
import { cite } from '../sources.js';
import { assess, finding, need, type Finding, type OptionAssessment, type RuleInfo } from './finding.js';

/** In a real module this text lives in the option's catalogue, src/knowledge/rules/<option>.text.ts, in all three languages. */
const EXAMPLE_TEXT = defineTexts('ruleExample', {
  whyNeurology: L(
    'whether a neurological deficit is progressing decides between biopsy and direct decompression (002 §1.4)',
    '神经功能障碍是否进行性加重决定活检还是直接减压（002 §1.4）',
    '神経障害が進行しているかで生検か直ちに除圧かが決まる（002 §1.4）',
  ),
});
const WHY_NEUROLOGY = EXAMPLE_TEXT.whyNeurology;

/**
 * 002 §1.4: a progressing deficit goes straight to decompression, no biopsy first.
 * A rule reads facts, never guesses them: an unknown fact is a `needs-information` finding that
 * names the fact's path; a rule that does not apply returns null.
 */
export function exampleDecompressFirst(facts: PatientFacts): Finding | null {
  if (facts.neurology === undefined) {
    return finding({
      id: 'biopsy.example-decompress-first',
      verdict: 'needs-information',
      strength: 'consensus',
      evidence: null,
      source: cite('002', '§1.4'),
      because: [WHY_NEUROLOGY],
      needs: [need('neurology.deficitProgressing', WHY_NEUROLOGY)],
    });
  }
  if (!facts.neurology.deficitProgressing) return null;
  return finding({
    id: 'biopsy.example-decompress-first',
    verdict: 'not-recommended',
    // An ungraded 002 consensus statement: strength consensus, evidence null. For a graded
    // recommendation spread `...graded('<recommendation id>')` instead (strength, evidence, source).
    strength: 'consensus',
    evidence: null,
    source: cite('002', '§1.4'),
    // No `tier`: defaultTier gives consensus → 'recommendation'. Set it only where the rule's
    // standing differs from its strength, and say so in the catalogue entry (RuleInfo.tier).
    because: [T.progressiveDeficit],
  });
}

/** The option's assessment: every rule of the option, then `assess` synthesises the verdict. */
export function exampleAssessBiopsy(facts: PatientFacts, others: readonly (Finding | null)[] = []): OptionAssessment {
  return assess('biopsy', [exampleDecompressFirst(facts), ...others]);
}

/** Its catalogue line (in a real module: one more entry of <OPTION>_RULES, which docs/rules.md lists). */
export const EXAMPLE_RULES: RuleInfo[] = [
  { id: 'biopsy.example-decompress-first', option: 'biopsy', decides: 'Progressing neurological deficit: decompress directly, no biopsy first (not recommended).', sources: [cite('002', '§1.4')] },
];
