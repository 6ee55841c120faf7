import { chiSquareSf } from '../distributions.js';
import { cholesky, choleskySolve, SingularMatrixError } from '../linalg.js';
import { orderByTime } from './kaplan-meier.js';

/**
 * Competing risks: the cumulative incidence function of one cause and its variance, and Gray's
 * test comparing it among groups — a transcription of cmprsk's Fortran (`cinc`, `crstm`/`crst`,
 * R. Gray 2000; Gray 1988, Ann Stat 16:1141). `cause` codes each subject: 0 = censored, 1, 2, … =
 * the cause of its event.
 */
export interface CumulativeIncidence {
  n: number;
  /** events of the cause of interest, and of any other cause */
  events: number;
  otherEvents: number;
  /** distinct times with an event of the cause of interest, and the function and its variance just after each */
  time: Float64Array;
  estimate: Float64Array;
  variance: Float64Array;
  /** the largest follow-up time: the curve is defined up to it */
  lastTime: number;
}

/** The cumulative incidence of `ofCause` among the subjects in `subset` (all when omitted), as cmprsk::cuminc. */
export function cumulativeIncidence(time: Float64Array, cause: Int32Array, ofCause: number, subset?: Int32Array): CumulativeIncidence {
  const order = orderByTime(time, subset);
  const n = order.length;
  const times: number[] = [];
  const estimates: number[] = [];
  const variances: number[] = [];
  let survival = 1; // Kaplan–Meier of the event of any cause, left-continuous
  let f = 0;
  let v1 = 0;
  let v2 = 0;
  let v3 = 0;
  let atRisk = n;
  let events = 0;
  let otherEvents = 0;
  for (let start = 0; start < n; ) {
    const t = time[order[start]!]!;
    let end = start;
    let d1 = 0;
    let d2 = 0;
    for (; end < n && time[order[end]!] === t; end++) {
      const c = cause[order[end]!]!;
      if (c === ofCause) d1++;
      else if (c !== 0) d2++;
    }
    const d = d1 + d2;
    if (d > 0) {
      const next = (survival * (atRisk - d)) / atRisk;
      if (d1 > 0) f += (survival * d1) / atRisk;
      if (d2 > 0 && next > 0) {
        const t5 = d2 > 1 ? 1 - (d2 - 1) / (atRisk - 1) : 1;
        const t6 = (survival * survival * t5 * d2) / (atRisk * atRisk);
        const t3 = 1 / next;
        const t4 = f / next;
        v1 += t4 * t4 * t6;
        v2 += t3 * t4 * t6;
        v3 += t3 * t3 * t6;
      }
      if (d1 > 0) {
        const t5 = d1 > 1 ? 1 - (d1 - 1) / (atRisk - 1) : 1;
        const t6 = (survival * survival * t5 * d1) / (atRisk * atRisk);
        const t3 = next > 0 ? 1 / next : 0;
        const t4 = 1 + t3 * f;
        v1 += t4 * t4 * t6;
        v2 += t3 * t4 * t6;
        v3 += t3 * t3 * t6;
        times.push(t);
        estimates.push(f);
        variances.push(v1 + f * f * v3 - 2 * f * v2);
      }
      survival = next;
      events += d1;
      otherEvents += d2;
    }
    atRisk -= end - start;
    start = end;
  }
  return {
    n,
    events,
    otherEvents,
    time: Float64Array.from(times),
    estimate: Float64Array.from(estimates),
    variance: Float64Array.from(variances),
    lastTime: n > 0 ? time[order[n - 1]!]! : NaN,
  };
}

export interface CumulativeIncidenceAt {
  time: number;
  estimate: number;
  variance: number;
}

/** The curve at chosen times (cmprsk's `timepoints`): NaN past the largest follow-up time. */
export function cumulativeIncidenceAt(curve: CumulativeIncidence, times: readonly number[]): CumulativeIncidenceAt[] {
  return times.map((t) => {
    if (!(t <= curve.lastTime) || t < 0) return { time: t, estimate: NaN, variance: NaN };
    let k = -1;
    while (k + 1 < curve.time.length && curve.time[k + 1]! <= t) k++;
    return { time: t, estimate: k >= 0 ? curve.estimate[k]! : 0, variance: k >= 0 ? curve.variance[k]! : 0 };
  });
}

export interface GrayTestResult {
  statistic: number;
  df: number;
  p: number;
  /** scores of the first k − 1 groups and their (k − 1) × (k − 1) covariance, row-major */
  scores: Float64Array;
  variance: Float64Array;
}

/** Score and covariance contributions of one stratum (cmprsk's `crst`); m: 0 censored, 1 the cause, 2 another. */
function grayStratum(y: Float64Array, m: Uint8Array, group: Int32Array, ng: number, rho: number, s: Float64Array, v: Float64Array): void {
  const ng1 = ng - 1;
  const n = y.length;
  const rs = new Float64Array(ng);
  for (let i = 0; i < n; i++) rs[group[i]!]! += 1;
  const f1m = new Float64Array(ng);
  const f1 = new Float64Array(ng);
  const skmm = new Float64Array(ng).fill(1);
  const skm = new Float64Array(ng).fill(1);
  const v3 = new Float64Array(ng);
  const v2 = new Float64Array(ng1 * ng);
  const c = new Float64Array(ng * ng);
  const a = new Float64Array(ng * ng);
  const d = new Float64Array(3 * ng);
  let fm = 0;
  let f = 0;
  for (let ll = 0; ll < n; ) {
    let lu = ll;
    while (lu + 1 < n && !(y[lu + 1]! > y[ll]!)) lu++;
    d.fill(0);
    for (let i = ll; i <= lu; i++) d[m[i]! * ng + group[i]!]! += 1;
    let nd1 = 0;
    let nd2 = 0;
    for (let i = 0; i < ng; i++) {
      nd1 += d[ng + i]!;
      nd2 += d[2 * ng + i]!;
    }
    if (nd1 > 0 || nd2 > 0) {
      let tr = 0;
      let tq = 0;
      for (let i = 0; i < ng; i++) {
        if (rs[i]! <= 0) continue;
        const td = d[ng + i]! + d[2 * ng + i]!;
        skm[i] = (skmm[i]! * (rs[i]! - td)) / rs[i]!;
        f1[i] = f1m[i]! + (skmm[i]! * d[ng + i]!) / rs[i]!;
        tr += rs[i]! / skmm[i]!;
        tq += (rs[i]! * (1 - f1m[i]!)) / skmm[i]!;
      }
      f = fm + nd1 / tr;
      const fb = (1 - fm) ** rho;
      for (let i = 0; i < ng; i++) {
        for (let j = i; j < ng; j++) a[i * ng + j] = 0;
        if (rs[i]! <= 0) continue;
        const t1 = rs[i]! / skmm[i]!;
        a[i * ng + i] = fb * t1 * (1 - t1 / tr);
        if (a[i * ng + i] !== 0) c[i * ng + i]! += (a[i * ng + i]! * nd1) / (tr * (1 - fm));
        for (let j = i + 1; j < ng; j++) {
          if (rs[j]! <= 0) continue;
          a[i * ng + j] = (-fb * t1 * rs[j]!) / (skmm[j]! * tr);
          if (a[i * ng + j] !== 0) c[i * ng + j]! += (a[i * ng + j]! * nd1) / (tr * (1 - fm));
        }
      }
      for (let i = 1; i < ng; i++) {
        for (let j = 0; j < i; j++) {
          a[i * ng + j] = a[j * ng + i]!;
          c[i * ng + j] = c[j * ng + i]!;
        }
      }
      for (let i = 0; i < ng1; i++) {
        if (rs[i]! <= 0) continue;
        s[i]! += fb * (d[ng + i]! - (nd1 * rs[i]! * (1 - f1m[i]!)) / (skmm[i]! * tq));
      }
      if (nd1 > 0) {
        for (let k = 0; k < ng; k++) {
          if (rs[k]! <= 0) continue;
          const t4 = skm[k]! > 0 ? 1 - (1 - f) / skm[k]! : 1;
          const t5 = nd1 > 1 ? 1 - (nd1 - 1) / (tr * skmm[k]! - 1) : 1;
          const t3 = (t5 * skmm[k]! * nd1) / (tr * rs[k]!);
          v3[k]! += t4 * t4 * t3;
          for (let i = 0; i < ng1; i++) {
            const t1 = a[i * ng + k]! - t4 * c[i * ng + k]!;
            v2[i * ng + k]! += t1 * t4 * t3;
            for (let j = 0; j <= i; j++) {
              const t2 = a[j * ng + k]! - t4 * c[j * ng + k]!;
              v[i * ng1 + j]! += t1 * t2 * t3;
            }
          }
        }
      }
      if (nd2 > 0) {
        for (let k = 0; k < ng; k++) {
          const dk = d[2 * ng + k]!;
          if (skm[k]! <= 0 || dk <= 0) continue;
          const t4 = (1 - f) / skm[k]!;
          const t5 = dk > 1 ? 1 - (dk - 1) / (rs[k]! - 1) : 1;
          const t3 = (t5 * skmm[k]! ** 2 * dk) / rs[k]! ** 2;
          v3[k]! += t4 * t4 * t3;
          for (let i = 0; i < ng1; i++) {
            const t1 = t4 * c[i * ng + k]!;
            v2[i * ng + k]! -= t1 * t4 * t3;
            for (let j = 0; j <= i; j++) {
              const t2 = t4 * c[j * ng + k]!;
              v[i * ng1 + j]! += t1 * t2 * t3;
            }
          }
        }
      }
    }
    if (lu >= n - 1) break;
    for (let i = ll; i <= lu; i++) rs[group[i]!]! -= 1;
    fm = f;
    f1m.set(f1);
    skmm.set(skm);
    ll = lu + 1;
  }
  for (let i = 0; i < ng1; i++) {
    for (let j = 0; j <= i; j++) {
      for (let k = 0; k < ng; k++) {
        v[i * ng1 + j]! += c[i * ng + k]! * c[j * ng + k]! * v3[k]! + c[i * ng + k]! * v2[j * ng + k]! + c[j * ng + k]! * v2[i * ng + k]!;
      }
    }
  }
}

/**
 * Gray's test that the cumulative incidence of `ofCause` is the same in `groups` groups (codes
 * 0..groups − 1, each with members), optionally stratified (scores and covariances summed over
 * strata); weight (1 − F(t−))^ρ, ρ = 0 by default. χ² = s′V⁻¹s on groups − 1 df; NaN (R: −1) when
 * V is singular.
 */
export function grayTest(time: Float64Array, cause: Int32Array, ofCause: number, group: Int32Array, groups: number, strata?: Int32Array, rho = 0): GrayTestResult {
  const ng1 = groups - 1;
  const s = new Float64Array(ng1);
  const v = new Float64Array(ng1 * ng1);
  const codes = strata ? [...new Set(strata)].sort((x, y) => x - y) : [0];
  for (const code of codes) {
    const members = Int32Array.from({ length: time.length }, (_, i) => i).filter((i) => !strata || strata[i] === code);
    const order = orderByTime(time, members);
    grayStratum(
      Float64Array.from(order, (i) => time[i]!),
      Uint8Array.from(order, (i) => (cause[i] === ofCause ? 1 : cause[i] === 0 ? 0 : 2)),
      Int32Array.from(order, (i) => group[i]!),
      groups,
      rho,
      s,
      v,
    );
  }
  for (let i = 0; i < ng1; i++) for (let j = 0; j < i; j++) v[j * ng1 + i] = v[i * ng1 + j]!;
  let statistic = NaN;
  try {
    const solution = choleskySolve(cholesky(v, ng1), ng1, s);
    statistic = 0;
    for (let i = 0; i < ng1; i++) statistic += s[i]! * solution[i]!;
  } catch (error) {
    if (!(error instanceof SingularMatrixError)) throw error;
  }
  return { statistic, df: ng1, p: Number.isNaN(statistic) ? NaN : chiSquareSf(statistic, ng1), scores: s, variance: v };
}
