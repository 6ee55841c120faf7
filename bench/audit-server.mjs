// A server instance for bench/audit-scaling.mjs: the registry app on DATABASE_URL (the runtime
// role), with the role policy and the audit sealer as `bonemet serve` runs them, or with the audit
// switched off (`--no-audit`, the benchmark's reference; bonemet serve has no such switch). Prints
// its URL on stdout once it listens.
import { Registry } from '../dist/registry/registry.js';
import { NO_AUDIT } from '../dist/registry/access.js';
import { buildApp } from '../dist/server/app.js';
import { ROLE_POLICY } from '../dist/trust/roles.js';
import { startAuditSealer } from '../dist/trust/audit.js';
import { databaseAudit } from '../dist/trust/registry-audit.js';

const audited = !process.argv.includes('--no-audit');
const key = Buffer.from(process.env.BONEMET_AUDIT_KEY);
const secret = Buffer.from(process.env.BONEMET_SECRET);
const registry = await Registry.open({ databaseUrl: process.env.DATABASE_URL, poolSize: 10 }, { policy: ROLE_POLICY, audit: audited ? databaseAudit : NO_AUDIT });
const app = await buildApp({ registry, trust: { secret, audit: { key } } });
const sealer = audited ? startAuditSealer(registry.db, key, { onError: (e) => console.error(`sealer: ${e.message}`) }) : undefined;
const url = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(url);
process.once('SIGTERM', async () => {
  await app.close();
  await sealer?.stop();
  await registry.close();
  process.exit(0);
});
