import { ProblemError } from '../boundary/problem.js';
import { formatProblem } from './render/problem.js';
import { EXIT_USAGE, write, type CliIO, type Command } from './io.js';
import { VERSION } from '../version.js';

interface CommandEntry {
  /** Loads the command's module on first use: `bonemet score` never loads the server, the registry or argon2. */
  load: () => Promise<Command>;
  summary: string;
}

/**
 * Every `bonemet` subcommand; add one line here to add a command. Each is imported only when it
 * runs (start-up budget: docs/performance.md "CLI start-up"); keep heavy imports out of this file.
 */
const COMMANDS: Record<string, CommandEntry> = {
  score: { load: async () => (await import('./commands/score.js')).scoreCommand, summary: 'score an assessment instrument (`bonemet score --list` names them)' },
  recommend: { load: async () => (await import('./commands/recommend.js')).recommendCommand, summary: 'guideline verdict for every treatment option, with sourced findings and a computed plan' },
  import: { load: async () => (await import('./commands/import.js')).importCommand, summary: 'import a cohort CSV into the registry (all or nothing; every bad row reported)' },
  export: { load: async () => (await import('./commands/export.js')).exportCommand, summary: 'export the registry cohort: tidy observations, a dataset for SPSS/R and a data dictionary' },
  report: { load: async () => (await import('./commands/report.js')).reportCommand, summary: 'the board report of a stored decision as PDF (en/zh/ja): facts, prognosis, verdicts with sources, sequenced plan, sign-off' },
  serve: { load: async () => (await import('./commands/serve.js')).serveCommand, summary: 'serve the registry API over HTTP (PGlite in a data directory, or PostgreSQL via DATABASE_URL)' },
  stats: { load: async () => (await import('./commands/stats.js')).statsCommand, summary: 'outcome statistics: km, logrank, cox, chisq, fisher, anova, levene, ttest' },
  user: { load: async () => (await import('./commands/user.js')).userCommand, summary: 'manage sign-in: user add|disable|enable|reset-password|token|list' },
  audit: { load: async () => (await import('./commands/audit.js')).auditCommand, summary: 'audit log: verify the keyed chain against its checkpoints, write a checkpoint, export as CSV' },
  db: { load: async () => (await import('./commands/db.js')).dbCommand, summary: 'database: apply migrations, grant the server its PostgreSQL runtime role' },
  backup: { load: async () => (await import('./commands/backup.js')).backupCommand, summary: 'back up the whole store to a file, with per-table row counts and checksums' },
  restore: { load: async () => (await import('./commands/backup.js')).restoreCommand, summary: 'restore a backup into an empty store and check it is identical' },
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
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    write(io.stderr, `bonemet: unknown command "${name}"; accepted: ${Object.keys(COMMANDS).join(', ')}\n\n${help()}`);
    return EXIT_USAGE;
  }
  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (error) {
    if (error instanceof ProblemError) {
      write(io.stderr, formatProblem(`bonemet ${name}`, error.problem));
      return EXIT_USAGE;
    }
    throw error;
  }
}
