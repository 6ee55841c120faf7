import { LOCAL_ACTOR } from '../../registry/access.js';
import { loadPatientRecords } from '../../registry/fhir-store.js';
import type { TestRegistry } from '../../registry/test-support.js';
import type { Bundle, FhirResource, PatientRecords } from './types.js';

/** Test fixture: a patient with one record of every kind the FHIR export maps (a spinal and a femoral lesion, treatments naming their lesion). */
export async function everyKindPatient(t: TestRegistry, code = 'FHIR-ALL'): Promise<PatientRecords> {
  const r = t.registry;
  const a = LOCAL_ACTOR;
  const p = await r.create(a, 'patients', { code, name: 'Synthetic Every Kind', sex: 'female', birthYear: 1961, cohort: 'fhir-test', studyArm: 'A', enrolledOn: '2024-01-02', lastContactOn: '2024-12-01', synthetic: true, notes: 'fixture' });
  const patientId = p.id;
  await r.create(a, 'primary-tumours', { patientId, histology: 'breast', diagnosedOn: '2020-05-01', breastSubtype: 'triple-negative', egfr: 'unknown' });
  await r.create(a, 'metastatic-sites', { patientId, kind: 'spine', location: 'T12', detectedOn: '2023-12-20' });
  await r.create(a, 'metastatic-sites', { patientId, kind: 'extraspinal-bone', location: 'left femur', detectedOn: '2023-12-20' });
  await r.create(a, 'metastatic-sites', { patientId, kind: 'visceral', location: 'liver', detectedOn: '2023-12-21', resectable: false });
  await r.create(a, 'metastatic-sites', { patientId, kind: 'brain', detectedOn: '2023-12-22' });
  const lesion = await r.create(a, 'lesions', { patientId, level: 'T12', detectedOn: '2023-12-20', character: 'lytic', posteriorWallIntact: false, pediclesInvolved: 'unilateral', collapsePercent: 30, escc: '1b', tomitaType: 3, wbbZones: [4, 5, 6] });
  const femur = await r.create(a, 'lesions', { patientId, site: 'proximal-femur', longBone: 'femur', boneRegion: 'end', peritrochanteric: true, limbPain: 'functional', character: 'lytic', cortexInvolved: 'third-to-two-thirds', fracture: 'impending', detectedOn: '2023-12-20' });
  const pvp = await r.create(a, 'treatments', { patientId, kind: 'pvp', startedOn: '2024-01-10', endedOn: '2024-01-10', details: { approach: 'transpedicular', needleGauge: 11, levels: [{ level: 'T12', cementMl: 3.5, leaks: ['disc'] }] }, lesionIds: [lesion.id] });
  await r.create(a, 'treatments', { patientId, kind: 'pkp', startedOn: '2024-03-10', endedOn: '2024-03-10', details: { levels: [{ level: 'L1', cementMl: 4 }] } });
  await r.create(a, 'treatments', { patientId, kind: 'radiotherapy', startedOn: '2024-01-15', endedOn: '2024-01-26', details: { technique: 'sbrt', doseGy: 24, fractions: 3, target: 'T12 vertebral body', levels: ['T12'] }, lesionIds: [lesion.id] });
  await r.create(a, 'treatments', { patientId, kind: 'surgery', startedOn: '2024-05-01', endedOn: '2024-05-01', details: { procedure: 'separation-surgery', levels: ['T11', 'T12', 'L1'] } });
  await r.create(a, 'treatments', { patientId, kind: 'ablation', startedOn: '2024-06-01', endedOn: '2024-06-01', details: { method: 'rfa', withCement: true, levels: ['L2'] } });
  await r.create(a, 'treatments', { patientId, kind: 'systemic', startedOn: '2024-02-01', details: { agent: 'capecitabine', class: 'chemotherapy' } });
  await r.create(a, 'treatments', { patientId, kind: 'bone-modifying-agent', startedOn: '2024-02-01', details: { agent: 'denosumab', doseMg: 120, intervalWeeks: 4 } });
  const inputs: Record<string, unknown> = {
    sins: { level: 'T12', pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'under-50', posterolateral: 'unilateral' },
    kps: { kps: 70 },
    vas: { score: 7.5, baseline: 8 },
    frankel: { grade: 'D' },
    escc: { grade: '1b' },
  };
  for (const [instrument, input] of Object.entries(inputs)) {
    await r.create(a, 'assessments', { patientId, instrument, assessedOn: '2024-01-08', inputs: input, ...(instrument === 'sins' ? { lesionId: lesion.id } : {}) });
  }
  // the femoral lesion's impending-fracture score, pointing at its lesion
  await r.create(a, 'assessments', { patientId, instrument: 'mirels', assessedOn: '2024-01-08', lesionId: femur.id, inputs: { site: 'peritrochanteric', pain: 'functional', lesion: 'lytic', size: 'third-to-two-thirds' } });
  await r.create(a, 'adverse-events', { patientId, treatmentId: pvp.id, occurredOn: '2024-01-10', kind: 'cement-leak-disc', level: 'T12', symptomatic: false, severity: 'mild' });
  await r.create(a, 'outcome-events', { patientId, kind: 'sre', occurredOn: '2024-04-01' });
  await r.create(a, 'outcome-events', { patientId, kind: 'local-progression', occurredOn: '2024-07-01', treatmentId: pvp.id });
  await r.create(a, 'outcome-events', { patientId, kind: 'last-contact', occurredOn: '2024-10-01' });
  await r.create(a, 'outcome-events', { patientId, kind: 'death', occurredOn: '2024-12-01' });
  // the analgesic regimen at the first visit after the vertebroplasty (MedicationStatements)
  const visit = (await r.list(a, 'follow-up-visits', { patientId, limit: 50 })).items.sort((x, y) => String(x.dueOn).localeCompare(String(y.dueOn)))[0]!;
  await r.update(a, 'follow-up-visits', visit.id, { version: visit.version, analgesics: { opioids: [{ drug: 'oxycodone', dailyDose: 20 }, { drug: 'fentanyl-patch', dailyDose: 12 }], nonOpioid: ['acetaminophen'] } });
  return loadPatientRecords(r, a, patientId);
}

/** A hand-written mCODE-style transaction, as another system would send it (urn:uuid references, LOINC/SNOMED codes). */
export function handWrittenBundle(): Bundle {
  const P = 'urn:uuid:5b2e1f0a-4c3d-4e5f-8a9b-0c1d2e3f4a5b';
  const proc = 'urn:uuid:6c3f2a1b-5d4e-4f60-9bac-1d2e3f4a5b6c';
  const entry = (fullUrl: string, resource: FhirResource) => ({ fullUrl, resource, request: { method: 'POST', url: resource.resourceType } });
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      entry(P, { resourceType: 'Patient', meta: { profile: ['http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-patient'] }, identifier: [{ system: 'http://hospital.example/mrn', value: 'MRN-0042' }], name: [{ given: ['Synthetic'], family: 'Handwritten' }], gender: 'male', birthDate: '1955-03-02' }),
      entry('urn:uuid:0b9a8c7d-6e5f-4a3b-8c1d-2e3f4a5b6c7d', { resourceType: 'Condition', meta: { profile: ['http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-primary-cancer-condition'] }, identifier: [{ system: 'http://hospital.example/problem', value: 'C-1' }], code: { coding: [{ system: 'http://snomed.info/sct', code: '399068003' }] }, subject: { reference: P }, onsetDateTime: '2022-06-01' }),
      entry('urn:uuid:1c0b9d8e-7f6a-4b5c-9d2e-3f4a5b6c7d8e', { resourceType: 'Condition', meta: { profile: ['http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-secondary-cancer-condition'] }, identifier: [{ system: 'http://hospital.example/problem', value: 'C-2' }], code: { coding: [{ system: 'http://snomed.info/sct', code: '94222008' }] }, bodySite: [{ text: 'L3' }], subject: { reference: P }, onsetDateTime: '2024-02-01' }),
      entry('urn:uuid:2d1c0e9f-8a7b-4c6d-8e3f-4a5b6c7d8e9f', { resourceType: 'Observation', identifier: [{ system: 'http://hospital.example/obs', value: 'O-1' }], status: 'final', category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] }], code: { coding: [{ system: 'http://loinc.org', code: '89243-0' }] }, subject: { reference: P }, effectiveDateTime: '2024-02-03', valueInteger: 60 }),
      entry('urn:uuid:3e2d1f0a-9b8c-4d7e-9f4a-5b6c7d8e9fa0', { resourceType: 'Observation', identifier: [{ system: 'http://hospital.example/obs', value: 'O-2' }], status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] }, subject: { reference: P }, effectiveDateTime: '2024-02-03', valueQuantity: { value: 8, system: 'http://unitsofmeasure.org', code: '{score}' } }),
      entry(proc, { resourceType: 'Procedure', meta: { profile: ['http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-radiotherapy-course-summary'] }, identifier: [{ system: 'http://hospital.example/rt', value: 'RT-7' }], status: 'completed', code: { coding: [{ system: 'http://snomed.info/sct', code: '1217123003' }] }, subject: { reference: P }, performedPeriod: { start: '2024-02-10', end: '2024-02-14' }, bodySite: [{ text: 'L3' }],
        extension: [
          { url: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-radiotherapy-modality-and-technique', extension: [{ url: 'modality', valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '1156506007' }] } }, { url: 'technique', valueCodeableConcept: { coding: [{ system: 'https://bonemet.dev/fhir/CodeSystem/bonemet', code: 'rt-3d-crt' }] } }] },
          { url: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-radiotherapy-sessions', valueUnsignedInt: 5 },
          { url: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-radiotherapy-dose-delivered-to-volume', extension: [{ url: 'totalDoseDelivered', valueQuantity: { value: 2000, unit: 'cGy', system: 'http://unitsofmeasure.org', code: 'cGy' } }] },
        ] }),
      entry('urn:uuid:4f3e2a1b-0c9d-4e8f-8a5b-6c7d8e9fa0b1', { resourceType: 'MedicationStatement', identifier: [{ system: 'http://hospital.example/med', value: 'M-1' }], status: 'active', medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '77655' }], text: 'zoledronic acid' }, subject: { reference: P }, effectivePeriod: { start: '2024-02-20' }, dosage: [{ timing: { repeat: { frequency: 1, period: 28, periodUnit: 'd' } }, doseAndRate: [{ doseQuantity: { value: 4, unit: 'mg' } }] }] }),
    ],
  };
}

