import { biopsyText as T } from './biopsy.text.js';
import { text, join, type Text } from '../text.js';
import type { PatientFacts } from '../facts/index.js';
import { isLungCancer } from '../histology.js';
import { cite } from '../sources.js';
import { punctuation } from '../punctuation.text.js';
import { spinalLesions } from './context.js';
import { assess, finding, graded, need, type Finding, type OptionAssessment, type RuleInfo } from './finding.js';

/** Bone lesions in all (vertebral + extraspinal counts); null unless both counts are given. */
export function boneLesionCount(facts: PatientFacts): number | null {
  const { spinal, extraspinalBone } = facts.metastases;
  return spinal === undefined || extraspinalBone === undefined ? null : spinal + extraspinalBone;
}

/** 004 §3.1.1: bone pain, hypercalcaemia, raised ALP and cord-compression symptoms mark high risk. */
function highRiskFeatures(facts: PatientFacts): Text[] {
  const features: Text[] = [];
  const painful = (facts.pain?.score ?? 0) > 0 || facts.lesions.some((l) => l.painful);
  if (painful) features.push(text(T.features.pain));
  if (facts.hypercalcaemia) features.push(text(T.features.hypercalcaemia));
  if (facts.labs.alpRaised) features.push(text(T.features.alp));
  const cord = (facts.neurology && facts.neurology.frankel !== 'E') || spinalLesions(facts).some((l) => l.escc === '2' || l.escc === '3');
  if (cord) features.push(text(T.features.cord));
  return features;
}

/** 004 rec 1 (1A): confirmed lung cancer with high-risk features → bone scintigraphy first. */
export function boneScanFirst(facts: PatientFacts): Finding | null {
  if (!isLungCancer(facts.primary.histology) || facts.primary.boneMetastasisConfirmed) return null;
  if (facts.diagnosis.boneScan === 'positive' || facts.diagnosis.boneScan === 'negative') return null;
  const features = highRiskFeatures(facts);
  if (features.length === 0) return null;
  return finding({
    id: 'biopsy.bone-scan-first',
    verdict: 'info',
    ...graded('lc-bone-rec-1'),
    because: [T.boneScanFirst],
    needs: facts.primary.boneMetastasisConfirmed === undefined ? [need('primary.boneMetastasisConfirmed', T.why.confirmed)] : [],
  }, { features: join(features, T.separator) });
}

/** 004 rec 2 (2A): a positive scan is confirmed with CT, MRI, PET/CT or biopsy. */
export function positiveScanWorkUp(facts: PatientFacts): Finding | null {
  if (facts.diagnosis.boneScan !== 'positive' || facts.primary.boneMetastasisConfirmed) return null;
  return finding({ id: 'biopsy.positive-scan-work-up', verdict: 'consider', ...graded('lc-bone-rec-2'), because: [T.positiveScan] });
}

/** 002 §1.4: no cancer history, an unknown primary, or a long-inactive primary → biopsy first. */
export function biopsyForUncertainPrimary(facts: PatientFacts): Finding | null {
  const { cancerHistory, histology } = facts.primary;
  if (cancerHistory === 'none' || histology === 'unknown-primary') {
    return finding({ id: 'biopsy.no-history-or-unknown-primary', verdict: 'recommended', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [T.noHistory] });
  }
  if (cancerHistory === 'known-inactive') {
    return finding({ id: 'biopsy.long-inactive-primary', verdict: 'recommended', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [T.longInactive] });
  }
  return null;
}

/** 004 rec 3 (1A) and §3.1.7: solitary → biopsy; confirmed lung cancer with multiple lesions → no biopsy. */
export function biopsyByLesionCount(facts: PatientFacts): Finding | null {
  const count = boneLesionCount(facts);
  if (count === null) return null;
  const lung = isLungCancer(facts.primary.histology);
  if (count === 1) {
    return lung
      ? finding({ id: 'biopsy.solitary-lesion', verdict: 'recommended', ...graded('lc-bone-rec-3'), because: [T.solitaryLung] })
      : finding({ id: 'biopsy.solitary-lesion', verdict: 'recommended', strength: 'narrative', evidence: null, source: cite('004', '§3.1.7'), because: [T.solitaryAny] });
  }
  if (count > 1 && lung && facts.primary.cancerHistory !== 'none') {
    return finding({ id: 'biopsy.multiple-lesions-lung', verdict: 'not-recommended', ...graded('lc-bone-rec-3'), because: [T.multipleLung] }, { count });
  }
  if (count > 1 && facts.primary.cancerHistory === 'known-active') {
    return finding({ id: 'biopsy.widespread-disease', verdict: 'consider', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [T.widespread] });
  }
  return null;
}

/** 002 §1.4: a progressing deficit goes straight to decompression. */
export function decompressWithoutBiopsy(facts: PatientFacts): Finding | null {
  if (!facts.neurology?.deficitProgressing) return null;
  return finding({ id: 'biopsy.progressive-deficit', verdict: 'not-recommended', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [T.progressiveDeficit] });
}

/** 002 §1.4: conclusive imaging and a plan histology would not change → the biopsy may be omitted. */
export function biopsyMayBeOmitted(facts: PatientFacts): Finding | null {
  if (!facts.diagnosis.imagingConclusive || facts.diagnosis.histologyWouldChangePlan !== false) return null;
  return finding({ id: 'biopsy.may-omit', verdict: 'consider', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [T.mayOmit] });
}

/** When nothing above decided, say which facts would. */
function biopsyUndecided(facts: PatientFacts): Finding {
  const needs = [];
  if (facts.primary.cancerHistory === undefined && facts.primary.histology === undefined) needs.push(need('primary.cancerHistory', T.why.cancerHistory));
  if (boneLesionCount(facts) === null) {
    needs.push(need('metastases.spinal', T.why.boneLesionCount), need('metastases.extraspinalBone', T.why.boneLesionCount));
  }
  return finding({ id: 'biopsy.undecided', verdict: 'needs-information', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [T.undecided], needs });
}

function biopsyTechnique(): Finding {
  return finding({ id: 'biopsy.technique', verdict: 'info', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [T.technique] });
}

const imaging = (section: string) => ({ verdict: 'info' as const, strength: 'narrative' as const, evidence: null, source: cite('004', section) });

/** 004 §3.1.3: X-ray for bone pain, not for early screening — while the metastasis is not confirmed. */
export function xrayRole(facts: PatientFacts): Finding | null {
  if (facts.primary.boneMetastasisConfirmed === true) return null;
  const painful = (facts.pain?.score ?? 0) > 0 || facts.lesions.some((l) => l.painful);
  if (!painful && facts.diagnosis.xray === undefined) return null;
  return finding({ id: 'biopsy.imaging-xray', ...imaging('§3.1.3'), because: [T.imaging.xray] });
}

/** 004 §3.1.4: positive bone scan, negative X-ray → CT. */
export function ctAfterDiscordantImaging(facts: PatientFacts): Finding | null {
  if (facts.primary.boneMetastasisConfirmed === true || facts.diagnosis.boneScan !== 'positive' || facts.diagnosis.xray !== 'negative') return null;
  return finding({ id: 'biopsy.imaging-ct', ...imaging('§3.1.4'), because: [T.imaging.ct] });
}

/** 004 §3.1.5 (and §3.1.4): suspected cord or intramedullary involvement, or BS and X-ray inconclusive → MRI. */
export function mriForCord(facts: PatientFacts): Finding | null {
  const why: Text[] = [];
  if (facts.diagnosis.cordInvolvementSuspected === true) why.push(text(T.imaging.mriWhy.suspected));
  if (facts.neurology && facts.neurology.frankel !== 'E') why.push(text(T.imaging.mriWhy.deficit, { frankel: facts.neurology.frankel }));
  if (facts.primary.boneMetastasisConfirmed !== true && facts.diagnosis.boneScan === 'positive' && facts.diagnosis.xray === 'negative') why.push(text(T.imaging.mriWhy.inconclusive));
  if (why.length === 0) return null;
  return finding({ id: 'biopsy.imaging-mri', ...imaging('§3.1.5'), because: [text(T.imaging.mri, { why: join(why, punctuation.semicolon) })] });
}

/** 004 §3.1.6: response imaging once a confirmed metastasis is being treated. */
export function responseImaging(facts: PatientFacts): Finding | null {
  const treated = facts.priorTreatments.length > 0 || facts.systemicTherapy.some((t) => t.ongoing);
  if (facts.primary.boneMetastasisConfirmed !== true || !treated) return null;
  return finding({ id: 'biopsy.response-imaging', ...imaging('§3.1.6'), because: [T.imaging.monitoring] });
}

export function assessBiopsy(facts: PatientFacts): OptionAssessment {
  const deciding = [
    decompressWithoutBiopsy(facts),
    biopsyForUncertainPrimary(facts),
    biopsyByLesionCount(facts),
    biopsyMayBeOmitted(facts),
    positiveScanWorkUp(facts),
  ].filter((f): f is Finding => f !== null);
  const findings = [boneScanFirst(facts), ...deciding];
  if (deciding.length === 0) findings.push(biopsyUndecided(facts));
  else if (deciding.some((f) => f.verdict === 'recommended' || f.verdict === 'consider')) findings.push(biopsyTechnique());
  findings.push(xrayRole(facts), ctAfterDiscordantImaging(facts), mriForCord(facts), responseImaging(facts));
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
