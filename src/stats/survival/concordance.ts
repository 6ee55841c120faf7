import { indicesByStratum } from './logrank.js';

export interface ConcordanceResult {
  concordance: number;
  concordant: number;
  discordant: number;
  /** comparable pairs with equal scores */
  tiedScore: number;
}

/**
 * Harrell's C of a risk score (higher score, earlier event) within strata: a pair is comparable
 * when the shorter time is an event; a subject censored at an event time counts as outliving it;
 * two events at the same time are not comparable. O(n log n) with a Fenwick tree over score ranks.
 */
export function concordance(time: Float64Array, event: Uint8Array, score: Float64Array, strata?: Int32Array): ConcordanceResult {
  let concordant = 0;
  let discordant = 0;
  let tiedScore = 0;
  for (const members of indicesByStratum(time.length, strata)) {
    const distinct = Float64Array.from(members, (i) => score[i]!).sort();
    const ranks: number[] = [];
    for (let i = 0; i < distinct.length; i++) if (i === 0 || distinct[i] !== distinct[i - 1]) ranks.push(distinct[i]!);
    const rankOf = (value: number): number => {
      let low = 0;
      let high = ranks.length - 1;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (ranks[mid]! < value) low = mid + 1;
        else high = mid;
      }
      return low;
    };
    const tree = new Float64Array(ranks.length + 1);
    const add = (rank: number): void => {
      for (let r = rank + 1; r <= ranks.length; r += r & -r) tree[r]! += 1;
    };
    const countBelow = (rank: number): number => {
      let sum = 0;
      for (let r = rank; r > 0; r -= r & -r) sum += tree[r]!;
      return sum;
    };
    const order = members.sort((a, b) => time[b]! - time[a]!);
    let inTree = 0;
    for (let start = 0; start < order.length; ) {
      const t = time[order[start]!]!;
      let end = start;
      while (end < order.length && time[order[end]!] === t) end++;
      for (let s = start; s < end; s++) {
        const i = order[s]!;
        if (!event[i]) {
          add(rankOf(score[i]!));
          inTree++;
        }
      }
      for (let s = start; s < end; s++) {
        const i = order[s]!;
        if (!event[i]) continue;
        const rank = rankOf(score[i]!);
        const below = countBelow(rank);
        const atOrBelow = countBelow(rank + 1);
        concordant += below;
        tiedScore += atOrBelow - below;
        discordant += inTree - atOrBelow;
      }
      for (let s = start; s < end; s++) {
        const i = order[s]!;
        if (event[i]) {
          add(rankOf(score[i]!));
          inTree++;
        }
      }
      start = end;
    }
  }
  const comparable = concordant + discordant + tiedScore;
  return { concordance: (concordant + tiedScore / 2) / comparable, concordant, discordant, tiedScore };
}
