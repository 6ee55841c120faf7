// npm run bench: times bonemet's Cox (Efron, 100 000 rows × 5 covariates) and Kaplan–Meier +
// log-rank (1 000 000 rows, 4 groups) against R's coxph, survfit and survdiff on the same CSVs, in
// the same run, and prints each ratio (bonemet time / R time; below 1 means bonemet is faster):
// first the library calls on data in memory, then whole commands (`bonemet stats km|cox` against
// Rscript with read.csv), in pairs A B A B …, wall and CPU seconds of each process.
// Needs R with the survival package: apt-get install -y r-base-core r-cran-survival
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { coxRegression } from '../dist/stats/survival/cox.js';
import { kaplanMeier, survivalQuantile } from '../dist/stats/survival/kaplan-meier.js';
import { logRankTest } from '../dist/stats/survival/logrank.js';

const REPEATS = 3;
const COX_ROWS = 100_000;
const KM_ROWS = 1_000_000;
const P = 5;

const probe = spawnSync('Rscript', ['-e', 'suppressPackageStartupMessages(library(survival))'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) {
  console.error('bench: needs Rscript with the survival package, which were not found.');
  console.error('Install them with: apt-get install -y r-base-core r-cran-survival');
  process.exit(1);
}

/** Deterministic uniform numbers in (0, 1) (xorshift128+), so every run times the same data. */
function generator(seed) {
  let a = BigInt(seed) | 1n;
  let b = 0x9e3779b97f4a7c15n;
  const mask = (1n << 64n) - 1n;
  return () => {
    let s1 = a;
    const s0 = b;
    a = s0;
    s1 ^= (s1 << 23n) & mask;
    b = s1 ^ s0 ^ (s1 >> 17n) ^ (s0 >> 26n);
    return (Number(((b + s0) & mask) >> 11n) + 0.5) / 2 ** 53;
  };
}

function normal(uniform) {
  return Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** Exponential survival with hazard exp(x'β), uniform censoring, times rounded to whole days (so with ties). */
function coxData(rows) {
  const uniform = generator(20240601);
  const beta = [0.5, -0.3, 0.2, 0, 0.8];
  const x = new Float64Array(rows * P);
  const time = new Float64Array(rows);
  const status = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    let linear = 0;
    for (let j = 0; j < P; j++) {
      const value = j === 4 ? (uniform() < 0.4 ? 1 : 0) : normal(uniform);
      x[i * P + j] = value;
      linear += beta[j] * value;
    }
    const event = (-Math.log(uniform()) / Math.exp(linear)) * 365;
    const censor = uniform() * 1000;
    time[i] = Math.max(1, Math.round(Math.min(event, censor)));
    status[i] = event <= censor ? 1 : 0;
  }
  return { x, time, status };
}

function kmData(rows) {
  const uniform = generator(777);
  const time = new Float64Array(rows);
  const status = new Uint8Array(rows);
  const group = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    group[i] = Math.floor(uniform() * 4);
    const event = -Math.log(uniform()) * (300 + 60 * group[i]);
    const censor = uniform() * 1500;
    time[i] = Math.max(1, Math.round(Math.min(event, censor)));
    status[i] = event <= censor ? 1 : 0;
  }
  return { time, status, group };
}

function best(run) {
  let fastest = Infinity;
  let result;
  for (let r = 0; r < REPEATS; r++) {
    const start = performance.now();
    result = run();
    fastest = Math.min(fastest, (performance.now() - start) / 1000);
  }
  return { seconds: fastest, result };
}

const dir = mkdtempSync(join(tmpdir(), 'bonemet-bench-'));
const cox = coxData(COX_ROWS);
const km = kmData(KM_ROWS);
const coxCsv = join(dir, 'cox.csv');
const kmCsv = join(dir, 'km.csv');
const coxLines = ['time,status,x1,x2,x3,x4,x5'];
for (let i = 0; i < COX_ROWS; i++) coxLines.push(`${cox.time[i]},${cox.status[i]},${Array.from(cox.x.subarray(i * P, (i + 1) * P)).join(',')}`);
writeFileSync(coxCsv, coxLines.join('\n') + '\n');
const kmLines = ['time,status,group'];
for (let i = 0; i < KM_ROWS; i++) kmLines.push(`${km.time[i]},${km.status[i]},${km.group[i]}`);
writeFileSync(kmCsv, kmLines.join('\n') + '\n');

const ours = {
  cox: best(() => coxRegression({ time: cox.time, event: cox.status, covariates: cox.x, p: P, ties: 'efron' })),
  km: best(() => {
    const members = [0, 1, 2, 3].map((g) => {
      const rows = [];
      for (let i = 0; i < KM_ROWS; i++) if (km.group[i] === g) rows.push(i);
      return Int32Array.from(rows);
    });
    const medians = members.map((rows) => survivalQuantile(kaplanMeier(km.time, km.status, {}, rows)).estimate);
    logRankTest(km.time, km.status, km.group, 4);
    return medians;
  }),
};

const rScript = fileURLToPath(new URL('../scripts/r/bench.R', import.meta.url));
const r = spawnSync('Rscript', [rScript, coxCsv, kmCsv, String(REPEATS)], { encoding: 'utf8', maxBuffer: 1 << 24 });
if (r.status !== 0) {
  console.error(`bench: Rscript failed:\n${r.stderr}`);
  process.exit(1);
}
const reference = JSON.parse(r.stdout.trim().split('\n').pop());

const coefficientError = Math.max(...reference.coef.map((c, j) => Math.abs(ours.cox.result.coefficients[j] - c) / Math.abs(c)));
const medianAgreement = ours.km.result.every((m, g) => m === reference.medians[g]);
const row = (label, seconds, rSeconds) => `${label.padEnd(42)} ${seconds.toFixed(3).padStart(8)} s ${rSeconds.toFixed(3).padStart(8)} s   ${(seconds / rSeconds).toFixed(2)}`;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${reference.version}`);
console.log(`best of ${REPEATS} runs each, parsing excluded on both sides\n`);
console.log(`${'analysis'.padEnd(42)} ${'bonemet'.padStart(10)} ${'R'.padStart(10)}   ratio (bonemet / R)`);
console.log(row(`Cox Efron, ${COX_ROWS} rows × ${P}`, ours.cox.seconds, reference.cox));
console.log(row(`KM + medians + log-rank, ${KM_ROWS} rows`, ours.km.seconds, reference.km));
console.log(`\nagreement: Cox coefficients within ${coefficientError.toExponential(1)} relative; KM medians ${medianAgreement ? 'identical' : `differ: ${ours.km.result} vs ${reference.medians}`}`);

// Whole commands: each a new process that reads the CSV, as a user runs it.
const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
const bonemet = fileURLToPath(new URL('../bin/bonemet.js', import.meta.url));
const rKm = `suppressPackageStartupMessages(library(survival)); d <- read.csv("${kmCsv}"); print(survfit(Surv(time, status) ~ group, d)); print(survdiff(Surv(time, status) ~ group, d))`;
const rCox = `suppressPackageStartupMessages(library(survival)); d <- read.csv("${coxCsv}"); print(summary(coxph(Surv(time, status) ~ x1 + x2 + x3 + x4 + x5, d, ties = "efron")))`;
const commands = [
  {
    label: `stats km, ${KM_ROWS} rows, 4 groups`,
    ours: ['node', bonemet, 'stats', 'km', '--csv', kmCsv, '--time', 'time', '--event', 'status', '--group', 'group'],
    theirs: ['Rscript', '-e', rKm],
  },
  {
    label: `stats cox, Efron, ${COX_ROWS} rows × ${P}`,
    ours: ['node', bonemet, 'stats', 'cox', '--csv', coxCsv, '--time', 'time', '--event', 'status', '--covariates', 'x1,x2,x3,x4,x5'],
    theirs: ['Rscript', '-e', rCox],
  },
];
/** One process: wall seconds, and CPU seconds (user + system) from the shell's `times`. */
function timeProcess(argv) {
  const start = performance.now();
  const run = spawnSync('bash', ['-c', '"$@" > /dev/null || exit 1; times', 'bench', ...argv], { encoding: 'utf8' });
  const wall = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`bench: ${argv.slice(0, 4).join(' ')} … failed:\n${run.stderr}`);
  const [user, system] = run.stdout.trim().split('\n').pop().split(/\s+/).map((t) => {
    const [, minutes, seconds] = /^(\d+)m([\d.]+)s$/.exec(t);
    return Number(minutes) * 60 + Number(seconds);
  });
  return { wall, cpu: user + system };
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(`\nwhole commands, ${PAIRS} pairs each (A B A B …), medians; ratio = median of the pair-by-pair ratios\n`);
console.log(`${'command'.padEnd(38)} ${'bonemet wall'.padStart(12)} ${'R wall'.padStart(8)} ${'wall ratio'.padStart(10)} ${'bonemet CPU'.padStart(12)} ${'R CPU'.padStart(8)} ${'CPU ratio'.padStart(10)}`);
for (const command of commands) {
  timeProcess(command.ours);
  timeProcess(command.theirs);
  const pairs = [];
  for (let k = 0; k < PAIRS; k++) pairs.push([timeProcess(command.ours), timeProcess(command.theirs)]);
  const cell = (v, width, digits = 2) => v.toFixed(digits).padStart(width);
  console.log(
    `${command.label.padEnd(38)} ${cell(median(pairs.map(([a]) => a.wall)), 12)} ${cell(median(pairs.map(([, b]) => b.wall)), 8)} ${cell(median(pairs.map(([a, b]) => a.wall / b.wall)), 10)} ` +
      `${cell(median(pairs.map(([a]) => a.cpu)), 12)} ${cell(median(pairs.map(([, b]) => b.cpu)), 8)} ${cell(median(pairs.map(([a, b]) => a.cpu / b.cpu)), 10)}`,
  );
}
