import { text, type Msg, type Text, type TextParam } from '../text.js';
import { synthesisText } from './common.text.js';
import { recommendation, type GuidelineRecommendationId } from '../guidelines/index.js';
import type { SourceRef } from '../sources.js';

export const OPTION_IDS = [
  'pvp', 'rfa', 'mwa', 'cementoplasty', 'tes', 'separation-surgery', 'laminectomy-fixation',
  'palliative-surgery', 'long-bone-surgery', 'ebrt', 'sbrt', 'bma', 'systemic-therapy', 'analgesia', 'supportive-care', 'biopsy',
] as const;
export type OptionId = (typeof OPTION_IDS)[number];

/** Verdicts, most decisive first (within one evidence tier). */
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

/**
 * Evidence tiers, highest first (docs/rules.md "How a verdict is reached"):
 * 1. contraindication — a contraindication the sources state;
 * 2. recommendation — a graded recommendation (001 Minds, 004 GRADE) or a 002 consensus indication;
 * 3. narrative — guideline text that is not a graded recommendation, and cohort data;
 * 4. framework — public frameworks (NOMS) and prognostic scores (Tomita, Tokuhashi).
 * A lower tier may lower a higher tier's "recommended" to "consider"; it never vetoes it.
 */
export const TIERS = ['contraindication', 'recommendation', 'narrative', 'framework'] as const;
export type Tier = (typeof TIERS)[number];
const tierRank = (tier: Tier): number => TIERS.indexOf(tier);

/** The tier a finding has unless its rule says otherwise: from its verdict, source and strength. */
export function defaultTier(spec: Pick<Finding, 'verdict' | 'strength' | 'source'>): Tier {
  if (spec.verdict === 'contraindicated' && spec.source.document !== 'public') return 'contraindication';
  switch (spec.strength) {
    case 'strong':
    case 'weak':
    case 'none':
    case 'consensus':
      return 'recommendation';
    case 'narrative':
    case 'study':
      return 'narrative';
    case 'definition':
      return 'framework';
  }
}

/** A fact a rule needs and did not get: its path in the facts object and why it matters. */
export interface Need {
  fact: string;
  why: Text;
}

export interface Finding {
  /** `<option>.<rule>`, e.g. `pvp.bleeding-risk`; stable. */
  id: string;
  /** `info` findings advise (a co-treatment, a caution to carry out) without deciding the option. */
  verdict: Verdict | 'info';
  strength: Strength;
  /** Where the finding stands when findings disagree (see TIERS). */
  tier: Tier;
  /** Evidence level as graded: Minds A–D, GRADE 1A…2C; null when the source grades none. */
  evidence: string | null;
  source: SourceRef;
  /** Why: the facts that fired the rule and what the source says (texts rendered at the edge). */
  because: Text[];
  needs: Need[];
  /** The graded recommendation this finding applies, for showing its original text. */
  recommendation?: GuidelineRecommendationId;
}

/** Why one finding did not decide the option although its verdict differs. */
export type ConflictKind =
  /** a stated contraindication prevails over any recommendation */
  | 'contraindication'
  /** a finding of a higher tier prevails */
  | 'higher-tier'
  /** within one tier the more cautious verdict prevails */
  | 'same-tier'
  /** a lower tier lowered a higher tier's "recommended" to "consider" instead of vetoing it */
  | 'tempered'
  /** the clinician's life expectancy prevails over a score's survival band (002 §2.2) */
  | 'estimate';

export interface Conflict {
  option: OptionId;
  /** The finding whose verdict stands (for `tempered`: the recommendation that was lowered to "consider"). */
  prevailing: string;
  /** The finding whose verdict was not adopted. */
  overruled: string;
  kind: ConflictKind;
  /** The reason: the kind of conflict and the tiers of both findings. */
  why: Text;
}

/** Facts of the option's contraindication screen that are still unknown, and the verdict waiting on them. */
export interface PendingScreen {
  verdict: 'recommended' | 'consider';
  facts: string[];
}

export interface OptionAssessment {
  option: OptionId;
  verdict: Verdict;
  /** The finding that set the verdict (null when no finding decides). */
  decidedBy: string | null;
  findings: Finding[];
  conflicts: Conflict[];
  /** Set when the verdict is "needs-information" only because the contraindication screen is incomplete. */
  pending?: PendingScreen;
}

export interface Synthesis {
  verdict: Verdict;
  decidedBy: string | null;
  conflicts: Omit<Conflict, 'why'>[];
  /** The verdict the deciding tier gives before open questions of that tier or above are answered. */
  provisional: Verdict;
}

const deciding = (f: Finding): f is Finding & { verdict: Exclude<Verdict, 'needs-information'> } =>
  f.verdict !== 'info' && f.verdict !== 'needs-information';
const against = (verdict: Finding['verdict']): boolean => verdict === 'not-recommended' || verdict === 'contraindicated';
const CAUTION_ORDER: readonly Verdict[] = ['not-recommended', 'consider', 'recommended'];

/**
 * How an option's findings become its verdict (docs/rules.md):
 * 1. a stated contraindication decides "contraindicated";
 * 2. otherwise the highest tier with a deciding finding decides, its most cautious verdict first;
 * 3. an open question (needs-information) of a higher tier holds the verdict at "needs-information", and one of
 *    the same tier holds any verdict but "not recommended";
 * 4. a lower tier's "not recommended" or "consider" lowers "recommended" to "consider" and never vetoes;
 * every finding whose verdict is overruled or tempered is returned as a conflict.
 */
export function synthesise(option: OptionId, findings: readonly Finding[]): Synthesis {
  const conflicts: Omit<Conflict, 'why'>[] = [];
  const conflict = (prevailing: Finding, overruled: Finding, kind: ConflictKind) =>
    conflicts.push({ option, prevailing: prevailing.id, overruled: overruled.id, kind });
  const contraindication = findings.find((f) => f.verdict === 'contraindicated' && f.tier === 'contraindication');
  if (contraindication) {
    for (const f of findings) if (f.verdict === 'recommended' || f.verdict === 'consider') conflict(contraindication, f, 'contraindication');
    return { verdict: 'contraindicated', decidedBy: contraindication.id, conflicts, provisional: 'contraindicated' };
  }
  const decisive = findings.filter(deciding);
  const questions = findings.filter((f) => f.verdict === 'needs-information');
  if (decisive.length === 0) {
    return { verdict: 'needs-information', decidedBy: questions[0]?.id ?? null, conflicts, provisional: 'needs-information' };
  }
  const top = Math.min(...decisive.map((f) => tierRank(f.tier)));
  // A lower-tier "contraindicated" counts as "not recommended" at its own tier.
  const verdictOf = (f: Finding): Verdict => (f.verdict === 'contraindicated' ? 'not-recommended' : (f.verdict as Verdict));
  const atTop = decisive.filter((f) => tierRank(f.tier) === top);
  const base = CAUTION_ORDER.find((v) => atTop.some((f) => verdictOf(f) === v)) ?? 'recommended';
  const decider = atTop.find((f) => verdictOf(f) === base) as Finding;
  let verdict: Verdict = base;
  let decidedBy = decider.id;
  for (const f of atTop) if (f !== decider && against(base) && verdictOf(f) === 'recommended') conflict(decider, f, 'same-tier');
  const lower = decisive.filter((f) => tierRank(f.tier) > top);
  if (base === 'recommended') {
    const tempering = lower.find((f) => against(f.verdict)) ?? lower.find((f) => f.verdict === 'consider');
    if (tempering) {
      verdict = 'consider';
      decidedBy = tempering.id;
      for (const f of lower) if (against(f.verdict)) conflict(decider, f, 'tempered');
    }
  } else if (base === 'consider') {
    for (const f of lower) if (against(f.verdict)) conflict(decider, f, 'higher-tier');
  } else {
    for (const f of lower) if (f.verdict === 'recommended') conflict(decider, f, 'higher-tier');
  }
  const provisional = verdict;
  // An open question of a higher tier holds any verdict of a lower one; of the same tier, all but a verdict against.
  const question = questions.find((f) => tierRank(f.tier) < top) ?? (against(verdict) ? undefined : questions.find((f) => tierRank(f.tier) === top));
  if (question) return { verdict: 'needs-information', decidedBy: question.id, conflicts, provisional };
  return { verdict, decidedBy, conflicts, provisional };
}

/** The option's verdict from its findings (see `synthesise`). */
export function overallVerdict(option: OptionId, findings: readonly Finding[]): Verdict {
  return synthesise(option, findings).verdict;
}

/** A conflict with its reason: which finding prevailed, at which tier, and why. */
function explainConflict(findings: readonly Finding[], conflict: Omit<Conflict, 'why'>): Conflict {
  const tierName = (id: string) => {
    const tier = findings.find((f) => f.id === id)?.tier;
    return tier ? text(synthesisText.tiers[tier]) : '';
  };
  const why = text(synthesisText.conflict[conflict.kind], {
    prevailing: conflict.prevailing,
    overruled: conflict.overruled,
    prevailingTier: tierName(conflict.prevailing),
    overruledTier: tierName(conflict.overruled),
  });
  return { ...conflict, why };
}

export function assess(option: OptionId, findings: readonly (Finding | null | undefined)[]): OptionAssessment {
  const kept = findings.filter((f): f is Finding => f != null);
  const { verdict, decidedBy, conflicts } = synthesise(option, kept);
  return { option, verdict, decidedBy, findings: kept, conflicts: conflicts.map((c) => explainConflict(kept, c)) };
}

/**
 * Strength and evidence of a graded recommendation, for a finding that applies it; `clause`
 * picks one separately graded part (004 recs 5 and 7).
 */
export function graded(id: GuidelineRecommendationId, clause = 0): Pick<Finding, 'strength' | 'evidence' | 'source' | 'recommendation'> {
  const rec = recommendation(id);
  if (rec.document === '001') return { strength: rec.strength, evidence: rec.evidence, source: rec.source, recommendation: id };
  const part = rec.clauses?.[clause] ?? rec;
  // Cited as people name it: "004 rec 10 (1B)", not the section the recommendations are printed in.
  const number = id.replace(/^lc-bone-rec-/, '');
  return { strength: part.strength, evidence: part.grade, source: { document: '004', section: `rec ${number} (${part.grade})` }, recommendation: id };
}

/** A reason or need as rule modules write it: a catalogue text (its placeholders filled from the shared params) or a text. */
export type Reason = Msg | Text;

const toText = (reason: Reason, params: Record<string, TextParam>): Text =>
  'en' in reason ? text(reason, params) : reason;

/** Helper for rule modules: a finding whose reasons are language-neutral texts; `params` fill every catalogue text's placeholders. */
export function finding(
  spec: Omit<Finding, 'because' | 'needs' | 'tier'> & { because: readonly Reason[]; needs?: Need[]; tier?: Tier },
  params: Record<string, TextParam> = {},
): Finding {
  return {
    ...spec,
    tier: spec.tier ?? defaultTier(spec),
    because: spec.because.map((reason) => toText(reason, params)),
    needs: spec.needs ?? [],
  };
}

/** A need: the fact's path and why it matters. */
export function need(fact: string, why: Reason, params: Record<string, TextParam> = {}): Need {
  return { fact, why: toText(why, params) };
}

/** One rule as docs/rules.md lists it: its finding id, what it decides, and where that comes from. */
export interface RuleInfo {
  id: string;
  option: OptionId | 'plan';
  /**
   * Set where the tier is not what the rule's first source gives (see `catalogueTiers`); several when it
   * depends on the patient (a 004 recommendation graded for lung cancer, extrapolated as text for others).
   */
  tier?: Tier | readonly Tier[];
  decides: string;
  sources: SourceRef[];
}
