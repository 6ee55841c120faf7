import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProblemError, fieldErrors } from '../boundary/problem.js';
import { LOCAL_ACTOR, memoryAudit, type AccessPolicy, type Actor } from './access.js';
import { ENTITIES, inputSchema, storedFields, columnOf } from './entities.js';
import { sql } from './db.js';
import { loadMigrations, migrate } from './migrate.js';
import { randomBytes } from 'node:crypto';
import { openDatabase } from './db.js';
import { cohortDataset } from './dataset.js';
import { importCohortCsv } from './import.js';
import { STORES, openTestRegistry, type TestRegistry } from './test-support.js';
import type { Registry } from './registry.js';

const actor = LOCAL_ACTOR;

async function problemOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProblemError) return error.problem as ProblemError['problem'] & { currentVersion?: number };
    throw error;
  }
  throw new Error('expected a problem');
}

describe.each(STORES)('registry on $name', ({ url }) => {
  let t: TestRegistry;
  let registry: Registry;
  beforeAll(async () => {
    t = await openTestRegistry(url, { audit: memoryAudit() });
    registry = t.registry;
  }, 60_000);
  afterAll(() => t.dispose());

  const newPatient = (code: string) => registry.create(actor, 'patients', { code, name: `Test ${code}`, sex: 'female', birthYear: 1960 });

  it('stores every described field in a column of the migrated schema', async () => {
    for (const def of Object.values(ENTITIES)) {
      const rows = await registry.db.rows(sql`SELECT column_name AS c FROM information_schema.columns WHERE table_name = ${def.table} AND table_schema = current_schema()`);
      const columns = new Set(rows.map((r) => r.c));
      for (const field of storedFields(def)) expect(columns.has(columnOf(field)), `${def.table}.${columnOf(field)}`).toBe(true);
    }
  });

  it('applies the migrations once', async () => {
    expect(await migrate(registry.db)).toEqual([]);
  });

  it('creates, reads and lists a patient with its bookkeeping', async () => {
    const p = await newPatient('R-1');
    expect(p).toMatchObject({ code: 'R-1', sex: 'female', birthYear: 1960, version: 1, createdBy: 'local', synthetic: false, cohort: null });
    expect(p.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(await registry.get(actor, 'patients', p.id)).toEqual(p);
    const page = await registry.list(actor, 'patients', { code: 'R-1' });
    expect(page.total).toBe(1);
    expect(page.items[0]!.id).toBe(p.id);
  });

  it('answers a duplicate live patient code with 409 naming the code, on create and on change', async () => {
    await newPatient('DUP-1');
    const problem = await problemOf(newPatient('DUP-1'));
    expect(problem.status).toBe(409);
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'body.code', code: 'duplicate' })]);
    const other = await newPatient('DUP-2');
    const change = await problemOf(registry.update(actor, 'patients', other.id, { code: 'DUP-1' }, other.version));
    expect(change.status).toBe(409);
    expect(change.errors![0]!.path).toBe('body.code');
    // the code of a deleted patient may be used again
    const gone = await newPatient('DUP-3');
    await registry.remove(actor, 'patients', gone.id);
    await expect(newPatient('DUP-3')).resolves.toMatchObject({ code: 'DUP-3' });
  });

  it('refuses a future birth year, dates of past events in the future and dates before birth', async () => {
    const next = new Date().getUTCFullYear() + 1;
    const born = await problemOf(registry.create(actor, 'patients', { code: 'FUT-1', name: 'Future', sex: 'male', birthYear: next }));
    expect(born.status).toBe(400);
    expect(born.errors).toEqual([expect.objectContaining({ path: 'body.birthYear', code: 'future' })]);
    const p = await newPatient('FUT-2');
    const later = `${next + 1}-01-01`;
    const visit = await problemOf(registry.create(actor, 'assessments', { patientId: p.id, instrument: 'vas', assessedOn: later, inputs: { score: 3 } }));
    expect(visit.errors).toEqual([expect.objectContaining({ path: 'body.assessedOn', code: 'future' })]);
    const death = await problemOf(registry.create(actor, 'outcome-events', { patientId: p.id, kind: 'death', occurredOn: later }));
    expect(death.errors![0]!.path).toBe('body.occurredOn');
    const before = await problemOf(registry.create(actor, 'primary-tumours', { patientId: p.id, histology: 'lung-nsclc', diagnosedOn: '1950-01-01' }));
    expect(before.errors).toEqual([expect.objectContaining({ path: 'body.diagnosedOn', code: 'before-birth' })]);
    // a treatment may be planned ahead
    await expect(registry.create(actor, 'treatments', { patientId: p.id, kind: 'systemic', startedOn: later, details: { agent: 'osimertinib', class: 'egfr-tki-oral' } })).resolves.toMatchObject({ kind: 'systemic' });
  });

  it('records the KPS, pain score and Frankel grade of a decision as assessments of its day, once', async () => {
    const p = await newPatient('DEC-1');
    await registry.create(actor, 'assessments', { patientId: p.id, instrument: 'kps', assessedOn: '2025-03-02', inputs: { kps: 60 } });
    const facts = { patient: { age: 62, sex: 'male' }, kps: 70, pain: { score: 7 }, neurology: { frankel: 'E', deficitProgressing: false } };
    await registry.create(actor, 'decisions', { patientId: p.id, decidedOn: '2025-03-02', facts, chosenOptions: ['pvp'] });
    const rows = (await registry.list(actor, 'assessments', { patientId: p.id })).items;
    expect(rows.map((a) => [a.instrument, a.assessedOn, a.total]).sort()).toEqual([['frankel', '2025-03-02', null], ['kps', '2025-03-02', 60], ['vas', '2025-03-02', 7]].sort());
  });

  it('gives no due or overdue visits of a patient who has died', async () => {
    const p = await newPatient('DEAD-1');
    await registry.create(actor, 'treatments', { patientId: p.id, kind: 'pvp', startedOn: '2024-01-10', details: { levels: [{ level: 'L1', cementMl: 3 }] } });
    const due = async () => (await registry.followUp(actor, { patientId: p.id, on: '2025-06-01' })).total;
    expect(await due()).toBe(4);
    await registry.create(actor, 'outcome-events', { patientId: p.id, kind: 'death', occurredOn: '2024-09-01' });
    expect(await due()).toBe(0);
  });

  it('records the laboratory values of a decision as dated values of its day, once, in the unit of their fact', async () => {
    const p = await newPatient('DEC-LAB');
    await registry.create(actor, 'laboratory-values', { patientId: p.id, analyte: 'creatinine', measuredOn: '2025-03-02', value: 0.9 });
    const facts = { patient: { age: 62, sex: 'male' }, labs: { creatinineMgDl: 1.1, plateletsPerUl: 210_000, calciumMgDl: 9.4 } };
    await registry.create(actor, 'decisions', { patientId: p.id, decidedOn: '2025-03-02', facts, chosenOptions: [] });
    const rows = (await registry.list(actor, 'laboratory-values', { patientId: p.id })).items;
    expect(rows.map((r) => [r.analyte, r.measuredOn, r.value, r.unit]).sort()).toEqual([
      ['calcium', '2025-03-02', 9.4, 'mg/dL'], ['creatinine', '2025-03-02', 0.9, 'mg/dL'], ['platelets', '2025-03-02', 210_000, '/µL'],
    ].sort());
  });

  it('refuses a laboratory value outside its fact’s bounds with the unit it probably is in', async () => {
    const p = await newPatient('LAB-1');
    const umol = await problemOf(registry.create(actor, 'laboratory-values', { patientId: p.id, analyte: 'creatinine', measuredOn: '2025-03-02', value: 97 }));
    expect(umol.status).toBe(400);
    expect(umol.errors).toEqual([expect.objectContaining({ path: 'body.value', message: expect.stringContaining('enter 1.1 (mg/dL = µmol/L ÷ 88.4)') })]);
    const future = await problemOf(registry.create(actor, 'laboratory-values', { patientId: p.id, analyte: 'calcium', measuredOn: `${new Date().getUTCFullYear() + 1}-06-01`, value: 9 }));
    expect(future.errors![0]).toMatchObject({ path: 'body.measuredOn', code: 'future' });
  });

  it('stores an adverse event’s CTCAE grade and relation, and refuses a relation without the treatment', async () => {
    const p = await newPatient('AE-1');
    const pvp = await registry.create(actor, 'treatments', { patientId: p.id, kind: 'pvp', startedOn: '2025-01-10', details: { levels: [{ level: 'L1', cementMl: 3 }] } });
    const leak = await registry.create(actor, 'adverse-events', { patientId: p.id, treatmentId: pvp.id, occurredOn: '2025-01-10', kind: 'cement-leak-paravertebral', level: 'L1', ctcaeGrade: 1, relation: 'definite' });
    expect(leak).toMatchObject({ ctcaeGrade: 1, relation: 'definite', treatmentId: pvp.id });
    const grade6 = await problemOf(registry.create(actor, 'adverse-events', { patientId: p.id, occurredOn: '2025-01-10', kind: 'other', ctcaeGrade: 6 }));
    expect(grade6.errors![0]!.path).toBe('body.ctcaeGrade');
    const orphan = await problemOf(registry.create(actor, 'adverse-events', { patientId: p.id, occurredOn: '2025-01-10', kind: 'other', relation: 'probable' }));
    expect(orphan.errors![0]!.path).toBe('body.treatmentId');
  });

  it('ends the follow-up at a last contact: the visits after it are cancelled and none is due or overdue', async () => {
    const p = await newPatient('LOST-1');
    await registry.create(actor, 'treatments', { patientId: p.id, kind: 'pvp', startedOn: '2024-01-10', details: { levels: [{ level: 'L1', cementMl: 3 }] } });
    const due = async () => (await registry.followUp(actor, { patientId: p.id, on: '2025-06-01' })).total;
    expect(await due()).toBe(4);
    await registry.create(actor, 'outcome-events', { patientId: p.id, kind: 'last-contact', occurredOn: '2024-05-01' });
    expect(await due()).toBe(0);
    const visits = (await registry.list(actor, 'follow-up-visits', { patientId: p.id })).items;
    expect(visits.map((v) => [v.month, v.status]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([[1, 'scheduled'], [3, 'scheduled'], [6, 'cancelled'], [12, 'cancelled']]);
  });

  it('censors survival on a last-contact event later than the patient’s lastContactOn', async () => {
    const p = await registry.create(actor, 'patients', { code: 'LOST-3', name: 'Test LOST-3', sex: 'male', birthYear: 1960, cohort: 'lost-3', lastContactOn: '2024-03-01' });
    await registry.create(actor, 'treatments', { patientId: p.id, kind: 'pvp', startedOn: '2024-01-10', details: { levels: [{ level: 'L1', cementMl: 3 }] } });
    await registry.create(actor, 'outcome-events', { patientId: p.id, kind: 'last-contact', occurredOn: '2024-07-10' });
    const [row] = await cohortDataset(registry, actor, { cohort: 'lost-3' });
    // 2024-01-10 → 2024-07-10 is 182 days; months are days / 30.4375
    expect(row).toMatchObject({ death: 0 });
    expect(row!.survivalMonths).toBeCloseTo(182 / 30.4375, 10);
  });

  it('keeps a visit with assessments recorded against it when a last contact before its window ends the follow-up', async () => {
    const p = await newPatient('LOST-2');
    await registry.create(actor, 'treatments', { patientId: p.id, kind: 'pvp', startedOn: '2024-01-10', details: { levels: [{ level: 'L1', cementMl: 3 }] } });
    const visits = async () => (await registry.list(actor, 'follow-up-visits', { patientId: p.id })).items.sort((a, b) => Number(a.month) - Number(b.month));
    const [month1] = await visits();
    await registry.create(actor, 'assessments', { patientId: p.id, instrument: 'vas', assessedOn: '2024-01-20', visitId: month1!.id, inputs: { score: 2 } });
    await registry.create(actor, 'outcome-events', { patientId: p.id, kind: 'last-contact', occurredOn: '2024-01-25' });
    expect((await visits()).map((v) => [v.month, v.status])).toEqual([[1, 'scheduled'], [3, 'cancelled'], [6, 'cancelled'], [12, 'cancelled']]);
  });

  it('names each bad field with its path', async () => {
    const problem = await problemOf(registry.create(actor, 'patients', { code: '', sex: 'other', birthYear: 'x' }));
    expect(problem.status).toBe(400);
    expect(problem.errors!.map((e) => e.path).sort()).toEqual(['body.birthYear', 'body.code', 'body.name', 'body.sex']);
  });

  it('refuses a stale update with 409 and the current version', async () => {
    const p = await newPatient('R-2');
    const updated = await registry.update(actor, 'patients', p.id, { name: 'Renamed', version: 1 });
    expect(updated).toMatchObject({ name: 'Renamed', version: 2, code: 'R-2' });
    const problem = await problemOf(registry.update(actor, 'patients', p.id, { name: 'Again' }, 1));
    expect(problem).toMatchObject({ status: 409, currentVersion: 2 });
    expect((await problemOf(registry.update(actor, 'patients', p.id, { name: 'x' }))).status).toBe(428);
  });

  it('clears a field with null and re-validates the merged record', async () => {
    const p = await newPatient('R-3');
    const cleared = await registry.update(actor, 'patients', p.id, { birthYear: null, version: 1 });
    expect(cleared.birthYear).toBeNull();
  });

  it('soft-deletes: a deleted patient and their records read as not found', async () => {
    const p = await newPatient('R-4');
    const tumour = await registry.create(actor, 'primary-tumours', { patientId: p.id, histology: 'breast' });
    await registry.remove(actor, 'patients', p.id);
    expect((await problemOf(registry.get(actor, 'patients', p.id))).status).toBe(404);
    expect((await problemOf(registry.get(actor, 'primary-tumours', tumour.id))).status).toBe(404);
    const [row] = await registry.db.rows(sql`SELECT deleted_at IS NOT NULL AS gone FROM primary_tumours WHERE id = ${tumour.id}`);
    expect(row!.gone).toBe(true);
    // the code is free again
    expect((await newPatient('R-4')).code).toBe('R-4');
  });

  it('rejects a reference to another patient’s record', async () => {
    const a = await newPatient('R-5');
    const b = await newPatient('R-6');
    const treatment = await registry.create(actor, 'treatments', {
      patientId: a.id, kind: 'radiotherapy', startedOn: '2024-01-01', endedOn: '2024-01-19', details: { technique: 'imrt', doseGy: 30, fractions: 15 },
    });
    const problem = await problemOf(registry.create(actor, 'outcome-events', { patientId: b.id, kind: 'sre', occurredOn: '2024-03-01', treatmentId: treatment.id }));
    expect(problem.errors).toEqual([{ path: 'body.treatmentId', message: `no treatment ${treatment.id} of this patient` }]);
  });

  it('records a femoral lesion with its long-bone facts, reads it back and scores Mirels against it', async () => {
    const p = await newPatient('EXT-1');
    const femur = await registry.create(actor, 'lesions', {
      patientId: p.id, site: 'proximal-femur', longBone: 'femur', boneRegion: 'end', peritrochanteric: true, limbPain: 'functional',
      character: 'lytic', cortexInvolved: 'third-to-two-thirds', fracture: 'impending', detectedOn: '2025-02-01',
    });
    expect(femur).toMatchObject({ site: 'proximal-femur', level: null, longBone: 'femur', boneRegion: 'end', peritrochanteric: true, limbPain: 'functional', cortexInvolved: 'third-to-two-thirds', fracture: 'impending', acetabulumInvolved: null });
    expect(await registry.get(actor, 'lesions', femur.id)).toEqual(femur);
    const spinal = await registry.create(actor, 'lesions', { patientId: p.id, level: 'L2' });
    expect(spinal).toMatchObject({ site: 'spine', level: 'L2', longBone: null });
    expect((await registry.list(actor, 'lesions', { patientId: p.id, site: 'proximal-femur' })).items.map((l) => l.id)).toEqual([femur.id]);
    // Mirels 1989 Table 1: peritrochanteric 3 + functional pain 3 + lytic 3 + 1/3–2/3 of the cortex 2 = 11 (9 or more: fixation)
    const mirels = await registry.create(actor, 'assessments', { patientId: p.id, instrument: 'mirels', assessedOn: '2025-02-02', lesionId: femur.id, inputs: { site: 'peritrochanteric', pain: 'functional', lesion: 'lytic', size: 'third-to-two-thirds' } });
    expect(mirels).toMatchObject({ lesionId: femur.id, total: 11, band: 'high' });
    // a change of another field keeps the site; a pelvic lesion records whether the acetabulum is involved
    expect(await registry.update(actor, 'lesions', femur.id, { notes: 'CT 2025-02-01', version: femur.version })).toMatchObject({ site: 'proximal-femur', longBone: 'femur', version: 2 });
    await expect(registry.create(actor, 'lesions', { patientId: p.id, site: 'ilium', acetabulumInvolved: false })).resolves.toMatchObject({ site: 'ilium', acetabulumInvolved: false });
  });

  it('refuses a level outside the spine, a spinal lesion without one and long-bone facts on another bone, each naming its field', async () => {
    const p = await newPatient('EXT-2');
    const refused = async (body: Record<string, unknown>) => (await problemOf(registry.create(actor, 'lesions', { patientId: p.id, ...body }))).errors!.map((e) => [e.path, e.message]);
    expect(await refused({ site: 'proximal-femur', level: 'L1', longBone: 'femur' })).toEqual([['body.level', 'only for spinal lesions (site is "proximal-femur")']]);
    expect(await refused({ character: 'lytic' })).toEqual([['body.level', 'required for a spinal lesion (site "spine", the default); accepted: C1–C7, T1–T12, L1–L5, S1–S5']]);
    expect(await refused({ site: 'acetabulum', longBone: 'femur', limbPain: 'mild' })).toEqual([
      ['body.longBone', 'only for long-bone lesions (site "long-bone" or "proximal-femur"; site is "acetabulum")'],
      ['body.limbPain', 'only for long-bone lesions (site "long-bone" or "proximal-femur"; site is "acetabulum")'],
    ]);
    expect(await refused({ site: 'proximal-femur', longBone: 'tibia' })).toEqual([['body.longBone', 'a proximal-femur lesion is in the femur, not the tibia']]);
    expect(await refused({ site: 'long-bone', longBone: 'humerus', peritrochanteric: true })).toEqual([['body.peritrochanteric', 'only for femoral lesions (give longBone "femur")']]);
    expect(await refused({ site: 'knee' })).toEqual([['body.site', expect.stringContaining('"proximal-femur"')]]);
    // the refusals are language-neutral texts: a client asking in Chinese reads them in Chinese
    const zh = inputSchema(ENTITIES.lesions).safeParse({ patientId: p.id, site: 'ilium', level: 'L5' });
    expect(fieldErrors(zh.error!, 'body', 'zh')).toEqual([{ path: 'body.level', message: '仅用于脊柱病灶（部位为 "ilium"）' }]);
    // a change that moves a femoral lesion to the spine without a level is refused as a create would be
    const femur = await registry.create(actor, 'lesions', { patientId: p.id, site: 'long-bone', longBone: 'femur' });
    const moved = await problemOf(registry.update(actor, 'lesions', femur.id, { site: 'spine', version: 1 }));
    expect(moved.errors!.map((e) => e.path).sort()).toEqual(['body.level', 'body.longBone']);
  });

  it('keeps a treatment editable after a lesion it names is deleted; stores lesion ids in lower case; scores only the kind of lesion an instrument speaks of', async () => {
    const p = await newPatient('EXT-6');
    const femur = await registry.create(actor, 'lesions', { patientId: p.id, site: 'long-bone', longBone: 'femur' });
    const spine = await registry.create(actor, 'lesions', { patientId: p.id, level: 'L2' });
    const rt = await registry.create(actor, 'treatments', { patientId: p.id, kind: 'radiotherapy', startedOn: '2025-01-06', details: { technique: '3d-crt', doseGy: 8, fractions: 1 }, lesionIds: [femur.id.toUpperCase()] });
    expect(rt.lesionIds).toEqual([femur.id]);
    await registry.remove(actor, 'lesions', femur.id);
    const edited = await registry.update(actor, 'treatments', rt.id, { notes: 'single fraction for pain', version: rt.version });
    expect(edited.notes).toBe('single fraction for pain');
    // a new reference to the deleted lesion is still refused
    const other = await registry.create(actor, 'treatments', { patientId: p.id, kind: 'radiotherapy', startedOn: '2025-02-06', details: { technique: '3d-crt', doseGy: 8, fractions: 1 } });
    expect((await problemOf(registry.update(actor, 'treatments', other.id, { lesionIds: [femur.id], version: other.version }))).errors![0]!.path).toBe('body.lesionIds[0]');
    const bone = await registry.create(actor, 'lesions', { patientId: p.id, site: 'proximal-femur', longBone: 'femur' });
    const sinsOnFemur = await problemOf(registry.create(actor, 'assessments', { patientId: p.id, instrument: 'sins', assessedOn: '2025-01-05', lesionId: bone.id, inputs: { level: 'L2', pain: 'pain-free', boneLesion: 'lytic', alignment: 'normal', collapse: 'under-50', posterolateral: 'none' } }));
    expect(sinsOnFemur.errors).toEqual([{ path: 'body.lesionId', message: "sins scores a spinal lesion; this lesion's site is proximal-femur" }]);
    const mirelsOnSpine = await problemOf(registry.create(actor, 'assessments', { patientId: p.id, instrument: 'mirels', assessedOn: '2025-01-05', lesionId: spine.id, inputs: { site: 'lower-limb', pain: 'mild', lesion: 'lytic', size: 'under-third' } }));
    expect(mirelsOnSpine.errors![0]!.path).toBe('body.lesionId');
  });

  it('lets a local treatment name the lesions it treated, of the same patient only, each once', async () => {
    const p = await newPatient('EXT-3');
    const other = await newPatient('EXT-4');
    const femur = await registry.create(actor, 'lesions', { patientId: p.id, site: 'long-bone', longBone: 'femur', boneRegion: 'shaft' });
    const spine = await registry.create(actor, 'lesions', { patientId: p.id, level: 'T12' });
    const foreign = await registry.create(actor, 'lesions', { patientId: other.id, level: 'L1' });
    const rt = await registry.create(actor, 'treatments', { patientId: p.id, kind: 'radiotherapy', startedOn: '2025-01-06', endedOn: '2025-01-10', details: { technique: '3d-crt', doseGy: 20, fractions: 5, levels: ['T12'] }, lesionIds: [spine.id, femur.id] });
    expect(rt.lesionIds).toEqual([spine.id, femur.id]);
    expect((await registry.get(actor, 'treatments', rt.id)).lesionIds).toEqual([spine.id, femur.id]);
    const stranger = await problemOf(registry.create(actor, 'treatments', { patientId: p.id, kind: 'surgery', startedOn: '2025-02-01', details: { procedure: 'other' }, lesionIds: [femur.id, foreign.id] }));
    expect(stranger.errors).toEqual([{ path: 'body.lesionIds[1]', message: `no lesion ${foreign.id} of this patient` }]);
    const changed = await problemOf(registry.update(actor, 'treatments', rt.id, { lesionIds: [foreign.id], version: rt.version }));
    expect(changed.errors![0]!.path).toBe('body.lesionIds[0]');
    const twice = await problemOf(registry.create(actor, 'treatments', { patientId: p.id, kind: 'surgery', startedOn: '2025-02-01', details: { procedure: 'other' }, lesionIds: [femur.id, femur.id.toUpperCase()] }));
    expect(twice.errors).toEqual([expect.objectContaining({ path: 'body.lesionIds[1]', message: 'each lesion once' })]);
    const systemic = await problemOf(registry.create(actor, 'treatments', { patientId: p.id, kind: 'systemic', startedOn: '2025-02-01', details: { agent: 'docetaxel', class: 'chemotherapy' }, lesionIds: [femur.id] }));
    expect(systemic.errors).toEqual([expect.objectContaining({ path: 'body.lesionIds', message: 'only for a local treatment (pvp, pkp, radiotherapy, surgery, ablation); kind is "systemic"' })]);
    // the cohort dataset counts spinal lesions only
    const patient = await registry.create(actor, 'patients', { code: 'EXT-5', name: 'Test EXT-5', sex: 'male', birthYear: 1960, cohort: 'ext-5' });
    await registry.create(actor, 'lesions', { patientId: patient.id, level: 'L3' });
    await registry.create(actor, 'lesions', { patientId: patient.id, site: 'proximal-femur' });
    expect((await cohortDataset(registry, actor, { cohort: 'ext-5' }))[0]).toMatchObject({ vertebrae: 1, vertebraeGroup: 'single' });
  });

  it('imports extraspinal lesions from a cohort CSV, and a treatment naming a lesion already stored (another patient’s refused)', async () => {
    const known = await newPatient('EXT-CSV-1');
    const stored = await registry.create(actor, 'lesions', { patientId: known.id, site: 'ilium', acetabulumInvolved: true });
    const stranger = await registry.create(actor, 'lesions', { patientId: (await newPatient('EXT-CSV-2')).id, level: 'L4' });
    const header = 'entity,patient,name,sex,site,level,long_bone,limb_pain,kind,started_on,details,lesion_ids';
    const rt = (ids: string[]) => `treatments,EXT-CSV-1,,,,,,,radiotherapy,2025-03-03,"{""technique"":""3d-crt"",""doseGy"":8,""fractions"":1}","${JSON.stringify(ids).replace(/"/g, '""')}"`;
    const rows = [
      'patients,EXT-CSV-3,Synthetic Three,female,,,,,,,,',
      'lesions,EXT-CSV-3,,,long-bone,,humerus,moderate,,,,',
      'lesions,EXT-CSV-3,,,,T9,,,,,,',
      rt([stored.id]),
    ];
    await importCohortCsv(registry, actor, [header, ...rows].join('\n'));
    const [imported] = (await registry.list(actor, 'patients', { code: 'EXT-CSV-3' })).items;
    const lesions = (await registry.list(actor, 'lesions', { patientId: imported!.id })).items;
    expect(lesions.map((l) => [l.site, l.level, l.longBone, l.limbPain]).sort()).toEqual([['long-bone', null, 'humerus', 'moderate'], ['spine', 'T9', null, null]]);
    expect((await registry.list(actor, 'treatments', { patientId: known.id })).items.map((t) => t.lesionIds)).toEqual([[stored.id]]);
    const refused = await problemOf(importCohortCsv(registry, actor, [header, 'lesions,EXT-CSV-1,,,sacrum,S1,,,,,,', rt([stranger.id])].join('\n')));
    expect(refused.errors).toEqual([{ path: 'row 2.level', message: 'only for spinal lesions (site is "sacrum")' }]);
    const foreign = await problemOf(importCohortCsv(registry, actor, [header, rt([stranger.id])].join('\n')));
    expect(foreign.errors).toEqual([{ path: 'row 2.lesionIds[0]', message: `no lesion ${stranger.id} of this patient` }]);
  });

  it('migration 0301 keeps the lesions stored before it spinal, at their level, and makes the level optional', async () => {
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const db = await openDatabase(url ? { databaseUrl: url, schema, poolSize: 1 } : {});
    try {
      const all = loadMigrations();
      await migrate(db, all.filter((m) => m.id < '0301'));
      const [patient] = await db.rows(sql`INSERT INTO patients (code, name, sex, created_by, updated_by) VALUES ('MIG-1', 'M', 'male', 't', 't') RETURNING id`);
      await db.rows(sql`INSERT INTO lesions (patient_id, level, escc, created_by, updated_by) VALUES (${patient!.id as string}, 'T7', '1b', 't', 't')`);
      expect(await migrate(db, all)).toContain('0301_extraspinal_lesions');
      expect(await db.rows(sql`SELECT site, level, escc, version, long_bone AS "longBone" FROM lesions`)).toEqual([{ site: 'spine', level: 'T7', escc: '1b', version: 1, longBone: null }]);
      await db.rows(sql`INSERT INTO lesions (patient_id, site, long_bone, created_by, updated_by) VALUES (${patient!.id as string}, 'long-bone', 'humerus', 't', 't')`);
      // the store refuses what the schema does: a level outside the spine, a spinal lesion without one
      await expect(db.rows(sql`INSERT INTO lesions (patient_id, site, level, created_by, updated_by) VALUES (${patient!.id as string}, 'sacrum', 'S1', 't', 't')`)).rejects.toThrow();
      await expect(db.rows(sql`INSERT INTO lesions (patient_id, created_by, updated_by) VALUES (${patient!.id as string}, 't', 't')`)).rejects.toThrow();
    } finally {
      await db.close();
      if (url) {
        const admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
        await admin.rows(sql`DROP SCHEMA ${sql.identifier(schema)} CASCADE`);
        await admin.close();
      }
    }
  }, 60_000);

  it('validates treatment details by kind, with their paths', async () => {
    const p = await newPatient('R-7');
    const problem = await problemOf(registry.create(actor, 'treatments', {
      patientId: p.id, kind: 'pvp', startedOn: '2024-01-01', details: { levels: [{ level: 'T13', cementMl: 3 }] },
    }));
    expect(problem.errors!.map((e) => e.path)).toEqual(['body.details.levels[0].level']);
  });

  it('schedules the 000 §1.3 visits after a local treatment and moves them to the end of the course', async () => {
    const p = await newPatient('R-8');
    const pvp = await registry.create(actor, 'treatments', {
      patientId: p.id, kind: 'pvp', startedOn: '2024-01-10', details: { approach: 'transpedicular', levels: [{ level: 't12', cementMl: 3.5, leaks: ['disc'] }] },
    });
    expect((pvp.details as { levels: { level: string }[] }).levels[0]!.level).toBe('T12');
    let visits = (await registry.list(actor, 'follow-up-visits', { patientId: p.id })).items;
    expect(visits.map((v) => [v.month, v.dueOn, v.windowStart, v.windowEnd, v.instruments])).toEqual([
      [1, '2024-02-10', '2024-02-03', '2024-02-17', ['vas', 'sins', 'kps']],
      [3, '2024-04-10', '2024-03-27', '2024-04-24', ['vas', 'sins', 'kps']],
      [6, '2024-07-10', '2024-06-10', '2024-08-09', ['vas']],
      [12, '2025-01-10', '2024-12-11', '2025-02-09', ['vas']],
    ]);
    const rt = await registry.create(actor, 'treatments', {
      patientId: p.id, kind: 'radiotherapy', startedOn: '2024-01-15', endedOn: '2024-02-05', details: { technique: 'imrt', doseGy: 40, fractions: 20 },
    });
    visits = (await registry.list(actor, 'follow-up-visits', { patientId: p.id })).items;
    expect(visits).toHaveLength(4);
    expect(visits.map((v) => [v.month, v.dueOn, v.treatmentId])).toEqual([
      [1, '2024-03-05', rt.id], [3, '2024-05-05', rt.id], [6, '2024-08-05', rt.id], [12, '2025-02-05', rt.id],
    ]);

    const due = await registry.followUp(actor, { on: '2024-03-01', patientId: p.id });
    expect(due.items.map((v) => [v.month, v.state])).toEqual([[1, 'due']]);
    const overdue = await registry.followUp(actor, { on: '2024-06-01', state: 'overdue', patientId: p.id });
    expect(overdue.items.map((v) => v.month)).toEqual([1, 3]);

    // recording every instrument of the 1-month visit completes it
    const month1 = visits[0]!;
    await registry.create(actor, 'assessments', { patientId: p.id, instrument: 'vas', assessedOn: '2024-03-04', visitId: month1.id, inputs: { score: 3 } });
    await registry.create(actor, 'assessments', { patientId: p.id, instrument: 'kps', assessedOn: '2024-03-04', visitId: month1.id, inputs: { kps: 80 } });
    expect((await registry.get(actor, 'follow-up-visits', month1.id)).status).toBe('scheduled');
    await registry.create(actor, 'assessments', {
      patientId: p.id, instrument: 'sins', assessedOn: '2024-03-04', visitId: month1.id,
      inputs: { level: 'T12', pain: 'occasional-non-mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'under-50', posterolateral: 'none' },
    });
    expect(await registry.get(actor, 'follow-up-visits', month1.id)).toMatchObject({ status: 'done', completedOn: '2024-03-04' });

    // a death cancels the visits after it
    await registry.create(actor, 'outcome-events', { patientId: p.id, kind: 'death', occurredOn: '2024-06-20' });
    const statuses = (await registry.list(actor, 'follow-up-visits', { patientId: p.id })).items.map((v) => [v.month, v.status]);
    expect(statuses).toEqual([[1, 'done'], [3, 'scheduled'], [6, 'cancelled'], [12, 'cancelled']]);
  });

  it('removes the scheduled visits of a deleted treatment', async () => {
    const p = await newPatient('R-12');
    const t = await registry.create(actor, 'treatments', { patientId: p.id, kind: 'surgery', startedOn: '2024-05-01', details: { procedure: 'separation-surgery' } });
    expect((await registry.list(actor, 'follow-up-visits', { patientId: p.id })).total).toBe(4);
    await registry.remove(actor, 'treatments', t.id, 1);
    expect((await registry.list(actor, 'follow-up-visits', { patientId: p.id })).total).toBe(0);
  });

  it('stores an assessment with its inputs, its result and the rule version', async () => {
    const p = await newPatient('R-9');
    const a = await registry.create(actor, 'assessments', {
      patientId: p.id, instrument: 'sins', assessedOn: '2024-01-01',
      inputs: { level: 'T11', pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'under-50', posterolateral: 'unilateral' },
    });
    // T11 junctional 3 + mechanical 3 + lytic 2 + normal 0 + <50 % 2 + unilateral 1 = 11 (REFERENCE S1)
    expect(a).toMatchObject({ total: 11, band: 'potentially-unstable', ruleVersion: '2.0.0' });
    const problem = await problemOf(registry.create(actor, 'assessments', { patientId: p.id, instrument: 'kps', assessedOn: '2024-01-01', inputs: { kps: 75 } }));
    expect(problem.errors!.map((e) => e.path)).toEqual(['body.inputs.kps']);
    const changed = await registry.update(actor, 'assessments', a.id, { inputs: { ...(a.inputs as object), posterolateral: 'bilateral' }, version: 1 });
    expect(changed).toMatchObject({ total: 13, band: 'unstable', version: 2 });
    // 002 §2.3: an irradiated level cannot be assessed; stored without a total, its band says so.
    const treated = await registry.update(actor, 'assessments', a.id, { inputs: { ...(a.inputs as object), previousTreatmentAtLevel: 'irradiated' }, version: 2 });
    expect(treated).toMatchObject({ total: null, band: 'not-assessable', version: 3 });
  });

  it('stores a decision with the recommendation computed from its facts', async () => {
    const p = await newPatient('R-10');
    const d = await registry.create(actor, 'decisions', {
      patientId: p.id, decidedOn: '2024-01-01', chosenOptions: ['pvp', 'ebrt'],
      facts: { patient: { age: 60, sex: 'female' }, pain: { score: 8, type: 'mechanical' } },
    });
    expect((d.recommendation as { options: unknown[] }).options.length).toBeGreaterThan(5);
    const problem = await problemOf(registry.create(actor, 'decisions', { patientId: p.id, decidedOn: '2024-01-01', chosenOptions: ['x'], facts: { patient: { age: 200, sex: 'female' } } }));
    expect(problem.errors!.map((e) => e.path).sort()).toEqual(['body.chosenOptions[0]', 'body.facts.patient.age']);
  });

  it('pages and filters lists', async () => {
    for (let i = 0; i < 5; i++) await registry.create(actor, 'patients', { code: `PG-${i}`, name: 'P', sex: 'male', cohort: 'paging' });
    const first = await registry.list(actor, 'patients', { cohort: 'paging', limit: '2' });
    const last = await registry.list(actor, 'patients', { cohort: 'paging', limit: '2', offset: '4' });
    expect([first.total, first.items.length, last.items.length]).toEqual([5, 2, 1]);
    expect((await problemOf(registry.list(actor, 'patients', { limit: '0', bogus: '1' }))).errors!.map((e) => e.path).sort()).toEqual(['query', 'query.limit']);
  });

  it('passes every access through the gate: denied reads are not found, denied writes forbidden, all audited', async () => {
    const p = await newPatient('R-11');
    const audit = memoryAudit();
    const readOnly: AccessPolicy = { allows: (_a, action) => action === 'read' || action === 'list', patientScope: () => [p.id] };
    const nothing: AccessPolicy = { allows: () => false, patientScope: () => [] };
    const { Registry } = await import('./registry.js');
    const viewer: Actor = { id: 'viewer', kind: 'user', roles: [] };
    const asViewer = new Registry(registry.db, { policy: readOnly, audit });
    expect((await asViewer.get(viewer, 'patients', p.id)).id).toBe(p.id);
    expect((await asViewer.list(viewer, 'patients', {})).items.map((x) => x.id)).toEqual([p.id]);
    expect((await problemOf(asViewer.update(viewer, 'patients', p.id, { name: 'x', version: 1 }))).status).toBe(403);
    const blind = new Registry(registry.db, { policy: nothing, audit });
    expect((await problemOf(blind.get(viewer, 'patients', p.id))).status).toBe(404);
    expect((await problemOf(blind.create(viewer, 'patients', { code: 'Z', name: 'Z', sex: 'male' }))).status).toBe(403);
    expect(audit.events.map((e) => [e.action, e.outcome])).toEqual([
      ['read', 'allowed'], ['list', 'allowed'], ['update', 'denied'], ['read', 'denied'], ['create', 'denied'],
    ]);
  });
});
