import { bmaText as T, histologyInSentenceText } from './bma.text.js';
import { text, join, type Msg, type Text } from '../text.js';
import type { PatientFacts } from '../facts/index.js';
import type { GuidelineRecommendationId } from '../guidelines/index.js';
import { isLungCancer, type Histology } from '../histology.js';
import { cite, publicSource } from '../sources.js';
import { punctuation } from '../punctuation.text.js';
import { agentsOfClass } from './context.js';
import { assess, finding, graded, need, type Finding, type Need, type OptionAssessment, type RuleInfo, type Verdict } from './finding.js';
import type { BmaAgent, BmaDose } from './plan.js';

/**
 * Bone-modifying agents (004 §4.1, recs 5–8): indication, agent choice, renal dosing (Table 2,
 * printed with §4.2 and cited from §4.1.4.2), ONJ, calcium and duration.
 */

const COCKCROFT_GAULT = 'Cockcroft DW, Gault MH. Prediction of creatinine clearance from serum creatinine. Nephron 1976;16:31–41';

/** 004 §4.1.4.2: renal-risk age, and the clearance under which acute renal impairment rises. */
const RENAL_RISK_AGE = 65;
const AKI_RISK_CRCL = 60;
/** 004 Table 2: below 30 mL/min zoledronic acid and pamidronate are not recommended. */
const SEVERE_RENAL_CRCL = 30;
/** Albumin-corrected serum calcium below 8.5 mg/dL (2.12 mmol/L) is hypocalcaemia (public reference range). */
export const HYPOCALCAEMIA_BELOW_MG_DL = 8.5;
/** 004 §4.1.3: stopping after 2 years is reasonable in well-controlled oligometastatic disease. */
const STOP_CONSIDERED_MONTHS = 24;
/** 004 §4.1.4.1: ONJ on denosumab by treatment year (1.1 %, 3.7 %, then 4.6 % a year). */
const DENOSUMAB_ONJ_PERCENT_BY_YEAR = [1.1, 3.7] as const;
const DENOSUMAB_ONJ_PERCENT_LATER = 4.6;
/** 004 §4.1.2.1: denosumab 120 mg SC every 4 weeks. */
const DENOSUMAB_DOSE_MG = 120;

/**
 * Cockcroft–Gault creatinine clearance, mL/min to one decimal (the dose table reads the value shown):
 * (140 − age) × weight kg × (0.85 if female) / (72 × serum creatinine mg/dL). Null without weight or creatinine.
 */
export function creatinineClearance(facts: PatientFacts): number | null {
  const crcl = creatinineClearanceExact(facts);
  return crcl === null ? null : Math.round(crcl * 10) / 10;
}

/** The unrounded clearance: Table 2 is read with it, never with a rounded value (29.96 stays below 30). */
export function creatinineClearanceExact(facts: PatientFacts): number | null {
  const { age, sex, weightKg } = facts.patient;
  const creatinine = facts.labs.creatinineMgDl;
  if (weightKg === undefined || creatinine === undefined) return null;
  return ((140 - age) * weightKg * (sex === 'female' ? 0.85 : 1)) / (72 * creatinine);
}

function clearanceNeeds(facts: PatientFacts): Need[] {
  const needs: Need[] = [];
  if (facts.patient.weightKg === undefined) needs.push(need('patient.weightKg', T.why.weight));
  if (facts.labs.creatinineMgDl === undefined) needs.push(need('labs.creatinineMgDl', T.why.creatinine));
  return needs;
}

export type Bisphosphonate = Exclude<BmaAgent, 'denosumab'>;

/**
 * One printed row of Table 2. A clearance belongs to the first row whose lower bound it meets
 * (`from`, open or closed). The table prints whole-number ranges with gaps (49 → 50, 39 → 40) and
 * leaves exactly 30 outside both "> 30" and "< 30"; a value in a gap is read with the
 * lower-clearance row, the smaller dose of a nephrotoxic drug. `printedTo` is the printed upper
 * end, to say when a value fell between rows.
 */
interface Table2Row {
  from: number;
  fromInclusive: boolean;
  printedTo?: { value: number; inclusive: boolean };
  /** null: "-" in the table (not recommended) or, with `listed: false`, no row at all. */
  doseMg: number | null;
  printed: string;
  listed: boolean;
}

const row = (from: number, fromInclusive: boolean, doseMg: number | null, printed: string, printedTo?: Table2Row['printedTo']): Table2Row =>
  ({ from, fromInclusive, doseMg, printed, listed: true, ...(printedTo ? { printedTo } : {}) });

/** 004 Table 2 (renal dose adjustment of bisphosphonates), clearance in mL/min → dose in mg. */
export const TABLE_2: Record<Bisphosphonate, readonly Table2Row[]> = {
  // > 60 → 4.0; 50~60 → 3.5 (60 itself, as "~" is inclusive: compare ibandronate "30~<50"); 40~49 → 3.3; 30~39 → 3.0; < 30 "-".
  'zoledronic-acid': [
    row(60, false, 4.0, '>60'),
    row(50, true, 3.5, '50~60'),
    row(40, true, 3.3, '40~49', { value: 49, inclusive: true }),
    row(30, true, 3.0, '30~39', { value: 39, inclusive: true }),
    row(0, true, null, '<30'),
  ],
  // > 30 → 90 mg; < 30 "-"; exactly 30 is printed in neither row and goes to "< 30".
  pamidronate: [
    row(30, false, 90.0, '>30'),
    row(0, true, null, '<30', { value: 30, inclusive: false }),
  ],
  // Above 80 the table has no row: it is silent, no dose is given. 50~80 → 6.0; 30~<50 → 4.0; < 30 → 2.0.
  ibandronate: [
    { from: 80, fromInclusive: false, doseMg: null, printed: '>80', listed: false },
    row(50, true, 6.0, '50~80'),
    row(30, true, 4.0, '30~<50'),
    row(0, true, 2.0, '<30', { value: 30, inclusive: false }),
  ],
  // > 30 → 10.0; < 30 → 5.0; exactly 30 goes to "< 30".
  incadronate: [
    row(30, false, 10.0, '>30'),
    row(0, true, 5.0, '<30', { value: 30, inclusive: false }),
  ],
};

/** The Table 2 row for a clearance and, when the value lies between printed rows, the row above it. */
export function table2Row(agent: Bisphosphonate, crcl: number): { row: Table2Row; between: Table2Row | null } {
  const rows = TABLE_2[agent];
  const index = rows.findIndex((r) => (r.fromInclusive ? crcl >= r.from : crcl > r.from));
  const found = rows[index];
  if (!found) throw new Error(`Table 2 has no ${agent} row for ${crcl} mL/min`);
  const to = found.printedTo;
  const outside = to !== undefined && (to.inclusive ? crcl > to.value : crcl >= to.value);
  return { row: found, between: outside ? (rows[index - 1] ?? null) : null };
}

const BISPHOSPHONATES: readonly Bisphosphonate[] = ['zoledronic-acid', 'pamidronate', 'ibandronate', 'incadronate'];

/** One dose per agent at the patient's clearance (004 Table 2, §4.1.2.1, §4.1.4.2). */
export function bmaDoses(facts: PatientFacts): BmaDose[] {
  const exact = creatinineClearanceExact(facts);
  const crcl = creatinineClearance(facts);
  const doses: BmaDose[] = BISPHOSPHONATES.map((agent) => {
    if (exact === null || crcl === null) return { agent, doseMg: null, note: text(T.doses.crclUnknown) };
    const { row: r, between } = table2Row(agent, exact);
    const params = { crcl, row: r.printed, dose: r.doseMg?.toFixed(1) ?? '' };
    const notes = [text(!r.listed ? T.doses.notListed : r.doseMg === null ? T.doses.notRecommended : T.doses.dose, params)];
    if (between) notes.push(text(T.doses.betweenRows, { lower: r.printed, upper: between.printed }));
    if (agent === 'pamidronate' && r.doseMg !== null) notes.push(text(T.doses.pamidronateInfusion));
    return { agent, doseMg: r.doseMg, note: join(notes, punctuation.sentence) };
  });
  return [...doses, { agent: 'denosumab', doseMg: DENOSUMAB_DOSE_MG, note: text(T.doses.denosumab) }];
}

/** A 004 recommendation applied to this patient: the finding's verdict and grading, and whether it is extrapolated. */
export interface AppliedRecommendation {
  fields: Pick<Finding, 'verdict' | 'strength' | 'evidence' | 'source' | 'recommendation'>;
  extrapolated: boolean;
}

/**
 * Graded for lung cancer; for any other (or an unknown) histology, the guideline text that
 * discusses it (`section`), with a "recommended" softened to "consider".
 */
export function lungRecommendation(
  facts: PatientFacts,
  id: GuidelineRecommendationId,
  verdict: Verdict | 'info',
  section: string,
  clause = 0,
): AppliedRecommendation {
  if (isLungCancer(facts.primary.histology)) return { fields: { verdict, ...graded(id, clause) }, extrapolated: false };
  const softened = verdict === 'recommended' ? 'consider' : verdict;
  return { fields: { verdict: softened, strength: 'narrative', evidence: null, source: cite('004', section) }, extrapolated: true };
}

/** A histology's name as it reads inside a sentence ("for breast", not "for Breast"). */
export const histologyInSentence = (histology: Histology): Text => text(histologyInSentenceText[histology]);

/** The extrapolation sentence (`note`, with a `{histology}` placeholder) for a histology other than lung cancer. */
export function extrapolationNote(facts: PatientFacts, note: Msg): Text {
  const histology = facts.primary.histology;
  return text(note, { histology: histology ? histologyInSentence(histology) : text(T.histologyUnknown) });
}

/** An ongoing bisphosphonate or denosumab. */
export function onBma(facts: PatientFacts): boolean {
  return agentsOfClass(facts, ['bisphosphonate', 'denosumab']).some((t) => t.ongoing);
}

/** 004 rec 5 (1A for, 2B against prophylaxis) and §4.1: BMA for every confirmed bone metastasis. */
export function bmaIndication(facts: PatientFacts): Finding {
  const confirmed = facts.primary.boneMetastasisConfirmed;
  if (confirmed === undefined) {
    const rec = lungRecommendation(facts, 'lc-bone-rec-5', 'needs-information', '§4.1');
    return finding({ id: 'bma.confirmation-needed', ...rec.fields, because: [T.confirmationNeeded], needs: [need('primary.boneMetastasisConfirmed', T.why.confirmed)] });
  }
  if (!confirmed) {
    const rec = lungRecommendation(facts, 'lc-bone-rec-5', 'not-recommended', '§4', 1);
    return finding({ id: 'bma.no-prophylaxis', ...rec.fields, because: withExtrapolation(facts, rec, [text(T.noProphylaxis)]) });
  }
  const rec = lungRecommendation(facts, 'lc-bone-rec-5', 'recommended', '§4.1');
  const because = withExtrapolation(facts, rec, [text(rec.extrapolated ? T.confirmedOther : T.confirmedLung)]);
  const needs = facts.primary.histology === undefined ? [need('primary.histology', T.why.histology)] : [];
  return finding({ id: 'bma.confirmed-bone-metastasis', ...rec.fields, because, needs });
}

function withExtrapolation(facts: PatientFacts, rec: AppliedRecommendation, because: Text[]): Text[] {
  return rec.extrapolated ? [...because, extrapolationNote(facts, T.extrapolated)] : because;
}

/** 004 rec 6 (1A): a bisphosphonate or a RANKL inhibitor. */
export function bmaAgentChoice(facts: PatientFacts): Finding {
  const rec = lungRecommendation(facts, 'lc-bone-rec-6', 'recommended', '§4.1.1');
  return finding({ id: 'bma.agent-choice', ...rec.fields, because: [T.agentChoice] });
}

/**
 * 004 rec 7: a second SRE on a bisphosphonate → do not stop at once (1B); switching may be
 * considered (2B) — advice on which agent, so `info`, not a verdict on giving one.
 */
export function secondSreOnBisphosphonate(facts: PatientFacts): Finding[] {
  const onBisphosphonate = agentsOfClass(facts, ['bisphosphonate']).some((t) => t.ongoing);
  const sreCount = facts.boneAgents.sreCount;
  if (!onBisphosphonate || sreCount === undefined || sreCount < 2) return [];
  const keep = lungRecommendation(facts, 'lc-bone-rec-7', 'recommended', '§4.1.3', 0);
  const change = lungRecommendation(facts, 'lc-bone-rec-7', 'info', '§4.1.3', 1);
  // Table 2: zoledronic acid and pamidronate are not recommended below 30 mL/min — "continue" must say so.
  const crcl = creatinineClearanceExact(facts);
  const nephrotoxic = agentsOfClass(facts, ['bisphosphonate']).some((t) => t.ongoing && /zoledron|pamidron/i.test(t.agent));
  const renal = crcl !== null && crcl < SEVERE_RENAL_CRCL && nephrotoxic;
  const keepFields = renal ? { ...keep.fields, verdict: 'consider' as const } : keep.fields;
  const because = withExtrapolation(facts, keep, [text(T.secondSreContinue, { sreCount })]);
  if (renal) because.push(text(T.secondSreRenal, { crcl: Math.round(crcl * 10) / 10 }));
  return [
    finding({ id: 'bma.second-sre-continue', ...keepFields, because }),
    finding({ id: 'bma.second-sre-switch', ...change.fields, because: [text(T.secondSreSwitch)] }),
  ];
}

/** 004 rec 8 (1B): oral examination before and during BMA therapy. */
export function dentalExamination(facts: PatientFacts): Finding {
  const rec = lungRecommendation(facts, 'lc-bone-rec-8', 'info', '§4.1.4.1');
  if (onBma(facts)) return finding({ id: 'bma.dental-examination', ...rec.fields, because: [T.dentalDuring] });
  const done = facts.boneAgents.dentalExamDone;
  return finding({
    id: 'bma.dental-examination',
    ...rec.fields,
    because: [done ? T.dentalDone : T.dentalBefore],
    needs: done === undefined ? [need('boneAgents.dentalExamDone', T.why.dental)] : [],
  });
}

/** 004 §4.1.4.1: ONJ incidence on denosumab in the given month of treatment (year 1, year 2, then per year). */
export function denosumabOnjPercent(monthsOnTherapy: number): { year: number; percent: number } {
  const year = Math.floor(monthsOnTherapy / 12) + 1;
  return { year, percent: DENOSUMAB_ONJ_PERCENT_BY_YEAR[year - 1] ?? DENOSUMAB_ONJ_PERCENT_LATER };
}

/** 004 §4.1.4.1: ONJ rates and dental precautions. */
export function onjRisk(facts: PatientFacts): Finding {
  const because: Text[] = [text(T.onj)];
  const months = facts.boneAgents.monthsOnTherapy;
  if (months !== undefined && agentsOfClass(facts, ['denosumab']).some((t) => t.ongoing)) {
    because.push(text(T.onjDenosumabYear, { months, ...denosumabOnjPercent(months) }));
  }
  return finding({ id: 'bma.onj-risk', verdict: 'info', strength: 'narrative', evidence: null, source: cite('004', '§4.1.4.1'), because });
}

/** 004 §4.1.4.2 and Table 2: the clearance that sets bisphosphonate doses. */
export function renalDosing(facts: PatientFacts): Finding {
  const crcl = creatinineClearance(facts);
  const base = { id: 'bma.renal-dosing', verdict: 'info' as const, strength: 'narrative' as const, evidence: null, source: cite('004', '§4.1.4.2') };
  if (crcl === null) return finding({ ...base, because: [T.renalUnknown], needs: clearanceNeeds(facts) });
  const because = [T.renalDosing, ...((creatinineClearanceExact(facts) ?? crcl) < SEVERE_RENAL_CRCL ? [T.renalSevere] : [])];
  return finding({ ...base, because }, { crcl });
}

/** 004 §4.1.4.2: age > 65, diabetes, NSAIDs, cisplatin and clearance < 60 mL/min raise the risk of renal injury. */
export function renalRisk(facts: PatientFacts): Finding | null {
  const crcl = creatinineClearance(facts);
  const age = facts.patient.age;
  const factors = [
    age > RENAL_RISK_AGE ? text(T.renalFactors.age, { age }) : null,
    facts.comorbidities.diabetes ? text(T.renalFactors.diabetes) : null,
    facts.medications.nsaids ? text(T.renalFactors.nsaids) : null,
    facts.medications.cisplatin ? text(T.renalFactors.cisplatin) : null,
    crcl !== null && (creatinineClearanceExact(facts) ?? crcl) < AKI_RISK_CRCL ? text(T.renalFactors.crcl, { crcl }) : null,
  ].filter((f): f is Text => f !== null);
  if (factors.length === 0) return null;
  return finding({
    id: 'bma.renal-risk', verdict: 'info', strength: 'narrative', evidence: null, source: cite('004', '§4.1.4.2'), because: [T.renalRisk],
  }, { factors: join(factors, T.separator) });
}

/** 004 §4.1.4.3: check and correct calcium before starting (hypocalcaemia up to 18 % on denosumab). */
export function calciumCheck(facts: PatientFacts): Finding {
  const low = facts.hypocalcaemia === true || (facts.labs.calciumMgDl !== undefined && facts.labs.calciumMgDl < HYPOCALCAEMIA_BELOW_MG_DL);
  return finding({
    id: 'bma.calcium-check',
    // A correctable precondition reads like the PVP bleeding rule: consider, correct first.
    verdict: low ? 'consider' : 'info',
    strength: 'narrative',
    evidence: null,
    source: cite('004', '§4.1.4.3'),
    because: [T.calciumCheck, ...(low ? [T.hypocalcaemiaPresent] : [])],
    needs: facts.hypocalcaemia === undefined && facts.labs.calciumMgDl === undefined ? [need('hypocalcaemia', T.why.hypocalcaemia)] : [],
  });
}

/** 004 §4.1.4.3: calcium 1000 mg + vitamin D 800–1200 IU a day unless hypercalcaemia. */
export function calciumVitaminD(facts: PatientFacts): Finding {
  return finding({
    id: 'bma.calcium-vitamin-d',
    verdict: 'info',
    strength: 'narrative',
    evidence: null,
    source: cite('004', '§4.1.4.3'),
    because: [facts.hypercalcaemia ? T.noSupplement : T.supplement],
    needs: facts.hypercalcaemia === undefined ? [need('hypercalcaemia', T.why.hypercalcaemia)] : [],
  });
}

/** 004 §4.1.3: > 6 months for SRE benefit; stop for serious adverse events or no benefit. */
export function treatmentDuration(facts: PatientFacts): Finding {
  const months = facts.boneAgents.monthsOnTherapy;
  const because: Text[] = [text(T.duration)];
  if (months !== undefined) because.push(text(T.durationSoFar, { months }));
  return finding({
    id: 'bma.duration', verdict: 'info', strength: 'narrative', evidence: null, source: cite('004', '§4.1.3'), because,
    needs: onBma(facts) && months === undefined ? [need('boneAgents.monthsOnTherapy', T.why.months)] : [],
  });
}

/** 004 §4.1.3: after 2 years, well-controlled oligometastatic disease → stopping is reasonable. */
export function stopAfterTwoYears(facts: PatientFacts): Finding | null {
  const months = facts.boneAgents.monthsOnTherapy;
  if (months === undefined || months < STOP_CONSIDERED_MONTHS || !facts.boneAgents.oligometastaticControlled) return null;
  return finding({ id: 'bma.stop-after-two-years', verdict: 'info', strength: 'narrative', evidence: null, source: cite('004', '§4.1.3'), because: [T.stopAfterTwoYears] }, { months });
}

const safetyFields = (section: string) => ({ strength: 'narrative' as const, evidence: null, source: cite('004', section) });

/** 004 §4.1.4: the adverse effects of each class, to watch for. */
export function adverseEffects(): Finding {
  return finding({ id: 'bma.adverse-effects', verdict: 'info', ...safetyFields('§4.1.4'), because: [T.safety.adverseEffects] });
}

/** 004 §4.1.4.1: invasive dental work planned → avoid it, or consider pausing the agent. */
export function invasiveDentalWork(facts: PatientFacts): Finding | null {
  if (facts.boneAgents.invasiveDentalPlanned !== true) return null;
  return finding({ id: 'bma.invasive-dental-work', verdict: 'consider', ...safetyFields('§4.1.4.1'), because: [T.safety.invasiveDental] });
}

/** 004 §4.1.4.1 (and §4.1.3 it refers to): ONJ present → pause, conservative management first. */
export function onjPresent(facts: PatientFacts): Finding | null {
  if (facts.boneAgents.onj !== true) return null;
  return finding({ id: 'bma.onj-present', verdict: 'not-recommended', ...safetyFields('§4.1.4.1'), because: [T.safety.onj] });
}

/** 004 §4.1.4 lists the effect; §4.1.3 makes a serious adverse reaction an indication to stop. */
export function otherAdverseEvents(facts: PatientFacts): Finding[] {
  const { atypicalFemoralFracture, acutePhaseReaction, ocularInflammation } = facts.boneAgents;
  return [
    atypicalFemoralFracture === true ? finding({ id: 'bma.atypical-femoral-fracture', verdict: 'consider', ...safetyFields('§4.1.4'), because: [T.safety.atypicalFemoralFracture] }) : null,
    acutePhaseReaction === true ? finding({ id: 'bma.acute-phase-reaction', verdict: 'info', ...safetyFields('§4.1.4'), because: [T.safety.acutePhase] }) : null,
    ocularInflammation === true ? finding({ id: 'bma.ocular-toxicity', verdict: 'consider', ...safetyFields('§4.1.4'), because: [T.safety.ocular] }) : null,
  ].filter((f): f is Finding => f !== null);
}

export function assessBma(facts: PatientFacts): OptionAssessment {
  const indication = bmaIndication(facts);
  if (indication.id !== 'bma.confirmed-bone-metastasis') return assess('bma', [indication]);
  return assess('bma', [
    indication,
    bmaAgentChoice(facts),
    ...secondSreOnBisphosphonate(facts),
    dentalExamination(facts),
    onjRisk(facts),
    renalDosing(facts),
    renalRisk(facts),
    calciumCheck(facts),
    calciumVitaminD(facts),
    treatmentDuration(facts),
    stopAfterTwoYears(facts),
    adverseEffects(),
    invasiveDentalWork(facts),
    onjPresent(facts),
    ...otherAdverseEvents(facts),
  ]);
}

/** A 004 recommendation: graded for lung cancer, guideline text when extrapolated to another histology. */
const LUNG_OR_EXTRAPOLATED = ['recommendation', 'narrative'] as const;

export const BMA_RULES: RuleInfo[] = [
  { id: 'bma.confirmation-needed', option: 'bma', tier: LUNG_OR_EXTRAPOLATED, decides: 'Whether the bone metastasis is confirmed is unknown: needs information (BMA treats confirmed metastases, not prophylaxis).', sources: [cite('004', 'rec 5 (1A)'), cite('004', '§4.1')] },
  { id: 'bma.confirmed-bone-metastasis', option: 'bma', tier: LUNG_OR_EXTRAPOLATED, decides: 'Confirmed bone metastasis without contraindication: BMA recommended for lung cancer (1A); for other histologies extrapolated (consider).', sources: [cite('004', 'rec 5 (1A)'), cite('004', '§4.1')] },
  { id: 'bma.no-prophylaxis', option: 'bma', tier: LUNG_OR_EXTRAPOLATED, decides: 'No confirmed bone metastasis: BMA not recommended as routine prophylaxis (2B).', sources: [cite('004', 'rec 5 (2B)'), cite('004', '§4')] },
  { id: 'bma.agent-choice', option: 'bma', tier: LUNG_OR_EXTRAPOLATED, decides: 'A bisphosphonate or a RANKL inhibitor to reduce SREs (lung cancer 1A; other histologies consider).', sources: [cite('004', 'rec 6 (1A)'), cite('004', '§4.1.1')] },
  { id: 'bma.second-sre-continue', option: 'bma', tier: LUNG_OR_EXTRAPOLATED, decides: 'A second SRE (SRE count ≥ 2) on an ongoing bisphosphonate: do not stop it immediately (1B); on zoledronic acid or pamidronate with clearance < 30 mL/min, consider with the Table 2 caveat (switch to a renally safe agent).', sources: [cite('004', 'rec 7 (1B)'), cite('004', '§4.1.3')] },
  { id: 'bma.second-sre-switch', option: 'bma', tier: LUNG_OR_EXTRAPOLATED, decides: 'A second SRE on an ongoing bisphosphonate: switching to a RANKL inhibitor or another bisphosphonate may be considered (2B; advice, not a verdict).', sources: [cite('004', 'rec 7 (2B)'), cite('004', '§4.1.3')] },
  { id: 'bma.dental-examination', option: 'bma', tier: LUNG_OR_EXTRAPOLATED, decides: 'Oral examination before starting and regularly during BMA therapy (1B); asks whether it was done.', sources: [cite('004', 'rec 8 (1B)'), cite('004', '§4.1.4.1')] },
  { id: 'bma.onj-risk', option: 'bma', decides: 'ONJ rates (bisphosphonates 1–10 %, denosumab 1.1 % / 3.7 % / 4.6 % a year, by treatment year when on denosumab) and avoiding invasive dental procedures.', sources: [cite('004', '§4.1.4.1')] },
  { id: 'bma.renal-dosing', option: 'bma', decides: 'Creatinine clearance for Table 2 bisphosphonate dosing; below 30 mL/min zoledronic acid and pamidronate not recommended; denosumab needs no renal adjustment.', sources: [cite('004', '§4.1.4.2')] },
  { id: 'bma.renal-risk', option: 'bma', decides: 'Renal-injury risk flags: age > 65, diabetes, NSAIDs, cisplatin, creatinine clearance < 60 mL/min.', sources: [cite('004', '§4.1.4.2')] },
  { id: 'bma.calcium-check', option: 'bma', decides: 'Check and correct calcium before starting (hypocalcaemia: zoledronic acid 5–10 %, ibandronate 1–10 %, denosumab 18 %); hypocalcaemia present (or corrected calcium < 8.5 mg/dL) → consider, correct first.', sources: [cite('004', '§4.1.4.3'), publicSource('Albumin-corrected serum calcium reference range 8.5–10.5 mg/dL')] },
  { id: 'bma.calcium-vitamin-d', option: 'bma', decides: 'Calcium 1000 mg and vitamin D 800–1200 IU daily, unless hypercalcaemia.', sources: [cite('004', '§4.1.4.3')] },
  { id: 'bma.duration', option: 'bma', decides: 'Duration: more than 6 months for SRE benefit; stop for serious adverse events or no expected benefit.', sources: [cite('004', '§4.1.3')] },
  { id: 'bma.stop-after-two-years', option: 'bma', decides: 'At least 24 months of BMA in well-controlled oligometastatic disease: stopping the bisphosphonate is reasonable.', sources: [cite('004', '§4.1.3')] },
  { id: 'bma.adverse-effects', option: 'bma', decides: 'Adverse effects to watch: both classes ONJ, hypocalcaemia, atypical fractures; bisphosphonates only renal impairment, acute-phase reaction, ocular toxicity, musculoskeletal pain, atrial fibrillation; denosumab musculoskeletal pain, occasional cellulitis (note).', sources: [cite('004', '§4.1.4')] },
  { id: 'bma.invasive-dental-work', option: 'bma', decides: 'Invasive dental work planned: avoid it during treatment, or consider pausing the agent (consider; no pause length in the source).', sources: [cite('004', '§4.1.4.1')] },
  { id: 'bma.onj-present', option: 'bma', decides: 'ONJ present: pause the agent (not recommended now) and manage conservatively first; whether to stop for good per §4.1.3 (serious adverse reaction or no benefit).', sources: [cite('004', '§4.1.4.1'), cite('004', '§4.1.3')] },
  { id: 'bma.atypical-femoral-fracture', option: 'bma', decides: 'Atypical femoral fracture on a BMA: weigh stopping (consider; serious adverse reaction is a stop indication, no management in 004) and assess the femur for surgery.', sources: [cite('004', '§4.1.4'), cite('004', '§4.1.3')] },
  { id: 'bma.acute-phase-reaction', option: 'bma', decides: 'Acute-phase reaction after a bisphosphonate: bisphosphonate-only effect, not a stop indication unless serious (note).', sources: [cite('004', '§4.1.4'), cite('004', '§4.1.3')] },
  { id: 'bma.ocular-toxicity', option: 'bma', decides: 'Eye inflammation on a bisphosphonate: weigh stopping or switching to denosumab (consider; reading — 004 gives no management).', sources: [cite('004', '§4.1.4'), cite('004', '§4.1.3')] },
  { id: 'plan.creatinine-clearance', option: 'plan', decides: 'Cockcroft–Gault creatinine clearance, mL/min to one decimal; null without body weight or serum creatinine.', sources: [publicSource(COCKCROFT_GAULT)] },
  { id: 'plan.bma-doses', option: 'plan', decides: 'One dose per agent: bisphosphonates by Table 2 at the clearance (gaps between printed rows read with the lower-clearance row; ibandronate above 80 mL/min not listed), denosumab 120 mg SC every 4 weeks.', sources: [cite('004', '§4.1.4.2 Table 2'), cite('004', '§4.1.2.1')] },
];
