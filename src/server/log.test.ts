import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestRegistry, type TestRegistry } from '../registry/test-support.js';
import { buildApp } from './app.js';
import { serverLogOptions } from './log.js';
import { databaseAudit } from '../trust/registry-audit.js';

describe('the server log', () => {
  let t: TestRegistry;
  beforeAll(async () => {
    t = await openTestRegistry(undefined, { audit: databaseAudit });
  }, 120_000);
  afterAll(async () => t.dispose());

  it('logs every request as JSON without patient data, and each 5xx with the request id its problem body names', async () => {
    const lines: string[] = [];
    const stream = { write: (line: string) => void lines.push(line) };
    const patient = await t.registry.create({ id: 'local', kind: 'local', roles: ['clinician'] }, 'patients', { code: 'LOG-H-4711', name: 'Wang Xiaoming', sex: 'male' });
    const app = await buildApp({ registry: t.registry, logger: serverLogOptions({ stream }) });
    const read = await app.inject({ url: `/api/patients/${patient.id as string}`, headers: { cookie: 'bonemet_session=secret-cookie-value' } });
    expect(read.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/patients?code=LOG-H-4711' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/patients', payload: { code: 'LOG-H-4712', name: 'Li Hua', sex: 'female' } })).statusCode).toBe(201);
    await app.close();
    const broken = await buildApp({ registry: t.registry, logger: serverLogOptions({ stream }), resolveActor: () => { throw new Error('lookup of LOG-H-4711 failed'); } });
    const failed = await broken.inject(`/api/patients/${patient.id as string}`);
    await broken.close();
    expect(failed.statusCode).toBe(500);
    const problem = failed.json<{ requestId: string; detail: string }>();
    expect(problem.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(failed.headers['x-request-id']).toBe(problem.requestId);
    expect(problem.detail).toContain(problem.requestId);

    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const error = records.find((r) => r.msg === 'unhandled error');
    expect(error).toMatchObject({ level: 50, requestId: problem.requestId, reqId: problem.requestId, err: { type: 'Error' } });
    expect((error!.err as { stack: string }).stack).toMatch(/^at /);
    expect(records.filter((r) => r.msg === 'request completed').map((r) => [(r.req as { route?: string } | undefined)?.route ?? null, (r.res as { statusCode: number }).statusCode]))
      .toEqual(expect.arrayContaining([[null, 200], [null, 201]]));
    const incoming = records.filter((r) => r.msg === 'incoming request').map((r) => r.req);
    expect(incoming).toContainEqual({ method: 'GET', route: '/api/patients/:id', id: expect.any(String) });
    // no id, code, name, cookie or error message of a patient anywhere in the log
    const text = lines.join('');
    for (const secret of [patient.id as string, 'LOG-H-47', 'Wang', 'Li Hua', 'secret-cookie-value', 'lookup of']) expect(text).not.toContain(secret);
  }, 60_000);
});
