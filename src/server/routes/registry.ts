import type { FastifyPluginAsync } from 'fastify';
import { ENTITIES, ENTITY_NAMES, MAX_VERSION, TREATMENT_DETAILS, patchSchema, recordSchema } from '../../registry/entities.js';
import { followUpQuerySchema, listQuerySchema } from '../../registry/query.js';
import type { Registry } from '../../registry/registry.js';
import type { EntityRecord } from '../../registry/repository.js';
import { hasTextFields, renderRecord } from '../../registry/rendered.js';
import { ProblemError, badRequest } from '../../boundary/problem.js';
import { json, pascal, problem, ref } from '../openapi.js';
import { declare, readsPatientData, writesPatientData } from '../route.js';
import { langOf, langQuery } from './knowledge.js';

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

const ifMatch = { name: 'If-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'The ETag (version) of the record as read' };
const treatmentDetails = Object.fromEntries(Object.entries(TREATMENT_DETAILS).map(([kind, schema]) => [`TreatmentDetails${pascal(kind)}`, { input: schema }]));

/**
 * REST for every registry entity, and the follow-up worklist. Each call names the request's
 * actor; the registry checks bodies and queries (its coded field errors), the routes declare them.
 * Stored results of the core are rendered in the language the request asks for (`?lang=`).
 */
export const registryRoutes: FastifyPluginAsync<Options> = async (app, { registry }) => {
  for (const name of ENTITY_NAMES) {
    const def = ENTITIES[name];
    const path = `/${name}`;
    const model = pascal(def.singular.replace(/ /g, '-'));
    const tags = [name];
    const models = { [model]: recordSchema(def), ...(name === 'treatments' ? treatmentDetails : {}) };
    const page = { type: 'object', properties: { items: { type: 'array', items: ref(model) }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } } };
    // entities that store results of the core take the language to render them in
    const lang = hasTextFields(name) ? { query: langQuery } : {};
    const rendered = (record: EntityRecord, query: unknown) => renderRecord(name, record, langOf(query));

    app.get(path, declare({
      access: readsPatientData(name, 'page'), tags, summary: `List ${name} (paged, filtered)`,
      query: { schema: listQuerySchema(def), checked: 'handler' }, models, responses: { 200: json(page), 400: problem('Invalid query') },
    }), async (request) => {
      const list = await registry.list(request.actor, name, request.query);
      // the registry has checked the query, its language included
      return { ...list, items: list.items.map((record) => rendered(record, request.query)) };
    });

    app.post(path, declare({
      access: writesPatientData(name), tags, summary: `Create a ${def.singular}: ${def.summary}`, ...lang,
      body: { schema: def.base, name: `${model}Input`, checked: 'handler' }, models,
      responses: { 201: json(ref(model), 'Created'), 400: problem('Invalid fields, with their paths'), ...(name === 'patients' ? { 409: problem('Another live patient has this code (errors[0].path body.code)') } : {}) },
    }), async (request, reply) => {
      const record = await registry.create(request.actor, name, request.body);
      return reply.code(201).header('location', `/api/${name}/${record.id}`).header('etag', `"${record.version}"`).send(rendered(record, request.query));
    });

    app.get<IdParams>(`${path}/:id`, declare({
      access: readsPatientData(name, 'record'), tags, summary: `Read a ${def.singular}`, ...lang, models, responses: { 200: json(ref(model)), 404: problem('Not found') },
    }), async (request, reply) => {
      const record = await registry.get(request.actor, name, request.params.id);
      return reply.header('etag', `"${record.version}"`).send(rendered(record, request.query));
    });

    app.patch<IdParams>(`${path}/:id`, declare({
      access: writesPatientData(name), tags, summary: `Change a ${def.singular} (optimistic concurrency: If-Match or version)`, ...lang,
      body: { schema: patchSchema(def), name: `${model}Patch`, checked: 'handler' }, models, openapi: { parameters: [ifMatch] },
      responses: { 200: json(ref(model)), 400: problem('Invalid fields'), 404: problem('Not found'), 409: problem(name === 'patients' ? 'Stale version, or another live patient has this code' : 'Stale version'), 428: problem('No version given') },
    }), async (request, reply) => {
      const record = await registry.update(request.actor, name, request.params.id, request.body ?? {}, ifMatchVersion(request.headers['if-match']));
      return reply.header('etag', `"${record.version}"`).send(rendered(record, request.query));
    });

    app.delete<IdParams>(`${path}/:id`, declare({
      access: writesPatientData(name), tags, summary: `Soft-delete a ${def.singular}`, openapi: { parameters: [ifMatch] },
      responses: { 204: { description: 'Deleted' }, 404: problem('Not found'), 409: problem('Stale version') },
    }), async (request, reply) => {
      await registry.remove(request.actor, name, request.params.id, ifMatchVersion(request.headers['if-match']));
      return reply.code(204).send();
    });
  }

  app.get('/follow-up/due', declare({
    access: readsPatientData(), tags: ['follow-up'], summary: 'Scheduled follow-up visits due, overdue or upcoming on a day',
    query: { schema: followUpQuerySchema, checked: 'handler' }, responses: { 200: json({ type: 'object' }), 400: problem('Invalid query') },
  }), async (request) => registry.followUp(request.actor, request.query));
};
