import { describe, expect, it } from 'vitest';
import { leveneTest, oneWayAnova } from './anova.js';
import { InsufficientDataError } from './errors.js';
import { pairedTTest, studentTTest, welchTTest, type Alternative } from './ttest.js';
import { expectRelative, fromR, loadFixture } from './test-helpers.js';

interface AnovaValues { f: number; df1: number; df2: number; p: number }
interface TValues { t: number; df: number; p: number; lower: number | string; upper: number | string }
interface Edge {
  single: { y: number[]; g: string[]; anova: AnovaValues; leveneMean: AnovaValues; leveneMedian: AnovaValues };
  missingLevel: { y: (number | null)[]; g: string[]; anova: AnovaValues; leveneMean: AnovaValues; welch: TValues };
  studentSingle: TValues;
  welchSingleError: string;
  pairedConstantError: string;
  oneSided: (TValues & { alternative: Alternative; method: 'welch' | 'student' | 'paired'; conf: number })[];
}

const R = loadFixture<Edge>('edge-cases.json');

/** Values per level in sorted level order, rows with a missing value dropped first (as R's model frame). */
function split(y: (number | null)[], g: string[]): Float64Array[] {
  const levels = [...new Set(g.filter((_, i) => y[i] !== null))].sort();
  return levels.map((level) => Float64Array.from(y.filter((v, i) => v !== null && g[i] === level) as number[]));
}

function expectAnova(actual: AnovaValues, expected: AnovaValues, label: string): void {
  expectRelative(actual.f, expected.f, 1e-10, `${label} F`);
  expect([actual.df1, actual.df2]).toEqual([expected.df1, expected.df2]);
  expectRelative(actual.p, expected.p, 1e-10, `${label} p`);
}

function expectT(actual: { t: number; df: number; p: number; lower: number; upper: number }, expected: TValues, label: string): void {
  for (const key of ['t', 'df', 'p', 'lower', 'upper'] as const) expectRelative(actual[key], fromR(expected[key]), 1e-10, `${label} ${key}`);
}

describe('a group of one value (R aov and Levene via anova(lm(|dev| ~ g)))', () => {
  const groups = split(R.single.y, R.single.g);
  it('has groups of 3, 4 and 1', () => expect(groups.map((g) => g.length)).toEqual([3, 4, 1]));
  it('one-way ANOVA: F 6.8192, p 0.0373', () => expectAnova(oneWayAnova(groups), R.single.anova, 'anova'));
  it('Levene, mean and median', () => {
    expectAnova(leveneTest(groups, 'mean'), R.single.leveneMean, 'levene mean');
    expectAnova(leveneTest(groups, 'median'), R.single.leveneMedian, 'levene median');
  });
  it('Student t accepts it, as R does', () => expectT(studentTTest([3.1], [2.2, 4.1, 3.3, 3.9]), R.studentSingle, 'student'));
  it(`Welch t refuses it, as R does ("${R.welchSingleError}")`, () => {
    expect(() => welchTTest([3.1], [2.2, 4.1, 3.3, 3.9])).toThrow(InsufficientDataError);
    expect(() => welchTTest([3.1], [2.2, 4.1, 3.3, 3.9])).toThrow(/Welch's t-test needs at least 2 values in the first group, got 1/);
  });
});

describe('a level whose values are all missing is no group', () => {
  const groups = split(R.missingLevel.y, R.missingLevel.g);
  it('ANOVA on 1 and 6 df', () => expectAnova(oneWayAnova(groups), R.missingLevel.anova, 'anova'));
  it('Levene', () => expectAnova(leveneTest(groups, 'mean'), R.missingLevel.leveneMean, 'levene'));
  it('Welch t of the two groups left', () => expectT(welchTTest(groups[0]!, groups[1]!), R.missingLevel.welch, 'welch'));
});

describe('data a test cannot use', () => {
  it(`constant paired differences (R: "${R.pairedConstantError}")`, () => {
    expect(() => pairedTTest([1, 2, 3], [0, 1, 2])).toThrow(/essentially constant/);
    expect(() => pairedTTest([1, 2, 3], [1, 2, 3])).toThrow(/essentially constant/);
  });
  it('ANOVA with one group, or with no residual degrees of freedom', () => {
    expect(() => oneWayAnova([Float64Array.of(1, 2)])).toThrow(/at least 2 groups/);
    expect(() => oneWayAnova([Float64Array.of(1), Float64Array.of(2)])).toThrow(/more values than groups/);
  });
});

describe('one-sided t tests and other confidence levels against R t.test(alternative =, conf.level =)', () => {
  // R's sleep data, as classical.json holds it
  const { x, y } = loadFixture<{ sleep: { x: number[]; y: number[] } }>('classical.json').sleep;
  const tests = { welch: welchTTest, student: studentTTest, paired: pairedTTest };
  for (const c of R.oneSided) {
    it(`${c.method}, ${c.alternative}, ${c.conf}`, () => {
      const result = tests[c.method](x, y, { alternative: c.alternative, confidence: c.conf });
      expectT(result, c, `${c.method} ${c.alternative}`);
      expect(result.alternative).toBe(c.alternative);
    });
  }
});
