import { sql, type Database } from './db.js';
import type { EntityName } from './entities.js';

/**
 * Who is asking. Every registry call takes one. Until sign-in exists (issue 6) the shells use
 * LOCAL_ACTOR; issue 6 replaces it with the signed-in user and their roles.
 */
export interface Actor {
  id: string;
  kind: 'local' | 'user' | 'service';
  roles: readonly string[];
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
}

/** Where the gate reports every access. Issue 6 makes the database sink the default. */
export interface AuditSink {
  record(event: AuditEvent): void | Promise<void>;
}

export const NO_AUDIT: AuditSink = { record: () => undefined };

/** Keeps events in memory (tests, and a look at what the gate reports). */
export function memoryAudit(): AuditSink & { events: AuditEvent[] } {
  const events: AuditEvent[] = [];
  return { events, record: (event) => void events.push(event) };
}

/** Writes each event to the `audit_events` table. */
export function databaseAudit(db: Database): AuditSink {
  return {
    async record(e) {
      await db.rows(sql`INSERT INTO audit_events (actor, action, entity, record_id, patient_id, outcome)
        VALUES (${e.actor}, ${e.action}, ${e.resource}, ${e.recordId ?? null}, ${e.patientId ?? null}, ${e.outcome})`);
    },
  };
}
