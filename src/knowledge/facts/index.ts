import { z } from 'zod';
import { text, type Msg, type Text } from '../text.js';
import { factIssueText as I } from './issues.text.js';
import { refusal } from './issues.js';
import { levelListSchema } from '../anatomy/schemas.js';
import { BREAST_SUBTYPES, HISTOLOGY_IDS } from '../histology.js';
import { FRANKEL_GRADES } from '../instruments/frankel.js';
import { isoDate } from './common.js';
import { lesionFactsSchema } from './lesion.js';
import { opioidSchema, priorTreatmentSchema, systemicTherapySchema } from './therapy.js';

export { addDays, daysBetween, isoDate } from './common.js';
export { CORTEX_INVOLVED, isLongBoneSite, LESION_SITES, LIMB_PAIN, LONG_BONE_SITES, LONG_BONES, lesionFactsSchema, type LesionFacts, type LesionSite, type LongBone } from './lesion.js';
export * from './therapy.js';
export { lesionPainfulFromSins, painTypeFromSins, sinsPainOf, type SinsPain } from './sins-pain.js';

const flag = z.boolean().optional();

/**
 * A laboratory value inside physiological bounds; outside them the message names the unit the value
 * probably is in (a µmol/L creatinine typed as mg/dL, platelets as ×10⁹/L), so it is never turned into a dose.
 */
function labValue(unit: Msg, range: { min: number; max: number }, hint: (value: number) => Text | null) {
  return z.number({ error: `a number in ${unit.en}` }).superRefine((value, ctx) => {
    if (value >= range.min && value <= range.max) return;
    const probably = hint(value);
    const params = { value, unit: text(unit), min: range.min, max: range.max };
    ctx.addIssue({ code: 'custom', ...refusal(probably ? text(I.outOfRangeHint, { ...params, hint: probably }) : text(I.outOfRange, params)) });
  });
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Bounds that keep every list to what one patient can have, and the rules linear in their input. */
export const FACT_LIMITS = { lesions: 60, priorTreatments: 100, systemicTherapy: 50, opioids: 20 } as const;

/** Laboratory values of a decision, each in its stated unit (also the registry's dated laboratory values). */
export const labsSchema = z.strictObject({
  plateletsPerUl: labValue(I.units.perUl, { min: 1_000, max: 2_000_000 }, (v) =>
    v < 1_000 ? text(I.hints.plateletsPer109, { value: v, converted: round(v * 1_000, 0) }) : null).optional().describe('Platelets per µL (180 × 10⁹/L = 180 000/µL)'),
  ptRatio: labValue(I.units.timesNormal, { min: 0.5, max: 10 }, (v) => (v > 10 ? text(I.hints.ptSeconds) : null)).optional().describe('PT as a multiple of normal'),
  apttRatio: labValue(I.units.timesNormal, { min: 0.5, max: 10 }, (v) => (v > 10 ? text(I.hints.apttSeconds) : null)).optional().describe('APTT as a multiple of normal'),
  creatinineMgDl: labValue(I.units.mgDl, { min: 0.1, max: 20 }, (v) =>
    v > 20 ? text(I.hints.creatinineUmol, { value: v, converted: round(v / 88.4, 2) }) : null).optional().describe('Serum creatinine, mg/dL (µmol/L ÷ 88.4)'),
  calciumMgDl: labValue(I.units.mgDl, { min: 4, max: 20 }, (v) =>
    v < 4 ? text(I.hints.calciumMmol, { value: v, converted: round(v * 4.008, 1) }) : null).optional().describe('Serum calcium (albumin-corrected), mg/dL (mmol/L × 4.008)'),
  alpRaised: flag.describe('Alkaline phosphatase above normal'),
});

/**
 * The laboratory values the registry stores as dated values, each in the unit of its fact here:
 * the analyte's registry code → its key in `labs` and unit. (`alpRaised` is a judgement, not a value.)
 */
export const LAB_ANALYTES = {
  platelets: { fact: 'plateletsPerUl', unit: '/µL' },
  'pt-ratio': { fact: 'ptRatio', unit: '× normal' },
  'aptt-ratio': { fact: 'apttRatio', unit: '× normal' },
  creatinine: { fact: 'creatinineMgDl', unit: 'mg/dL' },
  calcium: { fact: 'calciumMgDl', unit: 'mg/dL' },
} as const satisfies Record<string, { fact: keyof typeof labsSchema.shape; unit: string }>;
export type LabAnalyte = keyof typeof LAB_ANALYTES;
export const LAB_ANALYTE_IDS = Object.keys(LAB_ANALYTES) as LabAnalyte[];

/**
 * One patient's facts at a decision point. Almost everything is optional: a rule that needs a
 * missing fact reports it as a need on its finding and never guesses it.
 */
export const patientFactsSchema = z.strictObject({
  decisionDate: isoDate.optional().describe('The date of the decision; computed dates count from it'),
  patient: z.strictObject({
    age: z.number().int().min(0).max(120).describe('Age in years'),
    sex: z.enum(['female', 'male']),
    weightKg: z.number().min(1, 'at least 1 kg').max(350, 'at most 350 kg').optional().describe('Body weight, kg (Cockcroft–Gault)'),
    pregnant: flag,
    canLieProne: flag.describe('Can lie prone for the procedure (000 §1.1 excluded those who cannot; §1.2 PVP is done prone)'),
  }),
  primary: z
    .strictObject({
      histology: z.enum(HISTOLOGY_IDS).optional().describe('Primary histology; unknown-primary when none is found'),
      breastSubtype: z.enum(BREAST_SUBTYPES).optional(),
      egfr: z.enum(['mutant', 'wild-type', 'unknown']).optional(),
      alk: z.enum(['rearranged', 'wild-type', 'unknown']).optional(),
      cancerHistory: z.enum(['none', 'known-active', 'known-inactive']).optional().describe('known-inactive: treated and long inactive before this lesion (002 §1.4)'),
      controlled: flag.describe('The primary tumour is controlled by treatment (TES, 002 §3.1)'),
      growth: z.enum(['slow', 'moderate', 'rapid']).optional().describe('Primary growth rate for the Tomita score; needed when Tomita 2001 gives the histology no class, otherwise overrides it (002 §2.1)'),
      radiosensitivity: z.enum(['sensitive', 'insensitive']).optional().describe('Overrides the histology’s conventional class (002 §1.3) when the clinician knows better'),
      boneMetastasisConfirmed: flag.describe('Bone metastasis confirmed by imaging or histology'),
    })
    .default({}),
  diagnosis: z
    .strictObject({
      boneScan: z.enum(['not-done', 'positive', 'negative']).optional().describe('Bone scintigraphy result (004 recs 1–2)'),
      imagingConclusive: flag.describe('Imaging is conclusive for the primary and the metastasis (002 §1.4)'),
      histologyWouldChangePlan: flag.describe('The lesion’s histology would change the treatment plan (002 §1.4)'),
      xray: z.enum(['not-done', 'positive', 'negative']).optional().describe('Plain X-ray of the painful site (004 §3.1.3–3.1.4)'),
      cordInvolvementSuspected: flag.describe('Intramedullary or spinal-cord involvement suspected (004 §3.1.5: MRI)'),
    })
    .default({}),
  kps: z.number().int().min(0).max(100).multipleOf(10).optional().describe('Karnofsky performance status'),
  pain: z
    .strictObject({
      score: z.number().min(0).max(10).describe('VAS/NRS 0–10'),
      type: z.enum(['local', 'mechanical', 'radicular', 'none']).optional(),
      limitsDailyLife: flag.describe('Pain restricts activities of daily living (001 CQ1-①)'),
      refractory: flag.describe('Progressing despite conservative treatment (004 §4.5.3)'),
      controlled: flag.describe('Pain is now controlled (opioid taper, 004 §4.3.2.2)'),
    })
    .optional(),
  activityRestrictedForFractureRisk: flag.describe('A physician has restricted activity because of fracture risk (001 CQ1-②)'),
  neurology: z
    .strictObject({
      frankel: z.preprocess((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v), z.enum(FRANKEL_GRADES)),
      deficitProgressing: z.boolean().describe('Neurological deficit getting worse'),
      deficitNew: flag.describe('The deficit appeared recently (new onset): with ESCC 2–3 an emergency'),
      motorRecovering: flag.describe('Motor function recovering (004 §4.5.3)'),
      radicularCompression: flag.describe('Nerve-root compression'),
    })
    .optional(),
  lesions: z.array(lesionFactsSchema).max(FACT_LIMITS.lesions, `at most ${FACT_LIMITS.lesions} lesions`).default([]),
  metastases: z
    .strictObject({
      spinal: z.number().int().min(0).optional().describe('Number of vertebral (body) metastases'),
      extraspinalBone: z.number().int().min(0).optional().describe('Number of extraspinal bone metastases'),
      visceral: z.enum(['none', 'resectable', 'unresectable']).optional().describe('Major-organ metastases'),
      visceralTreatable: flag.describe('Unresectable visceral metastases controllable by systemic therapy: Tomita scores them treatable (2), not untreatable (4) (002 §2.1)'),
      brain: flag,
    })
    .default({}),
  labs: labsSchema.default({}),
  hypercalcaemia: flag,
  hypocalcaemia: flag.describe('Hypocalcaemia, to be corrected before a bone-modifying agent (004 §4.1.4.3)'),
  infection: z
    .strictObject({
      local: z.boolean().describe('Infection at or near the target (osteomyelitis, discitis, abscess)'),
      systemic: z.boolean().describe('Systemic infection, sepsis, fever or rising inflammation markers'),
    })
    .optional(),
  pmmaAllergy: flag,
  comorbidities: z
    .strictObject({
      severeCardiac: flag,
      severePulmonary: flag,
      severeHepatic: flag,
      severeRenal: flag,
      cerebrovascular: flag,
      diabetes: flag,
      smoking: flag,
      obesity: flag,
      malnutrition: flag,
      immunosuppression: flag,
      hiv: flag,
      urinaryTractInfection: flag.describe('Urinary-tract infection (post-PVP infection risk, 001 review 2(4))'),
      cholecystitis: flag.describe('Cholecystitis (post-PVP infection risk, 001 review 2(4))'),
      meningitis: flag.describe('Meningitis (post-PVP infection risk, 001 review 2(4))'),
      infectedPressureUlcer: flag.describe('Infected pressure ulcer (post-PVP infection risk, 001 review 2(4))'),
      marrowSuppression: flag.describe('Marrow suppression: low white cells or platelets after chemo- or radiotherapy (002 §1.1)'),
      lowBoneDensity: flag.describe('Low bone density / poor bone quality (002 §1.1)'),
      bleedingRisk: flag.describe('Bleeding risk that precludes pharmacological VTE prophylaxis'),
      uncontrollableBleeding: flag,
    })
    .default({}),
  priorTreatments: z.array(priorTreatmentSchema).max(FACT_LIMITS.priorTreatments, `at most ${FACT_LIMITS.priorTreatments} treatments`).default([]),
  systemicTherapy: z.array(systemicTherapySchema).max(FACT_LIMITS.systemicTherapy, `at most ${FACT_LIMITS.systemicTherapy} agents`).default([]),
  opioids: z.array(opioidSchema).max(FACT_LIMITS.opioids, `at most ${FACT_LIMITS.opioids} opioids`).default([]),
  medications: z
    .strictObject({ nsaids: flag, cisplatin: flag })
    .default({}),
  boneAgents: z
    .strictObject({
      dentalExamDone: flag.describe('Dental examination before starting (004 rec 8)'),
      sreCount: z.number().int().min(0).optional().describe('Skeletal-related events so far'),
      monthsOnTherapy: z.number().min(0).optional(),
      oligometastaticControlled: flag.describe('Well-controlled oligometastatic disease (004 §4.1, duration)'),
      onj: flag.describe('Osteonecrosis of the jaw present (004 §4.1.4.1)'),
      invasiveDentalPlanned: flag.describe('Invasive dental procedure (e.g. extraction) planned (004 §4.1.4.1)'),
      atypicalFemoralFracture: flag.describe('Atypical femoral fracture on a bone-modifying agent (004 §4.1.4)'),
      acutePhaseReaction: flag.describe('Acute-phase reaction (fever, myalgia) after a bisphosphonate infusion (004 §4.1.4)'),
      ocularInflammation: flag.describe('Eye inflammation (e.g. uveitis, scleritis) on a bisphosphonate (004 §4.1.4: ocular toxicity)'),
    })
    .default({}),
  anxietyDepression: z.enum(['none', 'mild-moderate', 'severe']).optional().describe('Anxiety or depressive disorder (004 §4.7)'),
  pvpComplications: z
    .strictObject({
      cementEmbolism: z.enum(['none', 'asymptomatic', 'symptomatic']).optional().describe('Cement in veins, heart or pulmonary arteries after PVP (001 review 5(2))'),
      cementInCanal: flag.describe('Cement leaked into the spinal canal or a foramen after PVP (001 review 5(2))'),
      cementEmbolismManaged: flag.describe('The symptomatic cement embolism has been reviewed and its treatment decided (001 review 5(2)); ends the urgent alert'),
    })
    .default({}),
  lifeExpectancyMonths: z.number().min(0).optional().describe('Clinician’s estimate of life expectancy'),
  toleratesSurgery: flag.describe('The patient can tolerate open surgery and anaesthesia (clinical judgement; 002 §3.3)'),
  plannedPvpLevels: levelListSchema.optional().describe('Levels planned for PVP in one session, e.g. ["T12", "L1"]'),
  plannedRadiotherapy: z
    .strictObject({
      doseGy: z.number().positive(),
      fractions: z.number().int().positive(),
      alphaBeta: z.number().positive().optional().describe('α/β in Gy; default 10 for tumour'),
    })
    .optional(),
}).superRefine((facts, ctx) => {
  // Contradictions are refused, never turned into a plan (a "controlled" pain of 8/10 would taper opioids to zero).
  if (facts.pain?.controlled === true && facts.pain.score >= 4) {
    ctx.addIssue({ code: 'custom', path: ['pain', 'controlled'], ...refusal(text(I.painNotControlled, { score: facts.pain.score })) });
  }
  const decided = facts.decisionDate;
  if (decided === undefined) return;
  facts.priorTreatments.forEach((t, i) => {
    if (t.date > decided) ctx.addIssue({ code: 'custom', path: ['priorTreatments', i, 'date'], ...refusal(text(I.treatmentAfterDecision, { date: t.date, decided })) });
  });
  facts.systemicTherapy.forEach((t, i) => {
    if (t.lastDoseDate !== undefined && t.lastDoseDate > decided) {
      ctx.addIssue({ code: 'custom', path: ['systemicTherapy', i, 'lastDoseDate'], ...refusal(text(I.lastDoseAfterDecision, { date: t.lastDoseDate, decided })) });
    }
  });
});

export type PatientFactsInput = z.input<typeof patientFactsSchema>;
export type PatientFacts = z.output<typeof patientFactsSchema>;
