import { access, mkdir, writeFile } from 'node:fs/promises';
import { ProblemError, badRequest } from '../../boundary/problem.js';
import { join } from 'node:path';
import { LOCAL_ACTOR } from '../../registry/access.js';
import { exportCohort } from '../../registry/export.js';
import { Registry } from '../../registry/registry.js';
import { databaseAudit } from '../../trust/registry-audit.js';
import { parseOptions, usageError, write, type CliIO } from '../io.js';
import { DEFAULT_DATA_DIR, storeOptions } from '../store.js';

const USAGE = `usage:
  bonemet export --out DIR [--cohort LABEL] [--study-arm A,B] [--data-dir ${DEFAULT_DATA_DIR}]

Writes the registry's cohort to DIR: observations.csv (tidy: one row per patient × visit ×
instrument), cohort.csv (one row per patient, ready for SPSS or R) and data-dictionary.csv
(every column of both), each readable by its owner only (0600); an existing file is never
overwritten. PostgreSQL when DATABASE_URL is set, else PGlite in --data-dir.`;

export async function exportCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { out: { type: 'string' }, cohort: { type: 'string' }, 'study-arm': { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  if (values.help) {
    write(io.stdout, USAGE);
    return 0;
  }
  if (positionals.length) throw usageError(`unexpected argument "${positionals[0]}"\n${USAGE}`);
  if (!values.out) throw usageError(`--out DIR is required\n${USAGE}`);
  const registry = await Registry.open(storeOptions(values['data-dir']), { audit: databaseAudit });
  try {
    const files = await exportCohort(registry, LOCAL_ACTOR, {
      ...(values.cohort ? { cohort: values.cohort } : {}),
      ...(values['study-arm'] ? { studyArm: values['study-arm'].split(',') } : {}),
    });
    // the files hold patient data: readable by the owner only (0600, directory 0700), never written over
    await mkdir(values.out, { recursive: true, mode: 0o700 });
    const paths = Object.keys(files).map((name) => join(values.out!, name));
    const existing = (await Promise.all(paths.map((path) => access(path).then(() => path, () => undefined)))).filter((path) => path !== undefined);
    if (existing.length) throw new ProblemError(badRequest(`not written: ${existing.join(', ')} exist (an existing file is never overwritten; choose another --out)`, existing.map((path) => ({ path: '--out', message: `${path} exists` }))));
    for (const [name, text] of Object.entries(files)) {
      try {
        await writeFile(join(values.out, name), text, { mode: 0o600, flag: 'wx' });
      } catch (error) {
        throw new ProblemError(badRequest(`cannot write ${join(values.out, name)}: ${(error as NodeJS.ErrnoException).code ?? String(error)} (an existing file is never overwritten)`));
      }
    }
    const patients = files['cohort.csv'].trimEnd().split('\n').length - 1;
    write(io.stdout, `wrote ${Object.keys(files).map((f) => join(values.out!, f)).join(', ')} (${patients} patients)`);
    return 0;
  } finally {
    await registry.close();
  }
}
