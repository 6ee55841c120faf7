import { alertText as T } from './common.text.js';
import { text, join, type Text } from '../text.js';
import { punctuation } from '../punctuation.text.js';
import type { PatientFacts } from '../facts/index.js';
import { esccBand } from '../instruments/escc.js';
import { cite, publicSource, type SourceRef } from '../sources.js';
import { lesionName } from './context.js';
import type { RuleInfo } from './finding.js';

/** Something the team must act on today, above every option's verdict. */
export interface Alert {
  id: string;
  severity: 'urgent';
  because: Text[];
  sources: SourceRef[];
}

const NICE_NG234 = publicSource('NICE guideline NG234 (2023). Spinal metastases and metastatic spinal cord compression, recommendation 1.8.1');

/**
 * Metastatic spinal cord compression as an emergency: a new or progressing deficit (Frankel A–D) with ESCC 2–3
 * → same-day surgical and radiotherapy review (002 §1.4 decompress directly; 004 rec 10), dexamethasone
 * 16 mg as soon as possible and daily while awaiting treatment (NICE NG234 1.8.1, public).
 */
export function msccEmergency(facts: PatientFacts): Alert | null {
  const neurology = facts.neurology;
  if (!neurology || neurology.frankel === 'E' || !(neurology.deficitProgressing || neurology.deficitNew === true)) return null;
  const compressing = facts.lesions.filter((l) => l.site === 'spine' && l.escc !== undefined && esccBand(l.escc) === 'high-grade');
  if (compressing.length === 0) return null;
  const levels = join(compressing.map((l) => `${lesionName(l)} (ESCC ${l.escc})`), punctuation.comma);
  return {
    id: 'alert.mscc-emergency',
    severity: 'urgent',
    because: [
      text(T.mscc.flag, { frankel: neurology.frankel, levels, course: text(neurology.deficitProgressing ? T.mscc.progressing : T.mscc.new) }),
      text(T.mscc.review),
      text(T.mscc.steroids),
    ],
    sources: [cite('002', '§1.4'), cite('004', 'rec 10 (1B)'), NICE_NG234],
  };
}

/** 001 review 5(2): a symptomatic cement embolism after PVP can be fatal — act today, until it is recorded as managed. */
export function symptomaticCementEmbolism(facts: PatientFacts): Alert | null {
  const { cementEmbolism, cementEmbolismManaged } = facts.pvpComplications;
  if (cementEmbolism !== 'symptomatic' || cementEmbolismManaged === true) return null;
  return { id: 'alert.symptomatic-cement-embolism', severity: 'urgent', because: [text(T.cementEmbolism)], sources: [cite('001', 'review 5(2)')] };
}

export function alertsFor(facts: PatientFacts): Alert[] {
  return [msccEmergency(facts), symptomaticCementEmbolism(facts)].filter((a): a is Alert => a !== null);
}

export const ALERT_RULES: RuleInfo[] = [
  {
    id: 'alert.mscc-emergency',
    option: 'plan',
    decides: 'Urgent: a new or progressing neurological deficit (Frankel A–D) with ESCC 2–3 — same-day surgical and radiotherapy review, dexamethasone 16 mg as soon as possible and daily while awaiting treatment.',
    sources: [cite('002', '§1.4'), cite('004', 'rec 10 (1B)'), NICE_NG234],
  },
  {
    id: 'alert.symptomatic-cement-embolism',
    option: 'plan',
    decides: 'Urgent: symptomatic cement embolism after PVP — urgent review; observation or anticoagulation, percutaneous or surgical removal when conservative treatment is inappropriate.',
    sources: [cite('001', 'review 5(2)')],
  },
];
