/** The registry API as the browser sees it: JSON in, JSON or RFC 9457 problem JSON out. */

import type { FieldError, Problem } from '../boundary/problem.js';

export type { FieldError, Problem };

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
  }
  get status(): number {
    return this.problem.status;
  }
}

/** The problem an API call answered, to show next to the form; anything else is thrown on. */
export function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  throw error;
}

/** A stored record: its fields plus id, version and bookkeeping. */
export type Rec = Record<string, unknown> & { id: string; version: number; patientId?: string };

export interface Page<T = Rec> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

function asProblem(status: number, body: unknown, fallback: string): Problem {
  if (body && typeof body === 'object' && 'status' in body && 'title' in body) return body as Problem;
  return { type: 'about:blank', title: fallback, status, detail: fallback };
}

/** Called when the server says the session has ended (401 outside sign-in): the session goes back to sign-in. */
let onUnauthorized: (() => void) | null = null;
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

/** The header the server's CSRF rule asks browser clients to send on every request (docs/security.md). */
export const CSRF_HEADERS = { 'x-requested-with': 'bonemet' } as const;

export async function request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...CSRF_HEADERS, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail: 'network' });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (response.status === 401 && path !== '/api/session') onUnauthorized?.();
  if (!response.ok) throw new ApiError(asProblem(response.status, parsed, response.statusText || `HTTP ${response.status}`));
  return parsed as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown, version: number) => request<T>('PATCH', path, body, { 'if-match': `"${version}"` }),
  del: (path: string, version?: number) => request<void>('DELETE', path, undefined, version ? { 'if-match': `"${version}"` } : {}),
};

/** Every record of an entity (pages of 500), optionally filtered. */
export async function listAll(entity: string, filters: Record<string, string> = {}): Promise<Rec[]> {
  const items: Rec[] = [];
  for (let offset = 0; ; offset += 500) {
    const query = new URLSearchParams({ ...filters, limit: '500', offset: String(offset) });
    const page = await api.get<Page>(`/api/${entity}?${query.toString()}`);
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

/** The field errors of a problem keyed by field path without the `body.` root. */
export function errorsByField(problem: Problem | null | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const error of problem?.errors ?? []) {
    const key = error.path.replace(/^(body|input|query)\.?/, '');
    map.set(key, [...(map.get(key) ?? []), error.message]);
  }
  return map;
}
