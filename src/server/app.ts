import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { LOCAL_ACTOR, type Actor } from '../registry/access.js';
import type { Registry } from '../registry/registry.js';
import { openApiDocument } from './openapi.js';
import { errorHandler, notFoundHandler } from './problem-reply.js';
import { cohortRoutes } from './routes/cohort.js';
import { knowledgeRoutes } from './routes/knowledge.js';
import { registryRoutes } from './routes/registry.js';
import { webPlugin } from './web.js';
import { VERSION } from '../version.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

export interface AppOptions {
  registry: Registry;
  /** Who a request acts as. Issue 6 resolves the signed-in user here; today the local actor. */
  resolveActor?: (request: FastifyRequest) => Actor | Promise<Actor>;
  logger?: boolean;
  /** Largest accepted body, bytes (CSV imports can be large). */
  bodyLimit?: number;
}

/**
 * The HTTP shell: parse, validate with the registry's zod schemas, call the registry or the
 * knowledge core, render JSON. It keeps no state of its own, so several instances can serve one
 * PostgreSQL.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? 64 * 1024 * 1024 });
  const resolveActor = options.resolveActor ?? (() => LOCAL_ACTOR);
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request) => {
    request.actor = await resolveActor(request);
  });
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  app.get('/health', async () => ({ status: 'ok', version: VERSION, store: options.registry.db.kind }));
  const openapi = openApiDocument();
  app.get('/openapi.json', async () => openapi);
  await app.register(knowledgeRoutes, { prefix: '/api' });
  await app.register(registryRoutes, { prefix: '/api', registry: options.registry });
  await app.register(cohortRoutes, { prefix: '/api', registry: options.registry });
  await app.register(webPlugin);
  return app;
}
