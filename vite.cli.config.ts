import { defineConfig } from 'vite';

/**
 * The `bonemet` command as one bundle (dist/bin/main.js, one chunk per command, each loaded on
 * first use), built by `npm run build` after tsc. Bundling the core and zod (hundreds of small
 * ES modules) is what brings `bonemet score` near a bare Node start-up (docs/performance.md
 * "CLI start-up"). Every other package stays external (native argon2, PGlite's wasm, fastify, pg).
 * The chunks sit in dist/bin/, one folder below dist/ like dist/registry and dist/server, so the
 * paths those modules resolve from import.meta.url (migrations, dist/web) hold in the bundle too.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  ssr: { noExternal: ['zod', /^@stdlib\//] },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/bin',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'main.js', chunkFileNames: '[name]-[hash].js' } },
  },
});
