import { patientResources } from '../interop/fhir/export.js';
import type { FhirResource, PatientRecords, RegistryRecord } from '../interop/fhir/types.js';
import type { Actor } from './access.js';
import { sql } from './db.js';
import { ENTITIES, type EntityName } from './entities.js';
import { allRecordIds, deidentifyRecords, identifiersOf, type RecordDeidentifier } from './fhir-store.js';
import type { Registry } from './registry.js';
import { renderRecord } from './rendered.js';
import { repository, type EntityRecord } from './repository.js';

/**
 * FHIR Bulk Data export in its spirit (docs/interoperability.md): a kick-off records a job and
 * answers at once; the job maps every patient the actor may see to NDJSON, one file per resource
 * type, kept in the database (any instance answers the polls and downloads). One `export` audit
 * row at the kick-off and one per download; nothing is read record by record through the gate.
 */

export const BULK_TYPES = ['Patient', 'Condition', 'Observation', 'Procedure', 'MedicationStatement', 'AdverseEvent'] as const;
export type BulkType = (typeof BULK_TYPES)[number];

export interface BulkJob {
  id: string;
  requestedBy: string;
  userId: string | null;
  deidentified: boolean;
  request: string;
  types: BulkType[];
  status: 'in-progress' | 'completed' | 'failed' | 'cancelled';
  transactionTime: string;
  error: string | null;
}

const PAGE = 1000;

async function everything(registry: Registry, actor: Actor, name: EntityName): Promise<EntityRecord[]> {
  const items: EntityRecord[] = [];
  const scope = registry.scope(actor);
  for (let offset = 0; ; offset += PAGE) {
    const page = await repository.list(registry.db, ENTITIES[name], { limit: PAGE, offset, ...(scope ? { patientIds: scope } : {}) });
    // the FHIR resources carry English displays
    items.push(...page.items.map((record) => renderRecord(name, record, 'en')));
    if (page.items.length < PAGE) return items;
  }
}

/** Starts a job: audited as one `export`; the work runs after the answer (`run`). */
export async function startBulkExport(registry: Registry, actor: Actor, options: { types: BulkType[]; request: string; deidentified: boolean; userId?: string }): Promise<string> {
  await registry.authorize(actor, 'export', 'cohort');
  const [row] = await registry.db.rows<{ id: string }>(sql`
    INSERT INTO bulk_exports (requested_by, user_id, deidentified, request, types, status)
    VALUES (${actor.id}, ${options.userId ?? null}, ${options.deidentified}, ${options.request}, ${JSON.stringify(options.types)}::jsonb, 'in-progress') RETURNING id::text AS id`);
  return row!.id;
}

/** Does the work of a job: every visible patient mapped, NDJSON per type stored; marks it completed or failed. */
export async function runBulkExport(registry: Registry, actor: Actor, jobId: string, deidentifier?: RecordDeidentifier): Promise<void> {
  const job = await getBulkJob(registry, jobId);
  if (!job) return;
  try {
    if (job.deidentified && !deidentifier) throw new Error('a de-identified export without the de-identifier');
    const [patients, primaryTumours, metastaticSites, lesions, treatments, assessments, adverseEvents, outcomeEvents, followUpVisits] = await Promise.all(
      (['patients', 'primary-tumours', 'metastatic-sites', 'lesions', 'treatments', 'assessments', 'adverse-events', 'outcome-events', 'follow-up-visits'] as const).map((n) => everything(registry, actor, n)),
    );
    const byPatient = (list: EntityRecord[]) => {
      const map = new Map<string, RegistryRecord[]>();
      for (const r of list) map.set(r.patientId as string, [...(map.get(r.patientId as string) ?? []), r as RegistryRecord]);
      return map;
    };
    const groups = { primaryTumours: byPatient(primaryTumours!), metastaticSites: byPatient(metastaticSites!), lesions: byPatient(lesions!), treatments: byPatient(treatments!), assessments: byPatient(assessments!), adverseEvents: byPatient(adverseEvents!), outcomeEvents: byPatient(outcomeEvents!), followUpVisits: byPatient(followUpVisits!) };
    const lines = new Map<string, string[]>(job.types.map((t) => [t, []]));
    for (const patient of patients!) {
      let records: PatientRecords = { patient: patient as RegistryRecord, ...Object.fromEntries(Object.entries(groups).map(([k, m]) => [k, m.get(patient.id) ?? []])) } as PatientRecords;
      let resources: FhirResource[];
      if (job.deidentified) {
        records = deidentifyRecords(deidentifier!, records);
        resources = patientResources(records, { deidentified: true });
      } else {
        resources = patientResources(records, { identifiers: await identifiersOf(registry.db, allRecordIds(records)) });
      }
      for (const resource of resources) lines.get(resource.resourceType)?.push(JSON.stringify(resource));
    }
    await registry.db.transaction(async (tx) => {
      const [current] = await tx.rows<{ status: string }>(sql`SELECT status FROM bulk_exports WHERE id = ${jobId} FOR UPDATE`);
      if (current?.status !== 'in-progress') return; // cancelled meanwhile
      for (const [type, list] of lines) {
        if (list.length === 0) continue;
        await tx.rows(sql`INSERT INTO bulk_export_files (export_id, type, count, ndjson) VALUES (${jobId}, ${type}, ${list.length}, ${`${list.join('\n')}\n`})`);
      }
      await tx.rows(sql`UPDATE bulk_exports SET status = 'completed', completed_at = now() WHERE id = ${jobId}`);
    });
  } catch (error) {
    await registry.db.rows(sql`UPDATE bulk_exports SET status = 'failed', completed_at = now(), error = ${'the export failed; it has been logged'} WHERE id = ${jobId} AND status = 'in-progress'`).catch(() => undefined);
    throw error;
  }
}

export async function getBulkJob(registry: Registry, jobId: string): Promise<BulkJob | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(jobId)) return undefined;
  const [row] = await registry.db.rows(sql`
    SELECT id::text AS id, requested_by AS "requestedBy", user_id::text AS "userId", deidentified, request, types, status,
           to_char(transaction_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "transactionTime", error
    FROM bulk_exports WHERE id = ${jobId}`);
  return row as BulkJob | undefined;
}

export async function bulkFiles(registry: Registry, jobId: string): Promise<{ type: string; count: number }[]> {
  return registry.db.rows<{ type: string; count: number }>(sql`SELECT type, count FROM bulk_export_files WHERE export_id = ${jobId} ORDER BY type`);
}

/** One NDJSON file of a completed job; audited as an export. */
export async function bulkFile(registry: Registry, actor: Actor, jobId: string, type: string): Promise<string | undefined> {
  await registry.authorize(actor, 'export', 'cohort');
  const [row] = await registry.db.rows<{ ndjson: string }>(sql`SELECT ndjson FROM bulk_export_files WHERE export_id = ${jobId} AND type = ${type}`);
  return row?.ndjson;
}

/** Cancels a job, or deletes a finished one's files. */
export async function deleteBulkJob(registry: Registry, jobId: string): Promise<void> {
  await registry.db.transaction(async (tx) => {
    await tx.rows(sql`DELETE FROM bulk_export_files WHERE export_id = ${jobId}`);
    await tx.rows(sql`UPDATE bulk_exports SET status = CASE WHEN status = 'in-progress' THEN 'cancelled' ELSE status END, completed_at = coalesce(completed_at, now()) WHERE id = ${jobId}`);
  });
}
