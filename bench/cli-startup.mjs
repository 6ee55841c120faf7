// CLI start-up: each `bonemet` command against a bare `node -e 0`, run in turn (A B A B …) so that
// the ratio, taken pair by pair, survives the machine's speed drifting. Whole processes, wall
// clock from spawn to exit. `npm run bench:cli` builds first; RUNS=40 npm run bench:cli for more.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'bonemet.js');
const RUNS = Number(process.env.RUNS ?? 20);
const dir = mkdtempSync(join(tmpdir(), 'bonemet-cli-bench-'));
const sins = join(dir, 'sins.json');
writeFileSync(sins, JSON.stringify({ level: 'T11', pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'under-50', posterolateral: 'unilateral' }));
const facts = join(dir, 'facts.json');
writeFileSync(facts, JSON.stringify({
  decisionDate: '2026-11-25', patient: { age: 66, sex: 'female', weightKg: 55 },
  primary: { histology: 'lung-nsclc', cancerHistory: 'known-active', boneMetastasisConfirmed: true }, kps: 70,
  pain: { score: 7, type: 'mechanical', limitsDailyLife: true },
  lesions: [{ level: 'L1', character: 'lytic', painful: true, posteriorWallIntact: true, pediclesInvolved: 'none', collapsePercent: 30, escc: '1a' }],
}));

const BASELINE = ['-e', '0'];
const COMMANDS = [
  ['score', 'sins', '--json', '--input', sins],
  ['--help'],
  ['recommend', '--json', '--input', facts],
];

function time(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return seconds;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

try {
  console.log(`Node ${process.version}, ${RUNS} pairs each; median wall seconds, and the median of the pair-by-pair ratios`);
  console.log('| command | bonemet s | node -e 0 s | ratio |');
  console.log('| --- | --- | --- | --- |');
  for (const command of COMMANDS) {
    const args = [BIN, ...command];
    time(args);
    time(BASELINE); // warm-up, not counted
    const a = [];
    const b = [];
    for (let i = 0; i < RUNS; i++) {
      a.push(time(args));
      b.push(time(BASELINE));
    }
    const label = `bonemet ${command.join(' ').replace(dir, '…')}`;
    console.log(`| \`${label}\` | ${median(a).toFixed(3)} | ${median(b).toFixed(3)} | **${median(a.map((x, i) => x / b[i])).toFixed(2)}** |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
