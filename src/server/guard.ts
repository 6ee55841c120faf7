import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError, badRequest, type Problem } from '../boundary/problem.js';
import type { Actor } from '../registry/access.js';
import { sql, type Database } from '../registry/db.js';
import type { EntityName } from '../registry/entities.js';
import { forbidden } from '../registry/problems.js';
import type { Registry } from '../registry/registry.js';
import {
  DEFAULT_SESSION_POLICY, DEFAULT_THROTTLE, resolveSession, type Origin, type SessionInfo, type SessionPolicy, type ThrottlePolicy,
} from '../trust/accounts.js';
import { recordAnonymousDenial, recordAudit, type AuditVerifyOptions } from '../trust/audit.js';
import { PseudonymIndex } from '../trust/pseudonyms.js';
import { Deidentifier } from '../trust/deidentify.js';
import type { UserActor } from '../trust/roles.js';
import { sendProblem } from './problem-reply.js';
import { PUBLIC, SIGNED_IN, declarationOf, type RouteAccess } from './route.js';
import { installSecurityHeaders } from './security.js';

/**
 * The guard: sign-in, roles and audit at the HTTP boundary (docs/security.md). The routes of
 * sessions, tokens, users and the audit check are in routes/session.ts, users.ts, audit.ts.
 * - who: a browser session cookie (HttpOnly, SameSite=Strict, Secure over TLS) or an API token
 *   (`Authorization: Bearer bmt_…`), both looked up in the database (the server keeps no state);
 * - may they: every route declares its access (route.ts; a route without one is refused at
 *   start-up), checked before the handler; denials answer 401 (no or dead session) or 403
 *   (role, CSRF) and are audited;
 * - what they see: researchers get de-identified records, pages and exports, and may use only
 *   pseudonyms as ids.
 * The registry gate behind the routes checks the same roles again (ROLE_POLICY) and audits
 * every read and write of patient data.
 */

export interface TrustOptions {
  /** Keys the researchers' pseudonyms and date offsets (src/trust/secret.ts). */
  secret: Buffer;
  sessions?: SessionPolicy;
  throttle?: ThrottlePolicy;
  /** Mark cookies Secure: always, never, or 'auto' — when the request came over https (TLS, or a trusted proxy's X-Forwarded-Proto). */
  secureCookies?: boolean | 'auto';
  /**
   * The server's public origins (`https://bonemet.example.org`): an `Origin` header equal to one of
   * them passes the CSRF check. Never derived from the request's Host header (which the client
   * writes: DNS rebinding). Without any, only the `X-Requested-With: bonemet` header passes.
   */
  publicOrigins?: readonly string[];
  /** Researchers' analyses show no group, count or summary of fewer patients than this (default 5). */
  minCellSize?: number;
  /** The audit key and checkpoint file `GET /api/audit/verify` checks the chain with (src/trust/audit.ts). */
  audit?: AuditVerifyOptions;
}

/** An origin as browsers send it (`scheme://host[:port]`, default port dropped), or undefined when `text` is not an http(s) origin. */
export function normaliseOrigin(text: string): string | undefined {
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

export const COOKIE = 'bonemet_session';
/** The cookie's name over https: the __Host- prefix binds it to this origin, Secure and Path=/. */
export const SECURE_COOKIE = `__Host-${COOKIE}`;
/** What a browser client sends on every state-changing request (or an Origin header equal to a configured public origin). */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_VALUE = 'bonemet';

/** The access of a request no route matched (its 404): the API and FHIR paths need a session, so unknown paths leak nothing. */
function unmatchedAccess(path: string): RouteAccess {
  return path.startsWith('/api/') || path === '/api' || path.startsWith('/fhir/') || path === '/fhir' ? SIGNED_IN : PUBLIC;
}

/** What the guard knows of a request (`request.auth`). */
export interface RequestAuth {
  requestId: string;
  session?: SessionInfo;
  via?: 'cookie' | 'token';
  rule?: RouteAccess;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the guard (guard.ts) on every request when trust is on; null without it. */
    auth: RequestAuth | null;
  }
}

/** The request's guard state, made on first use (resolveActor, the first hook, makes it). */
export const authOf = (request: FastifyRequest): RequestAuth => (request.auth ??= { requestId: randomUUID() });

export interface RequestActor extends Actor {
  origin: { ip: string; requestId: string };
}

const ANONYMOUS = 'anonymous';

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) cookies.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return cookies;
}

export function unauthorized(detail: string): Problem {
  return { type: 'https://bonemet.dev/problems/unauthorized', title: 'Unauthorized', status: 401, detail };
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const AUDIT_ACTION: Record<string, string> = { GET: 'read', HEAD: 'read', POST: 'create', PUT: 'update', PATCH: 'update', DELETE: 'delete' };
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const UUID_ANYWHERE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** List filters a researcher may not use: they would find a patient by what identifies them, or probe real dates. */
const RESEARCHER_BLOCKED_QUERY = ['code', 'from', 'to'];
const ID_FILTERS: Record<string, EntityName> = { patientId: 'patients', treatmentId: 'treatments', visitId: 'follow-up-visits', lesionId: 'lesions' };

export interface Trust {
  resolveActor(request: FastifyRequest): Promise<Actor>;
  /** The guard's hooks: security headers, access, researchers' input and views. Before any route. */
  install(app: FastifyInstance): void;
  deidentifier: Deidentifier;
  db: Database;
  /** The audit key and checkpoint file the chain is verified with (TrustOptions.audit). */
  audit: AuditVerifyOptions | undefined;
  sessions: SessionPolicy;
  throttle: ThrottlePolicy;
  /** Who and where from, for the audit of account changes. */
  originOf(request: FastifyRequest): Origin;
  /** Sets (or, with maxAge 0, clears) the session cookie. */
  setCookie(request: FastifyRequest, reply: FastifyReply, value: string, maxAge: number): void;
}

/** The trust layer over one registry (opened with ROLE_POLICY and the database audit). */
export function createTrust(registry: Registry, options: TrustOptions): Trust {
  const db = registry.db;
  const sessions = options.sessions ?? DEFAULT_SESSION_POLICY;
  const throttle = options.throttle ?? DEFAULT_THROTTLE;
  const deid = new Deidentifier(options.secret);
  const pads = deid.pseudonymPads();
  const pseudonyms = new PseudonymIndex(db, deid);
  const publicOrigins = new Set((options.publicOrigins ?? []).map((o) => {
    const origin = normaliseOrigin(o);
    if (!origin) throw new ProblemError(badRequest(`"${o}" is not a public origin (scheme://host[:port])`, [{ path: 'publicOrigins', message: 'expected http(s)://host[:port] with no path' }]));
    return origin;
  }));

  const secure = (request: FastifyRequest) => options.secureCookies === true || (options.secureCookies !== false && request.protocol === 'https');
  const originOf = (request: FastifyRequest): Origin => {
    const t = authOf(request);
    const user = t.session?.user;
    return { actor: user?.username ?? ANONYMOUS, actorRole: user?.role ?? null, clientIp: request.ip, requestId: t.requestId };
  };
  const setCookie = (request: FastifyRequest, reply: FastifyReply, value: string, maxAge: number) => {
    const https = secure(request);
    const attributes = [`Path=/`, 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAge}`, ...(https ? ['Secure'] : [])];
    reply.header('set-cookie', `${https ? SECURE_COOKIE : COOKIE}=${value}; ${attributes.join('; ')}`);
  };

  async function resolveActor(request: FastifyRequest): Promise<Actor> {
    const t = authOf(request);
    const auth = request.headers.authorization;
    if (typeof auth === 'string' && /^bearer\s+/i.test(auth)) {
      t.via = 'token';
      t.session = await resolveSession(db, auth.replace(/^bearer\s+/i, '').trim(), 'token', sessions);
    } else {
      const cookies = parseCookies(request.headers.cookie);
      const secret = cookies.get(SECURE_COOKIE) ?? cookies.get(COOKIE);
      if (secret) {
        t.via = 'cookie';
        t.session = await resolveSession(db, secret, 'cookie', sessions);
      }
    }
    const user = t.session?.user;
    const origin = { ip: request.ip, requestId: t.requestId };
    if (!user) return { id: ANONYMOUS, kind: 'user', roles: [], origin } as RequestActor;
    // researchers' lists come in pseudonym order: the real dates' order would show through
    return { id: user.username, kind: 'user', roles: [user.role], userId: user.id, origin, ...(user.role === 'researcher' ? { listOrder: pads } : {}) } as UserActor & RequestActor;
  }

  async function deny(request: FastifyRequest, reply: FastifyReply, problem: Problem, reason: string): Promise<FastifyReply> {
    const params = request.params as Record<string, string> | undefined;
    const route = request.routeOptions.url ?? request.url.split('?')[0]!;
    if (!authOf(request).session) {
      // no one to name: outside the chain, so floods of these do not take the chain's lock
      await recordAnonymousDenial(db, { method: request.method, route, recordId: params?.id ?? null, detail: reason, clientIp: request.ip, requestId: authOf(request).requestId });
    } else {
      await recordAudit(db, {
        ...originOf(request),
        action: AUDIT_ACTION[request.method] ?? request.method.toLowerCase(),
        entity: route,
        recordId: params?.id ?? null,
        outcome: 'denied',
        detail: reason,
      });
    }
    if (problem.status === 401) reply.header('www-authenticate', 'Bearer realm="bonemet"');
    return sendProblem(reply, problem, request.url.split('?')[0]);
  }

  /** The same-origin check for a state-changing request made with a cookie. */
  function passesCsrf(request: FastifyRequest): boolean {
    if (request.headers[CSRF_HEADER] === CSRF_VALUE) return true;
    const origin = request.headers.origin;
    return typeof origin === 'string' && publicOrigins.has(origin);
  }

  async function guard(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const t = authOf(request);
    reply.header('x-request-id', t.requestId);
    const path = request.url.split('?')[0]!;
    const rule = declarationOf(request)?.access ?? unmatchedAccess(path);
    t.rule = rule;
    const signingIn = request.routeOptions.url === '/api/session' && request.method === 'POST';
    if (UNSAFE.has(request.method) && (t.via === 'cookie' || signingIn) && !passesCsrf(request)) {
      return deny(request, reply, forbidden(`a state-changing request needs the header "X-Requested-With: ${CSRF_VALUE}" or an Origin header equal to a configured public origin`), 'csrf');
    }
    if (rule.access === 'public' || rule.access === 'ehr-jwt') return undefined;
    const user = t.session?.user;
    if (!user) return deny(request, reply, unauthorized(t.via ? 'the session has ended: sign in again' : 'sign in first (POST /api/session) or send an API token'), t.via ? 'session-ended' : 'no-session');
    if (rule.access === 'signed-in') return undefined;
    if (rule.access === 'admin') return user.role === 'admin' ? undefined : deny(request, reply, forbidden(`${user.username} (${user.role}) may not manage users`), 'role');
    if (user.role === 'clinician' || user.role === 'admin') return undefined;
    if (user.role === 'researcher' && !rule.write && rule.researcher) return undefined;
    return deny(request, reply, forbidden(`${user.username} (${user.role}) may not ${rule.write ? 'change' : 'see'} this`), 'role');
  }

  /** Finds the record whose pseudonym is `pseudonym` (researchers address records only by pseudonym). */
  async function realId(entity: EntityName, pseudonym: string): Promise<string> {
    return (await pseudonyms.realId(entity, pseudonym)) ?? NIL_UUID;
  }

  /** A researcher's ids and filters translated from pseudonyms; identifying filters refused. */
  async function translateResearcherInput(request: FastifyRequest): Promise<void> {
    const t = authOf(request);
    if (t.session?.user.role !== 'researcher' || t.rule?.access !== 'patient-data' || !t.rule.entity) return;
    const params = request.params as Record<string, string>;
    if ((t.rule.researcher === 'record' || t.rule.researcher === 'fhir') && params.id) params.id = await realId(t.rule.entity, params.id);
    if (t.rule.researcher === 'page') {
      const query = (request.query ?? {}) as Record<string, unknown>;
      const blocked = RESEARCHER_BLOCKED_QUERY.filter((k) => k in query);
      if (blocked.length) {
        throw new ProblemError(badRequest('filters not available in the de-identified view', blocked.map((k) => ({ path: `query.${k}`, message: 'not available to researchers (it would identify a patient or reveal a real date)' }))));
      }
      for (const [key, entity] of Object.entries(ID_FILTERS)) {
        if (typeof query[key] === 'string') query[key] = await realId(entity, query[key]);
      }
    }
  }

  /** The researcher's projection of an answer (JSON). */
  function projectJson(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
    const t = authOf(request);
    if (t.session?.user.role !== 'researcher' || t.rule?.access !== 'patient-data') return payload;
    if (reply.statusCode >= 400) {
      const problem = payload as Problem;
      return { ...problem, detail: String(problem.detail ?? '').replace(UUID_ANYWHERE, '(id)'), ...(problem.errors ? { errors: problem.errors.map((e) => ({ path: e.path, message: e.message.replace(UUID_ANYWHERE, '(id)') })) } : {}) };
    }
    const entity = t.rule.entity;
    if (t.rule.researcher === 'record' && entity) return deid.record(entity, payload as Record<string, unknown>);
    if (t.rule.researcher === 'page' && entity) {
      const page = payload as { items: Record<string, unknown>[] };
      return { ...page, items: page.items.map((item) => deid.record(entity, item)) };
    }
    if (t.rule.researcher === 'analysis' || t.rule.researcher === 'bulk') return payload;
    if (t.rule.researcher === 'fhir') {
      // the route de-identified the Bundle itself; refuse to send one that does not say so
      const security = (payload as { meta?: { security?: { code?: string }[] } }).meta?.security ?? [];
      if (security.some((label) => label.code === 'PSEUDED')) return payload;
    }
    throw new Error(`no de-identified view of ${request.routeOptions.url ?? request.url}`);
  }

  async function projectCsv(request: FastifyRequest, payload: unknown): Promise<unknown> {
    const t = authOf(request);
    if (t.session?.user.role !== 'researcher' || t.rule?.access !== 'patient-data' || t.rule.researcher !== 'export') return payload;
    if (typeof payload !== 'string') return payload;
    const header = payload.split('\n', 1)[0]!;
    if (!/(^|,)patient_code(,|$)/.test(header)) {
      if (header.includes('patient_code')) throw new Error('an export with an unexpected header: refused rather than sent identified');
      return payload.replace(UUID_ANYWHERE, '(id)');
    }
    const rows = await db.rows<{ id: string; code: string }>(sql`SELECT id::text AS id, code FROM patients WHERE deleted_at IS NULL`);
    const byCode = new Map(rows.map((r) => [r.code, r.id]));
    return deid.csv(payload, (code) => byCode.get(code));
  }

  function install(app: FastifyInstance): void {
    app.decorateRequest('auth', null);
    installSecurityHeaders(app);
    app.addHook('onRequest', guard);
    app.addHook('preHandler', async (request) => translateResearcherInput(request));
    app.addHook('preSerialization', async (request, reply, payload) => projectJson(request, reply, payload));
    app.addHook('onSend', async (request, _reply, payload) => projectCsv(request, payload));
  }

  return { resolveActor, install, deidentifier: deid, db, audit: options.audit, sessions, throttle, originOf, setCookie };
}
