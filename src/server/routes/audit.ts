import type { FastifyPluginAsync } from 'fastify';
import { verifyConfiguredAudit } from '../../trust/audit.js';
import { chainReportSchema } from '../../trust/schemas.js';
import type { Trust } from '../guard.js';
import { json, problem, ref } from '../openapi.js';
import { ADMIN, declare } from '../route.js';

/** The audit log's check (admin; docs/security.md). */
export const auditRoutes: FastifyPluginAsync<{ trust: Trust }> = async (app, { trust }) => {
  app.get('/audit/verify', declare({
    access: ADMIN, tags: ['audit'], summary: 'Verify the keyed audit chain against the newest checkpoint (admin; 503 without the audit key)',
    models: { AuditChainReport: chainReportSchema }, responses: { 200: json(ref('AuditChainReport')), 503: problem('The server was started without the audit key') },
  }), async () => verifyConfiguredAudit(trust.db, trust.audit));
};
