import type { FastifyPluginAsync } from 'fastify';
import { ENTITY_NAMES, MAX_VERSION } from '../../registry/entities.js';
import type { Registry } from '../../registry/registry.js';
import { ProblemError, badRequest } from '../../boundary/problem.js';

interface Options {
  registry: Registry;
}

/** If-Match as a record version: `"3"`, `W/"3"` or `3` (the ETag of a read). */
export function ifMatchVersion(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const text = (Array.isArray(header) ? header[0]! : header).trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  const version = Number(text);
  if (!Number.isInteger(version) || version < 1 || version > MAX_VERSION) {
    throw new ProblemError(badRequest('invalid If-Match', [{ path: 'header.if-match', message: `"${text.slice(0, 40)}" is not a record version (1–${MAX_VERSION}); send the ETag of the record you read` }]));
  }
  return version;
}

type IdParams = { Params: { id: string } };

/** REST for every registry entity, and the follow-up worklist. Each call names the request's actor. */
export const registryRoutes: FastifyPluginAsync<Options> = async (app, { registry }) => {
  for (const name of ENTITY_NAMES) {
    const path = `/${name}`;
    app.get(path, async (request) => registry.list(request.actor, name, request.query));
    app.post(path, async (request, reply) => {
      const record = await registry.create(request.actor, name, request.body);
      return reply.code(201).header('location', `/api/${name}/${record.id}`).header('etag', `"${record.version}"`).send(record);
    });
    app.get<IdParams>(`${path}/:id`, async (request, reply) => {
      const record = await registry.get(request.actor, name, request.params.id);
      return reply.header('etag', `"${record.version}"`).send(record);
    });
    app.patch<IdParams>(`${path}/:id`, async (request, reply) => {
      const record = await registry.update(request.actor, name, request.params.id, request.body ?? {}, ifMatchVersion(request.headers['if-match']));
      return reply.header('etag', `"${record.version}"`).send(record);
    });
    app.delete<IdParams>(`${path}/:id`, async (request, reply) => {
      await registry.remove(request.actor, name, request.params.id, ifMatchVersion(request.headers['if-match']));
      return reply.code(204).send();
    });
  }
  app.get('/follow-up/due', async (request) => registry.followUp(request.actor, request.query));
};
