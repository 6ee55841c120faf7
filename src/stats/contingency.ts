import gammaln from '@stdlib/math-base-special-gammaln';
import { chiSquareSf } from './distributions.js';
import { TooLargeError } from './errors.js';

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

export interface FisherRxCResult {
  /** the total probability of the tables with the observed margins no more likely than the observed one */
  p: number;
  /** how many tables with those margins were enumerated */
  tables: number;
}

/** Tables enumerated before giving up. */
export const FISHER_TABLE_LIMIT = 2e7;

/**
 * Fisher's exact test of an r × c table (R's fisher.test on a larger table): every table with the
 * observed margins is enumerated column by column; its probability Π rᵢ! Π cⱼ! / (n! Π xᵢⱼ!) is
 * summed when it is at most the observed one (within a relative 1e-7, as R does).
 */
export function fisherExactRxC(table: Table, limit = FISHER_TABLE_LIMIT): FisherRxCResult {
  // enumerate along the longer dimension, so each step fills the shorter one
  const transpose = table.rows > table.cols;
  const rows = transpose ? table.cols : table.rows;
  const cols = transpose ? table.rows : table.cols;
  const cell = (i: number, j: number): number => (transpose ? table.counts[j * table.cols + i]! : table.counts[i * table.cols + j]!);
  for (let k = 0; k < table.counts.length; k++) {
    const v = table.counts[k]!;
    if (!(v >= 0 && Number.isInteger(v))) throw new RangeError(`Fisher's exact test needs whole non-negative counts, got ${v}`);
  }
  const rowTotals = new Int32Array(rows);
  const colTotals = new Int32Array(cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) {
    rowTotals[i]! += cell(i, j);
    colTotals[j]! += cell(i, j);
  }
  const total = rowTotals.reduce((a, b) => a + b, 0);
  const logFactorial = new Float64Array(total + 1);
  for (let k = 2; k <= total; k++) logFactorial[k] = logFactorial[k - 1]! + Math.log(k);
  let constant = -logFactorial[total]!;
  for (const r of rowTotals) constant += logFactorial[r]!;
  for (const c of colTotals) constant += logFactorial[c]!;
  let observed = constant;
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) observed -= logFactorial[cell(i, j)]!;
  const threshold = observed + Math.log1p(1e-7);
  const remaining = Int32Array.from(rowTotals);
  let p = 0;
  let tables = 0;
  // fill column j from row i down, `left` of its total still to place, `past` = Σ log x! so far
  const fill = (j: number, i: number, left: number, past: number): void => {
    if (j === cols - 1) {
      // the last column is what the rows still need
      let value = past;
      for (let r = 0; r < rows; r++) value += logFactorial[remaining[r]!]!;
      if (++tables > limit) throw new TooLargeError(`the table has more than ${limit} arrangements with its margins; use the chi-square test or combine categories`);
      const logP = constant - value;
      if (logP <= threshold) p += Math.exp(logP);
      return;
    }
    if (i === rows - 1) {
      if (left > remaining[i]!) return;
      remaining[i]! -= left;
      fill(j + 1, 0, colTotals[j + 1]!, past + logFactorial[left]!);
      remaining[i]! += left;
      return;
    }
    let below = 0;
    for (let r = i + 1; r < rows; r++) below += remaining[r]!;
    const low = Math.max(0, left - below);
    const high = Math.min(remaining[i]!, left);
    for (let x = low; x <= high; x++) {
      remaining[i]! -= x;
      fill(j, i + 1, left - x, past + logFactorial[x]!);
      remaining[i]! += x;
    }
  };
  if (cols === 1 || rows === 1) return { p: 1, tables: 1 };
  fill(0, 0, colTotals[0]!, 0);
  return { p: Math.min(1, p), tables };
}
