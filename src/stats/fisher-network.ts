import { TooLargeError } from './errors.js';

/**
 * Fisher's exact test of an r × c table by the network algorithm of Mehta & Patel (1983, JASA
 * 78:427–434; FEXACT, ACM TOMS algorithm 643, 1986), the algorithm of R's fisher.test.
 *
 * The table is built one column at a time (columns in ascending order of their totals, rows the
 * shorter side, as FEXACT). A node of the network is the multiset of row totals still to fill (rows
 * are exchangeable for what remains); a path from the root is a choice of the columns so far, its
 * length Σ log(cⱼ! / Πᵢ xᵢⱼ!) over them, so that a whole table has probability exp(length − D),
 * D = log(n! / Πᵢ rᵢ!). Paths that reach a node with the same length are kept once with their
 * number (FEXACT's past-path table, hashed here by node and length). Every node has two bounds on
 * the rest of a path: its longest completion (the most probable rest of the table, exactly: a
 * separable convex transport problem, solved by cancelling negative cycles) and a lower bound on its
 * shortest (the least probable rest: every row, or every column, poured into the largest lines
 * across, whichever is smaller). A past path whose longest completion stays within the observed
 * table's length counts all its completions at once (their total is n'! / Π r'ᵢ! of what remains);
 * one whose shortest completion is longer counts none; the others go on to the next column. The
 * cheap bounds (rows or columns spread evenly, and the pouring) are tried first, the exact longest
 * completion only when a path needs it.
 *
 * Beyond FEXACT: a node's past paths are sorted, so the paths an arc settles at once are a prefix
 * found by binary search and summed from running totals; the last two columns are settled for all
 * the node's paths in one pass over the completions, whose weights along a line are a
 * hypergeometric run (one exp, then ratios of whole numbers); equal row totals are enumerated once,
 * with the number of their arrangements. Tables within R's tolerance (3.45254e-7 on the log scale)
 * of the observed probability count as equally likely, as in R.
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

/** Σ log x! of a total spread as evenly as it goes over `parts` cells (the smallest Σ log x! for that total). */
function evenSpread(total: number, parts: number, logFactorial: Float64Array): number {
  const base = Math.floor(total / parts);
  const extra = total - base * parts;
  return extra * logFactorial[base + 1]! + (parts - extra) * logFactorial[base]!;
}

/** Working arrays of smallestLogFactorialSum, kept between calls (it runs for many nodes of a network). */
interface TransportScratch {
  x: Int32Array;
  rowLeft: Int32Array;
  colLeft: Int32Array;
  distance: Float64Array;
  previous: Int32Array;
  cycle: Int32Array;
  mark: Int32Array;
}
let scratchOfTransport: TransportScratch | null = null;

function transportScratch(cells: number, lines: number): TransportScratch {
  const kept = scratchOfTransport;
  if (kept && kept.x.length >= cells && kept.distance.length >= lines) return kept;
  const size = Math.max(cells, 64);
  const width = Math.max(lines, 16);
  scratchOfTransport = {
    x: new Int32Array(size),
    rowLeft: new Int32Array(width),
    colLeft: new Int32Array(width),
    distance: new Float64Array(width),
    previous: new Int32Array(width),
    cycle: new Int32Array(width + 1),
    mark: new Int32Array(width),
  };
  return scratchOfTransport;
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
  const cells = nRows * nCols;
  const n = nRows + nCols;
  const scratch = transportScratch(cells, n);
  const { x, rowLeft, colLeft, distance, previous, cycle, mark } = scratch;
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
  for (let round = 0; round < 100_000; round++) {
    // vertices 0..nRows-1 rows, nRows.. columns; row i → column j raises xᵢⱼ (cost log(xᵢⱼ + 1)),
    // column j → row i lowers it (cost −log xᵢⱼ); a negative cycle is a cheaper table with the same margins
    distance.fill(0, 0, n);
    previous.fill(-1, 0, n);
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
      for (let k = 0; k < cells; k++) sum += logFactorial[x[k]!]!;
      return sum;
    }
    // walk back n steps to land on the cycle, then collect it
    let v = updated;
    for (let k = 0; k < n; k++) v = previous[v]!;
    mark.fill(0, 0, n);
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
      for (let k = 0; k < cells; k++) sum += logFactorial[x[k]!]!;
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

/** Growable typed storage of one stage of the network: its nodes and the past paths that reach them. */
class Stage {
  readonly width: number;
  nodes = 0;
  /** each node's totals (sorted ascending, `width` of them) and key */
  totals: Int32Array;
  key: Float64Array;
  /** longest and shortest completion of each node (Σ log c! − Σ log x! over the columns left), and whether exact */
  longest: Float64Array;
  shortest: Float64Array;
  exact: Uint8Array;
  /** log of the completions counted as paths: log(m! / Π rᵢ!) for the m still to place */
  logWeight: Float64Array;
  /** each node's latest past path (−1: none) */
  head: Int32Array;
  /** open addressing of key → node */
  private nodeSlots = new Int32Array(256).fill(-1);
  private nodeMask = 255;
  /** the past paths: length, number, node, bucket of the length, the node's previous path */
  paths = 0;
  length = new Float64Array(256);
  count = new Float64Array(256);
  nodeOf = new Int32Array(256);
  bucketOf = new Float64Array(256);
  next = new Int32Array(256);
  /** open addressing of (node, bucket) → path: equal lengths merge as they arrive */
  private pathSlots = new Int32Array(1024).fill(-1);
  private pathMask = 1023;

  constructor(width: number) {
    this.width = width;
    this.totals = new Int32Array(64 * width);
    this.key = new Float64Array(64);
    this.longest = new Float64Array(64);
    this.shortest = new Float64Array(64);
    this.exact = new Uint8Array(64);
    this.logWeight = new Float64Array(64);
    this.head = new Int32Array(64).fill(-1);
  }

  /** Empties the stage for reuse, keeping its storage. */
  clear(): void {
    this.head.fill(-1, 0, this.nodes);
    this.exact.fill(0, 0, this.nodes);
    this.nodes = 0;
    this.paths = 0;
    this.nodeSlots.fill(-1);
    this.pathSlots.fill(-1);
  }

  /** The node with this key, or −1. */
  find(key: number): number {
    let h = hashKey(key) & this.nodeMask;
    for (;;) {
      const node = this.nodeSlots[h]!;
      if (node < 0 || this.key[node] === key) return node;
      h = (h + 1) & this.nodeMask;
    }
  }

  addNode(key: number, totals: Int32Array): number {
    const index = this.nodes++;
    if (index === this.longest.length) {
      const size = index * 2;
      this.totals = grown(this.totals, size * this.width);
      this.key = grown(this.key, size);
      this.longest = grown(this.longest, size);
      this.shortest = grown(this.shortest, size);
      this.exact = grown(this.exact, size);
      this.logWeight = grown(this.logWeight, size);
      this.head = grown(this.head, size, -1);
    }
    this.totals.set(totals, index * this.width);
    this.key[index] = key;
    let h = hashKey(key) & this.nodeMask;
    while (this.nodeSlots[h]! >= 0) h = (h + 1) & this.nodeMask;
    this.nodeSlots[h] = index;
    if (this.nodes * 2 > this.nodeMask) {
      const size = (this.nodeMask + 1) * 2;
      this.nodeSlots = new Int32Array(size).fill(-1);
      this.nodeMask = size - 1;
      for (let k = 0; k < this.nodes; k++) {
        let g = hashKey(this.key[k]!) & this.nodeMask;
        while (this.nodeSlots[g]! >= 0) g = (g + 1) & this.nodeMask;
        this.nodeSlots[g] = k;
      }
    }
    return index;
  }

  /** Adds `number` paths of this length to the node, merged with one of the same length (to 2⁻⁴⁰) already there. */
  addPath(node: number, length: number, number: number): void {
    const bucket = Math.round(length * 1099511627776);
    let h = hashPath(node, bucket) & this.pathMask;
    for (;;) {
      const path = this.pathSlots[h]!;
      if (path < 0) break;
      if (this.bucketOf[path] === bucket && this.nodeOf[path] === node) {
        this.count[path]! += number;
        return;
      }
      h = (h + 1) & this.pathMask;
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
    this.pathSlots[h] = index;
    if (this.paths * 2 > this.pathMask) {
      const size = (this.pathMask + 1) * 2;
      this.pathSlots = new Int32Array(size).fill(-1);
      this.pathMask = size - 1;
      for (let k = 0; k < this.paths; k++) {
        let g = hashPath(this.nodeOf[k]!, this.bucketOf[k]!) & this.pathMask;
        while (this.pathSlots[g]! >= 0) g = (g + 1) & this.pathMask;
        this.pathSlots[g] = k;
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

function hashKey(key: number): number {
  return Math.imul((key | 0) ^ Math.imul((key / 4294967296) | 0, 0x27d4eb2f), 0x9e3779b1) >>> 7;
}

function hashPath(node: number, bucket: number): number {
  // the low 32 bits of the bucket are the length's fraction from 2⁻⁴⁰ to 2⁻⁸: already well mixed
  return (bucket | 0) ^ Math.imul(node + 1, 0x9e3779b1);
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

function swapPairs(values: Float64Array, weights: Float64Array, a: number, b: number): void {
  const v = values[a]!;
  values[a] = values[b]!;
  values[b] = v;
  const w = weights[a]!;
  weights[a] = weights[b]!;
  weights[b] = w;
}

/** Sorts the pairs (values[k], weights[k]), low ≤ k < high, by value (quicksort, insertion sort for short runs). */
function sortPairs(values: Float64Array, weights: Float64Array, low: number, high: number): void {
  while (high - low > 16) {
    const mid = (low + high) >> 1;
    // median of three to values[low]
    if (values[mid]! < values[low]!) swapPairs(values, weights, mid, low);
    if (values[high - 1]! < values[low]!) swapPairs(values, weights, high - 1, low);
    if (values[high - 1]! < values[mid]!) swapPairs(values, weights, high - 1, mid);
    swapPairs(values, weights, low, mid);
    const pivot = values[low]!;
    let i = low + 1;
    let j = high - 1;
    for (;;) {
      while (i <= j && values[i]! < pivot) i++;
      while (i <= j && values[j]! > pivot) j--;
      if (i >= j) break;
      swapPairs(values, weights, i, j);
      i++;
      j--;
    }
    swapPairs(values, weights, low, j);
    if (j - low < high - j - 1) {
      sortPairs(values, weights, low, j);
      low = j + 1;
    } else {
      sortPairs(values, weights, j + 1, high);
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
}

/** Sorts the pairs (values[k], weights[k]), k < n, by value, then keeps equal values once with their weights added; returns how many remain. */
function sortMerged(values: Float64Array, weights: Float64Array, n: number): number {
  sortPairs(values, weights, 0, n);
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
  if (rows.length < 2 || cols.length < 2) return { p: 1, work: 0, paths: 1, nodes: 1 };
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
  // the two stages of the network, reused from an earlier call of the same width when that left them small
  const width = rows.length;
  const spare = spareStages.get(width) ?? [];
  spareStages.set(width, spare);
  const stages: [Stage, Stage] = [spare.pop() ?? new Stage(width), spare.pop() ?? new Stage(width)];
  stages[0].clear();
  stages[1].clear();
  try {
    return network(rows, cols, logFactorial, observed, denominator, limit, stages);
  } finally {
    for (const stage of stages) if (spare.length < 2 && stage.length.length <= 1 << 16 && stage.longest.length <= 1 << 14) spare.push(stage);
  }
}

/** Cheap bounds of a node at stage `s` (columns s.. left): the rows, or the columns, each on its own. */
function relaxedBounds(stage: Stage, node: number, cols: Int32Array, s: number, restLogC: number, logFactorial: Float64Array): void {
  const R = stage.width;
  const offset = node * R;
  let live = 0;
  for (let i = 0; i < R; i++) if (stage.totals[offset + i]! > 0) live++;
  const parts = cols.length - s;
  let evenRows = 0;
  let pourRows = 0;
  for (let i = 0; i < R; i++) {
    const r = stage.totals[offset + i]!;
    if (r === 0) continue;
    evenRows += evenSpread(r, parts, logFactorial);
    let left = r;
    for (let j = cols.length - 1; j >= s && left > 0; j--) {
      const x = Math.min(left, cols[j]!);
      pourRows += logFactorial[x]!;
      left -= x;
    }
  }
  let evenCols = 0;
  let pourCols = 0;
  for (let j = s; j < cols.length; j++) {
    evenCols += evenSpread(cols[j]!, live, logFactorial);
    let left = cols[j]!;
    for (let i = R - 1; i >= 0 && left > 0; i--) {
      const x = Math.min(left, stage.totals[offset + i]!);
      pourCols += logFactorial[x]!;
      left -= x;
    }
  }
  stage.longest[node] = restLogC - Math.max(evenRows, evenCols) + BOUND_SLACK;
  stage.shortest[node] = restLogC - Math.min(pourRows, pourCols) - BOUND_SLACK;
  stage.exact[node] = 0;
}

/** The longest completion of a node at stage `s` exactly (its shortest stays the relaxed bound). */
function exactBounds(stage: Stage, node: number, cols: Int32Array, s: number, restLogC: number, logFactorial: Float64Array): void {
  // the totals are sorted ascending: the rows still to fill are the last ones
  const start = node * stage.width;
  const end = start + stage.width;
  let first = start;
  while (stage.totals[first] === 0) first++;
  stage.longest[node] = restLogC - smallestLogFactorialSum(stage.totals.subarray(first, end), end - first, cols.subarray(s), cols.length - s, logFactorial) + BOUND_SLACK;
  stage.exact[node] = 1;
}

/** The ratio of the weights of v + 1 and v along a line of the last two columns (see lastLine). */
function lineRatio(t0: number, t1: number, L: number, v: number): number {
  return ((t1 - v) * (L - v)) / ((v + 1) * (t0 - L + v + 1));
}

/**
 * The completions of a node's last two columns along one line of the enumeration: the rows from 2
 * on are fixed (Σ log x! + log(t − x)! of theirs is `fixedLog`, their multiplicity `multiplicity`),
 * row 1 puts v ∈ [low, high] in the first column and row 0 the rest, L − v. Each completion adds
 * its multiplicity × e^(length − ceiling) to suited[reach − 1], reach being the number of the
 * node's paths (values[0..n), ascending) it keeps within the observed length. Along the line the
 * weights are a hypergeometric run: one exp at the mode, then ratios of whole numbers. Returns the
 * number of completions.
 */
function lastLine(
  t: Int32Array, L: number, low: number, high: number, fixedLog: number, multiplicity: number,
  position2: number, run2: number, x2: number, grouped1: boolean, grouped0: boolean,
  logFactorial: Float64Array, values: Float64Array, n: number, observed: number, ceiling: number, suited: Float64Array,
): number {
  const t0 = t[0]!;
  const t1 = t[1]!;
  const half = L >> 1;
  if (grouped0 && high > half) high = half;
  if (low > high) return 0;
  // the weights are hypergeometric in v (t1 of t0 + t1, L drawn): the mode, within [low, high]
  const mode = Math.min(high, Math.max(low, Math.floor(((L + 1) * (t1 + 1)) / (t0 + t1 + 2))));
  const peak = Math.exp(fixedLog - logFactorial[mode]! - logFactorial[t1 - mode]! - logFactorial[L - mode]! - logFactorial[t0 - L + mode]! - ceiling);
  // multiplicity of equal totals, as in the enumeration of the rows above
  const q1 = grouped1 ? position2 + 1 : 1;
  // from the mode up, then from it down: one code path for both (V8 deoptimises on a path it has not yet run)
  let w = peak;
  let step = 1;
  for (let v = mode; ; ) {
    const r1 = grouped1 && v === x2 ? run2 + 1 : 1;
    let m = (multiplicity * q1) / r1;
    if (grouped0) m = (m * (q1 + 1)) / (L - v === v ? r1 + 1 : 1);
    const bound = observed - (fixedLog - logFactorial[v]! - logFactorial[t1 - v]! - logFactorial[L - v]! - logFactorial[t0 - L + v]!);
    const reach = countAtMost(values, n, bound);
    if (reach > 0) suited[reach - 1]! += m * w;
    let to = v + step;
    if (to > high) {
      if (mode === low) break;
      step = -1;
      to = mode - 1;
      w = peak;
    } else if (to < low) break;
    // the weights of `to` and of the value next to it towards the mode differ by lineRatio of the lower of the two
    const ratio = lineRatio(t0, t1, L, step > 0 ? v : to);
    w = step > 0 ? w * ratio : w / ratio;
    v = to;
  }
  return high - low + 1;
}

function refuse(limit: number, what: string): never {
  throw new TooLargeError(
    `the table is too large for the exact test (more than ${limit} ${what} at one stage of the network algorithm; R's fisher.test holds 18600 past paths and 620 nodes with its default workspace); use the Monte Carlo p-value (--simulate) or the chi-square test`,
  );
}

/**
 * One run of the network: the margins, the two stages, the past paths of the node being expanded
 * and the enumeration of its next column. The work is split into small functions over this state
 * (expandNode, arc, settleLastColumns) so that V8 optimises each soon after it starts: the first
 * call in a process would otherwise run mostly in the interpreter.
 */
class NetworkRun {
  readonly R: number;
  readonly cols: Int32Array;
  readonly logFactorial: Float64Array;
  /** the observed table's path length plus the tolerance */
  readonly observed: number;
  readonly denominator: number;
  readonly limit: number;
  /** a node's key: its sorted totals in mixed radix (the k-th smallest is at most rows[k]) */
  readonly radix: Float64Array;
  /** Σ log c! of the columns from j on */
  readonly restLogC: Float64Array;
  /** two stages, alternating: the nodes being expanded and their children */
  current: Stage;
  next: Stage;
  p = 0;
  work = 0;
  /** the past paths of the node being expanded, sorted, with running sums of number × e^(length − largest) */
  values = new Float64Array(256);
  counts = new Float64Array(256);
  running = new Float64Array(257);
  n = 0;
  largest = 0;
  /** last two columns: Σ multiplicity × e^(length − ceiling) of the completions that suit the first k + 1 paths */
  suited = new Float64Array(256);
  /** the enumeration of a column x (0 ≤ xᵢ ≤ tᵢ, Σ x = size) from the last row down, equal totals once */
  readonly t: Int32Array;
  readonly x: Int32Array;
  readonly below: Int32Array;
  readonly left: Int32Array;
  readonly high: Int32Array;
  readonly position: Int32Array;
  readonly runLength: Int32Array;
  readonly logAt: Float64Array;
  readonly multiplicityAt: Float64Array;
  readonly child: Int32Array;

  constructor(rows: Int32Array, cols: Int32Array, logFactorial: Float64Array, observed: number, denominator: number, limit: number, stages: [Stage, Stage]) {
    const R = rows.length;
    this.R = R;
    this.cols = cols;
    this.logFactorial = logFactorial;
    this.observed = observed;
    this.denominator = denominator;
    this.limit = limit;
    this.radix = new Float64Array(R);
    this.radix[0] = 1;
    for (let i = 1; i < R; i++) this.radix[i] = this.radix[i - 1]! * (rows[i - 1]! + 1);
    if (this.radix[R - 1]! * (rows[R - 1]! + 1) > Number.MAX_SAFE_INTEGER) {
      throw new TooLargeError(
        `the table is too large for the exact test (the product of its ${R} row totals + 1 exceeds 2^53, the keys of the network; R's fisher.test stops at 2^31); use the Monte Carlo p-value (--simulate) or the chi-square test`,
      );
    }
    const C = cols.length;
    this.restLogC = new Float64Array(C + 1);
    for (let j = C - 1; j >= 0; j--) this.restLogC[j] = this.restLogC[j + 1]! + logFactorial[cols[j]!]!;
    [this.current, this.next] = stages;
    this.t = new Int32Array(R);
    this.x = new Int32Array(R);
    this.below = new Int32Array(R);
    this.left = new Int32Array(R);
    this.high = new Int32Array(R);
    this.position = new Int32Array(R);
    this.runLength = new Int32Array(R);
    this.logAt = new Float64Array(R);
    this.multiplicityAt = new Float64Array(R);
    this.child = new Int32Array(R);
  }
}

/**
 * The network proper on sorted positive margins (rows the shorter side); `observed` is the
 * observed table's path length plus the tolerance.
 */
function network(
  rows: Int32Array, cols: Int32Array, logFactorial: Float64Array, observed: number, denominator: number, limit: number, stages: [Stage, Stage],
): FisherRxCResult {
  const run = new NetworkRun(rows, cols, logFactorial, observed, denominator, limit, stages);
  const C = cols.length;
  run.current.addNode(0, rows);
  run.current.addPath(0, 0, 1);
  relaxedBounds(run.current, 0, cols, 0, run.restLogC[0]!, logFactorial);
  let mostPaths = 1;
  let mostNodes = 1;
  for (let s = 0; s <= C - 2; s++) {
    const current = run.current;
    run.next.clear();
    // room for the most past paths a node of this stage can have (all of them)
    if (run.values.length < current.paths) {
      const size = 2 * current.paths;
      run.values = new Float64Array(size);
      run.counts = new Float64Array(size);
      run.running = new Float64Array(size + 1);
      run.suited = new Float64Array(size);
    }
    for (let node = 0; node < current.nodes; node++) {
      if (current.head[node]! < 0) continue;
      loadPaths(run, node);
      if (s === C - 2) settleLastColumns(run, node, s);
      else expandNode(run, node, s);
    }
    mostPaths = Math.max(mostPaths, run.next.paths);
    mostNodes = Math.max(mostNodes, run.next.nodes);
    run.current = run.next;
    run.next = current;
  }
  return { p: Math.min(1, run.p), work: run.work, paths: mostPaths, nodes: mostNodes };
}

/** The past paths of a node of the current stage into run.values / run.counts, sorted and merged, and their running sums. */
function loadPaths(run: NetworkRun, node: number): void {
  const stage = run.current;
  const values = run.values;
  const counts = run.counts;
  let n = 0;
  for (let path = stage.head[node]!; path >= 0; path = stage.next[path]!) {
    values[n] = stage.length[path]!;
    counts[n] = stage.count[path]!;
    n++;
  }
  n = sortMerged(values, counts, n);
  const running = run.running;
  const largest = values[n - 1]!;
  running[0] = 0;
  for (let k = 0; k < n; k++) running[k + 1] = running[k]! + counts[k]! * Math.exp(values[k]! - largest);
  run.n = n;
  run.largest = largest;
}

/** Every column s a node of the current stage can put (not one of the last two): each an arc to a child. */
function expandNode(run: NetworkRun, node: number, s: number): void {
  const { R, t, x, below, left, high, position, runLength, logAt, multiplicityAt, logFactorial } = run;
  const totals = run.current.totals;
  const size = run.cols[s]!;
  for (let i = 0; i < R; i++) t[i] = totals[node * R + i]!;
  below[0] = 0;
  for (let i = 1; i < R; i++) below[i] = below[i - 1]! + t[i - 1]!;
  let i = R - 1;
  left[i] = size;
  logAt[i] = 0;
  multiplicityAt[i] = 1;
  high[i] = Math.min(t[i]!, size);
  x[i] = Math.max(0, size - below[i]!) - 1;
  while (i < R) {
    const v = ++x[i]!;
    if (v > high[i]!) {
      i++;
      continue;
    }
    // equal totals: x non-increasing down the group, counted with the arrangements of its values
    const grouped = i < R - 1 && t[i] === t[i + 1];
    const q = grouped ? position[i + 1]! + 1 : 1;
    const r = grouped && v === x[i + 1] ? runLength[i + 1]! + 1 : 1;
    position[i] = q;
    runLength[i] = r;
    const logHere = logAt[i]! + logFactorial[v]!;
    const multiplicityHere = (multiplicityAt[i]! * q) / r;
    const rest = left[i]! - v;
    if (i > 1) {
      const j = i - 1;
      let low = Math.max(0, rest - below[j]!);
      if (t[j] === t[i]) low = Math.max(low, v);
      left[j] = rest;
      logAt[j] = logHere;
      multiplicityAt[j] = multiplicityHere;
      high[j] = Math.min(t[j]!, rest);
      x[j] = low - 1;
      i = j;
      continue;
    }
    // the first row takes the rest
    let multiplicity = multiplicityHere;
    if (t[0] === t[1]) {
      if (rest < v) continue;
      multiplicity = (multiplicity * (q + 1)) / (rest === v ? r + 1 : 1);
    }
    x[0] = rest;
    arc(run, s, multiplicity, logHere + logFactorial[rest]!);
  }
}

/**
 * The arc from the node being expanded (totals run.t) by the column run.x, `multiplicity` times:
 * its paths that all of the child's completions keep within the observed length are counted at
 * once, those some completion may keep go on to the child.
 */
function arc(run: NetworkRun, s: number, multiplicity: number, logX: number): void {
  const { R, t, x, child, radix, next, logFactorial, values, n } = run;
  run.work++;
  // the child: t − x sorted, and its key
  for (let k = 0; k < R; k++) {
    const c = t[k]! - x[k]!;
    let m = k;
    while (m > 0 && child[m - 1]! > c) {
      child[m] = child[m - 1]!;
      m--;
    }
    child[m] = c;
  }
  let key = 0;
  for (let k = 0; k < R; k++) key += child[k]! * radix[k]!;
  let target = next.find(key);
  if (target < 0) target = addChild(run, s, key);
  const ddf = logFactorial[run.cols[s]!]! - logX;
  let addLimit = run.observed - next.longest[target]! - ddf;
  let pushLimit = run.observed - next.shortest[target]! - ddf;
  if (values[0]! >= pushLimit) return;
  let done = countAtMost(values, n, addLimit);
  if (next.exact[target] === 0 && done < n && values[done]! < pushLimit) {
    exactBounds(next, target, run.cols, s + 1, run.restLogC[s + 1]!, logFactorial);
    addLimit = run.observed - next.longest[target]! - ddf;
    pushLimit = run.observed - next.shortest[target]! - ddf;
    done = countAtMost(values, n, addLimit);
  }
  if (done > 0) run.p += multiplicity * run.running[done]! * Math.exp(run.largest + ddf + next.logWeight[target]! - run.denominator);
  const counts = run.counts;
  let pushed = 0;
  for (let k = done; k < n && values[k]! < pushLimit; k++) {
    next.addPath(target, values[k]! + ddf, counts[k]! * multiplicity);
    pushed++;
  }
  run.work += pushed;
  if (next.paths > run.limit) refuse(run.limit, 'distinct past paths');
}

/** A new node of the next stage with the totals run.child (kept out of arc, which runs far more often). */
function addChild(run: NetworkRun, s: number, key: number): number {
  const { R, child, next, logFactorial } = run;
  if (next.nodes >= run.limit) refuse(run.limit, 'nodes');
  const target = next.addNode(key, child);
  let m = 0;
  let weight = 0;
  for (let k = 0; k < R; k++) {
    m += child[k]!;
    weight -= logFactorial[child[k]!]!;
  }
  next.logWeight[target] = weight + logFactorial[m]!;
  relaxedBounds(next, target, run.cols, s + 1, run.restLogC[s + 1]!, logFactorial);
  return target;
}

/** The last two columns of a node of the current stage, settled for all its past paths in one pass over the completions. */
function settleLastColumns(run: NetworkRun, node: number, s: number): void {
  const { R, t, x, below, left, high, position, runLength, logAt, multiplicityAt, logFactorial, values, counts, n, observed } = run;
  const stage = run.current;
  const suited = run.suited;
  suited.fill(0, 0, n);
  const ceiling = stage.longest[node]!;
  const size = run.cols[s]!;
  for (let i = 0; i < R; i++) t[i] = stage.totals[node * R + i]!;
  below[0] = 0;
  for (let i = 1; i < R; i++) below[i] = below[i - 1]! + t[i - 1]!;
  const bothLogC = logFactorial[size]! + logFactorial[run.cols[s + 1]!]!;
  let work = 0;
  if (R === 2) {
    work += lastLine(t, size, Math.max(0, size - t[0]!), Math.min(t[1]!, size), bothLogC, 1, 0, 0, -1, false, t[0] === t[1], logFactorial, values, n, observed, ceiling, suited);
  } else {
    // rows R − 1 down to 2 enumerated as in expandNode (each row's x and t − x together), rows 1 and 0 along a line
    let i = R - 1;
    left[i] = size;
    logAt[i] = 0;
    multiplicityAt[i] = 1;
    high[i] = Math.min(t[i]!, size);
    x[i] = Math.max(0, size - below[i]!) - 1;
    while (i < R) {
      const v = ++x[i]!;
      if (v > high[i]!) {
        i++;
        continue;
      }
      const grouped = i < R - 1 && t[i] === t[i + 1];
      const q = grouped ? position[i + 1]! + 1 : 1;
      const r = grouped && v === x[i + 1] ? runLength[i + 1]! + 1 : 1;
      position[i] = q;
      runLength[i] = r;
      const logHere = logAt[i]! + logFactorial[v]! + logFactorial[t[i]! - v]!;
      const multiplicityHere = (multiplicityAt[i]! * q) / r;
      const rest = left[i]! - v;
      const j = i - 1;
      let low = Math.max(0, rest - below[j]!);
      if (t[j] === t[i]) low = Math.max(low, v);
      const top = Math.min(t[j]!, rest);
      if (j === 1) {
        work += lastLine(t, rest, low, top, bothLogC - logHere, multiplicityHere, q, r, v, t[1] === t[2], t[0] === t[1], logFactorial, values, n, observed, ceiling, suited);
        continue;
      }
      left[j] = rest;
      logAt[j] = logHere;
      multiplicityAt[j] = multiplicityHere;
      high[j] = top;
      x[j] = low - 1;
      i = j;
    }
  }
  run.work += work;
  // a path gets the completions that suit it or any longer path
  let sum = 0;
  let p = 0;
  for (let k = n - 1; k >= 0; k--) {
    sum += suited[k]!;
    if (sum > 0) p += counts[k]! * Math.exp(values[k]! + ceiling - run.denominator) * sum;
  }
  run.p += p;
}

/** Stages of earlier calls, by width, kept for reuse while they are small (at most two per width). */
const spareStages = new Map<number, Stage[]>();
