import { localize, type Lang } from '../../i18n/lang.js';
import { cdsText } from '../../i18n/cds.js';
import type { PatientFacts } from '../../knowledge/facts/index.js';
import { recommendText } from '../../knowledge/rules/common.text.js';
import type { OptionAssessment as NeutralAssessment, OptionId, Recommendation as NeutralRecommendation, Verdict } from '../../knowledge/rules/index.js';
import { reviewOrder, type OrderCheck } from '../../knowledge/rules/orders.js';
import { formatSource } from '../../knowledge/sources.js';
import { render, renderText, type Rendered } from '../../knowledge/texts.js';
import { BONEMET_CS, UCUM } from '../fhir/codes.js';
import type { Question, UnreadKey } from './facts.js';
import { describeOrder } from './orders.js';

type Recommendation = Rendered<NeutralRecommendation>;
type OptionAssessment = Rendered<NeutralAssessment>;

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

/**
 * Cards for draft orders: the verdict on each option ordered (a contraindicated or not-recommended
 * order gets a "remove" suggestion), then the knowledge core's checks of each order
 * (src/knowledge/rules/orders.ts): the bone-agent dose (an "update" suggestion with the source's
 * dose, or "remove" where the source advises against the agent), an operation dated before the
 * earliest surgery date, and a check that could not be done. `unread`: fact paths the EHR's record
 * could not be read for (facts.ts PREFETCH_FACTS).
 */
export function orderCards(neutral: NeutralRecommendation, facts: PatientFacts, orders: readonly Order[], ctx: CardContext, unread: readonly string[] = []): Card[] {
  const recommendation = render(neutral, ctx.lang);
  const cards: Card[] = [];
  const seen = new Set<OptionId>();
  for (const order of orders) {
    const review = reviewOrder(describeOrder(order), facts, neutral.plan, unread);
    if (!review) continue;
    const { option } = review;
    const reference = order.id !== undefined ? `${String(order.resourceType)}/${String(order.id)}` : undefined;
    if (!seen.has(option)) {
      seen.add(option);
      const assessment = recommendation.options.find((o) => o.option === option)!;
      const c = card(assessment, recommendation, ctx);
      if ((assessment.verdict === 'contraindicated' || assessment.verdict === 'not-recommended') && reference) {
        c.suggestions = [removal(reference, localize(recommendText.options[option], ctx.lang), ctx)];
        c.selectionBehavior = 'at-most-one';
      }
      cards.push(c);
    }
    cards.push(...review.checks.map((check) => checkCard(check, option, order, reference, ctx)));
  }
  return cards.sort(byUrgency);
}

function removal(reference: string, agent: string, ctx: CardContext): Suggestion {
  return { label: localize(cdsText.dose.removeLabel, ctx.lang), uuid: ctx.uuid(), actions: [{ type: 'delete', description: localize(cdsText.dose.removeDescription, ctx.lang, { agent }), resourceId: reference }] };
}

/** The order with the first dosage's dose set to `doseMg` mg, every other field kept. */
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

/** One check of an order as a warning card, with the suggestion the check supports. */
function checkCard(check: OrderCheck, option: OptionId, order: Order, reference: string | undefined, ctx: CardContext): Card {
  const { lang } = ctx;
  const subject = renderText(check.subject, lang);
  const [first, ...rest] = check.because.map((b) => md(renderText(b, lang)));
  const lines = [`**${md(subject)}**`, '', ...(first ? [`- ${first} _(${md(formatSource(check.source))})_`] : []), ...rest.map((b) => `- ${b}`)];
  const c: Card = { uuid: ctx.uuid(), summary: clip(renderText(check.summary, lang)), indicator: 'warning', detail: lines.join('\n'), ...base(ctx, option) };
  const suggestion = check.suggestion;
  if (suggestion?.kind === 'set-dose') {
    const dose = suggestion.doseMg;
    c.suggestions = [{
      label: localize(cdsText.dose.changeLabel, lang, { dose }), uuid: ctx.uuid(), isRecommended: true,
      actions: [{ type: 'update', description: localize(cdsText.dose.changeDescription, lang, { agent: subject, dose }), resource: withDose(order, dose) }],
    }];
    c.selectionBehavior = 'at-most-one';
  } else if (suggestion?.kind === 'remove' && reference) {
    c.suggestions = [removal(reference, subject, ctx)];
    c.selectionBehavior = 'at-most-one';
  }
  return c;
}

/**
 * A warning card naming the prefetch keys bonemet could neither take from the prefetch nor read
 * from the FHIR server, why, and what they would have given the rules.
 */
export function unreadCard(unread: readonly UnreadKey[], ctx: CardContext): Card[] {
  if (unread.length === 0) return [];
  const { lang } = ctx;
  const keys = unread.map((u) => localize(cdsText.unread.keys[u.key], lang));
  const lines = [
    localize(cdsText.unread.intro, lang), '',
    ...unread.map((u) => `- \`prefetch.${u.key}\` — ${md(localize(cdsText.unread.keys[u.key], lang))} (${md(localize(cdsText.unread.gives[u.key], lang))}): ${md(localize(cdsText.unread.reasons[u.reason], lang))}`),
  ];
  return [{ uuid: ctx.uuid(), summary: clip(localize(cdsText.unread.summary, lang, { keys: keys.join(localize(cdsText.unread.separator, lang)) })), indicator: 'warning', detail: lines.join('\n'), ...base(ctx, undefined) }];
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
