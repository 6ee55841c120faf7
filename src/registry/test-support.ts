import { randomBytes } from 'node:crypto';
import { Registry, type RegistryOptions } from './registry.js';
import { openDatabase, sql } from './db.js';

/** The stores every registry test runs on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export const STORES = [
  { name: 'pglite', url: undefined as string | undefined },
  ...(process.env.DATABASE_URL ? [{ name: 'postgres', url: process.env.DATABASE_URL }] : []),
];

export interface TestRegistry {
  registry: Registry;
  /** Closes the registry and drops the test schema (PostgreSQL). */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated registry: in-memory PGlite, or a schema of its own on PostgreSQL
 * (`test_<random>`), dropped again by dispose(), so test files never see each other's rows.
 */
export async function openTestRegistry(url: string | undefined, options: RegistryOptions): Promise<TestRegistry> {
  if (!url) {
    const registry = await Registry.open({}, options);
    return { registry, dispose: () => registry.close() };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const registry = await Registry.open({ databaseUrl: url, schema, poolSize: 4 }, options);
  return {
    registry,
    async dispose() {
      await registry.close();
      const admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
      await admin.rows(sql`DROP SCHEMA ${sql.identifier(schema)} CASCADE`);
      await admin.close();
    },
  };
}

/** A valid create body of every patient-scoped entity (the references filled in by the caller). */
export function sampleBodies(patientId: string, refs: { treatmentId: string; lesionId?: string; visitId?: string }): Record<string, Record<string, unknown>> {
  return {
    'primary-tumours': { patientId, histology: 'lung-nsclc', diagnosedOn: '2023-11-02', egfr: 'mutant' },
    'metastatic-sites': { patientId, kind: 'visceral', location: 'liver', detectedOn: '2023-12-01', resectable: false },
    lesions: { patientId, level: 'L1', character: 'lytic', posteriorWallIntact: true, pediclesInvolved: 'none', collapsePercent: 20, escc: '1a', tomitaType: 1, wbbZones: [5, 6, 7] },
    treatments: { patientId, kind: 'bone-modifying-agent', startedOn: '2024-01-03', details: { agent: 'denosumab', doseMg: 120, intervalWeeks: 4 } },
    'follow-up-visits': { patientId, treatmentId: refs.treatmentId, month: 2, dueOn: '2024-03-01', windowStart: '2024-02-20', windowEnd: '2024-03-10', instruments: ['vas'], status: 'scheduled' },
    assessments: { patientId, instrument: 'kps', assessedOn: '2024-01-02', inputs: { kps: 70 } },
    decisions: { patientId, decidedOn: '2024-01-02', facts: { patient: { age: 64, sex: 'male' } }, chosenOptions: ['bma'] },
    'adverse-events': { patientId, treatmentId: refs.treatmentId, occurredOn: '2024-01-03', kind: 'cement-leak-disc', level: 'L1', symptomatic: false },
    'outcome-events': { patientId, kind: 'sre', occurredOn: '2024-05-01' },
    'laboratory-values': { patientId, analyte: 'creatinine', measuredOn: '2024-01-02', value: 1.1 },
  };
}
