import { mean, median, sumOfSquares } from './descriptive.js';
import { fSf, tSf } from './distributions.js';
import { InsufficientDataError } from './errors.js';

/** n, mean and SD (n − 1) of one group: all that a one-way ANOVA needs. */
export interface GroupSummary {
  n: number;
  mean: number;
  sd: number;
}

export interface AnovaResult {
  f: number;
  df1: number;
  df2: number;
  p: number;
  sumSquaresBetween: number;
  sumSquaresWithin: number;
  meanSquareWithin: number;
}

export function summarize(values: ArrayLike<number>): GroupSummary {
  const n = values.length;
  return { n, mean: mean(values), sd: n > 1 ? Math.sqrt(sumOfSquares(values) / (n - 1)) : NaN };
}

/** One-way ANOVA from per-group n, mean and SD, as published tables give them. */
export function oneWayAnovaFromSummary(groups: readonly GroupSummary[]): AnovaResult {
  let total = 0;
  let weightedSum = 0;
  for (const group of groups) {
    total += group.n;
    weightedSum += group.n * group.mean;
  }
  const grandMean = weightedSum / total;
  let between = 0;
  let within = 0;
  for (const group of groups) {
    between += group.n * (group.mean - grandMean) ** 2;
    // a group of one value has no within-group spread (its SD is undefined, not missing)
    if (group.n > 1) within += (group.n - 1) * group.sd ** 2;
  }
  const df1 = groups.length - 1;
  const df2 = total - groups.length;
  if (groups.some((group) => !(group.n >= 1))) throw new InsufficientDataError('every group needs at least one value');
  if (df1 < 1) throw new InsufficientDataError(`a one-way ANOVA needs at least 2 groups, got ${groups.length}`);
  if (df2 < 1) throw new InsufficientDataError('a one-way ANOVA needs more values than groups (at least one group with 2 or more values)');
  const meanSquareWithin = within / df2;
  const f = between / df1 / meanSquareWithin;
  return { f, df1, df2, p: fSf(f, df1, df2), sumSquaresBetween: between, sumSquaresWithin: within, meanSquareWithin };
}

export function oneWayAnova(groups: readonly ArrayLike<number>[]): AnovaResult {
  return oneWayAnovaFromSummary(groups.map(summarize));
}

/**
 * Levene's test: the one-way ANOVA of |x − centre| per group, the centre being the group mean
 * (Levene's original, SPSS) or the group median (Brown–Forsythe, R's car default).
 */
export function leveneTest(groups: readonly ArrayLike<number>[], centre: 'mean' | 'median' = 'mean'): AnovaResult {
  return oneWayAnova(
    groups.map((values) => {
      const c = centre === 'mean' ? mean(values) : median(values);
      return Float64Array.from(values, (v) => Math.abs(v - c));
    }),
  );
}

export interface PairwiseComparison {
  first: number;
  second: number;
  difference: number;
  standardError: number;
  t: number;
  df: number;
  /** two-sided p of the pooled-variance t test */
  p: number;
  /** p × number of pairs, capped at 1 */
  pAdjusted: number;
}

/**
 * Bonferroni pairwise comparisons after a one-way ANOVA: t tests on the pooled within-group
 * variance (df = N − k), p multiplied by the number of pairs (SPSS "Bonferroni", R's
 * pairwise.t.test with pool.sd and p.adjust "bonferroni").
 */
export function bonferroniPairwise(groups: readonly GroupSummary[]): PairwiseComparison[] {
  const { meanSquareWithin, df2 } = oneWayAnovaFromSummary(groups);
  const pairs = (groups.length * (groups.length - 1)) / 2;
  const comparisons: PairwiseComparison[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!;
      const b = groups[j]!;
      const difference = a.mean - b.mean;
      const standardError = Math.sqrt(meanSquareWithin * (1 / a.n + 1 / b.n));
      const t = difference / standardError;
      const p = 2 * tSf(Math.abs(t), df2);
      comparisons.push({ first: i, second: j, difference, standardError, t, df: df2, p, pAdjusted: Math.min(1, p * pairs) });
    }
  }
  return comparisons;
}
