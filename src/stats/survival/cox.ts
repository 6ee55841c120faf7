import { chiSquareSf, normalSf, normalUpperQuantile } from '../distributions.js';
import { cholesky, choleskyInverse, choleskySolve } from '../linalg.js';
import { argsort } from '../sort.js';
import { concordance, type ConcordanceResult } from './concordance.js';

export type Ties = 'efron' | 'breslow';

export interface CoxInput {
  time: Float64Array;
  /** 1 = event, 0 = censored */
  event: Uint8Array;
  /** n × p, row-major */
  covariates: Float64Array;
  p: number;
  strata?: Int32Array;
  ties?: Ties;
  maxIterations?: number;
  /** convergence: |1 − ℓ_old/ℓ_new| ≤ tolerance */
  tolerance?: number;
  confidenceLevel?: number;
}

export interface ChiSquareTestResult {
  statistic: number;
  df: number;
  p: number;
}

export interface CoxResult {
  n: number;
  events: number;
  coefficients: Float64Array;
  standardErrors: Float64Array;
  /** p × p covariance of the coefficients, row-major */
  variance: Float64Array;
  z: Float64Array;
  pValues: Float64Array;
  hazardRatios: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  /** partial log-likelihood at β = 0 and at the estimate */
  logLikelihood: [number, number];
  likelihoodRatio: ChiSquareTestResult;
  wald: ChiSquareTestResult;
  score: ChiSquareTestResult;
  concordance: number;
  /** its standard error as summary(coxph) prints it ("se ="), not clustered */
  concordanceStandardError: number;
  iterations: number;
  converged: boolean;
  /**
   * Columns whose coefficient may be infinite (monotone likelihood): the log-likelihood converged
   * while the next Newton step for them was still larger than √tolerance × |β| (R warns alike).
   */
  possiblyInfinite: number[];
}

interface Evaluation {
  logLikelihood: number;
  gradient: Float64Array;
  information: Float64Array;
  /** with a time function g: the score of θ in β'x + θ'x·g(t), and the information blocks I_βθ and I_θθ at θ = 0 */
  timeInteraction?: { gradient: Float64Array; cross: Float64Array; information: Float64Array };
}

/** Rows sorted by stratum, then by descending time, with centred covariates copied in that order. */
export interface SortedData {
  n: number;
  p: number;
  time: Float64Array;
  event: Uint8Array;
  x: Float64Array;
  /** start of each stratum block, plus n at the end */
  blocks: Int32Array;
  order: Int32Array;
}

export function sortData(input: CoxInput): SortedData {
  const { time, event, covariates, p, strata } = input;
  const n = time.length;
  // by stratum, then descending time, then index (both sorts are stable)
  const byTime = argsort(time.map((t) => -t));
  const order = strata ? argsort(Float64Array.from(strata), byTime) : byTime;
  const means = new Float64Array(p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) means[j]! += covariates[i * p + j]! / n;
  const x = new Float64Array(n * p);
  const sortedTime = new Float64Array(n);
  const sortedEvent = new Uint8Array(n);
  const starts: number[] = [];
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    sortedTime[r] = time[i]!;
    sortedEvent[r] = event[i]!;
    for (let j = 0; j < p; j++) x[r * p + j] = covariates[i * p + j]! - means[j]!;
    if (r === 0 || (strata && strata[i] !== strata[order[r - 1]!])) starts.push(r);
  }
  starts.push(n);
  return { n, p, time: sortedTime, event: sortedEvent, x, blocks: Int32Array.from(starts), order };
}

/**
 * Partial log-likelihood, its gradient and the information matrix at β; with `g` (one value per
 * sorted row, read at event rows) also the time-interaction blocks of the cox.zph score test.
 */
export function evaluate(data: SortedData, beta: Float64Array, ties: Ties, g?: Float64Array): Evaluation {
  const { p, time, event, x, blocks } = data;
  const gradient = new Float64Array(p);
  const information = new Float64Array(p * p);
  const riskSum1 = new Float64Array(p);
  const riskSum2 = new Float64Array(p * p);
  const eventSum1 = new Float64Array(p);
  const eventSum2 = new Float64Array(p * p);
  const mean = new Float64Array(p);
  // one event time's contributions, so that the time interaction can weight them by g(t)
  const stepGradient = new Float64Array(p);
  const stepInformation = new Float64Array(p * p);
  const interaction = g ? { gradient: new Float64Array(p), cross: new Float64Array(p * p), information: new Float64Array(p * p) } : undefined;
  let logLikelihood = 0;
  for (let block = 0; block + 1 < blocks.length; block++) {
    let riskSum0 = 0;
    riskSum1.fill(0);
    riskSum2.fill(0);
    const end = blocks[block + 1]!;
    for (let start = blocks[block]!; start < end; ) {
      const t = time[start]!;
      let tiedEvents = 0;
      let eventSum0 = 0;
      eventSum1.fill(0);
      eventSum2.fill(0);
      stepGradient.fill(0);
      let stop = start;
      let eventRow = -1;
      for (; stop < end && time[stop] === t; stop++) {
        const row = stop * p;
        let linear = 0;
        for (let j = 0; j < p; j++) linear += beta[j]! * x[row + j]!;
        const risk = Math.exp(linear);
        riskSum0 += risk;
        for (let j = 0; j < p; j++) {
          const xj = risk * x[row + j]!;
          riskSum1[j]! += xj;
          for (let k = 0; k <= j; k++) riskSum2[j * p + k]! += xj * x[row + k]!;
        }
        if (event[stop]) {
          tiedEvents++;
          eventRow = stop;
          logLikelihood += linear;
          eventSum0 += risk;
          for (let j = 0; j < p; j++) {
            const xj = risk * x[row + j]!;
            stepGradient[j]! += x[row + j]!;
            eventSum1[j]! += xj;
            for (let k = 0; k <= j; k++) eventSum2[j * p + k]! += xj * x[row + k]!;
          }
        }
      }
      start = stop;
      if (tiedEvents === 0) continue;
      stepInformation.fill(0);
      // Efron replaces the tied events' share of the risk set by its average over their orderings.
      const steps = ties === 'efron' ? tiedEvents : 1;
      const weight = ties === 'efron' ? 1 : tiedEvents;
      for (let l = 0; l < steps; l++) {
        const fraction = ties === 'efron' ? l / tiedEvents : 0;
        const denominator = riskSum0 - fraction * eventSum0;
        logLikelihood -= weight * Math.log(denominator);
        for (let j = 0; j < p; j++) {
          mean[j] = (riskSum1[j]! - fraction * eventSum1[j]!) / denominator;
          stepGradient[j]! -= weight * mean[j]!;
        }
        for (let j = 0; j < p; j++) {
          for (let k = 0; k <= j; k++) {
            const second = (riskSum2[j * p + k]! - fraction * eventSum2[j * p + k]!) / denominator;
            stepInformation[j * p + k]! += weight * (second - mean[j]! * mean[k]!);
          }
        }
      }
      for (let j = 0; j < p; j++) gradient[j]! += stepGradient[j]!;
      for (let j = 0; j < p * p; j++) information[j]! += stepInformation[j]!;
      if (interaction && g) {
        const gt = g[eventRow]!;
        for (let j = 0; j < p; j++) interaction.gradient[j]! += gt * stepGradient[j]!;
        for (let j = 0; j < p * p; j++) {
          interaction.cross[j]! += gt * stepInformation[j]!;
          interaction.information[j]! += gt * gt * stepInformation[j]!;
        }
      }
    }
  }
  const symmetrize = (m: Float64Array): void => {
    for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) m[k * p + j] = m[j * p + k]!;
  };
  symmetrize(information);
  if (interaction) {
    symmetrize(interaction.cross);
    symmetrize(interaction.information);
  }
  return { logLikelihood, gradient, information, ...(interaction ? { timeInteraction: interaction } : {}) };
}

function chiSquareTest(statistic: number, df: number): ChiSquareTestResult {
  return { statistic, df, p: chiSquareSf(statistic, df) };
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/**
 * Cox proportional hazards by Newton–Raphson from β = 0 on centred covariates, halving a step
 * that lowers the partial likelihood; Efron (default) or Breslow ties; strata share β.
 */
export function coxRegression(input: CoxInput): CoxResult {
  const ties = input.ties ?? 'efron';
  const maxIterations = input.maxIterations ?? 20;
  const tolerance = input.tolerance ?? 1e-9;
  const { p } = input;
  const data = sortData(input);
  let beta: Float64Array = new Float64Array(p);
  const initial = evaluate(data, beta, ties);
  let current = initial;
  let factor = cholesky(initial.information, p);
  const firstStep = choleskySolve(factor, p, initial.gradient);
  const scoreStatistic = dot(initial.gradient, firstStep);
  let iterations = 0;
  let converged = false;
  let candidate: Float64Array = firstStep;
  while (iterations < maxIterations) {
    iterations++;
    const next = evaluate(data, candidate, ties);
    if (!(next.logLikelihood >= current.logLikelihood) || !Number.isFinite(next.logLikelihood)) {
      candidate = candidate.map((b, j) => (b + beta[j]!) / 2);
      continue;
    }
    converged = Math.abs(1 - current.logLikelihood / next.logLikelihood) <= tolerance;
    beta = candidate;
    current = next;
    factor = cholesky(current.information, p);
    if (converged) break;
    const step = choleskySolve(factor, p, current.gradient);
    candidate = beta.map((b, j) => b + step[j]!);
  }
  const variance = choleskyInverse(factor, p);
  const nextStep = choleskySolve(factor, p, current.gradient);
  const possiblyInfinite = [...nextStep.keys()].filter((j) => {
    const step = Math.abs(nextStep[j]!);
    return step > tolerance && step > Math.sqrt(tolerance) * Math.abs(beta[j]!);
  });
  const z0 = normalUpperQuantile((1 - (input.confidenceLevel ?? 0.95)) / 2);
  const standardErrors = Float64Array.from({ length: p }, (_, j) => Math.sqrt(variance[j * p + j]!));
  const z = beta.map((b, j) => b / standardErrors[j]!);
  const informationTimesBeta = Float64Array.from({ length: p }, (_, j) => dot(current.information.subarray(j * p, (j + 1) * p), beta));
  const waldStatistic = dot(beta, informationTimesBeta);
  let events = 0;
  for (let i = 0; i < data.n; i++) events += data.event[i]!;
  const harrell = coxConcordance(input, beta);
  return {
    n: data.n,
    events,
    coefficients: beta,
    standardErrors,
    variance,
    z,
    pValues: z.map((value) => 2 * normalSf(Math.abs(value))),
    hazardRatios: beta.map(Math.exp),
    lower: beta.map((b, j) => Math.exp(b - z0 * standardErrors[j]!)),
    upper: beta.map((b, j) => Math.exp(b + z0 * standardErrors[j]!)),
    logLikelihood: [initial.logLikelihood, current.logLikelihood],
    likelihoodRatio: chiSquareTest(2 * (current.logLikelihood - initial.logLikelihood), p),
    wald: chiSquareTest(waldStatistic, p),
    score: chiSquareTest(scoreStatistic, p),
    concordance: harrell.concordance,
    concordanceStandardError: harrell.standardError,
    iterations,
    converged,
    possiblyInfinite,
  };
}

/**
 * Harrell's concordance of the linear predictor x′β and its standard error, as coxph reports
 * them; with `cluster`, the influence is summed per cluster first (coxph(cluster = id)).
 */
export function coxConcordance(input: CoxInput, beta: Float64Array, cluster?: Int32Array): ConcordanceResult {
  const { p } = input;
  const n = input.time.length;
  const linearPredictor = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < p; j++) sum += beta[j]! * input.covariates[i * p + j]!;
    linearPredictor[i] = sum;
  }
  return concordance(input.time, input.event, linearPredictor, input.strata, cluster);
}

/**
 * Score residuals at β (n × p, input row order), R's residuals(fit, "score"): for subject i,
 * Σ over event times t ≤ Tᵢ of its share of the score. With d tied events and the Efron steps
 * l = 0..d − 1 (denominator S0 − f_l·E0, mean x̄_l; f_l = l/d for Efron, 0 for Breslow) a subject
 * at risk gets −rᵢ Σ_l (xᵢ − x̄_l)/denom_l and an event (xᵢ − Σ_l x̄_l/d) − rᵢ Σ_l (1 − f_l)(xᵢ − x̄_l)/denom_l.
 * O(n × event times).
 */
export function coxScoreResiduals(input: CoxInput, beta: Float64Array): Float64Array {
  const ties = input.ties ?? 'efron';
  const data = sortData(input);
  const { n, p, time, event, x, blocks, order } = data;
  const risk = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let linear = 0;
    for (let j = 0; j < p; j++) linear += beta[j]! * x[r * p + j]!;
    risk[r] = Math.exp(linear);
  }
  const residuals = new Float64Array(n * p);
  const s1 = new Float64Array(p);
  const e1 = new Float64Array(p);
  const mean = new Float64Array(p);
  const sumInverse = { all: 0, events: 0 };
  const sumMean = new Float64Array(p);
  const sumMeanEvents = new Float64Array(p);
  const plainMean = new Float64Array(p);
  for (let block = 0; block + 1 < blocks.length; block++) {
    const end = blocks[block + 1]!;
    let s0 = 0;
    s1.fill(0);
    // rows are in descending time: the risk set at a time is every row from the block start to the tied group's end
    for (let start = blocks[block]!; start < end; ) {
      const t = time[start]!;
      let stop = start;
      let e0 = 0;
      let d = 0;
      e1.fill(0);
      for (; stop < end && time[stop] === t; stop++) {
        s0 += risk[stop]!;
        for (let j = 0; j < p; j++) s1[j]! += risk[stop]! * x[stop * p + j]!;
        if (event[stop]) {
          d++;
          e0 += risk[stop]!;
          for (let j = 0; j < p; j++) e1[j]! += risk[stop]! * x[stop * p + j]!;
        }
      }
      if (d > 0) {
        sumInverse.all = 0;
        sumInverse.events = 0;
        sumMean.fill(0);
        sumMeanEvents.fill(0);
        plainMean.fill(0);
        for (let l = 0; l < d; l++) {
          const fraction = ties === 'efron' ? l / d : 0;
          const denominator = s0 - fraction * e0;
          for (let j = 0; j < p; j++) mean[j] = (s1[j]! - fraction * e1[j]!) / denominator;
          sumInverse.all += 1 / denominator;
          sumInverse.events += (1 - fraction) / denominator;
          for (let j = 0; j < p; j++) {
            sumMean[j]! += mean[j]! / denominator;
            sumMeanEvents[j]! += ((1 - fraction) * mean[j]!) / denominator;
            plainMean[j]! += mean[j]! / d;
          }
        }
        for (let r = blocks[block]!; r < stop; r++) {
          const tied = r >= start && event[r] === 1;
          for (let j = 0; j < p; j++) {
            const xj = x[r * p + j]!;
            residuals[r * p + j]! += tied
              ? xj - plainMean[j]! - risk[r]! * (xj * sumInverse.events - sumMeanEvents[j]!)
              : -risk[r]! * (xj * sumInverse.all - sumMean[j]!);
          }
        }
      }
      start = stop;
    }
  }
  const out = new Float64Array(n * p);
  for (let r = 0; r < n; r++) out.set(residuals.subarray(r * p, (r + 1) * p), order[r]! * p);
  return out;
}

/**
 * The robust (sandwich) covariance of coxph(…, cluster = id): D′D with D the dfbeta residuals
 * (score residuals × the inverse information) summed within each cluster; each subject its own
 * cluster when `cluster` is omitted (coxph(robust = TRUE)).
 */
export function coxRobustVariance(input: CoxInput, fit: CoxResult, cluster?: Int32Array): Float64Array {
  const { p } = input;
  const n = input.time.length;
  const residuals = coxScoreResiduals(input, fit.coefficients);
  const sums = new Map<number, Float64Array>();
  for (let i = 0; i < n; i++) {
    const key = cluster ? cluster[i]! : i;
    let sum = sums.get(key);
    if (!sum) sums.set(key, (sum = new Float64Array(p)));
    for (let j = 0; j < p; j++) {
      let value = 0;
      for (let k = 0; k < p; k++) value += residuals[i * p + k]! * fit.variance[k * p + j]!;
      sum[j]! += value;
    }
  }
  const robust = new Float64Array(p * p);
  for (const d of sums.values()) for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) robust[j * p + k]! += d[j]! * d[k]!;
  return robust;
}

export interface CoxTermTest {
  /** partial log-likelihood with the terms up to and including this one */
  logLikelihood: number;
  chisq: number;
  df: number;
  p: number;
}

/**
 * Likelihood-ratio tests of terms added sequentially, first to last, as anova(coxph fit): each
 * term (all columns of a factor together) against the model with the terms before it.
 */
export function coxSequentialTests(input: CoxInput, terms: readonly number[][], nullLogLikelihood: number): CoxTermTest[] {
  const n = input.time.length;
  const tests: CoxTermTest[] = [];
  let previous = nullLogLikelihood;
  const columns: number[] = [];
  for (const term of terms) {
    columns.push(...term);
    const q = columns.length;
    const covariates = new Float64Array(n * q);
    for (let i = 0; i < n; i++) columns.forEach((j, a) => (covariates[i * q + a] = input.covariates[i * input.p + j]!));
    const logLikelihood = coxRegression({ ...input, covariates, p: q }).logLikelihood[1];
    const chisq = 2 * (logLikelihood - previous);
    tests.push({ logLikelihood, chisq, df: term.length, p: chiSquareSf(chisq, term.length) });
    previous = logLikelihood;
  }
  return tests;
}
