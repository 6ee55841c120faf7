import type { Lang } from '../../i18n/lang.js';
import { patientFactsSchema, type PatientFacts } from '../facts/index.js';
import { assessCementoplasty, assessMwa, assessRfa } from './ablation.js';
import { assessAnalgesia, opioidTaper } from './analgesia.js';
import { assessBiopsy } from './biopsy.js';
import { assessBma, bmaDoses, creatinineClearance } from './bma.js';
import type { OptionAssessment, OptionId } from './finding.js';
import type { Plan } from './plan.js';
import { assessPvp, cementPlan, postProcedureCare } from './pvp.js';
import { assessEbrt, assessSbrt, radiotherapyPlan } from './radiotherapy.js';
import {
  assessLaminectomyFixation,
  assessPalliativeSurgery,
  assessSeparationSurgery,
  assessTes,
  perioperativeDates,
} from './surgery.js';

export * from './finding.js';
export type * from './plan.js';

/** One assessment per option, in the order the MDT discusses them. */
const OPTION_RULES: Record<OptionId, (facts: PatientFacts, lang: Lang) => OptionAssessment> = {
  biopsy: assessBiopsy,
  pvp: assessPvp,
  rfa: assessRfa,
  mwa: assessMwa,
  cementoplasty: assessCementoplasty,
  tes: assessTes,
  'separation-surgery': assessSeparationSurgery,
  'laminectomy-fixation': assessLaminectomyFixation,
  'palliative-surgery': assessPalliativeSurgery,
  ebrt: assessEbrt,
  sbrt: assessSbrt,
  bma: assessBma,
  analgesia: assessAnalgesia,
};

export interface NeedSummary {
  fact: string;
  why: string[];
  options: OptionId[];
}

export interface Recommendation {
  options: OptionAssessment[];
  needs: NeedSummary[];
  plan: Plan;
}

/** Every missing fact once, with every option and reason that asked for it. */
function collectNeeds(options: readonly OptionAssessment[]): NeedSummary[] {
  const byFact = new Map<string, NeedSummary>();
  for (const assessment of options) {
    for (const f of assessment.findings) {
      for (const need of f.needs) {
        const entry = byFact.get(need.fact) ?? { fact: need.fact, why: [], options: [] };
        if (!entry.why.includes(need.why)) entry.why.push(need.why);
        if (!entry.options.includes(assessment.option)) entry.options.push(assessment.option);
        byFact.set(need.fact, entry);
      }
    }
  }
  return [...byFact.values()];
}

/** Validates the facts (throws a ZodError naming each bad field) and assesses every option. */
export function recommend(input: unknown, lang: Lang = 'en'): Recommendation {
  const facts = patientFactsSchema.parse(input, { reportInput: true });
  return recommendFromFacts(facts, lang);
}

export function recommendFromFacts(facts: PatientFacts, lang: Lang = 'en'): Recommendation {
  const options = (Object.keys(OPTION_RULES) as OptionId[]).map((option) => OPTION_RULES[option](facts, lang));
  // A plan part is shown only for an option that is still on the table.
  const open = (option: OptionId): boolean => {
    const verdict = options.find((o) => o.option === option)?.verdict;
    return verdict !== 'contraindicated' && verdict !== 'not-recommended';
  };
  return {
    options,
    needs: collectNeeds(options),
    plan: {
      crclMlPerMin: creatinineClearance(facts),
      bma: open('bma') ? bmaDoses(facts, lang) : [],
      opioidTaper: opioidTaper(facts),
      cement: open('pvp') ? cementPlan(facts, lang) : [],
      postProcedureCare: open('pvp') ? postProcedureCare(facts, lang) : [],
      radiotherapy: radiotherapyPlan(facts, lang),
      dates: perioperativeDates(facts, lang),
    },
  };
}
