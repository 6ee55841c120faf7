import type { FastifyInstance } from 'fastify';
import { openTestRegistry, type TestRegistry } from '../registry/test-support.js';
import { buildApp } from '../server/app.js';
import type { TrustOptions } from '../server/guard.js';
import { createUser } from './accounts.js';
import { DEMO_PASSWORD, seedDemoUsers } from './demo-users.js';
import { ROLE_POLICY } from './roles.js';
import { databaseAudit } from './registry-audit.js';
import { sealAllNow, verifyAudit, type ChainReport } from './audit.js';
import type { Database } from '../registry/db.js';

export const TEST_SECRET = Buffer.from('test secret: never use outside the test suite ........');
export const TEST_AUDIT_KEY = Buffer.from('test audit key: never use outside the test suite .....');

export interface TrustedApp {
  t: TestRegistry;
  app: FastifyInstance;
  /** Headers of a new signed-in browser session (cookie and the CSRF header). */
  as(username: string): Promise<Record<string, string>>;
  dispose(): Promise<void>;
}

/** A registry with the role policy and the audit chain, the demo users, and the app with trust on. */
export async function openTrustedApp(url: string | undefined, options: Partial<TrustOptions> = {}): Promise<TrustedApp> {
  const t = await openTestRegistry(url, { policy: ROLE_POLICY, audit: databaseAudit });
  await seedDemoUsers(t.registry.db);
  await createUser(t.registry.db, { username: 'gone', role: 'clinician', password: DEMO_PASSWORD }, { actor: 'local' });
  const app = await buildApp({ registry: t.registry, trust: { secret: TEST_SECRET, audit: { key: TEST_AUDIT_KEY }, ...options } });
  return {
    t,
    app,
    async as(username) {
      const res = await app.inject({ method: 'POST', url: '/api/session', headers: { 'x-requested-with': 'bonemet' }, payload: { username, password: DEMO_PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`sign-in of ${username}: ${res.statusCode} ${res.body}`);
      const cookie = String(res.headers['set-cookie']).split(';')[0]!;
      return { cookie, 'x-requested-with': 'bonemet' };
    },
    async dispose() {
      await app.close();
      await t.dispose();
    },
  };
}

/** Seals every audit row written so far under the test key and verifies the whole chain. */
export async function sealAndVerifyAudit(db: Database, key = TEST_AUDIT_KEY): Promise<ChainReport> {
  await sealAllNow(db, key);
  return verifyAudit(db, key);
}
