import { z } from 'zod';
import { BREAST_SUBTYPES, HISTOLOGY_IDS } from '../histology.js';
import { FRANKEL_GRADES } from '../instruments/frankel.js';
import { isoDate } from './common.js';
import { lesionFactsSchema } from './lesion.js';
import { opioidSchema, priorTreatmentSchema, systemicTherapySchema } from './therapy.js';

export { addDays, daysBetween, isoDate } from './common.js';
export { LESION_SITES, lesionFactsSchema, type LesionFacts, type LesionSite } from './lesion.js';
export * from './therapy.js';

const flag = z.boolean().optional();

/**
 * One patient's facts at a decision point. Almost everything is optional: a rule that needs a
 * missing fact reports it as a need on its finding and never guesses it.
 */
export const patientFactsSchema = z.strictObject({
  decisionDate: isoDate.optional().describe('The date of the decision; computed dates count from it'),
  patient: z.strictObject({
    age: z.number().int().min(0).max(120).describe('Age in years'),
    sex: z.enum(['female', 'male']),
    weightKg: z.number().positive().max(400).optional().describe('Body weight, kg (Cockcroft–Gault)'),
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
      motorRecovering: flag.describe('Motor function recovering (004 §4.5.3)'),
      radicularCompression: flag.describe('Nerve-root compression'),
    })
    .optional(),
  lesions: z.array(lesionFactsSchema).default([]),
  metastases: z
    .strictObject({
      spinal: z.number().int().min(0).optional().describe('Number of vertebral (body) metastases'),
      extraspinalBone: z.number().int().min(0).optional().describe('Number of extraspinal bone metastases'),
      visceral: z.enum(['none', 'resectable', 'unresectable']).optional().describe('Major-organ metastases'),
      visceralTreatable: flag.describe('Unresectable visceral metastases controllable by systemic therapy: Tomita scores them treatable (2), not untreatable (4) (002 §2.1)'),
      brain: flag,
    })
    .default({}),
  labs: z
    .strictObject({
      plateletsPerUl: z.number().min(0).optional().describe('Platelets per µL'),
      ptRatio: z.number().positive().optional().describe('PT as a multiple of normal'),
      apttRatio: z.number().positive().optional().describe('APTT as a multiple of normal'),
      creatinineMgDl: z.number().positive().optional().describe('Serum creatinine, mg/dL'),
      calciumMgDl: z.number().positive().optional().describe('Serum calcium (albumin-corrected), mg/dL'),
      alpRaised: flag.describe('Alkaline phosphatase above normal'),
    })
    .default({}),
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
      bleedingRisk: flag.describe('Bleeding risk that precludes pharmacological VTE prophylaxis'),
      uncontrollableBleeding: flag,
    })
    .default({}),
  priorTreatments: z.array(priorTreatmentSchema).default([]),
  systemicTherapy: z.array(systemicTherapySchema).default([]),
  opioids: z.array(opioidSchema).default([]),
  medications: z
    .strictObject({ nsaids: flag, cisplatin: flag })
    .default({}),
  boneAgents: z
    .strictObject({
      dentalExamDone: flag.describe('Dental examination before starting (004 rec 8)'),
      sreCount: z.number().int().min(0).optional().describe('Skeletal-related events so far'),
      monthsOnTherapy: z.number().min(0).optional(),
      oligometastaticControlled: flag.describe('Well-controlled oligometastatic disease (004 §4.1, duration)'),
    })
    .default({}),
  lifeExpectancyMonths: z.number().min(0).optional().describe('Clinician’s estimate of life expectancy'),
  toleratesSurgery: flag.describe('The patient can tolerate open surgery and anaesthesia (clinical judgement; 002 §3.3)'),
  plannedPvpLevels: z.array(z.string()).optional().describe('Levels planned for PVP in one session'),
  plannedRadiotherapy: z
    .strictObject({
      doseGy: z.number().positive(),
      fractions: z.number().int().positive(),
      alphaBeta: z.number().positive().optional().describe('α/β in Gy; default 10 for tumour'),
    })
    .optional(),
});

export type PatientFactsInput = z.input<typeof patientFactsSchema>;
export type PatientFacts = z.output<typeof patientFactsSchema>;
