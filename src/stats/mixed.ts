import { fSf, tSf } from './distributions.js';
import { InsufficientDataError } from './errors.js';
import { cholesky, choleskyInverse, choleskySolve } from './linalg.js';

/**
 * Linear mixed model with a random intercept per unit: y = Xβ + b_unit + ε, b ~ N(0, τ²),
 * ε ~ N(0, σ²), fitted by REML (default) or ML as nlme::lme(y ~ …, random = ~ 1 | unit).
 *
 * With λ = τ²/σ² the covariance of a unit's nᵢ observations is σ²(I + λJ), whose inverse is
 * (I − cᵢJ)/σ² with cᵢ = λ/(1 + nᵢλ); β and σ² are profiled out, and λ is the root of the
 * derivative of the profiled log-likelihood (found by bracketing and Brent's method on log λ to
 * machine precision — not by an optimiser's stopping rule, so the estimate is the exact optimum).
 */
export type MixedMethod = 'REML' | 'ML';

export interface MixedModelInput {
  y: Float64Array;
  /** n × p fixed-effects design, row-major, first column the intercept */
  x: Float64Array;
  p: number;
  /** unit codes 0..units − 1 */
  unit: Int32Array;
  units: number;
  method?: MixedMethod;
  /** the design column indices of each term (the intercept term first), for the F tests and the df */
  terms?: { name: string; columns: number[] }[];
}

export interface MixedTermTest {
  name: string;
  numeratorDf: number;
  denominatorDf: number;
  f: number;
  p: number;
}

export interface MixedModelFit {
  method: MixedMethod;
  n: number;
  units: number;
  coefficients: Float64Array;
  standardErrors: Float64Array;
  /** p × p covariance of β̂, row-major */
  variance: Float64Array;
  df: Float64Array;
  t: Float64Array;
  pValues: Float64Array;
  /** variance of the random intercept (τ²) and of the residual (σ²) */
  interceptVariance: number;
  residualVariance: number;
  logLikelihood: number;
  aic: number;
  bic: number;
  /** marginal (Type III) Wald F test of each term, as anova(lme, type = "marginal") */
  tests: MixedTermTest[];
  /** true when the random-intercept variance is estimated at its boundary 0 */
  boundary: boolean;
}

interface Sums {
  xtx: Float64Array;
  xty: Float64Array;
  yty: number;
  /** per unit: Σx (p values), Σy, count */
  sx: Float64Array;
  sy: Float64Array;
  count: Float64Array;
}

function sums(input: MixedModelInput): Sums {
  const { y, x, p, unit, units } = input;
  const n = y.length;
  const xtx = new Float64Array(p * p);
  const xty = new Float64Array(p);
  let yty = 0;
  const sx = new Float64Array(units * p);
  const sy = new Float64Array(units);
  const count = new Float64Array(units);
  for (let r = 0; r < n; r++) {
    const u = unit[r]!;
    const yr = y[r]!;
    yty += yr * yr;
    sy[u]! += yr;
    count[u]! += 1;
    for (let j = 0; j < p; j++) {
      const xj = x[r * p + j]!;
      xty[j]! += xj * yr;
      sx[u * p + j]! += xj;
      for (let k = 0; k <= j; k++) xtx[j * p + k]! += xj * x[r * p + k]!;
    }
  }
  for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) xtx[k * p + j] = xtx[j * p + k]!;
  return { xtx, xty, yty, sx, sy, count };
}

interface Evaluation {
  beta: Float64Array;
  factor: Float64Array;
  rss: number;
  logLikelihood: number;
  /** d logLikelihood / dλ */
  derivative: number;
}

function evaluate(s: Sums, p: number, n: number, lambda: number, method: MixedMethod): Evaluation {
  const units = s.count.length;
  const a = Float64Array.from(s.xtx);
  const b = Float64Array.from(s.xty);
  let q = s.yty;
  let logDetH = 0;
  let traceH = 0;
  for (let u = 0; u < units; u++) {
    const nu = s.count[u]!;
    if (nu === 0) continue;
    const c = lambda / (1 + nu * lambda);
    logDetH += Math.log1p(nu * lambda);
    traceH += nu / (1 + nu * lambda);
    const syu = s.sy[u]!;
    q -= c * syu * syu;
    for (let j = 0; j < p; j++) {
      const sj = s.sx[u * p + j]!;
      b[j]! -= c * sj * syu;
      for (let k = 0; k < p; k++) a[j * p + k]! -= c * sj * s.sx[u * p + k]!;
    }
  }
  const factor = cholesky(a, p, 1e-10);
  const beta = choleskySolve(factor, p, b);
  let rss = q;
  for (let j = 0; j < p; j++) rss -= b[j]! * beta[j]!;
  // Σ c′ᵢ rᵢ² and Σ c′ᵢ sxᵢ′A⁻¹sxᵢ, with c′ᵢ = 1/(1 + nᵢλ)² and rᵢ the unit's residual sum
  let residualTerm = 0;
  let traceTerm = 0;
  const column = new Float64Array(p);
  for (let u = 0; u < units; u++) {
    const nu = s.count[u]!;
    if (nu === 0) continue;
    const dc = 1 / (1 + nu * lambda) ** 2;
    let r = s.sy[u]!;
    for (let j = 0; j < p; j++) r -= s.sx[u * p + j]! * beta[j]!;
    residualTerm += dc * r * r;
    if (method === 'REML') {
      column.set(s.sx.subarray(u * p, (u + 1) * p));
      const solved = choleskySolve(factor, p, column);
      let quad = 0;
      for (let j = 0; j < p; j++) quad += column[j]! * solved[j]!;
      traceTerm += dc * quad;
    }
  }
  let logDetA = 0;
  for (let j = 0; j < p; j++) logDetA += 2 * Math.log(factor[j * p + j]!);
  const dof = method === 'REML' ? n - p : n;
  const sigma2 = rss / dof;
  const logLikelihood = -0.5 * (dof * (Math.log(2 * Math.PI * sigma2) + 1) + logDetH + (method === 'REML' ? logDetA : 0));
  const derivative = -0.5 * (-(dof * residualTerm) / rss + traceH - traceTerm);
  return { beta, factor, rss, logLikelihood, derivative };
}

/** Brent's root finder (zeroin) on [a, b] where f changes sign. */
function brentRoot(f: (x: number) => number, a0: number, b0: number, fa0: number, fb0: number): number {
  let a = a0;
  let b = b0;
  let fa = fa0;
  let fb = fb0;
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < 200; iteration++) {
    if (Math.abs(fc) < Math.abs(fb)) {
      [a, b, c] = [b, c, b];
      [fa, fb, fc] = [fb, fc, fb];
    }
    const tolerance = 2 * Number.EPSILON * Math.abs(b) + 1e-15;
    const m = (c - b) / 2;
    if (Math.abs(m) <= tolerance || fb === 0) return b;
    if (Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
      let pp: number;
      let qq: number;
      const s = fb / fa;
      if (a === c) {
        pp = 2 * m * s;
        qq = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        pp = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        qq = (qa - 1) * (r - 1) * (s - 1);
      }
      if (pp > 0) qq = -qq;
      else pp = -pp;
      if (2 * pp < Math.min(3 * m * qq - Math.abs(tolerance * qq), Math.abs(e * qq))) {
        e = d;
        d = pp / qq;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tolerance ? d : m > 0 ? tolerance : -tolerance;
    fb = f(b);
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
  }
  return b;
}

/** The random-intercept model; throws SingularMatrixError (column index) when X is rank-deficient. */
export function randomInterceptModel(input: MixedModelInput): MixedModelFit {
  const method = input.method ?? 'REML';
  const { p } = input;
  const n = input.y.length;
  const present = new Set(input.unit).size;
  if (present < 2) throw new InsufficientDataError('a random intercept needs at least 2 units');
  if (n - p <= 0 || n <= present) throw new InsufficientDataError(`${n} observations leave no residual degrees of freedom for ${p} fixed effects and ${present} units`);
  const s = sums(input);
  const derivativeAt = (theta: number): number => evaluate(s, p, n, Math.exp(theta), method).derivative;
  // the profiled log-likelihood in θ = log λ; bracket the root of its derivative
  let low = -2;
  let high = 2;
  let fLow = derivativeAt(low);
  let fHigh = derivativeAt(high);
  let lambda: number;
  while (fLow <= 0 && low > -40) {
    high = low;
    fHigh = fLow;
    low -= 4;
    fLow = derivativeAt(low);
  }
  while (fHigh >= 0 && high < 40) {
    low = high;
    fLow = fHigh;
    high += 4;
    fHigh = derivativeAt(high);
  }
  let boundary = false;
  if (fLow <= 0) {
    lambda = 0;
    boundary = true;
  } else if (fHigh >= 0) {
    throw new InsufficientDataError('the random-intercept variance grows without bound: the residual variance within units is 0');
  } else {
    lambda = Math.exp(brentRoot(derivativeAt, low, high, fLow, fHigh));
  }
  const fit = evaluate(s, p, n, lambda, method);
  const dof = method === 'REML' ? n - p : n;
  const sigma2 = fit.rss / dof;
  const unscaled = choleskyInverse(fit.factor, p);
  // nlme scales the ML covariance of β̂ by N/(N − p), as its REML counterpart uses N − p
  const variance = unscaled.map((v) => v * (method === 'ML' ? (sigma2 * n) / (n - p) : sigma2));
  const standardErrors = Float64Array.from({ length: p }, (_, j) => Math.sqrt(variance[j * p + j]!));
  const terms = input.terms ?? [{ name: '(Intercept)', columns: [0] }, ...Array.from({ length: p - 1 }, (_, j) => ({ name: `x${j + 1}`, columns: [j + 1] }))];
  const { columnDf, termDf } = fixedEffectsDf(input, terms);
  const t = fit.beta.map((b, j) => b / standardErrors[j]!);
  const tests = terms.map((term, k) => {
    const q = term.columns.length;
    const sub = new Float64Array(q * q);
    term.columns.forEach((j, a) => term.columns.forEach((l, b) => (sub[a * q + b] = variance[j * p + l]!)));
    const coefficients = Float64Array.from(term.columns, (j) => fit.beta[j]!);
    const solved = choleskySolve(cholesky(sub, q), q, coefficients);
    let f = 0;
    for (let a = 0; a < q; a++) f += coefficients[a]! * solved[a]!;
    f /= q;
    return { name: term.name, numeratorDf: q, denominatorDf: termDf[k]!, f, p: fSf(f, q, termDf[k]!) };
  });
  const parameters = p + 2;
  return {
    method,
    n,
    units: present,
    coefficients: fit.beta,
    standardErrors,
    variance,
    df: columnDf,
    t,
    pValues: t.map((v, j) => 2 * tSf(Math.abs(v), columnDf[j]!)),
    interceptVariance: lambda * sigma2,
    residualVariance: sigma2,
    logLikelihood: fit.logLikelihood,
    aic: -2 * fit.logLikelihood + 2 * parameters,
    bic: -2 * fit.logLikelihood + Math.log(dof) * parameters,
    tests,
    boundary,
  };
}

/**
 * Denominator degrees of freedom as nlme's getFixDF for one grouping level: a column that varies
 * within some unit is estimated within units (df N − units − those columns), the others between
 * units (df units − those columns − 1 for the intercept); the intercept gets the larger. A term
 * is within units when any of its columns is.
 */
function fixedEffectsDf(input: MixedModelInput, terms: { name: string; columns: number[] }[]): { columnDf: Float64Array; termDf: Float64Array } {
  const { x, p, unit } = input;
  const n = input.y.length;
  const units = new Set(unit).size;
  const within = new Uint8Array(p);
  const constant = new Uint8Array(p);
  const first = new Float64Array(input.units * p).fill(NaN);
  for (let j = 0; j < p; j++) {
    constant[j] = 1;
    for (let r = 0; r < n; r++) {
      const value = x[r * p + j]!;
      if (value !== x[j]) constant[j] = 0;
      const seen = first[unit[r]! * p + j]!;
      if (Number.isNaN(seen)) first[unit[r]! * p + j] = value;
      else if (seen !== value) within[j] = 1;
    }
  }
  const df = [units, n - units];
  let intercept = false;
  for (let j = 0; j < p; j++) {
    if (constant[j]) intercept = true;
    else df[within[j]!]! -= 1;
  }
  if (intercept) df[0]! -= 1;
  else df[1]! += 1;
  const top = Math.max(df[0]!, df[1]!);
  const columnDf = Float64Array.from({ length: p }, (_, j) => (constant[j] ? top : df[within[j]!]!));
  const termDf = Float64Array.from(terms, (term) => {
    const varying = term.columns.filter((j) => !constant[j]);
    if (varying.length === 0) return top;
    return df[varying.some((j) => within[j]) ? 1 : 0]!;
  });
  return { columnDf, termDf };
}

export interface FactorialDesign {
  x: Float64Array;
  p: number;
  names: string[];
  terms: { name: string; columns: number[] }[];
}

export interface Factor {
  name: string;
  /** codes 0..levels − 1 */
  codes: Int32Array;
  levels: readonly string[];
  /** the reference level of treatment coding */
  reference: number;
}

/**
 * 'treatment' (R's contr.treatment): one indicator per level other than the reference, named
 * factor + level. 'sum' (contr.sum): level l < k − 1 is the unit vector e_l, the last level −1 in
 * every column, named factor + 1 … k − 1; the marginal test of a main effect is then the Type III
 * test of SAS and SPSS even with the interaction in the model.
 */
export type Coding = 'treatment' | 'sum';

function codingMatrix(factor: Factor, coding: Coding): { names: string[]; value: (code: number, column: number) => number } {
  const k = factor.levels.length;
  if (coding === 'sum') {
    return { names: Array.from({ length: k - 1 }, (_, j) => `${factor.name}${j + 1}`), value: (code, column) => (code === k - 1 ? -1 : code === column ? 1 : 0) };
  }
  const others = factor.levels.map((_, l) => l).filter((l) => l !== factor.reference);
  return { names: others.map((l) => `${factor.name}${factor.levels[l]}`), value: (code, column) => (code === others[column] ? 1 : 0) };
}

/**
 * The design of one or two factors with their interaction if asked: columns (Intercept), A…, B…,
 * A:B with A varying fastest — R's model.matrix(~ A * B) under the chosen contrasts.
 */
export function factorialDesign(a: Factor, b?: Factor, interaction = true, coding: Coding = 'treatment'): FactorialDesign {
  const ca = codingMatrix(a, coding);
  const cb = b ? codingMatrix(b, coding) : undefined;
  const names = ['(Intercept)', ...ca.names];
  const terms = [{ name: '(Intercept)', columns: [0] }, { name: a.name, columns: ca.names.map((_, k) => 1 + k) }];
  if (b && cb) {
    terms.push({ name: b.name, columns: cb.names.map((_, k) => names.length + k) });
    names.push(...cb.names);
  }
  const pairs: [number, number][] = [];
  if (b && cb && interaction) {
    cb.names.forEach((_, jb) => ca.names.forEach((_, ja) => pairs.push([ja, jb])));
    terms.push({ name: `${a.name}:${b.name}`, columns: pairs.map((_, k) => names.length + k) });
    names.push(...pairs.map(([ja, jb]) => `${ca.names[ja]}:${cb.names[jb]}`));
  }
  const p = names.length;
  const n = a.codes.length;
  const x = new Float64Array(n * p);
  const na = ca.names.length;
  const nb = cb?.names.length ?? 0;
  for (let r = 0; r < n; r++) {
    const row = r * p;
    x[row] = 1;
    const codeA = a.codes[r]!;
    for (let j = 0; j < na; j++) x[row + 1 + j] = ca.value(codeA, j);
    if (!b || !cb) continue;
    const codeB = b.codes[r]!;
    for (let j = 0; j < nb; j++) x[row + 1 + na + j] = cb.value(codeB, j);
    pairs.forEach(([ja, jb], k) => (x[row + 1 + na + nb + k] = x[row + 1 + ja]! * x[row + 1 + na + jb]!));
  }
  return { x, p, names, terms };
}
