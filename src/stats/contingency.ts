import gammaln from '@stdlib/math-base-special-gammaln';
import { chiSquareSf } from './distributions.js';
import { mulberry32 } from './prng.js';

/** An r × c table of counts, row-major. */
export interface Table {
  rows: number;
  cols: number;
  counts: Float64Array;
}

export function tableFromRows(rows: readonly (readonly number[])[]): Table {
  const cols = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== cols)) throw new RangeError('every row of a table needs the same number of columns');
  return { rows: rows.length, cols, counts: Float64Array.from(rows.flat()) };
}

export interface ChiSquareResult {
  statistic: number;
  df: number;
  p: number;
  /** expected counts under independence, row-major like the table */
  expected: Float64Array;
}

function margins(table: Table): { rowTotals: Float64Array; colTotals: Float64Array; total: number } {
  const rowTotals = new Float64Array(table.rows);
  const colTotals = new Float64Array(table.cols);
  let total = 0;
  for (let i = 0; i < table.rows; i++) {
    for (let j = 0; j < table.cols; j++) {
      const count = table.counts[i * table.cols + j]!;
      rowTotals[i]! += count;
      colTotals[j]! += count;
      total += count;
    }
  }
  return { rowTotals, colTotals, total };
}

/**
 * Pearson's chi-square test of independence. `continuity` applies Yates' correction, which only
 * ever concerns 2 × 2 tables (R's chisq.test applies it there by default; SPSS prints both).
 */
export function chiSquareTest(table: Table, continuity = false): ChiSquareResult {
  const { rowTotals, colTotals, total } = margins(table);
  const expected = new Float64Array(table.rows * table.cols);
  let statistic = 0;
  const yates = continuity && table.rows === 2 && table.cols === 2;
  for (let i = 0; i < table.rows; i++) {
    for (let j = 0; j < table.cols; j++) {
      const index = i * table.cols + j;
      const e = (rowTotals[i]! * colTotals[j]!) / total;
      expected[index] = e;
      let deviation = Math.abs(table.counts[index]! - e);
      if (yates) deviation = Math.max(0, deviation - 0.5);
      statistic += (deviation * deviation) / e;
    }
  }
  const df = (table.rows - 1) * (table.cols - 1);
  return { statistic, df, p: chiSquareSf(statistic, df), expected };
}

export interface PartitionComparison {
  first: number;
  second: number;
  result: ChiSquareResult;
  significant: boolean;
}

export interface ChiSquarePartition {
  /** 0.05 divided by the number of row pairs */
  alpha: number;
  comparisons: PartitionComparison[];
}

/** Pairwise chi-square tests of every two rows, judged at α = 0.05 / number of pairs. */
export function chiSquarePartition(table: Table, level = 0.05): ChiSquarePartition {
  const pairs = (table.rows * (table.rows - 1)) / 2;
  const alpha = level / pairs;
  const comparisons: PartitionComparison[] = [];
  for (let a = 0; a < table.rows; a++) {
    for (let b = a + 1; b < table.rows; b++) {
      const counts = new Float64Array(2 * table.cols);
      counts.set(table.counts.subarray(a * table.cols, (a + 1) * table.cols), 0);
      counts.set(table.counts.subarray(b * table.cols, (b + 1) * table.cols), table.cols);
      const result = chiSquareTest({ rows: 2, cols: table.cols, counts });
      comparisons.push({ first: a, second: b, result, significant: result.p < alpha });
    }
  }
  return { alpha, comparisons };
}

export interface FisherResult {
  /** two-sided: the total probability of tables no more likely than the observed one */
  p: number;
  /** P(top-left ≤ observed) and P(top-left ≥ observed) */
  pLess: number;
  pGreater: number;
}

/** Fisher's exact test of a 2 × 2 table [[a, b], [c, d]]. */
export function fisherExact(table: Table): FisherResult {
  if (table.rows !== 2 || table.cols !== 2) throw new RangeError("Fisher's exact test needs a 2 × 2 table");
  const [a, b, c, d] = [0, 1, 2, 3].map((k) => table.counts[k]!) as [number, number, number, number];
  const row1 = a + b;
  const col1 = a + c;
  const total = a + b + c + d;
  const low = Math.max(0, col1 - (total - row1));
  const high = Math.min(row1, col1);
  const logChoose = (n: number, k: number): number => gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1);
  const logProbabilities = new Float64Array(high - low + 1);
  let largest = -Infinity;
  for (let x = low; x <= high; x++) {
    const value = logChoose(row1, x) + logChoose(total - row1, col1 - x) - logChoose(total, col1);
    logProbabilities[x - low] = value;
    largest = Math.max(largest, value);
  }
  const observed = logProbabilities[a - low]!;
  // tables within a relative 1e-7 of the observed probability count as equally likely (as R does)
  const threshold = observed + Math.log1p(1e-7);
  let sum = 0;
  let twoSided = 0;
  let less = 0;
  let greater = 0;
  for (let x = low; x <= high; x++) {
    const weight = Math.exp(logProbabilities[x - low]! - largest);
    sum += weight;
    if (logProbabilities[x - low]! <= threshold) twoSided += weight;
    if (x <= a) less += weight;
    if (x >= a) greater += weight;
  }
  return { p: Math.min(1, twoSided / sum), pLess: Math.min(1, less / sum), pGreater: Math.min(1, greater / sum) };
}

export { FISHER_PATH_LIMIT, FISHER_TOLERANCE, fisherExactRxC, type FisherRxCResult } from './fisher-network.js';

export interface FisherMonteCarloResult {
  p: number;
  replicates: number;
  seed: number;
}

/**
 * Fisher's test of an r × c table by Monte Carlo, as fisher.test(simulate.p.value = TRUE, B):
 * tables with the observed margins drawn at random (a random pairing of the n row labels with
 * the n column labels, which draws them with their hypergeometric probability), and
 * p = (1 + #{tables with −Σ log x! ≤ the observed one's}) / (B + 1), with R's allowance of
 * 64 ε for equal statistics. Seeded (mulberry32), so a run replays; R's own draws differ.
 */
export function fisherMonteCarlo(table: Table, replicates = 2000, seed = 1): FisherMonteCarloResult {
  const { rows, cols } = table;
  const rowLabel: number[] = [];
  const colLabel: number[] = [];
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) {
    const v = table.counts[i * cols + j]!;
    if (!(v >= 0 && Number.isInteger(v))) throw new RangeError(`Fisher's exact test needs whole non-negative counts, got ${v}`);
    for (let k = 0; k < v; k++) {
      rowLabel.push(i);
      colLabel.push(j);
    }
  }
  const n = rowLabel.length;
  const logFactorial = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) logFactorial[k] = logFactorial[k - 1]! + Math.log(k);
  const statistic = (counts: ArrayLike<number>): number => {
    let sum = 0;
    for (let k = 0; k < counts.length; k++) sum -= logFactorial[counts[k]!]!;
    return sum;
  };
  const observed = statistic(table.counts) / (1 + 64 * Number.EPSILON);
  const random = mulberry32(seed);
  const shuffled = Int32Array.from(colLabel);
  const counts = new Int32Array(rows * cols);
  let asExtreme = 0;
  for (let b = 0; b < replicates; b++) {
    for (let k = n - 1; k > 0; k--) {
      const m = Math.floor(random() * (k + 1));
      const t = shuffled[k]!;
      shuffled[k] = shuffled[m]!;
      shuffled[m] = t;
    }
    counts.fill(0);
    for (let k = 0; k < n; k++) counts[rowLabel[k]! * cols + shuffled[k]!]!++;
    if (statistic(counts) <= observed) asExtreme++;
  }
  return { p: (1 + asExtreme) / (replicates + 1), replicates, seed };
}
