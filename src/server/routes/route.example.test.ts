import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestApp, type TestApp } from '../test-support.js';
import { scoreManyRoute } from './route.example.js';

/** Keeps the worked example of src/registry/README.md "Adding a route" compiling and true. */
describe('README "Adding a route": the worked example', () => {
  let s: TestApp;
  let app: FastifyInstance;
  beforeAll(async () => {
    s = await openTestApp(undefined);
    app = s.app;
    await app.register(scoreManyRoute, { prefix: '/api' });
  }, 60_000);
  afterAll(async () => s.dispose());

  it('answers from its declaration: parsed input, 400 naming the field, documented in /openapi.json', async () => {
    const ok = await app.inject({ method: 'POST', url: '/api/score-many?lang=en', payload: { items: [{ instrument: 'kps', input: { kps: 70 } }] } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()[0]).toMatchObject({ instrument: 'kps', total: 70 });
    const bad = await app.inject({ method: 'POST', url: '/api/score-many', payload: { items: [{ instrument: 'no-such', input: {} }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ detail: 'invalid instruments to score: 1 invalid field' });
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.items[0].instrument']);
    const core = await app.inject({ method: 'POST', url: '/api/score-many', payload: { items: [{ instrument: 'kps', input: { kps: 75 } }] } });
    expect(core.statusCode).toBe(400); // KPS comes in steps of 10: the core's own check
    const doc = (await app.inject('/openapi.json')).json();
    expect(doc.paths['/api/score-many'].post).toMatchObject({ summary: 'Score several instruments in one call', requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/ScoreManyRequest' } } } } });
    expect(doc.components.schemas.ScoreManyRequest.required).toEqual(['items']);
  });
});
