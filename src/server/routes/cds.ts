import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { z } from 'zod';
import { CDS_SERVICES, cardsFor, langOf, noFactsCard, orderCards, recordCard, unreadCard, type CardContext } from '../../interop/cds/cards.js';
import {
  CDS_PREFETCH, PREFETCH_KEYS, factsFromFhir, isOutcome, mergeFacts, openQuestions, requiredPrefetch, resourcesOf, unreadFacts, usableFacts, type PrefetchKey, type UnreadReason,
} from '../../interop/cds/facts.js';
import { renderRulesDocs } from '../../cli/render/rules-docs.js';
import { recordSystem } from '../../interop/fhir/export.js';
import { recommendFromFacts } from '../../knowledge/rules/index.js';
import type { Actor } from '../../registry/access.js';
import { sql } from '../../registry/db.js';
import { findByIdentifier } from '../../registry/fhir-store.js';
import type { Registry } from '../../registry/registry.js';
import { repository } from '../../registry/repository.js';
import { ENTITIES } from '../../registry/entities.js';
import { recordAudit } from '../../trust/audit.js';
import { SID_PATIENT_CODE } from '../../interop/fhir/codes.js';
import { sendProblem } from '../problem-reply.js';
import { json, problem, schemaOf } from '../openapi.js';
import { discoverySchema, feedbackRequestSchema, serviceResponseSchema } from '../../interop/cds/spec.js';
import { EHR_JWT, PUBLIC, declare } from '../route.js';
import { validationProblem } from '../../boundary/problem.js';

/** An EHR registered to call bonemet's CDS services: its issuer and the keys it signs with. */
export interface CdsClient {
  iss: string;
  jwks: JSONWebKeySet;
  /**
   * FHIR server base URLs bonemet may read this client's missing prefetch from (the hook's
   * `fhirServer` must equal one of them or lie under it). None: bonemet never fetches for this client.
   */
  fhirServers?: string[];
}

export interface CdsOptions {
  clients: CdsClient[];
  /** The public origin (the JWT audience is `<base>/cds-services/<id>`, links go to `<base>/patients/<id>/decision`); else from the request. */
  baseUrl?: string;
  /** Where the rule documentation is published (card.source.url); default `<base>/cds-services/rules`, served by this server. */
  rulesUrl?: string;
}

/** The path of the rule documentation this server serves (docs/rules.md, from the running rule catalogue). */
export const RULES_PATH = '/cds-services/rules';

/** Limits of a read from an EHR's FHIR server: time per request and bytes per answer. */
export const EHR_FETCH_LIMITS = { timeoutMs: 5000, maxBytes: 4 * 1024 * 1024 } as const;

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
    patientId: z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/, 'a FHIR id: letters, digits, - and ., at most 64').refine((id) => !/^\.+$/.test(id), 'a FHIR id, not dots only'),
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
    acceptedSuggestions: z.array(z.object({ id: z.string().min(1) }).loose()).max(20).optional(),
    overrideReason: z.object({ reason: z.object({ code: z.string().optional() }).loose().optional(), userComment: z.string().optional() }).loose().optional(),
  }).loose()).min(1).max(100),
}).loose();

/** The hook's fhirServer is one registered for the client, or under one (same origin, path prefix at a '/'). */
export function allowedServer(client: CdsClient, server: string): boolean {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash || (url.protocol !== 'https:' && url.protocol !== 'http:')) return false;
  const target = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return (client.fhirServers ?? []).some((registered) => {
    const r = new URL(registered);
    const prefix = `${r.origin}${r.pathname.replace(/\/+$/, '')}`;
    return target === prefix || target.startsWith(`${prefix}/`);
  });
}

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

  let rulesDoc: string | undefined;
  app.get(RULES_PATH, declare({
    access: PUBLIC, tags, summary: 'The rule documentation the cards cite (card.source.url): docs/rules.md of this version, as Markdown text',
    responses: { 200: { description: 'docs/rules.md', content: { 'text/plain': { schema: { type: 'string' } } } } },
  }), async (_request, reply) => reply.type('text/plain; charset=utf-8').send((rulesDoc ??= renderRulesDocs())));

  app.get('/cds-services', declare({
    access: PUBLIC, tags, summary: 'CDS Hooks discovery: the services, their hooks and prefetch templates',
    responses: { 200: json(schemaOf(discoverySchema, 'output')) },
  }), async () => ({
    services: CDS_SERVICES.map((s) => ({ ...s, prefetch: { ...CDS_PREFETCH } })),
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

  /**
   * One prefetch template read from the EHR's FHIR server: only a server registered for this
   * client, no redirects, a time limit and a size limit. Undefined when it cannot be had.
   */
  async function readFromEhr(client: CdsClient, server: string, token: string | undefined, relative: string, log: FastifyRequest['log']): Promise<unknown> {
    const base = server.replace(/\/+$/, '');
    if (!allowedServer(client, base)) return undefined;
    try {
      const res = await fetch(`${base}/${relative}`, {
        headers: { accept: 'application/fhir+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        redirect: 'error',
        signal: AbortSignal.timeout(EHR_FETCH_LIMITS.timeoutMs),
      });
      if (res.status === 404 && relative.startsWith('Patient/')) return null;
      if (!res.ok || !/json/.test(res.headers.get('content-type') ?? '')) return undefined;
      const length = Number(res.headers.get('content-length') ?? '0');
      if (length > EHR_FETCH_LIMITS.maxBytes) return undefined;
      const reader = res.body?.getReader();
      if (!reader) return undefined;
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > EHR_FETCH_LIMITS.maxBytes) {
          await reader.cancel();
          return undefined;
        }
        chunks.push(value);
      }
      return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    } catch (error) {
      log.warn({ err: error, server: base }, 'CDS: reading the EHR FHIR server failed');
      return undefined;
    }
  }

  for (const service of CDS_SERVICES) {
    // the body is checked by the handler: the EHR's JWT first (401), then the request
    app.post(`/cds-services/${service.id}`, declare({
      access: EHR_JWT, tags, summary: `${service.hook}: ${service.title}`,
      description: `${service.description} The EHR signs a JWT (iss, aud = this URL, exp, iat, jti) with a key of its registered JWKS; a jti is accepted once. A prefetch key left out (or an OperationOutcome) was not fetched: bonemet reads it from \`fhirServer\` with \`fhirAuthorization\` when that server is registered for the client. Only \`patient\` (and \`conditions\` for a patient not in bonemet's registry) is required: without it, 412; any other key that cannot be had is named on a warning card, and an order check that needs it says it could not be done. A value in a unit bonemet does not read, or implausible, is not used and shown on a warning card.`,
      body: { schema: hookRequestSchema, checked: 'handler' }, openapi: { parameters: [lang] },
      responses: {
        200: json(schemaOf(serviceResponseSchema, 'output'), 'Cards (summary < 140 characters; indicator critical = contraindicated, warning = not recommended or needs information, info otherwise; suggestions: the renal dose of a bone-modifying agent, removal of a contraindicated order; links: the decision page)'),
        400: problem('Invalid request, with field paths'), 401: problem('No JWT, or refused: unknown issuer, bad signature, wrong audience, expired, jti replayed'),
        412: problem('A required prefetch key (patient; conditions for a patient not in the registry) is missing and cannot be read: no fhirServer, a fhirServer not registered for the client, or no usable answer (error, redirect, time or size limit)'),
      },
    }), async (request, reply) => {
      const actor = await authenticate(request, reply, `${base(request)}/cds-services/${service.id}`);
      if (!('kind' in actor)) return actor;
      const client = cds!.clients.find((c) => `cds:${c.iss}` === actor.id)!;
      const parsed = hookRequestSchema.safeParse(request.body, { reportInput: true });
      if (!parsed.success) return sendProblem(reply, validationProblem(parsed.error, 'invalid CDS Hooks request', 'body'), request.url);
      const body = parsed.data;
      if (body.hook !== service.hook) return sendProblem(reply, validationProblem(new z.ZodError([{ code: 'custom', path: ['hook'], message: `this service answers "${service.hook}"`, input: body.hook }]), 'invalid CDS Hooks request', 'body'), request.url);

      // CDS Hooks 2.0: a key present (even null) was fetched; a missing key, or an OperationOutcome, was not
      const prefetch: Partial<Record<PrefetchKey, unknown>> = {};
      const missing: PrefetchKey[] = [];
      await Promise.all(PREFETCH_KEYS.map(async (key) => {
        const given = body.prefetch && key in body.prefetch && !isOutcome(body.prefetch[key]) ? body.prefetch[key] : undefined;
        if (given !== undefined) {
          prefetch[key] = given;
          return;
        }
        const fetched = body.fhirServer
          ? await readFromEhr(client, body.fhirServer, body.fhirAuthorization?.access_token, CDS_PREFETCH[key].replaceAll('{{context.patientId}}', encodeURIComponent(body.context.patientId)), request.log)
          : undefined;
        if (fetched === undefined || isOutcome(fetched)) missing.push(key);
        else prefetch[key] = fetched;
      }));
      missing.sort((a, b) => PREFETCH_KEYS.indexOf(a) - PREFETCH_KEYS.indexOf(b));
      const reason: UnreadReason = !body.fhirServer ? 'no-fhir-server' : !allowedServer(client, body.fhirServer.replace(/\/+$/, '')) ? 'server-not-registered' : 'no-answer';
      const precondition = (keys: PrefetchKey[]) => {
        const why = { 'no-fhir-server': 'no fhirServer was given', 'server-not-registered': 'the fhirServer is not registered for this client', 'no-answer': 'the fhirServer did not answer' }[reason];
        return reply.code(412).type('application/problem+json').send({
          type: 'https://bonemet.dev/problems/prefetch', title: 'Precondition failed', status: 412,
          detail: `bonemet needs ${keys.map((k) => `prefetch.${k} (${CDS_PREFETCH[k]})`).join(', ')}: not in the prefetch and ${why}`,
          errors: keys.map((k) => ({ path: `body.prefetch.${k}`, message: `required: ${CDS_PREFETCH[k]} (null when there is nothing)` })),
          instance: request.url,
        });
      };
      // only the data no answer can do without is required; the rest is read when it can be, and the answer says what was not
      if (missing.includes('patient')) return precondition(missing.filter((k) => requiredPrefetch(false).includes(k)));
      const patient = resourcesOf(prefetch.patient).find((r) => r.resourceType === 'Patient');
      const patientId = patient ? await registryPatient(patient) : undefined;
      const required = missing.filter((k) => requiredPrefetch(patientId !== undefined).includes(k));
      if (required.length) return precondition(required);
      const unread = missing.map((key) => ({ key, reason }));
      const latest = patientId ? (await registry.list(actor, 'decisions', { patientId, limit: 500 })).items.at(-1) : undefined;
      const ehr = factsFromFhir(prefetch, new Date().toISOString().slice(0, 10));
      // bonemet speaks only of patients with bone metastases: on the EHR's record or in its registry
      if ((!ehr.boneMetastasis && !patientId) || ehr.deceased) return { cards: [] };
      const lang = langOf(request.headers['accept-language']);
      const ctx: CardContext = {
        lang, uuid: randomUUID, rulesUrl: cds?.rulesUrl ?? `${base(request)}${RULES_PATH}`,
        ...(patientId ? { decisionUrl: `${base(request)}/patients/${encodeURIComponent(patientId)}/decision` } : {}),
      };
      const usable = usableFacts(mergeFacts(latest?.facts as Record<string, unknown> | undefined, ehr.facts));
      const questions = [...openQuestions(ehr.questions, usable.facts), ...usable.questions];
      if (!usable.facts) return { cards: [...unreadCard(unread, ctx), ...noFactsCard(questions, ctx)] };
      const recommendation = recommendFromFacts(usable.facts);
      let cards;
      if (service.hook === 'patient-view') cards = cardsFor(recommendation, 'all', ctx);
      else {
        const selected = new Set(body.context.selections ?? []);
        const orders = (body.context.draftOrders?.entry ?? []).map((e) => e.resource).filter((r) => service.hook === 'order-sign' || selected.has(`${String(r.resourceType)}/${String(r.id)}`));
        cards = orderCards(recommendation, usable.facts, orders, ctx, unreadFacts(unread));
        if (cards.length === 0) return { cards: [] };
      }
      return { cards: [...unreadCard(unread, ctx), ...recordCard(questions, ehr.read, service.hook === 'patient-view', ctx), ...cards] };
    });

    app.post(`/cds-services/${service.id}/feedback`, declare({
      access: EHR_JWT, tags, summary: `Feedback on ${service.id} cards (accepted with the suggestion ids / overridden with the reason code), audited`,
      // documented as CDS Hooks 2.0 specifies it; the handler accepts it more leniently (feedbackSchema)
      body: { schema: feedbackRequestSchema, checked: 'handler' },
      responses: { 200: json({ type: 'object' }), 400: problem('Invalid feedback'), 401: problem('No JWT, or refused') },
    }), async (request, reply) => {
      const actor = await authenticate(request, reply, `${base(request)}/cds-services/${service.id}/feedback`);
      if (!('kind' in actor)) return actor;
      const parsed = feedbackSchema.safeParse(request.body, { reportInput: true });
      if (!parsed.success) return sendProblem(reply, validationProblem(parsed.error, 'invalid CDS Hooks feedback', 'body'), request.url);
      for (const item of parsed.data.feedback) {
        const reason = item.overrideReason?.reason?.code;
        const accepted = (item.acceptedSuggestions ?? []).map((a) => a.id.slice(0, 64));
        const detail = item.outcome === 'accepted' ? `accepted${accepted.length ? `:${accepted.join(',')}` : ''}` : `overridden${reason ? `:${reason.slice(0, 64)}` : ''}`;
        await recordAudit(registry.db, { actor: actor.id, actorRole: 'cds-client', action: 'feedback', entity: `cds:${service.id}`, recordId: item.card, outcome: 'allowed', detail: detail.slice(0, 400), clientIp: request.ip, requestId: requestId(request, reply) });
      }
      return reply.code(200).send({});
    });
  }
};

