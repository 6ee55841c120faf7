import { localize, type Lang } from '../../i18n/lang.js';
import { recommendText } from '../../knowledge/rules/common.text.js';
import type { OptionAssessment as NeutralAssessment, OptionId, Recommendation as NeutralRecommendation, Verdict } from '../../knowledge/rules/index.js';
import { render, renderText, type Rendered } from '../../knowledge/texts.js';
import type { Question } from './facts.js';

type Recommendation = Rendered<NeutralRecommendation>;
type OptionAssessment = Rendered<NeutralAssessment>;
import { formatSource } from '../../knowledge/sources.js';
import { BMA_AGENTS, type BmaAgent } from '../../knowledge/rules/plan.js';
import { cdsText } from '../../i18n/cds.js';
import { BONE_AGENT_RXNORM, BONEMET_CS, RADIOTHERAPY_COURSE, RXNORM, UCUM } from '../fhir/codes.js';
import { CISPLATIN_RXNORM, OPIOID_RXNORM } from './facts.js';
import { isSystemicAnticancerClass, namesLongBoneOperation, namesSystemicAnticancerAgent } from './orders.js';

/**
 * CDS Hooks 2.0 cards from bonemet's guideline reasoning (docs/interoperability.md). Pure: the
 * caller gives the recommendation, the language, where the source lives and how to make ids.
 */

export type Indicator = 'info' | 'warning' | 'critical';

/** A CDS Hooks 2.0 Coding (system, code, display). */
export interface CdsCoding {
  system: string;
  code: string;
  display?: string;
}
export interface Action {
  type: 'create' | 'update' | 'delete';
  description: string;
  resource?: Record<string, unknown>;
  resourceId?: string;
}
export interface Suggestion {
  label: string;
  uuid: string;
  isRecommended?: boolean;
  actions: Action[];
}
export interface Link {
  label: string;
  url: string;
  type: 'absolute' | 'smart';
}
export interface Card {
  uuid: string;
  summary: string;
  indicator: Indicator;
  detail: string;
  source: { label: string; url: string; topic?: CdsCoding };
  suggestions?: Suggestion[];
  selectionBehavior?: 'at-most-one' | 'any';
  overrideReasons?: CdsCoding[];
  links?: Link[];
}

/** Where cards point and how they get ids (the shell supplies them). */
export interface CardContext {
  lang: Lang;
  /** The rule documentation (card.source.url). */
  rulesUrl: string;
  /** The patient's decision page in bonemet, when the patient is in the registry (absolute URL). */
  decisionUrl?: string;
  uuid: () => string;
}

/** critical = contraindicated; warning = not recommended or needs information; info otherwise. */
export function indicatorOf(verdict: Verdict): Indicator {
  if (verdict === 'contraindicated') return 'critical';
  if (verdict === 'not-recommended' || verdict === 'needs-information') return 'warning';
  return 'info';
}

/** CDS Hooks 2.0: "One-sentence, <140-character summary". */
export const SUMMARY_MAX = 139;
/** At most SUMMARY_MAX characters, cut at a character boundary with an ellipsis. */
export function clip(text: string, max = SUMMARY_MAX): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

const RANK: Record<Indicator, number> = { critical: 0, warning: 1, info: 2 };
const byUrgency = (a: Card, b: Card) => RANK[a.indicator] - RANK[b.indicator];

/** The override reasons every card offers (feedback records the code). */
export const OVERRIDE_REASON_SYSTEM = `${BONEMET_CS}-override-reason`;
const overrideReasons = (lang: Lang): CdsCoding[] =>
  (Object.keys(cdsText.override) as (keyof typeof cdsText.override)[]).map((code) => ({ system: OVERRIDE_REASON_SYSTEM, code, display: localize(cdsText.override[code], lang) }));

function base(ctx: CardContext, option: OptionId | undefined): Pick<Card, 'source' | 'overrideReasons' | 'links'> {
  return {
    source: { label: localize(cdsText.source, ctx.lang), url: ctx.rulesUrl, ...(option ? { topic: { system: BONEMET_CS, code: `option-${option}`, display: localize(recommendText.options[option], 'en') } } : {}) },
    overrideReasons: overrideReasons(ctx.lang),
    ...(ctx.decisionUrl ? { links: [{ label: localize(cdsText.openDecision, ctx.lang), url: ctx.decisionUrl, type: 'absolute' as const }] } : {}),
  };
}

/** One card per option (all, or the ones named), most urgent first. */
export function cardsFor(neutral: NeutralRecommendation, options: readonly OptionId[] | 'all', ctx: CardContext): Card[] {
  const recommendation = render(neutral, ctx.lang);
  const chosen = recommendation.options.filter((o) => options === 'all' || options.includes(o.option));
  return chosen.map((assessment) => card(assessment, recommendation, ctx)).sort(byUrgency);
}

const md = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

function card(assessment: OptionAssessment, recommendation: Recommendation, ctx: CardContext): Card {
  const { lang } = ctx;
  const option = localize(recommendText.options[assessment.option], lang);
  const verdict = localize(recommendText.verdicts[assessment.verdict], lang);
  const decisive = assessment.findings.find((f) => f.id === assessment.decidedBy);
  const summary = clip(`${option}: ${verdict}${decisive?.because[0] ? ` — ${decisive.because[0]}` : ''}`);
  const lines = [`**${md(option)}: ${md(verdict)}**`, ''];
  for (const f of assessment.findings) {
    const because = f.because.map(md).join(' ');
    lines.push(`- ${md(localize(recommendText.verdicts[f.verdict], lang))}: ${because} _(${md(formatSource(f.source))}${f.evidence ? `, ${md(f.evidence)}` : ''})_`);
  }
  const needs = recommendation.needs.filter((n) => n.options.includes(assessment.option));
  if (needs.length) lines.push('', ...needs.map((n) => `- ? \`${n.fact}\`: ${n.why.map(md).join(' ')}`));
  if (assessment.conflicts.length) lines.push('', ...assessment.conflicts.map((c) => `- ⚖ ${md(c.why)}`));
  return { uuid: ctx.uuid(), summary, indicator: indicatorOf(assessment.verdict), detail: lines.join('\n'), ...base(ctx, assessment.option) };
}

/**
 * What bonemet read from the EHR's record, with dates, and the values it did not use: a warning card
 * when something was not used; otherwise an info card when `always` (patient-view), else none.
 */
export function recordCard(questions: readonly Question[], read: readonly string[], always: boolean, ctx: CardContext): Card[] {
  if (questions.length === 0 && (!always || read.length === 0)) return [];
  const lines: string[] = [];
  if (questions.length) lines.push(localize(cdsText.questionsIntro, ctx.lang), '', ...questions.map((q) => `- \`${q.fact}\` (${md(q.at)}): ${md(renderText(q.message, ctx.lang))}`), '');
  if (read.length) lines.push(localize(cdsText.readIntro, ctx.lang), '', ...read.map((r) => `- ${md(r)}`));
  const summary = questions.length ? localize(cdsText.questionsSummary, ctx.lang, { n: questions.length }) : localize(cdsText.readSummary, ctx.lang, { n: read.length });
  return [{ uuid: ctx.uuid(), summary: clip(summary), indicator: questions.length ? 'warning' : 'info', detail: lines.join('\n').trim(), ...base(ctx, undefined) }];
}

/** A card saying the record lacks what every rule needs (age and sex). */
export function noFactsCard(questions: readonly Question[], ctx: CardContext): Card[] {
  const lines = [localize(cdsText.noFacts, ctx.lang), '', ...questions.map((q) => `- \`${q.fact}\` (${md(q.at)}): ${md(renderText(q.message, ctx.lang))}`)];
  return [{ uuid: ctx.uuid(), summary: clip(localize(cdsText.noFacts, ctx.lang)), indicator: 'warning', detail: lines.join('\n'), ...base(ctx, undefined) }];
}

type Order = Record<string, unknown>;
const SURGERY: readonly OptionId[] = ['tes', 'separation-surgery', 'laminectomy-fixation', 'palliative-surgery'];

/**
 * Cards for draft orders: the verdict on each option ordered (a contraindicated or not-recommended
 * order gets a "remove" suggestion), the ordered bone-agent dose against 004 Table 2 / §4.1.2.1 (an
 * "update" suggestion with the dose the plan computed), and a surgery dated before the earliest date
 * the drug holds and radiotherapy allow.
 */
export function orderCards(neutral: NeutralRecommendation, orders: readonly Order[], ctx: CardContext): Card[] {
  const recommendation = render(neutral, ctx.lang);
  const cards: Card[] = [];
  const seen = new Set<OptionId>();
  for (const order of orders) {
    const option = optionOfOrder(order);
    if (!option) continue;
    const assessment = recommendation.options.find((o) => o.option === option)!;
    const reference = `${String(order.resourceType)}/${String(order.id)}`;
    if (!seen.has(option)) {
      seen.add(option);
      const c = card(assessment, recommendation, ctx);
      if ((assessment.verdict === 'contraindicated' || assessment.verdict === 'not-recommended') && order.id !== undefined) {
        c.suggestions = [removal(reference, localize(recommendText.options[option], ctx.lang), ctx)];
        c.selectionBehavior = 'at-most-one';
      }
      cards.push(c);
    }
    if (option === 'bma') cards.push(...doseCards(recommendation, order, reference, ctx));
    if (SURGERY.includes(option)) cards.push(...dateCards(recommendation, option, order, ctx));
  }
  return cards.sort(byUrgency);
}

function removal(reference: string, agent: string, ctx: CardContext): Suggestion {
  return { label: localize(cdsText.dose.removeLabel, ctx.lang), uuid: ctx.uuid(), actions: [{ type: 'delete', description: localize(cdsText.dose.removeDescription, ctx.lang, { agent }), resourceId: reference }] };
}

/** The bone-modifying agent an order names: zoledronic acid or denosumab by RxNorm, any by its bonemet code. */
export function agentOfOrder(order: Order): BmaAgent | undefined {
  const coding = codingsOf(order.medicationCodeableConcept);
  for (const { system, code } of coding) {
    if (system === RXNORM) {
      const found = Object.entries(BONE_AGENT_RXNORM).find(([, c]) => c.code === code);
      if (found) return found[0] as BmaAgent;
    }
    if (system === BONEMET_CS && code?.startsWith('agent-') && (BMA_AGENTS as readonly string[]).includes(code.slice(6))) return code.slice(6) as BmaAgent;
  }
  return undefined;
}

/** The ordered dose in mg (first dosageInstruction's doseQuantity), if given in mg. */
export function orderedDoseMg(order: Order): number | undefined {
  const dosage = (Array.isArray(order.dosageInstruction) ? order.dosageInstruction[0] : undefined) as { doseAndRate?: { doseQuantity?: { value?: unknown; code?: unknown; unit?: unknown } }[] } | undefined;
  const q = dosage?.doseAndRate?.[0]?.doseQuantity;
  return typeof q?.value === 'number' && (q.code === 'mg' || (q.code === undefined && q.unit === 'mg')) ? q.value : undefined;
}

function withDose(order: Order, doseMg: number): Order {
  const copy = structuredClone(order);
  const dosage = Array.isArray(copy.dosageInstruction) && copy.dosageInstruction.length ? (copy.dosageInstruction as Record<string, unknown>[]) : [{}];
  const first = dosage[0]!;
  const rates = Array.isArray(first.doseAndRate) && first.doseAndRate.length ? (first.doseAndRate as Record<string, unknown>[]) : [{}];
  rates[0] = { ...rates[0], doseQuantity: { value: doseMg, unit: 'mg', system: UCUM, code: 'mg' } };
  first.doseAndRate = rates;
  copy.dosageInstruction = dosage;
  return copy;
}

function doseCards(recommendation: Recommendation, order: Order, reference: string, ctx: CardContext): Card[] {
  const agent = agentOfOrder(order);
  if (!agent) return [];
  const planned = recommendation.plan.bma.find((d) => d.agent === agent);
  if (!planned) return []; // the option is closed: its verdict card says why
  const { lang } = ctx;
  const name = localize(cdsText.agents[agent], lang);
  const crcl = recommendation.plan.crclMlPerMin;
  const ordered = orderedDoseMg(order);
  const detail = (extra: string[]) => [`**${md(name)}**`, '', `- ${md(planned.note)} _(${agent === 'denosumab' ? '004 §4.1.2.1' : '004 §4.1.4.2 Table 2'})_`, ...extra.map((e) => `- ${md(e)}`)].join('\n');
  if (planned.doseMg === null) {
    if (crcl === null) return [{ uuid: ctx.uuid(), summary: clip(localize(cdsText.dose.unknownSummary, lang, { agent: name })), indicator: 'warning', detail: detail([]), ...base(ctx, 'bma') }];
    return [{
      uuid: ctx.uuid(), summary: clip(localize(cdsText.dose.notRecommendedSummary, lang, { agent: name, crcl })), indicator: 'warning', detail: detail([]), ...base(ctx, 'bma'),
      ...(order.id !== undefined ? { suggestions: [removal(reference, name, ctx)], selectionBehavior: 'at-most-one' as const } : {}),
    }];
  }
  if (ordered === undefined) return [{ uuid: ctx.uuid(), summary: clip(localize(cdsText.dose.unreadable, lang)), indicator: 'warning', detail: detail([localize(cdsText.dose.unreadable, lang)]), ...base(ctx, 'bma') }];
  if (ordered === planned.doseMg) return [];
  const summary = agent === 'denosumab'
    ? localize(cdsText.dose.denosumabSummary, lang, { ordered: `${ordered} mg`, dose: planned.doseMg })
    : localize(cdsText.dose.summary, lang, { agent: name, ordered: `${ordered} mg`, dose: planned.doseMg, crcl: crcl ?? '?' });
  return [{
    uuid: ctx.uuid(), summary: clip(summary), indicator: 'warning', detail: detail([]), ...base(ctx, 'bma'),
    suggestions: [{
      label: localize(cdsText.dose.changeLabel, lang, { dose: planned.doseMg }), uuid: ctx.uuid(), isRecommended: true,
      actions: [{ type: 'update', description: localize(cdsText.dose.changeDescription, lang, { agent: name, dose: planned.doseMg }), resource: withDose(order, planned.doseMg) }],
    }],
    selectionBehavior: 'at-most-one',
  }];
}

/** A surgery ordered before the earliest date (targeted-therapy holds, after radiotherapy; 002 §1.5, §3.7). */
function dateCards(recommendation: Recommendation, option: OptionId, order: Order, ctx: CardContext): Card[] {
  const earliest = recommendation.plan.dates.earliestSurgery;
  const raw = typeof order.occurrenceDateTime === 'string' ? order.occurrenceDateTime : (order.occurrencePeriod as { start?: unknown } | undefined)?.start;
  const date = typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : undefined;
  if (!earliest || !date || date >= earliest) return [];
  const name = localize(recommendText.options[option], ctx.lang);
  const detail = [`**${md(name)}**`, '', ...recommendation.plan.dates.notes.map((n) => `- ${md(n)}`)].join('\n');
  return [{ uuid: ctx.uuid(), summary: clip(localize(cdsText.date.summary, ctx.lang, { option: name, date, earliest })), indicator: 'warning', detail, ...base(ctx, option) }];
}

const codingsOf = (concept: unknown): { system?: string; code?: string }[] =>
  concept && typeof concept === 'object' && Array.isArray((concept as { coding?: unknown }).coding) ? (concept as { coding: { system?: string; code?: string }[] }).coding : [];

/** The option a draft order (ServiceRequest, Procedure, MedicationRequest …) asks for, if bonemet reasons about it. */
export function optionOfOrder(resource: Record<string, unknown>): OptionId | undefined {
  const concepts = [resource.code, resource.medicationCodeableConcept, ...(Array.isArray(resource.category) ? resource.category : [])];
  const codings = concepts.flatMap((c) => (c && typeof c === 'object' && Array.isArray((c as { coding?: unknown }).coding) ? (c as { coding: { system?: string; code?: string }[] }).coding : []));
  for (const { system, code } of codings) {
    if (!code) continue;
    if (system === BONEMET_CS) {
      if (code === 'treatment-pvp' || code === 'treatment-pkp') return 'pvp';
      if (code === 'treatment-cementoplasty') return 'cementoplasty';
      if (code === 'ablation-rfa') return 'rfa';
      if (code === 'ablation-mwa') return 'mwa';
      if (code === 'rt-sbrt' || code === 'rt-ssrs') return 'sbrt';
      if (code === 'treatment-radiotherapy') return 'ebrt';
      if (code === 'treatment-bone-modifying-agent' || code.startsWith('agent-') && !code.startsWith('agent-class-')) return 'bma';
      if (code.startsWith('agent-class-') && isSystemicAnticancerClass(code.slice('agent-class-'.length))) return 'systemic-therapy';
      const surgery = /^surgery-(tes|separation-surgery|laminectomy-fixation|palliative-surgery)$/.exec(code);
      if (surgery) return surgery[1] as OptionId;
    }
    if (system === RADIOTHERAPY_COURSE.system && code === RADIOTHERAPY_COURSE.code) return 'ebrt';
    if (system === RXNORM && Object.values(BONE_AGENT_RXNORM).some((c) => c.code === code)) return 'bma';
    if (system === RXNORM && Object.values(OPIOID_RXNORM).includes(code)) return 'analgesia';
    if (system === RXNORM && code === CISPLATIN_RXNORM) return 'systemic-therapy';
  }
  // Without a code bonemet knows: by text (orders.ts).
  if (namesSystemicAnticancerAgent(resource)) return 'systemic-therapy';
  if (namesLongBoneOperation(resource)) return 'long-bone-surgery';
  return undefined;
}

/** The first of en, zh, ja the Accept-Language header asks for (by q), else en. */
export function langOf(header: string | undefined): Lang {
  const ranked = (header ?? '').split(',').map((part, i) => {
    const [tag, ...params] = part.trim().split(';');
    const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? '1');
    return { lang: tag!.trim().toLowerCase().split('-')[0]!, q: Number.isNaN(q) ? 0 : q, i };
  }).filter((x) => x.q > 0).sort((a, b) => b.q - a.q || a.i - b.i);
  const found = ranked.find((x) => x.lang === 'en' || x.lang === 'zh' || x.lang === 'ja');
  return (found?.lang as Lang | undefined) ?? 'en';
}

/** The discovery document's services. */
export const CDS_SERVICES = [
  { hook: 'patient-view', id: 'bonemet-patient-view', title: 'bonemet: treatment options for bone metastases', description: 'A sourced verdict on each treatment option (PVP/PKP, ablation, surgery, radiotherapy, bone-modifying agents, analgesia, biopsy) for a patient with bone metastases, from the EHR record (prefetch or the FHIR server) over the latest MDT decision facts recorded in bonemet.' },
  { hook: 'order-select', id: 'bonemet-order-select', title: 'bonemet: check a selected bone-metastasis order', description: 'The guideline verdict on the treatment being ordered (vertebral augmentation, ablation, cementoplasty, spinal or long-bone surgery, radiotherapy, bone-modifying agent, systemic anticancer therapy, opioid), the bone-agent dose at the creatinine clearance and the surgery date against drug holds.' },
  { hook: 'order-sign', id: 'bonemet-order-sign', title: 'bonemet: check bone-metastasis orders before signing', description: 'The guideline verdict, bone-agent dose and surgery date of each treatment in the orders about to be signed.' },
] as const;
export type CdsServiceId = (typeof CDS_SERVICES)[number]['id'];
export { CDS_PREFETCH } from './facts.js';
