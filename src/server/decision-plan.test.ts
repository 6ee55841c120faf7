/** The board plan over HTTP: sequenced read, If-Match change (409 stale, 428 without), history, report PDF. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { STORES, openTestRegistry, type TestRegistry } from '../registry/test-support.js';
import { buildApp } from './app.js';
import { PAINFUL_LYTIC_L1 } from '../knowledge/rules/test-support.js';
import { databaseAudit } from '../trust/registry-audit.js';
import { LOCAL_ACTOR } from '../registry/access.js';
import { recommend } from '../knowledge/rules/index.js';
import { render } from '../knowledge/texts.js';
import { sql } from '../registry/db.js';

const facts = PAINFUL_LYTIC_L1;

describe.each(STORES)('decision plan API on $name', ({ url }) => {
  let t: TestRegistry;
  let app: FastifyInstance;
  let id: string;
  beforeAll(async () => {
    t = await openTestRegistry(url, { audit: databaseAudit });
    app = await buildApp({ registry: t.registry });
    const patient = (await app.inject({ method: 'POST', url: '/api/patients', payload: { code: 'MDT-7', name: 'Secret Name', sex: 'male', birthYear: 1970 } })).json();
    const decision = await app.inject({ method: 'POST', url: '/api/decisions', payload: { patientId: patient.id, decidedOn: '2026-11-25', facts, chosenOptions: ['pvp'] } });
    expect(decision.statusCode, decision.body).toBe(201);
    id = decision.json().id;
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const put = (version: string | undefined, payload: unknown) =>
    app.inject({ method: 'PUT', url: `/api/decisions/${id}/plan`, headers: version ? { 'if-match': version } : {}, payload: payload as object });

  it('stores the recommendation once, language-neutral, and answers it in the language asked for', async () => {
    const stored = (await t.registry.get(LOCAL_ACTOR, 'decisions', id)).recommendation as { options: { option: string; findings: { because: unknown[] }[] }[] };
    const pvp = stored.options.find((o) => o.option === 'pvp');
    expect(pvp?.findings[0]?.because[0]).toMatchObject({ key: expect.stringMatching(/^(pvp|synthesis)\./) });
    for (const lang of ['en', 'zh', 'ja'] as const) {
      const read = await app.inject(`/api/decisions/${id}?lang=${lang}`);
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json().recommendation).toEqual(JSON.parse(JSON.stringify(render(recommend(facts), lang))));
    }
    const ja = (await app.inject(`/api/decisions/${id}?lang=ja`)).json().recommendation.options.find((o: { option: string }) => o.option === 'pvp');
    expect(ja.findings.map((f: { because: string[] }) => f.because.join('')).join('')).toContain('疼痛緩和目的に PVP を実施することを推奨する');
    expect((await app.inject(`/api/decisions/${id}?lang=fr`)).statusCode).toBe(400);
  });

  it('reads, changes on the version read, refuses a stale or unversioned change, keeps every version, signs off', async () => {
    const read = await app.inject(`/api/decisions/${id}/plan`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.json().sequenced.steps.map((s: { key: string }) => s.key)).toEqual(['pvp']);
    // computed now from the same facts by the version that stored them: nothing changed since
    expect(read.json().decidedWith.changes).toEqual([]);
    expect(read.json().schedules.find((s: { id: string }) => s.id === 'sbrt-24x2')).toMatchObject({ bed: { '10': 52.8 } });

    const change = { chosenOptions: ['pvp', 'sbrt'], plan: { schedules: { sbrt: 'sbrt-24x2' }, dates: { pvp: '2026-11-27', sbrt: '2026-11-26' }, attendees: [{ name: 'Dr Wang', role: 'spine surgeon' }] } };
    const saved = await put('"1"', change);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    expect(saved.json().sequenced.conflicts).toMatchObject([{ severity: 'warning', source: '002 §3.4' }]);

    const stale = await put('"1"', change);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ status: 409, currentVersion: 2 });
    expect((await put(undefined, change)).statusCode).toBe(428);

    const bad = await put('"2"', { ...change, plan: { schedules: { sbrt: 'sbrt-99x1' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.plan.schedules.sbrt');
    const forged = await put('"2"', { ...change, plan: { ...change.plan, signOff: { by: 'someone else', role: 'chair', at: '2026-11-25T10:00:00Z' } } });
    expect(forged.statusCode).toBe(400); // sign-off comes from the signed-in user only
    const viaPatch = await app.inject({ method: 'PATCH', url: `/api/decisions/${id}`, headers: { 'if-match': '"2"' }, payload: { plan: { signOff: { by: 'someone else', role: 'chair', at: '2026-11-25T10:00:00Z' } } } });
    expect(viaPatch.statusCode).toBe(400);
    expect(viaPatch.json().errors[0].path).toBe('body.plan.signOff');

    const signed = await put('"2"', { ...change, plan: { ...change.plan, dates: { pvp: '2026-11-25', sbrt: '2026-11-26' } }, signOff: true });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().plan.signOff).toMatchObject({ by: expect.any(String), at: expect.any(String) });
    expect(signed.json().sequenced.conflicts).toEqual([]);

    const history = (await app.inject(`/api/decisions/${id}/plan/history`)).json();
    expect(history.map((h: { version: number; chosenOptions: string[] }) => [h.version, h.chosenOptions])).toEqual([[1, ['pvp']], [2, ['pvp', 'sbrt']], [3, ['pvp', 'sbrt']]]);
    expect(history[1].plan.dates).toEqual({ pvp: '2026-11-27', sbrt: '2026-11-26' });
  });

  it('stores the lesions each step treats; a lesion number that does not exist is refused or shown as an error', async () => {
    const etag = (await app.inject(`/api/decisions/${id}/plan`)).headers.etag as string;
    const zero = await put(etag, { chosenOptions: ['pvp'], plan: { targets: { pvp: [0] } } });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().errors[0].path).toBe('body.plan.targets.pvp[0]');
    const saved = await put(etag, { chosenOptions: ['pvp'], plan: { targets: { pvp: [1, 2] } } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().plan.targets).toEqual({ pvp: [1, 2] });
    // the server remembers which lesions the numbers meant
    expect(saved.json().plan.targetLesions).toEqual(['L1']);
    expect(saved.json().lesionKeys).toEqual(['L1']);
    // the patient has one lesion, L1: lesion 2 is not one PVP can treat
    expect(saved.json().sequenced.conflicts).toMatchObject([{ severity: 'error', steps: ['pvp'], text: 'Percutaneous vertebroplasty / kyphoplasty (PVP/PKP): lesion 2 is not a lesion this step can treat (it treats: L1).' }]);
    expect(saved.json().sequenced.steps[0].title).toBe('Percutaneous vertebroplasty / kyphoplasty (PVP/PKP) L1');
  });

  it('serves the board report PDF in each language, named by record code', async () => {
    for (const lang of ['en', 'zh', 'ja']) {
      const res = await app.inject(`/api/decisions/${id}/report.pdf?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(`inline; filename="board-report-MDT-7-${lang}.pdf"`);
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(res.rawPayload.toString('latin1')).not.toContain('Secret Name');
    }
    expect((await app.inject(`/api/decisions/${id}/report.pdf?lang=fr`)).statusCode).toBe(400);
  }, 120_000);

  it('a plan edit keeps the recommendation stored at decision time; a change of the facts recomputes it', async () => {
    // as if stored by an earlier knowledge version
    await t.registry.db.rows(sql`UPDATE decisions SET knowledge_version = 'earlier', recommendation = '{"options":[]}'::jsonb WHERE id = ${id}`);
    const etag = (await app.inject(`/api/decisions/${id}/plan`)).headers.etag as string;
    expect((await put(etag, { chosenOptions: ['pvp'], plan: { attendees: [{ name: 'Dr Li', role: 'radiation oncologist' }] } })).statusCode).toBe(200);
    const kept = await t.registry.get(LOCAL_ACTOR, 'decisions', id);
    expect(kept).toMatchObject({ knowledgeVersion: 'earlier', recommendation: { options: [] } });
    const changed = await app.inject({ method: 'PATCH', url: `/api/decisions/${id}`, headers: { 'if-match': `"${String(kept.version)}"` }, payload: { facts: { ...facts, kps: 60 } } });
    expect(changed.statusCode, changed.body).toBe(200);
    const recomputed = await t.registry.get(LOCAL_ACTOR, 'decisions', id);
    expect(recomputed.knowledgeVersion).not.toBe('earlier');
    expect((recomputed.recommendation as { options: unknown[] }).options).toHaveLength(16);
  });

  it('a stored plan this version cannot read is answered with its fields named, on the plan and the report', async () => {
    await t.registry.db.rows(sql`UPDATE decisions SET plan = '{"attendees":"the whole board"}'::jsonb WHERE id = ${id}`);
    for (const url of [`/api/decisions/${id}/plan`, `/api/decisions/${id}/report.pdf`]) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().detail).toContain('the stored board plan is not accepted');
      expect(res.json().errors[0].path).toBe('plan.attendees');
    }
  });
});
