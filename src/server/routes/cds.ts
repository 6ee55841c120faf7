import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { z } from 'zod';
import { CDS_PREFETCH, CDS_SERVICES, cardsFor, langOf, optionOfOrder } from '../../interop/cds/cards.js';
import { recordSystem } from '../../interop/fhir/export.js';
import { type OptionId, recommend } from '../../knowledge/rules/index.js';
import type { Actor } from '../../registry/access.js';
import { sql } from '../../registry/db.js';
import { findByIdentifier } from '../../registry/fhir-store.js';
import type { Registry } from '../../registry/registry.js';
import { repository } from '../../registry/repository.js';
import { ENTITIES } from '../../registry/entities.js';
import { recordAudit } from '../../trust/audit.js';
import { SID_PATIENT_CODE } from '../../interop/fhir/codes.js';
import { sendProblem } from '../problem-reply.js';
import { json, problem } from '../openapi.js';
import { EHR_JWT, PUBLIC, declare } from '../route.js';
import { validationProblem } from '../../boundary/problem.js';

/** An EHR registered to call bonemet's CDS services: its issuer and the keys it signs with. */
export interface CdsClient {
  iss: string;
  jwks: JSONWebKeySet;
}

export interface CdsOptions {
  clients: CdsClient[];
  /** The public base URL (the JWT audience is `<base>/cds-services/<id>`); else from the request. */
  baseUrl?: string;
}

interface Options {
  registry: Registry;
  cds?: CdsOptions;
}

const ALGORITHMS = ['RS384', 'ES384', 'RS256', 'ES256', 'PS384'];

const hookRequestSchema = z.object({
  hook: z.string(),
  hookInstance: z.string().min(1),
  fhirServer: z.url().optional(),
  fhirAuthorization: z.object({ access_token: z.string(), token_type: z.string() }).loose().optional(),
  context: z.object({
    userId: z.string().optional(),
    patientId: z.string().min(1),
    draftOrders: z.object({ resourceType: z.literal('Bundle'), entry: z.array(z.object({ resource: z.record(z.string(), z.unknown()) }).loose()).optional() }).loose().optional(),
    selections: z.array(z.string()).optional(),
  }).loose(),
  prefetch: z.record(z.string(), z.unknown().nullable()).optional(),
}).loose();

const feedbackSchema = z.object({
  feedback: z.array(z.object({
    card: z.uuid(),
    outcome: z.enum(['accepted', 'overridden']),
    outcomeTimestamp: z.string(),
    acceptedSuggestions: z.array(z.object({ id: z.string() }).loose()).optional(),
    overrideReason: z.object({ reason: z.object({ code: z.string().optional() }).loose().optional(), userComment: z.string().optional() }).loose().optional(),
  }).loose()).min(1),
}).loose();

function unauthorized(detail: string) {
  return { type: 'https://bonemet.dev/problems/unauthorized', title: 'Unauthorized', status: 401, detail };
}

/** CDS Hooks 2.0: discovery, the services and their feedback (docs/interoperability.md). */
export const cdsRoutes: FastifyPluginAsync<Options> = async (app, { registry, cds }) => {
  const base = (request: FastifyRequest) => cds?.baseUrl?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`;
  const requestId = (request: FastifyRequest, reply: FastifyReply) => String(reply.getHeader('x-request-id') ?? request.id);

  async function deny(request: FastifyRequest, reply: FastifyReply, detail: string, reason: string, actor = 'anonymous'): Promise<FastifyReply> {
    await recordAudit(registry.db, { actor, actorRole: null, action: 'create', entity: request.routeOptions.url ?? request.url, outcome: 'denied', detail: reason, clientIp: request.ip, requestId: requestId(request, reply) });
    reply.header('www-authenticate', 'Bearer realm="bonemet-cds"');
    return sendProblem(reply, unauthorized(detail), request.url.split('?')[0]);
  }

  /** The EHR's JWT: signed by a registered client's key, for this service's URL, unexpired, used once. */
  async function authenticate(request: FastifyRequest, reply: FastifyReply, audience: string): Promise<Actor | FastifyReply> {
    const auth = request.headers.authorization;
    if (typeof auth !== 'string' || !/^bearer\s+/i.test(auth)) return deny(request, reply, 'send the EHR\'s JWT: Authorization: Bearer <jwt>', 'cds-no-jwt');
    const token = auth.replace(/^bearer\s+/i, '').trim();
    let iss: string | undefined;
    try {
      iss = decodeJwt(token).iss;
    } catch {
      return deny(request, reply, 'the bearer token is not a JWT', 'cds-bad-jwt');
    }
    const client = cds?.clients.find((c) => c.iss === iss);
    if (!client) return deny(request, reply, 'the JWT\'s issuer is not a registered CDS client', 'cds-unknown-iss');
    let payload;
    try {
      ({ payload } = await jwtVerify(token, createLocalJWKSet(client.jwks), { issuer: client.iss, audience, algorithms: ALGORITHMS, requiredClaims: ['iss', 'aud', 'exp', 'iat', 'jti'], clockTolerance: 30 }));
    } catch (error) {
      return deny(request, reply, `the JWT was refused: ${(error as { code?: string }).code ?? 'invalid'}`, 'cds-jwt-refused', `cds:${client.iss}`);
    }
    await registry.db.rows(sql`DELETE FROM cds_jti WHERE expires_at < now() - interval '1 minute'`);
    const stored = await registry.db.rows(sql`INSERT INTO cds_jti (id, expires_at) VALUES (${`${client.iss}\n${String(payload.jti)}`}, to_timestamp(${Number(payload.exp)}))
      ON CONFLICT (id) DO NOTHING RETURNING id`);
    if (stored.length === 0) return deny(request, reply, 'the JWT was already used (jti)', 'cds-jti-replay', `cds:${client.iss}`);
    return { id: `cds:${client.iss}`, kind: 'service', roles: ['clinician'], origin: { ip: request.ip, requestId: requestId(request, reply) } };
  }

  const tags = ['cds-hooks'];
  const lang = { name: 'Accept-Language', in: 'header', required: false, schema: { type: 'string' }, description: 'en, zh or ja (default en)' };

  app.get('/cds-services', declare({
    access: PUBLIC, tags, summary: 'CDS Hooks discovery: the services, their hooks and prefetch templates',
    responses: { 200: json({ type: 'object', properties: { services: { type: 'array' } } }) },
  }), async () => ({
    services: CDS_SERVICES.map((s) => ({ ...s, prefetch: CDS_PREFETCH })),
  }));

  /** The registry patient an EHR Patient names: by a remembered identifier, the patient code or the registry id. */
  async function registryPatient(patient: Record<string, unknown>): Promise<string | undefined> {
    const identifiers = (Array.isArray(patient.identifier) ? patient.identifier : []) as { system?: string; value?: string }[];
    for (const id of identifiers) {
      if (!id.system || !id.value) continue;
      const found = await findByIdentifier(registry.db, { system: id.system, value: id.value });
      if (found?.entity === 'patients') return found.recordId;
      if (id.system === SID_PATIENT_CODE) {
        const [row] = await registry.db.rows<{ id: string }>(sql`SELECT id::text AS id FROM patients WHERE code = ${id.value} AND deleted_at IS NULL`);
        if (row) return row.id;
      }
      if (id.system === recordSystem('patients') && (await repository.get(registry.db, ENTITIES.patients, id.value))) return id.value;
    }
    return undefined;
  }

  for (const service of CDS_SERVICES) {
    // the body is checked by the handler: the EHR's JWT first (401), then the request
    app.post(`/cds-services/${service.id}`, declare({
      access: EHR_JWT, tags, summary: `${service.hook}: ${service.title}`,
      description: `${service.description} The EHR signs a JWT (iss, aud = this URL, exp, iat, jti) with a key of its registered JWKS; a jti is accepted once.`,
      body: { schema: hookRequestSchema, checked: 'handler' }, openapi: { parameters: [lang] },
      responses: { 200: json({ type: 'object', properties: { cards: { type: 'array' } } }, 'Cards (summary ≤ 140 characters; indicator critical = contraindicated, warning = not recommended or needs information, info otherwise)'), 400: problem('Invalid request, with field paths'), 401: problem('No JWT, or refused: unknown issuer, bad signature, wrong audience, expired, jti replayed'), 412: problem('No prefetch.patient and no fhirServer') },
    }), async (request, reply) => {
      const actor = await authenticate(request, reply, `${base(request)}/cds-services/${service.id}`);
      if (!('kind' in actor)) return actor;
      const parsed = hookRequestSchema.safeParse(request.body, { reportInput: true });
      if (!parsed.success) return sendProblem(reply, validationProblem(parsed.error, 'invalid CDS Hooks request', 'body'), request.url);
      const body = parsed.data;
      if (body.hook !== service.hook) return sendProblem(reply, validationProblem(new z.ZodError([{ code: 'custom', path: ['hook'], message: `this service answers "${service.hook}"`, input: body.hook }]), 'invalid CDS Hooks request', 'body'), request.url);
      let patient = body.prefetch?.patient as Record<string, unknown> | null | undefined;
      if (!patient && body.fhirServer) {
        const res = await fetch(`${body.fhirServer.replace(/\/$/, '')}/Patient/${encodeURIComponent(body.context.patientId)}`, {
          headers: { accept: 'application/fhir+json', ...(body.fhirAuthorization ? { authorization: `Bearer ${body.fhirAuthorization.access_token}` } : {}) },
          signal: AbortSignal.timeout(5000),
        }).catch(() => undefined);
        if (res?.ok) patient = (await res.json()) as Record<string, unknown>;
      }
      if (!patient) {
        return reply.code(412).type('application/problem+json').send({ type: 'https://bonemet.dev/problems/prefetch', title: 'Precondition failed', status: 412, detail: 'send prefetch.patient (Patient/{{context.patientId}}) or a fhirServer bonemet can read it from', errors: [{ path: 'body.prefetch.patient', message: 'required when there is no fhirServer' }], instance: request.url });
      }
      const patientId = await registryPatient(patient);
      if (!patientId) return { cards: [] };
      const decisions = await registry.list(actor, 'decisions', { patientId, limit: 500 });
      const latest = decisions.items.at(-1);
      if (!latest) return { cards: [] };
      let options: OptionId[] | 'all' = 'all';
      if (service.hook !== 'patient-view') {
        const selected = new Set(body.context.selections ?? []);
        const orders = (body.context.draftOrders?.entry ?? []).map((e) => e.resource).filter((r) => service.hook === 'order-sign' || selected.has(`${String(r.resourceType)}/${String(r.id)}`));
        options = [...new Set(orders.map(optionOfOrder).filter((o): o is OptionId => o !== undefined))];
        if (options.length === 0) return { cards: [] };
      }
      const lang = langOf(request.headers['accept-language']);
      const recommendation = recommend(latest.facts, lang);
      const source = { label: 'bonemet guideline reasoning', url: `${base(request)}/` };
      return { cards: cardsFor(recommendation, options, lang, source, randomUUID) };
    });

    app.post(`/cds-services/${service.id}/feedback`, declare({
      access: EHR_JWT, tags, summary: `Feedback on ${service.id} cards (accepted / overridden), audited`,
      body: { schema: feedbackSchema, checked: 'handler' },
      responses: { 200: json({ type: 'object' }), 400: problem('Invalid feedback'), 401: problem('No JWT, or refused') },
    }), async (request, reply) => {
      const actor = await authenticate(request, reply, `${base(request)}/cds-services/${service.id}/feedback`);
      if (!('kind' in actor)) return actor;
      const parsed = feedbackSchema.safeParse(request.body, { reportInput: true });
      if (!parsed.success) return sendProblem(reply, validationProblem(parsed.error, 'invalid CDS Hooks feedback', 'body'), request.url);
      for (const item of parsed.data.feedback) {
        const reason = item.overrideReason?.reason?.code;
        await recordAudit(registry.db, { actor: actor.id, actorRole: 'cds-client', action: 'feedback', entity: `cds:${service.id}`, recordId: item.card, outcome: 'allowed', detail: `${item.outcome}${reason ? `:${reason.slice(0, 64)}` : ''}`, clientIp: request.ip, requestId: requestId(request, reply) });
      }
      return reply.code(200).send({});
    });
  }
};

