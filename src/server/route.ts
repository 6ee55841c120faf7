import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodError, z } from 'zod';
import { ProblemError, validationProblem } from '../boundary/problem.js';
import { isLang, type Lang } from '../i18n/lang.js';
import type { EntityName } from '../registry/entities.js';

/**
 * Routes declare themselves (src/registry/README.md "Adding a route"): every route's options carry
 * a `config` with who may call it (`access`), what it takes (zod `params`, `query`, `body`) and
 * what it is (`summary`, `tags`, `responses`). From these declarations
 * - the guard (guard.ts) lets a request through or refuses it;
 * - the input is checked before the handler, which gets the parsed values;
 * - /openapi.json is generated (openapi.ts);
 * - the role × route matrix test (auth.test.ts) lists every route and what each role gets.
 * A route without an `access` is refused at start-up (`buildApp` throws).
 */

/** `fhir`: the route de-identifies its own answer (a FHIR Bundle labelled PSEUDED) from the researcher's pseudonymous id. */
export type ResearcherView = 'record' | 'page' | 'analysis' | 'export' | 'fhir' | 'bulk';

/** Who may call a route. */
export type RouteAccess =
  /** anyone, signed in or not */
  | { access: 'public' }
  /** every signed-in user (clinician, researcher, admin) */
  | { access: 'signed-in' }
  | { access: 'admin' }
  /** CDS Hooks services: the route itself checks the EHR's JWT against the registered clients (routes/cds.ts) and audits refusals. */
  | { access: 'ehr-jwt' }
  /**
   * Patient data: clinicians and admins; researchers only reads that name a de-identified view
   * (`researcher`). `entity`: the records the route reads or writes (researchers' ids and
   * filters are pseudonyms of them).
   */
  | { access: 'patient-data'; write: boolean; entity?: EntityName; researcher?: ResearcherView };

export const PUBLIC: RouteAccess = { access: 'public' };
export const SIGNED_IN: RouteAccess = { access: 'signed-in' };
export const ADMIN: RouteAccess = { access: 'admin' };
export const EHR_JWT: RouteAccess = { access: 'ehr-jwt' };
/** Reads patient data; researchers too when `researcher` names their view of the answer. */
export const readsPatientData = (entity?: EntityName, researcher?: ResearcherView): RouteAccess => ({ access: 'patient-data', write: false, ...(entity ? { entity } : {}), ...(researcher ? { researcher } : {}) });
/** Writes patient data: clinicians and admins. */
export const writesPatientData = (entity?: EntityName): RouteAccess => ({ access: 'patient-data', write: true, ...(entity ? { entity } : {}) });

export type JsonSchema = Record<string, unknown>;

/**
 * An input schema. `checked: 'handler'`: the handler, or the registry or knowledge core it calls,
 * checks it (the declaration documents it); otherwise it is checked before the handler.
 */
export interface InputDeclaration<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** The OpenAPI component it is published as (`#/components/schemas/<name>`). */
  name?: string;
  checked?: 'route' | 'handler';
}

export type InputPart = 'params' | 'query' | 'body';
/** A fixed text, or one made from the request (`invalid sins input`). */
export type InvalidDetail = string | ((request: FastifyRequest) => string);

export interface RouteDeclaration {
  access: RouteAccess;
  /** One line: what the route does (OpenAPI summary). */
  summary: string;
  description?: string;
  tags?: string[];
  params?: z.ZodObject | InputDeclaration<z.ZodObject>;
  query?: z.ZodObject | InputDeclaration<z.ZodObject>;
  body?: z.ZodType | InputDeclaration;
  /**
   * The problem's detail when the input is invalid (`invalid cohort definition: 2 invalid fields`):
   * one for every part, or by part; default `invalid query`, `invalid params`, `invalid input`.
   */
  invalid?: InvalidDetail | Partial<Record<InputPart, InvalidDetail>>;
  /** OpenAPI responses by status (openapi.ts `json`, `problem` …); 401/403 are added from `access`. */
  responses?: Record<number, unknown>;
  /** Schemas the responses (or `openapi`) refer to (`ref('User')`), published as components: answers, or `{ input }` for what a client sends. */
  models?: Record<string, z.ZodType | { input: z.ZodType }>;
  /** Anything else of the OpenAPI operation: `security`, `parameters` (headers), a `requestBody` not in JSON. */
  openapi?: Record<string, unknown>;
  /** Not in /openapi.json (the web workspace's files). */
  hidden?: boolean;
  /**
   * Documented as one path per value of a path parameter, each with its own summary and body
   * (`/api/score/:instrument` as `/api/score/sins`, …), instead of the pattern.
   */
  variants?: { params: Record<string, string>; summary: string; body?: InputDeclaration }[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's declaration (server/route.ts); set with `declare(...)`. */
    route?: RouteDeclaration;
  }
}

/** The route options of a declared route: `app.post('/x', declare({ access, summary, body }), handler)`. */
export function declare(route: RouteDeclaration): { config: { route: RouteDeclaration } } {
  return { config: { route } };
}

export interface DeclaredRoute {
  method: string;
  url: string;
  route: RouteDeclaration;
}

const declared = new WeakMap<FastifyInstance, DeclaredRoute[]>();

/** Every route the app registered (HEAD included), with its declaration, as its onRoute hook saw them. */
export function declaredRoutes(app: FastifyInstance): readonly DeclaredRoute[] {
  return declared.get(app) ?? [];
}

/** The route's declaration (undefined for a request no route matched). */
export function declarationOf(request: FastifyRequest): RouteDeclaration | undefined {
  return request.routeOptions.config?.route;
}

/** The declaration's input of one kind, as an InputDeclaration. */
export function inputOf(route: RouteDeclaration, where: InputPart): InputDeclaration | undefined {
  const input = route[where] as z.ZodType | InputDeclaration | undefined;
  if (input === undefined) return undefined;
  return '_zod' in input ? { schema: input } : input;
}

/** The detail a route declares for invalid input of one part. */
export function invalidDetail(route: RouteDeclaration | undefined, where: InputPart, request: FastifyRequest): string {
  const declared = typeof route?.invalid === 'object' ? route.invalid[where] : route?.invalid;
  if (declared === undefined) return where === 'body' ? 'invalid input' : `invalid ${where}`;
  return typeof declared === 'function' ? declared(request) : declared;
}

/** The language a request asks for (`?lang=`), when it names one bonemet speaks. */
function requestLang(request: FastifyRequest): Lang | undefined {
  const lang = (request.query as { lang?: unknown } | undefined)?.lang;
  return isLang(lang) ? lang : undefined;
}

/**
 * The problem of invalid input of a request: the detail its route declares, each field under
 * `body.`, `query.` or `params.`; a custom check's text in the language the request asks for.
 */
export function inputProblem(error: ZodError, request: FastifyRequest, where: InputPart) {
  return validationProblem(error, invalidDetail(declarationOf(request), where, request), where, false, requestLang(request));
}

/**
 * Installs the declarations on an app, before any route: the onRoute hook refuses a route without
 * an access rule (start-up fails) and keeps the list; a preHandler checks the declared input.
 */
export function installDeclaredRoutes(app: FastifyInstance): void {
  const routes: DeclaredRoute[] = [];
  declared.set(app, routes);
  app.addHook('onRoute', (options) => {
    const route = options.config?.route;
    const methods = [options.method].flat();
    if (!route?.access) throw new Error(`${methods.join(',')} ${options.url} declares no access rule: give it declare({ access, summary, … }) (server/route.ts)`);
    for (const method of methods) routes.push({ method, url: options.url, route });
  });
  app.addHook('preHandler', async (request) => {
    const route = declarationOf(request);
    if (!route) return;
    for (const where of ['params', 'query', 'body'] as const) {
      const input = inputOf(route, where);
      if (!input || input.checked === 'handler') continue;
      const parsed = input.schema.safeParse(where === 'body' ? request.body : (request[where] ?? {}), { reportInput: true });
      if (!parsed.success) throw new ProblemError(inputProblem(parsed.error, request, where));
      (request as unknown as Record<string, unknown>)[where] = parsed.data;
    }
  });
}
