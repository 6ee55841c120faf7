import { surgeryText as T } from './surgery.text.js';
import { text } from '../text.js';
import type { PatientFacts } from '../facts/index.js';
import { HISTOLOGIES, type TomitaGrowth } from '../histology.js';
import type { InstrumentResult } from '../instruments/index.js';
import { tokuhashi, tokuhashiBand, tokuhashiBandOfMonths, type TokuhashiBand } from '../instruments/tokuhashi.js';
import { tokuhashiText } from '../instruments/tokuhashi.text.js';
import { tomita, tomitaBand, type TomitaBand } from '../instruments/tomita.js';
import type { KpsValue } from '../instruments/kps.js';
import { cite } from '../sources.js';
import { finding, need, type Finding, type Need } from './finding.js';

/** The four surgical options of 002 §3 and 004 §4.5. */
export type SurgicalOption = 'tes' | 'separation-surgery' | 'laminectomy-fixation' | 'palliative-surgery' | 'long-bone-surgery';

/** A score from the facts, or the facts it still needs (their paths in the facts object). */
export interface ScoreFromFacts {
  result: InstrumentResult | null;
  missing: string[];
}

export type BoneExtent = 'none' | 'solitary' | 'multiple';

/** Solitary vs multiple bone metastases (spine included), from the counts; null when the counts cannot tell. */
export function boneExtent(facts: PatientFacts): BoneExtent | null {
  const { spinal, extraspinalBone } = facts.metastases;
  const known = (spinal ?? 0) + (extraspinalBone ?? 0);
  if (known >= 2) return 'multiple';
  if (spinal === undefined || extraspinalBone === undefined) return null;
  return known === 1 ? 'solitary' : 'none';
}

/** The Tomita growth class: the clinician's, else the published class of the histology (Tomita 2001). */
export function tomitaGrowthOf(facts: PatientFacts): TomitaGrowth | null {
  const histology = facts.primary.histology;
  return facts.primary.growth ?? (histology ? HISTOLOGIES[histology].tomitaGrowth : null);
}

const breastSubtypeFor = (facts: PatientFacts) => (facts.primary.histology === 'breast' ? facts.primary.breastSubtype : undefined);

/**
 * Tomita 2001 score (002 §2.1) from the facts. The facts record visceral metastases as
 * resectable/unresectable (Tokuhashi's terms); Tomita's treatable/untreatable is read from them.
 */
export function tomitaFromFacts(facts: PatientFacts): ScoreFromFacts {
  const { histology } = facts.primary;
  const { visceral } = facts.metastases;
  const bone = boneExtent(facts);
  const missing: string[] = [];
  if (!histology) missing.push('primary.histology');
  else if (tomitaGrowthOf(facts) === null) missing.push('primary.growth');
  if (!visceral) missing.push('metastases.visceral');
  if (bone === null) {
    if (facts.metastases.spinal === undefined) missing.push('metastases.spinal');
    if (facts.metastases.extraspinalBone === undefined) missing.push('metastases.extraspinalBone');
  }
  if (!histology || !visceral || bone === null || bone === 'none' || missing.length > 0) return { result: null, missing };
  const result = tomita.score({
    primary: histology,
    growth: facts.primary.growth,
    breastSubtype: breastSubtypeFor(facts),
    visceralMetastases: visceral === 'none' ? 'none' : visceral === 'resectable' || facts.metastases.visceralTreatable === true ? 'treatable' : 'untreatable',
    boneMetastases: bone,
  });
  return { result, missing: [] };
}

/** Revised Tokuhashi score (002 §2.2) from the facts; not applicable without a vertebral metastasis. */
export function tokuhashiFromFacts(facts: PatientFacts): ScoreFromFacts {
  const { kps, neurology } = facts;
  const { histology } = facts.primary;
  const { spinal, extraspinalBone, visceral } = facts.metastases;
  if (spinal === 0) return { result: null, missing: [] };
  const missing: string[] = [];
  // Tokuhashi scores KPS 10–100; KPS 0 cannot be scored.
  if (kps === undefined || kps === 0) missing.push('kps');
  if (extraspinalBone === undefined) missing.push('metastases.extraspinalBone');
  if (spinal === undefined) missing.push('metastases.spinal');
  if (visceral === undefined) missing.push('metastases.visceral');
  if (histology === undefined) missing.push('primary.histology');
  if (neurology === undefined) missing.push('neurology.frankel');
  if (kps === undefined || kps === 0 || extraspinalBone === undefined || spinal === undefined || !visceral || !histology || !neurology) {
    return { result: null, missing };
  }
  const result = tokuhashi.score({
    kps: kps as KpsValue,
    extraspinalBoneMetastases: extraspinalBone,
    vertebralBodyMetastases: spinal,
    visceralMetastases: visceral,
    primary: histology,
    breastSubtype: breastSubtypeFor(facts),
    frankel: neurology.frankel,
  });
  return { result, missing: [] };
}

const scoreNeeds = (missing: readonly string[], score: 'tomita' | 'tokuhashi'): Need[] =>
  missing.map((fact) => need(fact, T.why[score]));

/**
 * 002 §2.1 Tomita strategy: 2–3 wide or marginal excision, 4–5 marginal or intralesional,
 * 6–7 palliative surgery, 8–10 non-operative supportive care.
 */
export function tomitaStrategy(option: SurgicalOption, score: ScoreFromFacts, facts: PatientFacts): Finding | null {
  const id = `${option}.tomita-strategy`;
  // A prognostic score (tier 4): it may temper a surgical indication, never veto it (002 §2.2).
  const base = { id, strength: 'consensus' as const, tier: 'framework' as const, evidence: null, source: cite('002', '§2.1') };
  if (!score.result) {
    if (score.missing.length === 0) return null;
    return finding({ ...base, verdict: 'info', because: [T.tomita.missing], needs: scoreNeeds(score.missing, 'tomita') });
  }
  const band = tomitaBand(score.result.total ?? 0);
  const visceral = facts.metastases.visceral;
  const reading = visceral === 'unresectable' && facts.metastases.visceralTreatable === true ? 'systemic' : visceral;
  const visceralNote = reading && reading !== 'none' ? [text(T.tomita.visceralReading[reading])] : [];
  const verdict = option === 'tes' ? TES_VERDICT[band] : band === 'supportive-care' ? 'not-recommended' : 'info';
  const line = option === 'tes' ? T.tomita.tes[band] : T.tomita.palliative[band];
  const caveat = verdict === 'not-recommended' ? [text(T.tomita.underestimate)] : [];
  return finding({ ...base, verdict, because: [line, ...visceralNote, ...score.result.caveats, ...caveat] }, { total: score.result.total ?? 0 });
}

const TES_VERDICT: Record<TomitaBand, Finding['verdict']> = {
  'wide-or-marginal': 'recommended',
  'marginal-or-intralesional': 'consider',
  'palliative-surgery': 'not-recommended',
  'supportive-care': 'not-recommended',
};

/** 002 §2.2: revised Tokuhashi 12–15 with a solitary metastasis of a relatively low-grade primary → active surgery. */
export const TOKUHASHI_ACTIVE_SURGERY_MIN = 12;

/**
 * "Relatively low-grade primary" (002 §2.2) read as a slow- or moderate-growing primary in
 * Tomita's classes: this system's operationalisation, the source names no list.
 */
const lowGradePrimary = (facts: PatientFacts) => {
  const growth = tomitaGrowthOf(facts);
  return growth === 'slow' || growth === 'moderate';
};

/** Whether the clinician's life expectancy lies in the revised Tokuhashi survival band; null without an estimate or a score. */
export function tokuhashiEstimateAgreement(score: ScoreFromFacts, facts: PatientFacts): { agrees: boolean; months: number; band: TokuhashiBand } | null {
  const total = score.result?.total;
  const months = facts.lifeExpectancyMonths;
  if (total == null || months === undefined) return null;
  const band = tokuhashiBand(total);
  return { agrees: tokuhashiBandOfMonths(months) === band, months, band };
}

/**
 * 002 §2.2 makes the score itself the criterion for active surgery: read as the source says (framework tier).
 * A clinician's life expectancy outside the score's band decides instead: the finding turns to `info` and
 * `assessTes` lists it as overruled (conflict kind `estimate`).
 */
export function tokuhashiActiveSurgery(score: ScoreFromFacts, facts: PatientFacts): Finding {
  const base = { id: 'tes.tokuhashi', strength: 'consensus' as const, tier: 'framework' as const, evidence: null, source: cite('002', '§2.2') };
  if (!score.result) {
    const because = score.missing.length === 0 ? [T.tokuhashi.notApplicable] : [T.tokuhashi.missing];
    return finding({ ...base, verdict: 'info', because, needs: scoreNeeds(score.missing, 'tokuhashi') });
  }
  const total = score.result.total ?? 0;
  const active = total >= TOKUHASHI_ACTIVE_SURGERY_MIN && boneExtent(facts) === 'solitary' && lowGradePrimary(facts);
  const line = active ? T.tokuhashi.active : total >= TOKUHASHI_ACTIVE_SURGERY_MIN ? T.tokuhashi.highNotSolitaryLowGrade : score.result.interpretation;
  const agreement = tokuhashiEstimateAgreement(score, facts);
  const estimateLine = agreement
    ? [text(agreement.agrees ? T.tokuhashi.estimateAgrees : T.tokuhashi.estimateDisagrees, { months: agreement.months, band: text(tokuhashiText.bands[agreement.band]) })]
    : [];
  const verdict = active && agreement?.agrees !== false ? 'recommended' : 'info';
  return finding({ ...base, verdict, because: [line, T.tokuhashi.scoreReading, ...estimateLine, ...score.result.caveats] }, { total });
}
