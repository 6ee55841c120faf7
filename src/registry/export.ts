import type { Actor } from './access.js';
import { csvLine, toCsv } from '../boundary/csv.js';
import { COHORT_COLUMNS, cohortDataset, cohortRowValues, type CohortFilter } from './dataset.js';
import { sql } from './db.js';
import { LOCAL_TREATMENT_KINDS } from '../boundary/codes.js';
import { filtersDetail, type Registry } from './registry.js';

/** The tidy long table: one row per patient × visit × instrument (REDCap users' wish, STYLE.md). */
export const OBSERVATION_COLUMNS: readonly [string, string, string][] = [
  ['patient_code', 'text', 'Registry patient code; with visit and instrument the stable key of a row'],
  ['cohort', 'text', 'Cohort label'],
  ['study_arm', 'text', 'Study arm / treatment group'],
  ['visit', 'baseline|month-N|unscheduled', 'baseline: on or before the first local treatment; month-N: the scheduled follow-up visit N months after the end of treatment'],
  ['month', 'integer', '0 at baseline, N at the month-N visit, empty when unscheduled'],
  ['assessed_on', 'date', 'Date of the assessment'],
  ['instrument', 'text', 'Instrument id (bonemet score --list)'],
  ['total', 'number', 'Instrument total (empty for grades without a total)'],
  ['band', 'text', 'Instrument band or grade id'],
  ['rule_version', 'text', 'Version of the instrument rules that scored it'],
  ['assessment_id', 'uuid', 'Registry id of the assessment'],
];

export interface ExportFiles {
  'observations.csv': string;
  'cohort.csv': string;
  'data-dictionary.csv': string;
}

/**
 * The export of the patients the actor may see: the tidy observations, the one-row-per-patient
 * cohort dataset (SPSS, R) and the data dictionary describing every column of both.
 */
export async function exportCohort(registry: Registry, actor: Actor, filter: CohortFilter = {}): Promise<ExportFiles> {
  await registry.permit(actor, 'export', 'cohort');
  const dataset = await cohortDataset(registry, actor, filter);
  const codes = dataset.map((row) => row.patientCode);
  // the audit row names every patient exported (ids only) and the filters asked with
  const exported: string[] = [];
  for (let i = 0; i < codes.length; i += 1000) {
    const chunk = codes.slice(i, i + 1000);
    const ids = await registry.db.rows<{ id: string }>(sql`SELECT id::text AS id FROM patients WHERE deleted_at IS NULL AND code IN (${sql.join(chunk.map((c) => sql`${c}`), sql`, `)}) ORDER BY code`);
    exported.push(...ids.map((r) => r.id));
  }
  await registry.reportAccess(actor, 'export', 'cohort', { detail: filtersDetail(filter as Record<string, unknown>), records: exported });
  const lines = [csvLine(OBSERVATION_COLUMNS.map(([name]) => name))];
  const local = sql.join(LOCAL_TREATMENT_KINDS.map((k) => sql`${k}`), sql`, `);
  for (let i = 0; i < codes.length; i += 1000) {
    const chunk = codes.slice(i, i + 1000);
    const rows = await registry.db.rows(sql`
      SELECT p.code, p.cohort, p.study_arm AS "studyArm", v.month, a.assessed_on AS "assessedOn", a.instrument, a.total, a.band,
             a.rule_version AS "ruleVersion", a.id,
             a.assessed_on <= (SELECT min(t.started_on) FROM treatments t WHERE t.patient_id = p.id AND t.deleted_at IS NULL AND t.kind IN (${local})) AS baseline
      FROM assessments a JOIN patients p ON p.id = a.patient_id AND p.deleted_at IS NULL
      LEFT JOIN follow_up_visits v ON v.id = a.visit_id AND v.deleted_at IS NULL
      WHERE a.deleted_at IS NULL AND p.code IN (${sql.join(chunk.map((c) => sql`${c}`), sql`, `)})
      ORDER BY p.code, a.assessed_on, a.instrument, a.id`);
    for (const r of rows) {
      const month = r.month !== null ? (r.month as number) : r.baseline === true ? 0 : null;
      const visit = r.month !== null ? `month-${String(r.month)}` : r.baseline === true ? 'baseline' : 'unscheduled';
      lines.push(csvLine([r.code, r.cohort, r.studyArm, visit, month, r.assessedOn, r.instrument, r.total, r.band, r.ruleVersion, r.id]));
    }
  }
  const dictionary = toCsv(
    ['file', 'column', 'type', 'description'],
    [
      ...OBSERVATION_COLUMNS.map(([column, type, description]) => ['observations.csv', column, type, description]),
      ...COHORT_COLUMNS.map(([column, type, description]) => ['cohort.csv', column, type, description]),
    ],
  );
  return {
    'observations.csv': `${lines.join('\n')}\n`,
    'cohort.csv': toCsv(COHORT_COLUMNS.map(([name]) => name), dataset.map(cohortRowValues)),
    'data-dictionary.csv': dictionary,
  };
}
