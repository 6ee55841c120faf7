import { mean, sumOfSquares } from './descriptive.js';
import { tSf, tUpperQuantile } from './distributions.js';

export interface TTestResult {
  t: number;
  df: number;
  /** two-sided */
  p: number;
  /** mean of x − mean of y (paired: mean of the differences) */
  difference: number;
  standardError: number;
  lower: number;
  upper: number;
}

function result(difference: number, standardError: number, df: number, confidence: number): TTestResult {
  const t = difference / standardError;
  const half = tUpperQuantile((1 - confidence) / 2, df) * standardError;
  return { t, df, p: 2 * tSf(Math.abs(t), df), difference, standardError, lower: difference - half, upper: difference + half };
}

/** Two-sample t test assuming equal variances. */
export function studentTTest(x: ArrayLike<number>, y: ArrayLike<number>, confidence = 0.95): TTestResult {
  const df = x.length + y.length - 2;
  const pooled = (sumOfSquares(x) + sumOfSquares(y)) / df;
  return result(mean(x) - mean(y), Math.sqrt(pooled * (1 / x.length + 1 / y.length)), df, confidence);
}

/** Two-sample t test with Welch–Satterthwaite degrees of freedom. */
export function welchTTest(x: ArrayLike<number>, y: ArrayLike<number>, confidence = 0.95): TTestResult {
  const vx = sumOfSquares(x) / (x.length - 1) / x.length;
  const vy = sumOfSquares(y) / (y.length - 1) / y.length;
  const df = (vx + vy) ** 2 / (vx ** 2 / (x.length - 1) + vy ** 2 / (y.length - 1));
  return result(mean(x) - mean(y), Math.sqrt(vx + vy), df, confidence);
}

export function pairedTTest(x: ArrayLike<number>, y: ArrayLike<number>, confidence = 0.95): TTestResult {
  if (x.length !== y.length) throw new RangeError(`paired samples differ in length: ${x.length} and ${y.length}`);
  const differences = Float64Array.from(x, (v, i) => v - y[i]!);
  const n = differences.length;
  return result(mean(differences), Math.sqrt(sumOfSquares(differences) / (n - 1) / n), n - 1, confidence);
}
