import { surgeryText as T } from './surgery.text.js';
import { punctuation } from '../punctuation.text.js';
import { text, join, type Msg, type Text, type TextParam } from '../text.js';
import { addDays, daysBetween, isLongBoneSite, type AgentClass, type LesionFacts, type PatientFacts, type PriorTreatment } from '../facts/index.js';
import { HYPERVASCULAR_HISTOLOGIES } from '../histology.js';
import { parseLevelSpan } from '../anatomy/spine.js';
import { spinalLesions } from './context.js';
import type { DateWindow, PlanDates } from './plan.js';

/** 002 §1.5: stop IV VEGF-targeted agents about 4 weeks and daily oral EGFR TKIs 2 weeks before surgery. */
export const TARGETED_HOLD_DAYS: Partial<Record<AgentClass, number>> = { 'vegf-targeted-iv': 28, 'egfr-tki-oral': 14 };
/** Targeted classes that delay wound healing (002 §1.1, §1.5); only two have an interval in the source. */
export const TARGETED_CLASSES: readonly AgentClass[] = ['vegf-targeted-iv', 'egfr-tki-oral', 'alk-tki-oral', 'other-targeted-oral', 'other-targeted-iv'];
/** 002 §3.7: the interval between radiotherapy and surgery must be more than 2 weeks ("大于 2 周"). */
export const RT_TO_SURGERY_MIN_DAYS = 15;
/** 002 §3.7: post-operative radiotherapy after the wound has healed or 2 weeks after the operation. */
export const SURGERY_TO_RT_DAYS = 14;
/**
 * 002 §3.7: "分离手术后的定向放射治疗必须在术后 3~5 周内进行，否则失去意义" with "准备术后放疗的患者，建议在伤口愈合或间隔
 * 2 周后再进行放疗". Read as: the window opens at the later of wound healing and day 14, and closes at day 35
 * (5 weeks) — this system's reading of the two sentences together, not a number the source prints.
 */
export const SSRS_AFTER_SEPARATION_DAYS = { from: SURGERY_TO_RT_DAYS, to: 35 } as const;
/** 002 §1.6: operate on the day of embolisation if possible, within 24 h, never later than 48 h. */
export const EMBOLISATION_TO_SURGERY_MAX_DAYS = 2;

export interface TargetedHold {
  /** Index in `systemicTherapy`, for the need's fact path. */
  index: number;
  agent: string;
  agentClass: AgentClass;
  /** null: 002 §1.5 gives no interval for this class. */
  holdDays: number | null;
  lastDoseDate: string | undefined;
  until: string | null;
}

export function targetedHolds(facts: PatientFacts): TargetedHold[] {
  return facts.systemicTherapy.flatMap((therapy, index) => {
    if (!TARGETED_CLASSES.includes(therapy.class)) return [];
    const holdDays = TARGETED_HOLD_DAYS[therapy.class] ?? null;
    const until = holdDays !== null && therapy.lastDoseDate ? addDays(therapy.lastDoseDate, holdDays) : null;
    return [{ index, agent: therapy.agent, agentClass: therapy.class, holdDays, lastDoseDate: therapy.lastDoseDate, until }];
  });
}

const latest = (dates: readonly string[]): string | undefined => [...dates].sort().at(-1);

/** The most recent prior treatment of the given kinds. */
export function latestTreatment(facts: PatientFacts, kinds: readonly PriorTreatment['kind'][]): PriorTreatment | undefined {
  return facts.priorTreatments.filter((t) => kinds.includes(t.kind)).sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

export const latestRadiotherapy = (facts: PatientFacts) => latestTreatment(facts, ['radiotherapy', 'sbrt']);
export const latestSurgery = (facts: PatientFacts) => latestTreatment(facts, ['surgery', 'separation-surgery']);

/** The bone of a long-bone site: a proximal-femur lesion or treatment is femoral. */
const boneOf = (site: string | undefined, longBone: string | undefined): string | undefined => (site === 'proximal-femur' ? 'femur' : longBone);
const LONG_BONE_FAMILY = new Set(['long-bone', 'proximal-femur']);
const levelsOf = (spans: readonly string[]) => new Set(spans.flatMap((span) => parseLevelSpan(span) ?? []));

/**
 * How a prior treatment stands to a lesion: `covers` when it was given there (or where it was given is not
 * recorded: read as possibly there), `same-region` when it was given to the spine at other levels (or to another
 * part of the same long bone family with the bone unknown), `elsewhere` otherwise.
 */
export function treatmentSite(treatment: PriorTreatment, lesion: LesionFacts): 'covers' | 'same-region' | 'elsewhere' {
  const site = treatment.levels !== undefined ? 'spine' : treatment.site;
  if (site === undefined) return 'covers';
  if (site === 'spine') {
    if (lesion.site !== 'spine') return 'elsewhere';
    if (treatment.levels === undefined || lesion.level === undefined) return 'covers';
    const treated = levelsOf(treatment.levels);
    return lesion.level.levels.some((level) => treated.has(level)) ? 'covers' : 'same-region';
  }
  if (LONG_BONE_FAMILY.has(site) && LONG_BONE_FAMILY.has(lesion.site)) {
    const treatedBone = boneOf(site, treatment.longBone);
    const lesionBone = boneOf(lesion.site, lesion.longBone);
    return treatedBone === undefined || lesionBone === undefined || treatedBone === lesionBone ? 'covers' : 'elsewhere';
  }
  return site === lesion.site ? 'covers' : 'elsewhere';
}

/**
 * Radiotherapy that bears on an operation at `lesions` (002 §3.7 names no site; read as the operative field):
 * `inField` the latest course given at one of them or at an unrecorded site; `nearby` the latest course given to
 * the spine at other levels, shown for the team to judge. With no lesion recorded every course counts.
 */
export function radiotherapyForOperation(facts: PatientFacts, lesions: readonly LesionFacts[]): { inField?: PriorTreatment; nearby?: PriorTreatment } {
  const courses = facts.priorTreatments.filter((t) => t.kind === 'radiotherapy' || t.kind === 'sbrt').sort((a, b) => a.date.localeCompare(b.date));
  const relation = (t: PriorTreatment) => {
    if (lesions.length === 0) return 'covers';
    const each = lesions.map((l) => treatmentSite(t, l));
    return each.includes('covers') ? 'covers' : each.includes('same-region') ? 'same-region' : 'elsewhere';
  };
  const inField = courses.filter((t) => relation(t) === 'covers').at(-1);
  const nearby = courses.filter((t) => relation(t) === 'same-region').at(-1);
  return { ...(inField ? { inField } : {}), ...(nearby && (!inField || nearby.date > inField.date) ? { nearby } : {}) };
}

/**
 * Hypervascular tumour at the lesions to be operated (002 §1.6; spinal lesions unless given): imaging says so, or
 * a renal/thyroid primary unless imaging says every one of them is not hypervascular.
 */
export function hypervascularity(facts: PatientFacts, lesions: readonly LesionFacts[] = spinalLesions(facts)): 'imaging' | 'histology' | null {
  if (lesions.some((l) => l.hypervascular === true)) return 'imaging';
  const histology = facts.primary.histology;
  const imagingSaysNo = lesions.length > 0 && lesions.every((l) => l.hypervascular === false);
  return histology && HYPERVASCULAR_HISTOLOGIES.includes(histology) && !imagingSaysNo ? 'histology' : null;
}

/** 002 §1.6: a hairpin anterior spinal artery sharing the trunk of the target vessel forbids embolisation. */
export const hairpinArtery = (facts: PatientFacts, lesions: readonly LesionFacts[] = spinalLesions(facts)) => lesions.some((l) => l.hairpinAnteriorSpinalArtery === true);

/** The SSRS window after the most recent separation surgery (002 §3.7). */
export function ssrsWindow(facts: PatientFacts): DateWindow | undefined {
  const separation = latestTreatment(facts, ['separation-surgery']);
  if (!separation) return undefined;
  return { from: addDays(separation.date, SSRS_AFTER_SEPARATION_DAYS.from), to: addDays(separation.date, SSRS_AFTER_SEPARATION_DAYS.to) };
}

/**
 * Earliest post-operative radiotherapy after the most recent operation (002 §3.7): 2 weeks after
 * it, or the decision date when the wound has already healed; after separation surgery the start
 * of the SSRS window.
 */
export function postoperativeRadiotherapyAfterSurgery(facts: PatientFacts): string | undefined {
  const surgery = latestSurgery(facts);
  if (!surgery) return undefined;
  if (surgery.kind === 'separation-surgery') return addDays(surgery.date, SSRS_AFTER_SEPARATION_DAYS.from);
  const twoWeeks = addDays(surgery.date, SURGERY_TO_RT_DAYS);
  if (surgery.woundHealed && facts.decisionDate && facts.decisionDate < twoWeeks) return facts.decisionDate;
  return twoWeeks;
}

/** The first day surgery at `lesions` (the spinal lesions unless given) may follow the most recent radiotherapy there (002 §3.7). */
export function surgeryAfterRadiotherapy(facts: PatientFacts, lesions: readonly LesionFacts[] = spinalLesions(facts)): string | undefined {
  const rt = radiotherapyForOperation(facts, lesions).inField;
  return rt ? addDays(rt.date, RT_TO_SURGERY_MIN_DAYS) : undefined;
}

/** The lesions an operation treats: the long bones for long-bone surgery, else the spinal lesions. */
export const operatedLesions = (option: string, facts: PatientFacts): LesionFacts[] =>
  option === 'long-bone-surgery' ? facts.lesions.filter((l) => isLongBoneSite(l.site)) : spinalLesions(facts);

/** 002 §1.4: a progressing deficit goes straight to decompression — no hold or interval delays it. */
export const urgentDecompression = (facts: PatientFacts): boolean => facts.neurology?.deficitProgressing === true;

/**
 * Peri-operative dates of an operation at `lesions` (the spinal lesions unless given): earliest surgery
 * (the latest of the decision date, the end of every targeted-therapy hold and > 2 weeks after
 * radiotherapy there — not for a progressing deficit, 002 §1.4), the embolisation window (spinal
 * surgery), the SSRS window after separation surgery and the earliest post-operative radiotherapy.
 */
export function perioperativeDates(facts: PatientFacts, lesions: readonly LesionFacts[] = spinalLesions(facts)): PlanDates {
  const spinal = lesions.length === 0 || lesions.some((l) => l.site === 'spine');
  const notes: Text[] = [];
  const note = (msg: Msg, params: Record<string, TextParam> = {}) => notes.push(text(msg, params));
  const dates: PlanDates = { notes };

  const holds = targetedHolds(facts);
  const holdUntil = latest(holds.flatMap((h) => (h.until ? [h.until] : [])));
  if (holdUntil) dates.targetedTherapyHoldUntil = holdUntil;
  for (const hold of holds) {
    if (hold.holdDays === null) note(T.dates.holdUnknownClass, { agent: hold.agent });
    else if (!hold.lastDoseDate) note(T.dates.holdNoLastDose, { agent: hold.agent, days: hold.holdDays });
    else note(T.dates.hold, { agent: hold.agent, days: hold.holdDays, last: hold.lastDoseDate, until: hold.until ?? '' });
  }

  const afterRt = surgeryAfterRadiotherapy(facts, lesions);
  const { inField, nearby } = radiotherapyForOperation(facts, lesions);
  if (afterRt) note(T.dates.afterRadiotherapy, { date: inField?.date ?? '', from: afterRt });
  if (nearby) note(T.dates.radiotherapyNearby, { date: nearby.date, levels: join(nearby.levels ?? [], punctuation.comma) });

  const urgent = spinal && urgentDecompression(facts) && (holdUntil !== undefined || afterRt !== undefined);
  if (urgent) note(T.dates.urgentDecompression);
  if (facts.decisionDate) {
    dates.earliestSurgery = urgent ? facts.decisionDate : latest([facts.decisionDate, ...(holdUntil ? [holdUntil] : []), ...(afterRt ? [afterRt] : [])]);
    if (holds.some((h) => h.until === null)) note(T.dates.earliestProvisional);
  } else {
    note(T.dates.noDecisionDate);
  }

  const hypervascular = spinal ? hypervascularity(facts, lesions) : null;
  if (hypervascular) {
    if (hairpinArtery(facts, lesions)) {
      dates.embolisationToSurgery = null;
      note(T.dates.embolisationContraindicated);
    } else if (dates.earliestSurgery) {
      dates.embolisationToSurgery = { embolise: dates.earliestSurgery, operateBy: addDays(dates.earliestSurgery, EMBOLISATION_TO_SURGERY_MAX_DAYS) };
      note(T.dates.embolisation, { embolise: dates.earliestSurgery, by: dates.embolisationToSurgery.operateBy });
    } else {
      note(T.dates.embolisationUndated);
    }
  }

  const ssrs = ssrsWindow(facts);
  if (ssrs) {
    dates.ssrsAfterSeparationSurgery = ssrs;
    note(T.dates.ssrsWindow, { from: ssrs.from, to: ssrs.to });
    if (facts.decisionDate && facts.decisionDate > ssrs.to) note(T.dates.ssrsWindowPassed, { days: daysBetween(ssrs.to, facts.decisionDate) });
  }

  const postopRt = postoperativeRadiotherapyAfterSurgery(facts);
  if (postopRt) {
    dates.postoperativeRadiotherapyFrom = postopRt;
    note(T.dates.postoperativeRadiotherapy, { from: postopRt });
  }
  return dates;
}
