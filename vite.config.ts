import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The web workspace (src/web) built to dist/web, which the API server serves. `npm run dev:web`
 * proxies /api to a server started with `bonemet serve` on BONEMET_API (default :3000).
 */
export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/api': process.env.BONEMET_API ?? 'http://127.0.0.1:3000' },
  },
});
