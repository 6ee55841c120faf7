import { writeFile } from 'node:fs/promises';
import { ProblemError, badRequest } from '../../boundary/problem.js';
import { LANGS, isLang } from '../../i18n/lang.js';
import { LOCAL_ACTOR } from '../../registry/access.js';
import { Registry } from '../../registry/registry.js';
import { decisionReportPdf } from '../../registry/report/index.js';
import { parseOptions, usageError, write, type CliIO } from '../io.js';
import { DEFAULT_DATA_DIR, storeOptions } from '../store.js';
import { databaseAudit } from '../../trust/registry-audit.js';

const USAGE = `usage:
  bonemet report DECISION_ID [--lang en|zh|ja] [--out FILE] [--data-dir ${DEFAULT_DATA_DIR}]

Writes the board report of a stored decision as PDF: the patient's facts (record code only),
prognosis panel, every option with verdict, reasons and sources, conflicts, the sequenced plan,
attendees and sign-off. Default FILE: board-report-<record code>-<lang>.pdf; readable by its
owner only (0600); an existing file is never overwritten. PostgreSQL when DATABASE_URL is set,
else PGlite in --data-dir.`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function reportCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { lang: { type: 'string' }, out: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  if (values.help) {
    write(io.stdout, USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw usageError(`give one DECISION_ID\n${USAGE}`);
  const id = positionals[0]!;
  if (!UUID.test(id)) throw usageError(`DECISION_ID: "${id.slice(0, 60)}" is not a decision id (a UUID such as 6f1c2a8e-0b0d-4c52-9a43-2f5cb2d8e7a1)`);
  const lang = values.lang ?? 'en';
  if (!isLang(lang)) throw usageError(`--lang: "${lang}" is not accepted; accepted: ${LANGS.join(', ')}`);
  const registry = await Registry.open(storeOptions(values['data-dir']), { audit: databaseAudit });
  try {
    const { pdf, recordCode } = await decisionReportPdf(registry, LOCAL_ACTOR, id, lang);
    const file = values.out ?? `board-report-${recordCode.replace(/[^\w.-]/g, '_')}-${lang}.pdf`;
    try {
      await writeFile(file, pdf, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      throw new ProblemError(badRequest(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)} (an existing file is never overwritten)`, [{ path: '--out', message: `${file} not written` }]));
    }
    write(io.stdout, `wrote ${file} (${pdf.length} bytes)`);
    return 0;
  } finally {
    await registry.close();
  }
}
