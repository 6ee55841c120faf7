import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { STORES } from '../registry/test-support.js';
import { openTestApp, type TestApp } from './test-support.js';

const HEADER = 'entity,patient,key,treatment_key,visit_month,name,sex,birth_year,cohort,study_arm,histology,kind,started_on,ended_on,details,instrument,assessed_on,inputs,occurred_on';
const q = (json: unknown) => `"${JSON.stringify(json).replace(/"/g, '""')}"`;
export const GOOD_ROWS = [
  `patients,IMP-1,,,,Synthetic One,female,1958,import-test,A,,,,,,,,,`,
  `patients,IMP-2,,,,Synthetic Two,male,1949,import-test,B,,,,,,,,,`,
  `primary-tumours,IMP-1,,,,,,,,,breast,,,,,,,,`,
  `treatments,IMP-1,t1,,,,,,,,,pvp,2024-01-10,2024-01-10,${q({ levels: [{ level: 'T12', cementMl: 3.5, leaks: ['disc'] }] })},,,,`,
  `treatments,IMP-2,t2,,,,,,,,,radiotherapy,2024-02-01,2024-02-20,${q({ technique: 'imrt', doseGy: 30, fractions: 15 })},,,,`,
  `assessments,IMP-1,,,,,,,,,,,,,,vas,2024-01-08,${q({ score: 8 })},`,
  `assessments,IMP-1,,,1,,,,,,,,,,,vas,2024-02-11,${q({ score: 3 })},`,
  `adverse-events,IMP-1,,t1,,,,,,,,cement-leak-disc,,,,,,,2024-01-10`,
  `outcome-events,IMP-2,,t2,,,,,,,,death,,,,,,,2024-09-01`,
];

describe.each(STORES)('cohort CSV import on $name', ({ url }) => {
  let s: TestApp;
  let app: FastifyInstance;
  beforeAll(async () => {
    s = await openTestApp(url);
    ({ app } = s);
  }, 60_000);
  afterAll(async () => s.dispose());
  const send = (rows: string[]) => app.inject({ method: 'POST', url: '/api/import', headers: { 'content-type': 'text/csv' }, payload: [HEADER, ...rows].join('\n') });
  const count = async (name: string) => (await app.inject(`/api/${name}?limit=1`)).json().total as number;

  it('rejects a file with one bad row, names the row and field, and stores nothing', async () => {
    const rows = [...GOOD_ROWS];
    rows[6] = rows[6]!.replace('{""score"":3}', '{""score"":13}'); // spreadsheet row 8
    const res = await send(rows);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().errors).toEqual([{ path: 'row 8.inputs.score', message: '13 is too big; maximum 10' }]);
    for (const name of ['patients', 'treatments', 'assessments', 'follow-up-visits', 'adverse-events']) expect(await count(name), name).toBe(0);
  });

  it('reports every bad row at once', async () => {
    const rows = [...GOOD_ROWS, 'lesions,IMP-9,,,,,,,,,,,,,,,,,', 'treatments,IMP-2,,t9,,,,,,,,surgery,2024-13-01,,{},,,,'];
    const res = await send(rows);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(['row 11.level', 'row 12.treatment_key', 'row 12.startedOn', 'row 12.details.procedure']);
    expect(await count('patients')).toBe(0);
  });

  it('imports a good file in one go, with follow-up visits and visit links', async () => {
    const res = await send(GOOD_ROWS);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ rows: 9, patients: 2, byEntity: { treatments: 2, assessments: 2 } });
    expect(await count('follow-up-visits')).toBe(8);
    const visits = (await app.inject('/api/follow-up-visits?month=1&limit=10')).json().items;
    const assessment = (await app.inject('/api/assessments?assessedOn=2024-02-11&limit=10')).json();
    expect(assessment.errors?.[0]?.path).toBe('query'); // not a filter: unknown query fields are refused
    const linked = (await app.inject('/api/assessments?limit=10')).json().items.filter((a: { visitId: string | null }) => a.visitId);
    expect(visits.map((v: { id: string }) => v.id)).toContain(linked[0].visitId);
    // the same patients again: already in the registry
    const again = await send(GOOD_ROWS.slice(0, 2));
    expect(again.json().errors.map((e: { path: string }) => e.path)).toEqual(['row 2.patient', 'row 3.patient']);
  });

  it('completes a visit once every instrument is recorded, on the last day, alike for new patients and patients already stored', async () => {
    const sins = q({ level: 'L1', pain: 'occasional-non-mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'under-50', posterolateral: 'none' });
    const patient = (code: string) => `patients,${code},,,,Synthetic ${code},female,1950,visit-test,,,,,,,,,,`;
    const treatment = (code: string) => `treatments,${code},k${code},,,,,,,,,pvp,2024-01-10,2024-01-10,${q({ levels: [{ level: 'L1', cementMl: 3 }] })},,,,`;
    const assessments = (code: string) => [
      `assessments,${code},,,1,,,,,,,,,,,vas,2024-02-09,${q({ score: 4 })},`,
      `assessments,${code},,,1,,,,,,,,,,,kps,2024-02-12,${q({ kps: 70 })},`,
      `assessments,${code},,,1,,,,,,,,,,,sins,2024-02-10,${sins},`,
      `assessments,${code},,,3,,,,,,,,,,,vas,2024-04-10,${q({ score: 3 })},`,
    ];
    // VIS-NEW: patient, treatment and assessments in one file (visits planned and completed in the import);
    // VIS-OLD: the assessments in a second file (visits already stored, completed in the database)
    expect((await send([patient('VIS-NEW'), treatment('VIS-NEW'), ...assessments('VIS-NEW'), patient('VIS-OLD'), treatment('VIS-OLD')])).statusCode).toBe(201);
    expect((await send(assessments('VIS-OLD'))).statusCode).toBe(201);
    const patients = (await app.inject('/api/patients?cohort=visit-test&limit=10')).json().items as { id: string; code: string }[];
    const visitsOf = async (code: string) => {
      const id = patients.find((p) => p.code === code)!.id;
      const items = (await app.inject(`/api/follow-up-visits?patientId=${id}&limit=50`)).json().items as { month: number; status: string; completedOn: string | null; instruments: string[] }[];
      return items.map(({ month, status, completedOn, instruments }) => ({ month, status, completedOn: completedOn ?? null, instruments })).sort((a, b) => a.month - b.month);
    };
    const fresh = await visitsOf('VIS-NEW');
    expect(fresh.slice(0, 2)).toEqual([
      { month: 1, status: 'done', completedOn: '2024-02-12', instruments: ['vas', 'sins', 'kps'] },
      { month: 3, status: 'scheduled', completedOn: null, instruments: ['vas', 'sins', 'kps'] },
    ]);
    expect(fresh.slice(2).every((v) => v.status === 'scheduled')).toBe(true);
    expect(await visitsOf('VIS-OLD')).toEqual(fresh);
  });
});
