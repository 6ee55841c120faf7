import { ProblemError } from '../boundary/problem.js';
import { formatProblem } from './render/problem.js';
import { EXIT_USAGE, write, type CliIO, type Command } from './io.js';
import { auditCommand } from './commands/audit.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { recommendCommand } from './commands/recommend.js';
import { scoreCommand } from './commands/score.js';
import { serveCommand } from './commands/serve.js';
import { statsCommand } from './commands/stats.js';
import { userCommand } from './commands/user.js';
import { VERSION } from '../version.js';

interface CommandEntry {
  run: Command;
  summary: string;
}

/** Every `bonemet` subcommand; add one line here to add a command. */
const COMMANDS: Record<string, CommandEntry> = {
  score: { run: scoreCommand, summary: 'score an assessment instrument (`bonemet score --list` names them)' },
  recommend: { run: recommendCommand, summary: 'guideline verdict for every treatment option, with sourced findings and a computed plan' },
  import: { run: importCommand, summary: 'import a cohort CSV into the registry (all or nothing; every bad row reported)' },
  export: { run: exportCommand, summary: 'export the registry cohort: tidy observations, a dataset for SPSS/R and a data dictionary' },
  serve: { run: serveCommand, summary: 'serve the registry API over HTTP (PGlite in a data directory, or PostgreSQL via DATABASE_URL)' },
  stats: { run: statsCommand, summary: 'outcome statistics: km, logrank, cox, chisq, fisher, anova, levene, ttest' },
  user: { run: userCommand, summary: 'manage sign-in: user add|disable|enable|reset-password|token|list' },
  audit: { run: auditCommand, summary: 'audit log: verify the hash chain (first broken link), export as CSV' },
  backup: { run: backupCommand, summary: 'back up the whole store to a file, with per-table row counts and checksums' },
  restore: { run: restoreCommand, summary: 'restore a backup into an empty store and check it is identical' },
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return [
    'usage: bonemet <command> [options]',
    '',
    'commands:',
    ...Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`),
    '',
    'Run `bonemet <command> --help` for the options of a command.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    write(io.stdout, help());
    return 0;
  }
  if (name === '--version') {
    write(io.stdout, VERSION);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    write(io.stderr, `bonemet: unknown command "${name}"; accepted: ${Object.keys(COMMANDS).join(', ')}\n\n${help()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof ProblemError) {
      write(io.stderr, formatProblem(`bonemet ${name}`, error.problem));
      return EXIT_USAGE;
    }
    throw error;
  }
}
