import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ACTOR } from '../../registry/access.js';
import { seedDemoCohort } from '../../registry/demo.js';
import { loadPatientRecords } from '../../registry/fhir-store.js';
import { openTestRegistry, type TestRegistry } from '../../registry/test-support.js';
import { bonemetCodeSystem, BONEMET_CS } from './codes.js';
import { everythingBundle, patientResources } from './export.js';
import { capabilityStatement } from './capability.js';
import { fhirErrors } from './test-support.js';
import type { FhirResource } from './types.js';
import { everyKindPatient } from './fixtures.js';
import { databaseAudit } from '../../trust/registry-audit.js';

describe('FHIR R4 export of the demo cohort', () => {
  let t: TestRegistry;
  let ids: string[];
  beforeAll(async () => {
    t = await openTestRegistry(undefined, { audit: databaseAudit });
    await seedDemoCohort(t.registry, LOCAL_ACTOR);
    ids = (await t.registry.list(LOCAL_ACTOR, 'patients', { limit: 500 })).items.map((p) => p.id);
  }, 240_000);
  afterAll(async () => t.dispose());

  it('validates every exported resource of every demo patient against FHIR R4 (Medplum)', async () => {
    const errors: string[] = [];
    const types = new Map<string, number>();
    for (const id of ids) {
      const records = await loadPatientRecords(t.registry, LOCAL_ACTOR, id);
      const bundle = everythingBundle(records, 'http://localhost/fhir');
      errors.push(...fhirErrors(bundle));
      for (const entry of bundle.entry ?? []) types.set(entry.resource!.resourceType, (types.get(entry.resource!.resourceType) ?? 0) + 1);
    }
    expect(errors.slice(0, 20)).toEqual([]);
    expect([...types.keys()].sort()).toEqual(['AdverseEvent', 'Condition', 'MedicationStatement', 'Observation', 'Patient', 'Procedure']);
  }, 240_000);

  it('the validator is not a rubber stamp', () => {
    // structure, cardinality and types are checked; codes of required bindings are not (no terminology offline)
    expect(fhirErrors({ resourceType: 'Observation', id: 'x', code: { text: 'x' } })).not.toEqual([]);
    expect(fhirErrors({ resourceType: 'Observation', id: 'x', status: 'final', code: { text: 'x' }, valueFoo: 1 })).not.toEqual([]);
    expect(fhirErrors({ resourceType: 'Bundle', id: 'x', type: 'collection', entry: [{ resource: { resourceType: 'Patient', gender: 3 } }] })).not.toEqual([]);
  });

  it('validates a patient with every kind of record (lesion, every treatment kind, every instrument)', async () => {
    const records = await everyKindPatient(t);
    const resources = patientResources(records);
    expect(resources.flatMap((r) => fhirErrors(r))).toEqual([]);
    expect(resources.filter((r) => r.resourceType === 'Procedure')).toHaveLength(5);
    expect(resources.filter((r) => r.resourceType === 'MedicationStatement')).toHaveLength(2 + 3); // systemic, bone agent; 2 opioids and acetaminophen at a visit
  }, 60_000);

  it('maps the clinical content with the published codes and profiles', async () => {
    const records = await loadPatientRecords(t.registry, LOCAL_ACTOR, ids[0]!);
    const resources = patientResources(records);
    const byCode = (code: string) => resources.filter((r) => JSON.stringify((r as { code?: unknown }).code ?? '').includes(`"${code}"`));
    const patient = resources[0]!;
    expect(patient).toMatchObject({ resourceType: 'Patient', meta: { profile: ['http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-patient'] } });
    const bone = byCode('94222008');
    expect(bone.length).toBeGreaterThan(0);
    expect(bone[0]).toMatchObject({ resourceType: 'Condition', bodySite: [{ coding: [{ system: BONEMET_CS }] }] });
    const kps = byCode('89243-0');
    expect(kps[0]).toMatchObject({ resourceType: 'Observation', valueInteger: expect.any(Number), meta: { profile: ['http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-karnofsky-performance-status'] } });
    // mCODE KPS/ECOG profiles: component 0..0, interpretation bound (required) to LOINC answer lists — bonemet's band codes stay out
    for (const o of [...kps, ...byCode('89247-1')]) {
      expect(o).not.toHaveProperty('component');
      expect(o).not.toHaveProperty('interpretation');
    }
    expect(byCode('89247-1')[0]).toMatchObject({ derivedFrom: [{ reference: `Observation/${kps[0]!.id}` }] });
    expect(byCode('72514-3')[0]).toMatchObject({ valueQuantity: { code: '{score}' } });
    const dead = records.outcomeEvents.find((e) => e.kind === 'death');
    if (dead) expect((patient as { deceasedDateTime?: string }).deceasedDateTime).toBe(dead.occurredOn);
    const rt = resources.find((r) => JSON.stringify(r.meta).includes('radiotherapy-course-summary')) as FhirResource | undefined;
    if (rt) expect(JSON.stringify(rt)).toContain('mcode-radiotherapy-sessions');
  }, 60_000);

  it('states its capabilities in a valid CapabilityStatement', () => {
    expect(fhirErrors(capabilityStatement('test', 'http://localhost/fhir') as FhirResource)).toEqual([]);
  });

  it('ships a valid bonemet CodeSystem holding every code the export uses', async () => {
    const cs = bonemetCodeSystem('test');
    expect(fhirErrors(cs as FhirResource)).toEqual([]);
    const known = new Set((cs.concept as { code: string }[]).map((c) => c.code));
    const used = new Set<string>();
    for (const id of ids.slice(0, 30)) {
      const text = JSON.stringify(patientResources(await loadPatientRecords(t.registry, LOCAL_ACTOR, id)));
      for (const m of text.matchAll(/"system":"https:\/\/bonemet\.dev\/fhir\/CodeSystem\/bonemet","code":"([^"]+)"/g)) used.add(m[1]!);
    }
    const missing = [...used].filter((code) => !known.has(code) && !/^[a-z-]+(\.[A-Za-z]+|-band-.+)$/.test(code));
    expect(missing).toEqual([]);
  }, 120_000);
});
