import { normalUpperQuantile } from '../distributions.js';
import { argsort } from '../sort.js';

export type ConfidenceType = 'plain' | 'log' | 'log-log';

export interface KaplanMeierOptions {
  confidenceType?: ConfidenceType;
  confidenceLevel?: number;
}

/** One Kaplan–Meier curve, one entry per distinct time (events and censorings), like R's survfit. */
export interface KaplanMeierCurve {
  n: number;
  events: number;
  time: Float64Array;
  nRisk: Float64Array;
  nEvent: Float64Array;
  nCensor: Float64Array;
  survival: Float64Array;
  /** Greenwood standard error of the cumulative hazard, √Σ d/(n(n−d)) (R's `std.err` component) */
  seCumulativeHazard: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  confidenceType: ConfidenceType;
  confidenceLevel: number;
}

/** Indices (all, or those given) ordered by time, equal times by index. */
export function orderByTime(time: Float64Array, indices?: Int32Array): Int32Array {
  let ascending = true;
  if (indices) for (let k = 1; k < indices.length && ascending; k++) ascending = indices[k - 1]! < indices[k]!;
  return argsort(time, indices && !ascending ? Int32Array.from(indices).sort() : indices);
}

/** Confidence limits of S from the standard error of its cumulative hazard. */
export function confidenceLimits(survival: number, seHazard: number, z: number, type: ConfidenceType): [number, number] {
  switch (type) {
    case 'plain': {
      const half = z * seHazard * survival;
      return [Math.max(0, survival - half), Math.min(1, survival + half)];
    }
    case 'log':
      if (survival === 0) return [NaN, NaN];
      return [survival * Math.exp(-z * seHazard), Math.min(1, survival * Math.exp(z * seHazard))];
    case 'log-log': {
      // log(−log S) is undefined at S = 0 and S = 1; R reports NA there too
      if (survival === 0 || survival === 1) return [NaN, NaN];
      const logHazard = Math.log(-Math.log(survival));
      const spread = (z * seHazard) / Math.log(survival);
      return [Math.exp(-Math.exp(logHazard - spread)), Math.exp(-Math.exp(logHazard + spread))];
    }
  }
}

/** The Kaplan–Meier estimate of the subjects in `subset` (all when omitted); event is 1 or 0. */
export function kaplanMeier(time: Float64Array, event: Uint8Array, options: KaplanMeierOptions = {}, subset?: Int32Array): KaplanMeierCurve {
  const confidenceType = options.confidenceType ?? 'log';
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const z = normalUpperQuantile((1 - confidenceLevel) / 2);
  const order = orderByTime(time, subset);
  const n = order.length;
  const times: number[] = [];
  const risk: number[] = [];
  const eventCounts: number[] = [];
  const censored: number[] = [];
  let events = 0;
  for (let i = 0; i < n; ) {
    const t = time[order[i]!]!;
    let d = 0;
    let c = 0;
    let j = i;
    for (; j < n && time[order[j]!] === t; j++) {
      if (event[order[j]!]) d++;
      else c++;
    }
    times.push(t);
    risk.push(n - i);
    eventCounts.push(d);
    censored.push(c);
    events += d;
    i = j;
  }
  const m = times.length;
  const survival = new Float64Array(m);
  const seCumulativeHazard = new Float64Array(m);
  const lower = new Float64Array(m);
  const upper = new Float64Array(m);
  let s = 1;
  let varianceSum = 0;
  for (let k = 0; k < m; k++) {
    const atRisk = risk[k]!;
    const d = eventCounts[k]!;
    if (d > 0) {
      s *= (atRisk - d) / atRisk;
      varianceSum += atRisk === d ? Infinity : d / (atRisk * (atRisk - d));
    }
    survival[k] = s;
    seCumulativeHazard[k] = Math.sqrt(varianceSum);
    [lower[k], upper[k]] = confidenceLimits(s, seCumulativeHazard[k]!, z, confidenceType);
  }
  return {
    n,
    events,
    time: Float64Array.from(times),
    nRisk: Float64Array.from(risk),
    nEvent: Float64Array.from(eventCounts),
    nCensor: Float64Array.from(censored),
    survival,
    seCumulativeHazard,
    lower,
    upper,
    confidenceType,
    confidenceLevel,
  };
}

const TOLERANCE = Math.sqrt(Number.EPSILON);

/**
 * The first time a step curve drops to ≤ p; where it sits at p (within √ε) the midpoint between
 * the start of that flat stretch and the time it next drops. NaN when the curve never reaches p.
 */
export function curveQuantile(time: Float64Array, curve: Float64Array, p: number): number {
  for (let i = 0; i < time.length; i++) {
    const value = curve[i]!;
    if (!(value <= p + TOLERANCE)) continue;
    if (Math.abs(value - p) < TOLERANCE) {
      for (let j = i + 1; j < time.length; j++) {
        if (curve[j]! < value - TOLERANCE) return (time[i]! + time[j]!) / 2;
      }
    }
    return time[i]!;
  }
  return NaN;
}

export interface SurvivalQuantile {
  estimate: number;
  lower: number;
  upper: number;
}

/** The p-quantile of survival time (p = 0.5: the median) with its CI, as R's survfit prints it. */
export function survivalQuantile(curve: KaplanMeierCurve, p = 0.5): SurvivalQuantile {
  return {
    estimate: curveQuantile(curve.time, curve.survival, p),
    lower: curveQuantile(curve.time, curve.lower, p),
    upper: curveQuantile(curve.time, curve.upper, p),
  };
}

export interface SurvivalAtTime {
  time: number;
  nRisk: number;
  /** events after the previous requested time, up to and including this one */
  nEvent: number;
  survival: number;
  standardError: number;
  lower: number;
  upper: number;
}

/** The curve at chosen times, as R's summary(fit, times = …); times past the last are left out. */
export function survivalAt(curve: KaplanMeierCurve, times: readonly number[]): SurvivalAtTime[] {
  const rows: SurvivalAtTime[] = [];
  const m = curve.time.length;
  let next = 0; // first index with time > the requested time
  let previousEvents = 0;
  let cumulativeEvents = 0;
  for (const t of [...times].sort((a, b) => a - b)) {
    if (m === 0 || t > curve.time[m - 1]!) break;
    while (next < m && curve.time[next]! <= t) cumulativeEvents += curve.nEvent[next++]!;
    const k = next - 1; // the step in force at t
    const firstAtOrAfter = k >= 0 && curve.time[k] === t ? k : next;
    const survival = k >= 0 ? curve.survival[k]! : 1;
    rows.push({
      time: t,
      nRisk: curve.nRisk[firstAtOrAfter]!,
      nEvent: cumulativeEvents - previousEvents,
      survival,
      standardError: k >= 0 ? survival * curve.seCumulativeHazard[k]! : 0,
      lower: k >= 0 ? curve.lower[k]! : 1,
      upper: k >= 0 ? curve.upper[k]! : 1,
    });
    previousEvents = cumulativeEvents;
  }
  return rows;
}

export interface SymmetricQuantile {
  estimate: number;
  standardError: number;
  lower: number;
  upper: number;
}

/** The half-width of the uniform kernel in survival probability (Klein & Moeschberger's ε). */
const KERNEL_HALF_WIDTH = 0.05;
/** SPSS's multiplier for its 95 % limits: the rounded 1.96, not the normal quantile 1.959964 (read off SPSS 31 output). */
const SPSS_Z95 = 1.96;

/**
 * The p-quantile with a symmetric CI estimate ± z·SE, as SPSS's KM procedure prints the median:
 * SE = SE(Ŝ(x̂)) / f̂(x̂) (Klein & Moeschberger 2003, §4.5 practical note 3), with the Greenwood
 * SE(Ŝ) at x̂ and the density from a uniform kernel, f̂ = (Ŝ(û) − Ŝ(l̂)) / (l̂ − û), where û is the
 * last event time with Ŝ ≥ 1 − p + 0.05 (time 0, Ŝ = 1, if none) and l̂ the first with
 * Ŝ ≤ 1 − p − 0.05. x̂ is the first event time with Ŝ ≤ 1 − p (no midpoint rule). z is 1.96 at the
 * 95 % level, as SPSS (which prints no other level), else the normal quantile. NaN where x̂ or l̂ is
 * not reached; the lower limit may fall below 0, as SPSS prints it.
 */
export function symmetricSurvivalQuantile(curve: KaplanMeierCurve, p = 0.5): SymmetricQuantile {
  const target = 1 - p;
  let estimate = NaN;
  let atEstimate = -1;
  let upperTime = 0;
  let upperSurvival = 1;
  let lowerTime = NaN;
  let lowerSurvival = NaN;
  for (let k = 0; k < curve.time.length; k++) {
    if (curve.nEvent[k] === 0) continue;
    const s = curve.survival[k]!;
    if (s >= target + KERNEL_HALF_WIDTH - TOLERANCE) {
      upperTime = curve.time[k]!;
      upperSurvival = s;
    }
    if (atEstimate < 0 && s <= target + TOLERANCE) {
      estimate = curve.time[k]!;
      atEstimate = k;
    }
    if (s <= target - KERNEL_HALF_WIDTH + TOLERANCE) {
      lowerTime = curve.time[k]!;
      lowerSurvival = s;
      break;
    }
  }
  if (atEstimate < 0 || Number.isNaN(lowerTime)) return { estimate, standardError: NaN, lower: NaN, upper: NaN };
  const density = (upperSurvival - lowerSurvival) / (lowerTime - upperTime);
  const standardError = (curve.survival[atEstimate]! * curve.seCumulativeHazard[atEstimate]!) / density;
  const z = curve.confidenceLevel === 0.95 ? SPSS_Z95 : normalUpperQuantile((1 - curve.confidenceLevel) / 2);
  return { estimate, standardError, lower: estimate - z * standardError, upper: estimate + z * standardError };
}
