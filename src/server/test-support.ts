import type { FastifyInstance } from 'fastify';
import type { RegistryOptions } from '../registry/registry.js';
import { openTestRegistry, type TestRegistry } from '../registry/test-support.js';
import { databaseAudit } from '../trust/registry-audit.js';
import { buildApp, type AppOptions } from './app.js';

export interface TestApp {
  t: TestRegistry;
  app: FastifyInstance;
  /** Closes the app, then the registry (and drops its test schema). */
  dispose(): Promise<void>;
}

/** A fresh registry with the audit chain (trust's databaseAudit) and the app over it; every request is the local actor unless `app` sets trust. */
export async function openTestApp(url: string | undefined, options: { registry?: Partial<RegistryOptions>; app?: Omit<AppOptions, 'registry'> } = {}): Promise<TestApp> {
  const t = await openTestRegistry(url, { audit: databaseAudit, ...options.registry });
  const app = await buildApp({ registry: t.registry, ...options.app });
  return {
    t,
    app,
    async dispose() {
      await app.close();
      await t.dispose();
    },
  };
}
