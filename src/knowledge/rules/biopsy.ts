import { biopsyText as T } from './biopsy.text.js';
import { localize, type Lang } from '../../i18n/lang.js';
import type { PatientFacts } from '../facts/index.js';
import { isLungCancer } from '../histology.js';
import { cite } from '../sources.js';
import { spinalLesions } from './context.js';
import { assess, localizedFinding, graded, localizedNeed, type Finding, type OptionAssessment, type RuleInfo } from './finding.js';

/** Bone lesions in all (vertebral + extraspinal counts); null unless both counts are given. */
export function boneLesionCount(facts: PatientFacts): number | null {
  const { spinal, extraspinalBone } = facts.metastases;
  return spinal === undefined || extraspinalBone === undefined ? null : spinal + extraspinalBone;
}

/** 004 §3.1.1: bone pain, hypercalcaemia, raised ALP and cord-compression symptoms mark high risk. */
function highRiskFeatures(facts: PatientFacts, lang: Lang): string[] {
  const features: string[] = [];
  const painful = (facts.pain?.score ?? 0) > 0 || facts.lesions.some((l) => l.painful);
  if (painful) features.push(localize(T.features.pain, lang));
  if (facts.hypercalcaemia) features.push(localize(T.features.hypercalcaemia, lang));
  if (facts.labs.alpRaised) features.push(localize(T.features.alp, lang));
  const cord = (facts.neurology && facts.neurology.frankel !== 'E') || spinalLesions(facts).some((l) => l.escc === '2' || l.escc === '3');
  if (cord) features.push(localize(T.features.cord, lang));
  return features;
}

/** 004 rec 1 (1A): confirmed lung cancer with high-risk features → bone scintigraphy first. */
export function boneScanFirst(facts: PatientFacts, lang: Lang): Finding | null {
  if (!isLungCancer(facts.primary.histology) || facts.primary.boneMetastasisConfirmed) return null;
  if (facts.diagnosis.boneScan === 'positive' || facts.diagnosis.boneScan === 'negative') return null;
  const features = highRiskFeatures(facts, lang);
  if (features.length === 0) return null;
  return localizedFinding(lang, {
    id: 'biopsy.bone-scan-first',
    verdict: 'info',
    ...graded('lc-bone-rec-1'),
    because: [T.boneScanFirst],
    needs: facts.primary.boneMetastasisConfirmed === undefined ? [localizedNeed(lang, 'primary.boneMetastasisConfirmed', T.why.confirmed)] : [],
  }, { features: features.join(localize(T.separator, lang)) });
}

/** 004 rec 2 (2A): a positive scan is confirmed with CT, MRI, PET/CT or biopsy. */
export function positiveScanWorkUp(facts: PatientFacts, lang: Lang): Finding | null {
  if (facts.diagnosis.boneScan !== 'positive' || facts.primary.boneMetastasisConfirmed) return null;
  return localizedFinding(lang, { id: 'biopsy.positive-scan-work-up', verdict: 'consider', ...graded('lc-bone-rec-2'), because: [T.positiveScan] });
}

/** 002 §1.4: no cancer history, an unknown primary, or a long-inactive primary → biopsy first. */
export function biopsyForUncertainPrimary(facts: PatientFacts, lang: Lang): Finding | null {
  const { cancerHistory, histology } = facts.primary;
  if (cancerHistory === 'none' || histology === 'unknown-primary') {
    return localizedFinding(lang, { id: 'biopsy.no-history-or-unknown-primary', verdict: 'recommended', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [T.noHistory] });
  }
  if (cancerHistory === 'known-inactive') {
    return localizedFinding(lang, { id: 'biopsy.long-inactive-primary', verdict: 'recommended', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [T.longInactive] });
  }
  return null;
}

/** 004 rec 3 (1A) and §3.1.7: solitary → biopsy; confirmed lung cancer with multiple lesions → no biopsy. */
export function biopsyByLesionCount(facts: PatientFacts, lang: Lang): Finding | null {
  const count = boneLesionCount(facts);
  if (count === null) return null;
  const lung = isLungCancer(facts.primary.histology);
  if (count === 1) {
    return lung
      ? localizedFinding(lang, { id: 'biopsy.solitary-lesion', verdict: 'recommended', ...graded('lc-bone-rec-3'), because: [T.solitaryLung] })
      : localizedFinding(lang, { id: 'biopsy.solitary-lesion', verdict: 'recommended', strength: 'narrative', evidence: null, source: cite('004', '§3.1.7'), because: [T.solitaryAny] });
  }
  if (count > 1 && lung && facts.primary.cancerHistory !== 'none') {
    return localizedFinding(lang, { id: 'biopsy.multiple-lesions-lung', verdict: 'not-recommended', ...graded('lc-bone-rec-3'), because: [T.multipleLung] }, { count });
  }
  if (count > 1 && facts.primary.cancerHistory === 'known-active') {
    return localizedFinding(lang, { id: 'biopsy.widespread-disease', verdict: 'consider', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [T.widespread] });
  }
  return null;
}

/** 002 §1.4: a progressing deficit goes straight to decompression. */
export function decompressWithoutBiopsy(facts: PatientFacts, lang: Lang): Finding | null {
  if (!facts.neurology?.deficitProgressing) return null;
  return localizedFinding(lang, { id: 'biopsy.progressive-deficit', verdict: 'not-recommended', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [T.progressiveDeficit] });
}

/** 002 §1.4: conclusive imaging and a plan histology would not change → the biopsy may be omitted. */
export function biopsyMayBeOmitted(facts: PatientFacts, lang: Lang): Finding | null {
  if (!facts.diagnosis.imagingConclusive || facts.diagnosis.histologyWouldChangePlan !== false) return null;
  return localizedFinding(lang, { id: 'biopsy.may-omit', verdict: 'consider', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [T.mayOmit] });
}

/** When nothing above decided, say which facts would. */
function biopsyUndecided(facts: PatientFacts, lang: Lang): Finding {
  const needs = [];
  if (facts.primary.cancerHistory === undefined && facts.primary.histology === undefined) needs.push(localizedNeed(lang, 'primary.cancerHistory', T.why.cancerHistory));
  if (boneLesionCount(facts) === null) {
    needs.push(localizedNeed(lang, 'metastases.spinal', T.why.boneLesionCount), localizedNeed(lang, 'metastases.extraspinalBone', T.why.boneLesionCount));
  }
  return localizedFinding(lang, { id: 'biopsy.undecided', verdict: 'needs-information', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [T.undecided], needs });
}

function biopsyTechnique(lang: Lang): Finding {
  return localizedFinding(lang, { id: 'biopsy.technique', verdict: 'info', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [T.technique] });
}

const imaging = (section: string) => ({ verdict: 'info' as const, strength: 'narrative' as const, evidence: null, source: cite('004', section) });

/** 004 §3.1.3: X-ray for bone pain, not for early screening — while the metastasis is not confirmed. */
export function xrayRole(facts: PatientFacts, lang: Lang): Finding | null {
  if (facts.primary.boneMetastasisConfirmed === true) return null;
  const painful = (facts.pain?.score ?? 0) > 0 || facts.lesions.some((l) => l.painful);
  if (!painful && facts.diagnosis.xray === undefined) return null;
  return localizedFinding(lang, { id: 'biopsy.imaging-xray', ...imaging('§3.1.3'), because: [T.imaging.xray] });
}

/** 004 §3.1.4: positive bone scan, negative X-ray → CT. */
export function ctAfterDiscordantImaging(facts: PatientFacts, lang: Lang): Finding | null {
  if (facts.primary.boneMetastasisConfirmed === true || facts.diagnosis.boneScan !== 'positive' || facts.diagnosis.xray !== 'negative') return null;
  return localizedFinding(lang, { id: 'biopsy.imaging-ct', ...imaging('§3.1.4'), because: [T.imaging.ct] });
}

/** 004 §3.1.5 (and §3.1.4): suspected cord or intramedullary involvement, or BS and X-ray inconclusive → MRI. */
export function mriForCord(facts: PatientFacts, lang: Lang): Finding | null {
  const why: string[] = [];
  if (facts.diagnosis.cordInvolvementSuspected === true) why.push(localize(T.imaging.mriWhy.suspected, lang));
  if (facts.neurology && facts.neurology.frankel !== 'E') why.push(localize(T.imaging.mriWhy.deficit, lang, { frankel: facts.neurology.frankel }));
  if (facts.primary.boneMetastasisConfirmed !== true && facts.diagnosis.boneScan === 'positive' && facts.diagnosis.xray === 'negative') why.push(localize(T.imaging.mriWhy.inconclusive, lang));
  if (why.length === 0) return null;
  return localizedFinding(lang, { id: 'biopsy.imaging-mri', ...imaging('§3.1.5'), because: [localize(T.imaging.mri, lang, { why: why.join('; ') })] });
}

/** 004 §3.1.6: response imaging once a confirmed metastasis is being treated. */
export function responseImaging(facts: PatientFacts, lang: Lang): Finding | null {
  const treated = facts.priorTreatments.length > 0 || facts.systemicTherapy.some((t) => t.ongoing);
  if (facts.primary.boneMetastasisConfirmed !== true || !treated) return null;
  return localizedFinding(lang, { id: 'biopsy.response-imaging', ...imaging('§3.1.6'), because: [T.imaging.monitoring] });
}

export function assessBiopsy(facts: PatientFacts, lang: Lang): OptionAssessment {
  const deciding = [
    decompressWithoutBiopsy(facts, lang),
    biopsyForUncertainPrimary(facts, lang),
    biopsyByLesionCount(facts, lang),
    biopsyMayBeOmitted(facts, lang),
    positiveScanWorkUp(facts, lang),
  ].filter((f): f is Finding => f !== null);
  const findings = [boneScanFirst(facts, lang), ...deciding];
  if (deciding.length === 0) findings.push(biopsyUndecided(facts, lang));
  else if (deciding.some((f) => f.verdict === 'recommended' || f.verdict === 'consider')) findings.push(biopsyTechnique(lang));
  findings.push(xrayRole(facts, lang), ctAfterDiscordantImaging(facts, lang), mriForCord(facts, lang), responseImaging(facts, lang));
  return assess('biopsy', findings);
}

export const BIOPSY_RULES: RuleInfo[] = [
  { id: 'biopsy.bone-scan-first', option: 'biopsy', decides: 'Confirmed lung cancer with bone pain, hypercalcaemia, raised ALP or cord-compression symptoms and no confirmed bone metastasis: bone scintigraphy first.', sources: [cite('004', 'rec 1 (1A)'), cite('004', '§3.1.1')] },
  { id: 'biopsy.positive-scan-work-up', option: 'biopsy', decides: 'Positive bone scan, metastasis not yet confirmed: CT, MRI, PET/CT or bone biopsy (consider).', sources: [cite('004', 'rec 2 (2A)'), cite('004', '§3.2')] },
  { id: 'biopsy.no-history-or-unknown-primary', option: 'biopsy', decides: 'No cancer history or unknown primary: CT-guided biopsy recommended.', sources: [cite('002', '§1.4')] },
  { id: 'biopsy.long-inactive-primary', option: 'biopsy', decides: 'Long-inactive known primary with a new spinal lesion: biopsy recommended.', sources: [cite('002', '§1.4')] },
  { id: 'biopsy.solitary-lesion', option: 'biopsy', tier: ['recommendation', 'narrative'], decides: 'A solitary bone lesion: biopsy recommended (lung cancer: graded 1A; otherwise 004 §3.1.7).', sources: [cite('004', 'rec 3 (1A)'), cite('004', '§3.1.7')] },
  { id: 'biopsy.multiple-lesions-lung', option: 'biopsy', decides: 'Confirmed lung cancer with multiple bone lesions: biopsy not needed.', sources: [cite('004', 'rec 3 (1A)')] },
  { id: 'biopsy.widespread-disease', option: 'biopsy', decides: 'Known active cancer with multiple metastases and a new spinal lesion: biopsy when time allows (consider).', sources: [cite('002', '§1.4')] },
  { id: 'biopsy.progressive-deficit', option: 'biopsy', decides: 'Progressing neurological deficit: decompress directly, no biopsy first (not recommended).', sources: [cite('002', '§1.4')] },
  { id: 'biopsy.may-omit', option: 'biopsy', decides: 'Conclusive imaging and a histology that would not change the plan: biopsy may be omitted (consider).', sources: [cite('002', '§1.4')] },
  { id: 'biopsy.undecided', option: 'biopsy', decides: 'Neither cancer history nor bone-lesion count known: needs information.', sources: [cite('002', '§1.4'), cite('004', 'rec 3 (1A)')] },
  { id: 'biopsy.technique', option: 'biopsy', decides: 'Biopsy technique: PET-active target, dedicated needle, angiography when needed.', sources: [cite('002', '§1.4'), cite('004', '§3.1.7')] },
  { id: 'biopsy.imaging-xray', option: 'biopsy', decides: 'Metastasis not confirmed and pain (or an X-ray recorded): X-ray is the first imaging of bone pain, not an early screening test (30–75 % density loss, 3–6 months later than bone scan) (note).', sources: [cite('004', '§3.1.3')] },
  { id: 'biopsy.imaging-ct', option: 'biopsy', decides: 'Positive bone scan with a negative X-ray: CT to confirm (note).', sources: [cite('004', '§3.1.4')] },
  { id: 'biopsy.imaging-mri', option: 'biopsy', decides: 'Suspected cord or intramedullary involvement (recorded, or a Frankel A–D deficit), or bone scan and X-ray inconclusive: MRI, with spinal CT for stability (note).', sources: [cite('004', '§3.1.5'), cite('004', '§3.1.4')] },
  { id: 'biopsy.response-imaging', option: 'biopsy', decides: 'Confirmed metastasis under treatment: response by MD Anderson criteria, MRI or PET/CT for hard-to-judge blastic lesions; bone scan not excluded by 004 (reading) (note).', sources: [cite('004', '§3.1.6')] },
];
