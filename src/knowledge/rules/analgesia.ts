import { analgesiaText as T } from './analgesia.text.js';
import { text, join, type Msg, type Text } from '../text.js';
import type { Opioid, OpioidUse, PatientFacts } from '../facts/index.js';
import { isLungCancer } from '../histology.js';
import { cite, publicSource } from '../sources.js';
import { boneLesionCount } from './biopsy.js';
import { extrapolationNote, lungRecommendation } from './bma.js';
import { agentsOfClass, spinalLesions } from './context.js';
import { assess, finding, need, type Finding, type Need, type OptionAssessment, type RuleInfo } from './finding.js';
import type { TaperStep } from './plan.js';

/** Analgesia (004 §4.3, rec 9; pain types 002 §1.2) and the opioid taper (004 §4.3.2.2). */

const CDC_2022 = 'Dowell D et al. CDC Clinical Practice Guideline for Prescribing Opioids for Pain — United States, 2022. MMWR Recomm Rep 2022;71(RR-3):1–95, Table (MME conversion factors)';
const NRS_BANDS = 'National Health Commission of China. 癌症疼痛诊疗规范（2018 年版）: NRS 0 no pain, 1–3 mild, 4–6 moderate, 7–10 severe';

/** Oral morphine milligram equivalents per mg a day (fentanyl patch: per µg/h); CDC 2022 Table. */
export const MME_FACTORS: Readonly<Record<Opioid, number>> = {
  codeine: 0.15,
  'fentanyl-patch': 2.4,
  hydrocodone: 1,
  hydromorphone: 5,
  methadone: 4.7,
  morphine: 1,
  oxycodone: 1.5,
  oxymorphone: 3,
  tapentadol: 0.4,
  tramadol: 0.2,
};

/** Pain bands on the 0–10 NRS (public, Chinese cancer-pain standard 2018): 1–3 mild, 4–6 moderate, 7–10 severe. */
const MODERATE_PAIN_MIN = 4;
const SEVERE_PAIN_MIN = 7;
/** 004 §4.3.2.2: reduce 10–25 % a day down to 30 mg oral morphine a day, hold 2 days, stop. */
export const TAPER_PERCENT_RANGE = { min: 10, max: 25 } as const;
export const DEFAULT_TAPER_PERCENT = 25;
const TAPER_FLOOR_MME = 30;
const TAPER_HOLD_DAYS = 2;

export type PainSeverity = 'none' | 'mild' | 'moderate' | 'severe';

/** Band of a 0–10 score; scores between whole numbers belong to the band below the next threshold (3.9 mild, 6.9 moderate). */
export function painSeverity(score: number): PainSeverity {
  if (score === 0) return 'none';
  if (score < MODERATE_PAIN_MIN) return 'mild';
  return score < SEVERE_PAIN_MIN ? 'moderate' : 'severe';
}

/** Total oral morphine equivalent of a regimen, mg/day, to one decimal (CDC 2022 factors). */
export function oralMorphineEquivalent(opioids: readonly OpioidUse[]): number {
  const total = opioids.reduce((sum, o) => sum + o.dailyDose * MME_FACTORS[o.drug], 0);
  return Math.round(total * 10) / 10;
}

/**
 * The 004 §4.3.2.2 taper from a daily total, in oral morphine mg: day 0 is today's dose; each day
 * takes `percentPerDay` of the previous day's dose (a proportional decrement, so no single cut
 * exceeds that share of the dose being cut), rounded up to the whole mg so no day cuts more; the
 * step that would go below 30 is held at 30. The 30-mg level (or today's dose when already ≤ 30)
 * is kept for 2 plan days, counting the day it is reached, then the opioid stops (0).
 */
export function taperSchedule(totalMme: number, percentPerDay = DEFAULT_TAPER_PERCENT): TaperStep[] {
  if (!(percentPerDay >= TAPER_PERCENT_RANGE.min && percentPerDay <= TAPER_PERCENT_RANGE.max)) {
    throw new RangeError(`004 §4.3.2.2 tapers 10–25 % a day; got ${percentPerDay} %`);
  }
  const steps: TaperStep[] = [{ day: 0, totalMme }];
  let dose = totalMme;
  let day = 0;
  while (dose > TAPER_FLOOR_MME) {
    day += 1;
    dose = Math.max(TAPER_FLOOR_MME, Math.ceil((dose * (100 - percentPerDay)) / 100 - 1e-9));
    steps.push({ day, totalMme: dose });
  }
  const lastHoldDay = day + (day === 0 ? TAPER_HOLD_DAYS : TAPER_HOLD_DAYS - 1);
  while (day < lastHoldDay) {
    day += 1;
    steps.push({ day, totalMme: dose });
  }
  steps.push({ day: day + 1, totalMme: 0 });
  return steps;
}

/** The day-by-day taper when pain is controlled on opioids; empty otherwise. */
export function opioidTaper(facts: PatientFacts, percentPerDay = DEFAULT_TAPER_PERCENT): TaperStep[] {
  if (facts.opioids.length === 0 || !painRelieved(facts)) return [];
  return taperSchedule(oralMorphineEquivalent(facts.opioids), percentPerDay);
}

const narrative = (section: string) => ({ strength: 'narrative' as const, evidence: null, source: cite('004', section) });

/**
 * 004 §4.3.2.2 "在疼痛得到有效缓解后": relieved = recorded as controlled and the score below moderate (< 4/10,
 * the mild band): this system's reading. A "controlled" pain of 4 or more is refused at the facts boundary.
 */
export function painRelieved(facts: PatientFacts): boolean {
  return facts.pain?.controlled === true && painSeverity(facts.pain.score) !== 'moderate' && painSeverity(facts.pain.score) !== 'severe';
}

function currentRegimen(facts: PatientFacts): Text[] {
  return facts.opioids.length > 0 ? [text(T.currentMme, { mme: oralMorphineEquivalent(facts.opioids) })] : [];
}

/** Both bone-lesion counts, asked for while their sum is unknown. */
export function boneLesionCountNeeds(facts: PatientFacts, why: Msg): Need[] {
  return boneLesionCount(facts) === null ? [need('metastases.spinal', why), need('metastases.extraspinalBone', why)] : [];
}

/** Facts the analgesic step would like: the pain type (002 §1.2) and, in lung cancer, the bone-lesion count (rec 9). */
function stepNeeds(facts: PatientFacts): Need[] {
  const needs: Need[] = [];
  if (facts.pain && facts.pain.score > 0 && facts.pain.type === undefined) needs.push(need('pain.type', T.why.type));
  if (isLungCancer(facts.primary.histology)) needs.push(...boneLesionCountNeeds(facts, T.why.boneLesionCount));
  return needs;
}

/** 004 §4.3.1: no pain score → assess first. */
export function painAssessmentNeeded(facts: PatientFacts): Finding | null {
  if (facts.pain) return null;
  return finding({ id: 'analgesia.pain-assessment', verdict: 'needs-information', ...narrative('§4.3.1'), because: [T.assessmentNeeded], needs: [need('pain.score', T.why.score)] });
}

/** 004 §4.3.1: no pain and no opioid → nothing to give now. */
export function noPain(facts: PatientFacts): Finding | null {
  if (!facts.pain || painSeverity(facts.pain.score) !== 'none' || facts.opioids.length > 0) return null;
  return finding({ id: 'analgesia.no-pain', verdict: 'not-recommended', ...narrative('§4.3.1'), because: [T.noPain] });
}

/** 004 §4.3.2.1: mild pain → NSAID or acetaminophen (≤ 4 g/day). */
export function nonOpioidStep(facts: PatientFacts): Finding | null {
  if (!facts.pain || painSeverity(facts.pain.score) !== 'mild') return null;
  const onBisphosphonate = agentsOfClass(facts, ['bisphosphonate']).some((t) => t.ongoing);
  return finding({
    id: 'analgesia.non-opioid',
    verdict: 'recommended',
    ...narrative('§4.3.2.1'),
    because: [T.nonOpioid, ...(onBisphosphonate ? [T.nsaidWithBisphosphonate] : []), ...currentRegimen(facts)],
    needs: stepNeeds(facts),
  }, { score: facts.pain.score });
}

/** 004 §4.3.2.1: topical diclofenac for local joint pain (with the mild-pain step). */
export function topicalNsaid(facts: PatientFacts): Finding | null {
  if (!facts.pain || painSeverity(facts.pain.score) !== 'mild') return null;
  return finding({ id: 'analgesia.topical-nsaid', verdict: 'info', ...narrative('§4.3.2.1'), because: [T.topicalNsaid] });
}

/** 004 §4.3.2.2: moderate–severe pain → opioids first line; on opioids and not controlled → continue. */
export function opioidStep(facts: PatientFacts): Finding | null {
  if (!facts.pain) return null;
  const severity = painSeverity(facts.pain.score);
  const base = { id: 'analgesia.opioid', verdict: 'recommended' as const, ...narrative('§4.3.2.2') };
  if (severity === 'moderate' || severity === 'severe') {
    return finding({
      ...base,
      because: [text(T.opioid, { severity: text(T.severity[severity]), score: facts.pain.score }), ...currentRegimen(facts)],
      needs: stepNeeds(facts),
    });
  }
  if (severity === 'none' && facts.opioids.length > 0 && facts.pain.controlled === false) {
    return finding({ ...base, because: [T.opioidContinue, ...currentRegimen(facts)] });
  }
  return null;
}

/** 004 §4.3.2.3: still moderate–severe (or refractory) pain on opioids → adjuvant analgesics. */
export function adjuvantAnalgesics(facts: PatientFacts): Finding | null {
  if (!facts.pain || facts.opioids.length === 0) return null;
  const severity = painSeverity(facts.pain.score);
  if (severity !== 'moderate' && severity !== 'severe' && !facts.pain.refractory) return null;
  return finding({
    id: 'analgesia.adjuvants', verdict: 'info', ...narrative('§4.3.2.3'),
    because: [T.adjuvants, ...(severity === 'severe' ? [T.painCrisis] : [])],
  });
}

/** 004 §4.3.2.3: severe bone pain with a confirmed bone metastasis → BMA with the opioid. */
export function bmaWithOpioids(facts: PatientFacts): Finding | null {
  if (!facts.pain || painSeverity(facts.pain.score) !== 'severe' || !facts.primary.boneMetastasisConfirmed) return null;
  return finding({ id: 'analgesia.bma-with-opioids', verdict: 'info', ...narrative('§4.3.2.3'), because: [T.bmaWithOpioids] });
}

/**
 * 004 rec 9 (1C): multiple bone metastases → systemic therapy first and early stepwise analgesia.
 * Recommended for painful lung-cancer disease; otherwise advice (no pain yet, or extrapolated).
 */
export function multifocalStepwise(facts: PatientFacts): Finding | null {
  const count = boneLesionCount(facts);
  if (count === null || count < 2) return null;
  const painful = (facts.pain?.score ?? 0) > 0;
  const rec = lungRecommendation(facts, 'lc-bone-rec-9', painful && isLungCancer(facts.primary.histology) ? 'recommended' : 'info', '§4.3');
  const because = [text(T.multifocal, { count }), ...(rec.extrapolated ? [extrapolationNote(facts, T.extrapolated)] : [])];
  return finding({ id: 'analgesia.multifocal-stepwise', ...rec.fields, because });
}

/** 002 §1.2: local pain → anti-inflammatories and RT; mechanical → augmentation or fixation; radicular → decompression. */
export function painTypeTreatment(facts: PatientFacts): Finding | null {
  const type = facts.pain?.type;
  if (!facts.pain || facts.pain.score === 0 || type === undefined || type === 'none') return null;
  return finding({ id: 'analgesia.pain-type', verdict: 'info', strength: 'consensus', evidence: null, source: cite('002', '§1.2'), because: [T.painType[type]] });
}

/** 004 §4.3.1: look for breakthrough pain from a pathological fracture or cord compression. */
export function breakthroughPain(facts: PatientFacts): Finding | null {
  if (!facts.pain || facts.pain.score === 0) return null;
  const causes: Text[] = [];
  if (facts.lesions.some((l) => l.fracture === 'pathological')) causes.push(text(T.causes.fracture));
  if (spinalLesions(facts).some((l) => l.escc === '2' || l.escc === '3')) causes.push(text(T.causes.cord));
  return finding({
    id: 'analgesia.breakthrough-pain', verdict: 'info', ...narrative('§4.3.1'),
    because: [T.breakthrough, ...(causes.length > 0 ? [text(T.breakthroughCauses, { causes: join(causes, T.separator) })] : [])],
  });
}

/**
 * 004 §4.3.2.2: pain controlled on opioids → taper (recommended). Whether it is controlled unknown
 * while the pain is at most mild → asked, and the deciding verdict when nothing else decides (no
 * pain reported on opioids); moderate–severe pain is not asked about.
 */
export function opioidTaperFinding(facts: PatientFacts, othersDecide: boolean): Finding | null {
  if (facts.opioids.length === 0 || !facts.pain) return null;
  const base = { id: 'analgesia.opioid-taper', ...narrative('§4.3.2.2') };
  if (painRelieved(facts)) {
    // "应考虑逐步减少或完全终止": consider, not a recommendation.
    return finding({ ...base, verdict: 'consider', because: [T.taper, ...currentRegimen(facts)] }, { percent: DEFAULT_TAPER_PERCENT, score: facts.pain.score });
  }
  const severity = painSeverity(facts.pain.score);
  if (facts.pain.controlled === false || severity === 'moderate' || severity === 'severe') return null;
  return finding({
    ...base,
    verdict: othersDecide ? 'info' : 'needs-information',
    because: [T.taperWhenControlled, ...currentRegimen(facts)],
    needs: [need('pain.controlled', T.why.controlled)],
  });
}

export function assessAnalgesia(facts: PatientFacts): OptionAssessment {
  const deciding = [
    painAssessmentNeeded(facts),
    noPain(facts),
    nonOpioidStep(facts),
    opioidStep(facts),
    multifocalStepwise(facts),
  ];
  const othersDecide = deciding.some((f) => f !== null && f.verdict !== 'info');
  return assess('analgesia', [
    ...deciding,
    opioidTaperFinding(facts, othersDecide),
    topicalNsaid(facts),
    adjuvantAnalgesics(facts),
    bmaWithOpioids(facts),
    painTypeTreatment(facts),
    breakthroughPain(facts),
  ]);
}

export const ANALGESIA_RULES: RuleInfo[] = [
  { id: 'analgesia.pain-assessment', option: 'analgesia', decides: 'No pain score: needs information (assessment precedes analgesia).', sources: [cite('004', '§4.3.1')] },
  { id: 'analgesia.no-pain', option: 'analgesia', decides: 'Pain score 0 and no opioid: no analgesic now (not recommended); keep assessing.', sources: [cite('004', '§4.3.1')] },
  { id: 'analgesia.non-opioid', option: 'analgesia', decides: 'Mild pain (NRS > 0 and < 4): NSAID or acetaminophen ≤ 4 g/day recommended; notes the renal risk with a bisphosphonate.', sources: [cite('004', '§4.3.2.1'), publicSource(NRS_BANDS)] },
  { id: 'analgesia.topical-nsaid', option: 'analgesia', decides: 'Mild pain: topical diclofenac (1 % gel 4×/day or 1.3 % patch 1–2/day) for local joint pain.', sources: [cite('004', '§4.3.2.1')] },
  { id: 'analgesia.opioid', option: 'analgesia', decides: 'Moderate–severe pain (NRS ≥ 4): opioids first line (recommended); on opioids with no pain but not controlled: continue.', sources: [cite('004', '§4.3.2.2'), publicSource(NRS_BANDS)] },
  { id: 'analgesia.adjuvants', option: 'analgesia', decides: 'On opioids with NRS ≥ 4 or refractory pain: adjuvant analgesics (BMA, corticosteroids, lidocaine, gabapentinoids, duloxetine/milnacipran, radionuclides); corticosteroids for a pain crisis when severe.', sources: [cite('004', '§4.3.2.3')] },
  { id: 'analgesia.bma-with-opioids', option: 'analgesia', decides: 'Severe pain (NRS ≥ 7) with a confirmed bone metastasis: BMA combined with the opioid.', sources: [cite('004', '§4.3.2.3')] },
  { id: 'analgesia.multifocal-stepwise', option: 'analgesia', tier: ['recommendation', 'narrative'], decides: '≥ 2 bone metastases: systemic therapy first and early stepwise analgesia (lung cancer with pain: recommended, 1C; otherwise advice, extrapolated for other histologies).', sources: [cite('004', 'rec 9 (1C)'), cite('004', '§4.3')] },
  { id: 'analgesia.pain-type', option: 'analgesia', decides: 'Pain type: local → anti-inflammatories and radiotherapy; mechanical → vertebral augmentation or fixation; radicular → tumour reduction and decompression.', sources: [cite('002', '§1.2')] },
  { id: 'analgesia.breakthrough-pain', option: 'analgesia', decides: 'Any pain: look for breakthrough pain from pathological fracture or cord compression (named when recorded).', sources: [cite('004', '§4.3.1')] },
  { id: 'analgesia.opioid-taper', option: 'analgesia', decides: 'Pain relieved on opioids (recorded as controlled, NRS < 4): consider tapering (004 §4.3.2.2 "应考虑逐步减少"); control unknown with NRS < 4: asks (needs information when nothing else decides).', sources: [cite('004', '§4.3.2.2')] },
  { id: 'plan.oral-morphine-equivalent', option: 'plan', decides: 'Total oral morphine equivalent of a mixed regimen (mg/day; fentanyl patch per µg/h), to one decimal.', sources: [publicSource(CDC_2022)] },
  { id: 'plan.opioid-taper', option: 'plan', decides: 'Day 0 current MME; each day −25 % (10–25 % allowed) of the previous dose, rounded up to whole mg, floored at 30; 30 (or a current dose ≤ 30) held 2 days; then 0.', sources: [cite('004', '§4.3.2.2'), publicSource(CDC_2022)] },
];
