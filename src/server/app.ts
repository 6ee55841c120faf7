import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { ProblemError, badRequest } from '../boundary/problem.js';
import { textErrors } from '../boundary/text.js';
import { LOCAL_ACTOR, type Actor } from '../registry/access.js';
import type { Registry } from '../registry/registry.js';
import { createTrust, type TrustOptions } from './guard.js';
import { json, openApiDocument } from './openapi.js';
import { PUBLIC, declare, declaredRoutes, installDeclaredRoutes } from './route.js';
import { auditRoutes } from './routes/audit.js';
import { sessionRoutes } from './routes/session.js';
import { userRoutes } from './routes/users.js';
import { errorHandler, notFoundHandler } from './problem-reply.js';
import { cohortRoutes } from './routes/cohort.js';
import { fhirRoutes } from './routes/fhir.js';
import { cdsRoutes, type CdsOptions } from './routes/cds.js';
import { knowledgeRoutes } from './routes/knowledge.js';
import { decisionPlanRoutes } from './routes/decision-plan.js';
import type { QuestionnaireText } from '../knowledge/instruments/index.js';
import { registryRoutes } from './routes/registry.js';
import { webPlugin } from './web.js';
import { VERSION } from '../version.js';
import { serverLogOptions } from './log.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

/** The largest body of any route but the CSV import: 1 MiB (a patient record, facts to recommend from, a cohort definition). */
export const API_BODY_LIMIT = 1024 * 1024;
/** The largest CSV import body by default: 64 MiB. */
export const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

export interface AppOptions {
  registry: Registry;
  /** Who a request acts as, without `trust`: the local actor unless given. */
  resolveActor?: (request: FastifyRequest) => Actor | Promise<Actor>;
  /**
   * Sign-in, roles, CSRF, security headers, de-identified views and audited denials (server/guard.ts).
   * `bonemet serve` always sets it; without it every request is the local actor (tests, embedding).
   */
  trust?: TrustOptions;
  /** Believe X-Forwarded-For/-Proto/-Host from a reverse proxy (client IP in the audit, https for cookies). */
  trustProxy?: boolean;
  /** The structured log (server/log.ts): true for the default on stdout, or its options; off when absent. */
  logger?: boolean | ReturnType<typeof serverLogOptions>;
  /** CDS Hooks: the EHR clients allowed to call the services (their issuer and JWKS). */
  cds?: CdsOptions;
  /** Largest accepted body of a CSV import (POST /api/import), bytes; default IMPORT_BODY_LIMIT. Every other route: API_BODY_LIMIT. */
  bodyLimit?: number;
  /** A site's licensed ODI/RMDQ wording (BONEMET_QUESTIONNAIRE_TEXT), served at GET /api/questionnaire-text. */
  questionnaireText?: QuestionnaireText;
}

/**
 * The HTTP shell: parse, validate with the registry's zod schemas, call the registry or the
 * knowledge core, render JSON. It keeps no state of its own, so several instances can serve one
 * PostgreSQL.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  // 1 MiB for every route (413 beyond); the CSV import declares its own, larger limit in its route options
  const app = Fastify({
    logger: options.logger === true ? serverLogOptions() : (options.logger ?? false),
    genReqId: () => randomUUID(),
    bodyLimit: API_BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
  });
  const trust = options.trust ? createTrust(options.registry, options.trust) : undefined;
  const resolveActor = trust?.resolveActor ?? options.resolveActor ?? (() => LOCAL_ACTOR);
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request) => {
    request.actor = await resolveActor(request);
  });
  // text no store can keep (a NUL) anywhere in the path, query or body: 400 naming the field, before any handler
  app.addHook('preValidation', async (request) => {
    // (a text body is a CSV import: importCohortCsv checks it cell by cell, naming row and column)
    const errors = [...textErrors(request.params, 'params'), ...textErrors(request.query, 'query'), ...(typeof request.body === 'string' ? [] : textErrors(request.body, 'body'))];
    if (errors.length) throw new ProblemError(badRequest('text that cannot be stored', errors));
  });
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  if (trust) trust.install(app);
  // every route from here on declares itself (route.ts): no access rule, no start-up
  installDeclaredRoutes(app);

  app.get('/health', declare({ access: PUBLIC, summary: 'Liveness and store kind', responses: { 200: json({ type: 'object' }) } }), async () => ({ status: 'ok', version: VERSION, store: options.registry.db.kind }));
  let openapi: unknown;
  app.get('/openapi.json', declare({ access: PUBLIC, summary: 'This document', responses: { 200: json({ type: 'object' }) } }), async () => (openapi ??= openApiDocument(declaredRoutes(app))));
  if (trust) {
    await app.register(sessionRoutes, { prefix: '/api', trust });
    await app.register(userRoutes, { prefix: '/api', trust });
    await app.register(auditRoutes, { prefix: '/api', trust });
  }
  await app.register(knowledgeRoutes, { prefix: '/api', ...(options.questionnaireText ? { questionnaireText: options.questionnaireText } : {}) });
  await app.register(registryRoutes, { prefix: '/api', registry: options.registry });
  await app.register(decisionPlanRoutes, { prefix: '/api', registry: options.registry });
  await app.register(cohortRoutes, { prefix: '/api', registry: options.registry, importBodyLimit: options.bodyLimit ?? IMPORT_BODY_LIMIT, ...(options.trust?.minCellSize ? { minCellSize: options.trust.minCellSize } : {}) });
  await app.register(fhirRoutes, { prefix: '/fhir', registry: options.registry, ...(trust ? { deidentifier: trust.deidentifier } : {}) });
  await app.register(cdsRoutes, { registry: options.registry, ...(options.cds ? { cds: options.cds } : {}) });
  await app.register(webPlugin);
  return app;
}
