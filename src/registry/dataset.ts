import { z } from 'zod';
import { VAS_INCLUSION_THRESHOLD_000 } from '../knowledge/instruments/vas.js';
import type { Actor } from './access.js';
import { LOCAL_TREATMENT_KINDS, SEXES, type TreatmentKind } from '../boundary/codes.js';
import { sql, type SQL } from './db.js';
import { FOLLOW_UP_SCHEDULE, SAME_COURSE_DAYS } from './followup.js';
import type { Registry } from './registry.js';
import { addDays, daysBetween } from '../knowledge/facts/common.js';

/**
 * The cohort dataset: one row per patient with the variables of 000 Tables 1–5, ready for SPSS
 * or R and the input of the cohort analysis. Follow-up values come from the assessments recorded
 * at the scheduled visits; the baseline is the last assessment on or before the first local
 * treatment; survival counts from the end of the course (000 §1.3) to death or last contact.
 */

export const DAYS_PER_MONTH = 30.4375;
/** 000 Table 1 splits age at 55 years. */
export const AGE_SPLIT_000 = 55;

export const cohortFilterSchema = z.strictObject({
  cohort: z.string().optional().describe('Cohort label'),
  studyArm: z.array(z.string()).optional().describe('Study arms to include'),
  sex: z.enum(SEXES).optional(),
  synthetic: z.boolean().optional(),
  primaryGroup: z.array(z.enum(['lung', 'breast', 'liver', 'other'])).optional(),
});
export type CohortFilter = z.output<typeof cohortFilterSchema>;

const VAS_MONTHS = [0, ...FOLLOW_UP_SCHEDULE.filter((v) => v.instruments.includes('vas')).map((v) => v.month)];
const SINS_MONTHS = [0, ...FOLLOW_UP_SCHEDULE.filter((v) => v.instruments.includes('sins')).map((v) => v.month)];
const KPS_MONTHS = [0, ...FOLLOW_UP_SCHEDULE.filter((v) => v.instruments.includes('kps')).map((v) => v.month)];

export interface CohortRow {
  patientCode: string;
  cohort: string | null;
  studyArm: string | null;
  sex: string;
  age: number | null;
  ageGroup: string | null;
  primaryHistology: string | null;
  primaryGroup: string | null;
  vertebrae: number;
  vertebraeGroup: string | null;
  brainOrVisceral: string;
  systemicTherapy: string;
  treatmentStart: string | null;
  treatmentEnd: string | null;
  /** vas_0, vas_1 … sins_0 … kps_0 …: the total at baseline and at each scheduled month */
  measures: Record<string, number | null>;
  sinsBaselineGroup: string | null;
  vasBaselineGroup: string | null;
  kpsBaselineGroup: string | null;
  kpsGroups: Record<string, string | null>;
  survivalMonths: number | null;
  death: 0 | 1 | null;
  localProgression6m: 0 | 1 | null;
  cementLeak: 0 | 1 | null;
}

/** The columns of the cohort dataset, in order, with their meaning (the data dictionary). */
export const COHORT_COLUMNS: readonly [string, string, string][] = [
  ['patient_code', 'text', 'Registry patient code (stable key)'],
  ['cohort', 'text', 'Cohort label'],
  ['study_arm', 'text', 'Study arm / treatment group'],
  ['sex', 'female|male', 'Sex'],
  ['age', 'integer', 'Age in years at the first local treatment (from birth year)'],
  ['age_group', `>${AGE_SPLIT_000}|<=${AGE_SPLIT_000}`, 'Age group as in 000 Table 1'],
  ['primary_histology', 'text', 'Primary tumour histology (bonemet histology id)'],
  ['primary_group', 'lung|breast|liver|other', 'Primary tumour as grouped in 000 Table 1'],
  ['vertebrae', 'integer', 'Number of spinal lesions recorded (site spine; extraspinal lesions are not counted)'],
  ['vertebrae_group', 'single|multiple', 'Single or multiple vertebrae involved (000 Table 1)'],
  ['brain_or_visceral', 'yes|no', 'Brain or visceral metastasis recorded'],
  ['systemic_therapy', 'yes|no', 'Systemic (medical) therapy recorded'],
  ['treatment_start', 'date', 'Start of the first local treatment'],
  ['treatment_end', 'date', 'End of the first course of local treatment (survival counts from here)'],
  ...VAS_MONTHS.map((m) => [`vas_${m}`, 'number 0–10', m === 0 ? 'VAS before treatment' : `VAS at the ${m}-month visit`] as [string, string, string]),
  ...SINS_MONTHS.map((m) => [`sins_${m}`, 'integer 0–18', m === 0 ? 'SINS before treatment' : `SINS at the ${m}-month visit`] as [string, string, string]),
  ...KPS_MONTHS.map((m) => [`kps_${m}`, 'integer 0–100', m === 0 ? 'KPS before treatment' : `KPS at the ${m}-month visit`] as [string, string, string]),
  ...KPS_MONTHS.map((m) => [`kps_group_${m}`, '80-100|10-70', `KPS group ${m === 0 ? 'before treatment' : `at ${m} months`} (000 Tables 1 and 3)`] as [string, string, string]),
  ['sins_group_0', '0-6|7-12|13-18', 'SINS band before treatment'],
  ['vas_group_0', `>${VAS_INCLUSION_THRESHOLD_000}|<=${VAS_INCLUSION_THRESHOLD_000}`, 'VAS before treatment split as in 000 Table 1'],
  ['survival_months', 'number', 'Months from treatment end to death or last contact (days / 30.4375)'],
  ['death', '1|0', '1 = died (event), 0 = alive at last contact (censored)'],
  ['local_progression_6m', '1|0', 'Local progression recorded within 6 months of treatment end (000 §2.1)'],
  ['cement_leak', '1|0', 'Any cement leak recorded (000 §2.6)'],
];

export function cohortRowValues(row: CohortRow): unknown[] {
  return [
    row.patientCode, row.cohort, row.studyArm, row.sex, row.age, row.ageGroup, row.primaryHistology, row.primaryGroup,
    row.vertebrae, row.vertebraeGroup, row.brainOrVisceral, row.systemicTherapy, row.treatmentStart, row.treatmentEnd,
    ...VAS_MONTHS.map((m) => row.measures[`vas_${m}`]), ...SINS_MONTHS.map((m) => row.measures[`sins_${m}`]),
    ...KPS_MONTHS.map((m) => row.measures[`kps_${m}`]), ...KPS_MONTHS.map((m) => row.kpsGroups[`kps_group_${m}`]),
    row.sinsBaselineGroup, row.vasBaselineGroup, row.survivalMonths === null ? null : Math.round(row.survivalMonths * 1000) / 1000,
    row.death, row.localProgression6m, row.cementLeak,
  ];
}

export const primaryGroupOf = (histology: string | null): string | null =>
  histology === null ? null : histology.startsWith('lung') ? 'lung' : histology === 'breast' || histology === 'liver' ? histology : 'other';

const SINS_GROUPS: Record<string, string> = { stable: '0-6', 'potentially-unstable': '7-12', unstable: '13-18' };

function patientFilter(filter: CohortFilter, scope: readonly string[] | undefined): SQL {
  const parts: SQL[] = [sql`p.deleted_at IS NULL`];
  if (filter.cohort !== undefined) parts.push(sql`p.cohort = ${filter.cohort}`);
  if (filter.studyArm?.length) parts.push(sql`p.study_arm IN (${sql.join(filter.studyArm.map((a) => sql`${a}`), sql`, `)})`);
  if (filter.sex !== undefined) parts.push(sql`p.sex = ${filter.sex}`);
  if (filter.synthetic !== undefined) parts.push(sql`p.synthetic = ${filter.synthetic}`);
  if (scope) parts.push(scope.length ? sql`p.id::text IN (${sql.join(scope.map((s) => sql`${s}`), sql`, `)})` : sql`false`);
  return sql.join(parts, sql` AND `);
}

type Db = Registry['db'];

async function byPatient(db: Db, query: SQL): Promise<Map<string, Record<string, unknown>[]>> {
  const map = new Map<string, Record<string, unknown>[]>();
  for (const row of await db.rows(query)) {
    const id = row.patientId as string;
    let list = map.get(id);
    if (!list) map.set(id, (list = []));
    list.push(row);
  }
  return map;
}

/** The cohort dataset of the patients the actor may see that match the filter, by patient code. */
export async function cohortDataset(registry: Registry, actor: Actor, filter: CohortFilter = {}): Promise<CohortRow[]> {
  await registry.authorize(actor, 'analyse', 'cohort');
  const db = registry.db;
  const where = patientFilter(filter, registry.scope(actor));
  const live = (alias: string) => sql.raw(`${alias}.deleted_at IS NULL`);
  const patients = await db.rows(sql`SELECT p.id, p.code, p.cohort, p.study_arm AS "studyArm", p.sex, p.birth_year AS "birthYear",
    p.last_contact_on AS "lastContactOn" FROM patients p WHERE ${where} ORDER BY p.code`);
  const of = (query: SQL) => byPatient(db, query);
  const [primaries, sites, lesions, treatments, assessments, outcomes, adverse] = await Promise.all([
    of(sql`SELECT x.patient_id AS "patientId", x.histology FROM primary_tumours x JOIN patients p ON p.id = x.patient_id WHERE ${live('x')} AND ${where} ORDER BY x.created_at`),
    of(sql`SELECT x.patient_id AS "patientId", x.kind FROM metastatic_sites x JOIN patients p ON p.id = x.patient_id WHERE ${live('x')} AND ${where}`),
    of(sql`SELECT x.patient_id AS "patientId", x.level FROM lesions x JOIN patients p ON p.id = x.patient_id WHERE ${live('x')} AND x.site = 'spine' AND ${where}`),
    of(sql`SELECT x.patient_id AS "patientId", x.kind, x.started_on AS "startedOn", coalesce(x.ended_on, x.started_on) AS "endedOn"
      FROM treatments x JOIN patients p ON p.id = x.patient_id WHERE ${live('x')} AND ${where} ORDER BY x.started_on, x.created_at`),
    of(sql`SELECT x.patient_id AS "patientId", x.instrument, x.assessed_on AS "assessedOn", x.total, x.band, v.month,
      x.result->'derived'->>'group000' AS "group000"
      FROM assessments x JOIN patients p ON p.id = x.patient_id LEFT JOIN follow_up_visits v ON v.id = x.visit_id AND v.deleted_at IS NULL
      WHERE ${live('x')} AND ${where} AND x.instrument IN ('vas', 'sins', 'kps') ORDER BY x.assessed_on, x.created_at`),
    of(sql`SELECT x.patient_id AS "patientId", x.kind, x.occurred_on AS "occurredOn" FROM outcome_events x JOIN patients p ON p.id = x.patient_id WHERE ${live('x')} AND ${where} ORDER BY x.occurred_on`),
    of(sql`SELECT x.patient_id AS "patientId", x.kind FROM adverse_events x JOIN patients p ON p.id = x.patient_id WHERE ${live('x')} AND ${where}`),
  ]);

  const rows: CohortRow[] = [];
  for (const p of patients) {
    const id = p.id as string;
    const histology = (primaries.get(id)?.[0]?.histology as string | undefined) ?? null;
    const primaryGroup = primaryGroupOf(histology);
    if (filter.primaryGroup?.length && !filter.primaryGroup.includes(primaryGroup as never)) continue;
    const local = (treatments.get(id) ?? []).filter((t) => LOCAL_TREATMENT_KINDS.includes(t.kind as TreatmentKind));
    const start = (local[0]?.startedOn as string | undefined) ?? null;
    // the first course: local treatments each starting within SAME_COURSE_DAYS of the previous end
    let end = null as string | null;
    for (const t of local) {
      const ended = t.endedOn as string;
      if (end === null) end = ended;
      else if ((t.startedOn as string) <= addDays(end, SAME_COURSE_DAYS)) end = ended > end ? ended : end;
    }
    const measures: Record<string, number | null> = {};
    const kpsGroups: Record<string, string | null> = {};
    let sinsBand: string | null = null;
    for (const a of assessments.get(id) ?? []) {
      const baseline = a.month === null && start !== null && (a.assessedOn as string) <= start;
      const month = baseline ? 0 : (a.month as number | null);
      if (month === null) continue;
      measures[`${a.instrument as string}_${month}`] = a.total as number;
      if (a.instrument === 'kps') kpsGroups[`kps_group_${month}`] = (a.group000 as string | null)?.replace('–', '-') ?? null;
      if (a.instrument === 'sins' && month === 0) sinsBand = SINS_GROUPS[a.band as string] ?? null;
    }
    for (const m of VAS_MONTHS) measures[`vas_${m}`] ??= null;
    for (const m of SINS_MONTHS) measures[`sins_${m}`] ??= null;
    for (const m of KPS_MONTHS) {
      measures[`kps_${m}`] ??= null;
      kpsGroups[`kps_group_${m}`] ??= null;
    }
    const events = outcomes.get(id) ?? [];
    const death = events.find((e) => e.kind === 'death')?.occurredOn as string | undefined;
    // censored on the later of the patient's last contact date and a last-contact outcome event
    const lastContact = [(p.lastContactOn as string | null) ?? null, ...events.filter((e) => e.kind === 'last-contact').map((e) => e.occurredOn as string)]
      .filter((d): d is string => d !== null).sort().at(-1) ?? null;
    const exit = death ?? lastContact;
    const survivalMonths = end && exit ? daysBetween(end, exit) / DAYS_PER_MONTH : null;
    const sixMonths = end ? addDays(end, Math.round(6 * DAYS_PER_MONTH) + 30) : null;
    const age = p.birthYear !== null && start ? Number(start.slice(0, 4)) - (p.birthYear as number) : null;
    const vertebrae = lesions.get(id)?.length ?? 0;
    const vas0 = measures.vas_0 ?? null;
    rows.push({
      patientCode: p.code as string,
      cohort: (p.cohort as string | null) ?? null,
      studyArm: (p.studyArm as string | null) ?? null,
      sex: p.sex as string,
      age,
      ageGroup: age === null ? null : age > AGE_SPLIT_000 ? `>${AGE_SPLIT_000}` : `<=${AGE_SPLIT_000}`,
      primaryHistology: histology,
      primaryGroup,
      vertebrae,
      vertebraeGroup: vertebrae === 0 ? null : vertebrae === 1 ? 'single' : 'multiple',
      brainOrVisceral: (sites.get(id) ?? []).some((s) => s.kind === 'brain' || s.kind === 'visceral') ? 'yes' : 'no',
      systemicTherapy: (treatments.get(id) ?? []).some((t) => t.kind === 'systemic') ? 'yes' : 'no',
      treatmentStart: start,
      treatmentEnd: end,
      measures,
      sinsBaselineGroup: sinsBand,
      vasBaselineGroup: vas0 === null ? null : vas0 > VAS_INCLUSION_THRESHOLD_000 ? `>${VAS_INCLUSION_THRESHOLD_000}` : `<=${VAS_INCLUSION_THRESHOLD_000}`,
      kpsBaselineGroup: kpsGroups.kps_group_0 ?? null,
      kpsGroups,
      survivalMonths: survivalMonths !== null && survivalMonths >= 0 ? survivalMonths : null,
      death: exit === null || end === null ? null : death ? 1 : 0,
      localProgression6m: end === null || sixMonths === null ? null : events.some((e) => e.kind === 'local-progression' && (e.occurredOn as string) <= sixMonths) ? 1 : 0,
      cementLeak: local.some((t) => t.kind === 'pvp' || t.kind === 'pkp') ? ((adverse.get(id) ?? []).some((e) => (e.kind as string).startsWith('cement-leak')) ? 1 : 0) : null,
    });
  }
  return rows;
}
