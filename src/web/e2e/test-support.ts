import { expect } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** What the e2e tests drive: Debian's Chromium (installed by .ci/run), never a downloaded browser. */
export const CHROMIUM = process.env.BONEMET_CHROMIUM ?? '/usr/bin/chromium';
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'web');

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `bonemet serve` (the built server and dist/web, as `npm start` does) on a free port, on
 * a fresh PGlite data directory with the demo cohort. DATABASE_URL is dropped so the browser
 * tests never write into the PostgreSQL that other suites share.
 */
export async function startServer(): Promise<Server> {
  if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) throw new Error('dist/web is not built: run npm run build before the e2e tests');
  const dataDir = mkdtempSync(join(tmpdir(), 'bonemet-e2e-'));
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'bin', 'bonemet.js'), 'serve', '--port', '0', '--data-dir', dataDir, '--demo'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bonemet serve did not start in 90 s:\n${log}`)), 90_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /serving (http:\/\/[^\s]+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bonemet serve exited with ${String(code)}:\n${log}`));
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: the web e2e tests drive Debian's Chromium; install it with \`apt-get install chromium\` (.ci/run does)`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'bonemet-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale: 'en-GB',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core on the page as it stands: the serious and critical violations (an empty list passes).
 * axe is evaluated through the DevTools protocol, so the server's Content-Security-Policy (no
 * inline scripts) stays on for the page itself.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The password of the demo users that `bonemet serve --demo` creates (src/trust/demo-users.ts). */
export const DEMO_PASSWORD = 'bonemet-demo-2026';

/** Fails with every serious or critical axe violation of the page, named by the step. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations.map((v) => `${name}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A demo server and one browser page on it, collecting the page's uncaught errors. */
export interface Workspace {
  server: Server;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

export async function openWorkspace(): Promise<Workspace> {
  const server = await startServer();
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    server,
    page,
    errors,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
