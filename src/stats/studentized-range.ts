import gammaln from '@stdlib/math-base-special-gammaln';
import { chiSquareQuantile, chiSquareUpperQuantile, normalCdf, normalSf } from './distributions.js';
import { compositeKronrod, integrate } from './integrate.js';

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/**
 * P(range of k standard normals > w) = 1 − k∫φ(z)[Φ(z + w) − Φ(z)]^(k−1) dz, the integrand being
 * the density of the minimum z times the chance that the other k − 1 fall within w above it.
 */
// z of the minimum of k normals on [−9, 9] (φ < 1e-17 beyond): 12 panels of the 15-point Kronrod
// rule integrate φ(z)·(smooth) to about 1e-15; φ(z) and P(Z > z) at the nodes do not depend on w.
const GRID = compositeKronrod(-9, 9, 12);
const GRID_DENSITY = GRID.nodes.map((z, i) => GRID.weights[i]! * Math.exp(-0.5 * z * z) * INV_SQRT_2PI);
const GRID_SF = GRID.nodes.map((z) => normalSf(z));
const GRID_CDF = GRID.nodes.map((z) => normalCdf(z));

/**
 * P(range of k standard normals > w) = 1 − k∫φ(z)[Φ(z + w) − Φ(z)]^(k−1) dz, the integrand being
 * the density of the minimum z times the chance that the other k − 1 fall within w above it.
 */
function rangeSf(w: number, k: number): number {
  if (w <= 0) return 1;
  let inside = 0;
  for (let i = 0; i < GRID.nodes.length; i++) {
    const z = GRID.nodes[i]!;
    const width = z + w <= 0 ? normalCdf(z + w) - GRID_CDF[i]! : GRID_SF[i]! - normalSf(z + w);
    if (width > 0) inside += GRID_DENSITY[i]! * width ** (k - 1);
  }
  return Math.max(0, 1 - k * inside);
}

/**
 * Upper tail of the studentized range distribution: P(Q > q) for k means and df error degrees of
 * freedom, Q = range / s with ν·s² ~ χ²_ν; R's ptukey(q, k, df, lower.tail = FALSE). The mixture
 * over s is integrated numerically; above 25 000 df, as in R, s is taken as 1.
 */
export function studentizedRangeSf(q: number, k: number, df: number): number {
  if (Number.isNaN(q) || !(k >= 2) || !(df >= 2)) return NaN;
  if (q <= 0) return 1;
  if (q === Infinity) return 0;
  if (df > 25000) return rangeSf(q, k);
  const half = df / 2;
  const logConstant = half * Math.log(df) - gammaln(half) - (half - 1) * Math.LN2;
  const density = (s: number): number => Math.exp(logConstant + (df - 1) * Math.log(s) - (df * s * s) / 2);
  const low = Math.sqrt(chiSquareQuantile(1e-18, df) / df);
  const high = Math.sqrt(chiSquareUpperQuantile(1e-18, df) / df);
  // split at the mode of s, where the density peaks
  const mode = Math.sqrt((df - 1) / df);
  const tail = (s: number): number => rangeSf(q * s, k) * density(s);
  const value = integrate(tail, low, mode, 1e-16, 1e-10) + integrate(tail, mode, high, 1e-16, 1e-10);
  return Math.min(1, Math.max(0, value));
}

/** q with P(Q > q) = alpha (R's qtukey(1 − alpha, k, df)): secant steps on log P(Q > q), kept inside a bracket. */
export function studentizedRangeUpperQuantile(alpha: number, k: number, df: number): number {
  if (!(alpha > 0 && alpha < 1)) return alpha === 0 ? Infinity : alpha === 1 ? 0 : NaN;
  const target = Math.log(alpha);
  const f = (q: number): number => Math.log(studentizedRangeSf(q, k, df)) - target;
  let low = 0;
  let high = 4;
  let fHigh = f(high);
  while (fHigh > 0) {
    low = high;
    high *= 2;
    fHigh = f(high);
  }
  // two iterates for the secant: the bracket ends that are finite in log scale
  let a = high;
  let fa = fHigh;
  let b = low > 0 ? low : high / 2;
  let fb = f(b);
  if (fb > 0) low = b;
  else high = b;
  for (let iteration = 0; iteration < 60; iteration++) {
    let next = b - (fb * (b - a)) / (fb - fa);
    if (!(next > low && next < high)) next = (low + high) / 2;
    const value = f(next);
    if (value > 0) low = next;
    else high = next;
    a = b;
    fa = fb;
    b = next;
    fb = value;
    if (Math.abs(value) < 1e-12 || high - low < 1e-12 * high) return next;
  }
  return b;
}
