import { z } from 'zod';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../knowledge/instruments/index.js';
import { patientFactsSchema } from '../knowledge/facts/index.js';
import { ENTITIES, ENTITY_NAMES, TREATMENT_DETAILS, patchSchema, recordSchema } from '../registry/entities.js';
import { followUpQuerySchema, listQuerySchema } from '../registry/query.js';
import { VERSION } from '../version.js';
import { langQuery } from './routes/knowledge.js';
import { planChange } from './routes/decision-plan.js';
import { exportQuerySchema } from './routes/cohort.js';
import { cohortAnalysisSchema } from '../registry/cohort.js';
import { IMPORT_COLUMNS } from '../registry/import.js';
import {
  chainReportSchema, issuedTokenSchema, sessionStateSchema, signedInSchema, signInSchema, tokenInfoSchema, tokenRequestSchema, userChangeSchema,
  userCreateSchema, userSchema,
} from '../trust/schemas.js';
import { COOKIE, CSRF_VALUE, SECURE_COOKIE } from './auth.js';
import { CDS_SERVICES } from '../interop/cds/cards.js';
import { discoverySchema, feedbackRequestSchema, serviceResponseSchema } from '../interop/cds/spec.js';

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
const CSRF_RULE = `A POST, PUT, PATCH or DELETE authenticated by the session cookie — and every POST /api/session — must carry the header \`X-Requested-With: ${CSRF_VALUE}\` or an \`Origin\` header equal to one of the server's configured public origins (\`--public-origin\`; never compared with the Host header); otherwise 403. Requests with a bearer token need neither.`;
const SESSION_COOKIE = 'sessionCookie';
const BEARER_TOKEN = 'bearerToken';
const EHR_JWT = 'ehrJwt';

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
  const csrf = problem('CSRF: a cookie-authenticated change without `X-Requested-With` or a configured public `Origin`');

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
    get: { tags: ['audit'], summary: 'Verify the keyed audit chain against the newest checkpoint (admin; 503 without the audit key)', responses: { 200: json(ref('AuditChainReport')) } },
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

/** CDS Hooks 2.0 (routes/cds.ts; docs/interoperability.md); response shapes from interop/cds/spec.ts. */
function cdsPaths(paths: Record<string, unknown>): void {
  paths['/cds-services'] = {
    get: { tags: ['cds-hooks'], summary: 'CDS Hooks discovery: the services, their hooks and prefetch templates', security: [], responses: { 200: json(schemaOf(discoverySchema, 'output')) } },
  };
  const lang = { name: 'Accept-Language', in: 'header', required: false, schema: { type: 'string' }, description: 'en, zh or ja (default en)' };
  for (const service of CDS_SERVICES) {
    paths[`/cds-services/${service.id}`] = {
      post: {
        tags: ['cds-hooks'], summary: `${service.hook}: ${service.title}`,
        description: `${service.description} The EHR signs a JWT (iss, aud = this URL, exp, iat, jti) with a key of its registered JWKS; a jti is accepted once. Every prefetch key of the discovery document is needed: a key left out (or an OperationOutcome) is read from \`fhirServer\` with \`fhirAuthorization\` when that server is registered for the client, else 412. A value in a unit bonemet does not read, or implausible, is not used and shown on a warning card.`,
        security: [{ [EHR_JWT]: [] }], parameters: [lang],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['hook', 'hookInstance', 'context'] } } } },
        responses: {
          200: json(schemaOf(serviceResponseSchema, 'output'), 'Cards (summary < 140 characters; indicator critical = contraindicated, warning = not recommended or needs information, info otherwise; suggestions: the renal dose of a bone-modifying agent, removal of a contraindicated order; links: the decision page)'),
          400: problem('Invalid request, with field paths'), 401: problem('No JWT, or refused: unknown issuer, bad signature, wrong audience, expired, jti replayed'),
          412: problem('A prefetch key is missing and cannot be read: no fhirServer, a fhirServer not registered for the client, or no usable answer (error, redirect, time or size limit)'),
        },
      },
    };
    paths[`/cds-services/${service.id}/feedback`] = {
      post: {
        tags: ['cds-hooks'], summary: `Feedback on ${service.id} cards (accepted with the suggestion ids / overridden with the reason code), audited`, security: [{ [EHR_JWT]: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: schemaOf(feedbackRequestSchema) } } },
        responses: { 200: json({ type: 'object' }), 400: problem('Invalid feedback'), 401: problem('No JWT, or refused') },
      },
    };
  }
}

/** The FHIR R4 interface (routes/fhir.ts; docs/interoperability.md). */
function fhirPaths(paths: Record<string, unknown>): void {
  const fhir = (description: string, schema: JsonSchema = { type: 'object' }) => ({ description, content: { 'application/fhir+json': { schema } } });
  const outcome = (description: string) => fhir(description, { type: 'object', description: 'FHIR OperationOutcome; each issue names the element with a FHIRPath expression', properties: { resourceType: { const: 'OperationOutcome' }, issue: { type: 'array' } } });
  paths['/fhir/Patient/{id}/$everything'] = {
    get: {
      tags: ['fhir'], summary: 'The patient’s record as a FHIR R4 searchset Bundle: Patient, Conditions, Observations, Procedures, MedicationStatements, AdverseEvents (mCODE profiles where they apply)',
      description: 'Researchers name the patient by pseudonym and get de-identified resources (the rules of the REST researcher view), labelled PSEUDED.',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: { 200: fhir('A Bundle of type searchset', { type: 'object', properties: { resourceType: { const: 'Bundle' }, type: { const: 'searchset' } } }), 404: problem('No such patient, or not visible to the caller') },
    },
  };
  const jobId = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
  paths['/fhir/$export'] = {
    get: {
      tags: ['fhir'], summary: 'Bulk export kick-off (in the spirit of FHIR Bulk Data $export): every patient the caller may see, NDJSON per resource type; researchers get de-identified resources',
      parameters: [
        { name: 'Prefer', in: 'header', required: true, schema: { type: 'string', const: 'respond-async' } },
        { name: '_type', in: 'query', required: false, schema: { type: 'string' }, description: 'Resource types, comma-separated (default all)' },
        { name: '_outputFormat', in: 'query', required: false, schema: { type: 'string', enum: ['application/fhir+ndjson', 'application/ndjson', 'ndjson'] } },
      ],
      responses: { 202: { ...fhir('Started'), headers: { 'Content-Location': { description: 'The status URL to poll', schema: { type: 'string' } } } }, 400: outcome('Missing Prefer, unknown _type or parameter') },
    },
  };
  paths['/fhir/$export-status/{id}'] = {
    get: {
      tags: ['fhir'], summary: 'Bulk export status: 202 while running (X-Progress, Retry-After), 200 with the manifest when done (only for whoever started it)', parameters: [jobId],
      responses: { 200: json({ type: 'object', properties: { transactionTime: { type: 'string' }, request: { type: 'string' }, requiresAccessToken: { type: 'boolean' }, output: { type: 'array' }, error: { type: 'array' } } }, 'The manifest'), 202: { description: 'Still running' }, 404: problem('No such export of the caller, or cancelled'), 500: outcome('The export failed') },
    },
    delete: { tags: ['fhir'], summary: 'Cancel a bulk export, or delete its files', parameters: [jobId], responses: { 202: { description: 'Cancelled / deleted' }, 404: problem('No such export of the caller') } },
  };
  paths['/fhir/$export-file/{id}/{file}'] = {
    get: {
      tags: ['fhir'], summary: 'One NDJSON file of a completed bulk export (`<Type>.ndjson`)',
      parameters: [jobId, { name: 'file', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: { description: 'NDJSON', content: { 'application/fhir+ndjson': { schema: { type: 'string' } } } }, 404: problem('No such file') },
    },
  };
  paths['/fhir/metadata'] = {
    get: { tags: ['fhir'], summary: 'The FHIR CapabilityStatement of this server', security: [], responses: { 200: fhir('A CapabilityStatement') } },
  };
  paths['/fhir/CodeSystem/bonemet'] = {
    get: { tags: ['fhir'], summary: 'The bonemet CodeSystem (codes without an established LOINC, SNOMED CT or RxNorm concept)', security: [], responses: { 200: fhir('A CodeSystem') } },
  };
  paths['/fhir'] = {
    post: {
      tags: ['fhir'], summary: 'Import a transaction or collection Bundle (Patient, Condition, Observation, Procedure, MedicationStatement, AdverseEvent): creates or updates registry records by identifier, all or nothing',
      requestBody: { required: true, content: { 'application/fhir+json': { schema: { type: 'object' } }, 'application/json': { schema: { type: 'object' } } } },
      responses: { 200: fhir('A transaction-response Bundle: one entry per imported resource with its status and location'), 400: outcome('Nothing imported: every rejected element, by FHIRPath (Bundle.entry[3].resource.valueQuantity)') },
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
          expected: { type: 'string', description: 'invalid_type: the type the field takes (number, string …)' },
        },
      },
    },
    currentVersion: { type: 'integer', description: '409 only: the version now stored' },
    requestId: { type: 'string', description: '5xx only: the request id the server logged the failure under (also in X-Request-Id)' },
  },
};

/** The OpenAPI 3.1 document, generated from the zod schemas the routes validate with. */
/** The board plan of a decision and its report (routes/decision-plan.ts; issue 14). */
function decisionPlanPaths(schemas: Record<string, JsonSchema>, paths: Record<string, unknown>, idParam: JsonSchema): void {
  schemas.DecisionPlanChange = schemaOf(planChange);
  const lang = queryParameters(langQuery);
  const view = json({ type: 'object', description: 'version, chosenOptions, the stored plan, verdicts, the sequenced plan (steps, conflicts), the prognosis panel and the schedule menu with BED/EQD2' });
  paths['/api/decisions/{id}/plan'] = {
    get: { tags: ['decisions'], summary: 'The decision’s board plan, sequenced: ordered dated steps with dependencies, reasons and sources, conflicts, prognosis panel (ETag: the version)', parameters: [idParam, ...lang], responses: { 200: view, 404: problem('No such decision') } },
    put: {
      tags: ['decisions'], summary: 'Change the board plan on the version read (If-Match required; 409 when stale); signOff: true signs it off as the signed-in user, any other change clears a sign-off',
      parameters: [idParam, ...lang, { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
      requestBody: body('DecisionPlanChange'),
      responses: { 200: view, 400: problem('Invalid plan (each field named)'), 404: problem('No such decision'), 409: problem('Changed since the version read'), 428: problem('No If-Match') },
    },
  };
  paths['/api/decisions/{id}/plan/history'] = {
    get: { tags: ['decisions'], summary: 'Every saved version of the decision’s choices and plan, oldest first', parameters: [idParam], responses: { 200: json({ type: 'array', items: { type: 'object' } }), 404: problem('No such decision') } },
  };
  paths['/api/decisions/{id}/report.pdf'] = {
    get: {
      tags: ['decisions'], summary: 'The board report as PDF in the chosen language (record code only, no name)', parameters: [idParam, ...lang],
      responses: { 200: { description: 'The PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, 404: problem('No such decision') },
    },
  };
}

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
  paths['/api/questionnaire-text'] = { get: { tags: ['knowledge'], summary: "A site's licensed ODI/RMDQ wording (BONEMET_QUESTIONNAIRE_TEXT; docs/instruments.md), or {} when none is configured", responses: { 200: json({ type: 'object' }) } } };
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
      tags: ['cohorts'], summary: 'Baseline table with tests, outcomes over time with the random-intercept mixed model (Type III F), Kaplan–Meier steps with log-rank and adjusted pairwise log-rank, Cox regression on chosen covariates with cox.zph, and the statistical methods paragraph (en/zh/ja) of a cohort',
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
  fhirPaths(paths);
  decisionPlanPaths(schemas, paths, idParam);
  cdsPaths(paths);
  paths['/health'] = { get: { summary: 'Liveness and store kind', security: [], responses: { 200: json({ type: 'object' }) } } };
  paths['/openapi.json'] = { get: { summary: 'This document', security: [], responses: { 200: json({ type: 'object' }) } } };

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
