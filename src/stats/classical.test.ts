import { describe, expect, it } from 'vitest';
import { bonferroniPairwise, leveneTest, oneWayAnova, oneWayAnovaFromSummary, summarize, type GroupSummary } from './anova.js';
import { chiSquarePartition, chiSquareTest, fisherExact, tableFromRows } from './contingency.js';
import { describe as describeSample } from './descriptive.js';
import { pairedTTest, studentTTest, welchTTest, type TTestResult } from './ttest.js';
import { expectAllRelative, expectRelative, loadFixture } from './test-helpers.js';

interface TestValues { statistic: number; df: number; p: number }
interface ChiCase extends TestValues { name: string; table: number[][]; printed: number; expected: number[] }
interface AnovaValues { f: number; df1: number; df2: number; p: number }
interface AnovaCase extends AnovaValues { name: string; groups: GroupSummary[]; printedF: number; printedP: string }
interface TValues { t: number; df: number; p: number; lower: number; upper: number }
interface Classical {
  chisq: ChiCase[];
  yates: { table: number[][]; statistic: number; p: number };
  fisher: { table: number[][]; p: number; less: number; greater: number }[];
  anova: AnovaCase[];
  plantGrowth: {
    groups: Record<string, number[]>;
    anova: AnovaValues;
    leveneMean: AnovaValues;
    leveneMedian: AnovaValues;
    bonferroni: number[];
    unadjusted: number[];
    describe: { mean: number; sd: number; q1: number; median: number; q3: number };
  };
  sleep: { x: number[]; y: number[]; student: TValues; welch: TValues; paired: TValues };
}

const R = loadFixture<Classical>('classical.json');
const TOLERANCE = 1e-10;

function expectAnova(actual: AnovaValues, expected: AnovaValues, label: string): void {
  expectRelative(actual.f, expected.f, TOLERANCE, `${label} F`);
  expect(actual.df1).toBe(expected.df1);
  expect(actual.df2).toBe(expected.df2);
  expectRelative(actual.p, expected.p, TOLERANCE, `${label} p`);
}

function expectT(actual: TTestResult, expected: TValues, label: string): void {
  for (const key of ['t', 'df', 'p', 'lower', 'upper'] as const) expectRelative(actual[key], expected[key], TOLERANCE, `${label} ${key}`);
}

/** The digits printed in the source: 2 decimals in Table 1, 3 elsewhere. */
function decimals(name: string): number {
  return name.startsWith('Table 1') ? 2 : 3;
}

// Printed χ² of source 000 that its own tables do not give (see docs/statistics.md).
const NOT_REPRODUCIBLE = new Set(['Table 1 number of vertebrae', '2.1 local progression', '2.6 cement leakage']);

describe('Pearson chi-square against R chisq.test(correct = FALSE) on the tables of source 000', () => {
  for (const c of R.chisq) {
    it(c.name, () => {
      const result = chiSquareTest(tableFromRows(c.table));
      expectRelative(result.statistic, c.statistic, TOLERANCE, 'statistic');
      expect(result.df).toBe(c.df);
      expectRelative(result.p, c.p, TOLERANCE, 'p');
      expectAllRelative(result.expected, c.expected, TOLERANCE, 'expected');
      const unit = 10 ** -decimals(c.name);
      // the authors' software rounded some values and truncated others: within one printed unit below/above
      const reproduced = Math.abs(result.statistic - c.printed) < unit;
      expect(reproduced, `${c.name}: computed ${result.statistic}, printed ${c.printed}`).toBe(!NOT_REPRODUCIBLE.has(c.name));
    });
  }

  it('rounds to the printed digits for most of Tables 1 and 3; the rest print truncated digits', () => {
    const statistic = (name: string): number => chiSquareTest(tableFromRows(R.chisq.find((c) => c.name === name)!.table)).statistic;
    const rounded = ['sex', 'age', 'medical treatment', 'SINS', 'VAS', 'KPS'].map((n) => statistic(`Table 1 ${n}`).toFixed(2));
    expect(rounded).toEqual(['2.51', '1.65', '1.25', '0.37', '0.78', '0.24']);
    const table3 = ['before', 'PVP+IMRT over time', 'PVP over time', 'IMRT over time'].map((n) => statistic(`Table 3 ${n}`).toFixed(3));
    expect(table3).toEqual(['0.242', '9.831', '6.828', '4.709']);
    const truncated = (value: number, digits: number): string => (Math.trunc(value * 10 ** digits) / 10 ** digits).toFixed(digits);
    expect(truncated(statistic('Table 1 primary tumour'), 2)).toBe('4.84');
    expect(truncated(statistic('Table 1 brain or visceral metastasis'), 2)).toBe('0.48');
    expect(truncated(statistic('Table 3 3 months'), 3)).toBe('1.519');
    // printed 0.397: neither rounding nor truncation of 0.39646 gives it
    expect(statistic('Table 3 1 month').toFixed(3)).toBe('0.396');
  });

  it("Yates' correction on a 2 × 2 table (R's chisq.test default)", () => {
    const result = chiSquareTest(tableFromRows(R.yates.table), true);
    expectRelative(result.statistic, R.yates.statistic, TOLERANCE, 'statistic');
    expectRelative(result.p, R.yates.p, TOLERANCE, 'p');
  });

  it('partitions a 3-row table into row pairs judged at 0.05/3', () => {
    const table = tableFromRows([[14, 24], [23, 15], [26, 10]]);
    const partition = chiSquarePartition(table);
    expect(partition.alpha).toBeCloseTo(0.0166667, 6);
    const before = R.chisq.find((c) => c.name === 'Table 3 PVP+IMRT over time')!;
    expect(partition.comparisons.map((c) => [c.first, c.second])).toEqual([[0, 1], [0, 2], [1, 2]]);
    const firstPair = chiSquareTest(tableFromRows([before.table[0]!, before.table[1]!]));
    expect(partition.comparisons[0]!.result.statistic).toBe(firstPair.statistic);
    expect(partition.comparisons.map((c) => c.significant)).toEqual(partition.comparisons.map((c) => c.result.p < 0.05 / 3));
  });
});

describe("Fisher's exact test against R fisher.test", () => {
  for (const c of R.fisher) {
    it(JSON.stringify(c.table), () => {
      const result = fisherExact(tableFromRows(c.table));
      expectRelative(result.p, c.p, 1e-10, 'two-sided');
      expectRelative(result.pLess, c.less, 1e-10, 'less');
      expectRelative(result.pGreater, c.greater, 1e-10, 'greater');
    });
  }
});

describe('one-way ANOVA from the printed n / mean / SD of source 000 against R aov() on the same summaries', () => {
  for (const c of R.anova) {
    it(`${c.name} (printed F ${c.printedF})`, () => expectAnova(oneWayAnovaFromSummary(c.groups), c, c.name));
  }
});

describe("raw-data tests against R on its PlantGrowth and sleep data", () => {
  const groups = Object.values(R.plantGrowth.groups).map((values) => Float64Array.from(values));
  it('one-way ANOVA', () => expectAnova(oneWayAnova(groups), R.plantGrowth.anova, 'anova'));
  it('Levene, mean-centred', () => expectAnova(leveneTest(groups, 'mean'), R.plantGrowth.leveneMean, 'levene mean'));
  it('Levene, median-centred (Brown–Forsythe)', () => expectAnova(leveneTest(groups, 'median'), R.plantGrowth.leveneMedian, 'levene median'));
  it('Bonferroni pairwise comparisons (pairwise.t.test, pooled SD)', () => {
    const pairs = bonferroniPairwise(groups.map(summarize));
    expectAllRelative(pairs.map((pair) => pair.p), R.plantGrowth.unadjusted, TOLERANCE, 'unadjusted');
    expectAllRelative(pairs.map((pair) => pair.pAdjusted), R.plantGrowth.bonferroni, TOLERANCE, 'bonferroni');
  });
  it('descriptives (mean, SD, type-7 quartiles)', () => {
    const all = Float64Array.from(groups.flatMap((g) => [...g]));
    const d = describeSample(all);
    const r = R.plantGrowth.describe;
    for (const key of ['mean', 'sd', 'q1', 'median', 'q3'] as const) expectRelative(d[key], r[key], 1e-12, key);
    expectRelative(d.iqr, r.q3 - r.q1, 1e-12, 'iqr');
  });
  const x = Float64Array.from(R.sleep.x);
  const y = Float64Array.from(R.sleep.y);
  it('Student t test', () => expectT(studentTTest(x, y), R.sleep.student, 'student'));
  it('Welch t test', () => expectT(welchTTest(x, y), R.sleep.welch, 'welch'));
  it('paired t test', () => expectT(pairedTTest(x, y), R.sleep.paired, 'paired'));
});
