import { generalConditionText as G, longBoneText as T } from './long-bone.text.js';
import { text, join, type Msg, type Text } from '../text.js';
import { isLongBoneSite, type LesionFacts, type PatientFacts } from '../facts/index.js';
import { mirels, mirelsItemsOfLesion, MIRELS_CITATION, MIRELS_FIXATION_FROM, type MirelsInput } from '../instruments/mirels.js';
import { cite, publicSource } from '../sources.js';
import { assess, finding, need, type Finding, type Need, type OptionAssessment, type RuleInfo, type Verdict } from './finding.js';
import { cannotTolerateSurgery, perioperativeRuleInfo, withPerioperative } from './surgery-perioperative.js';
import type { SurgicalOption } from './surgery-scores.js';

/**
 * Long-bone metastases (004 §4.5.4.1, §4.5.2): the indication per lesion, the Mirels score for an
 * impending fracture (public), the operation by the lesion's place in the bone, and amputation.
 * Every finding names the long-bone lesions it speaks of; spinal and pelvic lesions are not read.
 */

const narrative = (section: string) => ({ strength: 'narrative' as const, evidence: null, source: cite('004', section) });

interface LongBoneLesion {
  lesion: LesionFacts;
  /** Index in `facts.lesions`, for the need's path. */
  index: number;
  name: Text;
}

export function longBoneLesions(facts: PatientFacts): LongBoneLesion[] {
  return facts.lesions.flatMap((lesion, index) => {
    if (!isLongBoneSite(lesion.site)) return [];
    const bone: keyof typeof T.bones = lesion.longBone ?? (lesion.site === 'proximal-femur' ? 'proximal-femur' : 'long-bone');
    return [{ lesion, index, name: text(T.lesionName, { bone: text(T.bones[bone]), n: index + 1 }) }];
  });
}

const names = (lesions: readonly LongBoneLesion[]) => join(lesions.map((l) => l.name), T.separator);

/**
 * Refractory pain is recorded for the patient, not per lesion: it is read as this lesion's pain only
 * when this is the one painful lesion recorded (with several, the pain may come from another bone).
 */
const refractoryPainOf = (facts: PatientFacts, lesion: LongBoneLesion['lesion']): boolean =>
  lesion.painful === true && facts.pain?.refractory === true && facts.lesions.filter((l) => l.painful === true).length === 1;

/** 004 §4.5.4.1: uncontrolled destruction with intractable pain, neurovascular involvement or extensive soft tissue. */
function amputationReasons(facts: PatientFacts, { lesion }: LongBoneLesion): Msg[] {
  if (lesion.destructionUncontrolled !== true) return [];
  return [
    refractoryPainOf(facts, lesion) ? T.amputationReasons.pain : null,
    lesion.neurovascularInvolved === true ? T.amputationReasons.neurovascular : null,
    lesion.extensiveSoftTissue === true ? T.amputationReasons.softTissue : null,
  ].filter((r) => r !== null);
}

/** No long-bone lesion: nothing for this option to treat (or nothing described yet). */
export function noLongBoneLesion(facts: PatientFacts): Finding | null {
  if (longBoneLesions(facts).length > 0) return null;
  if (facts.lesions.length === 0) {
    return finding({ id: 'long-bone-surgery.no-long-bone-lesion', verdict: 'needs-information', ...narrative('§4.5.4.1'), because: [T.noLesionRecorded], needs: [need('lesions', T.why.lesions)] });
  }
  return finding({ id: 'long-bone-surgery.no-long-bone-lesion', verdict: 'not-recommended', ...narrative('§4.5.4.1'), because: [T.noLongBoneLesion] });
}

/**
 * 004 §4.5.4.1: intolerable pain and pathological fracture are clear indications; §4.5.2: surgery is for
 * complete or impending pathological fractures. A lesion that qualifies for amputation is not "without indication".
 */
export function longBoneIndication(facts: PatientFacts): Finding | null {
  const lesions = longBoneLesions(facts);
  if (lesions.length === 0) return null;
  const fractured = lesions.filter((l) => l.lesion.fracture === 'pathological');
  const painful = lesions.filter((l) => l.lesion.fracture !== 'pathological' && refractoryPainOf(facts, l.lesion));
  // Mirels ≥ 9 is the public definition of an impending fracture (Mirels 1989), whatever the fracture field says.
  const impending = lesions.filter((l) => !painful.includes(l) && l.lesion.fracture !== 'pathological' && (l.lesion.fracture === 'impending' || (mirelsTotal(l.lesion) ?? 0) >= MIRELS_FIXATION_FROM));
  const amputation = lesions.filter((l) => amputationReasons(facts, l).length > 0);
  const unknown = lesions.filter((l) => l.lesion.fracture === undefined && !painful.includes(l) && !impending.includes(l));
  const base = { id: 'long-bone-surgery.indication', ...narrative('§4.5.4.1') };
  const because: Text[] = [];
  if (fractured.length > 0) because.push(text(T.fracture, { lesions: names(fractured) }));
  if (painful.length > 0) because.push(text(T.intolerablePain, { lesions: names(painful) }));
  if (because.length > 0) return finding({ ...base, verdict: 'recommended', because });
  if (impending.length > 0) return finding({ ...base, verdict: 'consider', source: cite('004', '§4.5.2'), because: [text(T.impending, { lesions: names(impending) })] });
  if (amputation.length > 0) return finding({ ...base, verdict: 'consider', because: [text(T.amputationOnly, { lesions: names(amputation) })] });
  if (unknown.length > 0) {
    return finding({
      ...base,
      verdict: 'needs-information',
      because: [text(T.fractureUnknown, { lesions: names(unknown) })],
      needs: unknown.map((l) => need(`lesions[${l.index}].fracture`, T.why.fracture)),
    });
  }
  return finding({ ...base, verdict: 'not-recommended', source: cite('004', '§4.5.2'), because: [T.noIndication] });
}

/** The Mirels input of a long-bone lesion, or the items still missing. */
export function mirelsInputOf(lesion: LesionFacts): { input: MirelsInput } | { missing: ('site' | 'pain' | 'lesion' | 'size')[] } {
  const { site, pain, lesion: character, size } = mirelsItemsOfLesion(lesion);
  if (site === undefined || pain === undefined || character === undefined || size === undefined) {
    const missing = [site === undefined ? 'site' as const : null, pain === undefined ? 'pain' as const : null, character === undefined ? 'lesion' as const : null, size === undefined ? 'size' as const : null];
    return { missing: missing.filter((m) => m !== null) };
  }
  return { input: { site, pain, lesion: character, size } };
}

/** The lesion's Mirels total, or null while an item is missing. */
export function mirelsTotal(lesion: LesionFacts): number | null {
  const read = mirelsInputOf(lesion);
  return 'input' in read ? mirels.score(read.input).total : null;
}

const MIRELS_NEED_PATH = { site: 'longBone', pain: 'limbPain', lesion: 'character', size: 'cortexInvolved' } as const;

/**
 * Mirels (public, framework tier) for every long-bone lesion not already broken: ≥ 9 → prophylactic
 * fixation (recommended), 8 → consider, ≤ 7 → not recommended; "info" when another finding already
 * indicates surgery, so a low score at one bone never tempers the operation another bone needs.
 */
export function mirelsScore(facts: PatientFacts, indicated: boolean): Finding | null {
  const lesions = longBoneLesions(facts).filter((l) => l.lesion.fracture !== 'pathological');
  if (lesions.length === 0) return null;
  const because: Text[] = [];
  const needs: Need[] = [];
  let best: number | null = null;
  for (const l of lesions) {
    const read = mirelsInputOf(l.lesion);
    if ('missing' in read) {
      const items = join(read.missing.map((m) => text(T.mirels.items[m])), T.separator);
      because.push(text(T.mirels.missing, { lesion: l.name, items }));
      for (const m of read.missing) {
        const path = m === 'site' && (l.lesion.longBone === 'femur' || l.lesion.site === 'proximal-femur') ? 'peritrochanteric' : MIRELS_NEED_PATH[m];
        needs.push(need(`lesions[${l.index}].${path}`, T.why.mirels));
      }
      continue;
    }
    const result = mirels.score(read.input);
    best = Math.max(best ?? 0, result.total ?? 0);
    because.push(text(T.mirels.scored, { lesion: l.name, total: result.total ?? '', band: result.band.label }));
  }
  because.push(text(T.mirels.public));
  const scored: Verdict | 'info' | null = best === null ? null : best >= 9 ? 'recommended' : best === 8 ? 'consider' : 'not-recommended';
  const verdict: Verdict | 'info' = scored === null
    ? (indicated ? 'info' : 'needs-information')
    : indicated && scored !== 'recommended' ? 'info' : scored;
  return finding({
    id: 'long-bone-surgery.mirels',
    verdict,
    strength: 'definition',
    evidence: null,
    source: publicSource(MIRELS_CITATION),
    because,
    needs,
  });
}

/** 004 §4.5.4.1: bone end → resection and prosthesis; shaft → cement-augmented internal fixation or segmental prosthesis. */
export function longBoneProcedure(facts: PatientFacts): Finding | null {
  const lesions = longBoneLesions(facts);
  if (lesions.length === 0) return null;
  const needs: Need[] = [];
  const because = lesions.map((l) => {
    if (l.lesion.boneRegion === undefined) needs.push(need(`lesions[${l.index}].boneRegion`, T.why.region));
    return text(T.procedure[l.lesion.boneRegion ?? 'unknown'], { lesion: l.name });
  });
  return finding({ id: 'long-bone-surgery.procedure', verdict: 'info', ...narrative('§4.5.4.1'), because: [...because, text(T.procedure.individual)], needs });
}

/** 004 §4.5.4.1: amputation to improve quality of life (reading: uncontrolled destruction with one of the other conditions). */
export function amputation(facts: PatientFacts): Finding | null {
  const candidates = longBoneLesions(facts).map((l) => ({ l, reasons: amputationReasons(facts, l) })).filter((c) => c.reasons.length > 0);
  if (candidates.length === 0) return null;
  const reasons = join([...new Set(candidates.flatMap((c) => c.reasons))].map((reason) => text(reason)), T.separator);
  return finding({
    id: 'long-bone-surgery.amputation',
    verdict: 'info',
    ...narrative('§4.5.4.1'),
    because: [text(T.amputation, { lesions: names(candidates.map((c) => c.l)), reasons })],
  });
}

/**
 * 002 §1.1: age, obesity, diabetes, low bone density, malnutrition, corticosteroids and marrow suppression
 * affect the result of surgery; after chemo-/radiotherapy low counts and coagulopathy. Marrow suppression, low
 * platelets and coagulopathy are corrected first ("consider", read with the 001 review 2(3) thresholds); the
 * others are listed (a note): never a contraindication, and corticosteroids do not temper the decompression an
 * MSCC patient on dexamethasone needs.
 */
export function generalCondition(option: SurgicalOption, facts: PatientFacts): Finding | null {
  const c = facts.comorbidities;
  const { plateletsPerUl, ptRatio, apttRatio } = facts.labs;
  const correctable: Text[] = [];
  const listed: Text[] = [];
  if (c.marrowSuppression) correctable.push(text(G.factors.marrowSuppression));
  const coagulation = [
    plateletsPerUl !== undefined && plateletsPerUl < 100_000 ? text(G.factors.platelets, { value: Math.round(plateletsPerUl) }) : null,
    ptRatio !== undefined && ptRatio > 1.6 ? text(G.factors.pt, { value: ptRatio }) : null,
    apttRatio !== undefined && apttRatio > 1.5 ? text(G.factors.aptt, { value: apttRatio }) : null,
  ].filter((f) => f !== null);
  correctable.push(...coagulation);
  if (facts.systemicTherapy.some((t) => t.class === 'corticosteroid' && t.ongoing)) listed.push(text(G.factors.corticosteroid));
  if (c.lowBoneDensity) listed.push(text(G.factors.lowBoneDensity));
  if (c.malnutrition) listed.push(text(G.factors.malnutrition));
  if (c.obesity) listed.push(text(G.factors.obesity));
  if (c.diabetes) listed.push(text(G.factors.diabetes));
  if (correctable.length === 0 && listed.length === 0) return null;
  const because = [text(G.present, { factors: join([...correctable, ...listed], G.separator) })];
  if (correctable.length > 0) because.push(text(G.correctFirst, { factors: join(correctable, G.separator) }));
  if (coagulation.length > 0) because.push(text(G.coagulationReading));
  return finding({
    id: `${option}.general-condition`,
    verdict: correctable.length > 0 ? 'consider' : 'info',
    strength: 'consensus',
    tier: 'narrative',
    evidence: null,
    source: cite('002', '§1.1'),
    because,
  });
}

export function assessLongBoneSurgery(facts: PatientFacts): OptionAssessment {
  const absent = noLongBoneLesion(facts);
  if (absent) return assess('long-bone-surgery', [absent]);
  const indication = longBoneIndication(facts);
  return assess('long-bone-surgery', withPerioperative('long-bone-surgery', [
    cannotTolerateSurgery('long-bone-surgery', facts),
    indication,
    mirelsScore(facts, indication?.verdict === 'recommended'),
    generalCondition('long-bone-surgery', facts),
    longBoneProcedure(facts),
    amputation(facts),
  ], facts));
}

/** Catalogue entry of the shared 002 §1.1 rule for one surgical option. */
export const generalConditionInfo = (option: SurgicalOption): RuleInfo => ({
  id: `${option}.general-condition`,
  option,
  tier: 'narrative',
  decides: 'General condition that affects surgery: marrow suppression, platelets < 100 000/µL, PT > 1.6 × or APTT > 1.5 × normal (001 review 2(3) thresholds as the reading; 002 gives none) → consider, correct first (tempers, not a contraindication); ongoing corticosteroids, low bone density, malnutrition, obesity, diabetes → listed (note).',
  sources: [cite('002', '§1.1'), cite('001', 'review 2(3)')],
});

export const LONG_BONE_RULES: RuleInfo[] = [
  { id: 'long-bone-surgery.no-long-bone-lesion', option: 'long-bone-surgery', decides: 'No long-bone lesion (site long-bone or proximal-femur): not recommended; no lesion described: needs information.', sources: [cite('004', '§4.5.4.1')] },
  { id: 'long-bone-surgery.indication', option: 'long-bone-surgery', decides: 'Pathological fracture, or a long-bone lesion that is the only painful lesion recorded, with pain refractory to conservative treatment (refractory pain is recorded per patient: with several painful lesions it is not attributed to a long bone): recommended (clear indications); impending fracture (recorded, or Mirels ≥ 9), or only an amputation candidate: consider; fracture status unknown: needs information; none: not recommended (surgery is for complete or impending fractures).', sources: [cite('004', '§4.5.4.1'), cite('004', '§4.5.2')] },
  { id: 'long-bone-surgery.mirels', option: 'long-bone-surgery', decides: 'Mirels score of each unbroken long-bone lesion: ≥ 9 prophylactic fixation (recommended), 8 consider, ≤ 7 not recommended; info when another lesion already indicates surgery; items missing: needs information.', sources: [publicSource(MIRELS_CITATION), cite('004', '§4.5.2')] },
  generalConditionInfo('long-bone-surgery'),
  ...perioperativeRuleInfo('long-bone-surgery').filter((rule) => !rule.id.endsWith('.tomita-strategy')),
  { id: 'long-bone-surgery.procedure', option: 'long-bone-surgery', decides: 'Per lesion: bone end → tumour-segment resection and prosthetic reconstruction; shaft → cement-augmented internal fixation or segmental prosthesis; chosen individually (note).', sources: [cite('004', '§4.5.4.1')] },
  { id: 'long-bone-surgery.amputation', option: 'long-bone-surgery', decides: 'Bone destruction uncontrolled by other treatments with intractable pain, major neurovascular involvement or extensive soft-tissue invasion: amputation may be used for quality of life (note; reading: uncontrolled destruction plus at least one other condition).', sources: [cite('004', '§4.5.4.1')] },
];
