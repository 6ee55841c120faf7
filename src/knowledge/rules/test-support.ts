/** Random but valid patients for the property tests of the rules (replayable from their seed). */
import { HISTOLOGY_IDS } from '../histology.js';
import { CORTEX_INVOLVED, LIMB_PAIN, LONG_BONES, OPIOIDS, patientFactsSchema, type PatientFactsInput } from '../facts/index.js';
import { SPINAL_LEVELS } from '../anatomy/spine.js';
import { mulberry32 } from '../../stats/prng.js';

export function randomFacts(seed: number): PatientFactsInput {
  const r = mulberry32(seed); // replayable from the seed
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const maybe = <T>(value: () => T): T | undefined => (r() < 0.6 ? value() : undefined);
  const bool = () => r() < 0.5;
  const lesionCount = Math.floor(r() * 4);
  /** A long-bone lesion (004 §4.5.4.1) with the Mirels and amputation facts, valid by construction. */
  const longBoneLesion = () => {
    const proximalFemur = bool();
    const bone = proximalFemur ? 'femur' : pick(LONG_BONES);
    return {
      site: proximalFemur ? ('proximal-femur' as const) : ('long-bone' as const),
      longBone: proximalFemur ? maybe(() => 'femur' as const) : bone,
      boneRegion: maybe(() => pick(['end', 'shaft'] as const)),
      peritrochanteric: bone === 'femur' ? maybe(bool) : undefined,
      character: maybe(() => pick(['lytic', 'blastic', 'mixed'] as const)),
      painful: maybe(bool),
      limbPain: maybe(() => pick(LIMB_PAIN)),
      cortexInvolved: maybe(() => pick(CORTEX_INVOLVED)),
      fracture: maybe(() => pick(['none', 'impending', 'pathological'] as const)),
      neurovascularInvolved: maybe(bool),
      extensiveSoftTissue: maybe(bool),
      destructionUncontrolled: maybe(bool),
    };
  };
  const base = {
    decisionDate: maybe(() => '2026-11-25'),
    activityRestrictedForFractureRisk: maybe(bool),
    patient: { age: 15 + Math.floor(r() * 75), sex: pick(['female', 'male'] as const), weightKg: maybe(() => 40 + r() * 60), pregnant: maybe(bool) },
    primary: {
      histology: maybe(() => pick(HISTOLOGY_IDS)),
      cancerHistory: maybe(() => pick(['none', 'known-active', 'known-inactive'] as const)),
      controlled: maybe(bool),
      boneMetastasisConfirmed: maybe(bool),
    },
    kps: maybe(() => 10 * Math.floor(r() * 11)),
    pain: maybe(() => {
      const score = Math.floor(r() * 11);
      // "controlled" with pain of 4 or more is a contradiction the facts refuse.
      return { score, type: pick(['local', 'mechanical', 'radicular', 'none'] as const), limitsDailyLife: maybe(bool), controlled: score < 4 ? maybe(bool) : maybe(() => false), refractory: maybe(bool) };
    }),
    neurology: maybe(() => ({ frankel: pick(['A', 'B', 'C', 'D', 'E'] as const), deficitProgressing: bool() })),
    lesions: Array.from({ length: lesionCount }, () =>
      r() < 0.8
        ? {
            level: pick(SPINAL_LEVELS),
            character: maybe(() => pick(['lytic', 'blastic', 'mixed'] as const)),
            painful: maybe(bool),
            posteriorWallIntact: maybe(bool),
            pediclesInvolved: maybe(() => pick(['none', 'unilateral', 'bilateral'] as const)),
            collapsePercent: maybe(() => Math.floor(r() * 100)),
            escc: maybe(() => pick(['0', '1a', '1b', '1c', '2', '3'] as const)),
            sins: maybe(() => Math.floor(r() * 19)),
            tomitaSites: maybe(() => [pick(['body', 'pedicle', 'lamina', 'spinal-canal', 'paravertebral'] as const)]),
            wbbZones: maybe(() => [1 + Math.floor(r() * 12)]),
            cordDistanceMm: maybe(() => r() * 30),
            hypervascular: maybe(bool),
            fracture: maybe(() => pick(['none', 'impending', 'pathological'] as const)),
            previouslyIrradiated: maybe(bool),
          }
        : r() < 0.5
          ? { site: pick(['ilium', 'acetabulum', 'pubis-ischium', 'proximal-femur'] as const), character: maybe(() => pick(['lytic', 'blastic', 'mixed'] as const)), acetabulumInvolved: maybe(bool) }
          : longBoneLesion(),
    ),
    metastases: { spinal: maybe(() => Math.floor(r() * 5)), extraspinalBone: maybe(() => Math.floor(r() * 5)), visceral: maybe(() => pick(['none', 'resectable', 'unresectable'] as const)), brain: maybe(bool) },
    labs: { plateletsPerUl: maybe(() => 1000 + r() * 400000), ptRatio: maybe(() => 0.8 + r() * 1.5), apttRatio: maybe(() => 0.8 + r() * 1.5), creatinineMgDl: maybe(() => 0.4 + r() * 4) },
    infection: maybe(() => ({ local: bool(), systemic: bool() })),
    pmmaAllergy: maybe(bool),
    toleratesSurgery: maybe(bool),
    hypocalcaemia: maybe(bool),
    comorbidities: { uncontrollableBleeding: maybe(() => r() < 0.1) },
    boneAgents: { dentalExamDone: maybe(bool), sreCount: maybe(() => Math.floor(r() * 4)) },
    priorTreatments: r() < 0.3
      ? [{ kind: pick(['radiotherapy', 'sbrt', 'surgery', 'separation-surgery', 'pvp'] as const), date: pick(['2026-11-10', '2026-09-01', '2024-01-15']), levels: maybe(() => [pick(SPINAL_LEVELS)]), woundHealed: maybe(bool) }]
      : [],
    lifeExpectancyMonths: maybe(() => Math.floor(r() * 48)),
    systemicTherapy: r() < 0.3 ? [{ agent: 'x', class: pick(['vegf-targeted-iv', 'egfr-tki-oral', 'chemotherapy', 'bisphosphonate', 'denosumab'] as const), ongoing: bool(), lastDoseDate: maybe(() => '2026-11-01') }] : [],
    opioids: r() < 0.4 ? [{ drug: pick(OPIOIDS), dailyDose: 5 + r() * 200 }] : [],
    plannedRadiotherapy: maybe(() => ({ doseGy: 8 + Math.floor(r() * 42), fractions: 1 + Math.floor(r() * 25) })),
  } satisfies PatientFactsInput;
  // The facts of later sections are drawn last, so the draws above stay what they were.
  const extra = sectionFacts(r);
  return {
    ...base,
    diagnosis: extra.diagnosis,
    anxietyDepression: extra.anxietyDepression,
    pvpComplications: extra.pvpComplications,
    comorbidities: { ...base.comorbidities, ...extra.comorbidities },
    boneAgents: { ...base.boneAgents, ...extra.boneAgents },
    systemicTherapy: [...base.systemicTherapy, ...extra.systemicTherapy],
  };
}

/** The facts of the sections added for issue 14 (002 §1.1, 001 reviews 2(4) and 5, 004 §3.1, §4.1.4, §4.7). */
function sectionFacts(r: () => number) {
  const maybe = <T>(value: () => T): T | undefined => (r() < 0.6 ? value() : undefined);
  const bool = () => r() < 0.5;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const scan = ['not-done', 'positive', 'negative'] as const;
  return {
    diagnosis: { boneScan: maybe(() => pick(scan)), xray: maybe(() => pick(scan)), cordInvolvementSuspected: maybe(bool) },
    anxietyDepression: maybe(() => pick(['none', 'mild-moderate', 'severe'] as const)),
    pvpComplications: { cementEmbolism: maybe(() => pick(['none', 'asymptomatic', 'symptomatic'] as const)), cementInCanal: maybe(bool) },
    comorbidities: {
      diabetes: maybe(bool), obesity: maybe(bool), malnutrition: maybe(bool), marrowSuppression: maybe(bool), lowBoneDensity: maybe(bool),
      urinaryTractInfection: maybe(bool), cholecystitis: maybe(bool), meningitis: maybe(bool), infectedPressureUlcer: maybe(bool),
    },
    boneAgents: { onj: maybe(bool), invasiveDentalPlanned: maybe(bool), atypicalFemoralFracture: maybe(bool), acutePhaseReaction: maybe(bool), ocularInflammation: maybe(bool) },
    systemicTherapy: r() < 0.3 ? [{ agent: 'y', class: pick(['corticosteroid', 'immunotherapy', 'alk-tki-oral', 'chemotherapy'] as const), ongoing: bool() }] : [],
  };
}

/**
 * The board-plan tests' patient: lung NSCLC, one painful lytic L1 (SINS 10, ESCC 1a), KPS 70, pain 8,
 * with PVP's contraindication screen answered (labs, infection, PMMA allergy).
 */
/** A test's patient factory: `factsFor({ age: 62, sex: 'male' })({ pain: … })` parses the facts of that patient. */
export const factsFor = (patient: PatientFactsInput['patient']) => (input: Partial<PatientFactsInput>) => patientFactsSchema.parse({ patient, ...input });

export const PAINFUL_LYTIC_L1: PatientFactsInput = {
  patient: { age: 56, sex: 'male', weightKg: 62 },
  primary: { histology: 'lung-nsclc', cancerHistory: 'known-active', boneMetastasisConfirmed: true },
  kps: 70,
  pain: { score: 8, type: 'mechanical', limitsDailyLife: true },
  neurology: { frankel: 'E', deficitProgressing: false },
  lesions: [{ level: 'L1', character: 'lytic', painful: true, posteriorWallIntact: true, pediclesInvolved: 'none', collapsePercent: 20, escc: '1a', sins: 10, tomitaSites: ['body'] }],
  metastases: { spinal: 1, extraspinalBone: 2, visceral: 'none' },
  labs: { plateletsPerUl: 210000, ptRatio: 1.0, apttRatio: 1.1, creatinineMgDl: 1.0, calciumMgDl: 9.4 },
  infection: { local: false, systemic: false },
  pmmaAllergy: false,
};
