import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Three test tiers (README "Tests", docs/testing.md). `npm test` runs all three; each has its own
 * script (`npm run test:unit`, `test:int`, `test:system`) and its own timeouts.
 *
 * - unit: the pure core and the renderers — no database, no server, no child process. Seconds.
 * - system: whole-process tests — SIGKILL crash cycles, HTTP fuzzing, the browser end to end —
 *   and the core's sweeps (every SINS, Tokuhashi and Tomita combination against an oracle;
 *   recommend over 300, and the verdict synthesis over 5 000, random patients): pure, but most of
 *   what unit would cost.
 * - integration: everything else (registry, trust, server, CLI commands) on PGlite, and on
 *   PostgreSQL too when DATABASE_URL is set. Defined as "not unit, not system", so a new test file
 *   always lands in exactly one tier.
 */
export const UNIT = [
  'src/knowledge/**/*.test.ts',
  'src/stats/**/*.test.ts',
  'src/boundary/**/*.test.ts',
  'src/i18n/**/*.test.ts',
  'src/cli/render/**/*.test.ts',
  'src/web/components/**/*.test.ts',
  'lint/**/*.test.ts',
];
export const SYSTEM = [
  'src/server/crash.test.ts',
  'src/server/fuzz.test.ts',
  'src/web/e2e/**/*.test.ts',
  'src/knowledge/instruments/*-combinations.test.ts',
  'src/knowledge/rules/invariants.test.ts',
  'src/knowledge/rules/synthesis.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: UNIT,
          exclude: [...configDefaults.exclude, ...SYSTEM],
          testTimeout: 10_000,
          hookTimeout: 10_000,
          // Pure modules: one module graph per worker instead of one per file halves the run.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...UNIT, ...SYSTEM],
          testTimeout: 60_000,
          // Embedded Postgres (PGlite) starts and migrates in each database test file; with the whole
          // suite running on two cores that can take well over vitest's 10 s default.
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: { name: 'system', include: SYSTEM, testTimeout: 600_000, hookTimeout: 120_000 },
      },
    ],
  },
});
