import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import { sendProblem } from './problem-reply.js';
import { notFound } from '../boundary/problem.js';
import { PUBLIC, declare } from './route.js';

/** dist/web (built by `vite build`, see vite.config.ts), from src/server and from dist/server alike. */
export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

interface WebOptions {
  /** Folder of the built workspace (default dist/web). */
  root?: string;
}

/**
 * Serves the web workspace: its files, and index.html for any other GET that is not the API
 * (the workspace routes in the browser). Hashed assets are cached for a year, index.html never.
 */
export const webPlugin: FastifyPluginAsync<WebOptions> = async (app, options) => {
  const root = resolve(options.root ?? WEB_ROOT);
  const index = join(root, 'index.html');

  app.get('/*', declare({ access: PUBLIC, summary: 'The web workspace: its files, and index.html for its own paths', hidden: true }), async (request, reply) => {
    const path = decodeURIComponent((request.params as { '*': string })['*'] ?? '');
    if (path === 'api' || path.startsWith('api/')) {
      return sendProblem(reply, notFound(`no route ${request.method} ${request.url.split('?')[0]}`), request.url);
    }
    const file = normalize(join(root, path));
    if (file.startsWith(root + sep) && path !== '' && existsSync(file) && statSync(file).isFile()) {
      const immutable = path.startsWith('assets/');
      return reply
        .type(TYPES[extname(file)] ?? 'application/octet-stream')
        .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
        .send(createReadStream(file));
    }
    if (!existsSync(index)) {
      return sendProblem(reply, notFound('the web workspace is not built: run npm run build'), request.url);
    }
    return reply.type(TYPES['.html']!).header('cache-control', 'no-cache').send(createReadStream(index));
  });
};
