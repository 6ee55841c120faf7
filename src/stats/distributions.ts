import betainc from '@stdlib/math-base-special-betainc';
import erfc from '@stdlib/math-base-special-erfc';
import erfcinv from '@stdlib/math-base-special-erfcinv';
import gammainc from '@stdlib/math-base-special-gammainc';
import gammaincinv from '@stdlib/math-base-special-gammaincinv';
import gammaln from '@stdlib/math-base-special-gammaln';
import kernelBetaincinv from '@stdlib/math-base-special-kernel-betaincinv';

// Lower tails (cdf), upper tails (sf) and their inverses: each tail is computed directly from the
// regularised incomplete gamma/beta or erfc, so neither tail is ever formed as 1 − the other.

const SQRT2 = Math.SQRT2;

function isProbability(p: number): boolean {
  return p >= 0 && p <= 1;
}

export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / SQRT2);
}

export function normalSf(x: number): number {
  return 0.5 * erfc(x / SQRT2);
}

/** x with P(X ≤ x) = p. */
export function normalQuantile(p: number): number {
  if (!isProbability(p)) return NaN;
  return p <= 0.5 ? -SQRT2 * erfcinv(2 * p) : SQRT2 * erfcinv(2 * (1 - p));
}

/** x with P(X > x) = q. */
export function normalUpperQuantile(q: number): number {
  return isProbability(q) ? -normalQuantile(q) : NaN;
}

/** P(T ≤ −|t|) = ½·I(df/(df+t²); df/2, ½), from whichever beta argument is the smaller. */
function tTail(t: number, df: number): number {
  const t2 = t * t;
  return t2 < df
    ? 0.5 * betainc(t2 / (df + t2), 0.5, df / 2, true, true)
    : 0.5 * betainc(df / (df + t2), df / 2, 0.5, true, false);
}

/** P(|T| ≤ |t|) = I(t²/(df+t²); ½, df/2). */
function tCentralMass(t: number, df: number): number {
  const t2 = t * t;
  return t2 < df
    ? betainc(t2 / (df + t2), 0.5, df / 2, true, false)
    : betainc(df / (df + t2), df / 2, 0.5, true, true);
}

export function tCdf(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  return x <= 0 ? tTail(x, df) : 0.5 + 0.5 * tCentralMass(x, df);
}

export function tSf(x: number, df: number): number {
  return tCdf(-x, df);
}

/** |t| whose one tail beyond it has probability tail (≤ ½). */
function tTailQuantile(tail: number, df: number): number {
  if (tail === 0) return Infinity;
  if (tail === 0.5) return 0;
  const [x, y] = kernelBetaincinv(df / 2, 0.5, 2 * tail, 1 - 2 * tail) as [number, number];
  return Math.sqrt((df * y) / x);
}

export function tQuantile(p: number, df: number): number {
  if (!isProbability(p) || !(df > 0)) return NaN;
  return p <= 0.5 ? -tTailQuantile(p, df) : tTailQuantile(1 - p, df);
}

export function tUpperQuantile(q: number, df: number): number {
  return isProbability(q) ? -tQuantile(q, df) : NaN;
}

export function chiSquareCdf(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  return x <= 0 ? 0 : gammainc(x / 2, df / 2, true, false);
}

export function chiSquareSf(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  return x <= 0 ? 1 : gammainc(x / 2, df / 2, true, true);
}

export function chiSquareDensity(x: number, df: number): number {
  if (x < 0) return 0;
  const k = df / 2;
  return Math.exp((k - 1) * Math.log(x) - x / 2 - k * Math.LN2 - gammaln(k));
}

/**
 * The incomplete-gamma inverse can lose several digits far in the tails (≈1 % at 1e-200), so its
 * answer is polished by Newton steps on log(tail) − log(target), the tail being accurate itself.
 */
function polishChiSquare(x: number, target: number, df: number, upper: boolean): number {
  const tail = upper ? chiSquareSf : chiSquareCdf;
  let current = x;
  for (let iteration = 0; iteration < 10 && current > 0 && Number.isFinite(current); iteration++) {
    const density = chiSquareDensity(current, df);
    const value = tail(current, df);
    if (!(density > 0) || !(value > 0)) break;
    const step = ((Math.log(value) - Math.log(target)) * value) / density;
    const next = upper ? current + step : current - step;
    if (!(next > 0)) break;
    if (Math.abs(next - current) <= 1e-15 * current) return next;
    current = next;
  }
  return current;
}

export function chiSquareQuantile(p: number, df: number): number {
  if (!isProbability(p) || !(df > 0)) return NaN;
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  return polishChiSquare(2 * gammaincinv(p, df / 2, false), p, df, false);
}

export function chiSquareUpperQuantile(q: number, df: number): number {
  if (!isProbability(q) || !(df > 0)) return NaN;
  if (q === 0) return Infinity;
  if (q === 1) return 0;
  return polishChiSquare(2 * gammaincinv(q, df / 2, true), q, df, true);
}

function fArguments(x: number, df1: number, df2: number): { lower: number; upper: number } {
  // lower = d1·x/(d1·x + d2), upper = d2/(d1·x + d2) = 1 − lower, each formed without cancellation.
  const scaled = df1 * x;
  return { lower: scaled / (scaled + df2), upper: df2 / (scaled + df2) };
}

export function fCdf(x: number, df1: number, df2: number): number {
  if (Number.isNaN(x) || !(df1 > 0) || !(df2 > 0)) return NaN;
  if (x <= 0) return 0;
  if (x === Infinity) return 1;
  const { lower, upper } = fArguments(x, df1, df2);
  return lower < 0.5 ? betainc(lower, df1 / 2, df2 / 2, true, false) : betainc(upper, df2 / 2, df1 / 2, true, true);
}

export function fSf(x: number, df1: number, df2: number): number {
  if (Number.isNaN(x) || !(df1 > 0) || !(df2 > 0)) return NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  const { lower, upper } = fArguments(x, df1, df2);
  return lower < 0.5 ? betainc(lower, df1 / 2, df2 / 2, true, true) : betainc(upper, df2 / 2, df1 / 2, true, false);
}

export function fQuantile(p: number, df1: number, df2: number): number {
  if (!isProbability(p) || !(df1 > 0) || !(df2 > 0)) return NaN;
  if (p === 1) return Infinity;
  const [x, y] = kernelBetaincinv(df1 / 2, df2 / 2, p, 1 - p) as [number, number];
  return (df2 * x) / (df1 * y);
}

export function fUpperQuantile(q: number, df1: number, df2: number): number {
  if (!isProbability(q) || !(df1 > 0) || !(df2 > 0)) return NaN;
  if (q === 0) return Infinity;
  const [y, x] = kernelBetaincinv(df2 / 2, df1 / 2, q, 1 - q) as [number, number];
  return (df2 * x) / (df1 * y);
}
