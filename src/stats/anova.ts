import { mean, median, sumOfSquares } from './descriptive.js';
import { fSf, tSf } from './distributions.js';
import { InsufficientDataError } from './errors.js';
import { studentizedRangeSf, studentizedRangeUpperQuantile } from './studentized-range.js';

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

export interface WelchAnovaResult {
  f: number;
  df1: number;
  /** Welch's approximate denominator degrees of freedom */
  df2: number;
  p: number;
}

/**
 * Welch's one-way ANOVA, not assuming equal variances (R's oneway.test(var.equal = FALSE)): weights
 * wᵢ = nᵢ/sᵢ², F = Σwᵢ(mᵢ − m_w)²/((k − 1)(1 + 2(k − 2)·λ)), df2 = 1/(3λ), with
 * λ = Σ(1 − wᵢ/Σw)²/(nᵢ − 1)/(k² − 1).
 */
export function welchAnova(groups: readonly ArrayLike<number>[]): WelchAnovaResult {
  const k = groups.length;
  if (k < 2) throw new InsufficientDataError(`Welch's ANOVA needs at least 2 groups, got ${k}`);
  const summaries = groups.map(summarize);
  summaries.forEach((s, i) => {
    if (s.n < 2) throw new InsufficientDataError(`Welch's ANOVA needs at least 2 values in every group; group ${i + 1} has ${s.n}`);
    if (!(s.sd > 0)) throw new InsufficientDataError(`Welch's ANOVA needs variation within every group; the values of group ${i + 1} are all equal`);
  });
  const weights = summaries.map((s) => s.n / s.sd ** 2);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const weightedMean = summaries.reduce((sum, s, i) => sum + weights[i]! * s.mean, 0) / totalWeight;
  const lambda = summaries.reduce((sum, s, i) => sum + (1 - weights[i]! / totalWeight) ** 2 / (s.n - 1), 0) / (k * k - 1);
  const between = summaries.reduce((sum, s, i) => sum + weights[i]! * (s.mean - weightedMean) ** 2, 0);
  const f = between / ((k - 1) * (1 + 2 * (k - 2) * lambda));
  const df1 = k - 1;
  const df2 = 1 / (3 * lambda);
  return { f, df1, df2, p: fSf(f, df1, df2) };
}

export interface TukeyComparison {
  /** the pair as (later group) − (earlier group), R's TukeyHSD order */
  first: number;
  second: number;
  /** mean of `second` − mean of `first` */
  difference: number;
  lower: number;
  upper: number;
  /** P(studentized range of k means > |difference| / SE), SE = √(MSE/2 · (1/nᵢ + 1/nⱼ)) */
  p: number;
}

export interface TukeyResult {
  comparisons: TukeyComparison[];
  df: number;
  meanSquareWithin: number;
  /** the studentized-range quantile used for the limits */
  critical: number;
}

/**
 * Tukey's honestly significant differences after a one-way ANOVA (Tukey–Kramer for unequal
 * groups; R's TukeyHSD on aov): every pair j > i as mean j − mean i, with limits from the
 * studentized range quantile and p from its upper tail, on the pooled within-group variance.
 */
export function tukeyHsd(groups: readonly GroupSummary[], confidence = 0.95): TukeyResult {
  const { meanSquareWithin, df2 } = oneWayAnovaFromSummary(groups);
  const k = groups.length;
  if (df2 < 2) throw new InsufficientDataError('Tukey HSD needs at least 2 residual degrees of freedom (more values than groups + 1)');
  const critical = studentizedRangeUpperQuantile(1 - confidence, k, df2);
  const comparisons: TukeyComparison[] = [];
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const difference = groups[j]!.mean - groups[i]!.mean;
      const standardError = Math.sqrt((meanSquareWithin / 2) * (1 / groups[i]!.n + 1 / groups[j]!.n));
      const half = critical * standardError;
      comparisons.push({ first: i, second: j, difference, lower: difference - half, upper: difference + half, p: studentizedRangeSf(Math.abs(difference) / standardError, k, df2) });
    }
  }
  return { comparisons, df: df2, meanSquareWithin, critical };
}

export interface GamesHowellComparison {
  first: number;
  second: number;
  /** mean of `second` − mean of `first` */
  difference: number;
  standardError: number;
  df: number;
  /** the studentized range statistic |difference| / standardError · √2 */
  q: number;
  lower: number;
  upper: number;
  p: number;
}

/**
 * Games–Howell pairwise comparisons (Games & Howell 1976, J Educ Stat 1:113): Tukey's method
 * without equal variances. For groups i < j: SE = √(sᵢ²/nᵢ + sⱼ²/nⱼ), Welch–Satterthwaite
 * df = SE⁴ / ((sᵢ²/nᵢ)²/(nᵢ − 1) + (sⱼ²/nⱼ)²/(nⱼ − 1)), q = √2·|x̄ⱼ − x̄ᵢ|/SE,
 * p = P(Q_{k,df} > q), limits x̄ⱼ − x̄ᵢ ± q_{k,df}(conf)/√2 · SE (as rstatix::games_howell_test).
 */
export function gamesHowell(groups: readonly GroupSummary[], confidence = 0.95): GamesHowellComparison[] {
  const k = groups.length;
  if (k < 2) throw new InsufficientDataError('Games–Howell needs at least 2 groups');
  groups.forEach((g, i) => {
    if (g.n < 2 || !(g.sd > 0)) throw new InsufficientDataError(`Games–Howell needs at least 2 values and some spread in every group; group ${i + 1} has ${g.n} value${g.n === 1 ? '' : 's'}${g.n >= 2 ? ' and none' : ''}`);
  });
  const comparisons: GamesHowellComparison[] = [];
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const vi = groups[i]!.sd ** 2 / groups[i]!.n;
      const vj = groups[j]!.sd ** 2 / groups[j]!.n;
      const standardError = Math.sqrt(vi + vj);
      const df = (vi + vj) ** 2 / (vi ** 2 / (groups[i]!.n - 1) + vj ** 2 / (groups[j]!.n - 1));
      const difference = groups[j]!.mean - groups[i]!.mean;
      const q = (Math.SQRT2 * Math.abs(difference)) / standardError;
      const half = (studentizedRangeUpperQuantile(1 - confidence, k, df) / Math.SQRT2) * standardError;
      comparisons.push({ first: i, second: j, difference, standardError, df, q, lower: difference - half, upper: difference + half, p: studentizedRangeSf(q, k, df) });
    }
  }
  return comparisons;
}
