import { chiSquareSf, normalCdf, normalSf } from './distributions.js';
import { InsufficientDataError } from './errors.js';
import { rankAverage, tieSum } from './ranks.js';
import type { Alternative } from './ttest.js';

export interface RankTestResult {
  statistic: number;
  df: number;
  p: number;
}

/** Kruskal–Wallis rank-sum test of k groups, tie-corrected (R's kruskal.test). */
export function kruskalWallis(groups: readonly ArrayLike<number>[]): RankTestResult {
  const used = groups.filter((g) => g.length > 0);
  if (used.length < 2) throw new InsufficientDataError('the Kruskal–Wallis test needs values in at least 2 groups');
  const all = Float64Array.from(used.flatMap((g) => Array.from(g)));
  const n = all.length;
  const { ranks, tieSizes } = rankAverage(all);
  let statistic = 0;
  let offset = 0;
  for (const group of used) {
    let sum = 0;
    for (let i = 0; i < group.length; i++) sum += ranks[offset + i]!;
    statistic += (sum * sum) / group.length;
    offset += group.length;
  }
  const ties = 1 - tieSum(tieSizes) / (n * n * n - n);
  if (!(ties > 0)) throw new InsufficientDataError('all values are equal: there is nothing to rank');
  statistic = ((12 * statistic) / (n * (n + 1)) - 3 * (n + 1)) / ties;
  const df = used.length - 1;
  return { statistic, df, p: chiSquareSf(statistic, df) };
}

export interface WilcoxonResult {
  /** W (rank sum of x less its minimum) or V (sum of the ranks of the positive differences) */
  statistic: number;
  p: number;
  /** exact null distribution, or the normal approximation (tie-corrected variance) */
  exact: boolean;
  /** the continuity correction was applied (normal approximation only) */
  correct: boolean;
  alternative: Alternative;
  /** values left after dropping zero differences (signed-rank) or n of x and y (rank-sum) */
  n: number[];
}

export interface WilcoxonOptions {
  alternative?: Alternative;
  /** undefined: exact when every sample is below 50 values and there are no ties (R's choice) */
  exact?: boolean;
  /** continuity correction of the normal approximation (R's default true) */
  correct?: boolean;
}

/** counts[s] = number of subsets of size m of {1..N} whose rank sum less m(m+1)/2 equals s. */
function rankSumCounts(m: number, n: number): Float64Array {
  const N = m + n;
  const maxSum = (m * (2 * N - m + 1)) / 2;
  // ways[j * (maxSum + 1) + s]: subsets of size j of the ranks seen so far with sum s
  const stride = maxSum + 1;
  const ways = new Float64Array((m + 1) * stride);
  ways[0] = 1;
  for (let rank = 1; rank <= N; rank++) {
    for (let j = Math.min(rank, m); j >= 1; j--) {
      const row = j * stride;
      const previous = (j - 1) * stride;
      for (let s = maxSum; s >= rank; s--) ways[row + s]! += ways[previous + s - rank]!;
    }
  }
  const base = (m * (m + 1)) / 2;
  return ways.slice(m * stride + base, m * stride + maxSum + 1);
}

/** counts[s] = number of subsets of {1..n} with sum s. */
function signedRankCounts(n: number): Float64Array {
  const maxSum = (n * (n + 1)) / 2;
  const counts = new Float64Array(maxSum + 1);
  counts[0] = 1;
  for (let rank = 1; rank <= n; rank++) for (let s = maxSum; s >= rank; s--) counts[s]! += counts[s - rank]!;
  return counts;
}

/** P(S ≤ q) and P(S ≥ q) from counts of an integer statistic. */
function tails(counts: Float64Array, q: number): { lower: number; upper: number } {
  let total = 0;
  let lower = 0;
  let upper = 0;
  for (let s = 0; s < counts.length; s++) {
    total += counts[s]!;
    if (s <= q) lower += counts[s]!;
    if (s >= q) upper += counts[s]!;
  }
  return { lower: lower / total, upper: upper / total };
}

function exactP(counts: Float64Array, statistic: number, centre: number, alternative: Alternative): number {
  const { lower, upper } = tails(counts, statistic);
  if (alternative === 'less') return lower;
  if (alternative === 'greater') return upper;
  return Math.min(1, 2 * (statistic > centre ? upper : lower));
}

function normalP(z: number, sigma: number, alternative: Alternative, correct: boolean): number {
  if (!(sigma > 0)) throw new InsufficientDataError('all values are tied: the rank statistic has no variance');
  const correction = correct ? (alternative === 'two.sided' ? Math.sign(z) * 0.5 : alternative === 'greater' ? 0.5 : -0.5) : 0;
  const standard = (z - correction) / sigma;
  if (alternative === 'less') return normalCdf(standard);
  if (alternative === 'greater') return normalSf(standard);
  return 2 * Math.min(normalCdf(standard), normalSf(standard));
}

/** Wilcoxon rank-sum (Mann–Whitney) test of x against y, as R's wilcox.test(x, y). */
export function wilcoxonRankSum(x: ArrayLike<number>, y: ArrayLike<number>, options: WilcoxonOptions = {}): WilcoxonResult {
  const alternative = options.alternative ?? 'two.sided';
  const correct = options.correct ?? true;
  const nx = x.length;
  const ny = y.length;
  if (nx < 1 || ny < 1) throw new InsufficientDataError(`the rank-sum test needs at least 1 value in each group, got ${nx} and ${ny}`);
  const all = Float64Array.from([...Array.from(x), ...Array.from(y)]);
  const { ranks, tieSizes } = rankAverage(all);
  let rankSum = 0;
  for (let i = 0; i < nx; i++) rankSum += ranks[i]!;
  const statistic = rankSum - (nx * (nx + 1)) / 2;
  const ties = tieSizes.some((t) => t > 1);
  const exact = (options.exact ?? (nx < 50 && ny < 50)) && !ties;
  if (exact) {
    return { statistic, p: exactP(rankSumCounts(nx, ny), statistic, (nx * ny) / 2, alternative), exact, correct: false, alternative, n: [nx, ny] };
  }
  const N = nx + ny;
  const sigma = Math.sqrt(((nx * ny) / 12) * (N + 1 - tieSum(tieSizes) / (N * (N - 1))));
  return { statistic, p: normalP(statistic - (nx * ny) / 2, sigma, alternative, correct), exact, correct, alternative, n: [nx, ny] };
}

/** Wilcoxon signed-rank test of x (or of the differences x − y), as R's wilcox.test(x, y, paired = TRUE). */
export function wilcoxonSignedRank(x: ArrayLike<number>, y?: ArrayLike<number>, options: WilcoxonOptions = {}): WilcoxonResult {
  const alternative = options.alternative ?? 'two.sided';
  const correct = options.correct ?? true;
  if (y && y.length !== x.length) throw new RangeError(`paired samples differ in length: ${x.length} and ${y.length}`);
  const differences = Array.from(x, (v, i) => (y ? v - y[i]! : v));
  const nonzero = Float64Array.from(differences.filter((d) => d !== 0));
  const zeroes = nonzero.length < differences.length;
  const n = nonzero.length;
  if (n < 1) throw new InsufficientDataError('every difference is 0: the signed-rank test has nothing to rank');
  const { ranks, tieSizes } = rankAverage(nonzero.map(Math.abs));
  let statistic = 0;
  for (let i = 0; i < n; i++) if (nonzero[i]! > 0) statistic += ranks[i]!;
  const ties = tieSizes.some((t) => t > 1);
  const exact = (options.exact ?? n < 50) && !ties && !zeroes;
  if (exact) {
    return { statistic, p: exactP(signedRankCounts(n), statistic, (n * (n + 1)) / 4, alternative), exact, correct: false, alternative, n: [n] };
  }
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieSum(tieSizes) / 48);
  return { statistic, p: normalP(statistic - (n * (n + 1)) / 4, sigma, alternative, correct), exact, correct, alternative, n: [n] };
}

/**
 * Friedman rank-sum test of an unreplicated complete block design: `data` is blocks × treatments,
 * row-major; each block is ranked on its own (ties share mid-ranks), as R's friedman.test.
 */
export function friedmanTest(data: Float64Array, blocks: number, treatments: number): RankTestResult {
  if (treatments < 2) throw new InsufficientDataError('the Friedman test needs at least 2 treatments');
  if (blocks < 1) throw new InsufficientDataError('the Friedman test needs at least 1 complete block');
  const columnSums = new Float64Array(treatments);
  let ties = 0;
  for (let b = 0; b < blocks; b++) {
    const { ranks, tieSizes } = rankAverage(data.subarray(b * treatments, (b + 1) * treatments));
    for (let j = 0; j < treatments; j++) columnSums[j]! += ranks[j]!;
    ties += tieSum(tieSizes);
  }
  let squares = 0;
  for (let j = 0; j < treatments; j++) squares += (columnSums[j]! - (blocks * (treatments + 1)) / 2) ** 2;
  const denominator = blocks * treatments * (treatments + 1) - ties / (treatments - 1);
  if (!(denominator > 0)) throw new InsufficientDataError('every block is tied throughout: there is nothing to rank');
  const statistic = (12 * squares) / denominator;
  const df = treatments - 1;
  return { statistic, df, p: chiSquareSf(statistic, df) };
}

/**
 * Cochran's Q test of k related binary (0/1) outcomes: `data` is blocks × treatments, row-major.
 * Q = (k − 1)·(k·ΣCⱼ² − N²) / (k·N − ΣRᵢ²), χ² on k − 1 df (Cochran 1950).
 */
export function cochranQ(data: Uint8Array | Float64Array, blocks: number, treatments: number): RankTestResult {
  if (treatments < 2) throw new InsufficientDataError("Cochran's Q needs at least 2 treatments");
  const columns = new Float64Array(treatments);
  let total = 0;
  let rowSquares = 0;
  for (let b = 0; b < blocks; b++) {
    let row = 0;
    for (let j = 0; j < treatments; j++) {
      const value = data[b * treatments + j]!;
      if (value !== 0 && value !== 1) throw new RangeError(`Cochran's Q needs outcomes of 0 or 1, got ${value}`);
      row += value;
      columns[j]! += value;
    }
    total += row;
    rowSquares += row * row;
  }
  let columnSquares = 0;
  for (let j = 0; j < treatments; j++) columnSquares += columns[j]! ** 2;
  const denominator = treatments * total - rowSquares;
  if (!(denominator > 0)) throw new InsufficientDataError("every block has the same outcome for all treatments: Cochran's Q is undefined");
  const statistic = ((treatments - 1) * (treatments * columnSquares - total * total)) / denominator;
  const df = treatments - 1;
  return { statistic, df, p: chiSquareSf(statistic, df) };
}
