import type { Executor } from './db.js';
import type { EntityName } from './entities.js';

/**
 * Who is asking. Every registry call takes one. Until sign-in exists (issue 6) the shells use
 * LOCAL_ACTOR; issue 6 replaces it with the signed-in user and their roles.
 */
export interface Actor {
  id: string;
  kind: 'local' | 'user' | 'service';
  roles: readonly string[];
  /** Where the request came from, for the audit log (the HTTP shell fills it in). */
  origin?: { ip?: string; requestId?: string };
  /**
   * Lists for this actor are ordered by pseudonym (researchers): the HMAC key pads of the
   * pseudonyms (trust/deidentify.ts pseudonymPads), not by the real dates.
   */
  listOrder?: { inner: string; outer: string };
}

export const LOCAL_ACTOR: Actor = Object.freeze({ id: 'local', kind: 'local', roles: Object.freeze(['clinician']) });

export const ACTIONS = ['read', 'list', 'create', 'update', 'delete', 'import', 'export', 'analyse'] as const;
export type Action = (typeof ACTIONS)[number];
export type Resource = EntityName | 'cohort' | 'follow-up';

/** What an actor may do. Issue 6 implements roles behind this interface. */
export interface AccessPolicy {
  allows(actor: Actor, action: Action, resource: Resource, patientId?: string): boolean;
  /** The patients whose data the actor may see: 'all', or a list (an empty list sees nothing). */
  patientScope(actor: Actor): 'all' | readonly string[];
}

/** Today's policy: the local actor may do everything, anyone else nothing. */
export const LOCAL_POLICY: AccessPolicy = {
  allows: (actor) => actor.kind === 'local',
  patientScope: (actor) => (actor.kind === 'local' ? 'all' : []),
};

export interface AuditEvent {
  actor: string;
  action: Action;
  resource: Resource;
  recordId?: string;
  patientId?: string;
  outcome: 'allowed' | 'denied';
  /** What the access asked for (a list's or export's filters), short. */
  detail?: string;
  /** The records it saw: a list's record ids, an export's patient ids. */
  records?: readonly string[];
}

/**
 * Where the gate reports every access. A write's event comes with the write's transaction
 * (`tx`), so the write and its audit row commit together; `actor` tells who and from where.
 */
export interface AuditSink {
  record(event: AuditEvent, context?: { tx?: Executor; actor?: Actor }): void | Promise<void>;
}

export const NO_AUDIT: AuditSink = { record: () => undefined };

/** Keeps events in memory (tests, and a look at what the gate reports). */
export function memoryAudit(): AuditSink & { events: AuditEvent[] } {
  const events: AuditEvent[] = [];
  return { events, record: (event) => void events.push(event) };
}
