import { z } from 'zod';
import { VERSION } from '../version.js';
import { COOKIE, CSRF_VALUE, SECURE_COOKIE } from './guard.js';
import { inputOf, type DeclaredRoute, type JsonSchema } from './route.js';

/** JSON Schema 2020-12 (the dialect of OpenAPI 3.1) of what a client sends or receives. */
export function schemaOf(schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return json;
}

// -- helpers for the `responses` of route declarations ------------------------------------------
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());
/** An RFC 9457 problem answer. */
export const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
/** A JSON answer. */
export const json = (schema: JsonSchema, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
/** `{ items: [<name>] }`. */
export const list = (name: string) => ({ type: 'object', required: ['items'], properties: { items: { type: 'array', items: ref(name) } } });
/** A FHIR JSON answer. */
export const fhir = (description: string, schema: JsonSchema = { type: 'object' }) => ({ description, content: { 'application/fhir+json': { schema } } });
/** A FHIR OperationOutcome answer. */
export const outcome = (description: string) => fhir(description, { type: 'object', description: 'FHIR OperationOutcome; each issue names the element with a FHIRPath expression', properties: { resourceType: { const: 'OperationOutcome' }, issue: { type: 'array' } } });

/** Cookie-authenticated requests that change something must show they come from the workspace (server/guard.ts passesCsrf). */
export const CSRF_RULE = `A POST, PUT, PATCH or DELETE authenticated by the session cookie — and every POST /api/session — must carry the header \`X-Requested-With: ${CSRF_VALUE}\` or an \`Origin\` header equal to one of the server's configured public origins (\`--public-origin\`; never compared with the Host header); otherwise 403. Requests with a bearer token need neither.`;
export const SESSION_COOKIE = 'sessionCookie';
export const BEARER_TOKEN = 'bearerToken';
const EHR_JWT = 'ehrJwt';

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
          expected: { type: 'string', description: 'invalid_type: the type the field takes (number, string …)' },
        },
      },
    },
    currentVersion: { type: 'integer', description: '409 only: the version now stored' },
    requestId: { type: 'string', description: '5xx only: the request id the server logged the failure under (also in X-Request-Id)' },
  },
};

/** `/api/users/:id` → `/api/users/{id}`. */
const openApiPath = (url: string) => url.split('/').map((part) => (part.startsWith(':') ? `{${part.slice(1)}}` : part)).join('/');

/** One operation from a route's declaration. */
function operationOf({ url, route }: Pick<DeclaredRoute, 'url' | 'route'>, schemas: Record<string, JsonSchema>): Record<string, unknown> {
  const params = inputOf(route, 'params')?.schema as z.ZodObject | undefined;
  const query = inputOf(route, 'query')?.schema as z.ZodObject | undefined;
  const body = inputOf(route, 'body');
  const pathParameters = url.split('/').filter((part) => part.startsWith(':')).map((part) => {
    const name = part.slice(1);
    const field = params?.shape[name] as z.ZodType | undefined;
    return { name, in: 'path', required: true, schema: field ? schemaOf(field) : { type: 'string', ...(name === 'id' ? { format: 'uuid' } : {}) } };
  });
  const { parameters: extraParameters, ...openapi } = (route.openapi ?? {}) as { parameters?: unknown[] };
  const parameters = [...pathParameters, ...(extraParameters ?? []), ...(query ? queryParameters(query) : [])];
  let requestBody: unknown;
  if (body) {
    if (body.name) schemas[body.name] = schemaOf(body.schema);
    requestBody = { required: true, content: { 'application/json': { schema: body.name ? ref(body.name) : schemaOf(body.schema) } } };
  }
  for (const [name, model] of Object.entries(route.models ?? {})) schemas[name] = '_zod' in model ? schemaOf(model, 'output') : schemaOf(model.input);
  const responses: Record<number, unknown> = { ...(route.responses ?? { 200: json({ type: 'object' }) }) };
  if (body || query) responses[400] ??= problem('Invalid input, with field paths');
  const security = route.access.access === 'public' ? [] : route.access.access === 'ehr-jwt' ? [{ [EHR_JWT]: [] }] : undefined;
  return {
    ...(route.tags ? { tags: route.tags } : {}),
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(security ? { security } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    ...openapi,
    responses,
  };
}

/** The OpenAPI 3.1 document, generated from the declarations of the app's routes (route.ts). */
export function openApiDocument(routes: readonly DeclaredRoute[]): JsonSchema {
  const schemas: Record<string, JsonSchema> = { Problem: PROBLEM };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    if (route.method === 'HEAD' || route.route.hidden) continue;
    const method = route.method.toLowerCase();
    if (!route.route.variants) {
      (paths[openApiPath(route.url)] ??= {})[method] = operationOf(route, schemas);
      continue;
    }
    for (const { params, ...variant } of route.route.variants) {
      const url = route.url.split('/').map((part) => (part.startsWith(':') ? (params[part.slice(1)] ?? part) : part)).join('/');
      const { variants: _, ...declaration } = route.route;
      const body = variant.body ?? declaration.body;
      (paths[openApiPath(url)] ??= {})[method] = operationOf({ url, route: { ...declaration, ...variant, ...(body ? { body } : {}) } }, schemas);
    }
  }

  // every operation that needs a session or token can answer 401 and 403
  for (const item of Object.values(paths) as Record<string, { security?: Record<string, unknown>[]; responses: Record<string, unknown> }>[]) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation.security && (operation.security.length === 0 || operation.security.some((scheme) => Object.keys(scheme).length === 0))) continue; // open to anyone
      operation.responses[401] ??= problem('No session or token, or it has ended: sign in again');
      if (operation.security?.some((scheme) => EHR_JWT in scheme)) continue; // 401 documented; no role, so no 403
      operation.responses[403] ??= problem(method === 'get' ? 'The caller’s role may not use this route' : 'The caller’s role may not use this route, or CSRF: a cookie-authenticated change without `X-Requested-With` or a configured public `Origin`');
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
        [EHR_JWT]: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'CDS Hooks: a JWT signed by a registered EHR client (iss, aud, exp, iat, jti)' },
      },
    },
  };
}
