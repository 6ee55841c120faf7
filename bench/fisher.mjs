// Fisher's exact test of r × c tables: bonemet's network algorithm (fisherExactRxC) against R's
// fisher.test (FEXACT) on the same tables, in the same run, as a ratio (bonemet / R; below 1 means
// bonemet is faster). Library calls on both sides (no process start-up): each side calls the test
// repeatedly for at least BENCH_MIN_SECONDS (default 0.3) and takes the time per call; the rounds
// (BENCH_ROUNDS, default 3) alternate R and bonemet, and each keeps its best round, so that a busy
// machine stretches both alike. R runs with its default workspace; a table it refuses so is timed
// with the first of workspace = 2e6, 2e7, 2e8 that it accepts (marked). The p-values are compared.
// A second part times the FIRST call in a fresh process, where V8 has not optimised the network yet:
// BENCH_PAIRS (default 5) pairs of whole processes (Node importing the library and calling once,
// against Rscript calling fisher.test once), alternating, on three tables; each process also
// reports the time of the call alone. Ratios are the medians of the pair-by-pair ratios.
// Run: npm run bench:fisher, or npm run build && node bench/fisher.mjs
// (BENCH_DIST=<dir> imports the library from elsewhere). Needs R (apt-get install -y r-base-core).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MIN_SECONDS = Number(process.env.BENCH_MIN_SECONDS ?? 0.3);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : fileURLToPath(new URL('../dist', import.meta.url));
const { fisherExactRxC } = await import(pathToFileURL(join(dist, 'stats', 'fisher-network.js')).href);

const probe = spawnSync('Rscript', ['-e', 'invisible(fisher.test)'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) {
  console.error('bench: needs Rscript, which was not found. Install it with: apt-get install -y r-base-core');
  process.exit(1);
}

/** name → rows. The first group R takes with its default workspace; the last needs more. */
const TABLES = [
  ['Job satisfaction (?fisher.test), 4×4, n=96', [[1, 3, 10, 6], [2, 3, 10, 7], [1, 6, 14, 12], [0, 1, 9, 11]]],
  ['000 Table 1 primary tumour, 3×4, n=106', [[19, 10, 2, 7], [17, 8, 4, 9], [20, 5, 2, 3]]],
  ['3×4, n=119', [[12, 8, 5, 9], [7, 15, 11, 6], [10, 9, 14, 13]]],
  ['3×4, n=200', [[6, 8, 8, 11], [6, 26, 26, 22], [7, 17, 31, 32]]],
  ['5×3, n=90', [[5, 8, 3], [9, 4, 6], [2, 7, 10], [8, 6, 5], [4, 9, 4]]],
  ['2×6, n=120', [[12, 5, 9, 14, 6, 10], [8, 15, 11, 6, 14, 10]]],
  ['Mehta–Patel (FEXACT docs) 3×7, n=60', [[1, 8, 5, 4, 4, 2, 2], [5, 3, 3, 4, 3, 1, 0], [10, 1, 4, 0, 0, 0, 0]]],
  ['3×5, n=150', [[22, 9, 7, 11, 14], [12, 7, 3, 8, 16], [10, 4, 4, 9, 14]]],
  ['3×6, n=120', [[7, 3, 6, 8, 7, 8], [7, 4, 2, 5, 12, 5], [6, 5, 9, 6, 8, 12]]],
  ['3×6, n=135', [[8, 6, 9, 5, 7, 10], [6, 9, 5, 8, 10, 7], [9, 7, 6, 10, 5, 8]]],
  ['3×8, n=100', [[8, 2, 4, 7, 8, 8, 3, 4], [7, 2, 0, 3, 7, 6, 2, 4], [4, 2, 1, 4, 5, 3, 3, 3]]],
  ['3×10, n=60', [[2, 1, 1, 0, 0, 4, 1, 5, 3, 1], [0, 2, 0, 9, 2, 1, 3, 5, 2, 3], [4, 1, 0, 1, 1, 0, 1, 4, 2, 1]]],
  ['4×5, n=85', [[3, 5, 2, 6, 4], [4, 2, 7, 3, 5], [6, 4, 3, 5, 2], [2, 6, 5, 4, 7]]],
  ['4×6, n=70', [[1, 1, 8, 3, 4, 5], [3, 1, 3, 1, 2, 5], [3, 1, 1, 3, 2, 1], [5, 2, 3, 3, 6, 3]]],
  ['5×5, n=62', [[2, 3, 4, 1, 2], [3, 1, 2, 4, 3], [1, 4, 3, 2, 1], [4, 2, 1, 3, 4], [2, 3, 4, 1, 2]]],
  ['5×6, n=50', [[0, 0, 0, 0, 4, 0], [0, 1, 1, 2, 2, 0], [2, 0, 3, 3, 2, 1], [1, 2, 3, 2, 4, 0], [1, 2, 9, 3, 1, 1]]],
  ['6×6, n=40', [[0, 2, 1, 3, 0, 0], [2, 1, 3, 1, 0, 3], [2, 2, 3, 3, 0, 2], [0, 0, 1, 0, 0, 1], [1, 2, 1, 0, 1, 0], [0, 2, 0, 2, 1, 0]]],
  ['3×4, n=280', [[25, 20, 15, 22], [18, 30, 25, 15], [30, 22, 28, 30]]],
  ['3×5, n=150 (b)', [[14, 8, 2, 9, 8], [17, 9, 7, 10, 13], [8, 14, 6, 10, 15]]],
  ['4×5, n=100', [[8, 7, 2, 9, 3], [6, 2, 5, 2, 3], [4, 6, 2, 6, 3], [9, 8, 2, 5, 8]]],
  ['2×8, n=400', [[32, 31, 14, 20, 9, 35, 22, 44], [27, 28, 25, 10, 12, 31, 20, 40]]],
];

const dir = mkdtempSync(join(tmpdir(), 'bonemet-fisher-'));
const tablesFile = join(dir, 'tables.tsv');
writeFileSync(tablesFile, TABLES.map(([name, rows]) => `${name}\t${rows.map((r) => r.join(',')).join(';')}`).join('\n') + '\n');
const rScript = fileURLToPath(new URL('../scripts/r/fisher-bench.R', import.meta.url));

function ours(rows) {
  const table = { rows: rows.length, cols: rows[0].length, counts: rows.flat() };
  let calls = 0;
  let result;
  const start = performance.now();
  let elapsed;
  do {
    result = fisherExactRxC(table);
    calls++;
    elapsed = (performance.now() - start) / 1000;
  } while (elapsed < MIN_SECONDS);
  return { seconds: elapsed / calls, p: result.p, paths: result.paths };
}

const best = TABLES.map(() => ({ ours: Infinity, r: Infinity, p: NaN, rP: NaN, workspace: NaN, paths: 0 }));
const loads = [loadavg()[0]];
for (let round = 0; round < ROUNDS; round++) {
  const r = spawnSync('Rscript', [rScript, tablesFile, '1', String(MIN_SECONDS)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    console.error(`bench: Rscript failed:\n${r.stderr}`);
    process.exit(1);
  }
  r.stdout.trim().split('\n').forEach((line, k) => {
    const [, workspace, seconds, p] = line.split('\t');
    best[k].r = Math.min(best[k].r, Number(seconds));
    best[k].rP = Number(p);
    best[k].workspace = Number(workspace);
  });
  TABLES.forEach(([, rows], k) => {
    const run = ours(rows);
    best[k].ours = Math.min(best[k].ours, run.seconds);
    best[k].p = run.p;
    best[k].paths = run.paths;
  });
  loads.push(loadavg()[0]);
}

const version = spawnSync('Rscript', ['-e', 'cat(R.version.string)'], { encoding: 'utf8' }).stdout.trim();
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${version}`);
console.log(`load average (1 min) during the run: ${loads.map((l) => l.toFixed(1)).join(' → ')}`);
console.log(`${ROUNDS} rounds alternating R and bonemet, best round each; time per call (each side repeats a call for ≥ ${MIN_SECONDS} s)\n`);
const cell = (v, w) => String(v).padStart(w);
console.log(`${'table'.padEnd(42)} ${cell('bonemet ms', 11)} ${cell('R ms', 10)} ${cell('ratio', 7)}  ${cell('R workspace', 11)}  ${'p (bonemet)'.padEnd(22)} rel. diff to R`);
const defaults = [];
for (const [k, [name]] of TABLES.entries()) {
  const b = best[k];
  const ratio = b.ours / b.r;
  if (b.workspace === 200000) defaults.push(ratio);
  const diff = Math.abs(b.p - b.rP) / b.rP;
  console.log(
    `${name.padEnd(42)} ${cell((b.ours * 1000).toFixed(2), 11)} ${cell(Number.isFinite(b.r) ? (b.r * 1000).toFixed(2) : 'refused', 10)} ${cell(Number.isFinite(ratio) ? ratio.toFixed(2) : '—', 7)}  ${cell(b.workspace === 200000 ? 'default' : Number.isFinite(b.workspace) ? b.workspace.toExponential(0) : '—', 11)}  ${String(b.p).padEnd(22)} ${Number.isFinite(diff) ? diff.toExponential(1) : '—'}`,
  );
}
const geometric = Math.exp(defaults.reduce((a, r) => a + Math.log(r), 0) / defaults.length);
console.log(`\ntables R takes with its default workspace: ${defaults.length}; ratio geometric mean ${geometric.toFixed(2)}, largest ${Math.max(...defaults).toFixed(2)}`);

// the first call in a fresh process, whole processes in pairs
const FIRST_CALL = ['Job satisfaction (?fisher.test), 4×4, n=96', '5×6, n=50', '6×6, n=40'];
const library = pathToFileURL(join(dist, 'stats', 'fisher-network.js')).href;
/** One process: its output's first line, wall seconds, CPU seconds (user + system) from the shell's `times`. */
function timeProcess(argv) {
  const start = performance.now();
  const run = spawnSync('bash', ['-c', '"$@" || exit 1; times', 'bench', ...argv], { encoding: 'utf8' });
  const wall = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`bench: ${argv[0]} failed:\n${run.stderr}`);
  const lines = run.stdout.trim().split('\n');
  const [user, system] = lines.pop().split(/\s+/).map((t) => {
    const [, minutes, seconds] = /^(\d+)m([\d.]+)s$/.exec(t);
    return Number(minutes) * 60 + Number(seconds);
  });
  const [callMs, p] = lines[0].split(' ').map(Number);
  return { wall, cpu: user + system, callMs, p };
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const firstLoads = [loadavg()[0]];
const firstRows = [];
for (const name of FIRST_CALL) {
  const rows = TABLES.find(([n]) => n === name)[1];
  const ours = [
    'node', '--input-type=module', '-e',
    `import { performance } from 'node:perf_hooks'; const { fisherExactRxC } = await import(${JSON.stringify(library)}); ` +
      `const rows = ${JSON.stringify(rows)}; const start = performance.now(); ` +
      `const { p } = fisherExactRxC({ rows: rows.length, cols: rows[0].length, counts: rows.flat() }); console.log(performance.now() - start, p);`,
  ];
  const theirs = [
    'Rscript', '-e',
    `m <- matrix(c(${rows.flat().join(',')}), ${rows.length}, byrow = TRUE); start <- proc.time()[["elapsed"]]; ` +
      `p <- fisher.test(m)$p.value; cat(1000 * (proc.time()[["elapsed"]] - start), sprintf("%.17g", p), "\n")`,
  ];
  timeProcess(ours);
  timeProcess(theirs);
  const pairs = [];
  for (let k = 0; k < PAIRS; k++) pairs.push([timeProcess(ours), timeProcess(theirs)]);
  firstRows.push({ name, pairs });
  firstLoads.push(loadavg()[0]);
}
console.log(`\nfirst call in a fresh process: ${PAIRS} pairs each (A B A B …), medians; ratio = median of the pair-by-pair ratios`);
console.log(`load average (1 min) during this part: ${firstLoads.map((l) => l.toFixed(1)).join(' → ')}\n`);
console.log(
  `${'table'.padEnd(42)} ${cell('call ms', 8)} ${cell('R call', 7)} ${cell('ratio', 6)}  ${cell('process wall s', 14)} ${cell('R', 5)} ${cell('ratio', 6)}  ${cell('process CPU s', 13)} ${cell('R', 5)} ${cell('ratio', 6)}`,
);
for (const { name, pairs } of firstRows) {
  const m = (f) => median(pairs.map(f));
  console.log(
    `${name.padEnd(42)} ${cell(m(([a]) => a.callMs).toFixed(0), 8)} ${cell(m(([, b]) => b.callMs).toFixed(0), 7)} ${cell(m(([a, b]) => a.callMs / b.callMs).toFixed(2), 6)}  ` +
      `${cell(m(([a]) => a.wall).toFixed(2), 14)} ${cell(m(([, b]) => b.wall).toFixed(2), 5)} ${cell(m(([a, b]) => a.wall / b.wall).toFixed(2), 6)}  ` +
      `${cell(m(([a]) => a.cpu).toFixed(2), 13)} ${cell(m(([, b]) => b.cpu).toFixed(2), 5)} ${cell(m(([a, b]) => a.cpu / b.cpu).toFixed(2), 6)}`,
  );
  const worst = Math.max(...pairs.map(([a, b]) => Math.abs(a.p - b.p) / b.p));
  if (!(worst < 1e-9)) console.log(`  p differs from R's by ${worst.toExponential(1)} relative`);
}

