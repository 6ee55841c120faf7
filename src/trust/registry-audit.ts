import type { AuditSink } from '../registry/access.js';
import type { Database } from '../registry/db.js';
import { appendAudit, recordAudit } from './audit.js';

/**
 * Appends each event to `audit_events` (./audit.ts): in the write's transaction when there is one,
 * else grouped with concurrent ones in a transaction of their own. What every shell passes
 * to the registry as its `audit` (RegistryOptions).
 */
export function databaseAudit(db: Database): AuditSink {
  return {
    async record(e, context = {}) {
      const entry = {
        actor: e.actor, actorRole: context.actor?.roles.join(',') || null, action: e.action, entity: e.resource,
        recordId: e.recordId ?? null, patientId: e.patientId ?? null, outcome: e.outcome,
        clientIp: context.actor?.origin?.ip ?? null, requestId: context.actor?.origin?.requestId ?? null,
        detail: e.detail ?? null, records: e.records ?? null,
      };
      if (context.tx) await appendAudit(context.tx, entry);
      else await recordAudit(db, entry);
    },
  };
}
