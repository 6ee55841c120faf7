import { ordersText as T } from './orders.text.js';
import { recommendText } from './common.text.js';
import { text, type Text } from '../text.js';
import { cite, publicSource, type SourceRef } from '../sources.js';
import { LONG_BONES, type AgentClass, type Opioid, type PatientFacts } from '../facts/index.js';
import { creatinineClearanceExact, table2Row } from './bma.js';
import type { OptionId } from './finding.js';
import type { BmaAgent, Plan, PlanDates } from './plan.js';
import type { SurgicalOption } from './surgery-scores.js';
import { operatedLesions, perioperativeDates } from './surgery-dates.js';

/**
 * Draft orders (CDS Hooks order-select / order-sign): which treatment option an order asks for,
 * and the checks of its dose and date. Pure and FHIR-free: the shell (src/interop/cds/orders.ts)
 * reads a FHIR order into an OrderDescription — the treatments its codes name, its texts, its dose
 * and date — and renders the review as cards.
 */

/** Treatments bonemet's own codes name on an order (`treatment-pvp`, `rt-ssrs`, `surgery-tes` …). */
export const ORDERED_TREATMENTS = [
  'pvp', 'pkp', 'cementoplasty', 'rfa', 'mwa', 'sbrt', 'ssrs', 'radiotherapy',
  'tes', 'separation-surgery', 'laminectomy-fixation', 'palliative-surgery', 'bone-modifying-agent',
] as const;
export type OrderedTreatment = (typeof ORDERED_TREATMENTS)[number];

/** One thing an order's codes name, in the order of its codings. */
export type OrderedItem =
  | { kind: 'treatment'; treatment: OrderedTreatment }
  | { kind: 'bone-agent'; agent: BmaAgent }
  | { kind: 'agent-class'; agentClass: AgentClass }
  | { kind: 'opioid'; opioid: Opioid }
  | { kind: 'cisplatin' };

/** A draft order as the shell read it. */
export interface OrderDescription {
  items: readonly OrderedItem[];
  /** The medication's text and codings' displays (MedicationRequest). */
  medicationTexts: readonly string[];
  /** The procedure's text and displays, and its body sites' (ServiceRequest, Procedure). */
  procedureTexts: readonly string[];
  /** The ordered dose in mg, when the order gives one. */
  doseMg?: number;
  /** The day it is ordered for (YYYY-MM-DD). */
  date?: string;
}

/** Which option a treatment named by code is, and the section that treats them as one. */
export const TREATMENT_OPTIONS: Record<OrderedTreatment, { option: OptionId; source: SourceRef }> = {
  // PVP and PKP: one section, one set of indications and contraindications
  pvp: { option: 'pvp', source: cite('002', '§3.4') },
  pkp: { option: 'pvp', source: cite('002', '§3.4') },
  cementoplasty: { option: 'cementoplasty', source: cite('004', '§4.6.2') },
  rfa: { option: 'rfa', source: cite('002', '§3.5') },
  mwa: { option: 'mwa', source: cite('002', '§3.5') },
  sbrt: { option: 'sbrt', source: cite('004', '§4.4.2') },
  ssrs: { option: 'sbrt', source: cite('002', '§3.7') },
  // a radiotherapy course that names no technique: external beam, "the standard treatment" of 004 §4.4.1
  radiotherapy: { option: 'ebrt', source: cite('004', '§4.4.1') },
  tes: { option: 'tes', source: cite('002', '§3.1') },
  'separation-surgery': { option: 'separation-surgery', source: cite('002', '§3.2') },
  'laminectomy-fixation': { option: 'laminectomy-fixation', source: cite('002', '§3.3') },
  'palliative-surgery': { option: 'palliative-surgery', source: cite('004', '§4.5.4.2') },
  'bone-modifying-agent': { option: 'bma', source: cite('004', '§4.1') },
};

/**
 * Agent classes 004 §4.2 treats as systemic anticancer therapy: chemotherapy (§4.2.1), immunotherapy
 * (§4.2.2), targeted (§4.2.3) and anti-angiogenic agents (§4.2.4). Endocrine therapy and corticosteroids
 * are not in §4.2; bisphosphonates and denosumab are bone-modifying agents (§4.1).
 */
export const SYSTEMIC_ANTICANCER_CLASSES: readonly AgentClass[] = [
  'chemotherapy', 'immunotherapy', 'egfr-tki-oral', 'alk-tki-oral', 'other-targeted-oral', 'other-targeted-iv', 'vegf-targeted-iv',
];

/**
 * Systemic anticancer agents of lung cancer by name (en, zh, ja), for orders without a code bonemet
 * knows: platinum-doublet partners and etoposide (004 §4.2.1), checkpoint inhibitors (§4.2.2), EGFR
 * and ALK inhibitors (§4.2.3), anti-angiogenics (§4.2.4). 004 names the classes; which agent is in
 * which is public (WHO ATC L01, antineoplastic agents).
 */
export const SYSTEMIC_ANTICANCER_NAMES: readonly string[] = [
  'cisplatin', 'carboplatin', 'pemetrexed', 'docetaxel', 'paclitaxel', 'gemcitabine', 'vinorelbine', 'etoposide',
  'osimertinib', 'gefitinib', 'erlotinib', 'afatinib', 'dacomitinib', 'icotinib', 'almonertinib', 'furmonertinib',
  'alectinib', 'crizotinib', 'ceritinib', 'brigatinib', 'lorlatinib', 'ensartinib',
  'bevacizumab', 'ramucirumab', 'anlotinib', 'endostar',
  'pembrolizumab', 'nivolumab', 'atezolizumab', 'durvalumab', 'ipilimumab', 'sintilimab', 'camrelizumab', 'tislelizumab', 'toripalimab',
  '顺铂', '卡铂', '培美曲塞', '多西他赛', '紫杉醇', '吉西他滨', '长春瑞滨', '依托泊苷', '奥希替尼', '吉非替尼', '厄洛替尼', '阿法替尼', '埃克替尼',
  '阿来替尼', '克唑替尼', '洛拉替尼', '贝伐珠单抗', '安罗替尼', '恩度', '帕博利珠单抗', '纳武利尤单抗', '阿替利珠单抗', '度伐利尤单抗', '信迪利单抗',
  '卡瑞利珠单抗', '替雷利珠单抗', '特瑞普利单抗',
  'シスプラチン', 'カルボプラチン', 'ペメトレキセド', 'ドセタキセル', 'パクリタキセル', 'オシメルチニブ', 'ゲフィチニブ', 'エルロチニブ', 'アファチニブ',
  'アレクチニブ', 'クリゾチニブ', 'ロルラチニブ', 'ベバシズマブ', 'ペムブロリズマブ', 'ニボルマブ', 'アテゾリズマブ', 'デュルバルマブ',
];
/** The sources of the names' reading. */
export const SYSTEMIC_ANTICANCER_NAME_SOURCES: readonly SourceRef[] = [cite('004', '§4.2'), publicSource('WHO ATC classification, group L01 (antineoplastic agents)')];

/** Long bones (004 §4.5.4.1) and their adjectives, en/zh/ja. */
const LONG_BONE_WORDS = [...LONG_BONES, 'femoral', 'humeral', 'tibial', 'fibular', '股骨', '肱骨', '胫骨', '腓骨', '桡骨', '尺骨', '大腿骨', '上腕骨', '脛骨', '橈骨'];
/**
 * 004 §4.5.4.1: resection with prosthetic reconstruction (bone end), fixation with cement or segmental
 * prosthesis (shaft), amputation. English words match at a word start ("plate", never "platelet").
 */
const LONG_BONE_OPERATIONS: readonly RegExp[] = [
  /\bfixation/, /\bnail/, /\bplat(?:e|es|ing)\b/, /prosthe/, /arthroplasty/, /\breplacement/, /\breconstruction/, /\bresection/, /\bamputation/,
  /内固定/, /髓内钉/, /假体/, /置换/, /重建/, /截肢/, /固定術/, /髄内釘/, /人工/, /置換/, /再建/, /切断/,
];
/**
 * Not an open operation on the bone: percutaneous cementoplasty is its own option (004 §4.6.2), and an
 * operation on a femoral vessel, nerve or hernia names the bone's adjective only ("femoral-popliteal
 * bypass with a prosthetic graft", "femoral venous catheter replacement").
 */
const NOT_LONG_BONE_OPERATION: readonly RegExp[] = [
  /percutaneous/, /cementoplasty/, /\barter/, /\bvein/, /\bvenous/, /\bvascular/, /\bbypass/, /\bcatheter/, /\bcannula/, /\bnerve/, /\bhernia/,
  /经皮/, /経皮/, /动脉/, /静脉/, /血管/, /导管/, /神经/, /疝/, /動脈/, /静脈/, /カテーテル/, /神経/, /ヘルニア/,
];

const lowered = (texts: readonly string[]) => texts.map((t) => t.toLowerCase());

/** The order's medication names a systemic anticancer agent (SYSTEMIC_ANTICANCER_NAMES). */
export function namesSystemicAnticancerAgent(medicationTexts: readonly string[]): boolean {
  return lowered(medicationTexts).some((t) => SYSTEMIC_ANTICANCER_NAMES.some((name) => t.includes(name)));
}

/** The order's procedure texts name an open operation on a long bone (004 §4.5.4.1). */
export function namesLongBoneOperation(procedureTexts: readonly string[]): boolean {
  const texts = lowered(procedureTexts);
  const any = (patterns: readonly RegExp[]) => texts.some((t) => patterns.some((p) => p.test(t)));
  return texts.some((t) => LONG_BONE_WORDS.some((w) => t.includes(w))) && any(LONG_BONE_OPERATIONS) && !any(NOT_LONG_BONE_OPERATION);
}

/** The option one coded item asks for, if bonemet reasons about it. */
export function optionOfItem(item: OrderedItem): OptionId | undefined {
  switch (item.kind) {
    case 'treatment': return TREATMENT_OPTIONS[item.treatment].option;
    case 'bone-agent': return 'bma'; // 004 §4.1
    case 'agent-class': return SYSTEMIC_ANTICANCER_CLASSES.includes(item.agentClass) ? 'systemic-therapy' : undefined;
    case 'opioid': return 'analgesia'; // 004 §4.3.2.2
    case 'cisplatin': return 'systemic-therapy'; // platinum doublet, 004 §4.2.1
  }
}

/** The option an order asks for: its first coded item that is one, else what its text names. */
export function optionOfOrder(order: OrderDescription): OptionId | undefined {
  for (const item of order.items) {
    const option = optionOfItem(item);
    if (option) return option;
  }
  if (namesSystemicAnticancerAgent(order.medicationTexts)) return 'systemic-therapy';
  if (namesLongBoneOperation(order.procedureTexts)) return 'long-bone-surgery';
  return undefined;
}

/** A finding about an order that the prescriber should see before signing. */
export interface OrderCheck {
  check: 'dose' | 'date';
  /**
   * differs: another dose than the source gives; not-recommended: the source advises against the agent
   * here; too-early: dated before the earliest day; unchecked: the check could not be done (the reasons say why).
   */
  outcome: 'differs' | 'not-recommended' | 'too-early' | 'unchecked';
  /** What it is about: the agent, or the operation. */
  subject: Text;
  summary: Text;
  because: Text[];
  source: SourceRef;
  /** The change the source supports: the dose it gives, or withdrawing the order. */
  suggestion?: { kind: 'set-dose'; doseMg: number } | { kind: 'remove' };
}

export interface OrderReview {
  option: OptionId;
  checks: OrderCheck[];
}

/** The facts each check reads: when the record could not be read for them, the check says so instead of passing. */
export const CHECK_READS = {
  dose: ['labs.creatinineMgDl', 'patient.weightKg'],
  date: ['systemicTherapy', 'priorTreatments'],
} as const;

/** Operations whose date the targeted-therapy holds (002 §1.5) and the radiotherapy interval (002 §3.7) bind. */
export const DATED_OPERATIONS: readonly SurgicalOption[] = ['tes', 'separation-surgery', 'laminectomy-fixation', 'palliative-surgery', 'long-bone-surgery'];

/**
 * The ordered dose of a bone-modifying agent against the plan (004 Table 2 at the Cockcroft–Gault
 * clearance; denosumab 120 mg, 004 §4.1.2.1). None while the option is closed (its verdict says why)
 * or when the dose is the table's.
 */
export function doseCheck(agent: BmaAgent, orderedMg: number | undefined, facts: PatientFacts, plan: Plan, unread: readonly string[] = []): OrderCheck | null {
  const planned = plan.bma.find((d) => d.agent === agent);
  if (!planned) return null;
  const subject = text(T.agents[agent]);
  const base = { check: 'dose' as const, subject, source: agent === 'denosumab' ? cite('004', '§4.1.2.1') : cite('004', '§4.1.4.2 Table 2') };
  const because = [planned.note, ...(CHECK_READS.dose.some((f) => unread.includes(f)) ? [text(T.unread.clearance)] : [])];
  const crcl = plan.crclMlPerMin;
  if (planned.doseMg === null) {
    const exact = creatinineClearanceExact(facts);
    if (crcl === null || exact === null) return { ...base, outcome: 'unchecked', summary: text(T.dose.noClearance, { agent: subject }), because };
    // ibandronate above 80 mL/min: the table has no row, which is not "not recommended"
    if (agent !== 'denosumab' && !table2Row(agent, exact).row.listed) return { ...base, outcome: 'unchecked', summary: text(T.dose.notListed, { agent: subject, crcl }), because };
    return { ...base, outcome: 'not-recommended', summary: text(T.dose.notRecommended, { agent: subject, crcl }), because, suggestion: { kind: 'remove' } };
  }
  if (orderedMg === undefined) return { ...base, outcome: 'unchecked', summary: text(T.dose.noDose, { agent: subject }), because };
  if (orderedMg === planned.doseMg) return null;
  const summary = agent === 'denosumab'
    ? text(T.dose.denosumabDiffers, { ordered: orderedMg, dose: planned.doseMg })
    : text(T.dose.differs, { agent: subject, ordered: orderedMg, dose: planned.doseMg, crcl: crcl ?? '?' });
  return { ...base, outcome: 'differs', summary, because, suggestion: { kind: 'set-dose', doseMg: planned.doseMg } };
}

/**
 * An operation dated before the earliest surgery date (the end of every targeted-therapy hold, 002
 * §1.5; more than 2 weeks after radiotherapy, 002 §3.7). When the medications or past treatments
 * could not be read, the date is not vouched for: unchecked, unless it is already too early.
 */
export function dateCheck(option: SurgicalOption, orderedDate: string | undefined, dates: PlanDates, unread: readonly string[] = []): OrderCheck | null {
  const subject = text(recommendText.options[option]);
  const missing = CHECK_READS.date.filter((f) => unread.includes(f)).map((f) => text(T.unread[f]));
  const base = { check: 'date' as const, subject, source: cite('002', '§1.5, §3.7') };
  const earliest = dates.earliestSurgery;
  if (earliest && orderedDate && orderedDate < earliest) {
    return { ...base, outcome: 'too-early', summary: text(T.date.tooEarly, { option: subject, date: orderedDate, earliest }), because: [...dates.notes, ...missing] };
  }
  if (missing.length) return { ...base, outcome: 'unchecked', summary: text(T.date.unchecked, { option: subject }), because: [...dates.notes, ...missing] };
  return null;
}

/** The bone-modifying agent an order names, if any. */
const boneAgentOf = (order: OrderDescription): BmaAgent | undefined =>
  order.items.flatMap((item) => (item.kind === 'bone-agent' ? [item.agent] : []))[0];

/**
 * A draft order reviewed: the option it asks for and the checks of its dose (a bone-modifying agent)
 * and date (an operation). `unread`: fact paths the record could not be read for (CHECK_READS).
 * Undefined for an order bonemet does not reason about.
 */
export function reviewOrder(order: OrderDescription, facts: PatientFacts, plan: Plan, unread: readonly string[] = []): OrderReview | undefined {
  const option = optionOfOrder(order);
  if (!option) return undefined;
  const agent = option === 'bma' ? boneAgentOf(order) : undefined;
  const dose = agent ? doseCheck(agent, order.doseMg, facts, plan, unread) : null;
  const operation = DATED_OPERATIONS.find((o) => o === option);
  // a long-bone operation's dates read the long bones (the recommendation's dates are the spine's)
  const dates = operation === 'long-bone-surgery' ? perioperativeDates(facts, operatedLesions(operation, facts)) : plan.dates;
  const date = operation ? dateCheck(operation, order.date, dates, unread) : null;
  return { option, checks: [dose, date].filter((c): c is OrderCheck => c !== null) };
}
