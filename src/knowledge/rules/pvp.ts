import { histologyText } from '../histology.text.js';
import { text, join, type Msg, type Text } from '../text.js';
import { pvpText as T } from './pvp.text.js';
import { parseLevelSpan, regionOf, type SpinalLevel } from '../anatomy/spine.js';
import type { LesionFacts, PatientFacts, PriorTreatment } from '../facts/index.js';
import { PRIMARY_BONE_TUMOURS } from '../histology.js';
import { esccBand } from '../instruments/escc.js';
import { painBand } from '../instruments/vas.js';
import { cite, publicSource, type SourceRef } from '../sources.js';
import { lesionName } from './context.js';
import { treatmentsCovering } from './readers.js';
import { assess, finding, graded, need, type Finding, type Need, type OptionAssessment, type Reason, type RuleInfo } from './finding.js';
import type { CementLevelPlan } from './plan.js';

/**
 * Percutaneous vertebroplasty / kyphoplasty (001 JSIR guideline; 002 §3.4).
 *
 * How the verdicts are chosen:
 * - contraindicated: what 002 §3.4 lists as a contraindication (local or systemic infection,
 *   incomplete paralysis from cord compression, severe coagulopathy, PMMA allergy, pregnancy) and
 *   what 001 review 2 puts outside the indication (uncontrollable bleeding). Infection is
 *   contraindicated "until resolved" (001 review 2(4)).
 * - not-recommended: outside the 002 §3.4 eligibility (neural compression, posterior wall not
 *   intact, pedicles involved, severe collapse), osteoblastic lesions (001 CQ3, weak against),
 *   a deficit from cord compression without incomplete paralysis (001 review 2(5): "generally not
 *   indicated", individual decisions remain), minors (001 §3(8): efficacy and safety unproven), and
 *   no indication at all.
 * - consider: cautions the source asks to weigh individually (bleeding thresholds, severe organ
 *   dysfunction, HIV, more than 3 levels, cervical or sacral levels, re-treatment, primary bone
 *   tumours outside 001's scope), CQ2 fracture prevention (weak), and eligibility unmet at only
 *   some of the levels (treat the others).
 * - needs-information: the imaging facts of eligibility (ESCC, posterior wall, pedicles, collapse)
 *   and the facts of the indication. The pre-procedure safety screen (labs, infection, PMMA allergy,
 *   pregnancy) is asked for on `info` findings: it is checked before the procedure and does not
 *   hold up the MDT decision.
 */

// ---------------------------------------------------------------------------------------------
// Numbers from the sources

/** 001 review 2(3): bleeding-caution thresholds (platelets per µL; PT and APTT as multiples of normal). */
export const BLEEDING_CAUTION = { plateletsBelowPerUl: 100_000, ptRatioAbove: 1.6, apttRatioAbove: 1.5 } as const;
/** 001 review 3(1): up to 3 vertebrae per session for painful lytic metastases. */
export const MAX_LEVELS_PER_SESSION = 3;
/** 001 §3(7)–(8): adults aged 20 or more. */
export const MIN_AGE_YEARS = 20;
/** 001 CQ5: usually 3–5 mL per level, about 50–70 % of the vertebral-body volume. */
export const CEMENT_VOLUME_ML = { min: 3, max: 5 } as const;
export const CEMENT_FILL_PERCENT = { min: 50, max: 70 } as const;
/**
 * 002 §3.4 excludes "severe collapse" without a number. This system reads it as more than 2/3 of
 * the height lost (less than a third left, the vertebra-plana range): an operationalisation, not the source's.
 */
export const SEVERE_COLLAPSE_ABOVE_PERCENT = 200 / 3;
/** Women of reproductive age, 15–49 years (WHO), for asking about pregnancy (002 §3.4). */
export const CHILD_BEARING_AGE = { from: 15, to: 49 } as const;
const WHO_REPRODUCTIVE_AGE = publicSource('WHO. Women of reproductive age (15–49 years) population (indicator definition)');

// ---------------------------------------------------------------------------------------------
// Reading the facts

export interface IndexedLesion {
  lesion: LesionFacts;
  /** Position in facts.lesions, for need paths such as `lesions[2].escc`. */
  index: number;
}

export const indexedLesions = (facts: PatientFacts): IndexedLesion[] => facts.lesions.map((lesion, index) => ({ lesion, index }));
const indexedSpinal = (facts: PatientFacts): IndexedLesion[] => indexedLesions(facts).filter(({ lesion }) => lesion.site === 'spine');

/** The lesion is a source of pain: its own flag, else any pain reported. */
export const lesionPainful = (facts: PatientFacts, lesion: LesionFacts): boolean => lesion.painful ?? (facts.pain?.score ?? 0) > 0;

const FRACTURED: readonly (LesionFacts['fracture'])[] = ['impending', 'pathological'];

const treatedBy = (facts: PatientFacts, lesion: LesionFacts, kinds: readonly PriorTreatment['kind'][]): boolean =>
  treatmentsCovering(facts, lesion).some((t) => kinds.includes(t.kind));

export const previouslyIrradiated = (facts: PatientFacts, lesion: LesionFacts): boolean =>
  lesion.previouslyIrradiated === true || treatedBy(facts, lesion, ['radiotherapy', 'sbrt']);

const previouslyCemented = (facts: PatientFacts, lesion: LesionFacts): boolean =>
  lesion.previouslyCemented === true || treatedBy(facts, lesion, ['pvp']);

/** One vertebra to treat, with the lesion that describes it (none for a planned level nobody described). */
export interface PvpTarget {
  level: SpinalLevel;
  entry?: IndexedLesion;
}

interface Targets {
  targets: PvpTarget[];
  planned: boolean;
  /** Planned level texts that are not vertebral levels. */
  unparsed: string[];
}

function lesionAtLevel(facts: PatientFacts, level: SpinalLevel): IndexedLesion | undefined {
  return indexedSpinal(facts).find(({ lesion }) => lesion.level?.levels.includes(level));
}

/**
 * The vertebrae PVP would treat: `plannedPvpLevels` when given; otherwise the spinal lesions that are
 * not osteoblastic and are painful, fractured (pathological or impending), or — when a physician has
 * restricted activity for fracture risk (001 CQ1-②) — any of them.
 */
function pvpTargetsOf(facts: PatientFacts): Targets {
  const seen = new Set<SpinalLevel>();
  const targets: PvpTarget[] = [];
  const add = (level: SpinalLevel, entry: IndexedLesion | undefined) => {
    if (seen.has(level)) return;
    seen.add(level);
    targets.push(entry ? { level, entry } : { level });
  };
  const plannedTexts = facts.plannedPvpLevels ?? [];
  if (plannedTexts.length > 0) {
    const unparsed: string[] = [];
    for (const planned of plannedTexts) {
      const levels = parseLevelSpan(planned);
      if (!levels) unparsed.push(planned);
      else for (const level of levels) add(level, lesionAtLevel(facts, level));
    }
    return { targets, planned: true, unparsed };
  }
  for (const entry of indexedSpinal(facts)) {
    const { lesion } = entry;
    if (lesion.character === 'blastic') continue;
    const candidate = lesionPainful(facts, lesion) || FRACTURED.includes(lesion.fracture) || facts.activityRestrictedForFractureRisk === true;
    if (candidate) for (const level of lesion.level?.levels ?? []) add(level, entry);
  }
  return { targets, planned: false, unparsed: [] };
}

export function pvpTargets(facts: PatientFacts): PvpTarget[] {
  return pvpTargetsOf(facts).targets;
}

const targetPainful = (facts: PatientFacts, target: PvpTarget): boolean =>
  target.entry ? lesionPainful(facts, target.entry.lesion) : (facts.pain?.score ?? 0) > 0;
const thoracolumbar = (target: PvpTarget): boolean => {
  const region = regionOf(target.level);
  return region === 'thoracic' || region === 'lumbar';
};
const levelList = (targets: readonly PvpTarget[]): Text => join(targets.map((t) => t.level), T.separator);
const nameList = (entries: readonly IndexedLesion[]): Text => join(entries.map(({ lesion }) => lesionName(lesion)), T.separator);

/** Unique lesions behind the targets, in order. */
function targetLesions(targets: readonly PvpTarget[]): IndexedLesion[] {
  const out: IndexedLesion[] = [];
  for (const { entry } of targets) if (entry && !out.some((e) => e.index === entry.index)) out.push(entry);
  return out;
}

const consensus = (section: string) => ({ strength: 'consensus' as const, evidence: null, source: cite('002', section) });
const review = (section: string) => ({ strength: 'narrative' as const, evidence: null, source: cite('001', section) });

// ---------------------------------------------------------------------------------------------
// Scope (001 §3(7)–(8))

/** 001 §3(7)–(8): under 20 the guideline does not apply (efficacy and safety unproven). */
export function scopeAge(facts: PatientFacts): Finding | null {
  if (facts.patient.age >= MIN_AGE_YEARS) return null;
  return finding({ id: 'pvp.scope-age', verdict: 'not-recommended', ...review('§3(8)'), because: [T.scope.age] }, { age: facts.patient.age });
}

/** 001 §3(8): primary bone tumours (myeloma, haemangioma, lymphoma) are handled apart. */
export function scopePrimaryBoneTumour(facts: PatientFacts): Finding | null {
  const histology = facts.primary.histology;
  if (!histology || !PRIMARY_BONE_TUMOURS.includes(histology)) return null;
  return finding({ id: 'pvp.scope-primary-bone-tumour', verdict: 'consider', ...review('§3(8)'), because: [T.scope.primaryBoneTumour] }, {
    histology: text(histologyText[histology]),
  });
}

/** PVP treats vertebrae: without a spinal lesion there is nothing to assess. */
export function noSpinalLesion(facts: PatientFacts): Finding | null {
  if (indexedSpinal(facts).length > 0 || (facts.plannedPvpLevels ?? []).length > 0) return null;
  if (facts.metastases.spinal === 0) {
    return finding({ id: 'pvp.no-spinal-lesion', verdict: 'not-recommended', ...consensus('§3.4'), because: [T.noSpinalLesion.none] });
  }
  return finding({
    id: 'pvp.no-spinal-lesion',
    verdict: 'needs-information',
    ...consensus('§3.4'),
    because: [T.noSpinalLesion.unknown],
    needs: [need('lesions', T.why.lesions)],
  });
}

// ---------------------------------------------------------------------------------------------
// Indications (001 CQ1–CQ3, 002 §3.4)

/** 001 CQ1-① (strong, B): painful thoracic/lumbar lesion with pain restricting daily life. */
export function painfulLesion(facts: PatientFacts, targets: readonly PvpTarget[]): Finding | null {
  const painful = targets.filter((t) => thoracolumbar(t) && targetPainful(facts, t));
  if (painful.length === 0 || facts.pain?.limitsDailyLife !== true) return null;
  return finding({ id: 'pvp.painful-lesion', verdict: 'recommended', ...graded('jsir-cq1-1'), because: [T.painfulLesion, T.expectedEffect] }, {
    levels: levelList(painful),
  });
}

/** 001 CQ1-② (strong, B): activity restricted by a physician for compression-fracture risk. */
export function activityRestricted(facts: PatientFacts, targets: readonly PvpTarget[]): Finding | null {
  const atRisk = targets.filter(thoracolumbar);
  if (atRisk.length === 0 || facts.activityRestrictedForFractureRisk !== true) return null;
  return finding({ id: 'pvp.activity-restricted', verdict: 'recommended', ...graded('jsir-cq1-2'), because: [T.activityRestricted] }, {
    levels: levelList(atRisk),
  });
}

/** 002 §3.4: osteolytic destruction with severe pain (VAS/NRS ≥ 7), or a pathological compression fracture. */
export function osteolyticPainOrFracture(facts: PatientFacts, targets: readonly PvpTarget[]): Finding | null {
  const severePain = facts.pain !== undefined && painBand(facts.pain.score) === 'severe';
  const indicated = targets.filter(({ entry }) => {
    if (!entry || (entry.lesion.character !== 'lytic' && entry.lesion.character !== 'mixed')) return false;
    return (severePain && lesionPainful(facts, entry.lesion)) || entry.lesion.fracture === 'pathological';
  });
  if (indicated.length === 0) return null;
  return finding({ id: 'pvp.osteolytic-pain-or-fracture', verdict: 'recommended', ...consensus('§3.4'), because: [T.osteolytic] }, {
    levels: levelList(indicated),
  });
}

/** 001 CQ2 (weak, C): prevention of fracture at an impending fracture or after radiotherapy/ablation. */
export function fracturePrevention(facts: PatientFacts, targets: readonly PvpTarget[]): Finding | null {
  const atRisk = targets.filter(({ entry }) => {
    if (!entry || previouslyCemented(facts, entry.lesion)) return false;
    const { lesion } = entry;
    return lesion.fracture === 'impending' || previouslyIrradiated(facts, lesion) || treatedBy(facts, lesion, ['ablation']);
  });
  if (atRisk.length === 0) return null;
  return finding({ id: 'pvp.fracture-prevention', verdict: 'consider', ...graded('jsir-cq2'), because: [T.fracturePrevention] }, {
    levels: levelList(atRisk),
  });
}

/** 001 review 3(1): CQ1 covers thoracic and lumbar lesions; cervical and sacral PVP is reported, so individual. */
export function cervicalOrSacral(targets: readonly PvpTarget[]): Finding | null {
  const outside = targets.filter((t) => !thoracolumbar(t));
  if (outside.length === 0) return null;
  return finding({ id: 'pvp.cervical-or-sacral', verdict: 'consider', ...review('review 3(1)'), because: [T.cervicalOrSacral] }, {
    levels: levelList(outside),
  });
}

/** 001 CQ3 (weak, C, against): osteoblastic metastases; alternatives first. */
export function osteoblastic(facts: PatientFacts, targeting: Targets): Finding | null {
  const blastic: IndexedLesion[] = targeting.planned
    ? targetLesions(targeting.targets).filter(({ lesion }) => lesion.character === 'blastic')
    : indexedSpinal(facts).filter(({ lesion }) => lesion.character === 'blastic' && (lesionPainful(facts, lesion) || FRACTURED.includes(lesion.fracture)));
  if (blastic.length === 0) return null;
  const blasticLevels = new Set(blastic.flatMap(({ lesion }) => lesion.level?.levels ?? []));
  const others = targeting.targets.filter((t) => !blasticLevels.has(t.level));
  const all = others.length === 0;
  return finding({
    id: 'pvp.osteoblastic',
    verdict: all ? 'not-recommended' : 'consider',
    ...graded('jsir-cq3'),
    because: [all ? T.osteoblastic.all : T.osteoblastic.some],
  }, { levels: nameList(blastic) });
}

/** No indication fired: either the facts that would decide are missing, or there is none. */
export function noIndication(facts: PatientFacts): Finding {
  const needs: Need[] = [];
  if (!facts.pain) needs.push(need('pain', T.why.pain));
  else if (facts.pain.score > 0 && facts.pain.limitsDailyLife === undefined) needs.push(need('pain.limitsDailyLife', T.why.limitsDailyLife));
  if (facts.activityRestrictedForFractureRisk === undefined) needs.push(need('activityRestrictedForFractureRisk', T.why.activityRestricted));
  if (needs.length > 0) {
    return finding({ id: 'pvp.no-indication', verdict: 'needs-information', ...consensus('§3.4'), because: [T.noIndication.undecided], needs });
  }
  return finding({ id: 'pvp.no-indication', verdict: 'not-recommended', ...consensus('§3.4'), because: [T.noIndication.none] });
}

// ---------------------------------------------------------------------------------------------
// Eligibility (002 §3.4) and neurology

interface Assessed {
  name: string;
  unmet: Text[];
  needs: Need[];
}

function assessLesionEligibility(facts: PatientFacts, { lesion, index }: IndexedLesion): Assessed {
  const at = (field: string) => `lesions[${index}].${field}`;
  const unmet: Text[] = [];
  const needs: Need[] = [];
  if (lesion.character === undefined) needs.push(need(at('character'), T.why.character));
  if (lesion.escc === undefined) needs.push(need(at('escc'), T.why.escc));
  else if (esccBand(lesion.escc) === 'high-grade') unmet.push(text(T.eligibility.reasons.cordCompression, { grade: lesion.escc }));
  if (lesion.posteriorWallIntact === undefined) needs.push(need(at('posteriorWallIntact'), T.why.posteriorWall));
  else if (!lesion.posteriorWallIntact) unmet.push(text(T.eligibility.reasons.posteriorWall));
  if (lesion.pediclesInvolved !== undefined) {
    if (lesion.pediclesInvolved !== 'none') {
      unmet.push(text(T.eligibility.reasons.pedicles, { side: text(T.eligibility.sides[lesion.pediclesInvolved]) }));
    }
  } else if (lesion.tomitaSites !== undefined) {
    if (lesion.tomitaSites.includes('pedicle')) unmet.push(text(T.eligibility.reasons.pedicles, { side: text(T.eligibility.sides.tomita) }));
  } else needs.push(need(at('pediclesInvolved'), T.why.pedicles));
  const collapse = lesion.collapsePercent ?? (lesion.fracture === 'none' ? 0 : undefined);
  if (collapse === undefined) needs.push(need(at('collapsePercent'), T.why.collapse));
  else if (collapse > SEVERE_COLLAPSE_ABOVE_PERCENT) unmet.push(text(T.eligibility.reasons.collapse, { percent: collapse }));
  return { name: lesionName(lesion), unmet, needs };
}

/**
 * 002 §3.4 eligibility per lesion to treat: no neural compression (ESCC 2–3, or nerve-root
 * compression), relatively intact posterior wall, pedicles free, no severe collapse. Unmet at every
 * lesion → not recommended; unknown → needs information; unmet at some → consider the others.
 */
export function eligibility(facts: PatientFacts, targeting: Targets): Finding | null {
  if (targeting.targets.length === 0 && targeting.unparsed.length === 0) return null;
  const units: Assessed[] = targetLesions(targeting.targets).map((entry) => assessLesionEligibility(facts, entry));
  for (const target of targeting.targets.filter((t) => !t.entry)) {
    units.push({ name: target.level, unmet: [], needs: [need('lesions', T.why.lesionForLevel, { level: target.level })] });
  }
  const needs = [
    ...targeting.unparsed.map((unparsed) => need('plannedPvpLevels', T.why.plannedLevel, { text: unparsed })),
    ...units.flatMap((u) => u.needs),
  ];
  if (facts.neurology?.radicularCompression === true) {
    for (const unit of units) unit.unmet.push(text(T.eligibility.reasons.rootCompression));
  }
  const failing = units.filter((u) => u.unmet.length > 0);
  const because: Reason[] = [T.eligibility.criteria];
  for (const unit of failing) because.push(text(T.eligibility.unmet, { name: unit.name, reasons: join(unit.unmet, T.separator) }));
  const passing = units.filter((u) => u.unmet.length === 0 && u.needs.length === 0);
  if (passing.length > 0) because.push(text(T.eligibility.met, { names: join(passing.map((u) => u.name), T.separator) }));
  const allFail = units.length > 0 && failing.length === units.length;
  if (failing.length > 0 && !allFail) because.push(T.eligibility.someUnmet);
  const verdict = allFail ? 'not-recommended' : needs.length > 0 ? 'needs-information' : failing.length > 0 ? 'consider' : 'info';
  return finding({ id: 'pvp.eligibility', verdict, ...consensus('§3.4'), because, needs });
}

const INCOMPLETE_PARALYSIS: readonly string[] = ['B', 'C', 'D'];

/**
 * Cord compression = ESCC 2–3 at any spinal lesion. With Frankel B–D (incomplete paralysis) →
 * contraindicated (002 §3.4); with Frankel A → not recommended (001 review 2(5)). A deficit with no
 * ESCC grade: needs information, or not recommended while it is progressing (decompression first).
 */
export function cordCompressionDeficit(facts: PatientFacts, targets: readonly PvpTarget[] = []): Finding | null {
  const spinal = indexedSpinal(facts);
  const allCompressing = spinal.filter(({ lesion }) => lesion.escc !== undefined && esccBand(lesion.escc) === 'high-grade');
  // 002 §3.4 speaks of the vertebra's own tumour compressing the cord: with levels to treat, only a
  // compression at one of them bars PVP; one elsewhere is a caution (it is decompressed first).
  const targetLevels = new Set(targets.map((t) => t.level));
  const atTarget = (entry: IndexedLesion) => entry.lesion.level?.levels.some((level) => targetLevels.has(level)) ?? false;
  const elsewhere = targets.length > 0 ? allCompressing.filter((entry) => !atTarget(entry)) : [];
  const compressing = allCompressing.filter((entry) => !elsewhere.includes(entry));
  if (compressing.length === 0 && elsewhere.length > 0 && facts.neurology?.frankel !== 'E') {
    return finding({ id: 'pvp.compression-elsewhere', verdict: 'consider', ...consensus('§3.4'), because: [T.neurologicalDeficit.elsewhere] }, {
      levels: nameList(elsewhere),
      targets: levelList(targets),
    });
  }
  const worst = compressing.map(({ lesion }) => lesion.escc).sort().at(-1) ?? '';
  const params = { levels: nameList(compressing), grade: worst };
  const neurology = facts.neurology;
  if (!neurology) {
    if (compressing.length === 0) return null;
    return finding({
      id: 'pvp.incomplete-paralysis',
      verdict: 'needs-information',
      ...consensus('§3.4'),
      because: [T.neurologicalDeficit.frankelUnknown],
      needs: [need('neurology.frankel', T.why.frankel)],
    }, params);
  }
  const { frankel } = neurology;
  if (frankel === 'E') return null;
  if (compressing.length > 0) {
    if (INCOMPLETE_PARALYSIS.includes(frankel)) {
      return finding({ id: 'pvp.incomplete-paralysis', verdict: 'contraindicated', ...consensus('§3.4'), because: [T.incompleteParalysis] }, { ...params, frankel });
    }
    return finding({ id: 'pvp.neurological-deficit', verdict: 'not-recommended', ...review('review 2(5)'), because: [T.neurologicalDeficit.compressed] }, { ...params, frankel });
  }
  const ungraded = spinal.filter(({ lesion }) => lesion.escc === undefined);
  const progressing = neurology.deficitProgressing;
  if (ungraded.length === 0) {
    // Every lesion graded below ESCC 2: the deficit is still outside PVP's reach (001 review 2(5)).
    // 002 §1.4 "对于神经症状进行性加重的患者，则应直接手术减压" decides a progressing deficit (consensus).
    return finding({
      id: 'pvp.neurological-deficit',
      verdict: progressing ? 'not-recommended' : 'consider',
      ...(progressing ? consensus('§1.4') : review('review 2(5)')),
      because: [progressing ? T.neurologicalDeficit.lowGradeProgressing : T.neurologicalDeficit.lowGradeStable],
    }, { frankel });
  }
  return finding({
    id: 'pvp.neurological-deficit',
    verdict: progressing ? 'not-recommended' : 'needs-information',
    ...review('review 2(5)'),
    because: [progressing ? T.neurologicalDeficit.progressing : T.neurologicalDeficit.unknown],
    needs: ungraded.map(({ index }) => need(`lesions[${index}].escc`, T.why.escc)),
  }, { frankel });
}

// ---------------------------------------------------------------------------------------------
// Pre-procedure safety (001 review 2; 002 §3.4), shared with extraspinal cementoplasty

export type CementOption = 'pvp' | 'cementoplasty';

/** The cementoplasty variants say that the source speaks of vertebral cement. */
const extended = (option: CementOption, because: readonly Reason[]): Reason[] =>
  option === 'pvp' ? [...because] : [...because, T.extendedToCementoplasty];

/**
 * 001 review 2(3): uncontrollable bleeding → contraindicated; platelets < 100 000/µL, PT > 1.6 × or
 * APTT > 1.5 × normal → caution (consider); missing values are asked for.
 */
export function bleedingRisk(option: CementOption, facts: PatientFacts): Finding | null {
  const id = `${option}.bleeding-risk`;
  const source = review('review 2(3)');
  if (facts.comorbidities.uncontrollableBleeding) {
    return finding({ id, verdict: 'contraindicated', ...source, because: extended(option, [T.bleeding.uncontrollable]) });
  }
  const { plateletsPerUl, ptRatio, apttRatio } = facts.labs;
  const beyond: Text[] = [];
  const needs: Need[] = [];
  if (plateletsPerUl === undefined) needs.push(need('labs.plateletsPerUl', T.why.platelets));
  else if (plateletsPerUl < BLEEDING_CAUTION.plateletsBelowPerUl) beyond.push(text(T.bleeding.platelets, { value: plateletsPerUl }));
  if (ptRatio === undefined) needs.push(need('labs.ptRatio', T.why.pt));
  else if (ptRatio > BLEEDING_CAUTION.ptRatioAbove) beyond.push(text(T.bleeding.pt, { value: ptRatio }));
  if (apttRatio === undefined) needs.push(need('labs.apttRatio', T.why.aptt));
  else if (apttRatio > BLEEDING_CAUTION.apttRatioAbove) beyond.push(text(T.bleeding.aptt, { value: apttRatio }));
  if (beyond.length > 0) {
    return finding({ id, verdict: 'consider', ...source, because: extended(option, [T.bleeding.caution]), needs }, {
      values: join(beyond, T.separator),
    });
  }
  if (needs.length > 0) return finding({ id, verdict: 'info', ...source, because: extended(option, [T.bleeding.check]), needs });
  return null;
}

/** 001 review 2(4): local or systemic infection → postpone until resolved (contraindicated now). */
export function activeInfection(option: CementOption, facts: PatientFacts): Finding | null {
  const id = `${option}.infection`;
  const source = review('review 2(4)');
  const infection = facts.infection;
  if (!infection) {
    return finding({ id, verdict: 'info', ...source, because: extended(option, [T.infection.check]), needs: [need('infection', T.why.infection)] });
  }
  const sites = [
    ...(infection.local ? [text(T.infection.local)] : []),
    ...(infection.systemic ? [text(T.infection.systemic)] : []),
  ];
  if (sites.length === 0) return null;
  return finding({ id, verdict: 'contraindicated', ...source, because: extended(option, [T.infection.active]) }, {
    sites: join(sites, T.separator),
  });
}

/** 002 §3.4: a known PMMA allergy is a contraindication. */
export function pmmaAllergy(option: CementOption, facts: PatientFacts): Finding | null {
  const id = `${option}.pmma-allergy`;
  if (facts.pmmaAllergy === true) return finding({ id, verdict: 'contraindicated', ...consensus('§3.4'), because: extended(option, [T.pmma.allergy]) });
  if (facts.pmmaAllergy === undefined) {
    return finding({ id, verdict: 'info', ...consensus('§3.4'), because: extended(option, [T.pmma.check]), needs: [need('pmmaAllergy', T.why.pmmaAllergy)] });
  }
  return null;
}

/** 002 §3.4: pregnancy is a contraindication; asked of women aged 15–49 (WHO reproductive age). */
export function pregnancy(option: CementOption, facts: PatientFacts): Finding | null {
  const id = `${option}.pregnancy`;
  const { pregnant, sex, age } = facts.patient;
  if (pregnant === true) return finding({ id, verdict: 'contraindicated', ...consensus('§3.4'), because: extended(option, [T.pregnancy.pregnant]) });
  const childBearing = sex === 'female' && age >= CHILD_BEARING_AGE.from && age <= CHILD_BEARING_AGE.to;
  if (pregnant === undefined && childBearing) {
    return finding({
      id,
      verdict: 'info',
      ...consensus('§3.4'),
      because: extended(option, [T.pregnancy.check]),
      needs: [need('patient.pregnant', T.why.pregnant)],
    }, { age });
  }
  return null;
}

/** The safety screen every percutaneous PMMA injection shares. */
export function cementSafety(option: CementOption, facts: PatientFacts): (Finding | null)[] {
  return [activeInfection(option, facts), bleedingRisk(option, facts), pmmaAllergy(option, facts), pregnancy(option, facts)];
}

/**
 * 001 review 2(4): risk factors for post-procedure infection — urinary-tract infection, diabetes, cholecystitis,
 * meningitis, infected pressure ulcer, immunosuppression; review 5(3) adds chemotherapy → assess carefully.
 */
export function infectionRisk(facts: PatientFacts): Finding | null {
  const risks: Msg[] = [];
  if (facts.comorbidities.diabetes) risks.push(T.infection.diabetes);
  if (facts.comorbidities.immunosuppression) risks.push(T.infection.immunosuppression);
  if (facts.comorbidities.urinaryTractInfection) risks.push(T.infection.urinaryTractInfection);
  if (facts.comorbidities.cholecystitis) risks.push(T.infection.cholecystitis);
  if (facts.comorbidities.meningitis) risks.push(T.infection.meningitis);
  if (facts.comorbidities.infectedPressureUlcer) risks.push(T.infection.infectedPressureUlcer);
  if (facts.systemicTherapy.some((t) => t.class === 'chemotherapy' && t.ongoing)) risks.push(T.infection.chemotherapy);
  if (risks.length === 0) return null;
  return finding({ id: 'pvp.infection-risk', verdict: 'info', ...review('review 2(4)'), because: [T.infection.risk] }, {
    risks: join(risks.map((risk) => text(risk)), T.separator),
  });
}

/** 001 review 2(4): HIV → long-term safety unknown, individual decision. */
export function hiv(facts: PatientFacts): Finding | null {
  if (!facts.comorbidities.hiv) return null;
  return finding({ id: 'pvp.hiv', verdict: 'consider', ...review('review 2(4)'), because: [T.infection.hiv] });
}

/** 000 §1.1, §1.2: the procedure is done prone; the study excluded patients who could not lie prone. */
export function pronePosition(facts: PatientFacts): Finding | null {
  if (facts.patient.canLieProne !== false) return null;
  return finding({ id: 'pvp.prone-position', verdict: 'consider', strength: 'study', evidence: null, source: cite('000', '§1.1'), because: [T.proneExcluded] });
}

/** Organs with severe dysfunction (cardiac, pulmonary, hepatic, renal): PVP weighs them (001 review 2(6)), RFA is contraindicated by them (002 §3.5). */
export function severeOrganDysfunction(facts: PatientFacts): Text[] {
  const { severeCardiac, severePulmonary, severeHepatic, severeRenal } = facts.comorbidities;
  return [
    ...(severeCardiac ? [T.organs.cardiac] : []),
    ...(severePulmonary ? [T.organs.pulmonary] : []),
    ...(severeHepatic ? [T.organs.hepatic] : []),
    ...(severeRenal ? [T.organs.renal] : []),
  ].map((organ) => text(organ));
}

/** 001 review 2(6): severe cardiac, pulmonary, hepatic or renal dysfunction → weigh carefully. */
export function organDysfunction(facts: PatientFacts): Finding | null {
  const organs = severeOrganDysfunction(facts);
  if (organs.length === 0) return null;
  return finding({ id: 'pvp.organ-dysfunction', verdict: 'consider', ...review('review 2(6)'), because: [T.organ] }, {
    organs: join(organs, T.organSeparator),
  });
}

/** 001 review 2(2): the pre-procedure work-up. */
export function workUp(): Finding {
  return finding({ id: 'pvp.work-up', verdict: 'info', ...review('review 2(2)'), because: [T.workUp] });
}

// ---------------------------------------------------------------------------------------------
// Technique and combinations

/** 001 review 3(1): more than 3 vertebrae in one session → consider (limited evidence). */
export function levelsPerSession(targets: readonly PvpTarget[]): Finding | null {
  if (targets.length <= MAX_LEVELS_PER_SESSION) return null;
  return finding({ id: 'pvp.levels-per-session', verdict: 'consider', ...review('review 3(1)'), because: [T.levelsPerSession] }, {
    count: targets.length,
    levels: levelList(targets),
  });
}

/** 001 review 3(2): re-treating a cemented level has no reported evidence; multimodal care. */
export function retreatment(facts: PatientFacts, targets: readonly PvpTarget[]): Finding | null {
  const cemented = targetLesions(targets).filter(({ lesion }) => previouslyCemented(facts, lesion));
  if (cemented.length === 0) return null;
  return finding({ id: 'pvp.retreatment', verdict: 'consider', ...review('review 3(2)'), because: [T.retreatment] }, { levels: nameList(cemented) });
}

const chemotherapyOngoing = (facts: PatientFacts): boolean => facts.systemicTherapy.some((t) => t.class === 'chemotherapy' && t.ongoing);
const radiotherapyInvolved = (facts: PatientFacts): boolean =>
  facts.plannedRadiotherapy !== undefined || facts.priorTreatments.some((t) => t.kind === 'radiotherapy' || t.kind === 'sbrt');

/** 001 CQ4 (weak, C): PVP together with chemotherapy or radiotherapy when the combination is expected to help. */
export function withChemoRadiotherapy(facts: PatientFacts): Finding | null {
  if (!chemotherapyOngoing(facts) && !radiotherapyInvolved(facts)) return null;
  return finding({ id: 'pvp.with-chemo-radiotherapy', verdict: 'info', ...graded('jsir-cq4'), because: [T.withChemoRadiotherapy] });
}

/** 001 review 1(8): with activity restricted for fracture risk, PVP before chemo-/radiotherapy is acceptable. */
export function beforeChemoRadiotherapy(facts: PatientFacts): Finding | null {
  if (facts.activityRestrictedForFractureRisk !== true) return null;
  return finding({ id: 'pvp.before-chemo-radiotherapy', verdict: 'info', ...review('review 1(8)'), because: [T.beforeChemoRadiotherapy] });
}

/** 002 §3.4: PVP/PKP is followed by radiotherapy. */
export function radiotherapyAfterwards(): Finding {
  return finding({ id: 'pvp.radiotherapy-afterwards', verdict: 'info', ...consensus('§3.4'), because: [T.radiotherapyAfterwards] });
}

// ---------------------------------------------------------------------------------------------
// The option, the cement plan and the post-procedure care

/** 001 review 5: the complications to discuss before the procedure, with their reported rates. */
export function complications(): Finding {
  return finding({ id: 'pvp.complications', verdict: 'info', ...review('review 5'), because: [T.complications.risks] });
}

/**
 * 001 review 5(2) after a PVP: asymptomatic cement embolism → observation or anticoagulation; cement in the canal
 * → the neurological check (the review names no treatment). A symptomatic embolism is an alert (alerts.ts).
 */
export function cementEmbolism(facts: PatientFacts): Finding | null {
  const { cementEmbolism: embolism, cementInCanal } = facts.pvpComplications;
  const because = [
    ...(embolism === 'asymptomatic' ? [T.complications.asymptomaticEmbolism] : []),
    ...(embolism === 'symptomatic' ? [T.complications.symptomaticEmbolism] : []),
    ...(cementInCanal ? [T.complications.canal] : []),
  ];
  if (because.length === 0) return null;
  return finding({ id: 'pvp.cement-embolism', verdict: 'info', ...review('review 5(2)'), because });
}

export function assessPvp(facts: PatientFacts): OptionAssessment {
  const scope = [scopeAge(facts), scopePrimaryBoneTumour(facts)];
  const inScope = scope.every((f) => f === null);
  const missing = noSpinalLesion(facts);
  if (missing) return assess('pvp', [...scope, missing]);
  const targeting = pvpTargetsOf(facts);
  const { targets } = targeting;
  // A planned osteoblastic level is CQ3's business, not an indication.
  const indicable = targets.filter(({ entry }) => entry?.lesion.character !== 'blastic');
  const indications = [
    inScope ? painfulLesion(facts, indicable) : null,
    inScope ? activityRestricted(facts, indicable) : null,
    osteolyticPainOrFracture(facts, indicable),
    inScope ? fracturePrevention(facts, indicable) : null,
    cervicalOrSacral(indicable),
  ];
  const blastic = inScope ? osteoblastic(facts, targeting) : null;
  const decided = !inScope || blastic !== null || indications.some((f) => f !== null);
  const findings = [...scope, ...indications, blastic, decided ? null : noIndication(facts)];
  if (targets.length > 0 || targeting.unparsed.length > 0) {
    findings.push(
      eligibility(facts, targeting),
      cordCompressionDeficit(facts, targets),
      ...cementSafety('pvp', facts),
      infectionRisk(facts),
      hiv(facts),
      organDysfunction(facts),
      pronePosition(facts),
      levelsPerSession(targets),
      retreatment(facts, targets),
      inScope ? withChemoRadiotherapy(facts) : null,
      beforeChemoRadiotherapy(facts),
      radiotherapyAfterwards(),
      workUp(),
      complications(),
    );
  } else {
    findings.push(cordCompressionDeficit(facts));
  }
  findings.push(cementEmbolism(facts));
  return assess('pvp', findings);
}

/** 001 CQ5: per level 3–5 mL, 50–70 % fill, stop at the posterior third or on any leak; no fixed upper limit. */
export function cementPlan(facts: PatientFacts): CementLevelPlan[] {
  const stop = [T.cement.posteriorThird, T.cement.leak, T.cement.noUpperLimit].map((msg) => text(msg));
  return pvpTargets(facts).map(({ level }) => ({
    level,
    volumeMl: { ...CEMENT_VOLUME_ML },
    fillPercent: { ...CEMENT_FILL_PERCENT },
    stop: [...stop],
  }));
}

/** 001 review 4: observation, bed rest, mobilisation, discharge, brace, analgesia and imaging after PVP. */
export function postProcedureCare(facts: PatientFacts): Text[] {
  if (pvpTargets(facts).length === 0) return [];
  const { care } = T;
  return [care.bedRest, care.abnormality, care.mobilise, care.discharge, care.brace, care.analgesia, care.imaging, care.contrastMri].map((msg) => text(msg));
}

const SOURCES = {
  scope: cite('001', '§3(8)'),
  cq11: cite('001', '§7 CQ1-①'),
  cq12: cite('001', '§7 CQ1-②'),
  cq2: cite('001', '§7 CQ2'),
  cq3: cite('001', '§7 CQ3'),
  cq4: cite('001', '§7 CQ4'),
  cq5: cite('001', '§7 CQ5'),
  consensus: cite('002', '§3.4'),
} satisfies Record<string, SourceRef>;

export const PVP_RULES: RuleInfo[] = [
  { id: 'pvp.scope-age', option: 'pvp', decides: 'Under 20 years: outside the JSIR guideline (efficacy and safety unproven), not recommended and its graded recommendations are not applied.', sources: [cite('001', '§3(7)'), SOURCES.scope] },
  { id: 'pvp.scope-primary-bone-tumour', option: 'pvp', decides: 'Primary bone tumour (myeloma, lymphoma, osteosarcoma): outside the JSIR guideline, individual decision (consider); its graded recommendations are not applied.', sources: [SOURCES.scope] },
  { id: 'pvp.no-spinal-lesion', option: 'pvp', decides: 'No spinal metastasis: not recommended; no spinal lesion described: needs information.', sources: [SOURCES.consensus] },
  { id: 'pvp.painful-lesion', option: 'pvp', decides: 'Painful thoracic/lumbar lesion with pain restricting daily life: PVP recommended (strong, B), with the expected effect.', sources: [SOURCES.cq11] },
  { id: 'pvp.activity-restricted', option: 'pvp', decides: 'Activity restricted by a physician for compression-fracture risk at a thoracic/lumbar lesion: PVP recommended (strong, B).', sources: [SOURCES.cq12] },
  { id: 'pvp.osteolytic-pain-or-fracture', option: 'pvp', decides: 'Lytic or mixed lesion with severe pain (VAS/NRS ≥ 7) or a pathological compression fracture: PVP/PKP recommended.', sources: [SOURCES.consensus] },
  { id: 'pvp.fracture-prevention', option: 'pvp', decides: 'Impending fracture, or a level irradiated or ablated and not yet cemented: PVP for fracture prevention (consider; weak, C).', sources: [SOURCES.cq2] },
  { id: 'pvp.cervical-or-sacral', option: 'pvp', decides: 'Cervical or sacral level: outside CQ1 (thoracic/lumbar) though reported; individual decision (consider).', sources: [cite('001', 'review 3(1)')] },
  { id: 'pvp.osteoblastic', option: 'pvp', decides: 'Osteoblastic target lesion: not recommended when every target is blastic, otherwise consider treating only the lytic/mixed levels (weak, C, against).', sources: [SOURCES.cq3] },
  { id: 'pvp.no-indication', option: 'pvp', decides: 'No indication fired: needs information when pain, its effect on daily life or the activity restriction is unknown, otherwise not recommended.', sources: [SOURCES.consensus] },
  { id: 'pvp.eligibility', option: 'pvp', decides: 'Eligibility per lesion (no ESCC 2–3 or root compression, posterior wall intact, pedicles free, collapse ≤ 2/3): unmet everywhere → not recommended; unknown → needs information; unmet at some → consider.', sources: [SOURCES.consensus] },
  { id: 'pvp.incomplete-paralysis', option: 'pvp', decides: 'Frankel B–D with cord compression (ESCC 2–3): contraindicated; cord compression without a Frankel grade: needs information.', sources: [SOURCES.consensus] },
  { id: 'pvp.compression-elsewhere', option: 'pvp', decides: 'Cord compression (ESCC 2–3) only at levels PVP does not treat, with a deficit or no neurological grade: consider — that level is decompressed first; the 002 §3.4 contraindication speaks of the treated vertebra.', sources: [SOURCES.consensus] },
  { id: 'pvp.neurological-deficit', option: 'pvp', tier: ['narrative', 'recommendation'], decides: 'Frankel A with cord compression: not recommended; a deficit without an ESCC grade: needs information, or not recommended while progressing; a deficit with every lesion below ESCC 2: consider (PVP cannot improve it), not recommended while progressing (decompress first).', sources: [cite('001', 'review 2(5)'), cite('002', '§1.4')] },
  { id: 'pvp.bleeding-risk', option: 'pvp', decides: 'Uncontrollable bleeding: contraindicated; platelets < 100 000/µL, PT > 1.6 × or APTT > 1.5 × normal: consider (correct first); missing values asked for.', sources: [cite('001', 'review 2(3)')] },
  { id: 'pvp.infection', option: 'pvp', decides: 'Local or systemic infection: contraindicated until resolved; infection status unknown: asked for.', sources: [cite('001', 'review 2(4)'), SOURCES.consensus] },
  { id: 'pvp.pmma-allergy', option: 'pvp', decides: 'Known PMMA allergy: contraindicated; unknown: asked for.', sources: [SOURCES.consensus] },
  { id: 'pvp.pregnancy', option: 'pvp', decides: 'Pregnancy: contraindicated; women aged 15–49 with pregnancy not recorded: asked for.', sources: [SOURCES.consensus, WHO_REPRODUCTIVE_AGE] },
  { id: 'pvp.infection-risk', option: 'pvp', decides: 'Urinary-tract infection, diabetes, cholecystitis, meningitis, infected pressure ulcer, immunosuppression or ongoing chemotherapy: risk of post-procedure infection, assess carefully (note).', sources: [cite('001', 'review 2(4)'), cite('001', 'review 5(3)')] },
  { id: 'pvp.complications', option: 'pvp', decides: 'The complications to discuss with their rates: leakage 3–76 % (symptomatic 1.4 %), canal 0.8 %, disc 8.2–28.2 %, pulmonary cement embolism 2.1–26 %, intracardiac 4.8 %, infection 0.36–0.46 %, bleeding, fractures (note).', sources: [cite('001', 'review 5')] },
  { id: 'pvp.cement-embolism', option: 'pvp', decides: 'After a PVP: asymptomatic cement embolism → conservative care, observation or anticoagulation (note); a symptomatic one raises the urgent alert; cement in the canal → neurological assessment (note; the review gives no management).', sources: [cite('001', 'review 5(2)')] },
  { id: 'pvp.hiv', option: 'pvp', decides: 'HIV positive: long-term safety unreported, individual decision (consider).', sources: [cite('001', 'review 2(4)')] },
  { id: 'pvp.prone-position', option: 'pvp', decides: 'Cannot lie prone (000 exclusion): the procedure is done prone — consider adapting positioning or sedation.', sources: [cite('000', '§1.1'), cite('000', '§1.2')] },
  { id: 'pvp.organ-dysfunction', option: 'pvp', decides: 'Severe cardiac, pulmonary, hepatic or renal dysfunction: weigh carefully (consider).', sources: [cite('001', 'review 2(6)')] },
  { id: 'pvp.work-up', option: 'pvp', decides: 'Pre-procedure blood tests, ECG, pulmonary function, chest X-ray and baseline pain/QOL (note).', sources: [cite('001', 'review 2(2)')] },
  { id: 'pvp.levels-per-session', option: 'pvp', decides: 'More than 3 vertebrae in one session: consider (limited evidence; leakage 25–41 %, epidural 6 %).', sources: [cite('001', 'review 3(1)')] },
  { id: 'pvp.retreatment', option: 'pvp', decides: 'Target already cemented: re-treatment unreported, multimodal care (consider).', sources: [cite('001', 'review 3(2)')] },
  { id: 'pvp.with-chemo-radiotherapy', option: 'pvp', decides: 'Ongoing chemotherapy or planned/previous radiotherapy: PVP combined when expected to help (note; weak, C).', sources: [SOURCES.cq4] },
  { id: 'pvp.before-chemo-radiotherapy', option: 'pvp', decides: 'Activity restricted for fracture risk: PVP before chemotherapy or radiotherapy is acceptable (note).', sources: [cite('001', 'review 1(8)')] },
  { id: 'pvp.radiotherapy-afterwards', option: 'pvp', decides: 'PVP/PKP is followed by radiotherapy (note).', sources: [SOURCES.consensus] },
  { id: 'plan.cement', option: 'plan', decides: 'Cement per planned level (else painful or fractured non-blastic spinal lesions): 3–5 mL, 50–70 % fill, stop at the posterior third or on any leak, no fixed upper limit.', sources: [SOURCES.cq5] },
  { id: 'plan.post-procedure-care', option: 'plan', decides: 'After PVP: 2–4 h bed rest with vital and neurological checks, CT/MRI on any abnormality, gradual mobilisation, discharge after effect, brace for large destruction, NSAIDs, no routine imaging, contrast MRI at 6–8 weeks if wanted.', sources: [cite('001', 'review 4')] },
];
