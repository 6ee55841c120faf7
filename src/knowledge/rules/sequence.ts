/**
 * One sequenced plan from the options the board chose: ordered, dated steps with their dependencies,
 * reasons and sources, the chosen radiotherapy schedule with BED/EQD2, and the conflicts between the
 * chosen options (timing windows, drug holds, embolisation before surgery) as errors to resolve.
 * Pure: facts, verdicts and the board's choices in, plan out.
 */
import { z } from 'zod';
import { recommendText } from './common.text.js';
import { punctuation } from '../punctuation.text.js';
import { sequenceText as T } from './sequence.text.js';
import { factLabels, factValueLabels } from '../facts/labels.js';
import { text, join, type Msg, type Text } from '../text.js';
import { addDays, daysBetween, FACT_LIMITS, isLongBoneSite, isoDate, type LesionFacts, type PatientFacts } from '../facts/index.js';
import { refusal } from '../facts/issues.js';
import { factIssueText } from '../facts/issues.text.js';
import { cite, formatSource, publicSource, type SourceRef } from '../sources.js';
import { opioidTaper } from './analgesia.js';
import { onBma } from './bma.js';
import { longBoneLesions } from './long-bone.js';
import type { OptionAssessment, OptionId } from './finding.js';
import { OPTION_IDS } from './finding.js';
import { fractionationSchedule } from './radiotherapy.js';
import {
  hairpinArtery,
  hypervascularity,
  latestTreatment,
  radiotherapyForOperation,
  treatmentSite,
  urgentDecompression,
  RT_TO_SURGERY_MIN_DAYS,
  SSRS_AFTER_SEPARATION_DAYS,
  SURGERY_TO_RT_DAYS,
  EMBOLISATION_TO_SURGERY_MAX_DAYS,
  ssrsWindow,
  targetedHolds,
} from './surgery-dates.js';
import type { FractionationSchedule } from './plan.js';

// ---------------------------------------------------------------------------------------------
// Radiotherapy schedules the board may choose

const SC24 = publicSource('Sahgal A et al. Stereotactic body radiotherapy versus conventional external beam radiotherapy in patients with painful spinal metastases: an open-label, multicentre, randomised, controlled, phase 2/3 trial (CCTG SC.24). Lancet Oncol 2021;22:1023–33');
const RTOG0631 = publicSource('Ryu S et al. Stereotactic radiosurgery vs conventional radiotherapy for localized vertebral metastases of the spine: phase 3 results of NRG Oncology/RTOG 0631 randomized clinical trial. JAMA Oncol 2023;9:800–7');
const ZELEFSKY = publicSource('Zelefsky MJ et al. Phase 3 multi-center, prospective, randomized trial comparing single-dose 24 Gy radiation therapy to a 3-fraction SBRT regimen (9 Gy × 3) in the treatment of oligometastatic cancer. Int J Radiat Oncol Biol Phys 2021;110:672–9');
const HUO = publicSource('Huo M et al. Stereotactic spine radiosurgery: review of safety and efficacy with respect to dose and fractionation. Surg Neurol Int 2017;8:30');
const ASTRO = publicSource('Lutz S et al. Palliative radiation therapy for bone metastases: update of an ASTRO evidence-based guideline. Pract Radiat Oncol 2017;7:4–12');

export interface RtScheduleChoice {
  id: string;
  option: 'sbrt' | 'ebrt';
  doseGy: number;
  fractions: number;
  source: SourceRef;
}

/** Every schedule the plan offers, each with the source that uses it. */
export const RT_SCHEDULES = [
  { id: 'sbrt-16x1', option: 'sbrt', doseGy: 16, fractions: 1, source: RTOG0631 },
  { id: 'sbrt-18x1', option: 'sbrt', doseGy: 18, fractions: 1, source: RTOG0631 },
  { id: 'sbrt-24x1', option: 'sbrt', doseGy: 24, fractions: 1, source: ZELEFSKY },
  { id: 'sbrt-24x2', option: 'sbrt', doseGy: 24, fractions: 2, source: SC24 },
  { id: 'sbrt-27x3', option: 'sbrt', doseGy: 27, fractions: 3, source: ZELEFSKY },
  { id: 'sbrt-30x5', option: 'sbrt', doseGy: 30, fractions: 5, source: HUO },
  { id: 'sbrt-35x5', option: 'sbrt', doseGy: 35, fractions: 5, source: HUO },
  { id: 'ebrt-8x1', option: 'ebrt', doseGy: 8, fractions: 1, source: cite('004', '§4.4.1') },
  { id: 'ebrt-20x5', option: 'ebrt', doseGy: 20, fractions: 5, source: ASTRO },
  { id: 'ebrt-30x10', option: 'ebrt', doseGy: 30, fractions: 10, source: cite('001', '§7 CQ4') },
] as const satisfies readonly RtScheduleChoice[];
export type RtScheduleId = (typeof RT_SCHEDULES)[number]['id'];
const SCHEDULE_IDS = RT_SCHEDULES.map((s) => s.id) as [RtScheduleId, ...RtScheduleId[]];

// ---------------------------------------------------------------------------------------------
// What the board chooses (stored with the decision)

export const STEP_KEYS = [...OPTION_IDS, 'embolisation', 'dental-examination'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

/** Steps given at a lesion, and the lesions each can treat. */
const LOCAL_STEPS = {
  tes: (l: LesionFacts) => l.site === 'spine',
  'separation-surgery': (l: LesionFacts) => l.site === 'spine',
  'laminectomy-fixation': (l: LesionFacts) => l.site === 'spine',
  'palliative-surgery': (l: LesionFacts) => l.site === 'spine',
  'long-bone-surgery': (l: LesionFacts) => isLongBoneSite(l.site),
  pvp: (l: LesionFacts) => l.site === 'spine',
  cementoplasty: (l: LesionFacts) => l.site !== 'spine',
  rfa: () => true,
  mwa: () => true,
  sbrt: (l: LesionFacts) => l.site === 'spine',
  ebrt: () => true,
} as const satisfies Partial<Record<StepKey, (l: LesionFacts) => boolean>>;
export type LocalStep = keyof typeof LOCAL_STEPS;
export const LOCAL_STEP_KEYS = Object.keys(LOCAL_STEPS) as [LocalStep, ...LocalStep[]];
const isLocal = (key: StepKey): key is LocalStep => key in LOCAL_STEPS;

export const planChoicesSchema = z.strictObject({
  /** Day 1 of the plan; defaults to the decision date. */
  startDate: isoDate.optional(),
  /** Dates the board set; every other step gets the earliest date its dependencies allow. */
  dates: z.partialRecord(z.enum(STEP_KEYS), isoDate).default({}),
  /** The lesions each local step treats, by lesion number (1 = the first lesion of the facts); all it can treat when not given. */
  targets: z.partialRecord(
    z.enum(LOCAL_STEP_KEYS),
    z.array(z.int().min(1).max(FACT_LIMITS.lesions)).min(1).max(FACT_LIMITS.lesions).refine((list) => new Set(list).size === list.length, refusal(text(factIssueText.eachOnce))),
  ).default({}),
  /** The facts' lesions (lesionKeys) when the targets were chosen: a target whose lesion has changed since is refused. */
  targetLesions: z.array(z.string().max(60)).max(FACT_LIMITS.lesions).optional(),
  /** The chosen fractionation for SBRT and EBRT. */
  schedules: z.strictObject({ sbrt: z.enum(SCHEDULE_IDS).optional(), ebrt: z.enum(SCHEDULE_IDS).optional() }).default({})
    .superRefine((schedules, ctx) => {
      for (const option of ['sbrt', 'ebrt'] as const) {
        const id = schedules[option];
        if (id !== undefined && !id.startsWith(`${option}-`)) {
          ctx.addIssue({ code: 'custom', path: [option], ...refusal(text(T.scheduleOfOption, { option: option.toUpperCase(), accepted: SCHEDULE_IDS.filter((s) => s.startsWith(option)).join(', ') })) });
        }
      }
    }),
});
export type PlanChoices = z.output<typeof planChoicesSchema>;

// ---------------------------------------------------------------------------------------------
// Result

export interface PlanReason {
  text: Text;
  source: string;
}

export interface SequencedStep {
  order: number;
  key: StepKey;
  title: Text;
  date: string;
  dateSetBy: 'board' | 'computed';
  /** Steps that must come first. */
  after: StepKey[];
  reasons: PlanReason[];
  schedule: (FractionationSchedule & { id: RtScheduleId; source: string }) | null;
}

export interface PlanConflict {
  severity: 'error' | 'warning';
  steps: StepKey[];
  text: Text;
  source: string;
  /** For a step chosen while its verdict needs information: the facts it waits on (paths in the facts object). */
  facts?: string[];
}

export interface SequencedPlan {
  startDate: string;
  steps: SequencedStep[];
  conflicts: PlanConflict[];
}

// ---------------------------------------------------------------------------------------------
// Dependencies as the sources state them

const SPINAL_SURGERIES: readonly OptionId[] = ['tes', 'separation-surgery', 'laminectomy-fixation', 'palliative-surgery'];
const SURGERIES: readonly OptionId[] = [...SPINAL_SURGERIES, 'long-bone-surgery'];
const AUGMENTATION: readonly OptionId[] = ['pvp', 'cementoplasty'];
const RADIOTHERAPY: readonly OptionId[] = ['ebrt', 'sbrt'];
/** 000 §1.2: IMRT within 1 week after PVP in the combined arm. */
const RT_AFTER_PVP_MAX_DAYS = 7;
/** 002 §3.7 "术后 3~5 周内": the literal window opens at week 3; day 14–20 is this system's reading (wound healed or 2 weeks). */
const SSRS_LITERAL_FROM_DAYS = 21;

interface Relation {
  before: StepKey;
  after: StepKey;
  minDays: number;
  maxDays?: number;
  /** Offset used when the board set no date (defaults to minDays). */
  defaultDays?: number;
  /** A step too early is an error unless the relation is this system's extension of a source (a warning). */
  earlySeverity?: 'error' | 'warning';
  /** A window from the sources' own "must" is an error; a cohort protocol's window is a warning. */
  lateSeverity?: 'error' | 'warning';
  /** Only the upper bound is this relation's (the order is another relation's). */
  lateOnly?: boolean;
  /** Between minDays and this, a warning (a literal reading the system's default keeps to). */
  softMinDays?: { days: number; reason: Msg };
  /** Radiotherapy may come first instead (002 §3.7): then surgery must follow it by more than 2 weeks. */
  eitherOrder?: boolean;
  reason: Msg;
  /** A second reason shown with it (the reading that extends a source). */
  reading?: Msg;
  source: SourceRef;
}

interface Anchor {
  step: StepKey;
  notBefore?: string;
  notAfter?: string;
  severity?: 'error' | 'warning';
  /** A non-binding anchor warns but does not move the step's computed date. */
  binding?: boolean;
  reason: Text;
  source: SourceRef;
}

/** Display order for steps on the same day. */
export const RANK: readonly StepKey[] = [
  'biopsy', 'embolisation', 'tes', 'separation-surgery', 'laminectomy-fixation', 'palliative-surgery', 'long-bone-surgery',
  'pvp', 'cementoplasty', 'rfa', 'mwa', 'sbrt', 'ebrt', 'dental-examination', 'bma', 'systemic-therapy', 'analgesia', 'supportive-care',
];

/** The lesions of the facts with their numbers (1-based, as shown). */
type NumberedLesion = { lesion: LesionFacts; n: number };
/** Lesions each step treats; absent for a step given to the whole patient or when no lesion is recorded. */
type Targets = ReadonlyMap<StepKey, readonly NumberedLesion[]>;

/** Two steps treat the same lesion: the same lesion, an overlapping spinal level, or either target unknown. */
function sameLesion(targets: Targets, a: StepKey, b: StepKey): boolean {
  const x = targets.get(a);
  const y = targets.get(b);
  if (!x?.length || !y?.length) return true;
  return x.some(({ lesion: p, n }) => y.some(({ lesion: q, n: m }) => n === m || (p.level !== undefined && q.level !== undefined && p.level.levels.some((level) => q.level!.levels.includes(level)))));
}

function relations(facts: PatientFacts, steps: ReadonlySet<StepKey>, targets: Targets): Relation[] {
  const out: Relation[] = [];
  const add = (r: Relation) => { if (steps.has(r.before) && steps.has(r.after)) out.push(r); };
  for (const step of steps) {
    if (step === 'biopsy' || step === 'analgesia' || step === 'dental-examination' || step === 'supportive-care' || step === 'embolisation') continue;
    if (SPINAL_SURGERIES.includes(step)) {
      // 002 §1.4: biopsy before spinal surgery, except a progressing deficit, which goes straight to decompression
      if (facts.neurology?.deficitProgressing !== true) add({ before: 'biopsy', after: step, minDays: 0, reason: T.reasons.biopsyBeforeSurgery, source: cite('002', '§1.4') });
    } else {
      add({ before: 'biopsy', after: step, minDays: 0, earlySeverity: 'warning', reason: T.reasons.biopsyFirst, source: cite('004', '§3.1.7') });
    }
  }
  for (const surgery of SURGERIES) {
    const spinal = SPINAL_SURGERIES.includes(surgery);
    if (spinal) add({ before: 'embolisation', after: surgery, minDays: 0, maxDays: EMBOLISATION_TO_SURGERY_MAX_DAYS, lateSeverity: 'error', reason: T.reasons.embolisationBeforeSurgery, source: cite('002', '§1.6') });
    for (const rt of RADIOTHERAPY) {
      if (!steps.has(surgery) || !steps.has(rt) || !sameLesion(targets, surgery, rt)) continue;
      const separation = surgery === 'separation-surgery' && rt === 'sbrt';
      add({
        before: surgery,
        after: rt,
        minDays: SURGERY_TO_RT_DAYS,
        ...(separation
          ? { maxDays: SSRS_AFTER_SEPARATION_DAYS.to, lateSeverity: 'error' as const, defaultDays: SSRS_LITERAL_FROM_DAYS, softMinDays: { days: SSRS_LITERAL_FROM_DAYS, reason: T.reasons.ssrsLiteral } }
          : { eitherOrder: true }),
        ...(spinal ? {} : { earlySeverity: 'warning' as const, reading: T.reasons.longBoneRadiotherapyGap }),
        reason: separation ? T.reasons.ssrsWindow : T.reasons.radiotherapyAfterSurgery,
        source: cite('002', '§3.7'),
      });
    }
  }
  for (const augmentation of AUGMENTATION) {
    for (const rt of RADIOTHERAPY) {
      if (!steps.has(augmentation) || !steps.has(rt) || !sameLesion(targets, augmentation, rt)) continue;
      add({ before: augmentation, after: rt, minDays: 0, defaultDays: 1, earlySeverity: 'warning', reason: T.reasons.radiotherapyAfterAugmentation, reading: T.reasons.augmentationOrderReading, source: cite('002', '§3.4') });
      if (augmentation === 'pvp') {
        add({ before: 'pvp', after: rt, minDays: 0, maxDays: RT_AFTER_PVP_MAX_DAYS, lateSeverity: 'warning', lateOnly: true, reason: T.reasons.radiotherapyWithinWeekOfPvp, source: cite('000', '§1.2') });
      }
    }
  }
  add({ before: 'dental-examination', after: 'bma', minDays: 0, reason: T.reasons.dentalBeforeBma, source: cite('004', 'rec 8 (1B)') });
  return out;
}

function anchors(facts: PatientFacts, steps: ReadonlySet<StepKey>, targets: Targets, startDate: string): Anchor[] {
  const out: Anchor[] = [];
  for (const surgery of SURGERIES.filter((s) => steps.has(s))) {
    const spinal = SPINAL_SURGERIES.includes(surgery);
    // a progressing deficit is decompressed without waiting (002 §1.4); a long bone's hold and interval are readings
    const urgent = spinal && urgentDecompression(facts);
    const binding = spinal && !urgent;
    const why = (reason: Text) => (urgent ? join([reason, text(T.reasons.urgentDecompression)], punctuation.sentence) : spinal ? reason : join([reason, text(T.reasons.longBoneReading)], punctuation.sentence));
    for (const hold of targetedHolds(facts)) {
      if (hold.until === null) continue;
      out.push({ step: surgery, notBefore: hold.until, severity: binding ? 'error' : 'warning', binding, reason: why(text(T.reasons.targetedHold, { agent: hold.agent, date: hold.until })), source: cite('002', '§1.5') });
    }
    const rt = radiotherapyForOperation(facts, (targets.get(surgery) ?? []).map((t) => t.lesion)).inField;
    if (rt) {
      const earliest = addDays(rt.date, RT_TO_SURGERY_MIN_DAYS);
      out.push({ step: surgery, notBefore: earliest, severity: binding ? 'error' : 'warning', binding, reason: why(text(T.reasons.afterPriorRadiotherapy, { date: rt.date, earliest })), source: cite('002', '§3.7') });
    }
  }
  const window = ssrsWindow(facts);
  const separated = latestTreatment(facts, ['separation-surgery']);
  // only a window still open on the plan's start, and only for SBRT at the separated levels
  const atSeparatedLevels = separated !== undefined && (targets.get('sbrt') ?? []).some(({ lesion }) => treatmentSite(separated, lesion) === 'covers');
  if (window && window.to >= startDate && steps.has('sbrt') && !steps.has('separation-surgery') && (atSeparatedLevels || !targets.get('sbrt')?.length)) {
    out.push({ step: 'sbrt', notBefore: window.from, notAfter: window.to, reason: text(T.reasons.ssrsWindow), source: cite('002', '§3.7') });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Building the plan

/** A lesion as the plan names it: its level, or its bone or site with its number. */
function lesionLabel({ lesion, n }: NumberedLesion, facts: PatientFacts): Text | string {
  if (lesion.level) return lesion.level.text;
  const longBone = longBoneLesions(facts).find((l) => l.index === n - 1);
  if (longBone) return longBone.name;
  const site = factValueLabels[lesion.site];
  return text(T.lesionNumber, { site: site ? text(site) : lesion.site, n });
}

/** Each lesion of the facts as the plan's targets remember it: its level, or its site and bone. */
export const lesionKeys = (facts: PatientFacts): string[] =>
  facts.lesions.map((l) => (l.site === 'spine' ? l.level?.text ?? 'spine' : [l.site, l.longBone].filter(Boolean).join(' ')));

/** For each local step, the lesions it can treat (number and label), for a board to choose its targets. */
export function targetChoices(facts: PatientFacts): Record<LocalStep, { n: number; label: Text | string }[]> {
  const numbered: NumberedLesion[] = facts.lesions.map((lesion, i) => ({ lesion, n: i + 1 }));
  return Object.fromEntries(LOCAL_STEP_KEYS.map((key) => [key, numbered.filter(({ lesion }) => LOCAL_STEPS[key](lesion)).map((l) => ({ n: l.n, label: lesionLabel(l, facts) }))])) as Record<LocalStep, { n: number; label: Text | string }[]>;
}

function stepTitle(key: StepKey, facts: PatientFacts, targets: Targets): Text {
  const name = key === 'embolisation' || key === 'dental-examination'
    ? text(T.steps[key])
    : text(recommendText.options[key]);
  const lesions = targets.get(key) ?? [];
  return lesions.length === 0 ? name : text(T.atLevels, { step: name, levels: join(lesions.map((l) => lesionLabel(l, facts)), T.levelSeparator) });
}

function scheduleOf(key: StepKey, choices: PlanChoices): SequencedStep['schedule'] {
  if (key !== 'sbrt' && key !== 'ebrt') return null;
  const chosen = RT_SCHEDULES.find((s) => s.id === choices.schedules[key]);
  if (!chosen) return null;
  const label = text(T.schedule, { dose: chosen.doseGy, fractions: chosen.fractions });
  return { ...fractionationSchedule(label, chosen.doseGy, chosen.fractions), id: chosen.id, source: formatSource(chosen.source) };
}

/**
 * The sequenced plan for the chosen options. `options` are the verdicts computed from the same facts
 * (recommend), so a chosen contraindicated option is an error on the plan.
 */
export function sequencePlan(
  facts: PatientFacts,
  options: readonly OptionAssessment[],
  chosen: readonly OptionId[],
  choicesInput: unknown,
): SequencedPlan {
  const choices = planChoicesSchema.parse(choicesInput ?? {});
  const startDate = choices.startDate ?? facts.decisionDate ?? new Date().toISOString().slice(0, 10);
  const steps = new Set<StepKey>(chosen);
  const conflicts: PlanConflict[] = [];
  const numbered: NumberedLesion[] = facts.lesions.map((lesion, i) => ({ lesion, n: i + 1 }));
  const targets = new Map<StepKey, NumberedLesion[]>();
  const untargeted: LocalStep[] = [];
  for (const key of chosen) {
    if (!isLocal(key)) continue;
    const candidates = numbered.filter(({ lesion }) => LOCAL_STEPS[key](lesion));
    const keys = lesionKeys(facts);
    const moved = (choices.targets[key] ?? []).filter((n) => choices.targetLesions !== undefined && choices.targetLesions[n - 1] !== keys[n - 1]);
    if (moved.length > 0) {
      conflicts.push({ severity: 'error', steps: [key], text: text(T.conflicts.targetsChanged, { step: text(recommendText.options[key]), lesions: join(moved.map((n) => choices.targetLesions?.[n - 1] ?? String(n)), T.levelSeparator) }), source: '' });
    }
    const picked = moved.length > 0 ? undefined : choices.targets[key];
    if (picked === undefined) {
      targets.set(key, candidates);
      if (candidates.length > 1) untargeted.push(key);
      continue;
    }
    targets.set(key, candidates.filter(({ n }) => picked.includes(n)));
    for (const n of picked.filter((n) => !candidates.some((c) => c.n === n))) {
      conflicts.push({ severity: 'error', steps: [key], text: text(T.conflicts.notATarget, { step: text(recommendText.options[key]), n, lesions: join(candidates.map((c) => lesionLabel(c, facts)), T.levelSeparator) }), source: '' });
    }
  }
  const spinalSurgeries = SPINAL_SURGERIES.filter((s) => steps.has(s));
  const operated = [...new Map(spinalSurgeries.flatMap((s) => targets.get(s) ?? []).map((t) => [t.n, t])).values()].sort((a, b) => a.n - b.n);
  if (spinalSurgeries.length > 0 && hypervascularity(facts, operated.map((t) => t.lesion)) !== null) {
    if (hairpinArtery(facts, operated.map((t) => t.lesion))) {
      conflicts.push({ severity: 'warning', steps: spinalSurgeries, text: text(T.conflicts.hairpin), source: formatSource(cite('002', '§1.6')) });
    } else {
      steps.add('embolisation');
      targets.set('embolisation', operated);
    }
  }
  if (steps.has('bma') && !onBma(facts) && facts.boneAgents.dentalExamDone !== true) steps.add('dental-examination');

  const rels = relations(facts, steps, targets);
  const anchs = anchors(facts, steps, targets, startDate);
  const ordered = RANK.filter((k) => steps.has(k));
  // Earliest dates: relations only point forward in RANK except radiotherapy after surgery/augmentation, so iterate to a fixed point.
  const dates = new Map<StepKey, string>();
  for (const key of ordered) dates.set(key, choices.dates[key] ?? startDate);
  for (let pass = 0; pass < ordered.length; pass++) {
    let changed = false;
    for (const key of ordered) {
      if (choices.dates[key] !== undefined) continue;
      let date = startDate;
      for (const a of anchs) if (a.step === key && a.binding !== false && a.notBefore && a.notBefore > date) date = a.notBefore;
      for (const r of rels) {
        if (r.after !== key) continue;
        const candidate = addDays(dates.get(r.before)!, r.defaultDays ?? r.minDays);
        if (candidate > date) date = candidate;
      }
      if (date !== dates.get(key)) { dates.set(key, date); changed = true; }
    }
    if (!changed) break;
  }

  const titles = new Map(ordered.map((k) => [k, stepTitle(k, facts, targets)]));
  for (const key of untargeted) {
    const candidates = targets.get(key) ?? [];
    conflicts.push({ severity: 'warning', steps: [key], text: text(T.conflicts.chooseTargets, { step: text(recommendText.options[key]), count: candidates.length, lesions: join(candidates.map((c) => lesionLabel(c, facts)), T.levelSeparator) }), source: '' });
  }
  for (const surgery of SURGERIES.filter((s) => steps.has(s))) {
    const lesions = (targets.get(surgery) ?? []).map((t) => t.lesion);
    const nearby = SPINAL_SURGERIES.includes(surgery) ? radiotherapyForOperation(facts, lesions).nearby : undefined;
    if (nearby) conflicts.push({ severity: 'warning', steps: [surgery], text: text(T.conflicts.radiotherapyNearby, { step: titles.get(surgery)!, date: nearby.date, levels: join(nearby.levels ?? [], T.levelSeparator) }), source: formatSource(cite('002', '§3.7')) });
  }
  if (steps.has('long-bone-surgery') && hypervascularity(facts, (targets.get('long-bone-surgery') ?? []).map((t) => t.lesion)) !== null) {
    conflicts.push({ severity: 'warning', steps: ['long-bone-surgery'], text: text(T.conflicts.longBoneEmbolisation, { step: titles.get('long-bone-surgery')! }), source: formatSource(cite('002', '§1.6')) });
  }
  for (const r of rels) {
    const before = dates.get(r.before)!;
    const after = dates.get(r.after)!;
    const gap = daysBetween(before, after);
    const reason = r.reading ? join([text(r.reason), text(r.reading)], punctuation.sentence) : text(r.reason);
    const params = { before: titles.get(r.before)!, after: titles.get(r.after)!, beforeDate: before, afterDate: after, reason };
    if (r.eitherOrder && gap < 0) {
      // radiotherapy first (002 §3.7): surgery more than 2 weeks after it, and none before a (threatened) fracture's operation
      const fracture = (targets.get(r.before) ?? []).some(({ lesion }) => lesion.fracture === 'pathological' || lesion.fracture === 'impending');
      const reverse = { ...params, before: params.after, after: params.before, beforeDate: after, afterDate: before, reason: text(T.reasons.radiotherapyFirst) };
      if (fracture) conflicts.push({ severity: 'error', steps: [r.after, r.before], text: text(T.conflicts.noPreoperativeRadiotherapy, { step: params.after }), source: formatSource(r.source) });
      else if (-gap < RT_TO_SURGERY_MIN_DAYS) conflicts.push({ severity: r.earlySeverity ?? 'error', steps: [r.after, r.before], text: text(T.conflicts.tooEarly, { ...reverse, min: RT_TO_SURGERY_MIN_DAYS }), source: formatSource(r.source) });
    } else if (gap < r.minDays && !r.lateOnly) {
      conflicts.push({ severity: r.earlySeverity ?? 'error', steps: [r.before, r.after], text: text(r.minDays > 0 ? T.conflicts.tooEarly : r.earlySeverity === 'warning' ? T.conflicts.outOfOrderSoft : T.conflicts.outOfOrder, { ...params, min: r.minDays }), source: formatSource(r.source) });
    } else if (r.softMinDays && gap < r.softMinDays.days) {
      conflicts.push({ severity: 'warning', steps: [r.before, r.after], text: text(T.conflicts.tooEarly, { ...params, min: r.softMinDays.days, reason: text(r.softMinDays.reason) }), source: formatSource(r.source) });
    } else if (r.maxDays !== undefined && gap > r.maxDays) {
      conflicts.push({ severity: r.lateSeverity ?? 'error', steps: [r.before, r.after], text: text(T.conflicts.tooLate, { ...params, max: r.maxDays }), source: formatSource(r.source) });
    }
  }
  for (const a of anchs) {
    const date = dates.get(a.step)!;
    const step = titles.get(a.step)!;
    if (a.notBefore && date < a.notBefore) {
      conflicts.push({ severity: a.severity ?? 'error', steps: [a.step], text: text(T.conflicts.notBefore, { step, date, earliest: a.notBefore, reason: a.reason }), source: formatSource(a.source) });
    }
    if (a.notAfter && date > a.notAfter) {
      conflicts.push({ severity: a.severity ?? 'error', steps: [a.step], text: text(T.conflicts.notAfter, { step, date, latest: a.notAfter, reason: a.reason }), source: formatSource(a.source) });
    }
  }
  // a targeted agent before surgery: a hold that cannot be dated is never planned around silently
  for (const surgery of SURGERIES.filter((s) => steps.has(s))) {
    const binding = SPINAL_SURGERIES.includes(surgery) && !urgentDecompression(facts);
    for (const hold of targetedHolds(facts)) {
      if (hold.until !== null) continue;
      const params = { step: titles.get(surgery)!, agent: hold.agent };
      conflicts.push(hold.holdDays === null
        ? { severity: 'warning', steps: [surgery], text: text(T.conflicts.holdNoInterval, params), source: formatSource(cite('002', '§1.5')) }
        : { severity: binding ? 'error' : 'warning', steps: [surgery], text: text(T.conflicts.holdUndated, { ...params, days: hold.holdDays }), source: formatSource(cite('002', '§1.5')) });
    }
  }
  // separation surgery is followed by stereotactic radiotherapy of the same lesion (002 §3.2 "一定要配合定向放疗", §3.7)
  if (steps.has('separation-surgery') && !(steps.has('sbrt') && sameLesion(targets, 'separation-surgery', 'sbrt'))) {
    conflicts.push({ severity: 'error', steps: ['separation-surgery'], text: text(T.conflicts.separationWithoutSsrs, { step: titles.get('separation-surgery')! }), source: formatSource(cite('002', '§3.2, §3.7')) });
  }
  for (const option of chosen) {
    const assessment = options.find((o) => o.option === option);
    const step = titles.get(option)!;
    const decider = assessment?.findings.find((f) => f.id === assessment.decidedBy);
    const source = decider ? formatSource(decider.source) : '';
    if (assessment?.verdict === 'contraindicated') conflicts.push({ severity: 'error', steps: [option], text: text(T.conflicts.contraindicated, { step }), source });
    if (assessment?.verdict === 'not-recommended') conflicts.push({ severity: 'warning', steps: [option], text: text(T.conflicts.notRecommended, { step }), source });
    // An incomplete contraindication screen is an error (nothing is recommended while it is unknown); other open facts warn.
    const missing = assessment?.verdict === 'needs-information'
      ? (assessment.pending?.facts ?? missingFacts(assessment)).filter((fact) => !answeredByPlan(fact, steps))
      : [];
    if (assessment && missing.length > 0) {
      const labels = missing.map((fact) => {
        const label = factLabels[fact] ?? factLabels[fact.replace(/\[\d+\]/g, '')];
        const named = label ? text(label) : fact;
        const row = /^lesions\[(\d+)\]\./.exec(fact);
        const lesion = row ? numbered[Number(row[1])] : undefined;
        return lesion ? text(T.lesionFact, { lesion: lesionLabel(lesion, facts), fact: named }) : named;
      });
      const why = text(assessment.pending ? T.conflicts.screenPending : T.conflicts.needsInformation, { step, facts: join(labels, T.factSeparator) });
      conflicts.push({ severity: assessment.pending ? 'error' : 'warning', steps: [option], text: why, source, facts: missing });
    }
    if ((option === 'sbrt' || option === 'ebrt') && choices.schedules[option] === undefined) {
      conflicts.push({ severity: 'error', steps: [option], text: text(T.conflicts.noSchedule, { step }), source: '' });
    }
  }

  const taper = opioidTaper(facts);
  const sorted = [...ordered].sort((a, b) => dates.get(a)!.localeCompare(dates.get(b)!) || RANK.indexOf(a) - RANK.indexOf(b));
  return {
    startDate,
    conflicts,
    steps: sorted.map((key, i) => {
      const reasons: PlanReason[] = [
        ...rels.filter((r) => r.after === key).flatMap((r) => [{ text: text(r.reason), source: formatSource(r.source) }, ...(r.reading ? [{ text: text(r.reading), source: formatSource(r.source) }] : [])]),
        ...anchs.filter((a) => a.step === key).map((a) => ({ text: a.reason, source: formatSource(a.source) })),
      ];
      const schedule = scheduleOf(key, choices);
      if (schedule) {
        reasons.push({
          text: text(T.reasons.schedule, { schedule: schedule.label, bed10: schedule.bed['10']!, eqd210: schedule.eqd2['10']!, bed3: schedule.bed['3']!, eqd22: schedule.eqd2['2']! }),
          source: schedule.source,
        });
      }
      if (key === 'analgesia') {
        reasons.push({ text: text(T.reasons.analgesia), source: formatSource(cite('004', '§4.3.2.2')) });
        if (taper.length > 0) {
          const doses = taper.map((s) => `${addDays(dates.get(key)!, s.day)} ${s.totalMme}`);
          reasons.push({ text: text(T.reasons.taper, { steps: join(doses, punctuation.arrow) }), source: formatSource(cite('004', '§4.3.2.2')) });
        }
      }
      return {
        order: i + 1,
        key,
        title: titles.get(key)!,
        date: dates.get(key)!,
        dateSetBy: choices.dates[key] !== undefined ? 'board' : 'computed',
        after: [...new Set(rels.filter((r) => r.after === key).map((r) => r.before))],
        reasons: dedupe(reasons),
        schedule,
      };
    }),
  };
}

/** Facts a step of the plan itself establishes before the option that waits on them (the dental examination before a bone agent, 004 rec 8). */
const ANSWERED_BY_STEP: Partial<Record<StepKey, readonly string[]>> = { 'dental-examination': ['boneAgents.dentalExamDone'] };
const answeredByPlan = (fact: string, steps: ReadonlySet<StepKey>): boolean =>
  [...steps].some((step) => ANSWERED_BY_STEP[step]?.includes(fact) ?? false);

/** The facts an option's open questions ask for (its needs-information findings', else any finding's). */
function missingFacts(assessment: OptionAssessment): string[] {
  const asking = assessment.findings.filter((f) => f.verdict === 'needs-information');
  const from = asking.length > 0 ? asking : assessment.findings;
  return [...new Set(from.flatMap((f) => f.needs.map((n) => n.fact)))];
}

/** Reasons without repeats: the same text (key and parameters) from several relations is shown once. */
function dedupe(reasons: PlanReason[]): PlanReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = JSON.stringify(r.text);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
