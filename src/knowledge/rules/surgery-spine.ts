import { surgeryText as T } from './surgery.text.js';
import { histologyText } from '../histology.text.js';
import { text, type Msg, type Text, type TextParam } from '../text.js';
import type { LesionFacts, PatientFacts } from '../facts/index.js';
import { ESCC_GRADES, esccBand, type EsccGrade } from '../instruments/escc.js';
import { ecogFromKps, type KpsValue } from '../instruments/kps.js';
import { tesIndication, tomitaTypeOf, type TomitaType } from '../instruments/tomita-type.js';
import { analyseWbb, formatZones } from '../instruments/wbb.js';
import { cite } from '../sources.js';
import { lesionName, radiosensitivityOf } from './context.js';
import { finding, need, type Finding, type Need, type Verdict } from './finding.js';
import { hypervascularity } from './surgery-dates.js';
import { LIFE_EXPECTANCY_FACT } from './life-expectancy.js';
import type { SurgicalOption } from './surgery-scores.js';

/** 002 §3.1: TES needs a life expectancy of more than 6 months. */
export const TES_LIFE_EXPECTANCY_ABOVE_MONTHS = 6;

/** Spinal-lesion helpers and the rules of TES, separation surgery and laminectomy with fixation (002 §3.1–§3.3). */

const consensus = (section: string) => ({ strength: 'consensus' as const, evidence: null, source: cite('002', section) });

/** Spinal lesions with their index in `lesions`, for the need's fact path. */
export const indexedSpinalLesions = (facts: PatientFacts): { lesion: LesionFacts; index: number }[] =>
  facts.lesions.flatMap((lesion, index) => (lesion.site === 'spine' ? [{ lesion, index }] : []));

/** Without a spinal lesion a spinal operation cannot be assessed; with none at all it is not indicated. */
export function noSpinalLesion(option: SurgicalOption, facts: PatientFacts): Finding | null {
  if (indexedSpinalLesions(facts).length > 0) return null;
  const id = `${option}.no-spinal-lesion`;
  if (facts.metastases.spinal === 0) {
    return finding({ id, verdict: 'not-recommended', ...consensus('§3'), because: [T.spine.noSpinalMetastasis] });
  }
  return finding({ id, verdict: 'needs-information', ...consensus('§3'), because: [T.spine.noSpinalLesion], needs: [need('lesions', T.why.spinalLesion)] });
}

/** The worst ESCC grade among the graded spinal lesions, and the ungraded ones. */
export function worstEscc(facts: PatientFacts): { grade: EsccGrade | null; lesion: LesionFacts | null; ungraded: number[] } {
  let worst: { grade: EsccGrade; lesion: LesionFacts } | null = null;
  const ungraded: number[] = [];
  for (const { lesion, index } of indexedSpinalLesions(facts)) {
    if (lesion.escc === undefined) ungraded.push(index);
    else if (!worst || ESCC_GRADES.indexOf(lesion.escc) > ESCC_GRADES.indexOf(worst.grade)) worst = { grade: lesion.escc, lesion };
  }
  return { grade: worst?.grade ?? null, lesion: worst?.lesion ?? null, ungraded };
}

const esccNeeds = (indices: readonly number[]): Need[] => indices.map((i) => need(`lesions[${i}].escc`, T.why.escc));

// ---------------------------------------------------------------- TES (002 §3.1)

/** "Good general condition" (002 §3.1) read as KPS ≥ 70 (ECOG 0–1): this system's operationalisation, not the source's. */
export const GOOD_GENERAL_CONDITION_MIN_KPS = 70;

type Status = 'met' | 'unmet' | 'relative' | 'unknown';
interface Criterion {
  status: Status;
  line: Text;
  needs: Need[];
}

/** The Tomita type of the single spinal lesion; several listed spinal lesions count as skip lesions (type 7). */
export function tomitaTypeOfFacts(facts: PatientFacts): { type: TomitaType | null; lesion: LesionFacts } | { missing: string } {
  const spinal = indexedSpinalLesions(facts);
  const first = spinal[0];
  if (!first) return { missing: 'lesions' };
  const { lesion, index } = first;
  if (spinal.length > 1) return { type: 7, lesion };
  if (!lesion.tomitaSites || lesion.tomitaSites.length === 0) return { missing: `lesions[${index}].tomitaSites` };
  const adjacentVertebrae = lesion.adjacentVertebrae ?? (lesion.level?.levels.length ?? 1) > 1;
  return { type: tomitaTypeOf({ sites: lesion.tomitaSites, adjacentVertebrae, skipLesions: false }), lesion };
}

function generalCondition(facts: PatientFacts): Criterion {
  if (facts.kps === undefined) return { status: 'unknown', line: text(T.tes.general.unknown), needs: [need('kps', T.why.kps)] };
  const status = facts.kps >= GOOD_GENERAL_CONDITION_MIN_KPS ? 'met' : 'unmet';
  return { status, line: text(T.tes.general[status], { kps: facts.kps, ecog: ecogFromKps(facts.kps as KpsValue) }), needs: [] };
}

/** 002 §3.1 "预期寿命>6 个月": the clinician's estimate; without it the criterion is asked for (the scores' note is `tes.life-expectancy-scores`). */
function lifeExpectancy(facts: PatientFacts): Criterion {
  const months = facts.lifeExpectancyMonths;
  if (months === undefined) return { status: 'unknown', line: text(T.tes.life.unknown), needs: [need(LIFE_EXPECTANCY_FACT, T.why.lifeExpectancy)] };
  const status = months > TES_LIFE_EXPECTANCY_ABOVE_MONTHS ? 'met' : 'unmet';
  return { status, line: text(T.tes.life.clinician[status], { months }), needs: [] };
}

function solitary(facts: PatientFacts): Criterion {
  const { spinal } = facts.metastases;
  const listed = indexedSpinalLesions(facts).length;
  if ((spinal !== undefined && spinal !== 1) || listed > 1) {
    return { status: 'unmet', line: text(T.tes.solitary.unmet, { n: Math.max(spinal ?? 0, listed) }), needs: [] };
  }
  if (spinal === undefined) return { status: 'unknown', line: text(T.tes.solitary.unknown), needs: [need('metastases.spinal', T.why.spinalCount)] };
  return { status: 'met', line: text(T.tes.solitary.met), needs: [] };
}

function primaryControlled(facts: PatientFacts): Criterion {
  const controlled = facts.primary.controlled;
  if (controlled === undefined) return { status: 'unknown', line: text(T.tes.primary.unknown), needs: [need('primary.controlled', T.why.primaryControlled)] };
  return { status: controlled ? 'met' : 'unmet', line: text(controlled ? T.tes.primary.met : T.tes.primary.unmet), needs: [] };
}

function tomitaTypeCriterion(facts: PatientFacts): Criterion {
  const typed = tomitaTypeOfFacts(facts);
  if ('missing' in typed) return { status: 'unknown', line: text(T.tes.type.unknown), needs: [need(typed.missing, T.why.tomitaType)] };
  const params = { type: typed.type ?? '', level: lesionName(typed.lesion) };
  if (typed.type === null) return { status: 'unmet', line: text(T.tes.type.posteriorOnly, params), needs: [] };
  const indication = tesIndication(typed.type);
  const status = indication === 'indicated' ? 'met' : indication === 'relative' ? 'relative' : 'unmet';
  return { status, line: text(T.tes.type[indication], params), needs: [] };
}

/** 002 §3.1: good general condition, life expectancy > 6 months, solitary spinal metastasis, primary controlled, Tomita type 2–5. */
export function tesIndicationFinding(facts: PatientFacts): Finding {
  const criteria = [
    generalCondition(facts),
    lifeExpectancy(facts),
    solitary(facts),
    primaryControlled(facts),
    tomitaTypeCriterion(facts),
  ];
  const has = (status: Status) => criteria.some((c) => c.status === status);
  const verdict: Verdict = has('unmet') ? 'not-recommended' : has('unknown') ? 'needs-information' : has('relative') ? 'consider' : 'recommended';
  const summary = { 'not-recommended': T.tes.summary.unmet, 'needs-information': T.tes.summary.unknown, consider: T.tes.summary.relative, recommended: T.tes.summary.met, contraindicated: T.tes.summary.unmet }[verdict];
  return finding({
    id: 'tes.indication',
    verdict,
    ...consensus('§3.1'),
    because: [summary, ...criteria.map((c) => c.line)],
    needs: verdict === 'needs-information' ? criteria.flatMap((c) => c.needs) : [],
  });
}

/** 002 §3.1: Tomita type 7 (multiple skip lesions) contraindicates TES. */
export function tesTypeSevenContraindication(facts: PatientFacts): Finding | null {
  const typed = tomitaTypeOfFacts(facts);
  if ('missing' in typed || typed.type !== 7) return null;
  return finding({ id: 'tes.tomita-type-7', verdict: 'contraindicated', ...consensus('§3.1'), because: [T.tes.typeSeven] });
}

/** 002 §3.1: WBB zones decide between oncological and anatomical en-bloc resection. */
export function tesWbbRoute(facts: PatientFacts): Finding | null {
  const spinal = indexedSpinalLesions(facts);
  const only = spinal.length === 1 ? spinal[0] : undefined;
  if (!only) return null;
  const base = { id: 'tes.wbb-route', verdict: 'info' as const, ...consensus('§3.1') };
  const zones = only.lesion.wbbZones;
  if (!zones || zones.length === 0) {
    return finding({ ...base, because: [T.tes.wbb.missing], needs: [need(`lesions[${only.index}].wbbZones`, T.why.wbb)] });
  }
  const analysis = analyseWbb(zones);
  return finding({ ...base, because: [T.tes.wbb[analysis.route]] }, { zones: formatZones(zones) });
}

// ---------------------------------------------------------------- separation surgery (002 §3.2)

/** 002 §3.2 and §2.4: epidural disease, above all radioresistant tumour with ESCC 2–3, followed by SSRS. */
export function separationIndication(facts: PatientFacts): Finding | null {
  const base = { id: 'separation-surgery.indication', ...consensus('§3.2') };
  const { grade, lesion, ungraded } = worstEscc(facts);
  if (grade === null) {
    if (ungraded.length === 0) return null;
    return finding({ ...base, verdict: 'needs-information', because: [T.separation.esccMissing], needs: esccNeeds(ungraded) });
  }
  const params = { grade, level: lesion ? lesionName(lesion) : '' };
  const band = esccBand(grade);
  if (band === 'cord-abutment') return finding({ ...base, verdict: 'consider', because: [T.separation.cordAbutment] }, params);
  if (band === 'low-grade') {
    if (ungraded.length === 0) return null;
    return finding({ ...base, verdict: 'needs-information', because: [T.separation.esccMissing], needs: esccNeeds(ungraded) });
  }
  const sensitivity = radiosensitivityOf(facts).class;
  if (sensitivity === 'insensitive') return finding({ ...base, verdict: 'recommended', because: [T.separation.indicated] }, params);
  if (sensitivity === 'sensitive') return null;
  return finding({
    ...base,
    verdict: 'needs-information',
    because: [T.separation.sensitivityUnknown],
    needs: [need(facts.primary.histology ? 'primary.radiosensitivity' : 'primary.histology', T.why.radiosensitivity)],
  }, params);
}

/** 002 §3.2 contraindications: hypervascular tumour, radiosensitive tumour, low-grade ESCC. */
export function separationContraindications(facts: PatientFacts): Finding[] {
  const found: Finding[] = [];
  const contra = (id: string, reason: Msg, params: Record<string, TextParam> = {}) =>
    found.push(finding({ id: `separation-surgery.${id}`, verdict: 'contraindicated', ...consensus('§3.2'), because: [reason] }, params));
  const vascular = hypervascularity(facts);
  const histology = facts.primary.histology;
  if (vascular) contra('hypervascular', T.separation.hypervascular[vascular], { histology: histology ? text(histologyText[histology]) : '' });
  const sensitivity = radiosensitivityOf(facts);
  const basis = sensitivity.basis === 'clinician' ? text(T.separation.clinicianBasis) : sensitivity.basis;
  if (sensitivity.class === 'sensitive') contra('radiosensitive', T.separation.radiosensitive, { basis });
  const { grade, ungraded } = worstEscc(facts);
  if (grade !== null && esccBand(grade) === 'low-grade' && ungraded.length === 0) contra('low-grade-escc', T.separation.lowGrade, { grade });
  return found;
}

// ---------------------------------------------------------------- laminectomy with fixation (002 §3.3)

/** Cord or root compression worth a palliative decompression: ESCC 2–3, radicular compression or a progressing deficit. */
export function compressionToDecompress(facts: PatientFacts): boolean {
  const { grade } = worstEscc(facts);
  return (grade !== null && esccBand(grade) === 'high-grade') || facts.neurology?.radicularCompression === true || facts.neurology?.deficitProgressing === true;
}

/** 002 §3.3: disease confined to the posterior elements (WBB 10–3), or a planned palliative decompression. */
export function laminectomyIndication(facts: PatientFacts): Finding | null {
  const spinal = indexedSpinalLesions(facts);
  if (spinal.length === 0) return null;
  const base = { id: 'laminectomy-fixation.indication', ...consensus('§3.3') };
  const posterior = spinal.find(({ lesion }) => lesion.wbbZones && lesion.wbbZones.length > 0 && analyseWbb(lesion.wbbZones).route === 'posterior-only');
  if (posterior) {
    return finding({ ...base, verdict: 'recommended', because: [T.laminectomy.posteriorOnly] }, { level: lesionName(posterior.lesion), zones: formatZones(posterior.lesion.wbbZones ?? []) });
  }
  if (compressionToDecompress(facts)) return finding({ ...base, verdict: 'consider', because: [T.laminectomy.decompression] });
  const unzoned = spinal.filter(({ lesion }) => !lesion.wbbZones || lesion.wbbZones.length === 0);
  const { ungraded } = worstEscc(facts);
  if (unzoned.length > 0 || ungraded.length > 0 || facts.neurology === undefined) {
    const needs = [
      ...unzoned.map(({ index }) => need(`lesions[${index}].wbbZones`, T.why.wbb)),
      ...esccNeeds(ungraded),
      ...(facts.neurology === undefined ? [need('neurology.frankel', T.why.neurology)] : []),
    ];
    return finding({ ...base, verdict: 'needs-information', because: [T.laminectomy.undecided], needs });
  }
  return finding({ ...base, verdict: 'not-recommended', because: [T.laminectomy.notIndicated] });
}

/** 004 §4.5.4.2: avoid posterior laminectomy alone, which worsens instability. */
export function laminectomyNeedsFixation(): Finding {
  return finding({ id: 'laminectomy-fixation.fixation-required', verdict: 'info', strength: 'narrative', evidence: null, source: cite('004', '§4.5.4.2'), because: [T.laminectomy.fixation] });
}
