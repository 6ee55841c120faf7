import { surgeryText as T } from './surgery.text.js';
import { text, join, type Text } from '../text.js';
import type { PatientFacts } from '../facts/index.js';
import { isLungCancer } from '../histology.js';
import { esccBand } from '../instruments/escc.js';
import { cite } from '../sources.js';
import { lesionName, radiosensitivityOf } from './context.js';
import { finding, graded, need, type Finding, type Need, type Reason, type Verdict } from './finding.js';
import { boneExtent } from './surgery-scores.js';
import { indexedSpinalLesions, worstEscc } from './surgery-spine.js';

/** Palliative surgery: 004 §4.5.3 criteria, SINS (002 §2.3), progressive deficit (002 §1.4), 004 rec 11, pelvis (004 §4.5.4.3). */

/** 002 §2.3: SINS 13–18 unstable (surgery to restore stability), 7–12 potentially unstable (surgical consultation). */
export const SINS_UNSTABLE_MIN = 13;
export const SINS_POTENTIALLY_UNSTABLE_MIN = 7;

type CriterionId = 'refractory' | 'fracture' | 'motor' | 'compression' | 'instability' | 'insensitive';
type Status = 'met' | 'unmet' | 'unknown';

/** The highest SINS among the spinal lesions and the lesions not yet scored. */
export function highestSins(facts: PatientFacts): { sins: number | null; level: string; unscored: number[] } {
  let best: { sins: number; level: string } | null = null;
  const unscored: number[] = [];
  for (const { lesion, index } of indexedSpinalLesions(facts)) {
    if (lesion.sins === undefined) unscored.push(index);
    else if (!best || lesion.sins > best.sins) best = { sins: lesion.sins, level: lesionName(lesion) };
  }
  return { sins: best?.sins ?? null, level: best?.level ?? '', unscored };
}

/** Response of the disease to chemotherapy, from the recorded chemotherapy lines. */
function chemotherapyResponse(facts: PatientFacts): 'effective' | 'ineffective' | null {
  const chemo = facts.systemicTherapy.filter((t) => t.class === 'chemotherapy' && t.effective !== undefined);
  if (chemo.some((t) => t.effective)) return 'effective';
  return chemo.length > 0 ? 'ineffective' : null;
}

/** Each 004 §4.5.3 criterion's status and, when unknown, the facts that would settle it. */
function palliativeCriteria(facts: PatientFacts): Record<CriterionId, { status: Status; needs: Need[] }> {
  const known = (met: boolean): { status: Status; needs: Need[] } => ({ status: met ? 'met' : 'unmet', needs: [] });
  const unknown = (...facts: [string, Reason][]) => ({ status: 'unknown' as const, needs: facts.map(([fact, why]) => need(fact, why)) });
  const { pain, neurology, lesions } = facts;

  const refractory = pain?.refractory !== undefined ? known(pain.refractory)
    : pain && (pain.score === 0 || pain.type === 'none') ? known(false) : unknown(['pain.refractory', T.why.refractory]);

  const unfracturedUnknown = lesions.flatMap((l, i) => (l.fracture === undefined ? [i] : []));
  const fracture = lesions.some((l) => l.fracture === 'pathological') ? known(true)
    : lesions.length === 0 ? unknown(['lesions', T.why.fracture])
      : unfracturedUnknown.length > 0 ? { status: 'unknown' as const, needs: unfracturedUnknown.map((i) => need(`lesions[${i}].fracture`, T.why.fracture)) } : known(false);

  const deficit = neurology !== undefined && neurology.frankel !== 'E';
  const motor = !neurology ? unknown(['neurology.frankel', T.why.neurology])
    : !deficit ? known(false) : neurology.motorRecovering === undefined ? unknown(['neurology.motorRecovering', T.why.motorRecovering]) : known(!neurology.motorRecovering);

  const { grade } = worstEscc(facts);
  const cordCompression = deficit && grade !== null && esccBand(grade) === 'high-grade';
  const compression = neurology?.radicularCompression === true || neurology?.deficitProgressing === true || cordCompression ? known(true)
    : !neurology ? unknown(['neurology.frankel', T.why.neurology])
      : neurology.radicularCompression === undefined ? unknown(['neurology.radicularCompression', T.why.radicular]) : known(false);

  const { sins, unscored } = highestSins(facts);
  const instability = sins !== null && sins >= SINS_UNSTABLE_MIN ? known(true)
    : unscored.length > 0 ? { status: 'unknown' as const, needs: unscored.map((i) => need(`lesions[${i}].sins`, T.why.sins)) } : known(false);

  const radiosensitivity = radiosensitivityOf(facts).class;
  const chemo = chemotherapyResponse(facts);
  const insensitive = radiosensitivity === 'sensitive' || chemo === 'effective' ? known(false)
    : radiosensitivity === 'insensitive' && chemo === 'ineffective' ? known(true)
      : radiosensitivity === 'unknown' ? unknown([facts.primary.histology ? 'primary.radiosensitivity' : 'primary.histology', T.why.radiosensitivity])
        : unknown(['systemicTherapy', T.why.chemotherapy]);

  return { refractory, fracture, motor, compression, instability, insensitive };
}

/**
 * 004 §4.5.3: with a confirmed bone metastasis, surgery when any of — destruction or pain progressing
 * despite conservative therapy; pathological fracture; motor function not recovering; nerve
 * compression; spinal instability with paraplegia risk (SINS ≥ 13); insensitive to both RT and chemotherapy.
 */
export function palliativeIndication(facts: PatientFacts): Finding {
  const criteria = palliativeCriteria(facts);
  const ids = Object.keys(criteria) as CriterionId[];
  const met = ids.filter((id) => criteria[id].status === 'met');
  const unknown = ids.filter((id) => criteria[id].status === 'unknown');
  const list = (which: readonly CriterionId[]) => join(which.map((id) => text(T.palliative.criteria[id])), T.separator);
  const base = { id: 'palliative-surgery.indication', strength: 'narrative' as const, evidence: null, source: cite('004', '§4.5.3') };
  if (met.length > 0) {
    const confirmed = facts.primary.boneMetastasisConfirmed;
    const because = [text(T.palliative.met, { criteria: list(met) })];
    if (confirmed === false) because.push(text(T.palliative.unconfirmed));
    const needs = confirmed === undefined ? [need('primary.boneMetastasisConfirmed', T.why.confirmed)] : [];
    const verdict = confirmed === false && !facts.neurology?.deficitProgressing ? 'consider' : 'recommended';
    return finding({ ...base, verdict, because, needs });
  }
  if (unknown.length > 0) {
    const needs = unknown.flatMap((id) => criteria[id].needs).filter((n, i, all) => all.findIndex((m) => m.fact === n.fact) === i);
    return finding({ ...base, verdict: 'needs-information', because: [text(T.palliative.unknown, { criteria: list(unknown) })], needs });
  }
  const { sins } = highestSins(facts);
  const indeterminate = sins !== null && sins >= SINS_POTENTIALLY_UNSTABLE_MIN;
  return finding({ ...base, verdict: indeterminate ? 'info' : 'not-recommended', because: [indeterminate ? T.palliative.noneButIndeterminate : T.palliative.none] });
}

/** A supporting reason to consider surgery only advises when another rule already recommends it. */
const supporting = (indicated: boolean): Verdict | 'info' => (indicated ? 'info' : 'consider');

/** 002 §2.3: SINS 13–18 → stabilising surgery; 7–12 → surgical consultation. */
export function spinalInstability(facts: PatientFacts, indicated: boolean): Finding | null {
  const { sins, level } = highestSins(facts);
  if (sins === null || sins < SINS_POTENTIALLY_UNSTABLE_MIN) return null;
  const unstable = sins >= SINS_UNSTABLE_MIN;
  const verdict = unstable ? 'recommended' : supporting(indicated);
  const because = [unstable ? T.palliative.unstable : T.palliative.potentiallyUnstable];
  const treated = indexedSpinalLesions(facts).some(({ lesion }) => lesion.sins === sins && (lesion.previouslyOperated || lesion.previouslyIrradiated));
  if (treated) because.push(T.palliative.sinsTreatedLevel);
  return finding({ id: 'palliative-surgery.spinal-instability', verdict, strength: 'consensus', evidence: null, source: cite('002', '§2.3'), because }, { sins, level });
}

/** 002 §1.4: a progressing neurological deficit → decompress directly. */
export function progressiveDeficit(facts: PatientFacts): Finding | null {
  if (!facts.neurology?.deficitProgressing) return null;
  return finding({ id: 'palliative-surgery.progressive-deficit', verdict: 'recommended', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [T.palliative.progressiveDeficit] }, { frankel: facts.neurology.frankel });
}

/** 004 §4.5.2: surgery is mainly for complete or impending pathological fracture; an impending one is a reason to consider it. */
export function impendingFracture(facts: PatientFacts, indicated: boolean): Finding | null {
  const lesions = facts.lesions.filter((l) => l.fracture === 'impending');
  if (lesions.length === 0) return null;
  return finding({ id: 'palliative-surgery.impending-fracture', verdict: supporting(indicated), strength: 'narrative', evidence: null, source: cite('004', '§4.5.2'), because: [T.palliative.impendingFracture] }, { lesions: lesions.map(lesionName).join(', ') });
}

/**
 * 004 rec 11 (2B, lung cancer): systemic therapy effective but a local or solitary bone metastasis
 * with spinal involvement → surgery may follow full surgical assessment. "Local" is not defined by
 * the source; only a solitary metastasis is recognised here.
 */
export function solitaryLesionOnEffectiveTherapy(facts: PatientFacts, indicated: boolean): Finding | null {
  if (!isLungCancer(facts.primary.histology)) return null;
  const effective = facts.systemicTherapy.some((t) => t.effective === true && !['bisphosphonate', 'denosumab', 'corticosteroid'].includes(t.class));
  if (!effective || boneExtent(facts) !== 'solitary' || (facts.metastases.spinal ?? 0) < 1) return null;
  return finding({ id: 'palliative-surgery.solitary-on-effective-systemic-therapy', verdict: supporting(indicated), ...graded('lc-bone-rec-11'), because: [T.palliative.rec11] });
}

/** 004 §4.5.4.3: acetabulum spared → implant or cement reinforcement; involved → total hip arthroplasty; pubis/ischium → simple resection. */
export function pelvicOptions(facts: PatientFacts): Finding | null {
  const needs: Need[] = [];
  const lines: Text[] = [];
  facts.lesions.forEach((lesion, index) => {
    if (lesion.site !== 'acetabulum' && lesion.site !== 'ilium' && lesion.site !== 'pubis-ischium') return;
    if (lesion.site === 'acetabulum' || lesion.acetabulumInvolved === true) lines.push(text(T.pelvis.acetabulum));
    else if (lesion.site === 'pubis-ischium') lines.push(text(T.pelvis.pubisIschium));
    else if (lesion.acetabulumInvolved === false) lines.push(text(T.pelvis.acetabulumSpared));
    else {
      lines.push(text(T.pelvis.acetabulumUnknown));
      needs.push(need(`lesions[${index}].acetabulumInvolved`, T.why.acetabulum));
    }
  });
  if (lines.length === 0) return null;
  return finding({ id: 'palliative-surgery.pelvic-options', verdict: 'info', strength: 'narrative', evidence: null, source: cite('004', '§4.5.4.3'), because: [T.pelvis.intro, ...lines], needs });
}
