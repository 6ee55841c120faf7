import { localize, type Lang } from '../../i18n/lang.js';
import { recommendText } from '../../i18n/rules/common.js';
import type { OptionAssessment, OptionId, Recommendation, Verdict } from '../../knowledge/rules/index.js';
import { formatSource } from '../../knowledge/sources.js';
import { BONE_AGENT_RXNORM, BONEMET_CS, RADIOTHERAPY_COURSE, RXNORM } from '../fhir/codes.js';

/**
 * CDS Hooks 2.0 cards from bonemet's guideline reasoning (docs/interoperability.md). Pure: the
 * caller gives the recommendation, the language, where the source lives and how to make ids.
 */

export type Indicator = 'info' | 'warning' | 'critical';

export interface Card {
  uuid: string;
  summary: string;
  indicator: Indicator;
  detail: string;
  source: { label: string; url: string };
}

/** critical = contraindicated; warning = not recommended or needs information; info otherwise. */
export function indicatorOf(verdict: Verdict): Indicator {
  if (verdict === 'contraindicated') return 'critical';
  if (verdict === 'not-recommended' || verdict === 'needs-information') return 'warning';
  return 'info';
}

const SUMMARY_MAX = 140;
/** At most 140 characters (CDS Hooks), cut at a character boundary with an ellipsis. */
export function clip(text: string, max = SUMMARY_MAX): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

const RANK: Record<Indicator, number> = { critical: 0, warning: 1, info: 2 };

/** One card per option (all, or the ones named), most urgent first. */
export function cardsFor(recommendation: Recommendation, options: readonly OptionId[] | 'all', lang: Lang, source: { label: string; url: string }, uuid: () => string): Card[] {
  const chosen = recommendation.options.filter((o) => options === 'all' || options.includes(o.option));
  return chosen
    .map((assessment) => card(assessment, recommendation, lang, source, uuid()))
    .sort((a, b) => RANK[a.indicator] - RANK[b.indicator]);
}

const md = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

function card(assessment: OptionAssessment, recommendation: Recommendation, lang: Lang, source: { label: string; url: string }, uuid: string): Card {
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
  if (assessment.conflicts.length) lines.push('', ...assessment.conflicts.map((c) => `- ⚖ ${md(c.why ?? `${c.prevailing} / ${c.overruled}`)}`));
  return { uuid, summary, indicator: indicatorOf(assessment.verdict), detail: lines.join('\n'), source };
}

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
      const surgery = /^surgery-(tes|separation-surgery|laminectomy-fixation|palliative-surgery)$/.exec(code);
      if (surgery) return surgery[1] as OptionId;
    }
    if (system === RADIOTHERAPY_COURSE.system && code === RADIOTHERAPY_COURSE.code) return 'ebrt';
    if (system === RXNORM && Object.values(BONE_AGENT_RXNORM).some((c) => c.code === code)) return 'bma';
  }
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
  { hook: 'patient-view', id: 'bonemet-patient-view', title: 'bonemet: treatment options for bone metastases', description: 'A sourced verdict on each treatment option (PVP/PKP, ablation, surgery, radiotherapy, bone-modifying agents, analgesia, biopsy) from the latest MDT decision facts recorded in bonemet for this patient.' },
  { hook: 'order-select', id: 'bonemet-order-select', title: 'bonemet: check a selected bone-metastasis order', description: 'The guideline verdict on the treatment being ordered (vertebral augmentation, ablation, cementoplasty, spinal surgery, radiotherapy, bone-modifying agent).' },
  { hook: 'order-sign', id: 'bonemet-order-sign', title: 'bonemet: check bone-metastasis orders before signing', description: 'The guideline verdict on each treatment in the orders about to be signed.' },
] as const;
export type CdsServiceId = (typeof CDS_SERVICES)[number]['id'];
export const CDS_PREFETCH = { patient: 'Patient/{{context.patientId}}' } as const;
