import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ProblemError, badRequest, fieldErrors, type FieldError } from '../boundary/problem.js';
import type { Actor } from './access.js';
import { CsvSyntaxError, EMPTY_CSV, csvRecordBatches, widthIssue, type CsvRecord } from '../boundary/csv.js';
import { textIssue } from '../boundary/text.js';
import { sql, type Executor } from './db.js';
import { ENTITIES, ENTITY_NAMES, inputSchema, isEntityName, type EntityDef, type EntityName, type Fields } from './entities.js';
import { CopyRowError, repository } from './repository.js';
import type { Registry } from './registry.js';
import { LOCAL_TREATMENT_KINDS, type TreatmentKind } from '../boundary/codes.js';
import { plannedVisits, type CourseTreatment } from './followup.js';

/**
 * The cohort import format: one CSV row per record. Reserved columns say what the row is and
 * how it links; every other column is a field of some entity (camelCase or snake_case), left
 * empty where it does not apply. Objects and arrays (treatment details, instrument inputs,
 * decision facts) are JSON in their cell.
 */
export const IMPORT_COLUMNS = {
  entity: `the record's kind: ${ENTITY_NAMES.join(', ')}`,
  patient: 'the patient code: a patients row of the file, or a patient already in the registry',
  key: 'a name for this row, so later rows can refer to it (treatments)',
  treatment_key: 'the key of the treatments row this record belongs to (visits, adverse and outcome events)',
  visit_month: 'assessments: the follow-up visit (month after the end of treatment) the assessment belongs to',
} as const;
const RESERVED = new Set(Object.keys(IMPORT_COLUMNS));

/** Rows are written entity by entity in this order, so references point backwards. */
const WRITE_ORDER: readonly EntityName[] = [
  'patients', 'primary-tumours', 'metastatic-sites', 'lesions', 'treatments', 'follow-up-visits',
  'assessments', 'decisions', 'adverse-events', 'outcome-events', 'laboratory-values',
];

export interface ImportProgress {
  phase: 'validate' | 'write';
  done: number;
  total: number;
}

export interface ImportResult {
  rows: number;
  patients: number;
  byEntity: Partial<Record<EntityName, number>>;
}

export interface Row {
  row: number;
  entity: EntityName;
  patient: string;
  key?: string;
  treatmentKey?: string;
  visitMonth?: number;
  fields: Fields;
}

/** Stands for a patient or treatment id until the row is written (the schemas require a UUID). */
export const PLACEHOLDER = '00000000-0000-4000-8000-000000000000';
const camel = (name: string) => name.trim().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

function unwrap(schema: z.ZodType): z.ZodType {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  return inner;
}

/** A cell as its field's type: kept as text when the field takes it, else read as JSON. */
function cellValue(schema: z.ZodType, text: string): unknown {
  if (unwrap(schema).safeParse(text).success) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A cohort CSV: the whole text, or its pieces as they arrive (a file or request stream). */
export type CsvSource = string | AsyncIterable<string | Uint8Array>;

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Size of the source in its own unit (characters of a string, bytes of a stream), to estimate the rows while reading. */
  size?: number;
}

/** Text parsed at a time from a string source. */
const PIECE = 256 * 1024;
/** Longest the import holds the thread before letting other requests run, ms. */
const SLICE_MS = 15;
/** Rows per write: one COPY on a PostgreSQL server; one multi-row insert on PGlite, which runs in this thread. */
const BATCH = { postgres: 1000, pglite: 25 } as const;

/** Resolves at once, or on the next turn of the event loop once SLICE_MS have passed since the last. */
function pacer(): () => Promise<void> | undefined {
  let since = performance.now();
  return () => {
    if (performance.now() - since < SLICE_MS) return undefined;
    return new Promise<void>((resolve) => setImmediate(() => {
      since = performance.now();
      resolve();
    }));
  };
}

async function* piecesOf(source: CsvSource, consumed: { n: number }): AsyncGenerator<string> {
  if (typeof source === 'string') {
    for (let i = 0; i < source.length; i += PIECE) {
      consumed.n = Math.min(source.length, i + PIECE);
      yield source.slice(i, i + PIECE);
    }
    return;
  }
  const decoder = new TextDecoder();
  for await (const piece of source) {
    if (typeof piece === 'string') {
      consumed.n += piece.length;
      yield piece;
    } else {
      consumed.n += piece.byteLength;
      yield decoder.decode(piece, { stream: true });
    }
  }
  yield decoder.decode();
}

/**
 * Imports a cohort CSV, read piece by piece and written in batches in one transaction (COPY on a
 * PostgreSQL server): every bad row is reported (400, `row N.field`) and nothing is stored; on
 * success every record is written. The work is cut into slices so other requests are answered
 * meanwhile; `onProgress` hears the rows validated (an estimate of the total while reading) and written.
 */
export async function importCohortCsv(
  registry: Registry,
  actor: Actor,
  source: CsvSource,
  options: ImportOptions | ((progress: ImportProgress) => void) = {},
): Promise<ImportResult> {
  const { onProgress, size = typeof source === 'string' ? source.length : undefined } = typeof options === 'function' ? { onProgress: options } : options;
  await registry.authorize(actor, 'import', 'cohort');
  const pace = pacer();
  const consumed = { n: 0 };
  const stray: FieldError[] = [];
  const errors: FieldError[] = [];
  let header: string[] | undefined;
  let columns: string[] = [];
  let badHeader = false;
  const rows: Row[] = [];
  const patientsInFile = new Map<string, number>();
  const keys = new Map<string, { row: number; patient: string }>();
  let validated = 0;
  const estimate = () => (size && consumed.n ? Math.max(validated, Math.round(validated * (size / consumed.n))) : validated);
  try {
    for await (const batch of csvRecordBatches(piecesOf(source, consumed))) {
      for (const record of batch) {
        if (stray.length < 20) {
          record.fields.forEach((field, column) => {
            const issue = textIssue(field);
            if (issue) stray.push({ path: `row ${record.row}.${(header ?? record.fields)[column]?.slice(0, 40) ?? column}`, message: issue });
          });
        }
        if (!header) {
          header = record.fields;
          columns = headerColumns(header, errors);
          badHeader = errors.length > 0;
          continue;
        }
        if (badHeader || stray.length) continue; // only text that cannot be stored is still looked for
        validateRecord(record, columns, errors, rows, patientsInFile, keys);
        if (++validated % 1000 === 0) onProgress?.({ phase: 'validate', done: validated, total: estimate() });
        const turn = pace();
        if (turn) await turn;
      }
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ProblemError(badRequest(`invalid CSV: ${error.message}`));
    throw error;
  }
  if (stray.length) throw new ProblemError(badRequest('text that cannot be stored', stray.slice(0, 20)));
  if (!header) throw new ProblemError(badRequest(EMPTY_CSV, [{ path: 'row 1', message: 'no header' }]));
  if (badHeader) throw new ProblemError(badRequest('invalid header', errors));
  onProgress?.({ phase: 'validate', done: validated, total: validated });

  // references: keys within the file, patients in the file or the registry
  for (const row of rows) {
    if (row.treatmentKey) {
      const target = keys.get(row.treatmentKey);
      if (!target) errors.push({ path: `row ${row.row}.treatment_key`, message: `no treatments row with key "${row.treatmentKey}"` });
      else if (target.patient !== row.patient) errors.push({ path: `row ${row.row}.treatment_key`, message: `"${row.treatmentKey}" is a treatment of ${target.patient}, not ${row.patient}` });
    }
  }
  const codes = [...new Set(rows.map((r) => r.patient))];
  const existing = await existingPatients(registry.db, codes);
  for (const row of rows) {
    if (row.entity === 'patients' && existing.has(row.patient)) errors.push({ path: `row ${row.row}.patient`, message: `patient "${row.patient}" is already in the registry` });
    if (row.entity !== 'patients' && !patientsInFile.has(row.patient) && !existing.has(row.patient)) {
      errors.push({ path: `row ${row.row}.patient`, message: `no patient "${row.patient}" in the file or the registry` });
    }
  }
  if (errors.length) {
    errors.sort((a, b) => rowOf(a.path) - rowOf(b.path));
    const bad = new Set(errors.map((e) => rowOf(e.path))).size;
    throw new ProblemError(badRequest(`nothing imported: ${bad} row${bad === 1 ? '' : 's'} with errors (${errors.length} in all)`, errors));
  }

  const byEntity = await registry.db.bulkTransaction((tx) => writeRows(registry, tx, actor, rows, existing, onProgress, BATCH[registry.db.kind]));
  return { rows: rows.length, patients: byEntity.patients ?? 0, byEntity };
}

/** The header's column names (reserved ones as they are, fields in camelCase); its errors added to `errors`. */
function headerColumns(header: readonly string[], errors: FieldError[]): string[] {
  const columns = header.map((name) => (RESERVED.has(name.trim()) ? name.trim() : camel(name)));
  for (const required of ['entity', 'patient']) {
    if (!columns.includes(required)) errors.push({ path: `row 1.${required}`, message: 'required column is missing' });
  }
  const known = new Set(ENTITY_NAMES.flatMap((name) => Object.keys(ENTITIES[name].base.shape)));
  columns.forEach((name) => {
    if (!RESERVED.has(name) && !known.has(name)) errors.push({ path: `row 1.${name}`, message: 'not a field of any entity' });
  });
  return columns;
}

/** Validates one data record: a Row added to `rows`, or its errors to `errors`; patients and keys of the file noted. */
function validateRecord(
  record: CsvRecord,
  columns: readonly string[],
  errors: FieldError[],
  rows: Row[],
  patientsInFile: Map<string, number>,
  keys: Map<string, { row: number; patient: string }>,
): void {
  const at = (field: string) => `row ${record.row}.${field}`;
  const width = widthIssue(record.row, record.fields.length, columns.length);
  if (width) {
    errors.push(width);
    return;
  }
  const cells = Object.fromEntries(columns.map((name, i) => [name, record.fields[i]!.trim()]));
  const entity = cells.entity!;
  const patient = cells.patient!;
  if (!isEntityName(entity)) {
    errors.push({ path: at('entity'), message: `${entity ? `"${entity}"` : 'nothing'} is not accepted; accepted: ${ENTITY_NAMES.join(', ')}` });
    return;
  }
  if (!patient) errors.push({ path: at('patient'), message: 'required (the patient code)' });
  const def = ENTITIES[entity];
  const fields: Fields = {};
  for (const name of columns) {
    const value = cells[name]!;
    if (RESERVED.has(name) || value === '') continue;
    const schema = def.base.shape[name] as z.ZodType | undefined;
    if (!schema || name === 'patientId') {
      errors.push({ path: at(name), message: `not a field of ${entity}` });
      continue;
    }
    fields[name] = cellValue(schema, value);
  }
  if (entity === 'patients') {
    if (fields.code !== undefined && fields.code !== patient) errors.push({ path: at('code'), message: `differs from the patient column "${patient}"` });
    fields.code = patient;
    if (patientsInFile.has(patient)) errors.push({ path: at('patient'), message: `patient "${patient}" is already defined on row ${patientsInFile.get(patient)}` });
    else patientsInFile.set(patient, record.row);
  } else fields.patientId = PLACEHOLDER;
  const key = cells.key || undefined;
  const treatmentKey = cells.treatment_key || undefined;
  const visitMonth = cells.visit_month ? Number(cells.visit_month) : undefined;
  if (key) {
    if (entity !== 'treatments') errors.push({ path: at('key'), message: 'only treatments rows take a key' });
    else if (keys.has(key)) errors.push({ path: at('key'), message: `"${key}" is already the key of row ${keys.get(key)!.row}` });
    else keys.set(key, { row: record.row, patient });
  }
  if (treatmentKey && !('treatmentId' in def.base.shape)) errors.push({ path: at('treatment_key'), message: `${entity} rows do not refer to a treatment` });
  if (visitMonth !== undefined && (entity !== 'assessments' || !Number.isInteger(visitMonth))) {
    errors.push({ path: at('visit_month'), message: entity !== 'assessments' ? 'only assessments rows take a visit month' : `"${cells.visit_month}" is not a whole month` });
  }
  if (entity === 'follow-up-visits' && !treatmentKey) errors.push({ path: at('treatment_key'), message: 'required for a follow-up visit' });
  if (treatmentKey && 'treatmentId' in def.base.shape) fields.treatmentId = PLACEHOLDER;
  const parsed = inputSchema(def).safeParse(fields, { reportInput: true });
  if (!parsed.success) errors.push(...fieldErrors(parsed.error, `row ${record.row}`));
  else rows.push({ row: record.row, entity, patient, key, treatmentKey, visitMonth, fields: parsed.data });
}

/** Entities whose rows are inserted in bulk; the others go one by one through createIn (their hooks). */
const BULK: ReadonlySet<EntityName> = new Set(['patients', 'primary-tumours', 'metastatic-sites', 'lesions', 'follow-up-visits', 'assessments', 'decisions', 'adverse-events', 'laboratory-values']);

/**
 * Writes validated rows in an open transaction, entity by entity (WRITE_ORDER): patients and
 * records without side effects in multi-row inserts, treatments (which schedule visits) and
 * outcome events (a death cancels visits) through the registry's create path, then completes
 * the visits that the assessments filled. References are resolved here: patient codes, treatment
 * keys, visit months; a row that names a record by its UUID goes through createIn, which checks it.
 */
export async function writeRows(
  registry: Registry,
  tx: Executor,
  actor: Actor,
  rows: readonly Row[],
  existing: ReadonlyMap<string, string>,
  onProgress?: (progress: ImportProgress) => void,
  batch: number = BATCH.pglite,
): Promise<Partial<Record<EntityName, number>>> {
  const pace = pacer();
  const byEntity: Partial<Record<EntityName, number>> = {};
  const patientIds = new Map(existing);
  const treatmentIds = new Map<string, string>();
  let visits: Map<string, { id: string; month: number; dueOn: string }[]> | undefined;
  const touchedVisits = new Set<string>();
  // the visits of patients new in this file, planned here and written once the assessments are matched to them
  const planned = new Map<string, PlannedVisit[]>();
  const visitRowsOf = new Set(rows.filter((r) => r.entity === 'follow-up-visits').map((r) => r.patient));
  const createdTreatmentOf = new Set<string>();
  let flushed = false;
  const flush = async () => {
    if (flushed) return;
    flushed = true;
    const list = [...planned.values()].flat();
    const fields = list.map(({ fields, done, last }) => ({ ...fields, ...(done.size === (fields.instruments as string[]).length && last ? { status: 'done', completedOn: last } : {}) }));
    await insertInBatches(registry, tx, ENTITIES['follow-up-visits'], fields, actor, batch, pace, undefined, undefined, list.map((v) => v.id));
  };
  let done = 0;
  const progress = (n: number) => {
    const before = Math.floor(done / 500);
    done += n;
    if (Math.floor(done / 500) !== before || done === rows.length) onProgress?.({ phase: 'write', done, total: rows.length });
  };
  for (const entity of WRITE_ORDER) {
    const def = ENTITIES[entity];
    if (WRITE_ORDER.indexOf(entity) > WRITE_ORDER.indexOf('assessments')) await flush();
    const mine = rows.filter((row) => row.entity === entity);
    if (mine.length === 0) continue;
    if (entity === 'assessments' && mine.some((r) => r.visitMonth !== undefined)) {
      visits = await visitsOf(tx, [...new Set(mine.map((r) => patientIds.get(r.patient)!).filter((id) => !planned.has(id)))]);
    }
    const bulk: Fields[] = [];
    const bulkRows: Row[] = [];
    for (const row of mine) {
      const turn = pace();
      if (turn) await turn;
      const fields = { ...row.fields };
      if (entity !== 'patients') fields.patientId = patientIds.get(row.patient);
      if (row.treatmentKey) fields.treatmentId = treatmentIds.get(row.treatmentKey);
      if (row.visitMonth !== undefined) {
        const ofPatient = planned.get(fields.patientId as string);
        const visit = nearest(ofPatient ?? visits?.get(fields.patientId as string) ?? [], row.visitMonth, fields.assessedOn as string);
        if (!visit) throw rowProblem(row, 'visit_month', `patient ${row.patient} has no follow-up visit at month ${row.visitMonth}: record the treatment first`);
        fields.visitId = visit;
        const plannedVisit = ofPatient?.find((v) => v.id === visit);
        if (plannedVisit) {
          // completed as Registry.completeVisits would: every instrument recorded; on the day of the last assessment
          if ((plannedVisit.fields.instruments as string[]).includes(fields.instrument as string)) plannedVisit.done.add(fields.instrument as string);
          if (!plannedVisit.last || (fields.assessedOn as string) > plannedVisit.last) plannedVisit.last = fields.assessedOn as string;
        } else touchedVisits.add(visit);
      }
      const namesARecord = Object.keys(def.refs).some((ref) => (typeof row.fields[ref] === 'string' || Array.isArray(row.fields[ref])) && !(ref === 'treatmentId' && row.treatmentKey));
      // treatments of patients new in this file have no earlier course to join: bulk, scheduled below
      const bulkable = BULK.has(entity) || (entity === 'treatments' && !existing.has(row.patient));
      if (bulkable && !namesARecord) {
        bulk.push(fields);
        bulkRows.push(row);
        continue;
      }
      if (entity === 'treatments') createdTreatmentOf.add(fields.patientId as string);
      const record = await registry.createIn(tx, def, fields, actor).catch((error: unknown) => {
        if (error instanceof ProblemError) throw rowProblem(row, error.problem.errors?.[0]?.path.replace(/^body\./, '') ?? 'row', error.problem.errors?.[0]?.message ?? error.problem.detail);
        throw error;
      });
      if (row.key) treatmentIds.set(row.key, record.id);
      progress(1);
    }
    if (entity === 'assessments') await flush();
    const ids = await insertInBatches(registry, tx, def, bulk, actor, batch, pace, (index) => bulkRows[index]!, progress);
    if (entity === 'patients') bulkRows.forEach((row, i) => patientIds.set(row.patient, ids[i]!));
    if (entity === 'treatments') {
      bulkRows.forEach((row, i) => row.key && treatmentIds.set(row.key, ids[i]!));
      const deferred = new Set(bulkRows.filter((row) => !visitRowsOf.has(row.patient)).map((row) => patientIds.get(row.patient)!).filter((id) => !createdTreatmentOf.has(id)));
      await scheduleNewPatients(registry, tx, actor, bulk, ids, batch, pace, deferred, planned);
    }
    byEntity[entity] = mine.length;
  }
  await flush();
  const completed = [...touchedVisits];
  for (let start = 0; start < completed.length; start += batch) {
    await registry.completeVisits(tx, completed.slice(start, start + batch), actor);
    const turn = pace();
    if (turn) await turn;
  }
  return byEntity;
}

/** The follow-up of freshly inserted treatments of new patients, in one multi-row insert. */
async function scheduleNewPatients(
  registry: Registry, tx: Executor, actor: Actor, treatments: readonly Fields[], ids: readonly string[], batch: number, pace: () => Promise<void> | undefined,
  deferred: ReadonlySet<string>, planned: Map<string, PlannedVisit[]>,
): Promise<void> {
  const byPatient = new Map<string, CourseTreatment[]>();
  treatments.forEach((t, i) => {
    if (!LOCAL_TREATMENT_KINDS.includes(t.kind as TreatmentKind)) return;
    const list = byPatient.get(t.patientId as string) ?? [];
    list.push({ id: ids[i]!, startedOn: t.startedOn as string, anchor: (t.endedOn ?? t.startedOn) as string });
    byPatient.set(t.patientId as string, list);
  });
  const visits: Fields[] = [];
  for (const [patientId, list] of byPatient) {
    for (const visit of plannedVisits(list)) {
      const fields = { ...visit, patientId, status: 'scheduled' };
      if (!deferred.has(patientId)) visits.push(fields);
      else planned.set(patientId, [...(planned.get(patientId) ?? []), { id: randomUUID(), month: visit.month, dueOn: visit.dueOn, fields, done: new Set(), last: undefined }]);
    }
    const turn = pace();
    if (turn) await turn;
  }
  await insertInBatches(registry, tx, ENTITIES['follow-up-visits'], visits, actor, batch, pace);
}

/**
 * insertManyIn `batch` rows at a time, letting other requests run between batches; on PostgreSQL
 * the next batch's COPY data is made while the database writes the last. A row the database
 * refuses (COPY names it) is reported as the file's row when `rowAt` says which.
 */
async function insertInBatches(
  registry: Registry, tx: Executor, def: EntityDef, fields: readonly Fields[], actor: Actor, batch: number,
  pace: () => Promise<void> | undefined, rowAt?: (index: number) => Row, progress?: (n: number) => void, givenIds?: readonly string[],
): Promise<string[]> {
  const ids: string[] = [];
  let writing: Promise<void> | undefined;
  const fileRow = (start: number) => (error: unknown) => {
    if (error instanceof CopyRowError && rowAt) throw rowProblem(rowAt(start + error.index), error.column ? camel(error.column) : 'row', error.reason);
    throw error;
  };
  for (let start = 0; start < fields.length; start += batch) {
    const chunk = fields.slice(start, start + batch);
    const chunkIds = givenIds?.slice(start, start + batch);
    if (tx.copy) {
      const prepared = registry.prepareCopy(def, chunk, actor, chunkIds);
      await writing;
      ids.push(...prepared.ids);
      writing = repository.runCopy(tx, prepared).catch(fileRow(start));
      writing.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
    } else {
      ids.push(...await registry.insertManyIn(tx, def, chunk, actor, chunkIds).catch(fileRow(start)));
    }
    progress?.(chunk.length);
    const turn = pace();
    if (turn) await turn;
  }
  await writing;
  return ids;
}

async function visitsOf(tx: Executor, patientIds: readonly string[]): Promise<Map<string, { id: string; month: number; dueOn: string }[]>> {
  const map = new Map<string, { id: string; month: number; dueOn: string }[]>();
  for (let i = 0; i < patientIds.length; i += 1000) {
    const ids = sql.join(patientIds.slice(i, i + 1000).map((id) => sql`${id}`), sql`, `);
    const rows = await tx.rows(sql`SELECT id, patient_id AS "patientId", month, due_on AS "dueOn" FROM follow_up_visits WHERE deleted_at IS NULL AND patient_id IN (${ids})`);
    for (const r of rows) {
      const list = map.get(r.patientId as string) ?? [];
      list.push({ id: r.id as string, month: r.month as number, dueOn: r.dueOn as string });
      map.set(r.patientId as string, list);
    }
  }
  return map;
}

/** A visit planned for a patient new in the file, not yet written: the instruments recorded against it and the last day. */
interface PlannedVisit {
  id: string;
  month: number;
  dueOn: string;
  fields: Fields;
  done: Set<string>;
  last: string | undefined;
}

/** The visit at `month` whose due date is nearest the assessment. */
function nearest(visits: readonly { id: string; month: number; dueOn: string }[], month: number, on: string): string | undefined {
  const at = Date.parse(on);
  let best: { id: string; distance: number } | undefined;
  for (const v of visits) {
    if (v.month !== month) continue;
    const distance = Math.abs(Date.parse(v.dueOn) - at);
    if (!best || distance < best.distance || (distance === best.distance && v.id < best.id)) best = { id: v.id, distance };
  }
  return best?.id;
}

const rowOf = (path: string) => Number(/^row (\d+)/.exec(path)?.[1] ?? 0);

function rowProblem(row: Row, field: string, message: string): ProblemError {
  return new ProblemError(badRequest('nothing imported: a row failed while writing', [{ path: `row ${row.row}.${field}`, message }]));
}

async function existingPatients(db: Executor, codes: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < codes.length; i += 1000) {
    const chunk = codes.slice(i, i + 1000);
    const rows = await db.rows(sql`SELECT code, id FROM patients WHERE deleted_at IS NULL AND code IN (${sql.join(chunk.map((c) => sql`${c}`), sql`, `)})`);
    for (const r of rows) found.set(r.code as string, r.id as string);
  }
  return found;
}
