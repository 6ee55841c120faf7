import type { FastifyPluginAsync } from 'fastify';
import { verifyAudit } from '../../trust/audit.js';
import { chainReportSchema } from '../../trust/schemas.js';
import type { Trust } from '../guard.js';
import { json, ref } from '../openapi.js';
import { ADMIN, declare } from '../route.js';

/** The audit log's check (admin; docs/security.md). */
export const auditRoutes: FastifyPluginAsync<{ trust: Trust }> = async (app, { trust }) => {
  app.get('/audit/verify', declare({
    access: ADMIN, tags: ['audit'], summary: 'Verify the audit hash chain (admin)',
    models: { AuditChainReport: chainReportSchema }, responses: { 200: json(ref('AuditChainReport')) },
  }), async () => verifyAudit(trust.db));
};
