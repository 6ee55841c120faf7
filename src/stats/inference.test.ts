import { describe, expect, it } from 'vitest';
import { summarize, tukeyHsd, welchAnova } from './anova.js';
import { fisherExactRxC, fisherMonteCarlo, tableFromRows } from './contingency.js';
import { pAdjust } from './multiple.js';
import { mulberry32 } from './prng.js';
import { cochranQ, friedmanTest, kruskalWallis, wilcoxonRankSum, wilcoxonSignedRank } from './nonparametric.js';
import { shapiroWilk } from './normality.js';
import { studentizedRangeSf, studentizedRangeUpperQuantile } from './studentized-range.js';
import { kaplanMeier } from './survival/kaplan-meier.js';
import { restrictedMean } from './survival/rmst.js';
import { expectAllRelative, expectRelative, loadCsvFixture, loadFixture } from './test-helpers.js';
import type { Alternative } from './ttest.js';

interface HTest { statistic: number; df: number; p: number }
interface Inference {
  padjust: { p: (number | null)[]; holm: (number | null)[]; BH: (number | null)[]; bonferroni: (number | null)[] };
  kruskal: { name: string; groups: Record<string, number[]>; result: HTest }[];
  welch: { name: string; groups: Record<string, number[]>; result: { statistic: number; df: [number, number]; p: number } }[];
  wilcoxon: { name: string; x: number[]; y: number[]; paired: boolean; alternative: Alternative; correct: boolean; statistic: number; p: number; exact: boolean }[];
  shapiro: { name: string; x: number[]; w: number; p: number }[];
  fisher: { name: string; table: number[][]; p: number; workspace: number }[];
  friedman: { name: string; data: number[][]; result: HTest }[];
  cochran: { name: string; data: number[][]; result: HTest; mcnemar?: HTest }[];
  tukey: { name: string; groups: Record<string, number[]>; pairs: string[]; diff: number[]; lwr: number[]; upr: number[]; p: number[] }[];
  ptukey: { q: number; k: number; df: number; sf: number }[];
  qtukey: { p: number; k: number; df: number; qtukey: number; root: number; exact: number | null }[];
  rmst: { name: string; tau: number; curves: string[]; rmean: number[]; se: number[] }[];
}

const R = loadFixture<Inference>('inference.json');
const ESTIMATE = 1e-10;

const groupsOf = (record: Record<string, number[]>): Float64Array[] => Object.values(record).map((v) => Float64Array.from(v));

describe('p.adjust (Holm, Benjamini–Hochberg, Bonferroni) with ties and a missing value', () => {
  const p = Float64Array.from(R.padjust.p, (v) => (v === null ? NaN : v));
  for (const method of ['holm', 'BH', 'bonferroni'] as const) {
    it(method, () => expectAllRelative(pAdjust(p, method), R.padjust[method], 1e-14, method));
  }
});

describe('Kruskal–Wallis against R kruskal.test (tie-corrected)', () => {
  for (const c of R.kruskal) {
    it(c.name, () => {
      const result = kruskalWallis(groupsOf(c.groups));
      expectRelative(result.statistic, c.result.statistic, ESTIMATE, 'H');
      expect(result.df).toBe(c.result.df);
      expectRelative(result.p, c.result.p, ESTIMATE, 'p');
    });
  }
});

describe("Welch's ANOVA against R oneway.test(var.equal = FALSE)", () => {
  for (const c of R.welch) {
    it(c.name, () => {
      const result = welchAnova(groupsOf(c.groups));
      expectRelative(result.f, c.result.statistic, ESTIMATE, 'F');
      expectRelative(result.df1, c.result.df[0], ESTIMATE, 'df1');
      expectRelative(result.df2, c.result.df[1], ESTIMATE, 'df2');
      expectRelative(result.p, c.result.p, ESTIMATE, 'p');
    });
  }
});

describe('Wilcoxon rank-sum and signed-rank against R wilcox.test (exact or normal as R chooses)', () => {
  for (const c of R.wilcoxon) {
    it(`${c.name}, ${c.alternative}${c.correct ? '' : ', correct = FALSE'}`, () => {
      const options = { alternative: c.alternative, correct: c.correct };
      const result = c.paired ? wilcoxonSignedRank(c.x, c.y, options) : wilcoxonRankSum(c.x, c.y, options);
      expect(result.exact).toBe(c.exact);
      expect(result.statistic).toBe(c.statistic);
      expectRelative(result.p, c.p, ESTIMATE, 'p');
    });
  }
});

describe('Shapiro–Wilk against R shapiro.test', () => {
  for (const c of R.shapiro) {
    it(c.name, () => {
      const result = shapiroWilk(c.x);
      expectRelative(result.w, c.w, 1e-12, 'W');
      expectRelative(result.p, c.p, 1e-9, 'p');
    });
  }
});

describe("Fisher's exact test of r × c tables against R fisher.test", () => {
  // every table R takes with its default workspace (200000), and some it refuses so (then R ran with more)
  for (const c of R.fisher) {
    const label = c.workspace === 200000 ? c.name : `${c.name} (R: workspace = ${c.workspace})`;
    it(label, () => expectRelative(fisherExactRxC(tableFromRows(c.table)).p, c.p, 1e-9, 'p'));
  }
  it('refuses, naming the limit and the way out, when the network outgrows its limit', () => {
    const job = R.fisher.find((c) => c.name.includes('Job'))!;
    expect(() => fisherExactRxC(tableFromRows(job.table), 100)).toThrow(/more than 100 (nodes|distinct past paths) at one stage.*--simulate/);
  });
});

describe('Friedman against R friedman.test', () => {
  for (const c of R.friedman) {
    it(c.name, () => {
      const result = friedmanTest(Float64Array.from(c.data.flat()), c.data.length, c.data[0]!.length);
      expectRelative(result.statistic, c.result.statistic, ESTIMATE, 'statistic');
      expect(result.df).toBe(c.result.df);
      expectRelative(result.p, c.result.p, ESTIMATE, 'p');
    });
  }
});

describe("Cochran's Q against its formula evaluated in R, and McNemar's test for two treatments", () => {
  for (const c of R.cochran) {
    it(c.name, () => {
      const result = cochranQ(Float64Array.from(c.data.flat()), c.data.length, c.data[0]!.length);
      expectRelative(result.statistic, c.result.statistic, ESTIMATE, 'Q');
      expectRelative(result.p, c.result.p, ESTIMATE, 'p');
      if (c.mcnemar) {
        expectRelative(result.statistic, c.mcnemar.statistic, ESTIMATE, 'McNemar');
        expectRelative(result.p, c.mcnemar.p, ESTIMATE, 'McNemar p');
      }
    });
  }
});

describe('the studentized range distribution against R ptukey / qtukey', () => {
  for (const c of R.ptukey) {
    it(`ptukey(${c.q}, ${c.k}, ${c.df}, lower.tail = FALSE)`, () => expectRelative(studentizedRangeSf(c.q, c.k, c.df), c.sf, 1e-6));
  }
  for (const c of R.qtukey) {
    it(`qtukey(${c.p}, ${c.k}, ${c.df}): the root of R's ptukey and R's qtukey (searched to 1e-4) to 1e-5${c.exact === null ? '' : ', √2·qt exactly'}`, () => {
      const q = studentizedRangeUpperQuantile(1 - c.p, c.k, c.df);
      expectRelative(q, c.root, 1e-5, 'root');
      expectRelative(q, c.qtukey, 1e-5, 'qtukey');
      if (c.exact !== null) expectRelative(q, c.exact, 1e-11, 'exact');
    });
  }
});

describe('Tukey HSD against R TukeyHSD(aov(...))', () => {
  for (const c of R.tukey) {
    it(c.name, () => {
      const result = tukeyHsd(groupsOf(c.groups).map(summarize));
      const names = Object.keys(c.groups);
      expect(result.comparisons.map((x) => `${names[x.second]}-${names[x.first]}`)).toEqual(c.pairs);
      expectAllRelative(result.comparisons.map((x) => x.difference), c.diff, ESTIMATE, 'diff');
      // R's limits carry the error of its qtukey (see above)
      expectAllRelative(result.comparisons.map((x) => x.lower), c.lwr, 1e-4, 'lwr');
      expectAllRelative(result.comparisons.map((x) => x.upper), c.upr, 1e-4, 'upr');
      expectAllRelative(result.comparisons.map((x) => x.p), c.p, 1e-5, 'p adj');
    });
  }
});

describe('restricted mean survival time against R print(survfit, rmean = τ)', () => {
  const data = { lung: loadCsvFixture('lung.csv'), veteran: loadCsvFixture('veteran.csv') };
  for (const c of R.rmst) {
    it(`${c.name}, τ = ${c.tau}`, () => {
      const columns = c.name.startsWith('lung') ? data.lung : data.veteran;
      const time = Float64Array.from(columns.time!, Number);
      const event = Uint8Array.from(columns.status!, Number);
      const by = /by (\w+)/.exec(c.name)?.[1];
      const labels: string[] = by ? columns[by]! : Array.from(time, () => '');
      const levels = c.curves.map((curve) => curve.replace(/^.*=/, ''));
      levels.forEach((level, g) => {
        const rows = Int32Array.from(labels.flatMap((v, i) => (v === level || !by ? [i] : [])));
        const result = restrictedMean(kaplanMeier(time, event, {}, rows), c.tau);
        expectRelative(result.estimate, c.rmean[g]!, 1e-12, `${level} rmean`);
        expectRelative(result.standardError, c.se[g]!, 1e-10, `${level} se`);
      });
    });
  }
});

describe("Fisher's test by Monte Carlo (fisher.test(simulate.p.value = TRUE))", () => {
  const table = tableFromRows([[12, 8, 5, 9], [7, 15, 11, 6], [10, 9, 14, 13]]);
  it('replays from its seed and lands within 4 standard errors of R\'s exact p', () => {
    const exact = 0.17037759617133613; // fisher.test on this table (fixtures/inference.json, "3 x 4, n = 119")
    const first = fisherMonteCarlo(table, 20000, 7);
    expect(fisherMonteCarlo(table, 20000, 7).p).toBe(first.p);
    expect(Math.abs(first.p - exact)).toBeLessThan(4 * Math.sqrt((exact * (1 - exact)) / 20000));
  });
});

describe("Fisher's network algorithm against a plain enumeration of every table", () => {
  /** Σ P over all tables with the margins of `rows` no more likely than it (within R's tolerance, 3.45254e-7 in log), by brute force. */
  function enumerate(rows: number[][]): number {
    const r = rows.map((row) => row.reduce((a, b) => a + b, 0));
    const c = rows[0]!.map((_, j) => rows.reduce((a, row) => a + row[j]!, 0));
    const n = r.reduce((a, b) => a + b, 0);
    const lf = (k: number): number => { let s = 0; for (let i = 2; i <= k; i++) s += Math.log(i); return s; };
    const constant = r.reduce((a, v) => a + lf(v), 0) + c.reduce((a, v) => a + lf(v), 0) - lf(n);
    const logP = (t: number[][]): number => constant - t.flat().reduce((a, v) => a + lf(v), 0);
    const observed = logP(rows);
    let p = 0;
    const table = rows.map((row) => row.map(() => 0));
    const fill = (cellIndex: number): void => {
      const cols = c.length;
      const i = Math.floor(cellIndex / cols);
      const j = cellIndex % cols;
      if (i === rows.length - 1) {
        // last row: what the columns still need
        const rowLeft = c.map((total, k) => total - table.slice(0, i).reduce((a, row) => a + row[k]!, 0));
        if (rowLeft.some((v) => v < 0) || rowLeft.reduce((a, b) => a + b, 0) !== r[i]) return;
        table[i] = rowLeft;
        const value = logP(table);
        if (value <= observed + 3.45254e-7) p += Math.exp(value);
        return;
      }
      const usedInRow = table[i]!.slice(0, j).reduce((a, b) => a + b, 0);
      const usedInCol = table.slice(0, i).reduce((a, row) => a + row[j]!, 0);
      if (j === cols - 1) {
        const v = r[i]! - usedInRow;
        if (v < 0 || v > c[j]! - usedInCol) return;
        table[i]![j] = v;
        fill(cellIndex + 1);
        return;
      }
      for (let v = 0; v <= Math.min(r[i]! - usedInRow, c[j]! - usedInCol); v++) {
        table[i]![j] = v;
        fill(cellIndex + 1);
      }
    };
    fill(0);
    return p;
  }
  const random = mulberry32(2026);
  for (let k = 0; k < 12; k++) {
    // small enough for the brute force: 2–3 × 2–4, counts 0–5
    const rows = 2 + Math.floor(random() * 2);
    const cols = 2 + Math.floor(random() * 3);
    const table = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.floor(random() * 6)));
    it(JSON.stringify(table), () => expectRelative(fisherExactRxC(tableFromRows(table)).p, Math.min(1, enumerate(table)), 1e-10, 'p'));
  }
  // equal row totals: the network enumerates their columns once, with the number of arrangements
  const equalTotals = [
    [[2, 1, 3], [1, 3, 2], [3, 2, 1]],
    [[1, 2, 1, 2], [2, 1, 2, 1], [1, 1, 2, 2]],
    [[0, 3, 2], [3, 0, 2], [2, 2, 1], [1, 1, 3]],
    [[4, 0, 0], [0, 4, 0], [0, 0, 4]],
    [[1, 1, 0, 1], [0, 1, 1, 1], [1, 0, 1, 1], [1, 1, 1, 0]],
    [[2, 2, 0, 0], [0, 0, 2, 2], [1, 1, 1, 1]],
  ];
  for (const table of equalTotals) {
    it(`${JSON.stringify(table)} (equal totals)`, () => expectRelative(fisherExactRxC(tableFromRows(table)).p, Math.min(1, enumerate(table)), 1e-10, 'p'));
  }
});
