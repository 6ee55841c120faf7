// npm run bench:recommend: how `recommend` time grows with the size of its input. Builds facts
// with 1× and 10× the lesions, previous treatments and planned levels (up to the bounds of the
// facts schema) and prints each time and the ratio 10× / 1× (linear: about 10; the target ≤ 12),
// then how long a 1 MB body takes to be refused. Timings are medians of many runs in one process.
import { performance } from 'node:perf_hooks';
import { recommend } from '../dist/knowledge/rules/index.js';
import { SPINAL_LEVELS } from '../dist/knowledge/anatomy/spine.js';

const RUNS = 200;

/** A patient with `n` spinal lesions (one per level), `n` previous treatments and `min(n, 29)` planned levels. */
function facts(n) {
  const levels = Array.from({ length: n }, (_, i) => SPINAL_LEVELS[i % SPINAL_LEVELS.length]);
  return {
    decisionDate: '2026-11-25',
    patient: { age: 64, sex: 'female', weightKg: 60, pregnant: false },
    primary: { histology: 'kidney', boneMetastasisConfirmed: true },
    pain: { score: 7, limitsDailyLife: true },
    neurology: { frankel: 'D', deficitProgressing: false },
    lesions: levels.map((level, i) => ({ level, character: 'lytic', escc: ['0', '1a', '2'][i % 3], sins: 7 + (i % 8), painful: true, posteriorWallIntact: true, pediclesInvolved: 'none', collapsePercent: 10 })),
    priorTreatments: levels.map((level, i) => ({ kind: ['radiotherapy', 'pvp', 'surgery'][i % 3], date: '2025-01-01', levels: [level], doseGy: 20, fractions: 5 })),
    plannedPvpLevels: [...new Set(levels)].slice(0, 29),
    infection: { local: false, systemic: false },
    pmmaAllergy: false,
    labs: { plateletsPerUl: 200_000, ptRatio: 1, apttRatio: 1, creatinineMgDl: 1, calciumMgDl: 9.4 },
  };
}

function median(run) {
  for (let i = 0; i < 20; i++) run();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const small = facts(6);
const large = facts(60);
const t1 = median(() => recommend(small));
const t10 = median(() => recommend(large));
const body = JSON.stringify({ ...small, plannedPvpLevels: Array.from({ length: 200_000 }, () => 'T1') });
const refuse = median(() => {
  try {
    recommend(JSON.parse(body));
  } catch {
    return;
  }
  throw new Error('a 1 MB body was accepted');
});
console.log(JSON.stringify({
  lesions: { small: 6, large: 60 },
  recommendMs: { small: +t1.toFixed(3), large: +t10.toFixed(3) },
  ratio: +(t10 / t1).toFixed(2),
  refuseOneMegabyteMs: +refuse.toFixed(2),
  bodyBytes: body.length,
}, null, 2));
