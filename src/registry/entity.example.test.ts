import { describe, expect, it } from 'vitest';
import { openDatabase, sql } from './db.js';
import { columnOf, storedFields, type EntityDef } from './entities.js';
import { IMAGING_STUDIES_MIGRATION, imagingStudies } from './entity.example.js';
import { loadMigrations, migrate } from './migrate.js';

/** Keeps the worked example of README.md "Adding an entity" compiling and true (PGlite, in memory). */
describe('README "Adding an entity": the worked example', () => {
  it('validates a create body strictly, naming the bad field', () => {
    const body = { patientId: '6f1c2a8e-0b0d-4c52-9a43-2f5cb2d8e7a1', modality: 'mri', performedOn: '2024-02-01', levels: ['t12', 'L1'], conclusive: true };
    expect(imagingStudies.base.parse(body).levels).toEqual(['T12', 'L1']);
    const bad = imagingStudies.base.safeParse({ ...body, modality: 'ultrasound', extra: 1 });
    expect(bad.error?.issues.map((i) => i.path.join('.') || i.code).sort()).toEqual(['modality', 'unrecognized_keys']);
  });

  it('its migration applies after the real ones and has a column for every field', async () => {
    const db = await openDatabase({});
    try {
      await migrate(db, [...loadMigrations(), { id: '9999_imaging_studies_example', sql: IMAGING_STUDIES_MIGRATION }]);
      const columns = (await db.rows<{ name: string }>(sql`SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'imaging_studies'`)).map((r) => r.name);
      for (const field of storedFields(imagingStudies as unknown as EntityDef)) expect(columns, field).toContain(columnOf(field));
      for (const meta of ['id', 'version', 'created_at', 'updated_at', 'deleted_at', 'created_by', 'updated_by']) expect(columns).toContain(meta);
    } finally {
      await db.close();
    }
  }, 60_000);
});
