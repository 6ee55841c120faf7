import { z } from 'zod';
import { text } from '../text.js';
import { factIssueText } from './issues.text.js';
import { refusal } from './issues.js';
import { levelListSchema } from '../anatomy/schemas.js';
import { isoDate } from './common.js';
import { LESION_SITES, LONG_BONES, isLongBoneSite } from './lesion.js';

export const PRIOR_TREATMENT_KINDS = [
  'radiotherapy', 'sbrt', 'surgery', 'separation-surgery', 'ablation', 'pvp', 'embolisation',
] as const;

export const priorTreatmentSchema = z.strictObject({
  kind: z.enum(PRIOR_TREATMENT_KINDS),
  date: isoDate.describe('Date the treatment ended (surgery: date of operation)'),
  site: z.enum(LESION_SITES).optional().describe('Where it was given: "spine" (give `levels`) or an extraspinal bone; unrecorded is read as possibly any lesion'),
  levels: levelListSchema.optional().describe('Spinal levels treated, e.g. ["T11", "T12-L1"]'),
  longBone: z.enum(LONG_BONES).optional().describe('Long-bone sites: which bone was treated'),
  doseGy: z.number().positive().optional(),
  fractions: z.number().int().positive().optional(),
  woundHealed: z.boolean().optional().describe('Surgery: the wound has healed (002 §3.7)'),
}).superRefine((treatment, ctx) => {
  if (treatment.levels !== undefined && treatment.site !== undefined && treatment.site !== 'spine') {
    ctx.addIssue({ code: 'custom', path: ['levels'], ...refusal(text(factIssueText.onlySpinal, { site: treatment.site })) });
  }
  if (treatment.longBone !== undefined && (treatment.site === undefined || !isLongBoneSite(treatment.site))) {
    ctx.addIssue({ code: 'custom', path: ['longBone'], ...refusal(text(factIssueText.onlyLongBone, { site: treatment.site ?? '' })) });
  }
  if (treatment.site === 'proximal-femur' && treatment.longBone !== undefined && treatment.longBone !== 'femur') {
    ctx.addIssue({ code: 'custom', path: ['longBone'], ...refusal(text(factIssueText.proximalFemurBone, { bone: treatment.longBone })) });
  }
});
export type PriorTreatment = z.output<typeof priorTreatmentSchema>;

/** Agent classes that decide peri-operative holds (002 §1.5) and bone-agent history (004 §4.1). */
export const AGENT_CLASSES = [
  'vegf-targeted-iv', 'egfr-tki-oral', 'alk-tki-oral', 'other-targeted-oral', 'other-targeted-iv',
  'chemotherapy', 'immunotherapy', 'endocrine', 'bisphosphonate', 'denosumab', 'corticosteroid',
] as const;
export type AgentClass = (typeof AGENT_CLASSES)[number];

export const systemicTherapySchema = z.strictObject({
  agent: z.string().trim().min(1, 'give the drug name, e.g. "osimertinib"').max(100, 'a drug name is at most 100 characters').describe('Drug name as given, e.g. "bevacizumab", "osimertinib"'),
  class: z.enum(AGENT_CLASSES),
  ongoing: z.boolean().describe('Still being given'),
  lastDoseDate: isoDate.optional().describe('Date of the most recent dose'),
  effective: z.boolean().optional().describe('The disease responds to it'),
});
export type SystemicTherapy = z.output<typeof systemicTherapySchema>;

/** Opioids with a published oral-morphine conversion (CDC 2022, REFERENCE S7). */
export const OPIOIDS = [
  'morphine', 'oxycodone', 'hydromorphone', 'hydrocodone', 'oxymorphone', 'codeine', 'tramadol',
  'tapentadol', 'methadone', 'fentanyl-patch',
] as const;
export type Opioid = (typeof OPIOIDS)[number];

export const opioidSchema = z.strictObject({
  drug: z.enum(OPIOIDS),
  dailyDose: z.number().positive().describe('Oral mg per day; for fentanyl-patch the patch rate in µg/h'),
});
export type OpioidUse = z.output<typeof opioidSchema>;

/** Non-opioid analgesics and adjuvants of 004 §4.3 (NSAIDs and acetaminophen for mild pain; adjuvants). */
export const NON_OPIOID_ANALGESICS = [
  'acetaminophen', 'nsaid', 'topical-nsaid', 'corticosteroid', 'gabapentinoid', 'snri', 'lidocaine',
] as const;
export type NonOpioidAnalgesic = (typeof NON_OPIOID_ANALGESICS)[number];

/** An analgesic regimen as recorded at a visit: opioids with daily doses, and the other analgesics given. */
export const analgesicRegimenSchema = z.strictObject({
  opioids: z.array(opioidSchema).max(20, 'at most 20 opioids').default([]),
  nonOpioid: z.array(z.enum(NON_OPIOID_ANALGESICS)).max(NON_OPIOID_ANALGESICS.length).refine((list) => new Set(list).size === list.length, refusal(text(factIssueText.eachOnce))).default([]),
});
export type AnalgesicRegimen = z.output<typeof analgesicRegimenSchema>;
