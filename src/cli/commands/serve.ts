import { LOCAL_ACTOR } from '../../registry/access.js';
import { seedDemoCohort } from '../../registry/demo.js';
import { Registry } from '../../registry/registry.js';
import { sql } from '../../registry/db.js';
import { buildApp } from '../../server/app.js';
import { serverLogOptions } from '../../server/log.js';
import { loadQuestionnaireText } from '../../server/questionnaire-text.js';
import type { QuestionnaireText } from '../../knowledge/instruments/index.js';
import { normaliseOrigin } from '../../server/guard.js';
import { listUsers } from '../../trust/accounts.js';
import { DEMO_PASSWORD, seedDemoUsers } from '../../trust/demo-users.js';
import { ROLE_POLICY } from '../../trust/roles.js';
import { databaseAudit } from '../../trust/registry-audit.js';
import { loadAuditKey, loadSecret } from '../../trust/secret.js';
import { flushDenials, startAuditSealer } from '../../trust/audit.js';
import { Deidentifier } from '../../trust/deidentify.js';
import { PseudonymIndex } from '../../trust/pseudonyms.js';
import { checkpointFile } from './audit.js';
import { parseOptions, usageError, write, type CliIO } from '../io.js';
import { DEFAULT_DATA_DIR, storeOptions } from '../store.js';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CdsOptions } from '../../server/routes/cds.js';

const USAGE = `usage:
  bonemet serve [--port 3000] [--host 127.0.0.1] [--data-dir ${DEFAULT_DATA_DIR}] [--demo] [--trust-proxy] [--tls]
               [--public-origin https://bonemet.example.org] [--min-cell 5]

Serves the registry API (REST, /api/score, /api/recommend, /api/cohorts/analysis, /openapi.json).
The store is PostgreSQL when DATABASE_URL is set, else embedded PGlite in --data-dir. --demo
writes the synthetic demo cohort (106 patients shaped like study 000) when the store is empty,
and the demo users clinician, researcher and admin (password ${DEMO_PASSWORD}).
Every request needs a signed-in user (docs/security.md); create users with \`bonemet user add\`.
--trust-proxy believes a reverse proxy's X-Forwarded-For/-Proto; --tls marks cookies Secure
(the server is reached over https). --public-origin (or BONEMET_PUBLIC_ORIGIN, comma-separated)
names the origin(s) browsers reach the server at: a same-origin Origin header then passes the CSRF
check; without it, changes need the X-Requested-With: bonemet header. --min-cell N: researchers'
analyses show no group, count or summary of fewer than N patients (default 5). The
de-identification secret is BONEMET_SECRET, else
<data-dir>/secret (made on first start, mode 0600); the audit key BONEMET_AUDIT_KEY, else
<data-dir>/audit-key: the server seals the audit rows every second and appends a signed checkpoint
of the chain's head every minute to BONEMET_AUDIT_CHECKPOINTS, else <data-dir>/audit-checkpoints.jsonl. CDS Hooks clients (EHRs allowed to call
/cds-services) are read from the JSON file BONEMET_CDS_CLIENTS names:
{ "baseUrl"?: "https://…", "rulesUrl"?: "https://…", "clients": [{ "iss": "…", "jwks": { "keys": [ … ] },
"fhirServers"?: ["https://ehr.example/fhir"] }] } (fhirServers: the only FHIR servers bonemet reads a
client's missing prefetch from).
A site licensed for the ODI/RMDQ wording names its JSON file in BONEMET_QUESTIONNAIRE_TEXT
(shape in docs/web.md); without it the workspace shows section titles and statement numbers.`;

const cdsFileSchema = z.strictObject({
  baseUrl: z.url().optional(),
  rulesUrl: z.url({ protocol: /^https?$/ }).optional(),
  clients: z.array(z.strictObject({
    iss: z.string().min(1),
    jwks: z.object({ keys: z.array(z.record(z.string(), z.unknown())).min(1) }),
    fhirServers: z.array(z.url({ protocol: /^https?$/ })).optional(),
  })),
});

/** The CDS Hooks clients of BONEMET_CDS_CLIENTS (none when unset: every service call answers 401). */
export function cdsOptions(path = process.env.BONEMET_CDS_CLIENTS): CdsOptions | undefined {
  if (!path) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw usageError(`BONEMET_CDS_CLIENTS: cannot read ${path}: ${(error as Error).message}`);
  }
  const parsed = cdsFileSchema.safeParse(json);
  if (!parsed.success) throw usageError(`BONEMET_CDS_CLIENTS: ${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`);
  return parsed.data as CdsOptions;
}

export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port "${value}" is not a port; accepted: 0–65535`);
  return port;
}

export async function serveCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      port: { type: 'string' }, host: { type: 'string' }, 'data-dir': { type: 'string' }, demo: { type: 'boolean' },
      'trust-proxy': { type: 'boolean' }, tls: { type: 'boolean' }, 'public-origin': { type: 'string', multiple: true }, 'min-cell': { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) {
    write(io.stdout, USAGE);
    return 0;
  }
  if (positionals.length > 0) throw usageError(`unexpected argument "${positionals[0]}"\n${USAGE}`);
  const port = parsePort(values.port ?? process.env.PORT, 3000);
  const minCell = values['min-cell'] ?? process.env.BONEMET_MIN_CELL;
  const minCellSize = minCell === undefined ? undefined : Number(minCell);
  if (minCellSize !== undefined && (!Number.isInteger(minCellSize) || minCellSize < 2 || minCellSize > 1000)) throw usageError(`--min-cell "${minCell}" is not accepted; expected an integer 2–1000`);
  const publicOrigins = values['public-origin'] ?? (process.env.BONEMET_PUBLIC_ORIGIN ? process.env.BONEMET_PUBLIC_ORIGIN.split(',').map((o) => o.trim()) : []);
  for (const origin of publicOrigins) if (!normaliseOrigin(origin)) throw usageError(`--public-origin "${origin}" is not an origin; expected http(s)://host[:port] with no path`);
  const host = values.host ?? '127.0.0.1';
  // a site's licensed ODI/RMDQ wording: refused before anything is opened when the file is not accepted
  let questionnaireText: QuestionnaireText | undefined;
  if (process.env.BONEMET_QUESTIONNAIRE_TEXT) {
    try {
      questionnaireText = loadQuestionnaireText(process.env.BONEMET_QUESTIONNAIRE_TEXT);
    } catch (error) {
      throw usageError(`BONEMET_QUESTIONNAIRE_TEXT: ${(error as Error).message}`);
    }
  }
  const store = storeOptions(values['data-dir']);
  const secret = loadSecret(values['data-dir'] ?? DEFAULT_DATA_DIR);
  const auditKey = loadAuditKey(values['data-dir'] ?? DEFAULT_DATA_DIR);
  const checkpoints = checkpointFile(values['data-dir']);
  const registry = await Registry.open(store, { policy: ROLE_POLICY, audit: databaseAudit });
  const where = 'databaseUrl' in store ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${store.dataDir}`;
  if (values.demo) {
    const [row] = await registry.db.rows(sql`SELECT count(*)::int AS n FROM patients`);
    if (row?.n === 0) {
      write(io.stderr, 'writing the synthetic demo cohort (106 patients, not real people) …');
      const n = await seedDemoCohort(registry, LOCAL_ACTOR);
      write(io.stderr, `wrote ${n} synthetic patients`);
    }
    await seedDemoUsers(registry.db);
    write(io.stderr, `demo sign-in: clinician, researcher or admin, password ${DEMO_PASSWORD} (demo mode only)`);
  } else if ((await listUsers(registry.db)).length === 0) {
    write(io.stderr, 'no users yet: create one with `bonemet user add NAME --role admin`');
  }
  // the researchers' pseudonyms of the records stored so far (src/trust/pseudonyms.ts); later ones on first lookup
  await new PseudonymIndex(registry.db, new Deidentifier(secret)).fillAll();
  const cds = cdsOptions();
  const app = await buildApp({
    registry,
    ...(cds ? { cds } : {}),
    trust: { secret, audit: { key: auditKey, checkpointFile: checkpoints }, secureCookies: values.tls ? true : 'auto', publicOrigins, ...(minCellSize ? { minCellSize } : {}) },
    trustProxy: values['trust-proxy'] ?? false,
    // one JSON line per request on stdout (server/log.ts): no patient data; BONEMET_LOG_LEVEL=warn keeps only 4xx/5xx errors
    logger: serverLogOptions({ level: process.env.BONEMET_LOG_LEVEL || 'info' }),
    ...(questionnaireText ? { questionnaireText } : {}),
  });
  let sealerFailing = false;
  const sealer = startAuditSealer(registry.db, auditKey, {
    checkpointFile: checkpoints,
    onError: (error) => {
      if (!sealerFailing) write(io.stderr, `audit sealer: ${(error as Error).message} (retrying every second)`);
      sealerFailing = true;
    },
  });
  const address = await app.listen({ port, host });
  write(io.stderr, `bonemet serving ${address} on ${where}; API description at ${address}/openapi.json (Ctrl-C stops)`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await flushDenials(registry.db);
  await sealer.stop();
  await registry.close();
  return 0;
}
