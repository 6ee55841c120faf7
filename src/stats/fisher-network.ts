import { TooLargeError } from './errors.js';

/**
 * Fisher's exact test of an r × c table by the network algorithm of Mehta & Patel (1983, JASA
 * 78:427–434; FEXACT, ACM TOMS algorithm 643, 1986), the algorithm of R's fisher.test.
 *
 * The table is built one column at a time (columns in ascending order of their totals). A node of
 * the network is the multiset of row totals still to fill (rows are exchangeable for what remains);
 * a path from the root to a node is a choice of the columns so far, and its length is
 * Σ log(cⱼ! / Πᵢ xᵢⱼ!) over them, so that a whole table's probability is exp(length − D) with
 * D = log(n! / Πᵢ rᵢ!). Paths reaching a node with the same length are kept once with their number
 * (the past-path table). From each node two bounds on the rest of a path are known: its longest
 * completion (the most probable rest of the table, found exactly by a convex min-cost flow) and
 * its shortest (the least probable rest, by branch and bound over the vertices of the transport
 * polytope). A past path whose longest completion is still no longer than the observed table's
 * adds every completion at once (their total is the multinomial n'! / Π r'ᵢ! of what remains);
 * one whose shortest completion is longer adds nothing; the others go on to the next column.
 *
 * Beyond FEXACT: a node's past paths are sorted, so the paths an arc completes at once are a
 * prefix found by binary search and summed from running totals; the last two columns are settled
 * by sorting the completions of the node once; equal row totals are enumerated once with their
 * multiplicity. Tables within R's tolerance (3.45254e-7 on the log scale) of the observed
 * probability count as equally likely, as in R.
 */

/** R's FEXACT tolerance on path lengths (log probabilities): √ of the relative spacing of doubles, as R sets it. */
export const FISHER_TOLERANCE = 3.45254e-7;

/**
 * The most distinct past paths kept at one stage of the network before refusing. R's FEXACT with
 * its default workspace (200 000) keeps at most 18 600 per stage (LDSTP = 30 × 620) and stops
 * with "FEXACT error 7" beyond; this limit is 100 times that, a few hundred MB at most.
 */
export const FISHER_PATH_LIMIT = 1_860_000;

export interface FisherRxCResult {
  /** the total probability of the tables with the observed margins no more likely than the observed one */
  p: number;
  /** arcs of the network followed plus past paths carried to the next column (the work done) */
  work: number;
  /** the most distinct past paths kept at one stage */
  paths: number;
  /** the most nodes at one stage */
  nodes: number;
}

/** Margin of safety on the bounds (their sums of logarithms are computed in other orders than the paths'). */
const BOUND_SLACK = 1e-9;

/** Lengths of past paths closer than this (relative) are the same length computed in another order. */
const SAME_LENGTH = 2 ** -40;

/** Σ log x! of a total spread as evenly as it goes over `parts` cells (the smallest Σ log x! for that total). */
function evenSpread(total: number, parts: number, logFactorial: Float64Array): number {
  const base = Math.floor(total / parts);
  const extra = total - base * parts;
  return extra * logFactorial[base + 1]! + (parts - extra) * logFactorial[base]!;
}

/** Σ log x! of a total poured into the largest of `caps` first (the largest Σ log x! for that total alone). */
function pour(total: number, caps: ArrayLike<number>, count: number, logFactorial: Float64Array): number {
  // caps sorted ascending: the largest last
  let sum = 0;
  let left = total;
  for (let j = count - 1; j >= 0 && left > 0; j--) {
    const x = Math.min(left, caps[j]!);
    sum += logFactorial[x]!;
    left -= x;
  }
  return sum;
}

/**
 * The smallest Σ log xᵢⱼ! over the tables with these margins (both sorted ascending, positive),
 * exactly: a separable convex cost on a transport problem, minimised from a proportional start by
 * cancelling negative cycles of unit changes (Bellman–Ford), which is optimal when none is left.
 * Returns a lower bound (the margins spread evenly) if the cancelling does not settle (never seen).
 */
export function smallestLogFactorialSum(rows: ArrayLike<number>, nRows: number, cols: ArrayLike<number>, nCols: number, logFactorial: Float64Array): number {
  if (nRows === 0 || nCols === 0) return 0;
  if (nRows === 1) {
    let s = 0;
    for (let j = 0; j < nCols; j++) s += logFactorial[cols[j]!]!;
    return s;
  }
  if (nCols === 1) {
    let s = 0;
    for (let i = 0; i < nRows; i++) s += logFactorial[rows[i]!]!;
    return s;
  }
  let total = 0;
  for (let i = 0; i < nRows; i++) total += rows[i]!;
  const x = new Int32Array(nRows * nCols);
  const rowLeft = new Int32Array(nRows);
  const colLeft = new Int32Array(nCols);
  for (let j = 0; j < nCols; j++) colLeft[j] = cols[j]!;
  for (let i = 0; i < nRows; i++) {
    rowLeft[i] = rows[i]!;
    for (let j = 0; j < nCols; j++) {
      const v = Math.floor((rows[i]! * cols[j]!) / total);
      x[i * nCols + j] = v;
      rowLeft[i]! -= v;
      colLeft[j]! -= v;
    }
  }
  // what the rounding left: row by row into the columns that still lack the most
  for (let i = 0; i < nRows; i++) {
    while (rowLeft[i]! > 0) {
      let best = -1;
      for (let j = 0; j < nCols; j++) if (colLeft[j]! > 0 && (best < 0 || colLeft[j]! > colLeft[best]!)) best = j;
      x[i * nCols + best]!++;
      rowLeft[i]!--;
      colLeft[best]!--;
    }
  }
  const n = nRows + nCols;
  const distance = new Float64Array(n);
  const previous = new Int32Array(n);
  const cycle = new Int32Array(n + 1);
  const mark = new Int32Array(n);
  for (let round = 0; round < 100_000; round++) {
    // vertices 0..nRows-1 rows, nRows.. columns; row i → column j raises xᵢⱼ (cost log(xᵢⱼ + 1)),
    // column j → row i lowers it (cost −log xᵢⱼ); a negative cycle is a cheaper table with the same margins
    distance.fill(0);
    previous.fill(-1);
    let updated = -1;
    for (let pass = 0; pass < n; pass++) {
      updated = -1;
      for (let i = 0; i < nRows; i++) {
        for (let j = 0; j < nCols; j++) {
          const v = x[i * nCols + j]!;
          const up = logFactorial[v + 1]! - logFactorial[v]!;
          if (distance[i]! + up < distance[nRows + j]! - 1e-12) {
            distance[nRows + j] = distance[i]! + up;
            previous[nRows + j] = i;
            updated = nRows + j;
          }
          if (v > 0) {
            const down = logFactorial[v - 1]! - logFactorial[v]!;
            if (distance[nRows + j]! + down < distance[i]! - 1e-12) {
              distance[i] = distance[nRows + j]! + down;
              previous[i] = nRows + j;
              updated = i;
            }
          }
        }
      }
      if (updated < 0) break;
    }
    if (updated < 0) {
      let sum = 0;
      for (let k = 0; k < x.length; k++) sum += logFactorial[x[k]!]!;
      return sum;
    }
    // walk back n steps to land on the cycle, then collect it
    let v = updated;
    for (let k = 0; k < n; k++) v = previous[v]!;
    mark.fill(0);
    let length = 0;
    for (let u = v; mark[u] === 0; u = previous[u]!) {
      mark[u] = 1;
      cycle[length++] = u;
    }
    // cycle lists vertices against the direction of the arcs: previous[u] → u
    let cost = 0;
    for (let k = 0; k < length; k++) {
      const to = cycle[k]!;
      const from = previous[to]!;
      if (from < nRows) {
        const xv = x[from * nCols + (to - nRows)]!;
        cost += logFactorial[xv + 1]! - logFactorial[xv]!;
      } else {
        const xv = x[to * nCols + (from - nRows)]!;
        cost += logFactorial[xv - 1]! - logFactorial[xv]!;
      }
    }
    if (!(cost < -1e-12)) {
      let sum = 0;
      for (let k = 0; k < x.length; k++) sum += logFactorial[x[k]!]!;
      return sum;
    }
    for (let k = 0; k < length; k++) {
      const to = cycle[k]!;
      const from = previous[to]!;
      if (from < nRows) x[from * nCols + (to - nRows)]!++;
      else x[to * nCols + (from - nRows)]!--;
    }
  }
  let rowBound = 0;
  for (let i = 0; i < nRows; i++) rowBound += evenSpread(rows[i]!, nCols, logFactorial);
  let colBound = 0;
  for (let j = 0; j < nCols; j++) colBound += evenSpread(cols[j]!, nRows, logFactorial);
  return Math.max(rowBound, colBound);
}

/** min(every row poured into the largest columns, every column into the largest rows): Σ log x! of no table is larger. */
function pourBound(rows: readonly number[], cols: readonly number[], logFactorial: Float64Array): number {
  let byRows = 0;
  for (let i = 0; i < rows.length; i++) byRows += pour(rows[i]!, cols, cols.length, logFactorial);
  let byCols = 0;
  for (let j = 0; j < cols.length; j++) byCols += pour(cols[j]!, rows, rows.length, logFactorial);
  return Math.min(byRows, byCols);
}

/** Removes `value` from the sorted array, or lowers it by `by` keeping the order. */
function reduced(sorted: readonly number[], value: number, by: number): number[] {
  const out = sorted.slice();
  const at = out.lastIndexOf(value);
  const left = value - by;
  out.splice(at, 1);
  if (left > 0) {
    let k = 0;
    while (k < out.length && out[k]! < left) k++;
    out.splice(k, 0, left);
  }
  return out;
}

/**
 * The largest Σ log xᵢⱼ! over the tables with these margins (sorted ascending, positive). The
 * function is convex, so the largest is at a vertex of the transport polytope, a table whose
 * non-zero cells form a forest; a forest has a leaf, a line with one non-zero cell, which then
 * holds min(row, column). Branch and bound over those choices (each pair of a row and a column
 * total), bounded by pouring every line into the largest lines across, and pruning states already
 * reached with a larger sum. Exact unless `budget` states do not settle it; then the bound at the
 * start (still an upper bound) is returned.
 */
export function largestLogFactorialSum(rows: readonly number[], cols: readonly number[], logFactorial: Float64Array, budget = 20_000): number {
  const lineSum = (values: readonly number[]): number => {
    let s = 0;
    for (const v of values) s += logFactorial[v]!;
    return s;
  };
  if (rows.length === 0 || cols.length === 0) return 0;
  if (rows.length === 1) return lineSum(cols);
  if (cols.length === 1) return lineSum(rows);
  const root = pourBound(rows, cols, logFactorial);
  // a first table: the largest row with the largest column, again and again
  let best = 0;
  {
    let r = rows.slice();
    let c = cols.slice();
    while (r.length > 1 && c.length > 1) {
      const a = r[r.length - 1]!;
      const b = c[c.length - 1]!;
      const t = Math.min(a, b);
      best += logFactorial[t]!;
      r = reduced(r, a, t);
      c = reduced(c, b, t);
    }
    best += r.length === 1 ? lineSum(c) : lineSum(r);
  }
  if (best >= root - 1e-12) return root;
  const seen = new Map<string, number>();
  let left = budget;
  const search = (r: readonly number[], c: readonly number[], sum: number): boolean => {
    if (r.length === 0 || c.length === 0) {
      best = Math.max(best, sum);
      return true;
    }
    if (r.length === 1 || c.length === 1) {
      best = Math.max(best, sum + (r.length === 1 ? lineSum(c) : lineSum(r)));
      return true;
    }
    if (sum + pourBound(r, c, logFactorial) <= best + 1e-12) return true;
    const key = `${r.join(',')}|${c.join(',')}`;
    const before = seen.get(key);
    if (before !== undefined && before >= sum - 1e-12) return true;
    seen.set(key, sum);
    if (--left < 0) return false;
    for (let i = r.length - 1; i >= 0; i--) {
      const a = r[i]!;
      if (i < r.length - 1 && r[i + 1] === a) continue;
      for (let j = c.length - 1; j >= 0; j--) {
        const b = c[j]!;
        if (j < c.length - 1 && c[j + 1] === b) continue;
        const t = Math.min(a, b);
        if (!search(reduced(r, a, t), reduced(c, b, t), sum + logFactorial[t]!)) return false;
      }
    }
    return true;
  };
  return search(rows, cols, 0) ? best : root;
}

/** Growable typed storage of one stage of the network: its nodes and the past paths that reach them. */
class Stage {
  readonly width: number;
  nodes = 0;
  readonly keys = new Map<number, number>();
  totals: Int32Array;
  /** longest and shortest completion of each node (Σ log c! − Σ log x! over the columns left), and whether exact */
  longest: Float64Array;
  shortest: Float64Array;
  exact: Uint8Array;
  /** log of the completions counted as paths: log(m! / Π rᵢ!) for the m still to place */
  logWeight: Float64Array;
  /** each node's latest past path (−1: none); paths: length, number, node, bucket, the node's previous path */
  head: Int32Array;
  paths = 0;
  length = new Float64Array(256);
  count = new Float64Array(256);
  nodeOf = new Int32Array(256);
  bucketOf = new Float64Array(256);
  next = new Int32Array(256);
  /** open addressing of (node, bucket of the length) → path: equal lengths merge as they arrive */
  private slots = new Int32Array(1024).fill(-1);
  private mask = 1023;

  constructor(width: number) {
    this.width = width;
    this.totals = new Int32Array(64 * width);
    this.longest = new Float64Array(64);
    this.shortest = new Float64Array(64);
    this.exact = new Uint8Array(64);
    this.logWeight = new Float64Array(64);
    this.head = new Int32Array(64).fill(-1);
  }

  addNode(key: number, totals: Int32Array): number {
    const index = this.nodes++;
    if (index === this.longest.length) {
      const size = index * 2;
      this.totals = grown(this.totals, size * this.width);
      this.longest = grown(this.longest, size);
      this.shortest = grown(this.shortest, size);
      this.exact = grown(this.exact, size);
      this.logWeight = grown(this.logWeight, size);
      this.head = grown(this.head, size, -1);
    }
    this.totals.set(totals.subarray(0, this.width), index * this.width);
    this.keys.set(key, index);
    return index;
  }

  /** Adds `number` paths of this length to the node, merged with one of the same length (to 2⁻⁴⁰) already there. */
  addPath(node: number, length: number, number: number): void {
    const bucket = Math.round(length * 1099511627776);
    let h = slot(node, bucket) & this.mask;
    for (;;) {
      const path = this.slots[h]!;
      if (path < 0) break;
      if (this.bucketOf[path] === bucket && this.nodeOf[path] === node) {
        this.count[path]! += number;
        return;
      }
      h = (h + 1) & this.mask;
    }
    const index = this.paths++;
    if (index === this.length.length) {
      const size = index * 2;
      this.length = grown(this.length, size);
      this.count = grown(this.count, size);
      this.nodeOf = grown(this.nodeOf, size);
      this.bucketOf = grown(this.bucketOf, size);
      this.next = grown(this.next, size);
    }
    this.length[index] = length;
    this.count[index] = number;
    this.nodeOf[index] = node;
    this.bucketOf[index] = bucket;
    this.next[index] = this.head[node]!;
    this.head[node] = index;
    this.slots[h] = index;
    if (this.paths * 2 > this.mask) {
      const size = (this.mask + 1) * 2;
      this.slots = new Int32Array(size).fill(-1);
      this.mask = size - 1;
      for (let k = 0; k < this.paths; k++) {
        let g = slot(this.nodeOf[k]!, this.bucketOf[k]!) & this.mask;
        while (this.slots[g]! >= 0) g = (g + 1) & this.mask;
        this.slots[g] = k;
      }
    }
  }
}

function grown<T extends Float64Array | Int32Array | Uint8Array>(a: T, size: number, fill?: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  if (fill !== undefined) b.fill(fill);
  b.set(a);
  return b;
}

function slot(node: number, bucket: number): number {
  return Math.imul(node + 1, 0x9e3779b1) ^ Math.imul(bucket | 0, 0x85ebca6b) ^ Math.imul((bucket / 4294967296) | 0, 0xc2b2ae35);
}

/** Index of the first of the sorted values[0..n) greater than `bound` (their number ≤ bound). */
function countAtMost(values: Float64Array, n: number, bound: number): number {
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! <= bound) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Sorts the pairs (values[k], weights[k]), k < n, by value in place (quicksort, insertion sort for
 * short runs), then keeps equal values once with their weights added; returns how many remain.
 */
function sortMerged(values: Float64Array, weights: Float64Array, n: number): number {
  const swap = (a: number, b: number): void => {
    const v = values[a]!;
    values[a] = values[b]!;
    values[b] = v;
    const w = weights[a]!;
    weights[a] = weights[b]!;
    weights[b] = w;
  };
  const sort = (low: number, high: number): void => {
    // [low, high)
    while (high - low > 16) {
      const mid = (low + high) >> 1;
      // median of three to values[low]
      if (values[mid]! < values[low]!) swap(mid, low);
      if (values[high - 1]! < values[low]!) swap(high - 1, low);
      if (values[high - 1]! < values[mid]!) swap(high - 1, mid);
      swap(low, mid);
      const pivot = values[low]!;
      let i = low + 1;
      let j = high - 1;
      for (;;) {
        while (i <= j && values[i]! < pivot) i++;
        while (i <= j && values[j]! > pivot) j--;
        if (i >= j) break;
        swap(i, j);
        i++;
        j--;
      }
      swap(low, j);
      if (j - low < high - j - 1) {
        sort(low, j);
        low = j + 1;
      } else {
        sort(j + 1, high);
        high = j;
      }
    }
    for (let i = low + 1; i < high; i++) {
      const v = values[i]!;
      const w = weights[i]!;
      let k = i;
      while (k > low && values[k - 1]! > v) {
        values[k] = values[k - 1]!;
        weights[k] = weights[k - 1]!;
        k--;
      }
      values[k] = v;
      weights[k] = w;
    }
  };
  sort(0, n);
  let m = 0;
  for (let k = 0; k < n; k++) {
    if (m > 0 && values[m - 1] === values[k]) {
      weights[m - 1]! += weights[k]!;
      continue;
    }
    values[m] = values[k]!;
    weights[m] = weights[k]!;
    m++;
  }
  return m;
}

/** The counts of an r × c table, row by row. */
export interface CountTable {
  rows: number;
  cols: number;
  counts: ArrayLike<number>;
}

/**
 * Fisher's exact test of an r × c table (see the top of this file). Refuses, with a TooLargeError
 * naming the limit and the ways out, a table whose network keeps more than `limit` distinct past
 * paths, or has more than `limit` nodes, at one stage.
 */
export function fisherExactRxC(table: CountTable, limit = FISHER_PATH_LIMIT): FisherRxCResult {
  for (let k = 0; k < table.counts.length; k++) {
    const v = table.counts[k]!;
    if (!(v >= 0 && Number.isInteger(v))) throw new RangeError(`Fisher's exact test needs whole non-negative counts, got ${v}`);
  }
  // nodes are vectors of the shorter dimension's totals
  const transpose = table.rows > table.cols;
  const nr = transpose ? table.cols : table.rows;
  const nc = transpose ? table.rows : table.cols;
  const cell = (i: number, j: number): number => (transpose ? table.counts[j * table.cols + i]! : table.counts[i * table.cols + j]!);
  const rowTotals = new Array<number>(nr).fill(0);
  const colTotals = new Array<number>(nc).fill(0);
  for (let i = 0; i < nr; i++) {
    for (let j = 0; j < nc; j++) {
      rowTotals[i]! += cell(i, j);
      colTotals[j]! += cell(i, j);
    }
  }
  const rows = Int32Array.from(rowTotals.filter((r) => r > 0)).sort();
  const cols = Int32Array.from(colTotals.filter((c) => c > 0)).sort();
  const R = rows.length;
  const C = cols.length;
  if (R < 2 || C < 2) return { p: 1, work: 0, paths: 0, nodes: 1 };
  let total = 0;
  for (const r of rows) total += r;
  const logFactorial = new Float64Array(total + 2);
  for (let k = 2; k <= total + 1; k++) logFactorial[k] = logFactorial[k - 1]! + Math.log(k);
  // path lengths: Σ over columns of log(cⱼ! / Π xᵢⱼ!); P(table) = exp(length − denominator)
  let observed = FISHER_TOLERANCE;
  for (let j = 0; j < nc; j++) {
    observed += logFactorial[colTotals[j]!]!;
    for (let i = 0; i < nr; i++) observed -= logFactorial[cell(i, j)]!;
  }
  let denominator = logFactorial[total]!;
  for (const r of rows) denominator -= logFactorial[r]!;
  // a node's key: its sorted totals in mixed radix (the k-th smallest is at most rows[k])
  const radix = new Float64Array(R);
  radix[0] = 1;
  for (let i = 1; i < R; i++) radix[i] = radix[i - 1]! * (rows[i - 1]! + 1);
  if (radix[R - 1]! * (rows[R - 1]! + 1) > Number.MAX_SAFE_INTEGER) {
    throw new TooLargeError(
      `the table is too large for the exact test (the product of its ${R} row totals + 1 exceeds 2^53, the keys of the network; R's fisher.test stops at 2^31); use the Monte Carlo p-value (--simulate) or the chi-square test`,
    );
  }
  const restLogC = new Float64Array(C + 1);
  for (let j = C - 1; j >= 0; j--) restLogC[j] = restLogC[j + 1]! + logFactorial[cols[j]!]!;

  let p = 0;
  let work = 0;
  let mostPaths = 1;
  let mostNodes = 1;
  const refuse = (what: string): never => {
    throw new TooLargeError(
      `the table is too large for the exact test (more than ${limit} ${what} at one stage of the network algorithm; R's fisher.test keeps at most 18600 past paths and 620 nodes with its default workspace); use the Monte Carlo p-value (--simulate) or the chi-square test`,
    );
  };

  // bounds of a node at stage s (columns s.. left): cheap ones when it is made, exact ones when a path needs them
  const nonzero: number[] = [];
  const nonzeroOf = (totals: Int32Array, offset: number): number[] => {
    nonzero.length = 0;
    for (let i = 0; i < R; i++) if (totals[offset + i]! > 0) nonzero.push(totals[offset + i]!);
    return nonzero;
  };
  const relaxedBounds = (stage: Stage, node: number, s: number): void => {
    const live = nonzeroOf(stage.totals, node * R);
    const parts = C - s;
    let byRows = 0;
    let pourRows = 0;
    for (const r of live) {
      byRows += evenSpread(r, parts, logFactorial);
      pourRows += pour(r, cols.subarray(s), parts, logFactorial);
    }
    let byCols = 0;
    let pourCols = 0;
    for (let j = s; j < C; j++) {
      byCols += evenSpread(cols[j]!, live.length, logFactorial);
      pourCols += pour(cols[j]!, live, live.length, logFactorial);
    }
    stage.longest[node] = restLogC[s]! - Math.max(byRows, byCols) + BOUND_SLACK;
    stage.shortest[node] = restLogC[s]! - Math.min(pourRows, pourCols) - BOUND_SLACK;
    stage.exact[node] = 0;
  };
  const exactBounds = (stage: Stage, node: number, s: number): void => {
    const live = nonzeroOf(stage.totals, node * R).slice();
    const rest = Array.from(cols.subarray(s));
    stage.longest[node] = restLogC[s]! - smallestLogFactorialSum(live, live.length, rest, rest.length, logFactorial) + BOUND_SLACK;
    stage.shortest[node] = restLogC[s]! - largestLogFactorialSum(live, rest, logFactorial) - BOUND_SLACK;
    stage.exact[node] = 1;
  };

  // the past paths of the node being expanded, sorted, with running sums of count × e^(length − largest)
  let values = new Float64Array(256);
  let counts = new Float64Array(256);
  let running = new Float64Array(257);
  let n = 0;
  let largest = 0;
  const load = (stage: Stage, node: number): void => {
    n = 0;
    for (let path = stage.head[node]!; path >= 0; path = stage.next[path]!) {
      if (n === values.length) {
        values = grown(values, 2 * n);
        counts = grown(counts, 2 * n);
      }
      values[n] = stage.length[path]!;
      counts[n] = stage.count[path]!;
      n++;
    }
    n = sortMerged(values, counts, n);
    if (running.length < n + 1) running = new Float64Array(2 * n + 1);
    largest = values[n - 1]!;
    running[0] = 0;
    for (let k = 0; k < n; k++) running[k + 1] = running[k]! + counts[k]! * Math.exp(values[k]! - largest);
  };

  // enumeration of the next column x (0 ≤ xᵢ ≤ tᵢ, Σ x = size), once per arrangement of equal totals
  const t = new Int32Array(R);
  const x = new Int32Array(R);
  const below = new Int32Array(R);
  const child = new Int32Array(R);
  let next: Stage = new Stage(R);
  let s = 0;
  let columnLogC = 0;
  // the last two columns: Σ of multiplicity × e^(length − ceiling) of the completions suiting the first k + 1 paths
  let last = false;
  let suited = new Float64Array(256);
  let ceiling = 0;
  const lastColumnLogC = logFactorial[cols[C - 1]!]!;

  const arc = (logX: number, multiplicity: number): void => {
    work++;
    if (last) {
      // the completion suits the paths of length ≤ observed − its length: the first `reach` of them
      let length = columnLogC - logX + lastColumnLogC;
      for (let i = 0; i < R; i++) length -= logFactorial[t[i]! - x[i]!]!;
      const reach = countAtMost(values, n, observed - length);
      if (reach > 0) suited[reach - 1]! += multiplicity * Math.exp(length - ceiling);
      return;
    }
    // the child: t − x sorted, and its key
    for (let i = 0; i < R; i++) {
      const v = t[i]! - x[i]!;
      let k = i;
      while (k > 0 && child[k - 1]! > v) {
        child[k] = child[k - 1]!;
        k--;
      }
      child[k] = v;
    }
    let key = 0;
    for (let i = 0; i < R; i++) key += child[i]! * radix[i]!;
    let node = next.keys.get(key);
    if (node === undefined) {
      if (next.nodes >= limit) refuse('nodes');
      node = next.addNode(key, child);
      let weight = logFactorial[0]!;
      let m = 0;
      for (let i = 0; i < R; i++) {
        m += child[i]!;
        weight -= logFactorial[child[i]!]!;
      }
      next.logWeight[node] = weight + logFactorial[m]!;
      relaxedBounds(next, node, s + 1);
    }
    const ddf = columnLogC - logX;
    let addLimit = observed - next.longest[node]! - ddf;
    let pushLimit = observed - next.shortest[node]! - ddf;
    let done = countAtMost(values, n, addLimit);
    if (next.exact[node] === 0 && done < n && values[done]! < pushLimit) {
      exactBounds(next, node, s + 1);
      addLimit = observed - next.longest[node]! - ddf;
      pushLimit = observed - next.shortest[node]! - ddf;
      done = countAtMost(values, n, addLimit);
    }
    if (done > 0) p += multiplicity * running[done]! * Math.exp(largest + ddf + next.logWeight[node]! - denominator);
    for (let k = done; k < n && values[k]! < pushLimit; k++) {
      next.addPath(node, values[k]! + ddf, counts[k]! * multiplicity);
      work++;
    }
    if (next.paths > limit) refuse('distinct past paths');
  };

  const place = (i: number, left: number, logX: number, multiplicity: number, position: number, run: number): void => {
    const grouped = i < R - 1 && t[i] === t[i + 1];
    let low = Math.max(0, left - below[i]!);
    if (grouped) low = Math.max(low, x[i + 1]!);
    const high = Math.min(t[i]!, left);
    if (i === 0) {
      if (left < low || left > high) return;
      x[0] = left;
      const sameRun = grouped && left === x[1];
      const q = grouped ? position + 1 : 1;
      const r = sameRun ? run + 1 : 1;
      arc(logX + logFactorial[left]!, (multiplicity * q) / r);
      return;
    }
    for (let v = low; v <= high; v++) {
      x[i] = v;
      const sameRun = grouped && v === x[i + 1];
      const q = grouped ? position + 1 : 1;
      const r = sameRun ? run + 1 : 1;
      place(i - 1, left - v, logX + logFactorial[v]!, (multiplicity * q) / r, q, r);
    }
  };
  const expand = (totals: Int32Array, offset: number, size: number): void => {
    for (let i = 0; i < R; i++) t[i] = totals[offset + i]!;
    below[0] = 0;
    for (let i = 1; i < R; i++) below[i] = below[i - 1]! + t[i - 1]!;
    place(R - 1, size, 0, 1, 1, 1);
  };

  // the root: one path of length 0
  let current = new Stage(R);
  current.addNode(0, rows);
  current.addPath(0, 0, 1);
  relaxedBounds(current, 0, 0);
  for (s = 0; s <= C - 2; s++) {
    last = s === C - 2;
    columnLogC = logFactorial[cols[s]!]!;
    next = new Stage(R);
    for (let node = 0; node < current.nodes; node++) {
      if (current.head[node]! < 0) continue;
      load(current, node);
      if (!last) {
        expand(current.totals, node * R, cols[s]!);
        continue;
      }
      if (suited.length < n) suited = new Float64Array(2 * n);
      suited.fill(0, 0, n);
      ceiling = current.longest[node]!;
      expand(current.totals, node * R, cols[s]!);
      // a path gets the completions that suit it and every path longer than it
      let sum = 0;
      for (let k = n - 1; k >= 0; k--) {
        sum += suited[k]!;
        if (sum > 0) p += counts[k]! * Math.exp(values[k]! + ceiling - denominator) * sum;
      }
    }
    mostPaths = Math.max(mostPaths, next.paths);
    mostNodes = Math.max(mostNodes, next.nodes);
    current = next;
  }
  return { p: Math.min(1, p), work, paths: mostPaths, nodes: mostNodes };
}
