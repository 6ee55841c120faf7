import { mean, sumOfSquares } from './descriptive.js';
import { tCdf, tSf, tUpperQuantile } from './distributions.js';
import { InsufficientDataError } from './errors.js';

/** The alternative hypothesis, as R's t.test names it: the difference ≠ 0, < 0 or > 0. */
export type Alternative = 'two.sided' | 'less' | 'greater';

export interface TTestResult {
  t: number;
  df: number;
  /** for the alternative asked (two-sided by default) */
  p: number;
  /** mean of x − mean of y (paired: mean of the differences) */
  difference: number;
  standardError: number;
  /** confidence limits; a one-sided alternative has one infinite limit, as in R */
  lower: number;
  upper: number;
  alternative: Alternative;
}

export interface TTestOptions {
  confidence?: number;
  alternative?: Alternative;
}

function options(value: number | TTestOptions | undefined): Required<TTestOptions> {
  const given = typeof value === 'number' ? { confidence: value } : (value ?? {});
  return { confidence: given.confidence ?? 0.95, alternative: given.alternative ?? 'two.sided' };
}

/** R's t.test: constant data (SE below 10 machine epsilons of the means) cannot be tested. */
function result(difference: number, standardError: number, df: number, scale: number, { confidence, alternative }: Required<TTestOptions>): TTestResult {
  if (!(standardError > 0) || standardError < 10 * Number.EPSILON * scale) throw new InsufficientDataError('the data are essentially constant: the standard error of the difference is 0');
  const t = difference / standardError;
  let p: number;
  let lower: number;
  let upper: number;
  if (alternative === 'less') {
    p = tCdf(t, df);
    lower = -Infinity;
    upper = difference + tUpperQuantile(1 - confidence, df) * standardError;
  } else if (alternative === 'greater') {
    p = tSf(t, df);
    lower = difference - tUpperQuantile(1 - confidence, df) * standardError;
    upper = Infinity;
  } else {
    p = 2 * tSf(Math.abs(t), df);
    const half = tUpperQuantile((1 - confidence) / 2, df) * standardError;
    lower = difference - half;
    upper = difference + half;
  }
  return { t, df, p, difference, standardError, lower, upper, alternative };
}

function requireValues(values: ArrayLike<number>, minimum: number, name: string, test: string): void {
  if (values.length < minimum) throw new InsufficientDataError(`${test} needs at least ${minimum} value${minimum === 1 ? '' : 's'} in ${name}, got ${values.length}`);
}

/** Two-sample t test assuming equal variances (a group may have a single value, as in R). */
export function studentTTest(x: ArrayLike<number>, y: ArrayLike<number>, settings?: number | TTestOptions): TTestResult {
  requireValues(x, 1, 'the first group', 'a two-sample t-test');
  requireValues(y, 1, 'the second group', 'a two-sample t-test');
  const df = x.length + y.length - 2;
  if (df < 1) throw new InsufficientDataError('a two-sample t-test with equal variances needs at least 3 values in all');
  const pooled = (sumOfSquares(x) + sumOfSquares(y)) / df;
  const mx = mean(x);
  const my = mean(y);
  return result(mx - my, Math.sqrt(pooled * (1 / x.length + 1 / y.length)), df, Math.max(Math.abs(mx), Math.abs(my)), options(settings));
}

/** Two-sample t test with Welch–Satterthwaite degrees of freedom; each group needs 2 values. */
export function welchTTest(x: ArrayLike<number>, y: ArrayLike<number>, settings?: number | TTestOptions): TTestResult {
  requireValues(x, 2, 'the first group', "Welch's t-test");
  requireValues(y, 2, 'the second group', "Welch's t-test");
  const vx = sumOfSquares(x) / (x.length - 1) / x.length;
  const vy = sumOfSquares(y) / (y.length - 1) / y.length;
  const df = (vx + vy) ** 2 / (vx ** 2 / (x.length - 1) + vy ** 2 / (y.length - 1));
  const mx = mean(x);
  const my = mean(y);
  return result(mx - my, Math.sqrt(vx + vy), df, Math.max(Math.abs(mx), Math.abs(my)), options(settings));
}

export function pairedTTest(x: ArrayLike<number>, y: ArrayLike<number>, settings?: number | TTestOptions): TTestResult {
  if (x.length !== y.length) throw new RangeError(`paired samples differ in length: ${x.length} and ${y.length}`);
  const differences = Float64Array.from(x, (v, i) => v - y[i]!);
  requireValues(differences, 2, 'the pairs', 'a paired t-test');
  const n = differences.length;
  const md = mean(differences);
  return result(md, Math.sqrt(sumOfSquares(differences) / (n - 1) / n), n - 1, Math.abs(md), options(settings));
}
