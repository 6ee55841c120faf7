import { indicesByStratum } from './logrank.js';

export interface ConcordanceResult {
  concordance: number;
  concordant: number;
  discordant: number;
  /** comparable pairs with equal scores */
  tiedScore: number;
  /** the infinitesimal-jackknife standard error of R's concordance (summary(coxph)'s "se") */
  standardError: number;
}

/**
 * Harrell's C of a risk score (higher score, earlier event) within strata: a pair is comparable
 * when the shorter time is an event; a subject censored at an event time counts as outliving it;
 * two events at the same time are not comparable. O(n log n) with Fenwick trees over score ranks.
 *
 * Standard error as survival's concordancefit (≥ 3.0): every subject's influence
 * dfbetaᵢ = ((Cᵢ − Dᵢ) − (Cᵢ + Dᵢ + Tᵢ)·(C − D)/N) / (2N), with Cᵢ, Dᵢ, Tᵢ the concordant,
 * discordant and score-tied comparable pairs subject i belongs to (as the earlier event or as the
 * one outliving it) and N = C + D + T; var = Σ dfbetaᵢ², or Σ over clusters of (Σ dfbeta)².
 */
export function concordance(time: Float64Array, event: Uint8Array, score: Float64Array, strata?: Int32Array, cluster?: Int32Array): ConcordanceResult {
  let concordant = 0;
  let discordant = 0;
  let tiedScore = 0;
  const n = time.length;
  // pairs each subject belongs to: concordant, discordant, tied on score
  const influence = new Float64Array(n * 3);
  for (const members of indicesByStratum(n, strata)) {
    const distinct = Float64Array.from(members, (i) => score[i]!).sort();
    const ranks: number[] = [];
    for (let i = 0; i < distinct.length; i++) if (i === 0 || distinct[i] !== distinct[i - 1]) ranks.push(distinct[i]!);
    const size = ranks.length;
    const rankOf = (value: number): number => {
      let low = 0;
      let high = size - 1;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (ranks[mid]! < value) low = mid + 1;
        else high = mid;
      }
      return low;
    };
    // everyone already passed (longer times), and the events among them
    const all = new Float64Array(size + 1);
    const events = new Float64Array(size + 1);
    let inAll = 0;
    let inEvents = 0;
    const add = (tree: Float64Array, rank: number): void => {
      for (let r = rank + 1; r <= size; r += r & -r) tree[r]! += 1;
    };
    const countBelow = (tree: Float64Array, rank: number): number => {
      let sum = 0;
      for (let r = rank; r > 0; r -= r & -r) sum += tree[r]!;
      return sum;
    };
    // events of longer time seen when a subject enters: the later subtraction leaves the earlier events
    const snapshot = (i: number, rank: number): void => {
      const below = countBelow(events, rank);
      const atOrBelow = countBelow(events, rank + 1);
      influence[i * 3]! -= inEvents - atOrBelow;
      influence[i * 3 + 1]! -= below;
      influence[i * 3 + 2]! -= atOrBelow - below;
    };
    const rank = new Int32Array(members.length);
    const order = members.sort((a, b) => time[b]! - time[a]!);
    for (let s = 0; s < order.length; s++) rank[s] = rankOf(score[order[s]!]!);
    for (let start = 0; start < order.length; ) {
      const t = time[order[start]!]!;
      let end = start;
      while (end < order.length && time[order[end]!] === t) end++;
      for (let s = start; s < end; s++) {
        const i = order[s]!;
        if (event[i]) continue;
        snapshot(i, rank[s]!);
        add(all, rank[s]!);
        inAll++;
      }
      for (let s = start; s < end; s++) {
        const i = order[s]!;
        if (!event[i]) continue;
        const below = countBelow(all, rank[s]!);
        const atOrBelow = countBelow(all, rank[s]! + 1);
        concordant += below;
        tiedScore += atOrBelow - below;
        discordant += inAll - atOrBelow;
        influence[i * 3]! += below;
        influence[i * 3 + 1]! += inAll - atOrBelow;
        influence[i * 3 + 2]! += atOrBelow - below;
      }
      for (let s = start; s < end; s++) {
        if (!event[order[s]!]) continue;
        add(events, rank[s]!);
        inEvents++;
      }
      for (let s = start; s < end; s++) {
        const i = order[s]!;
        if (!event[i]) continue;
        snapshot(i, rank[s]!);
        add(all, rank[s]!);
        inAll++;
      }
      start = end;
    }
    // the events of shorter time: as the one outliving them, a subject is concordant with a higher-scored event
    for (let s = 0; s < order.length; s++) {
      const i = order[s]!;
      const below = countBelow(events, rank[s]!);
      const atOrBelow = countBelow(events, rank[s]! + 1);
      influence[i * 3]! += inEvents - atOrBelow;
      influence[i * 3 + 1]! += below;
      influence[i * 3 + 2]! += atOrBelow - below;
    }
  }
  const comparable = concordant + discordant + tiedScore;
  const somers = (concordant - discordant) / comparable;
  const dfbeta = (i: number): number =>
    (influence[i * 3]! - influence[i * 3 + 1]! - (influence[i * 3]! + influence[i * 3 + 1]! + influence[i * 3 + 2]!) * somers) / (2 * comparable);
  let variance = 0;
  if (cluster) {
    const sums = new Map<number, number>();
    for (let i = 0; i < n; i++) sums.set(cluster[i]!, (sums.get(cluster[i]!) ?? 0) + dfbeta(i));
    for (const d of sums.values()) variance += d * d;
  } else {
    for (let i = 0; i < n; i++) variance += dfbeta(i) ** 2;
  }
  return { concordance: (somers + 1) / 2, concordant, discordant, tiedScore, standardError: Math.sqrt(variance) };
}
