import type { Actor } from './access.js';
import { sql, type Executor } from './db.js';
import type { EntityName } from './entities.js';
import type { Registry } from './registry.js';
import type { EntityRecord } from './repository.js';
import type { Identifier, PatientRecords } from '../interop/fhir/types.js';

/**
 * The registry side of the FHIR interface (the mapping itself is pure, src/interop/fhir): one
 * patient's records read through the access gate (each read audited), and the other systems'
 * identifiers of records (table fhir_identifiers).
 */

async function all(registry: Registry, actor: Actor, name: EntityName, patientId: string): Promise<EntityRecord[]> {
  const items: EntityRecord[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await registry.list(actor, name, { patientId, limit: 500, offset });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

/** Everything of one patient that the FHIR export maps; 404 when the actor may not see the patient. */
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
  };
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
