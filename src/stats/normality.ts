import { normalQuantile, normalSf } from './distributions.js';
import { InsufficientDataError } from './errors.js';

export interface ShapiroWilkResult {
  w: number;
  p: number;
  n: number;
}

/** c₀ + c₁x + c₂x² + … */
function polynomial(coefficients: readonly number[], x: number): number {
  let value = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) value = value * x + coefficients[i]!;
  return value;
}

// Royston (1992, 1995; algorithm AS R94): the polynomial approximations of the two extreme
// coefficients and of the normalising transformation of W.
const A_N = [0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056];
const A_N1 = [0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633];
const SMALL_MEAN = [0.544, -0.39978, 0.025054, -6.714e-4];
const SMALL_LOG_SD = [1.3822, -0.77857, 0.062767, -0.0020322];
const SMALL_GAMMA = [-2.273, 0.459];
const LARGE_MEAN = [-1.5861, -0.31082, -0.083751, 0.0038915];
const LARGE_LOG_SD = [-0.4803, -0.082676, 0.0030302];

/**
 * Shapiro–Wilk W and its p-value by Royston's approximation (R's shapiro.test, 3 ≤ n ≤ 5000):
 * the coefficients aᵢ from the normal scores mᵢ = Φ⁻¹((i − 3/8)/(n + 1/4)) with polynomial
 * corrections of the extreme two; W the squared correlation of the ordered sample with a;
 * p from the normal approximation of log(1 − W) (n ≥ 12) or of −log(γ − log(1 − W)) (4 ≤ n ≤ 11),
 * and exactly for n = 3.
 */
export function shapiroWilk(values: ArrayLike<number>): ShapiroWilkResult {
  const x = Float64Array.from(values).filter((v) => !Number.isNaN(v)).sort();
  const n = x.length;
  if (n < 3 || n > 5000) throw new InsufficientDataError(`the Shapiro–Wilk test needs between 3 and 5000 values, got ${n}`);
  const range = x[n - 1]! - x[0]!;
  if (!(range > 0)) throw new InsufficientDataError('all values are identical: the Shapiro–Wilk test needs some spread');
  const half = Math.floor(n / 2);
  // a[i] weights x(n − i) − x(i + 1), i = 0 … half − 1
  const a = new Float64Array(half);
  if (n === 3) {
    a[0] = Math.SQRT1_2;
  } else {
    const m = Float64Array.from({ length: half }, (_, i) => normalQuantile((i + 1 - 0.375) / (n + 0.25)));
    let sumSquares = 0;
    for (const v of m) sumSquares += 2 * v * v;
    const root = 1 / Math.sqrt(n);
    const a1 = polynomial(A_N, root) - m[0]! / Math.sqrt(sumSquares);
    let first: number;
    let scale: number;
    if (n > 5) {
      const a2 = polynomial(A_N1, root) - m[1]! / Math.sqrt(sumSquares);
      scale = Math.sqrt((sumSquares - 2 * m[0]! ** 2 - 2 * m[1]! ** 2) / (1 - 2 * a1 ** 2 - 2 * a2 ** 2));
      a[1] = a2;
      first = 2;
    } else {
      scale = Math.sqrt((sumSquares - 2 * m[0]! ** 2) / (1 - 2 * a1 ** 2));
      first = 1;
    }
    a[0] = a1;
    for (let i = first; i < half; i++) a[i] = -m[i]! / scale;
  }
  // the squared correlation of x (scaled by its range) with the antisymmetric coefficient vector,
  // as 1 − W formed without cancellation
  let meanX = 0;
  for (let i = 0; i < n; i++) meanX += x[i]! / range;
  meanX /= n;
  let ssa = 0;
  let ssx = 0;
  let sax = 0;
  for (let i = 0; i < n; i++) {
    const j = n - 1 - i;
    const coefficient = i < j ? -a[i]! : i > j ? a[j]! : 0;
    const deviation = x[i]! / range - meanX;
    ssa += coefficient * coefficient;
    ssx += deviation * deviation;
    sax += coefficient * deviation;
  }
  const root = Math.sqrt(ssa * ssx);
  const oneMinusW = ((root - sax) * (root + sax)) / (ssa * ssx);
  const w = 1 - oneMinusW;
  if (n === 3) {
    const p = (6 / Math.PI) * (Math.asin(Math.sqrt(w)) - Math.asin(Math.sqrt(0.75)));
    return { w, p: Math.max(0, p), n };
  }
  let y = Math.log(oneMinusW);
  let mean: number;
  let sd: number;
  if (n <= 11) {
    const gamma = polynomial(SMALL_GAMMA, n);
    if (y >= gamma) return { w, p: 1e-99, n }; // beyond the approximation: R's "obvious" value
    y = -Math.log(gamma - y);
    mean = polynomial(SMALL_MEAN, n);
    sd = Math.exp(polynomial(SMALL_LOG_SD, n));
  } else {
    mean = polynomial(LARGE_MEAN, Math.log(n));
    sd = Math.exp(polynomial(LARGE_LOG_SD, Math.log(n)));
  }
  return { w, p: normalSf((y - mean) / sd), n };
}
