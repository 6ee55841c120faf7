import { LOCAL_ACTOR } from '../../registry/access.js';
import { loadPatientRecords } from '../../registry/fhir-store.js';
import type { TestRegistry } from '../../registry/test-support.js';
import type { PatientRecords } from './types.js';

/** Test fixture: a patient with one record of every kind the FHIR export maps. */
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
  const pvp = await r.create(a, 'treatments', { patientId, kind: 'pvp', startedOn: '2024-01-10', endedOn: '2024-01-10', details: { approach: 'transpedicular', needleGauge: 11, levels: [{ level: 'T12', cementMl: 3.5, leaks: ['disc'] }] } });
  await r.create(a, 'treatments', { patientId, kind: 'pkp', startedOn: '2024-03-10', endedOn: '2024-03-10', details: { levels: [{ level: 'L1', cementMl: 4 }] } });
  await r.create(a, 'treatments', { patientId, kind: 'radiotherapy', startedOn: '2024-01-15', endedOn: '2024-01-26', details: { technique: 'sbrt', doseGy: 24, fractions: 3, target: 'T12 vertebral body', levels: ['T12'] } });
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
  await r.create(a, 'adverse-events', { patientId, treatmentId: pvp.id, occurredOn: '2024-01-10', kind: 'cement-leak-disc', level: 'T12', symptomatic: false, severity: 'mild' });
  await r.create(a, 'outcome-events', { patientId, kind: 'sre', occurredOn: '2024-04-01' });
  await r.create(a, 'outcome-events', { patientId, kind: 'local-progression', occurredOn: '2024-07-01', treatmentId: pvp.id });
  await r.create(a, 'outcome-events', { patientId, kind: 'death', occurredOn: '2024-12-01' });
  return loadPatientRecords(r, a, patientId);
}
