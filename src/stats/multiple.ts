/** Multiple-comparison adjustments of p-values, as R's p.adjust. */
export type AdjustMethod = 'holm' | 'BH' | 'bonferroni';

export const ADJUST_METHODS: readonly AdjustMethod[] = ['holm', 'BH', 'bonferroni'];

/**
 * Adjusted p-values in the input order; NaN (missing) stays NaN and does not count towards the
 * number of tests. Holm: step-down, cummax((m − i + 1)·p₍ᵢ₎); Benjamini–Hochberg: step-up,
 * cummin(m/i·p₍ᵢ₎) from the largest; Bonferroni: m·p; each capped at 1. Ties keep input order.
 */
export function pAdjust(p: ArrayLike<number>, method: AdjustMethod): Float64Array {
  const out = new Float64Array(p.length).fill(NaN);
  const present = Array.from({ length: p.length }, (_, i) => i).filter((i) => !Number.isNaN(p[i]!));
  const m = present.length;
  if (method === 'bonferroni') {
    for (const i of present) out[i] = Math.min(1, m * p[i]!);
    return out;
  }
  if (method === 'holm') {
    const order = present.sort((a, b) => p[a]! - p[b]! || a - b);
    let running = 0;
    order.forEach((index, k) => {
      running = Math.max(running, (m - k) * p[index]!);
      out[index] = Math.min(1, running);
    });
    return out;
  }
  const order = present.sort((a, b) => p[b]! - p[a]! || a - b);
  let running = Infinity;
  order.forEach((index, k) => {
    running = Math.min(running, (m / (m - k)) * p[index]!);
    out[index] = Math.min(1, running);
  });
  return out;
}
