import { chiSquareSf } from '../distributions.js';
import { argsort } from '../sort.js';
import { quadraticFormInverse } from '../linalg.js';
import { pAdjust, type AdjustMethod } from '../multiple.js';

export interface LogRankResult {
  /** subjects per group */
  n: Float64Array;
  observed: Float64Array;
  expected: Float64Array;
  /** k × k covariance of observed − expected, row-major */
  variance: Float64Array;
  chisq: number;
  df: number;
  p: number;
}

/** Subject indices per stratum code (one stratum when strata is omitted). */
export function indicesByStratum(length: number, strata?: Int32Array): Int32Array[] {
  if (!strata) return [Int32Array.from({ length }, (_, i) => i)];
  const buckets = new Map<number, number[]>();
  for (let i = 0; i < length; i++) {
    const code = strata[i]!;
    let bucket = buckets.get(code);
    if (!bucket) buckets.set(code, (bucket = []));
    bucket.push(i);
  }
  return [...buckets.keys()].sort((a, b) => a - b).map((code) => Int32Array.from(buckets.get(code)!));
}

/**
 * The log-rank test of k groups (codes 0..k−1), optionally stratified: observed and expected
 * events and their hypergeometric covariance are summed over strata, and the statistic uses the
 * groups with expected events > 0 less one (R's survdiff with rho = 0).
 */
export function logRankTest(time: Float64Array, event: Uint8Array, group: Int32Array, groups: number, strata?: Int32Array): LogRankResult {
  const k = groups;
  const n = new Float64Array(k);
  const observed = new Float64Array(k);
  const expected = new Float64Array(k);
  const variance = new Float64Array(k * k);
  const atRisk = new Float64Array(k);
  const eventsByGroup = new Float64Array(k);
  for (const members of indicesByStratum(time.length, strata)) {
    const order = argsort(time, members);
    atRisk.fill(0);
    for (const i of order) atRisk[group[i]!]! += 1;
    let total = order.length;
    for (let start = 0; start < order.length; ) {
      const t = time[order[start]!]!;
      let end = start;
      eventsByGroup.fill(0);
      let d = 0;
      for (; end < order.length && time[order[end]!] === t; end++) {
        const i = order[end]!;
        if (event[i]) {
          eventsByGroup[group[i]!]! += 1;
          d++;
        }
      }
      if (d > 0) {
        const factor = total > 1 ? (d * (total - d)) / (total - 1) : 0;
        for (let j = 0; j < k; j++) {
          const share = atRisk[j]! / total;
          observed[j]! += eventsByGroup[j]!;
          expected[j]! += d * share;
          if (share === 0) continue;
          for (let l = 0; l < k; l++) variance[j * k + l]! += factor * share * ((j === l ? 1 : 0) - atRisk[l]! / total);
        }
      }
      for (let s = start; s < end; s++) atRisk[group[order[s]!]!]! -= 1;
      total -= end - start;
      start = end;
    }
    for (const i of members) n[group[i]!]! += 1;
  }
  const used = [...expected.keys()].filter((j) => expected[j]! > 0).slice(0, -1);
  const df = used.length;
  const difference = Float64Array.from(used, (j) => observed[j]! - expected[j]!);
  const sub = new Float64Array(df * df);
  used.forEach((j, a) => used.forEach((l, b) => (sub[a * df + b] = variance[j * k + l]!)));
  const chisq = df > 0 ? quadraticFormInverse(sub, df, difference) : 0;
  return { n, observed, expected, variance, chisq, df, p: chiSquareSf(chisq, df) };
}

export interface PairwiseLogRank {
  /** group codes, first < second */
  first: number;
  second: number;
  chisq: number;
  p: number;
  pAdjusted: number;
}

/**
 * The log-rank test of every pair of groups on the subjects of that pair (optionally stratified),
 * p-values adjusted over the pairs — survminer's pairwise_survdiff: survdiff per pair, then
 * p.adjust. Pairs are ordered (0,1), (0,2), …, (1,2), …; a pair without expected events has p NaN.
 */
export function pairwiseLogRank(time: Float64Array, event: Uint8Array, group: Int32Array, groups: number, method: AdjustMethod, strata?: Int32Array): PairwiseLogRank[] {
  const rows: Omit<PairwiseLogRank, 'pAdjusted'>[] = [];
  for (let a = 0; a < groups; a++) {
    for (let b = a + 1; b < groups; b++) {
      const members = Int32Array.from({ length: time.length }, (_, i) => i).filter((i) => group[i] === a || group[i] === b);
      const result = logRankTest(
        Float64Array.from(members, (i) => time[i]!),
        Uint8Array.from(members, (i) => event[i]!),
        Int32Array.from(members, (i) => (group[i] === a ? 0 : 1)),
        2,
        strata ? Int32Array.from(members, (i) => strata[i]!) : undefined,
      );
      rows.push({ first: a, second: b, chisq: result.chisq, p: result.df > 0 ? result.p : NaN });
    }
  }
  const adjusted = pAdjust(rows.map((r) => r.p), method);
  return rows.map((r, k) => ({ ...r, pAdjusted: adjusted[k]! }));
}
