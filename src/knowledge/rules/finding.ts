import { localize, type Lang, type Localized } from '../../i18n/lang.js';
import { recommendation, type GuidelineRecommendationId } from '../guidelines/index.js';
import type { SourceRef } from '../sources.js';

export const OPTION_IDS = [
  'pvp', 'rfa', 'mwa', 'cementoplasty', 'tes', 'separation-surgery', 'laminectomy-fixation',
  'palliative-surgery', 'ebrt', 'sbrt', 'bma', 'analgesia', 'biopsy',
] as const;
export type OptionId = (typeof OPTION_IDS)[number];

/** Verdicts, most decisive first: an option takes the first verdict any of its findings has. */
export const VERDICTS = ['contraindicated', 'not-recommended', 'needs-information', 'consider', 'recommended'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * How strong the statement behind a finding is:
 * - strong / weak / none: a graded recommendation (001 Minds 2017, 004 GRADE);
 * - consensus: 002, an expert consensus without grades;
 * - narrative: a 001 review or a 004 text section, not a graded recommendation;
 * - study: the data of a cohort (000, 003);
 * - definition: a published scale or conversion the sources name (REFERENCE "public").
 */
export type Strength = 'strong' | 'weak' | 'none' | 'consensus' | 'narrative' | 'study' | 'definition';

/** A fact a rule needs and did not get: its path in the facts object and why it matters. */
export interface Need {
  fact: string;
  why: string;
}

export interface Finding {
  /** `<option>.<rule>`, e.g. `pvp.bleeding-risk`; stable. */
  id: string;
  /** `info` findings advise (a co-treatment, a caution to carry out) without deciding the option. */
  verdict: Verdict | 'info';
  strength: Strength;
  /** Evidence level as graded: Minds A–D, GRADE 1A…2C; null when the source grades none. */
  evidence: string | null;
  source: SourceRef;
  /** Why, in the chosen language: the facts that fired the rule and what the source says. */
  because: string[];
  needs: Need[];
  /** The graded recommendation this finding applies, for showing its original text. */
  recommendation?: GuidelineRecommendationId;
}

export interface OptionAssessment {
  option: OptionId;
  verdict: Verdict;
  findings: Finding[];
}

/** The option's verdict: the most decisive verdict of its findings (`info` findings do not count). */
export function overallVerdict(findings: readonly Finding[]): Verdict {
  for (const verdict of VERDICTS) if (findings.some((f) => f.verdict === verdict)) return verdict;
  return 'needs-information';
}

export function assess(option: OptionId, findings: readonly (Finding | null | undefined)[]): OptionAssessment {
  const kept = findings.filter((f): f is Finding => f != null);
  return { option, verdict: overallVerdict(kept), findings: kept };
}

/**
 * Strength and evidence of a graded recommendation, for a finding that applies it; `clause`
 * picks one separately graded part (004 recs 5 and 7).
 */
export function graded(id: GuidelineRecommendationId, clause = 0): Pick<Finding, 'strength' | 'evidence' | 'source' | 'recommendation'> {
  const rec = recommendation(id);
  if (rec.document === '001') return { strength: rec.strength, evidence: rec.evidence, source: rec.source, recommendation: id };
  const part = rec.clauses?.[clause] ?? rec;
  return { strength: part.strength, evidence: part.grade, source: rec.source, recommendation: id };
}

/** Helper for rule modules: a finding with localised reasons. */
export function finding(
  lang: Lang,
  spec: Omit<Finding, 'because' | 'needs'> & { because: readonly (Localized | string)[]; needs?: Need[] },
  params: Record<string, string | number> = {},
): Finding {
  return {
    ...spec,
    because: spec.because.map((text) => (typeof text === 'string' ? text : localize(text, lang, params))),
    needs: spec.needs ?? [],
  };
}

/** A need in the chosen language. */
export function need(lang: Lang, fact: string, why: Localized, params: Record<string, string | number> = {}): Need {
  return { fact, why: localize(why, lang, params) };
}

/** One rule as docs/rules.md lists it: its finding id, what it decides, and where that comes from. */
export interface RuleInfo {
  id: string;
  option: OptionId | 'plan';
  decides: string;
  sources: SourceRef[];
}
