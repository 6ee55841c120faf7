import { argsort } from '../sort.js';
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

/** Adds one at `rank` of a Fenwick tree (tree[0] unused). */
function add(tree: Int32Array, rank: number): void {
  for (let r = rank + 1; r < tree.length; r += r & -r) tree[r]! += 1;
}

/** How many entries of a Fenwick tree have a rank below `rank`. */
function countBelow(tree: Int32Array, rank: number): number {
  let sum = 0;
  for (let r = rank; r > 0; r -= r & -r) sum += tree[r]!;
  return sum;
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
  // pairs each subject belongs to: concordant, discordant, tied on score — by position in
  // stratum-then-time order; subjectAt maps a position back to its subject
  const influence = new Float64Array(n * 3);
  const subjectAt = new Int32Array(n);
  let placed = 0;
  const rankOfSubject = new Int32Array(n);
  for (const members of indicesByStratum(n, strata)) {
    // rank of each member's score among the distinct scores of its stratum
    const byScore = argsort(score, members);
    let size = 0;
    for (let k = 0; k < byScore.length; k++) {
      if (k > 0 && score[byScore[k]!] !== score[byScore[k - 1]!]) size++;
      rankOfSubject[byScore[k]!] = size;
    }
    if (byScore.length > 0) size++;
    // Fenwick trees over score ranks: everyone already passed (longer times), and the events among them
    const all = new Int32Array(size + 1);
    const events = new Int32Array(size + 1);
    let inAll = 0;
    let inEvents = 0;
    // descending time (the order within a time does not matter)
    const order = argsort(time, members).reverse();
    // the stratum's subjects copied in that order, so the passes below read memory in sequence
    const rank = Int32Array.from(order, (i) => rankOfSubject[i]!);
    const sortedTime = Float64Array.from(order, (i) => time[i]!);
    const sortedEvent = Uint8Array.from(order, (i) => event[i]!);
    const offset = placed;
    order.forEach((i, s) => (subjectAt[offset + s] = i));
    placed += order.length;
    /**
     * Subjects in [from, to) with the given event status leave the comparison with the events already
     * in the event tree (their influence is reduced by them) and enter the tree of everyone passed.
     */
    const passEventsInTree = (from: number, to: number, isEvent: boolean) => {
      for (let s = from; s < to; s++) {
        if (Boolean(sortedEvent[s]) !== isEvent) continue;
        const i = (offset + s) * 3;
        const below = countBelow(events, rank[s]!);
        const atOrBelow = countBelow(events, rank[s]! + 1);
        influence[i]! -= inEvents - atOrBelow;
        influence[i + 1]! -= below;
        influence[i + 2]! -= atOrBelow - below;
        add(all, rank[s]!);
        inAll++;
      }
    };
    for (let start = 0; start < order.length; ) {
      const t = sortedTime[start]!;
      let end = start;
      while (end < order.length && sortedTime[end] === t) end++;
      // censored at t: they outlive the events at t; the events already in the tree (longer times)
      // are subtracted now, so that the final count leaves those of shorter (or equal) time
      passEventsInTree(start, end, false);
      for (let s = start; s < end; s++) {
        const i = (offset + s) * 3;
        if (!sortedEvent[s]) continue;
        const below = countBelow(all, rank[s]!);
        const atOrBelow = countBelow(all, rank[s]! + 1);
        concordant += below;
        tiedScore += atOrBelow - below;
        discordant += inAll - atOrBelow;
        influence[i]! += below;
        influence[i + 1]! += inAll - atOrBelow;
        influence[i + 2]! += atOrBelow - below;
      }
      for (let s = start; s < end; s++) {
        if (!sortedEvent[s]) continue;
        add(events, rank[s]!);
        inEvents++;
      }
      // events at t, after the events at t entered the event tree (tied times are not comparable)
      passEventsInTree(start, end, true);
      start = end;
    }
    // the events of shorter time: as the one outliving them, a subject is concordant with a higher-scored event
    for (let s = 0; s < order.length; s++) {
      const i = (offset + s) * 3;
      const below = countBelow(events, rank[s]!);
      const atOrBelow = countBelow(events, rank[s]! + 1);
      influence[i]! += inEvents - atOrBelow;
      influence[i + 1]! += below;
      influence[i + 2]! += atOrBelow - below;
    }
  }
  const comparable = concordant + discordant + tiedScore;
  const somers = (concordant - discordant) / comparable;
  const dfbeta = (i: number): number =>
    (influence[i * 3]! - influence[i * 3 + 1]! - (influence[i * 3]! + influence[i * 3 + 1]! + influence[i * 3 + 2]!) * somers) / (2 * comparable);
  let variance = 0;
  if (cluster) {
    const sums = new Map<number, number>();
    for (let i = 0; i < placed; i++) sums.set(cluster[subjectAt[i]!]!, (sums.get(cluster[subjectAt[i]!]!) ?? 0) + dfbeta(i));
    for (const d of sums.values()) variance += d * d;
  } else {
    for (let i = 0; i < placed; i++) variance += dfbeta(i) ** 2;
  }
  return { concordance: (somers + 1) / 2, concordant, discordant, tiedScore, standardError: Math.sqrt(variance) };
}
