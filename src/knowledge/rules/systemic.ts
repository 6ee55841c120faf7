import { supportiveText as S, systemicText as T } from './systemic.text.js';
import { text, type Text } from '../text.js';
import type { PatientFacts } from '../facts/index.js';
import { esccBand } from '../instruments/escc.js';
import { isLungCancer } from '../histology.js';
import { cite } from '../sources.js';
import { boneLesionCount } from './biopsy.js';
import { histologyInSentence } from './bma.js';
import { spinalLesions } from './context.js';
import { assess, finding, graded, need, type Finding, type Need, type OptionAssessment, type RuleInfo } from './finding.js';

/**
 * Systemic anticancer therapy as an option (004 §4.2, rec 9) and psychological support (004 §4.7).
 * 004 is a lung-cancer guideline: for another primary these are offered for consideration only.
 */

const narrative = (section: string) => ({ strength: 'narrative' as const, evidence: null, source: cite('004', section) });

const histologyName = (facts: PatientFacts): Text => {
  const histology = facts.primary.histology;
  return histology ? histologyInSentence(histology) : text(S.histologyUnknown);
};

/** 004 rec 9 (1C) for multiple bone metastases, else 004 §4.2 (advanced lung cancer), else extrapolated. */
export function systemicIndication(facts: PatientFacts): Finding {
  const histology = facts.primary.histology;
  if (histology === undefined) {
    return finding({ id: 'systemic-therapy.indication', verdict: 'needs-information', ...narrative('§4.2'), because: [T.histologyUnknown], needs: [need('primary.histology', T.why.histology)] });
  }
  if (!isLungCancer(histology)) {
    return finding({ id: 'systemic-therapy.indication', verdict: 'consider', ...narrative('§4.2'), because: [text(T.extrapolated, { histology: histologyName(facts) })] });
  }
  const count = boneLesionCount(facts);
  if (count !== null && count >= 2) {
    return finding({ id: 'systemic-therapy.indication', verdict: 'recommended', ...graded('lc-bone-rec-9'), because: [text(T.multiple, { count }), text(T.advanced)] });
  }
  // §4.2 speaks of advanced NSCLC; small-cell lung cancer is named in §4.2.1
  if (histology === 'lung-sclc') return finding({ id: 'systemic-therapy.indication', verdict: 'recommended', ...narrative('§4.2.1'), because: [T.smallCell] });
  return finding({ id: 'systemic-therapy.indication', verdict: 'recommended', ...narrative('§4.2'), because: [T.advanced] });
}

/** 004 §4.2.1: platinum-based doublets first line (small-cell and non-small-cell lung cancer). */
export function chemotherapy(facts: PatientFacts): Finding | null {
  if (!isLungCancer(facts.primary.histology)) return null;
  return finding({ id: 'systemic-therapy.chemotherapy', verdict: 'info', ...narrative('§4.2.1'), because: [T.chemotherapy] });
}

/** 004 §4.2.3: EGFR-TKIs for EGFR-mutant NSCLC; ALK is not discussed (open reading); unknown drivers asked for. */
export function targetedByDriver(facts: PatientFacts): Finding | null {
  if (facts.primary.histology !== 'lung-nsclc') return null;
  const { egfr, alk } = facts.primary;
  const because: Text[] = [];
  const needs: Need[] = [];
  if (egfr === 'mutant') because.push(text(T.egfr));
  if (alk === 'rearranged') because.push(text(T.alk));
  if (because.length === 0) {
    const egfrOpen = egfr === undefined || egfr === 'unknown';
    const alkOpen = alk === undefined || alk === 'unknown';
    if (!egfrOpen && !alkOpen) return null;
    because.push(text(T.driverUnknown));
    if (egfrOpen) needs.push(need('primary.egfr', T.why.egfr));
    if (alkOpen) needs.push(need('primary.alk', T.why.alk));
  }
  return finding({ id: 'systemic-therapy.targeted-by-driver', verdict: 'info', ...narrative('§4.2.3'), because, needs });
}

/** 004 §4.2.2: immune checkpoint inhibitors, better with denosumab than alone. */
export function immunotherapy(facts: PatientFacts): Finding | null {
  if (facts.primary.histology !== 'lung-nsclc') return null;
  return finding({ id: 'systemic-therapy.immunotherapy', verdict: 'info', ...narrative('§4.2.2'), because: [T.immunotherapy] });
}

/** 004 §4.2.4: bevacizumab and bone response. */
export function antiAngiogenic(facts: PatientFacts): Finding | null {
  if (facts.primary.histology !== 'lung-nsclc') return null;
  return finding({ id: 'systemic-therapy.anti-angiogenic', verdict: 'info', ...narrative('§4.2.4'), because: [T.antiAngiogenic] });
}

/** 004 §4.2 with 002 §1.1 and §1.5: combinations, wound healing and holds; what the sources leave open. */
export function interplay(): Finding {
  return finding({ id: 'systemic-therapy.interplay', verdict: 'info', ...narrative('§4.2'), because: [T.interplay] });
}

/** 002 §1.3: chemotherapy is slow; a deficit or cord compression is treated locally first. */
export function symptomaticLocalFirst(facts: PatientFacts): Finding | null {
  const deficit = facts.neurology !== undefined && facts.neurology.frankel !== 'E';
  const compression = spinalLesions(facts).some((l) => l.escc !== undefined && esccBand(l.escc) === 'high-grade');
  if (!deficit && !compression) return null;
  return finding({ id: 'systemic-therapy.symptomatic-local-first', verdict: 'info', strength: 'consensus', evidence: null, source: cite('002', '§1.3'), because: [T.symptomatic] });
}

export function assessSystemicTherapy(facts: PatientFacts): OptionAssessment {
  const indication = systemicIndication(facts);
  if (indication.verdict === 'needs-information') return assess('systemic-therapy', [indication, symptomaticLocalFirst(facts)]);
  return assess('systemic-therapy', [
    indication,
    symptomaticLocalFirst(facts),
    chemotherapy(facts),
    targetedByDriver(facts),
    immunotherapy(facts),
    antiAngiogenic(facts),
    interplay(),
  ]);
}

/** 004 §4.7: psychological support — necessary in lung cancer, considered for others. */
export function psychologicalSupport(facts: PatientFacts): Finding {
  const lung = isLungCancer(facts.primary.histology);
  return finding({
    id: 'supportive-care.psychological-support',
    verdict: lung ? 'recommended' : 'consider',
    ...narrative('§4.7'),
    because: [lung ? text(S.lung) : text(S.other, { histology: histologyName(facts) })],
  });
}

/** 004 §4.7: anxiety or depression → psychotropic medication may be combined, especially when severe. */
export function anxietyDepression(facts: PatientFacts): Finding | null {
  const state = facts.anxietyDepression;
  if (state === 'none') return null;
  const because = state === 'severe' ? S.severe : state === 'mild-moderate' ? S.mild : S.unknown;
  const needs = state === undefined ? [need('anxietyDepression', S.why)] : [];
  return finding({ id: 'supportive-care.anxiety-depression', verdict: 'info', ...narrative('§4.7'), because: [because], needs });
}

export function assessSupportiveCare(facts: PatientFacts): OptionAssessment {
  return assess('supportive-care', [psychologicalSupport(facts), anxietyDepression(facts)]);
}

export const SYSTEMIC_RULES: RuleInfo[] = [
  { id: 'systemic-therapy.indication', option: 'systemic-therapy', tier: ['recommendation', 'narrative'], decides: 'Lung cancer with multiple bone metastases: systemic therapy first with stepwise analgesia (recommended, 1C); non-small-cell lung cancer otherwise: sequential systemic therapy before local treatment (recommended, 004 §4.2 text); small-cell lung cancer: recommended (004 §4.2.1 text); another primary: consider (004 speaks of lung cancer); histology unknown: needs information.', sources: [cite('004', 'rec 9 (1C)'), cite('004', '§4.2'), cite('004', '§4.2.1')] },
  { id: 'systemic-therapy.symptomatic-local-first', option: 'systemic-therapy', decides: 'Neurological deficit or ESCC 2–3: chemotherapy is slow and generally for patients without or with mild symptoms — local treatment first (note).', sources: [cite('002', '§1.3')] },
  { id: 'systemic-therapy.chemotherapy', option: 'systemic-therapy', decides: 'Lung cancer: platinum-based doublet first-line chemotherapy, by general condition and tumour biology, adjusted to tolerance (note).', sources: [cite('004', '§4.2.1')] },
  { id: 'systemic-therapy.targeted-by-driver', option: 'systemic-therapy', decides: 'NSCLC: EGFR-mutant → EGFR-TKIs (slow bone destruction, fewer SREs) integrated with bone agents; ALK-rearranged → not discussed by 004 (open reading); driver status unknown → asked for (note).', sources: [cite('004', '§4.2.3')] },
  { id: 'systemic-therapy.immunotherapy', option: 'systemic-therapy', decides: 'NSCLC: immune checkpoint inhibitors — bone response complex; with denosumab better bone control and overall survival than ICIs alone (note).', sources: [cite('004', '§4.2.2')] },
  { id: 'systemic-therapy.anti-angiogenic', option: 'systemic-therapy', decides: 'NSCLC: bevacizumab raises bone response and disease-control rates (note).', sources: [cite('004', '§4.2.4')] },
  { id: 'systemic-therapy.interplay', option: 'systemic-therapy', decides: 'Combinations with anti-angiogenics, ICIs and bone agents; VEGF/EGFR-targeted drugs delay wound healing and are held before surgery (002 §1.5); the ONJ risk of anti-angiogenics with bone agents and holds around radiotherapy or PVP are not addressed by the sources (open readings, note).', sources: [cite('004', '§4.2'), cite('002', '§1.1'), cite('002', '§1.5')] },
  { id: 'supportive-care.psychological-support', option: 'supportive-care', decides: 'Psychological support (CBT, family support, CALM): recommended in lung cancer (necessary; highest depression prevalence), consider for other primaries.', sources: [cite('004', '§4.7')] },
  { id: 'supportive-care.anxiety-depression', option: 'supportive-care', decides: 'Anxiety or depression: psychotropic medication may be combined, especially when severe; not recorded: asked for (note).', sources: [cite('004', '§4.7')] },
];
