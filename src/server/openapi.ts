import { z } from 'zod';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../knowledge/instruments/index.js';
import { patientFactsSchema } from '../knowledge/facts/index.js';
import { ENTITIES, ENTITY_NAMES, TREATMENT_DETAILS, patchSchema, recordSchema } from '../registry/entities.js';
import { followUpQuerySchema, listQuerySchema } from '../registry/query.js';
import { VERSION } from '../version.js';
import { langQuery } from './routes/knowledge.js';
import { exportQuerySchema } from './routes/cohort.js';
import { cohortAnalysisSchema } from '../registry/cohort.js';
import { IMPORT_COLUMNS } from '../registry/import.js';

type JsonSchema = Record<string, unknown>;

/** JSON Schema 2020-12 (the dialect of OpenAPI 3.1) of what a client sends or receives. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return json;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const json = (schema: JsonSchema, description = 'OK') => ({ description, content: { 'application/json': { schema } } });

function queryParameters(schema: z.ZodObject): unknown[] {
  return Object.entries(schema.shape).map(([name, field]) => ({ name, in: 'query', required: false, schema: schemaOf(field as z.ZodType) }));
}

const PROBLEM: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      description: 'One entry per invalid field, with its path (body.details.levels[0].level)',
      items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } },
    },
    currentVersion: { type: 'integer', description: '409 only: the version now stored' },
  },
};

/** The OpenAPI 3.1 document, generated from the zod schemas the routes validate with. */
export function openApiDocument(): JsonSchema {
  const schemas: Record<string, JsonSchema> = { Problem: PROBLEM };
  const paths: Record<string, unknown> = {};
  const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
  const ifMatch = { name: 'If-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'The ETag (version) of the record as read' };

  for (const name of ENTITY_NAMES) {
    const def = ENTITIES[name];
    const model = pascal(def.singular.replace(/ /g, '-'));
    schemas[`${model}Input`] = schemaOf(def.base);
    schemas[`${model}Patch`] = schemaOf(patchSchema(def));
    schemas[model] = schemaOf(recordSchema(def), 'output');
    const page = { type: 'object', properties: { items: { type: 'array', items: ref(model) }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } } };
    paths[`/api/${name}`] = {
      get: { tags: [name], summary: `List ${name} (paged, filtered)`, parameters: queryParameters(listQuerySchema(def)), responses: { 200: json(page), 400: problem('Invalid query') } },
      post: {
        tags: [name], summary: `Create a ${def.singular}: ${def.summary}`,
        requestBody: { required: true, content: { 'application/json': { schema: ref(`${model}Input`) } } },
        responses: { 201: json(ref(model), 'Created'), 400: problem('Invalid fields, with their paths') },
      },
    };
    paths[`/api/${name}/{id}`] = {
      get: { tags: [name], summary: `Read a ${def.singular}`, parameters: [idParam], responses: { 200: json(ref(model)), 404: problem('Not found') } },
      patch: {
        tags: [name], summary: `Change a ${def.singular} (optimistic concurrency: If-Match or version)`, parameters: [idParam, ifMatch],
        requestBody: { required: true, content: { 'application/json': { schema: ref(`${model}Patch`) } } },
        responses: { 200: json(ref(model)), 400: problem('Invalid fields'), 404: problem('Not found'), 409: problem('Stale version'), 428: problem('No version given') },
      },
      delete: { tags: [name], summary: `Soft-delete a ${def.singular}`, parameters: [idParam, ifMatch], responses: { 204: { description: 'Deleted' }, 404: problem('Not found'), 409: problem('Stale version') } },
    };
  }
  for (const [kind, schema] of Object.entries(TREATMENT_DETAILS)) schemas[`TreatmentDetails${pascal(kind)}`] = schemaOf(schema);

  paths['/api/follow-up/due'] = {
    get: { tags: ['follow-up'], summary: 'Scheduled follow-up visits due, overdue or upcoming on a day', parameters: queryParameters(followUpQuerySchema), responses: { 200: json({ type: 'object' }), 400: problem('Invalid query') } },
  };

  const langParams = queryParameters(langQuery);
  paths['/api/score'] = { get: { tags: ['knowledge'], summary: 'The instruments', parameters: langParams, responses: { 200: json({ type: 'array' }) } } };
  for (const id of INSTRUMENT_IDS) {
    const instrument = INSTRUMENTS[id] as unknown as { schema: z.ZodType; summary: { en: string } };
    schemas[`Score${pascal(id)}Input`] = schemaOf(instrument.schema);
    paths[`/api/score/${id}`] = {
      post: {
        tags: ['knowledge'], summary: instrument.summary.en, parameters: langParams,
        requestBody: { required: true, content: { 'application/json': { schema: ref(`Score${pascal(id)}Input`) } } },
        responses: { 200: json({ type: 'object' }, 'The instrument result'), 400: problem('Invalid input, with field paths') },
      },
    };
  }
  schemas.PatientFacts = schemaOf(patientFactsSchema);
  paths['/api/recommend'] = {
    post: {
      tags: ['knowledge'], summary: 'A sourced verdict on every treatment option from one patient’s facts', parameters: langParams,
      requestBody: { required: true, content: { 'application/json': { schema: ref('PatientFacts') } } },
      responses: { 200: json({ type: 'object' }, 'Options, missing facts and a computed plan'), 400: problem('Invalid facts, with field paths') },
    },
  };
  schemas.CohortAnalysisRequest = schemaOf(cohortAnalysisSchema);
  paths['/api/cohorts/analysis'] = {
    post: {
      tags: ['cohorts'], summary: 'Baseline table with tests, outcomes over time, Kaplan–Meier with log-rank and Cox regression of a cohort',
      requestBody: { required: true, content: { 'application/json': { schema: ref('CohortAnalysisRequest') } } },
      responses: { 200: json({ type: 'object' }, 'The analysis (numbers from src/stats)'), 400: problem('Invalid cohort definition') },
    },
  };
  paths['/api/import'] = {
    post: {
      tags: ['cohorts'],
      summary: `Import a cohort CSV (one row per record; reserved columns ${Object.keys(IMPORT_COLUMNS).join(', ')}; every other column a field). All or nothing: every bad row is reported.`,
      requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string' } } } },
      responses: { 201: json({ type: 'object' }, 'Rows imported per entity'), 400: problem('Bad rows, each as row N.field') },
    },
  };
  paths['/api/export/{file}'] = {
    get: {
      tags: ['cohorts'], summary: 'Tidy observations, the cohort dataset (SPSS, R) or the data dictionary, as CSV',
      parameters: [{ name: 'file', in: 'path', required: true, schema: { type: 'string', enum: ['observations.csv', 'cohort.csv', 'data-dictionary.csv'] } }, ...queryParameters(exportQuerySchema)],
      responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, 404: problem('No such export') },
    },
  };
  paths['/health'] = { get: { summary: 'Liveness and store kind', responses: { 200: json({ type: 'object' }) } } };
  paths['/openapi.json'] = { get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } } };

  return {
    openapi: '3.1.0',
    info: { title: 'bonemet registry API', version: VERSION, description: 'Registry, knowledge core and outcome statistics of bonemet. Errors are RFC 9457 problem JSON.' },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas },
  };
}
