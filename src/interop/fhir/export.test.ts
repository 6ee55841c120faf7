import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ACTOR } from '../../registry/access.js';
import { seedDemoCohort } from '../../registry/demo.js';
import { loadPatientRecords } from '../../registry/fhir-store.js';
import { openTestRegistry, type TestRegistry } from '../../registry/test-support.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bonemetCodeSystem, BONE_SNOMED, BONEMET_CS, MCODE_EXT, PROFILE, SNOMED, VERTEBRA_SNOMED } from './codes.js';
import { everythingBundle, patientResources } from './export.js';
import { capabilityStatement } from './capability.js';
import { MCODE_PACKAGE, MCODE_VERSION, claimedProfiles, fhirErrors, profileErrors } from './test-support.js';
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

  it('validates every exported resource of every demo patient against FHIR R4 and against the mCODE profile it claims (Medplum)', async () => {
    const errors: string[] = [];
    const types = new Map<string, number>();
    const profiles = new Set<string>();
    for (const id of ids) {
      const records = await loadPatientRecords(t.registry, LOCAL_ACTOR, id);
      const bundle = everythingBundle(records, 'http://localhost/fhir');
      errors.push(...fhirErrors(bundle));
      for (const entry of bundle.entry ?? []) {
        types.set(entry.resource!.resourceType, (types.get(entry.resource!.resourceType) ?? 0) + 1);
        errors.push(...profileErrors(entry.resource!));
        claimedProfiles(entry.resource!).forEach((p) => profiles.add(p));
      }
    }
    expect(errors.slice(0, 20)).toEqual([]);
    expect([...types.keys()].sort()).toEqual(['AdverseEvent', 'Condition', 'MedicationStatement', 'Observation', 'Patient', 'Procedure']);
    expect(MCODE_VERSION).toBe('4.0.0');
    // every profile the export claims occurs in the cohort but the surgical procedure's (the demo seeds no surgery; the next test has one)
    expect([...profiles].sort()).toEqual(Object.values(PROFILE).filter((p) => p !== PROFILE.surgicalProcedure).sort());
  }, 240_000);

  it('the validator is not a rubber stamp', () => {
    // structure, cardinality and types are checked; codes of required bindings are not (no terminology offline)
    expect(fhirErrors({ resourceType: 'Observation', id: 'x', code: { text: 'x' } })).not.toEqual([]);
    expect(fhirErrors({ resourceType: 'Observation', id: 'x', status: 'final', code: { text: 'x' }, valueFoo: 1 })).not.toEqual([]);
    expect(fhirErrors({ resourceType: 'Bundle', id: 'x', type: 'collection', entry: [{ resource: { resourceType: 'Patient', gender: 3 } }] })).not.toEqual([]);
  });

  it('the mCODE profile validation is not a rubber stamp: each broken export is refused', async () => {
    const resources = patientResources(await everyKindPatient(t, 'FHIR-NEG'));
    const of = (code: string) => structuredClone(resources.find((r) => JSON.stringify(r.code ?? '').includes(`"${code}"`))!);
    const [patient] = resources;
    // US Core us-core-6: a name without given/family needs the data-absent-reason
    expect(profileErrors({ ...patient!, name: [{ text: 'Synthetic Every Kind' }] }).join()).toContain('us-core-6');
    // US Core problems and health concerns: category 1..*
    const { category: _category, ...primary } = of('histology-breast');
    expect(profileErrors(primary).join()).toContain('Condition.category');
    // US Core clinical result: subject 1..1 (0..1 in R4)
    const { subject: _subject, ...kps } = of('89243-0');
    expect(fhirErrors(kps)).toEqual([]);
    expect(profileErrors(kps).join()).toContain('Observation.subject');
    // a required binding Medplum does not check, expanded from the packages: Observation.status
    expect(profileErrors({ ...of('97509-4'), status: 'done' }).join()).toContain('observation-status');
    // the radiotherapy technique: mCODE 4.0.0 names the sub-extensions by URL and binds the technique (required)
    const rt = of('1217123003');
    const mt = (rt.extension as { url: string; extension: { url: string; valueCodeableConcept: { coding: unknown[] } }[] }[]).find((e) => e.url === MCODE_EXT.modalityAndTechnique)!;
    mt.extension[1]!.valueCodeableConcept.coding.shift(); // only the bonemet code left
    expect(profileErrors(rt).join()).toContain('mcode-radiotherapy-technique-vs');
    mt.extension[0]!.url = 'modality'; // the STU3 form
    expect(profileErrors(rt).join()).toContain("slice 'modality'");
    // the contained volume: description or identifier
    const contained = rt.contained as Record<string, unknown>[];
    delete contained[0]!.identifier;
    delete contained[0]!.description;
    expect(profileErrors(rt).join()).toContain('mcode-description-or-id-required');
    // a profile the package does not define
    expect(profileErrors({ ...patient!, meta: { profile: ['http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-no-such-profile'] } })).toHaveLength(1);
  }, 60_000);

  it('validates a patient with every kind of record (lesion, every treatment kind, every instrument), its mCODE profiles too', async () => {
    const records = await everyKindPatient(t);
    const resources = patientResources(records);
    expect(resources.flatMap((r) => fhirErrors(r))).toEqual([]);
    expect(resources.flatMap((r) => profileErrors(r))).toEqual([]);
    expect(new Set(resources.flatMap(claimedProfiles))).toEqual(new Set(Object.values(PROFILE)));
    expect(profileErrors(patientResources(records, { deidentified: true })[0]!)).toEqual([]);
    expect(resources.filter((r) => r.resourceType === 'Procedure')).toHaveLength(5);
    expect(resources.filter((r) => r.resourceType === 'MedicationStatement')).toHaveLength(2 + 3); // systemic, bone agent; 2 opioids and acetaminophen at a visit
  }, 60_000);

  it('maps the clinical content with the published codes and profiles', async () => {
    const records = await loadPatientRecords(t.registry, LOCAL_ACTOR, ids[0]!);
    const resources = patientResources(records);
    const byCode = (code: string) => resources.filter((r) => JSON.stringify((r as { code?: unknown }).code ?? '').includes(`"${code}"`));
    const patient = resources[0]!;
    expect(patient).toMatchObject({ resourceType: 'Patient', meta: { profile: ['http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-patient'] } });
    const bone = byCode('94222008').filter((r) => r.bodySite);
    expect(bone.length).toBeGreaterThan(0);
    expect(bone[0]).toMatchObject({ resourceType: 'Condition', category: [{ coding: [{ code: 'problem-list-item' }] }, {}], bodySite: [{ coding: [{ system: SNOMED }, { system: BONEMET_CS }] }] });
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

  it('codes vertebrae and the radiotherapy technique with SNOMED CT beside the bonemet codes', async () => {
    const resources = patientResources(await everyKindPatient(t, 'FHIR-CODES'));
    const lesion = resources.find((r) => JSON.stringify(r.category ?? '').includes('"lesion"'))!;
    // T12: SNOMED CT 23215003 (DICOM PS3.16 CID 7603 "Vertebra")
    expect(lesion.bodySite).toEqual([{ coding: [{ system: SNOMED, code: '23215003', display: 'T12 vertebra' }, { system: BONEMET_CS, code: 'vertebra-T12', display: 'T12 vertebra' }], text: 'T12' }]);
    const rt = resources.find((r) => JSON.stringify(r.code ?? '').includes('1217123003'))!;
    const technique = JSON.stringify(rt.extension);
    expect(technique).toContain(`"url":"${MCODE_EXT.technique}","valueCodeableConcept":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-NullFlavor","code":"UNC"`); // SBRT: no mCODE technique code
    expect(technique).toContain('"code":"rt-sbrt"');
    // the sacral vertebrae, C1 and C2: as mCODE's radiotherapy treatment location value set lists them
    const locations = readFileSync(join(MCODE_PACKAGE, 'ValueSet-mcode-radiotherapy-treatment-location-vs.json'), 'utf8');
    for (const level of ['C1', 'C2', 'S1', 'S2', 'S3', 'S4', 'S5'] as const) {
      expect(locations, level).toContain(`"code":"${VERTEBRA_SNOMED[level].code}","display":"${VERTEBRA_SNOMED[level].display}`);
    }
    expect(new Set(Object.values(VERTEBRA_SNOMED).map((c) => c.code)).size).toBe(29);
  }, 60_000);

  it('codes an extraspinal lesion by its bone (SNOMED CT beside the bonemet code), and points a treatment and a score at their lesion', async () => {
    const records = await everyKindPatient(t, 'FHIR-BONE');
    const resources = patientResources(records);
    const femur = records.lesions.find((l) => l.site === 'proximal-femur')!;
    const spine = records.lesions.find((l) => l.site === 'spine')!;
    const condition = resources.find((r) => r.id === femur.id)!;
    expect(condition.bodySite).toEqual([{ coding: [{ system: SNOMED, code: '310651003', display: 'Proximal femur' }, { system: BONEMET_CS, code: 'bone-proximal-femur', display: 'proximal femur' }], text: 'proximal femur' }]);
    expect((condition.extension as { extension: { url: string }[] }[])[0]!.extension.map((e) => e.url)).toEqual(['site', 'longBone', 'boneRegion', 'peritrochanteric', 'limbPain', 'cortexInvolved', 'fracture', 'character']);
    expect(profileErrors(condition)).toEqual([]);
    const pvp = resources.find((r) => JSON.stringify(r.code ?? '').includes('"treatment-pvp"'))!;
    expect(pvp.reasonReference).toEqual([{ reference: `Condition/${spine.id}` }]);
    const mirels = resources.find((r) => JSON.stringify(r.code ?? '').includes('"instrument-mirels"'))!;
    expect(mirels).toMatchObject({ focus: [{ reference: `Condition/${femur.id}` }], valueQuantity: { value: 11 } });
    // the codes mCODE's radiotherapy treatment location value set lists are taken with its displays
    const locations = readFileSync(join(MCODE_PACKAGE, 'ValueSet-mcode-radiotherapy-treatment-location-vs.json'), 'utf8');
    for (const bone of ['ilium', 'acetabulum', 'femur', 'fibula', 'humerus', 'radius'] as const) {
      expect(locations, bone).toContain(`"code":"${BONE_SNOMED[bone]!.code}","display":"${BONE_SNOMED[bone]!.display}`);
    }
  }, 60_000);

  it('refers a treatment only to its lesions still recorded (a Bundle never names a Condition it does not hold)', async () => {
    const r = t.registry;
    const { id: patientId } = await r.create(LOCAL_ACTOR, 'patients', { code: 'FHIR-GONE', name: 'Synthetic Gone', sex: 'male', synthetic: true });
    const kept = await r.create(LOCAL_ACTOR, 'lesions', { patientId, site: 'long-bone', longBone: 'humerus' });
    const gone = await r.create(LOCAL_ACTOR, 'lesions', { patientId, level: 'L4' });
    await r.create(LOCAL_ACTOR, 'treatments', { patientId, kind: 'radiotherapy', startedOn: '2024-03-04', endedOn: '2024-03-04', details: { technique: '3d-crt', doseGy: 8, fractions: 1 }, lesionIds: [gone.id, kept.id] });
    await r.remove(LOCAL_ACTOR, 'lesions', gone.id);
    const rt = patientResources(await loadPatientRecords(r, LOCAL_ACTOR, patientId)).find((x) => x.resourceType === 'Procedure')!;
    expect(rt.reasonReference).toEqual([{ reference: `Condition/${kept.id}` }]);
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
