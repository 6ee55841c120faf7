import { histologyText } from '../histology.text.js';
import { text, join, type Msg, type Text, type TextParam } from '../text.js';
import { radiotherapyText as T } from './radiotherapy.text.js';
import { addDays, daysBetween, type LesionFacts, type PatientFacts, type PriorTreatment } from '../facts/index.js';
import { isLungCancer } from '../histology.js';
import { esccBand, type EsccBand } from '../instruments/escc.js';
import { cite, publicSource, type SourceRef } from '../sources.js';
import { lifeExpectancyScoresNote } from './life-expectancy.js';
import { lesionName, radiosensitivityOf } from './context.js';
import { treatmentCovers, treatmentsCovering } from './readers.js';
import { assess, finding, graded, need, type Finding, type Need, type OptionAssessment, type RuleInfo } from './finding.js';
import type { FractionationSchedule, RadiotherapyPlan } from './plan.js';
import { SSRS_AFTER_SEPARATION_DAYS, SURGERY_TO_RT_DAYS, hypervascularity } from './surgery-dates.js';

// ---------------------------------------------------------------------------------------------
// Dose arithmetic (linear-quadratic model)

/** α/β in Gy: tumour 10, late-responding tissue 3, spinal cord 2 (public radiobiology, REFERENCE S6). */
export const ALPHA_BETA = { tumour: 10, lateEffects: 3, spinalCord: 2 } as const;
const PLAN_ALPHA_BETAS: readonly number[] = [ALPHA_BETA.tumour, ALPHA_BETA.lateEffects, ALPHA_BETA.spinalCord];

const LQ_SOURCE = publicSource('Fowler JF. The linear-quadratic formula and progress in fractionated radiotherapy. Br J Radiol 1989;62:679–94');
const NOMS_SOURCE = publicSource('Laufer I et al. The NOMS framework. Oncologist 2013;18:744–51');
const ASTRO_SOURCE = publicSource('Lutz S et al. Palliative radiation therapy for bone metastases: update of an ASTRO evidence-based guideline. Pract Radiat Oncol 2017;7:4–12');

function checkSchedule(doseGy: number, fractions: number, alphaBeta: number): void {
  for (const [name, value] of [['doseGy', doseGy], ['fractions', fractions], ['alphaBeta', alphaBeta]] as const) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number, got ${value}`);
  }
}

/** Biologically effective dose, Gy: BED = n·d·(1 + d/(α/β)) with d = dose per fraction. Full precision. */
export function bed(doseGy: number, fractions: number, alphaBeta: number): number {
  checkSchedule(doseGy, fractions, alphaBeta);
  return doseGy * (1 + doseGy / fractions / alphaBeta);
}

/** Equivalent dose in 2-Gy fractions, Gy: EQD2 = BED / (1 + 2/(α/β)). Full precision. */
export function eqd2(doseGy: number, fractions: number, alphaBeta: number): number {
  return bed(doseGy, fractions, alphaBeta) / (1 + 2 / alphaBeta);
}

/** The plan shows doses to 2 decimals (display precision); bed() and eqd2() keep full precision. */
const round2 = (gy: number): number => Math.round(gy * 100) / 100;

/** One schedule with BED and EQD2 keyed by α/β ("10", "3", "2"), rounded to 2 decimals. */
export function fractionationSchedule(label: Text, doseGy: number, fractions: number, alphaBetas: readonly number[] = PLAN_ALPHA_BETAS): FractionationSchedule {
  const bedByAlphaBeta: Record<string, number> = {};
  const eqd2ByAlphaBeta: Record<string, number> = {};
  for (const alphaBeta of alphaBetas) {
    bedByAlphaBeta[String(alphaBeta)] = round2(bed(doseGy, fractions, alphaBeta));
    eqd2ByAlphaBeta[String(alphaBeta)] = round2(eqd2(doseGy, fractions, alphaBeta));
  }
  return { label, doseGy, fractions, dosePerFractionGy: round2(doseGy / fractions), bed: bedByAlphaBeta, eqd2: eqd2ByAlphaBeta };
}

// ---------------------------------------------------------------------------------------------
// Numbers from the sources

/** 004 §4.4.1: a single 8 Gy fraction relieves pain as well as fractionated schedules. */
const SINGLE_FRACTION = { doseGy: 8, fractions: 1 };
/** ASTRO 2017 (the guideline 004 §4.4.1 cites): 20 Gy/5 among the equivalent palliative schedules. */
const FIVE_FRACTIONS = { doseGy: 20, fractions: 5 };
/** 001 CQ4: IMRT 30 Gy/10 fractions over 2 weeks with PVP. */
const TEN_FRACTIONS = { doseGy: 30, fractions: 10 };
/** 000 §1.2: IMRT technique of the cohort. */
const IMRT_000 = {
  ctvMarginMm: 5,
  ptvMarginMm: 5,
  energyMv: 6,
  fields: 4,
  doseRangeGy: { min: 30, max: 50 },
  dosePerFractionGy: 2,
  fractionRange: { min: 15, max: 25 },
};
/** 000 §1.2: IMRT within 1 week after PVP in the combined arm. */
const IMRT_AFTER_PVP_DAYS = 7;
/** 004 §4.4.2: SBRT mainly for a life expectancy above 6 months. */
const SBRT_LIFE_EXPECTANCY_ABOVE_MONTHS = 6;
/** 002 §2.3: SINS 13–18 is unstable. */
const SINS_UNSTABLE_FROM = 13;
/** 002 §3.7: post-operative radiotherapy after wound healing or 2 weeks. */
const POSTOPERATIVE_RT_AFTER_DAYS = SURGERY_TO_RT_DAYS;

// ---------------------------------------------------------------------------------------------
// Reading the facts

interface IndexedLesion {
  lesion: LesionFacts;
  /** Position in facts.lesions, for need paths such as `lesions[2].escc`. */
  index: number;
}

const indexedLesions = (facts: PatientFacts): IndexedLesion[] => facts.lesions.map((lesion, index) => ({ lesion, index }));
const spinalIndexed = (facts: PatientFacts): IndexedLesion[] => indexedLesions(facts).filter(({ lesion }) => lesion.site === 'spine');
/** Levels, conditions or problems as one list. */
const list = (items: readonly TextParam[]): Text => join(items, T.separator);
const levelList = (lesions: readonly IndexedLesion[]): Text => list(lesions.map(({ lesion }) => lesionName(lesion)));

const isRadiotherapy = (t: PriorTreatment): boolean => t.kind === 'radiotherapy' || t.kind === 'sbrt';
const priorRadiotherapy = (facts: PatientFacts): PriorTreatment[] => facts.priorTreatments.filter(isRadiotherapy);

function previouslyIrradiated(facts: PatientFacts, lesion: LesionFacts): boolean {
  return lesion.previouslyIrradiated === true || treatmentsCovering(facts, lesion).some(isRadiotherapy);
}

const painPresent = (facts: PatientFacts): boolean => (facts.pain?.score ?? 0) > 0 || facts.lesions.some((l) => l.painful === true);
const lesionPainful = (facts: PatientFacts, lesion: LesionFacts): boolean => lesion.painful ?? (facts.pain?.score ?? 0) > 0;
const bandOf = (lesion: LesionFacts): EsccBand | undefined => (lesion.escc === undefined ? undefined : esccBand(lesion.escc));
const neurologicalDeficit = (facts: PatientFacts): boolean => facts.neurology !== undefined && facts.neurology.frankel !== 'E';
/** High-grade ESCC (2–3) at any level, or a neurological deficit. */
const cordCompression = (facts: PatientFacts): boolean =>
  spinalIndexed(facts).some(({ lesion }) => bandOf(lesion) === 'high-grade') || neurologicalDeficit(facts);

function histologyName(facts: PatientFacts): Text {
  const histology = facts.primary.histology;
  return text(histology ? histologyText[histology] : T.radiosensitivity.noHistology);
}

const latest = (treatments: readonly PriorTreatment[]): PriorTreatment | undefined =>
  [...treatments].sort((a, b) => b.date.localeCompare(a.date))[0];

const separationSurgeryDone = (facts: PatientFacts): PriorTreatment | undefined =>
  latest(facts.priorTreatments.filter((t) => t.kind === 'separation-surgery'));

const consensus = (section: string) => ({ strength: 'consensus' as const, evidence: null, source: cite('002', section) });
const narrative = (section: string) => ({ strength: 'narrative' as const, evidence: null, source: cite('004', section) });
const publicDefinition = (source: SourceRef) => ({ strength: 'definition' as const, evidence: null, source });

/**
 * 002 §3.2 contraindicates separation surgery for hypervascular tumours: a text that would name it as the
 * partner is replaced by one that says so and names what remains.
 */
function withoutSeparation(facts: PatientFacts, because: Msg): Msg[] {
  return hypervascularity(facts) ? [T.noms.resistantLead, T.noSeparationHypervascular] : [because];
}

// ---------------------------------------------------------------------------------------------
// Rules shared by EBRT and SBRT

type RtOption = 'ebrt' | 'sbrt';

/** 004 rec 10 (1B): refractory pain, pathological fracture or cord compression → local RT, particularly SBRT, first. */
export function rec10FirstChoice(option: RtOption, facts: PatientFacts): Finding | null {
  const conditions: Text[] = [];
  if (facts.pain?.refractory) conditions.push(text(T.rec10.refractoryPain));
  const fractured = indexedLesions(facts).filter(({ lesion }) => lesion.fracture === 'pathological');
  if (fractured.length > 0) conditions.push(text(T.rec10.fracture, { levels: levelList(fractured) }));
  if (cordCompression(facts)) conditions.push(text(T.rec10.cordCompression));
  if (conditions.length === 0) return null;
  const because: Msg[] = [T.rec10.because];
  if (!isLungCancer(facts.primary.histology)) because.push(T.rec10.extrapolated);
  return finding({ id: `${option}.rec-10-first-choice`, verdict: 'recommended', ...graded('lc-bone-rec-10'), because }, {
    conditions: list(conditions),
    histology: histologyName(facts),
  });
}

/** 002 §3.7: after surgery, radiotherapy once the wound has healed or 2 weeks have passed. */
export function postoperativeTiming(option: RtOption, facts: PatientFacts): Finding | null {
  const kinds: readonly PriorTreatment['kind'][] = option === 'ebrt' ? ['surgery', 'separation-surgery'] : ['surgery'];
  const surgery = latest(facts.priorTreatments.filter((t) => kinds.includes(t.kind)));
  if (!surgery) return null;
  const from = addDays(surgery.date, POSTOPERATIVE_RT_AFTER_DAYS);
  if (facts.decisionDate !== undefined && daysBetween(surgery.date, facts.decisionDate) >= POSTOPERATIVE_RT_AFTER_DAYS) return null;
  const reason = surgery.woundHealed === true ? T.postoperative.healed : T.postoperative.pending;
  return finding({ id: `${option}.postoperative-timing`, verdict: 'info', ...consensus('§3.7'), because: [reason] }, { date: surgery.date, from });
}

/** Previous radiotherapy courses over these lesions as cord EQD2 (α/β 2), with the planned course added. */
function previousCourseLines(facts: PatientFacts, lesions: readonly IndexedLesion[]): Text[] {
  const lines: Text[] = [];
  const planned = facts.plannedRadiotherapy;
  for (const { lesion } of lesions) {
    for (const course of treatmentsCovering(facts, lesion).filter(isRadiotherapy)) {
      if (course.doseGy === undefined || course.fractions === undefined) continue;
      const previous = eqd2(course.doseGy, course.fractions, ALPHA_BETA.spinalCord);
      const level = lesionName(lesion);
      lines.push(text(T.reirradiation.priorCourse, { level, dose: course.doseGy, fractions: course.fractions, eqd2: round2(previous) }));
      if (planned) {
        const total = previous + eqd2(planned.doseGy, planned.fractions, ALPHA_BETA.spinalCord);
        lines.push(text(T.reirradiation.cumulative, { dose: planned.doseGy, fractions: planned.fractions, total: round2(total) }));
      }
    }
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// EBRT

/** 002 §1.3 (and the NOMS literature for haematological tumours): the conventional radiosensitivity class. */
export function radiosensitivityClass(facts: PatientFacts): Finding {
  const { class: sensitivity, basis } = radiosensitivityOf(facts);
  const histology = histologyName(facts);
  if (sensitivity === 'unknown') {
    // Unknown matters most where the choice is radiotherapy alone vs separation surgery (ESCC ≥ 1c).
    const decisive = spinalIndexed(facts).some(({ lesion }) => {
      const band = bandOf(lesion);
      return band !== undefined && band !== 'low-grade';
    });
    // The class matters through NOMS (a public framework): the question holds NOMS, not 004 rec 10.
    return finding({
      id: 'ebrt.radiosensitivity',
      verdict: decisive ? 'needs-information' : 'info',
      ...consensus('§1.3'),
      tier: 'framework',
      because: [T.radiosensitivity.unknown],
      needs: [need('primary.radiosensitivity', T.why.radiosensitivity)],
    }, { histology });
  }
  const fromNoms = basis.startsWith('public');
  const basisText = basis === 'clinician'
    ? text(T.radiosensitivity.basis.clinician)
    : fromNoms ? text(T.radiosensitivity.basis.noms) : (basis.split(' (')[0] ?? basis);
  const source = fromNoms ? publicDefinition(NOMS_SOURCE) : consensus(basis.includes('§3.7') ? '§3.7' : '§1.3');
  return finding({
    id: 'ebrt.radiosensitivity',
    verdict: 'info',
    ...source,
    because: [sensitivity === 'sensitive' ? T.radiosensitivity.sensitive : T.radiosensitivity.insensitive],
  }, { histology, basis: basisText });
}

/** 004 §4.4.1: painful bone metastasis without fracture or cord compression → EBRT (8 Gy × 1 as good as fractionated). */
export function uncomplicatedPainfulMetastasis(facts: PatientFacts): Finding | null {
  if (!painPresent(facts) || facts.lesions.length === 0) return null;
  const complicated = facts.lesions.some((l) => l.fracture === 'pathological' || l.fracture === 'impending') || cordCompression(facts);
  if (complicated) return null;
  return finding({
    id: 'ebrt.uncomplicated-pain',
    verdict: 'recommended',
    ...narrative('§4.4.1'),
    because: [T.uncomplicatedPain.relief, T.uncomplicatedPain.singleFraction],
    needs: facts.kps === undefined ? [need('kps', T.why.kps)] : [],
  });
}

/** 002 §1.2: local pain responds to RT; mechanical pain needs augmentation or fixation; radicular pain eases as the tumour shrinks. */
export function painTypeForRadiotherapy(facts: PatientFacts): Finding | null {
  switch (facts.pain?.type) {
    case 'local':
      return finding({ id: 'ebrt.local-pain', verdict: 'recommended', ...consensus('§1.2'), because: [T.painType.local] });
    case 'mechanical':
      return finding({ id: 'ebrt.mechanical-pain', verdict: 'consider', ...consensus('§1.2'), because: [T.painType.mechanical] });
    case 'radicular':
      return finding({ id: 'ebrt.radicular-pain', verdict: 'consider', ...consensus('§1.2'), because: [T.painType.radicular] });
    default:
      return null;
  }
}

/** Spinal lesions grouped by ESCC band; `unknown` when the grade is not given. */
function byEsccBand(lesions: readonly IndexedLesion[]): Record<EsccBand | 'unknown', IndexedLesion[]> {
  const groups: Record<EsccBand | 'unknown', IndexedLesion[]> = { 'low-grade': [], 'cord-abutment': [], 'high-grade': [], unknown: [] };
  for (const entry of lesions) groups[bandOf(entry.lesion) ?? 'unknown'].push(entry);
  return groups;
}

function esccNeeds(lesions: readonly IndexedLesion[]): Need[] {
  return lesions.map(({ index }) => need(`lesions[${index}].escc`, T.why.escc));
}

type FindingSpec = Parameters<typeof finding>[0];

/** A radioresistant-tumour finding at `lesions` whose partner would be separation surgery (see withoutSeparation). */
function separationPartnerFinding(facts: PatientFacts, lesions: readonly IndexedLesion[], spec: Omit<FindingSpec, 'because'>, because: Msg): Finding {
  return finding({ ...spec, because: withoutSeparation(facts, because) }, { levels: levelList(lesions), histology: histologyName(facts) });
}

/** NOMS, radioresistant tumour: the spinal levels without an ESCC grade ask for it. */
function nomsNeedsEscc(option: RtOption, ungraded: readonly IndexedLesion[]): Finding | null {
  if (ungraded.length === 0) return null;
  return finding({
    id: `${option}.noms-needs-escc`,
    verdict: 'needs-information',
    ...publicDefinition(NOMS_SOURCE),
    because: [T.noms.needsEscc],
    needs: esccNeeds(ungraded),
  }, { levels: levelList(ungraded) });
}

/**
 * NOMS (public; consistent with 002 §2.4 and §3.2) for conventional EBRT: radiosensitive → cEBRT whatever the
 * ESCC grade; radioresistant → SRS for low grade, separation surgery + SRS for high grade, 1c debated.
 */
export function nomsForEbrt(facts: PatientFacts): Finding[] {
  const lesions = spinalIndexed(facts);
  const sensitivity = radiosensitivityOf(facts).class;
  if (lesions.length === 0 || sensitivity === 'unknown') return [];
  const noms = publicDefinition(NOMS_SOURCE);
  if (sensitivity === 'sensitive') {
    return [finding({ id: 'ebrt.noms-radiosensitive', verdict: 'recommended', ...noms, because: [T.noms.ebrtSensitive] }, {
      histology: histologyName(facts),
      levels: levelList(lesions),
    })];
  }
  const groups = byEsccBand(lesions);
  const findings: (Finding | null)[] = [];
  if (groups['low-grade'].length > 0) {
    findings.push(finding({ id: 'ebrt.noms-radioresistant-low-grade', verdict: 'consider', ...noms, because: [T.noms.ebrtResistantLow] }, { levels: levelList(groups['low-grade']) }));
  }
  if (groups['cord-abutment'].length > 0) {
    findings.push(separationPartnerFinding(facts, groups['cord-abutment'], { id: 'ebrt.noms-radioresistant-1c', verdict: 'consider', ...noms }, T.noms.ebrtResistantAbutment));
  }
  if (groups['high-grade'].length > 0) {
    findings.push(separationPartnerFinding(facts, groups['high-grade'], { id: 'ebrt.noms-radioresistant-high-grade', verdict: 'not-recommended', ...noms }, T.noms.ebrtResistantHigh));
  }
  findings.push(nomsNeedsEscc('ebrt', groups.unknown));
  return findings.filter((f): f is Finding => f !== null);
}

/** 002 §2.4: ESCC 0 → radiotherapy alone may be considered (for radiosensitive tumours NOMS already recommends cEBRT). */
export function esccZeroRadiotherapyAlone(facts: PatientFacts): Finding | null {
  if (radiosensitivityOf(facts).class === 'sensitive') return null;
  const confined = spinalIndexed(facts).filter(({ lesion }) => lesion.escc === '0');
  if (confined.length === 0) return null;
  return finding({ id: 'ebrt.escc-0-rt-alone', verdict: 'consider', ...consensus('§2.4'), because: [T.escc0] }, { levels: levelList(confined) });
}

/** 002 §2.3: SINS 13–18 calls for surgery to restore stability; radiotherapy follows stabilisation. */
export function instabilityBeforeRadiotherapy(facts: PatientFacts): Finding | null {
  const unstable = spinalIndexed(facts).filter(({ lesion }) => lesion.sins !== undefined && lesion.sins >= SINS_UNSTABLE_FROM);
  if (unstable.length === 0) return null;
  const lesions = list(unstable.map(({ lesion }) => text(T.sinsOf, { level: lesionName(lesion), sins: lesion.sins ?? '' })));
  return finding({ id: 'ebrt.unstable-spine', verdict: 'consider', ...consensus('§2.3'), because: [T.instability] }, { lesions });
}

/** 004 §4.4.2 (with §4.4.1): re-irradiation of a treated lesion — SBRT is the named technique; repeat EBRT possible. */
export function ebrtReirradiation(facts: PatientFacts): Finding | null {
  const irradiated = indexedLesions(facts).filter(({ lesion }) => previouslyIrradiated(facts, lesion));
  if (irradiated.length === 0) return null;
  return finding({
    id: 'ebrt.re-irradiation',
    verdict: 'consider',
    ...narrative('§4.4.2'),
    because: [T.reirradiation.ebrt, ...previousCourseLines(facts, irradiated)],
  }, { levels: levelList(irradiated) });
}

interface PvpContext {
  done: PriorTreatment | undefined;
  levels: Text;
}

function pvpContext(facts: PatientFacts): PvpContext | null {
  const done = facts.priorTreatments.filter((t) => t.kind === 'pvp');
  const planned = facts.plannedPvpLevels ?? [];
  if (done.length === 0 && planned.length === 0) return null;
  const levels = done.length > 0 ? done.flatMap((t) => t.levels ?? []) : planned;
  return {
    done: latest(done),
    levels: levels.length > 0 ? list(levels) : text(T.levelsNotGiven),
  };
}

/** 002 §3.4: after PVP/PKP patients need further radiotherapy. */
export function radiotherapyAfterPvp(facts: PatientFacts): Finding | null {
  const pvp = pvpContext(facts);
  if (!pvp) return null;
  return finding({
    id: 'ebrt.after-pvp',
    verdict: 'recommended',
    ...consensus('§3.4'),
    because: [pvp.done ? T.afterPvp.done : T.afterPvp.planned],
  }, { levels: pvp.levels });
}

/** 001 CQ4 (weak, C): PVP combined with radiotherapy when the combination is expected to help. */
export function combinedWithPvp(facts: PatientFacts): Finding | null {
  if (!pvpContext(facts)) return null;
  return finding({ id: 'ebrt.combined-with-pvp', verdict: 'info', ...graded('jsir-cq4'), because: [T.combinedWithPvp] });
}

/** 000 §1.2: in the combined arm IMRT started within 1 week after PVP. */
export function imrtWithinWeekOfPvp(facts: PatientFacts): Finding | null {
  const pvp = pvpContext(facts);
  if (!pvp) return null;
  const study = { strength: 'study' as const, evidence: null, source: cite('000', '§1.2') };
  if (pvp.done) {
    return finding({ id: 'ebrt.imrt-within-week-of-pvp', verdict: 'info', ...study, because: [T.imrtAfterPvp.dated] }, {
      pvp: pvp.done.date,
      by: addDays(pvp.done.date, IMRT_AFTER_PVP_DAYS),
    });
  }
  return finding({ id: 'ebrt.imrt-within-week-of-pvp', verdict: 'info', ...study, because: [T.imrtAfterPvp.planned] });
}

/**
 * The separation surgery whose post-operative radiotherapy is being decided: the most recent one, until its
 * SSRS window closes (002 §3.7). Older operations are history; their levels count as irradiated or operated.
 */
function recentSeparationSurgery(facts: PatientFacts): PriorTreatment | undefined {
  const surgery = separationSurgeryDone(facts);
  if (!surgery || facts.decisionDate === undefined) return surgery;
  return daysBetween(surgery.date, facts.decisionDate) <= SSRS_AFTER_SEPARATION_DAYS.to ? surgery : undefined;
}

/**
 * 002 §3.2: separation surgery must be followed by stereotactic radiotherapy, not conventional EBRT — at the
 * levels it separated, while its radiotherapy is due. Other lesions keep their own EBRT verdict.
 */
export function ebrtAfterSeparationSurgery(facts: PatientFacts): Finding | null {
  const surgery = recentSeparationSurgery(facts);
  if (!surgery) return null;
  const base = { id: 'ebrt.after-separation-surgery', ...consensus('§3.2') };
  if (!surgery.levels || surgery.levels.length === 0) {
    const index = facts.priorTreatments.indexOf(surgery);
    return finding({ ...base, verdict: 'info', because: [T.separationSurgery.levelsUnknown], needs: [need(`priorTreatments[${index}].levels`, T.why.separationLevels)] }, { date: surgery.date });
  }
  const all = indexedLesions(facts);
  const separated = all.filter(({ lesion }) => treatmentCovers(surgery, lesion));
  const params = { date: surgery.date, levels: list(surgery.levels) };
  if (separated.length > 0 && separated.length === all.length) {
    return finding({ ...base, verdict: 'not-recommended', because: [T.separationSurgery.stereotacticPartner] }, params);
  }
  return finding({ ...base, verdict: 'info', because: [T.separationSurgery.otherLevels] }, params);
}

/** 002 §3.7: no pre-operative radiotherapy for a pathological or impending fracture. */
export function noPreoperativeRadiotherapyForFracture(facts: PatientFacts): Finding | null {
  const fractured = indexedLesions(facts).filter(({ lesion }) => lesion.fracture === 'pathological' || lesion.fracture === 'impending');
  if (fractured.length === 0) return null;
  return finding({ id: 'ebrt.fracture-no-preoperative-rt', verdict: 'info', ...consensus('§3.7'), because: [T.fracturePreoperative] }, {
    levels: levelList(fractured),
  });
}

/** 004 §4.4.3: multifocal pain persisting after EBRT → bone-targeted radionuclides (⁸⁹Sr; ²²³Ra in prostate cancer); not first line. */
export function radiopharmaceuticals(facts: PatientFacts): Finding | null {
  const irradiatedBefore = priorRadiotherapy(facts).length > 0 || facts.lesions.some((l) => l.previouslyIrradiated === true);
  const boneMetastases = Math.max(facts.lesions.length, (facts.metastases.spinal ?? 0) + (facts.metastases.extraspinalBone ?? 0));
  if (!irradiatedBefore || !painPresent(facts) || boneMetastases < 2) return null;
  const because: Msg[] = [T.radiopharmaceuticals.because];
  if (facts.primary.histology === 'prostate') because.push(T.radiopharmaceuticals.prostate);
  if (isLungCancer(facts.primary.histology)) because.push(T.radiopharmaceuticals.lung);
  return finding({ id: 'ebrt.radiopharmaceuticals', verdict: 'info', ...narrative('§4.4.3'), because });
}

function ebrtUndecided(facts: PatientFacts): Finding {
  const needs: Need[] = [];
  if (facts.pain === undefined) needs.push(need('pain.score', T.why.pain));
  if (facts.lesions.length === 0) needs.push(need('lesions', T.why.lesions));
  return finding({ id: 'ebrt.undecided', verdict: 'needs-information', ...narrative('§4.4.1'), because: [T.undecided.ebrt], needs });
}

export function assessEbrt(facts: PatientFacts): OptionAssessment {
  const findings = [
    radiosensitivityClass(facts),
    rec10FirstChoice('ebrt', facts),
    uncomplicatedPainfulMetastasis(facts),
    painTypeForRadiotherapy(facts),
    ...nomsForEbrt(facts),
    esccZeroRadiotherapyAlone(facts),
    instabilityBeforeRadiotherapy(facts),
    ebrtReirradiation(facts),
    radiotherapyAfterPvp(facts),
    combinedWithPvp(facts),
    imrtWithinWeekOfPvp(facts),
    ebrtAfterSeparationSurgery(facts),
    noPreoperativeRadiotherapyForFracture(facts),
    postoperativeTiming('ebrt', facts),
    radiopharmaceuticals(facts),
  ].filter((f): f is Finding => f !== null);
  if (!findings.some((f) => f.verdict !== 'info')) findings.push(ebrtUndecided(facts));
  return assess('ebrt', findings);
}

// ---------------------------------------------------------------------------------------------
// SBRT / SSRS

const irradiatedAndPainful = (facts: PatientFacts): IndexedLesion[] =>
  indexedLesions(facts).filter(({ lesion }) => previouslyIrradiated(facts, lesion) && lesionPainful(facts, lesion));

/**
 * 004 §4.4.2, read conjunctively: SBRT mainly for a life expectancy > 6 months AND pain persisting or recurring
 * after standard EBRT AND a need for re-irradiation. Outside re-irradiation (sbrt.re-irradiation) the section
 * does not choose a first treatment — 004 rec 10 and 002 §3.7 do — so a long life expectancy is a note, a short
 * one speaks against SBRT (a narrative statement: it tempers, never vetoes); an unknown one is asked (needs
 * information at the narrative tier, which holds a framework-only verdict and never a graded one).
 */
export function sbrtLifeExpectancy(facts: PatientFacts): Finding | null {
  if ((facts.lesions.length === 0 && !painPresent(facts)) || irradiatedAndPainful(facts).length > 0) return null;
  const months = facts.lifeExpectancyMonths;
  const base = { id: 'sbrt.life-expectancy', ...narrative('§4.4.2') };
  if (months === undefined) {
    return finding({ ...base, verdict: 'needs-information', because: [T.sbrtLifeExpectancy.unknown], needs: [need('lifeExpectancyMonths', T.why.lifeExpectancy)] });
  }
  const long = months > SBRT_LIFE_EXPECTANCY_ABOVE_MONTHS;
  return finding({ ...base, verdict: long ? 'info' : 'not-recommended', because: [long ? T.sbrtLifeExpectancy.long : T.sbrtLifeExpectancy.short] }, { months });
}

/**
 * NOMS (public) for SBRT/SRS: radioresistant low grade → SRS; 1c debated; high grade → separation surgery
 * first (002 §3.2, unless already done); radiosensitive → conventional EBRT is enough.
 */
export function nomsForSbrt(facts: PatientFacts): Finding[] {
  const lesions = spinalIndexed(facts);
  const sensitivity = radiosensitivityOf(facts).class;
  if (lesions.length === 0 || sensitivity === 'unknown') return [];
  const noms = publicDefinition(NOMS_SOURCE);
  if (sensitivity === 'sensitive') {
    const notIrradiated = lesions.filter(({ lesion }) => !previouslyIrradiated(facts, lesion));
    if (notIrradiated.length === 0) return [];
    return [finding({ id: 'sbrt.noms-radiosensitive', verdict: 'consider', ...noms, because: [T.noms.sbrtSensitive] }, {
      histology: histologyName(facts),
      levels: levelList(notIrradiated),
    })];
  }
  const groups = byEsccBand(lesions);
  const findings: (Finding | null)[] = [];
  if (groups['low-grade'].length > 0) {
    findings.push(finding({ id: 'sbrt.noms-radioresistant-low-grade', verdict: 'recommended', ...noms, because: [T.noms.sbrtResistantLow] }, { levels: levelList(groups['low-grade']) }));
  }
  if (groups['cord-abutment'].length > 0) {
    findings.push(separationPartnerFinding(facts, groups['cord-abutment'], { id: 'sbrt.noms-radioresistant-1c', verdict: 'consider', ...noms }, T.noms.sbrtResistantAbutment));
  }
  if (groups['high-grade'].length > 0 && !separationSurgeryDone(facts)) {
    findings.push(separationPartnerFinding(facts, groups['high-grade'], { id: 'sbrt.high-grade-escc', verdict: 'consider', ...consensus('§3.2') }, T.sbrtHighGrade));
  }
  findings.push(nomsNeedsEscc('sbrt', groups.unknown));
  return findings.filter((f): f is Finding => f !== null);
}

/** 002 §1.3: SSRS disregards conventional radiosensitivity; separation from the cord is its prerequisite. */
export function ssrsOverridesRadiosensitivity(facts: PatientFacts): Finding | null {
  if (spinalIndexed(facts).length === 0 || radiosensitivityOf(facts).class !== 'insensitive') return null;
  return finding({ id: 'sbrt.overrides-radiosensitivity', verdict: 'info', ...consensus('§1.3'), because: [T.overridesRadiosensitivity] }, {
    histology: histologyName(facts),
  });
}

/** 002 §3.7: SSRS may be the first choice without obvious instability or cord deficit. */
export function ssrsFirstChoice(facts: PatientFacts): Finding | null {
  const lesions = spinalIndexed(facts);
  if (lesions.length === 0) return null;
  const problems: Text[] = [];
  // A level already decompressed and stabilised by separation surgery is SSRS's own target (002 §3.2, §3.7).
  const surgery = separationSurgeryDone(facts);
  const separated = surgery ? lesions.filter(({ lesion }) => treatmentCovers(surgery, lesion)) : [];
  const open = lesions.filter((entry) => !separated.includes(entry));
  const unstable = open.filter(({ lesion }) => lesion.sins !== undefined && lesion.sins >= SINS_UNSTABLE_FROM);
  if (unstable.length > 0) problems.push(text(T.firstChoice.unstable, { levels: levelList(unstable) }));
  const compressedElsewhere = open.some(({ lesion }) => bandOf(lesion) === 'high-grade');
  const deficitFromSeparated = separated.length > 0 && !compressedElsewhere;
  if (facts.neurology && neurologicalDeficit(facts) && !deficitFromSeparated) problems.push(text(T.firstChoice.deficit, { grade: facts.neurology.frankel }));
  const source = consensus('§3.7');
  const separatedNote = separated.length > 0 ? [text(T.firstChoice.separated, { levels: levelList(separated) })] : [];
  if (problems.length > 0) {
    return finding({ id: 'sbrt.first-choice', verdict: 'consider', ...source, because: [T.firstChoice.notFirst, ...separatedNote] }, {
      problems: list(problems),
    });
  }
  // SINS cannot be scored at operated or irradiated levels (002 §2.3): do not ask for it there.
  const needs = open
    .filter(({ lesion }) => lesion.sins === undefined && !lesion.previouslyOperated && !previouslyIrradiated(facts, lesion))
    .map(({ index }) => need(`lesions[${index}].sins`, T.why.sins));
  if (!facts.neurology) needs.push(need('neurology.frankel', T.why.frankel));
  if (needs.length > 0) return finding({ id: 'sbrt.first-choice', verdict: 'needs-information', ...source, because: [T.firstChoice.unknown], needs });
  return finding({ id: 'sbrt.first-choice', verdict: 'recommended', ...source, because: [T.firstChoice.stable, ...separatedNote] });
}

/** 004 §4.4.2: SBRT for pain persisting or recurring after a standard EBRT course, needing re-irradiation, with life expectancy > 6 months. */
export function sbrtReirradiation(facts: PatientFacts): Finding | null {
  const irradiated = irradiatedAndPainful(facts);
  if (irradiated.length === 0) return null;
  const base = { id: 'sbrt.re-irradiation', ...narrative('§4.4.2') };
  const courses = previousCourseLines(facts, irradiated);
  const params = { levels: levelList(irradiated), months: facts.lifeExpectancyMonths ?? '' };
  const months = facts.lifeExpectancyMonths;
  if (months === undefined) {
    return finding({ ...base, verdict: 'needs-information', because: [T.reirradiation.sbrt, T.sbrtLifeExpectancy.unknown, ...courses], needs: [need('lifeExpectancyMonths', T.why.lifeExpectancy)] }, params);
  }
  if (months <= SBRT_LIFE_EXPECTANCY_ABOVE_MONTHS) {
    return finding({ ...base, verdict: 'consider', because: [T.reirradiation.sbrt, T.sbrtLifeExpectancy.reirradiationShort, ...courses] }, params);
  }
  return finding({ ...base, verdict: 'recommended', because: [T.reirradiation.sbrt, ...courses] }, params);
}

/** 002 §3.7: stereotactic radiotherapy must follow separation surgery within 3–5 weeks. */
export function ssrsAfterSeparationSurgery(facts: PatientFacts): Finding | null {
  const surgery = separationSurgeryDone(facts);
  if (!surgery) return null;
  const from = addDays(surgery.date, SSRS_AFTER_SEPARATION_DAYS.from);
  const to = addDays(surgery.date, SSRS_AFTER_SEPARATION_DAYS.to);
  const params = { date: surgery.date, from, to };
  const source = consensus('§3.7');
  const days = facts.decisionDate === undefined ? undefined : daysBetween(surgery.date, facts.decisionDate);
  if (days !== undefined && days > SSRS_AFTER_SEPARATION_DAYS.to) {
    return finding({ id: 'sbrt.after-separation-surgery', verdict: 'consider', ...source, because: [T.separationSurgery.passed] }, params);
  }
  const inWindow = days !== undefined && days >= SSRS_AFTER_SEPARATION_DAYS.from;
  const wound = surgery.woundHealed === true ? [] : [T.separationSurgery.woundOpen];
  return finding({
    id: 'sbrt.after-separation-surgery',
    verdict: 'recommended',
    ...source,
    because: [inWindow ? T.separationSurgery.inWindow : T.separationSurgery.window, ...wound],
  }, params);
}

/** 002 §3.7: single-fraction SSRS controls the tumour better than fractionated SSRS. */
export function singleFractionSsrs(facts: PatientFacts): Finding | null {
  if (spinalIndexed(facts).length === 0) return null;
  return finding({ id: 'sbrt.single-fraction', verdict: 'info', ...consensus('§3.7'), because: [T.singleFractionSsrs] });
}

/** 001 CQ2 (weak, C): SBRT raises the vertebral fracture rate (11–39 % vs 3 %) → consider prophylactic PVP. */
export function sbrtFractureRisk(facts: PatientFacts): Finding | null {
  const uncemented = spinalIndexed(facts).filter(({ lesion }) => lesion.previouslyCemented !== true);
  if (uncemented.length === 0) return null;
  return finding({ id: 'sbrt.fracture-risk', verdict: 'info', ...graded('jsir-cq2'), because: [T.fractureRisk] }, {
    levels: levelList(uncemented),
  });
}

function sbrtUndecided(facts: PatientFacts): Finding {
  const needs: Need[] = [];
  if (facts.pain === undefined) needs.push(need('pain.score', T.why.pain));
  if (facts.lesions.length === 0) needs.push(need('lesions', T.why.lesions));
  return finding({ id: 'sbrt.undecided', verdict: 'needs-information', ...narrative('§4.4.2'), because: [T.undecided.sbrt], needs });
}

export function assessSbrt(facts: PatientFacts): OptionAssessment {
  const findings = [
    rec10FirstChoice('sbrt', facts),
    sbrtLifeExpectancy(facts),
    ...nomsForSbrt(facts),
    ssrsOverridesRadiosensitivity(facts),
    ssrsFirstChoice(facts),
    sbrtReirradiation(facts),
    ssrsAfterSeparationSurgery(facts),
    postoperativeTiming('sbrt', facts),
    singleFractionSsrs(facts),
    sbrtFractureRisk(facts),
  ].filter((f): f is Finding => f !== null);
  if (!findings.some((f) => f.verdict !== 'info')) findings.push(sbrtUndecided(facts));
  const scores = lifeExpectancyScoresNote('sbrt', facts, findings);
  return assess('sbrt', scores ? [...findings, scores] : findings);
}

// ---------------------------------------------------------------------------------------------
// Plan

/**
 * The fractionation menu with BED/EQD2 at α/β 10, 3 and 2 (2 decimals): 8 Gy × 1 (004 §4.4.1), 20 Gy/5
 * (ASTRO), 30 Gy/10 (001 CQ4), for spinal lesions the ends of the 000 IMRT range, and the planned course
 * (also at its own α/β). Null when there is neither a lesion nor a planned course.
 */
export function radiotherapyPlan(facts: PatientFacts): RadiotherapyPlan | null {
  const planned = facts.plannedRadiotherapy;
  if (facts.lesions.length === 0 && !planned) return null;
  const spine = spinalIndexed(facts).length > 0;
  const imrtSchedules = [IMRT_000.doseRangeGy.min, IMRT_000.doseRangeGy.max].map((doseGy) => ({
    label: doseGy === IMRT_000.doseRangeGy.min ? T.plan.imrtLow : T.plan.imrtHigh,
    doseGy,
    fractions: doseGy / IMRT_000.dosePerFractionGy,
  }));
  const menu = [
    { label: T.plan.single, ...SINGLE_FRACTION },
    { label: T.plan.fiveFractions, ...FIVE_FRACTIONS },
    { label: T.plan.tenFractions, ...TEN_FRACTIONS },
    ...(spine ? imrtSchedules : []),
  ];
  const schedules = menu.map((s) => fractionationSchedule(text(s.label), s.doseGy, s.fractions));
  if (planned) {
    const alphaBetas = planned.alphaBeta === undefined || PLAN_ALPHA_BETAS.includes(planned.alphaBeta)
      ? PLAN_ALPHA_BETAS
      : [planned.alphaBeta, ...PLAN_ALPHA_BETAS];
    const label = text(T.plan.planned, { dose: planned.doseGy, fractions: planned.fractions });
    schedules.push(fractionationSchedule(label, planned.doseGy, planned.fractions, alphaBetas));
  }
  return {
    radiosensitivity: radiosensitivityOf(facts).class,
    schedules,
    imrt: spine ? { ...IMRT_000, coverage: text(T.plan.imrtCoverage) } : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Catalogue

export const RADIOTHERAPY_RULES: RuleInfo[] = [
  { id: 'ebrt.radiosensitivity', option: 'ebrt', tier: ['framework', 'recommendation'], decides: 'Conventional radiosensitivity of the primary (clinician override, else 002 §1.3 / NOMS); unknown → asks for it, needs information where ESCC ≥ 1c makes it decisive.', sources: [cite('002', '§1.3'), cite('002', '§3.7'), NOMS_SOURCE] },
  { id: 'ebrt.rec-10-first-choice', option: 'ebrt', decides: 'Refractory pain, pathological fracture or cord compression: local EBRT (particularly SBRT) first choice (recommended; graded for lung cancer, extended to others).', sources: [cite('004', 'rec 10 (1B)')] },
  { id: 'ebrt.uncomplicated-pain', option: 'ebrt', decides: 'Painful bone metastasis without fracture or cord compression: EBRT recommended, 50–80 % relief, 8 Gy × 1 equal to fractionated schedules.', sources: [cite('004', '§4.4.1')] },
  { id: 'ebrt.local-pain', option: 'ebrt', decides: 'Local (biological) pain responds to radiotherapy (recommended).', sources: [cite('002', '§1.2')] },
  { id: 'ebrt.mechanical-pain', option: 'ebrt', decides: 'Mechanical pain needs augmentation or fixation; radiotherapy follows (consider).', sources: [cite('002', '§1.2')] },
  { id: 'ebrt.radicular-pain', option: 'ebrt', decides: 'Radicular pain eases as the tumour shrinks (consider).', sources: [cite('002', '§1.2')] },
  { id: 'ebrt.noms-radiosensitive', option: 'ebrt', decides: 'Radiosensitive tumour at a spinal level: conventional EBRT whatever the ESCC grade (recommended).', sources: [NOMS_SOURCE, cite('002', '§3.2')] },
  { id: 'ebrt.noms-radioresistant-low-grade', option: 'ebrt', decides: 'Radioresistant tumour with ESCC 0–1b: SRS preferred, cEBRT palliative (consider).', sources: [NOMS_SOURCE] },
  { id: 'ebrt.noms-radioresistant-1c', option: 'ebrt', decides: 'Radioresistant tumour with ESCC 1c (debated): SRS or separation surgery + SRS (consider).', sources: [NOMS_SOURCE] },
  { id: 'ebrt.noms-radioresistant-high-grade', option: 'ebrt', decides: 'Radioresistant tumour with ESCC 2–3: EBRT alone not recommended; separation surgery + stereotactic RT.', sources: [NOMS_SOURCE, cite('002', '§2.4')] },
  { id: 'ebrt.noms-needs-escc', option: 'ebrt', decides: 'Radioresistant tumour at a spinal level without an ESCC grade: needs information.', sources: [NOMS_SOURCE] },
  { id: 'ebrt.escc-0-rt-alone', option: 'ebrt', decides: 'ESCC 0 (tumour confined to bone), tumour not known to be radiosensitive: radiotherapy alone may be considered.', sources: [cite('002', '§2.4')] },
  { id: 'ebrt.unstable-spine', option: 'ebrt', decides: 'SINS ≥ 13: surgery restores stability first, radiotherapy follows (consider).', sources: [cite('002', '§2.3')] },
  { id: 'ebrt.re-irradiation', option: 'ebrt', decides: 'Previously irradiated lesion: repeat EBRT possible, SBRT named for re-irradiation (consider); shows the previous and cumulative cord EQD2 (α/β 2).', sources: [cite('004', '§4.4.2'), cite('004', '§4.4.1')] },
  { id: 'ebrt.after-pvp', option: 'ebrt', decides: 'PVP/PKP done or planned: further radiotherapy after augmentation (recommended).', sources: [cite('002', '§3.4')] },
  { id: 'ebrt.combined-with-pvp', option: 'ebrt', decides: 'PVP with radiotherapy suggested when expected to help; IMRT 30 Gy/10 fx with PVP reported (note).', sources: [cite('001', '§7 CQ4')] },
  { id: 'ebrt.imrt-within-week-of-pvp', option: 'ebrt', decides: 'IMRT within 1 week after PVP as in the 000 combined arm, with the date (note).', sources: [cite('000', '§1.2')] },
  { id: 'ebrt.after-separation-surgery', option: 'ebrt', decides: 'Separation surgery at the levels of every lesion, until its SSRS window closes (day 35): EBRT not recommended there — the partner is stereotactic radiotherapy; lesions at other levels keep their own verdict (note); levels not recorded → asked for. Older operations do not block EBRT.', sources: [cite('002', '§3.2')] },
  { id: 'ebrt.fracture-no-preoperative-rt', option: 'ebrt', decides: 'Pathological or impending fracture: no pre-operative radiotherapy if surgery is planned (note).', sources: [cite('002', '§3.7')] },
  { id: 'ebrt.postoperative-timing', option: 'ebrt', decides: 'Within 2 weeks after surgery: post-operative radiotherapy once the wound has healed or from day 14 (note).', sources: [cite('002', '§3.7')] },
  { id: 'ebrt.radiopharmaceuticals', option: 'ebrt', decides: 'Multifocal pain persisting after EBRT: bone-targeted radionuclides (⁸⁹Sr; ²²³Ra in prostate cancer), not first line (note).', sources: [cite('004', '§4.4.3')] },
  { id: 'ebrt.undecided', option: 'ebrt', decides: 'Nothing decides EBRT: asks for the pain and the lesions.', sources: [cite('004', '§4.4.1')] },
  { id: 'sbrt.rec-10-first-choice', option: 'sbrt', decides: 'Refractory pain, pathological fracture or cord compression: local RT, particularly SBRT, first choice (recommended).', sources: [cite('004', 'rec 10 (1B)')] },
  { id: 'sbrt.life-expectancy', option: 'sbrt', decides: '004 §4.4.2 read conjunctively (life expectancy > 6 months AND pain after standard EBRT AND re-irradiation needed): outside re-irradiation, ≤ 6 months speaks against SBRT (not recommended, narrative: tempers only), > 6 months is a note (the first treatment is decided by 004 rec 10 and 002 §3.7), unknown → needs information (narrative tier: it holds only a lower-tier verdict such as NOMS).', sources: [cite('004', '§4.4.2')] },
  { id: 'sbrt.noms-radiosensitive', option: 'sbrt', decides: 'Radiosensitive tumour at a non-irradiated spinal level: conventional EBRT is enough (consider SBRT).', sources: [NOMS_SOURCE] },
  { id: 'sbrt.noms-radioresistant-low-grade', option: 'sbrt', decides: 'Radioresistant tumour with ESCC 0–1b: SRS (recommended).', sources: [NOMS_SOURCE] },
  { id: 'sbrt.noms-radioresistant-1c', option: 'sbrt', decides: 'Radioresistant tumour with ESCC 1c: SRS or separation surgery first (consider).', sources: [NOMS_SOURCE] },
  { id: 'sbrt.high-grade-escc', option: 'sbrt', decides: 'Radioresistant tumour with ESCC 2–3 and no separation surgery yet: separation surgery first, then SSRS (consider).', sources: [cite('002', '§3.2'), NOMS_SOURCE] },
  { id: 'sbrt.noms-needs-escc', option: 'sbrt', decides: 'Radioresistant tumour at a spinal level without an ESCC grade: needs information.', sources: [NOMS_SOURCE] },
  { id: 'sbrt.overrides-radiosensitivity', option: 'sbrt', decides: 'Radioresistant histology: SSRS disregards conventional radiosensitivity (note).', sources: [cite('002', '§1.3')] },
  { id: 'sbrt.first-choice', option: 'sbrt', decides: 'No SINS ≥ 13 and no cord deficit: SSRS may be first choice (recommended); otherwise consider after stabilisation/decompression; SINS or Frankel missing → needs information. Levels already decompressed and stabilised by separation surgery are exempt.', sources: [cite('002', '§3.7')] },
  { id: 'sbrt.re-irradiation', option: 'sbrt', decides: 'Previously irradiated lesion still painful: SBRT re-irradiation recommended when life expectancy > 6 months (all three conditions of 004 §4.4.2), consider when ≤ 6, needs information when unknown; with the cord EQD2 of the previous course.', sources: [cite('004', '§4.4.2')] },
  { id: 'sbrt.life-expectancy-scores', option: 'sbrt', tier: 'framework', decides: 'Life expectancy asked for and not given: what the prognosis panel’s scores suggest (note; never decides).', sources: [cite('002', '§2.2')] },
  { id: 'sbrt.after-separation-surgery', option: 'sbrt', decides: 'After separation surgery: stereotactic RT within 3–5 weeks, read as from day 14 once the wound has healed to day 35 (recommended, with dates); window passed → consider after reassessment.', sources: [cite('002', '§3.7')] },
  { id: 'sbrt.postoperative-timing', option: 'sbrt', decides: 'Within 2 weeks after other surgery: radiotherapy once the wound has healed or from day 14 (note).', sources: [cite('002', '§3.7')] },
  { id: 'sbrt.single-fraction', option: 'sbrt', decides: 'Single-fraction SSRS gives better local control than fractionated (note).', sources: [cite('002', '§3.7')] },
  { id: 'sbrt.fracture-risk', option: 'sbrt', decides: 'SBRT raises vertebral fracture risk (11–39 % vs 3 %): consider prophylactic PVP (note).', sources: [cite('001', '§7 CQ2')] },
  { id: 'sbrt.undecided', option: 'sbrt', decides: 'Nothing decides SBRT: asks for the pain and the lesions.', sources: [cite('004', '§4.4.2')] },
  { id: 'plan.radiotherapy-schedules', option: 'plan', decides: 'Fractionation menu: 8 Gy × 1, 20 Gy/5, 30 Gy/10, IMRT 30–50 Gy at 2 Gy (spinal lesions), and the planned course.', sources: [cite('004', '§4.4.1'), ASTRO_SOURCE, cite('001', '§7 CQ4'), cite('000', '§1.2')] },
  { id: 'plan.radiotherapy-bed-eqd2', option: 'plan', decides: 'BED = n·d·(1 + d/(α/β)) and EQD2 = BED/(1 + 2/(α/β)) at α/β 10, 3, 2 (and the planned α/β), shown to 2 decimals.', sources: [LQ_SOURCE] },
  { id: 'plan.radiotherapy-imrt', option: 'plan', decides: 'IMRT technique for spinal lesions: CTV = GTV + 5 mm, PTV = CTV + 5 mm, 6 MV, 4 fields, 30–50 Gy in 15–25 × 2 Gy, one vertebra above and below, cord spared.', sources: [cite('000', '§1.2')] },
];
