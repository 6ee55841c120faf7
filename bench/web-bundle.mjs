// npm run bench:web: the gzip size of the web workspace's initial JavaScript (the entry chunk of
// dist/web/index.html plus every chunk it imports statically, transitively) against the 300 KB
// budget of issue 7, and the lazy chunks loaded later (decision page, cohort analytics).
// Exits 1 when the initial JavaScript is over budget. Run `npm run build` first (bench:web does).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 300 * 1024;
const root = fileURLToPath(new URL('../dist/web/', import.meta.url));
if (!existsSync(join(root, 'index.html'))) {
  console.error('bench:web: dist/web is not built; run npm run build');
  process.exit(1);
}
const html = readFileSync(join(root, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\/?([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+)"/g)].map((m) => m[1]);

const gz = (file) => gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Static imports only: `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`. */
function staticImports(file) {
  const code = readFileSync(join(root, file), 'utf8');
  const found = new Set();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    found.add(posix.normalize(posix.join(posix.dirname(file), m[1])));
  }
  return [...found];
}

const initial = new Set();
const queue = [...entries];
while (queue.length) {
  const file = queue.shift();
  if (initial.has(file)) continue;
  initial.add(file);
  queue.push(...staticImports(file));
}

const all = readdirSync(join(root, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
const lazy = all.filter((f) => !initial.has(f));
const initialGz = [...initial].reduce((sum, f) => sum + gz(f), 0);

console.log('initial JavaScript (entry + static imports), gzip -9:');
for (const f of initial) console.log(`  ${f.padEnd(40)} ${kb(gz(f)).padStart(10)}`);
console.log(`  ${'total'.padEnd(40)} ${kb(initialGz).padStart(10)}   budget ${kb(BUDGET)}: ${initialGz <= BUDGET ? 'within' : 'OVER'}`);
console.log('lazy chunks (loaded on first use):');
for (const f of lazy) console.log(`  ${f.padEnd(40)} ${kb(gz(f)).padStart(10)}`);
const css = readdirSync(join(root, 'assets')).filter((f) => f.endsWith('.css'));
for (const f of css) console.log(`stylesheet ${`assets/${f}`.padEnd(29)} ${kb(gz(`assets/${f}`)).padStart(10)}`);
if (initialGz > BUDGET) process.exit(1);
