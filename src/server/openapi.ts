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
import {
  chainReportSchema, issuedTokenSchema, sessionStateSchema, signedInSchema, signInSchema, tokenInfoSchema, tokenRequestSchema, userChangeSchema,
  userCreateSchema, userSchema,
} from '../trust/schemas.js';
import { COOKIE, CSRF_VALUE, SECURE_COOKIE } from './auth.js';

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
const body = (name: string, required = true) => ({ required, content: { 'application/json': { schema: ref(name) } } });
const list = (name: string) => ({ type: 'object', required: ['items'], properties: { items: { type: 'array', items: ref(name) } } });

/** Cookie-authenticated requests that change something must show they come from the workspace (server/auth.ts passesCsrf). */
const CSRF_RULE = `A POST, PUT, PATCH or DELETE authenticated by the session cookie — and every POST /api/session — must carry the header \`X-Requested-With: ${CSRF_VALUE}\` or an \`Origin\` header equal to the server's own origin; otherwise 403. Requests with a bearer token need neither.`;
const SESSION_COOKIE = 'sessionCookie';
const BEARER_TOKEN = 'bearerToken';

/** Sign-in, API tokens, users and the audit check (server/auth.ts; docs/security.md). */
function trustPaths(schemas: Record<string, JsonSchema>, paths: Record<string, unknown>, idParam: JsonSchema): void {
  schemas.SignInRequest = schemaOf(signInSchema);
  schemas.SignedIn = schemaOf(signedInSchema, 'output');
  schemas.SessionState = schemaOf(sessionStateSchema, 'output');
  schemas.TokenRequest = schemaOf(tokenRequestSchema);
  schemas.IssuedToken = schemaOf(issuedTokenSchema, 'output');
  schemas.TokenInfo = schemaOf(tokenInfoSchema, 'output');
  schemas.UserInput = schemaOf(userCreateSchema);
  schemas.UserChange = schemaOf(userChangeSchema);
  schemas.User = schemaOf(userSchema, 'output');
  schemas.AuditChainReport = schemaOf(chainReportSchema, 'output');
  const csrf = problem('CSRF: a cookie-authenticated change without `X-Requested-With` or a same-origin `Origin`');

  paths['/api/session'] = {
    post: {
      tags: ['session'], summary: 'Sign in: starts a new browser session (a new id every time) and sets its cookie',
      description: `The answer sets \`${COOKIE}\` (\`${SECURE_COOKIE}\` over https): HttpOnly, SameSite=Strict, Path=/. 5 failed sign-ins for one user name, or 20 from one address, within 15 minutes answer 429. ${CSRF_RULE}`,
      security: [],
      requestBody: body('SignInRequest'),
      responses: {
        200: { ...json(ref('SignedIn'), 'Signed in'), headers: { 'Set-Cookie': { description: 'The session cookie', schema: { type: 'string' } } } },
        400: problem('A field missing or not a text, or an unknown field'),
        401: problem('User name or password is wrong (the same answer for an unknown or disabled user)'),
        403: csrf,
        429: { ...problem('Too many failed sign-ins'), headers: { 'Retry-After': { description: 'Seconds until the next attempt is let through', schema: { type: 'integer' } } } },
      },
    },
    get: {
      tags: ['session'], summary: 'Who the request is signed in as (cookie or token)',
      responses: { 200: json(ref('SessionState')), 401: problem('Not signed in, or the session has ended') },
    },
    delete: {
      tags: ['session'], summary: 'Sign out: ends the browser session (if any) and clears the cookie',
      security: [{ [SESSION_COOKIE]: [] }, {}],
      responses: { 204: { description: 'Signed out (also when there was no session)' }, 403: csrf },
    },
  };
  paths['/api/tokens'] = {
    get: { tags: ['tokens'], summary: 'The caller’s live API tokens', responses: { 200: json(list('TokenInfo')) } },
    post: {
      tags: ['tokens'], summary: 'Issue an API token for the caller; the secret is in this answer only',
      description: 'Only from a signed-in browser session (a token cannot issue tokens: 403); `bonemet user token USER` issues one on the server machine.',
      security: [{ [SESSION_COOKIE]: [] }],
      requestBody: body('TokenRequest', false),
      responses: { 201: json(ref('IssuedToken'), 'Issued'), 400: problem('Invalid fields, with their paths') },
    },
  };
  paths['/api/tokens/{id}'] = {
    delete: { tags: ['tokens'], summary: 'Revoke one of the caller’s tokens', parameters: [idParam], responses: { 204: { description: 'Revoked' }, 404: problem('No such live token of the caller') } },
  };
  paths['/api/audit/verify'] = {
    get: { tags: ['audit'], summary: 'Verify the audit hash chain (admin)', responses: { 200: json(ref('AuditChainReport')) } },
  };
  paths['/api/users'] = {
    get: { tags: ['users'], summary: 'All users (admin)', responses: { 200: json(list('User')) } },
    post: {
      tags: ['users'], summary: 'Create a user (admin)',
      requestBody: body('UserInput'),
      responses: {
        201: { ...json(ref('User'), 'Created'), headers: { Location: { description: 'The new user’s URL', schema: { type: 'string' } } } },
        400: problem('Invalid fields, with their paths'),
        409: problem('The user name exists (names are compared case-insensitively)'),
      },
    },
  };
  paths['/api/users/{id}'] = {
    get: { tags: ['users'], summary: 'Read a user (admin)', parameters: [idParam], responses: { 200: json(ref('User')), 404: problem('Not found') } },
    patch: {
      tags: ['users'], summary: 'Change a user’s role, disabled state or password (admin); ends the user’s sessions and tokens',
      description: 'An admin cannot change their own role or disable themselves (400): another admin must.',
      parameters: [idParam],
      requestBody: body('UserChange'),
      responses: { 200: json(ref('User')), 400: problem('Invalid fields, or a change to the caller’s own role or disabled state'), 404: problem('Not found') },
    },
  };
}

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
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: {
          path: { type: 'string' },
          message: { type: 'string' },
          code: { type: 'string', description: 'What was wrong: a validation code (required, too_small, too_big, invalid_value …) or a registry rule (duplicate, future, before-birth)' },
          limit: { type: ['number', 'string'], description: 'The bound of too_small/too_big/future/before-birth' },
        },
      },
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
        responses: { 201: json(ref(model), 'Created'), 400: problem('Invalid fields, with their paths'), ...(name === 'patients' ? { 409: problem('Another live patient has this code (errors[0].path body.code)') } : {}) },
      },
    };
    paths[`/api/${name}/{id}`] = {
      get: { tags: [name], summary: `Read a ${def.singular}`, parameters: [idParam], responses: { 200: json(ref(model)), 404: problem('Not found') } },
      patch: {
        tags: [name], summary: `Change a ${def.singular} (optimistic concurrency: If-Match or version)`, parameters: [idParam, ifMatch],
        requestBody: { required: true, content: { 'application/json': { schema: ref(`${model}Patch`) } } },
        responses: { 200: json(ref(model)), 400: problem('Invalid fields'), 404: problem('Not found'), 409: problem(name === 'patients' ? 'Stale version, or another live patient has this code' : 'Stale version'), 428: problem('No version given') },
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
  trustPaths(schemas, paths, idParam);
  paths['/health'] = { get: { summary: 'Liveness and store kind', security: [], responses: { 200: json({ type: 'object' }) } } };
  paths['/openapi.json'] = { get: { summary: 'This document', security: [], responses: { 200: json({ type: 'object' }) } } };

  // every operation that needs a session or token can answer 401 and 403
  for (const item of Object.values(paths) as Record<string, { security?: Record<string, unknown>[]; responses: Record<string, unknown> }>[]) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation.security && (operation.security.length === 0 || operation.security.some((scheme) => Object.keys(scheme).length === 0))) continue; // open to anyone
      operation.responses[401] ??= problem('No session or token, or it has ended: sign in again');
      operation.responses[403] ??= problem(method === 'get' ? 'The caller’s role may not use this route' : 'The caller’s role may not use this route, or CSRF: a cookie-authenticated change without `X-Requested-With` or a same-origin `Origin`');
    }
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'bonemet registry API',
      version: VERSION,
      description: [
        'Registry, knowledge core and outcome statistics of bonemet. Errors are RFC 9457 problem JSON.',
        `Authentication: a browser session cookie from POST /api/session, or an API token (\`Authorization: Bearer bmt_…\`). Researchers get de-identified records; users and the audit check are for admins (docs/security.md).`,
        `CSRF: ${CSRF_RULE}`,
      ].join('\n\n'),
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    security: [{ [SESSION_COOKIE]: [] }, { [BEARER_TOKEN]: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        [SESSION_COOKIE]: {
          type: 'apiKey', in: 'cookie', name: COOKIE,
          description: `The browser session from POST /api/session (\`${SECURE_COOKIE}\` over https); by default it ends after 30 idle minutes or 12 hours in all. ${CSRF_RULE}`,
        },
        [BEARER_TOKEN]: { type: 'http', scheme: 'bearer', bearerFormat: 'bmt_…', description: 'An API token from POST /api/tokens or `bonemet user token USER`' },
      },
    },
  };
}
