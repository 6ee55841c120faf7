/** Mid-ranks (ties share the average of their ranks, R's rank() default) and the sizes of tie groups. */
export interface Ranking {
  ranks: Float64Array;
  /** the size of every group of equal values, singletons included */
  tieSizes: number[];
}

export function rankAverage(values: ArrayLike<number>): Ranking {
  const n = values.length;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(n);
  const tieSizes: number[] = [];
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && values[order[end]!] === values[order[start]!]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = rank;
    tieSizes.push(end - start);
    start = end;
  }
  return { ranks, tieSizes };
}

/** Σ (t³ − t) over tie groups: the tie correction of rank statistics. */
export function tieSum(tieSizes: readonly number[]): number {
  let sum = 0;
  for (const t of tieSizes) sum += t * t * t - t;
  return sum;
}
