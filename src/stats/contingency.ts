import gammaln from '@stdlib/math-base-special-gammaln';
import { chiSquareSf } from './distributions.js';
import { TooLargeError } from './errors.js';
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

export interface FisherRxCResult {
  /** the total probability of the tables with the observed margins no more likely than the observed one */
  p: number;
  /** nodes × distinct past probabilities the network weighed (the work done) */
  work: number;
}

/** Steps (paths weighed and completions listed) before giving up: about 10 s on the project machine. */
export const FISHER_WORK_LIMIT = 4e6;

/** Calls back with every column x (0 ≤ xᵢ ≤ totalsᵢ, Σ x = size) and its Σ log xᵢ!. */
function forEachColumn(totals: readonly number[], size: number, logFactorial: Float64Array, visit: (x: readonly number[], logX: number) => void): void {
  const x = new Array<number>(totals.length).fill(0);
  const after = new Array<number>(totals.length).fill(0);
  for (let i = totals.length - 2; i >= 0; i--) after[i] = after[i + 1]! + totals[i + 1]!;
  const place = (i: number, left: number, logX: number): void => {
    if (i === totals.length - 1) {
      if (left > totals[i]!) return;
      x[i] = left;
      visit(x, logX + logFactorial[left]!);
      return;
    }
    for (let v = Math.max(0, left - after[i]!); v <= Math.min(totals[i]!, left); v++) {
      x[i] = v;
      place(i + 1, left - v, logX + logFactorial[v]!);
    }
  };
  place(0, size, 0);
}

/**
 * Fisher's exact test of an r × c table by the network algorithm of Mehta & Patel (1983, JASA
 * 78:427–434), as R's fisher.test: the table is built column by column; a node is the multiset of
 * row totals still to fill (rows are exchangeable for what remains), reached by paths whose
 * probability so far (Π 1/x!) is kept per distinct value. At each node, bounds on the rest of a
 * path decide whether every completion is at most as likely as the observed table (then their total,
 * n!/(Π rᵢ! Π cⱼ!) of what remains, is added at once), none is, or the node must be expanded.
 * Tables within a relative 1e-7 of the observed probability count as equally likely, as R does.
 */
export function fisherExactRxC(table: Table, limit = FISHER_WORK_LIMIT): FisherRxCResult {
  for (let k = 0; k < table.counts.length; k++) {
    const v = table.counts[k]!;
    if (!(v >= 0 && Number.isInteger(v))) throw new RangeError(`Fisher's exact test needs whole non-negative counts, got ${v}`);
  }
  // nodes are vectors of the shorter dimension's totals
  const transpose = table.rows > table.cols;
  const rows = transpose ? table.cols : table.rows;
  const cols = transpose ? table.rows : table.cols;
  const cell = (i: number, j: number): number => (transpose ? table.counts[j * table.cols + i]! : table.counts[i * table.cols + j]!);
  const rowTotals: number[] = new Array<number>(rows).fill(0);
  const colTotals: number[] = new Array<number>(cols).fill(0);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) {
    rowTotals[i]! += cell(i, j);
    colTotals[j]! += cell(i, j);
  }
  const total = rowTotals.reduce((a, b) => a + b, 0);
  const kept = rowTotals.filter((r) => r > 0);
  const columns = colTotals.filter((c) => c > 0).sort((a, b) => a - b);
  if (kept.length < 2 || columns.length < 2) return { p: 1, work: 1 };
  const logFactorial = new Float64Array(total + 1);
  for (let k = 2; k <= total; k++) logFactorial[k] = logFactorial[k - 1]! + Math.log(k);
  // log P(table) = constant − Σ log xᵢⱼ!
  let constant = -logFactorial[total]!;
  for (const r of rowTotals) constant += logFactorial[r]!;
  for (const c of colTotals) constant += logFactorial[c]!;
  let observed = constant;
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) observed -= logFactorial[cell(i, j)]!;
  const threshold = observed + Math.log1p(1e-7);
  // columns still to fill after column j, and their totals
  const remainingTotal = new Float64Array(columns.length + 1);
  for (let j = columns.length - 1; j >= 0; j--) remainingTotal[j] = remainingTotal[j + 1]! + columns[j]!;
  const logColumnFactorials = new Float64Array(columns.length + 1);
  for (let j = columns.length - 1; j >= 0; j--) logColumnFactorials[j] = logColumnFactorials[j + 1]! + logFactorial[columns[j]!]!;

  /** The largest −Σ log x! over completions (an upper bound: each row spread as evenly as it can, ignoring column totals; the same by columns; the smaller). */
  const largestRest = (totals: readonly number[], from: number): number => {
    const spread = (amount: number, parts: number): number => {
      const base = Math.floor(amount / parts);
      const extra = amount - base * parts;
      return -(extra * logFactorial[base + 1]! + (parts - extra) * logFactorial[base]!);
    };
    const parts = columns.length - from;
    let byRows = 0;
    for (const r of totals) byRows += spread(r, parts);
    let byColumns = 0;
    const nonzero = totals.filter((r) => r > 0).length;
    for (let j = from; j < columns.length; j++) byColumns += spread(columns[j]!, nonzero);
    return Math.min(byRows, byColumns);
  };
  /** The smallest −Σ log x! over completions (a lower bound: each row poured into the largest columns first, ignoring the other rows). */
  const smallestRest = (totals: readonly number[], from: number): number => {
    let sum = 0;
    for (const r of totals) {
      let left = r;
      // columns are in ascending order: the largest last
      for (let j = columns.length - 1; j >= from && left > 0; j--) {
        const x = Math.min(left, columns[j]!);
        sum -= logFactorial[x]!;
        left -= x;
      }
    }
    return sum;
  };
  /** log Σ over completions of Π 1/x! = log(m! / (Π rᵢ! Π cⱼ!)) for what remains. */
  const logCompletions = (totals: readonly number[], from: number): number => {
    let value = logFactorial[remainingTotal[from]!]! - logColumnFactorials[from]!;
    for (const r of totals) value -= logFactorial[r]!;
    return value;
  };

  // a level: node key → its row totals and the values (log Π 1/x! so far) and counts of the paths reaching it
  type Node = { totals: number[]; values: number[]; counts: number[] };
  let level = new Map<string, Node>();
  const start = [...kept].sort((a, b) => a - b);
  level.set(start.join(','), { totals: start, values: [0], counts: [1] });
  let p = 0;
  let work = 0;
  const step = (): void => {
    if (++work > limit) {
      throw new TooLargeError(`the table is too large for the exact test (more than ${limit} steps of the network algorithm); use the Monte Carlo p-value (--simulate) or the chi-square test`);
    }
  };
  /** Merges the paths of a node whose values agree to a relative 1e-12 (different paths often share Π x!). */
  const merged = (node: Node): { values: number[]; counts: number[] } => {
    const order = Array.from(node.values.keys()).sort((a, b) => node.values[a]! - node.values[b]!);
    const values: number[] = [];
    const counts: number[] = [];
    for (let k = 0; k < order.length; ) {
      const value = node.values[order[k]!]!;
      let count = 0;
      for (; k < order.length && node.values[order[k]!]! - value <= 1e-12 * Math.abs(value); k++) count += node.counts[order[k]!]!;
      values.push(value);
      counts.push(count);
    }
    return { values, counts };
  };
  const last = columns.length - 2;
  for (let j = 0; j < last; j++) {
    const next = new Map<string, Node>();
    for (const node of level.values()) {
      const largest = largestRest(node.totals, j);
      const smallest = smallestRest(node.totals, j);
      const paths = merged(node);
      const undecidedValues: number[] = [];
      const undecidedCounts: number[] = [];
      let completions = NaN;
      for (let k = 0; k < paths.values.length; k++) {
        step();
        const value = paths.values[k]!;
        if (constant + value + largest <= threshold) {
          if (Number.isNaN(completions)) completions = logCompletions(node.totals, j);
          p += paths.counts[k]! * Math.exp(constant + value + completions);
        } else if (constant + value + smallest <= threshold) {
          undecidedValues.push(value);
          undecidedCounts.push(paths.counts[k]!);
        }
      }
      if (undecidedValues.length === 0) continue;
      const totals = node.totals;
      forEachColumn(totals, columns[j]!, logFactorial, (x, logX) => {
        const child = totals.map((r, k) => r - x[k]!).sort((a, b) => a - b);
        const key = child.join(',');
        let target = next.get(key);
        if (!target) next.set(key, (target = { totals: child, values: [], counts: [] }));
        for (let u = 0; u < undecidedValues.length; u++) {
          target.values.push(undecidedValues[u]! - logX);
          target.counts.push(undecidedCounts[u]!);
        }
      });
    }
    level = next;
  }
  // the last two columns: every completion's value −Σ log x! sorted, with running sums of e^value,
  // so each path adds the completions at most as likely as the observed table by one binary search
  for (const node of level.values()) {
    const totals = node.totals;
    const rest: number[] = [];
    forEachColumn(totals, columns[last]!, logFactorial, (x, logX) => {
      step();
      let value = -logX;
      for (let k = 0; k < totals.length; k++) value -= logFactorial[totals[k]! - x[k]!]!;
      rest.push(value);
    });
    rest.sort((a, b) => a - b);
    const cumulative = new Float64Array(rest.length + 1);
    const shift = rest[rest.length - 1]!;
    for (let k = 0; k < rest.length; k++) cumulative[k + 1] = cumulative[k]! + Math.exp(rest[k]! - shift);
    const paths = merged(node);
    for (let k = 0; k < paths.values.length; k++) {
      step();
      const bound = threshold - constant - paths.values[k]!;
      let low = 0;
      let high = rest.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (rest[mid]! <= bound) low = mid + 1;
        else high = mid;
      }
      if (low > 0) p += paths.counts[k]! * Math.exp(constant + paths.values[k]! + shift) * cumulative[low]!;
    }
  }
  return { p: Math.min(1, p), work };
}

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
