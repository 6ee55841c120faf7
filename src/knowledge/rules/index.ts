import type { Text } from '../text.js';
import { patientFactsSchema, type PatientFacts } from '../facts/index.js';
import { assessCementoplasty, assessMwa, assessRfa } from './ablation.js';
import { assessAnalgesia, opioidTaper } from './analgesia.js';
import { assessBiopsy } from './biopsy.js';
import { assessBma, bmaDoses, creatinineClearance } from './bma.js';
import type { Conflict, OptionAssessment, OptionId } from './finding.js';
import { assessLongBoneSurgery } from './long-bone.js';
import type { Plan } from './plan.js';
import { assessPvp, cementPlan, postProcedureCare } from './pvp.js';
import { assessEbrt, assessSbrt, radiotherapyPlan } from './radiotherapy.js';
import { alertsFor, type Alert } from './alerts.js';
import { applyScreen } from './screens.js';
import { assessSupportiveCare, assessSystemicTherapy } from './systemic.js';
import {
  assessLaminectomyFixation,
  assessPalliativeSurgery,
  assessSeparationSurgery,
  assessTes,
  perioperativeDates,
} from './surgery.js';

export * from './finding.js';
export type * from './plan.js';
export { MME_FACTORS, oralMorphineEquivalent } from './analgesia.js';

/** One assessment per option, in the order the MDT discusses them. */
const OPTION_RULES: Record<OptionId, (facts: PatientFacts) => OptionAssessment> = {
  biopsy: assessBiopsy,
  pvp: assessPvp,
  rfa: assessRfa,
  mwa: assessMwa,
  cementoplasty: assessCementoplasty,
  tes: assessTes,
  'separation-surgery': assessSeparationSurgery,
  'laminectomy-fixation': assessLaminectomyFixation,
  'palliative-surgery': assessPalliativeSurgery,
  'long-bone-surgery': assessLongBoneSurgery,
  ebrt: assessEbrt,
  sbrt: assessSbrt,
  bma: assessBma,
  'systemic-therapy': assessSystemicTherapy,
  analgesia: assessAnalgesia,
  'supportive-care': assessSupportiveCare,
};

export interface NeedSummary {
  fact: string;
  why: Text[];
  options: OptionId[];
}

export type { Alert } from './alerts.js';

export interface Recommendation {
  /** What the team must act on today (metastatic spinal cord compression), above every verdict. */
  alerts: Alert[];
  options: OptionAssessment[];
  needs: NeedSummary[];
  /** Every finding whose verdict did not decide its option although it differs, with the reason. */
  conflicts: Conflict[];
  plan: Plan;
}

/** Every missing fact once, with every option and reason that asked for it. */
function collectNeeds(options: readonly OptionAssessment[]): NeedSummary[] {
  const byFact = new Map<string, NeedSummary>();
  for (const assessment of options) {
    for (const f of assessment.findings) {
      for (const need of f.needs) {
        const entry = byFact.get(need.fact) ?? { fact: need.fact, why: [], options: [] };
        if (!entry.why.some((why) => JSON.stringify(why) === JSON.stringify(need.why))) entry.why.push(need.why);
        if (!entry.options.includes(assessment.option)) entry.options.push(assessment.option);
        byFact.set(need.fact, entry);
      }
    }
  }
  return [...byFact.values()];
}

/** Validates the facts (throws a ZodError naming each bad field) and assesses every option. */
export function recommend(input: unknown): Recommendation {
  const facts = patientFactsSchema.parse(input, { reportInput: true });
  return recommendFromFacts(facts);
}

export function recommendFromFacts(facts: PatientFacts): Recommendation {
  const options = (Object.keys(OPTION_RULES) as OptionId[]).map((option) => applyScreen(OPTION_RULES[option](facts), facts));
  // A plan part is shown only for an option that is still on the table.
  const open = (option: OptionId): boolean => {
    const verdict = options.find((o) => o.option === option)?.verdict;
    return verdict !== 'contraindicated' && verdict !== 'not-recommended';
  };
  return {
    alerts: alertsFor(facts),
    options,
    needs: collectNeeds(options),
    conflicts: options.flatMap((o) => o.conflicts),
    plan: {
      crclMlPerMin: creatinineClearance(facts),
      bma: open('bma') ? bmaDoses(facts) : [],
      opioidTaper: opioidTaper(facts),
      cement: open('pvp') ? cementPlan(facts) : [],
      postProcedureCare: open('pvp') ? postProcedureCare(facts) : [],
      radiotherapy: radiotherapyPlan(facts),
      dates: perioperativeDates(facts),
    },
  };
}

export { LOCAL_STEP_KEYS, RT_SCHEDULES, STEP_KEYS, lesionKeys, planChoicesSchema, sequencePlan, targetChoices, type LocalStep, type PlanChoices, type PlanConflict, type RtScheduleId, type SequencedPlan, type SequencedStep, type StepKey } from './sequence.js';
export { prognosisPanel, type ExtraScoreInputs, type PanelScore, type PrognosisPanel } from './prognosis-panel.js';
export { lesionAlerts, type AssessmentForAlerts, type LesionAlert, type LesionForAlerts } from './lesion-alerts.js';
