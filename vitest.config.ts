import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Embedded Postgres (PGlite) starts and migrates in each database test file; with the whole
    // suite running on two cores that can take well over vitest's 10 s default.
    hookTimeout: 120_000,
  },
});
