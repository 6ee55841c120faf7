import { ProblemError, fieldErrors } from '../boundary/problem.js';
import { SID_PATIENT_CODE } from '../interop/fhir/codes.js';
import { recordSystem } from '../interop/fhir/export.js';
import { fhirPathOf, operationOutcome, planImport, type PlannedRecord, type PlannedRef } from '../interop/fhir/import.js';
import type { Bundle, BundleEntry, Identifier, OperationOutcomeIssue, PatientRecords } from '../interop/fhir/types.js';
import type { RegistryRecord } from '../interop/fhir/types.js';
import type { Actor } from './access.js';
import { sql, type Executor } from './db.js';
import { ENTITIES, inputSchema, type EntityName, type Fields } from './entities.js';
import { PLACEHOLDER } from './import.js';
import type { Registry } from './registry.js';
import { renderRecord } from './rendered.js';
import { repository, type EntityRecord } from './repository.js';

/**
 * The registry side of the FHIR interface (the mapping itself is pure, src/interop/fhir): one
 * patient's records read through the access gate (each read audited), and the other systems'
 * identifiers of records (table fhir_identifiers).
 */

async function all(registry: Registry, actor: Actor, name: EntityName, patientId: string): Promise<EntityRecord[]> {
  const items: EntityRecord[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await registry.list(actor, name, { patientId, limit: 500, offset });
    items.push(...page.items.map((record) => renderRecord(name, record, 'en')));
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

/** Everything of one patient that the FHIR export maps (results in English); 404 when the actor may not see the patient. */
export async function loadPatientRecords(registry: Registry, actor: Actor, patientId: string): Promise<PatientRecords> {
  const patient = await registry.get(actor, 'patients', patientId);
  return {
    patient,
    primaryTumours: await all(registry, actor, 'primary-tumours', patientId),
    metastaticSites: await all(registry, actor, 'metastatic-sites', patientId),
    lesions: await all(registry, actor, 'lesions', patientId),
    treatments: await all(registry, actor, 'treatments', patientId),
    assessments: await all(registry, actor, 'assessments', patientId),
    adverseEvents: await all(registry, actor, 'adverse-events', patientId),
    outcomeEvents: await all(registry, actor, 'outcome-events', patientId),
    followUpVisits: await all(registry, actor, 'follow-up-visits', patientId),
  };
}

const ENTITY_OF: Record<Exclude<keyof PatientRecords, 'patient'>, EntityName> = {
  primaryTumours: 'primary-tumours', metastaticSites: 'metastatic-sites', lesions: 'lesions', treatments: 'treatments',
  assessments: 'assessments', adverseEvents: 'adverse-events', outcomeEvents: 'outcome-events', followUpVisits: 'follow-up-visits',
};

/**
 * What de-identifies one record for a researcher: the shell passes trust's Deidentifier
 * (src/trust/deidentify.ts, the same rules as the REST view); the registry does not import it.
 */
export interface RecordDeidentifier {
  record(entity: EntityName, record: Record<string, unknown>): Record<string, unknown>;
}

/** The records as a researcher may see them. */
export function deidentifyRecords(deid: RecordDeidentifier, records: PatientRecords): PatientRecords {
  const out = { patient: deid.record('patients', records.patient) as RegistryRecord } as PatientRecords;
  for (const [key, entity] of Object.entries(ENTITY_OF) as [Exclude<keyof PatientRecords, 'patient'>, EntityName][]) {
    out[key] = records[key].map((r) => deid.record(entity, r) as RegistryRecord);
  }
  return out;
}

/** Every record id of a patient's records. */
export function allRecordIds(records: PatientRecords): string[] {
  return [records.patient.id, ...Object.keys(ENTITY_OF).flatMap((key) => records[key as keyof typeof ENTITY_OF].map((r) => r.id))];
}

/** Other systems' identifiers of these records, by record id. */
export async function identifiersOf(db: Executor, recordIds: readonly string[]): Promise<Map<string, Identifier[]>> {
  const map = new Map<string, Identifier[]>();
  for (let i = 0; i < recordIds.length; i += 1000) {
    const ids = sql.join(recordIds.slice(i, i + 1000).map((id) => sql`${id}`), sql`, `);
    const rows = await db.rows<{ recordId: string; system: string; value: string }>(sql`
      SELECT record_id::text AS "recordId", system, value FROM fhir_identifiers WHERE record_id::text IN (${ids}) ORDER BY system, value`);
    for (const r of rows) map.set(r.recordId, [...(map.get(r.recordId) ?? []), { system: r.system, value: r.value }]);
  }
  return map;
}

/** The record an identifier names, if any. */
export async function findByIdentifier(db: Executor, identifier: Identifier): Promise<{ entity: EntityName; recordId: string } | undefined> {
  const [row] = await db.rows<{ entity: EntityName; recordId: string }>(sql`
    SELECT entity, record_id::text AS "recordId" FROM fhir_identifiers WHERE system = ${identifier.system} AND value = ${identifier.value}`);
  return row;
}

/** Remembers identifiers of a record (an identifier already naming this record is kept). */
export async function rememberIdentifiers(db: Executor, entity: EntityName, recordId: string, identifiers: readonly Identifier[], actor: string): Promise<void> {
  for (const id of identifiers) {
    await db.rows(sql`INSERT INTO fhir_identifiers (system, value, entity, record_id, created_by)
      VALUES (${id.system}, ${id.value}, ${entity}, ${recordId}, ${actor}) ON CONFLICT (system, value) DO NOTHING`);
  }
}

// -- import -------------------------------------------------------------------------------------

/** A FHIR import refused: the OperationOutcome's issues, each naming its element by FHIRPath. */
export class FhirImportError extends Error {
  constructor(readonly issues: OperationOutcomeIssue[]) {
    super(`FHIR import refused: ${issues.length} issue${issues.length === 1 ? '' : 's'}`);
    this.name = 'FhirImportError';
  }
}

/** Records are written in this order, so references point backwards. */
const WRITE_ORDER: readonly EntityName[] = ['patients', 'primary-tumours', 'metastatic-sites', 'lesions', 'treatments', 'follow-up-visits', 'assessments', 'adverse-events', 'outcome-events'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RESOURCE_OF: Record<string, string> = {
  patients: 'Patient', 'primary-tumours': 'Condition', 'metastatic-sites': 'Condition', lesions: 'Condition', assessments: 'Observation',
  'adverse-events': 'AdverseEvent', 'outcome-events': 'Observation',
};

const withoutUndefined = (fields: Fields): Fields => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null));
const zodPath = (path: readonly PropertyKey[]) => path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');

function issue(expression: string, diagnostics: string, code = 'invalid'): OperationOutcomeIssue {
  return { severity: 'error', code, diagnostics, expression: [expression] };
}

/**
 * Imports a FHIR Bundle (transaction or collection): every resource is checked first and every
 * problem reported (FhirImportError, nothing written); then all records are created or updated —
 * matched by identifier — in one transaction, each write audited in it. Answers a
 * transaction-response Bundle.
 */
export async function importFhirBundle(registry: Registry, actor: Actor, bundle: unknown): Promise<Bundle> {
  const plan = planImport(bundle);
  const issues = [...plan.issues];
  for (const record of plan.records) {
    const def = ENTITIES[record.entity];
    const fields = withoutUndefined(record.fields);
    if (record.entity !== 'patients') fields.patientId = PLACEHOLDER;
    for (const ref of record.refs) fields[ref.field] = ref.list ? [PLACEHOLDER] : PLACEHOLDER;
    // a visit's analgesic regimen: checked by the planner; the visit itself is only updated (saveIn checks the whole)
    const parsed = record.visit ? { success: true as const } : inputSchema(def).safeParse(fields, { reportInput: true });
    if (!parsed.success) {
      const messages = fieldErrors(parsed.error, '');
      parsed.error.issues.forEach((zi, i) => {
        const path = zodPath(zi.path);
        issues.push(issue(fhirPathOf(record, path), `${def.singular}${path ? ` ${path}` : ''}: ${messages[i]!.message}`));
      });
    }
    for (const ref of [...(record.patient && !record.patient.reference.startsWith('#') ? [record.patient] : []), ...record.refs]) {
      if (!plan.keys.has(ref.reference) && !/^\w+\/[0-9a-f-]{36}$/i.test(ref.reference)) {
        issues.push(issue(ref.path, `"${ref.reference}" is neither an entry of this Bundle nor a registry record (Type/<id>)`, 'not-found'));
      }
    }
  }
  if (issues.length) throw new FhirImportError(issues);

  const entries = Array.isArray((bundle as { entry?: unknown[] }).entry) ? (bundle as { entry: unknown[] }).entry : [];
  const response: BundleEntry[] = entries.map(() => ({ response: { status: '200 OK' } }));
  for (const skipped of plan.skipped) response[skipped.entry] = { response: { status: '200 OK', outcome: operationOutcome([{ severity: 'information', code: 'informational', diagnostics: skipped.diagnostics }]) } };

  await registry.db.transaction(async (tx) => {
    const idOfEntry = new Map<number, string>();
    const resolve = async (ref: PlannedRef, entity: EntityName): Promise<string> => {
      const local = ref.reference.startsWith('#entry-') ? Number(ref.reference.slice(7)) : plan.keys.get(ref.reference);
      if (local !== undefined) {
        const id = idOfEntry.get(local);
        if (id) return id;
        throw new FhirImportError([issue(ref.path, `"${ref.reference}" names an entry that is not a ${ENTITIES[entity].singular}`, 'invalid')]);
      }
      const id = ref.reference.split('/')[1]!;
      if (UUID.test(id) && (await repository.get(tx, ENTITIES[entity], id))) return id;
      throw new FhirImportError([issue(ref.path, `no ${ENTITIES[entity].singular} ${ref.reference} in the registry`, 'not-found')]);
    };
    const ordered = [...plan.records].sort((a, b) => WRITE_ORDER.indexOf(a.entity) - WRITE_ORDER.indexOf(b.entity));
    for (const record of ordered) {
      const def = ENTITIES[record.entity];
      const fields = withoutUndefined(record.fields);
      if (record.patient) fields.patientId = await resolve(record.patient, 'patients');
      for (const ref of record.refs) {
        // a Procedure's reason that is a registry Condition but no lesion of ours (the EHR's own diagnosis) is not refused: it is not ours to record
        if (ref.list && !ref.reference.startsWith('#') && !plan.keys.has(ref.reference)) {
          const id = ref.reference.split('/')[1]!;
          if (!(UUID.test(id) && (await repository.get(tx, ENTITIES[def.refs[ref.field] ?? 'lesions'], id)))) continue;
        }
        const id = await resolve(ref, def.refs[ref.field] ?? 'treatments');
        fields[ref.field] = ref.list ? [...((fields[ref.field] as string[] | undefined) ?? []), id] : id;
      }
      if (Array.isArray(fields.lesionIds) && fields.lesionIds.length === 0) delete fields.lesionIds;
      const current = record.visit ? await visitOf(tx, record, fields) : await match(tx, record, fields);
      let saved;
      try {
        saved = await registry.saveIn(tx, actor, record.entity, fields, current);
      } catch (error) {
        if (error instanceof ProblemError) {
          const errs = error.problem.errors?.length ? error.problem.errors : [{ path: 'body', message: error.problem.detail }];
          throw new FhirImportError(errs.map((e) => issue(fhirPathOf(record, e.path.replace(/^body\.?/, '')), `${def.singular}: ${e.message}`, error.problem.status === 403 ? 'forbidden' : 'invalid')));
        }
        throw error;
      }
      const own = recordSystem(record.entity);
      await rememberIdentifiers(tx, record.entity, saved.record.id, record.identifiers.filter((i) => i.system !== SID_PATIENT_CODE && !(i.system === own && i.value === saved.record.id)), actor.id);
      if (record.visit) {
        for (const entry of [record.entry, ...(record.alsoEntries ?? [])]) response[entry] = { response: { status: '200 OK' } }; // an analgesic is an item of the visit: no location of its own
        continue;
      }
      if (!(record.entity === 'outcome-events' && fields.kind === 'death' && record.patient?.reference.startsWith('#'))) {
        idOfEntry.set(record.entry, saved.record.id);
        const type = record.entity === 'treatments' ? (fields.kind === 'systemic' || fields.kind === 'bone-modifying-agent' ? 'MedicationStatement' : 'Procedure') : RESOURCE_OF[record.entity]!;
        response[record.entry] = { response: { status: saved.outcome === 'created' ? '201 Created' : '200 OK', location: `${type}/${saved.record.id}/_history/${saved.record.version}` } };
      }
    }
  });
  return { resourceType: 'Bundle', type: 'transaction-response', entry: response };
}

/**
 * The follow-up visit whose analgesic regimen a planned record sets: by its treatment and month,
 * or the patient's visit completed on the day, else the one whose window holds it (nearest due
 * date). Visits are scheduled with their treatment, never created by an import.
 */
async function visitOf(tx: Executor, record: PlannedRecord, fields: Fields): Promise<EntityRecord> {
  const def = ENTITIES['follow-up-visits'];
  const visit = record.visit!;
  const rows = visit.month !== undefined
    ? await tx.rows<{ id: string }>(sql`SELECT id::text AS id FROM follow_up_visits WHERE treatment_id = ${fields.treatmentId as string} AND patient_id = ${fields.patientId as string}
        AND month = ${visit.month} AND deleted_at IS NULL LIMIT 1`)
    : await tx.rows<{ id: string }>(sql`SELECT id::text AS id FROM follow_up_visits WHERE patient_id = ${fields.patientId as string} AND deleted_at IS NULL
        AND (completed_on = ${visit.on!}::date OR ${visit.on!}::date BETWEEN window_start AND window_end)
        ORDER BY (completed_on IS NOT DISTINCT FROM ${visit.on!}::date) DESC, abs(due_on - ${visit.on!}::date), id LIMIT 1`);
  const found = rows[0] ? await repository.get(tx, def, rows[0].id, { forUpdate: true }) : undefined;
  if (found) return found;
  throw new FhirImportError([issue(visit.path, visit.month !== undefined
    ? `the treatment has no follow-up visit at month ${visit.month} (visits are scheduled with their treatment; an analgesic regimen is recorded at one of them)`
    : `the patient has no follow-up visit on ${visit.on!} or with a window holding it (an analgesic regimen is recorded at a visit)`, 'not-found')]);
}

/** The registry record a planned record updates: by a remembered identifier, by its own record id, by patient code, or the patient's death. */
async function match(tx: Executor, record: PlannedRecord, fields: Fields): Promise<EntityRecord | undefined> {
  const def = ENTITIES[record.entity];
  const samePatient = (r: EntityRecord | undefined) => (r && (record.entity === 'patients' || r.patientId === fields.patientId) ? r : undefined);
  for (const identifier of record.identifiers) {
    const found = await findByIdentifier(tx, identifier);
    if (found && found.entity === record.entity) {
      const r = samePatient(await repository.get(tx, def, found.recordId, { forUpdate: true }));
      if (r) return r;
    }
    if (identifier.system === recordSystem(record.entity) && UUID.test(identifier.value)) {
      const r = samePatient(await repository.get(tx, def, identifier.value, { forUpdate: true }));
      if (r) return r;
    }
  }
  if (record.entity === 'patients' && typeof fields.code === 'string') {
    const [row] = await tx.rows<{ id: string }>(sql`SELECT id::text AS id FROM patients WHERE code = ${fields.code} AND deleted_at IS NULL`);
    if (row) return repository.get(tx, def, row.id, { forUpdate: true });
  }
  if (record.entity === 'outcome-events' && fields.kind === 'death') {
    const [row] = await tx.rows<{ id: string }>(sql`SELECT id::text AS id FROM outcome_events WHERE patient_id = ${fields.patientId as string} AND kind = 'death' AND deleted_at IS NULL ORDER BY occurred_on LIMIT 1`);
    if (row) return repository.get(tx, def, row.id, { forUpdate: true });
  }
  return undefined;
}
