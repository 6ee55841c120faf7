import { describe, expect, it } from 'vitest';
import { fisherExactRxC, smallestLogFactorialSum } from './fisher-network.js';
import { mulberry32 } from './prng.js';

const logFactorial = new Float64Array(64);
for (let k = 2; k < 64; k++) logFactorial[k] = logFactorial[k - 1]! + Math.log(k);

/** min Σ log xᵢⱼ! over every table with these margins, by enumeration. */
function bruteSmallest(rows: number[], cols: number[]): number {
  let best = Infinity;
  const colLeft = cols.slice();
  const fill = (i: number, j: number, rowLeft: number, sum: number): void => {
    if (i === rows.length - 1) {
      // the last row takes what the columns lack
      let s = sum;
      for (const c of colLeft) s += logFactorial[c]!;
      best = Math.min(best, s);
      return;
    }
    if (j === cols.length - 1) {
      if (rowLeft > colLeft[j]!) return;
      colLeft[j]! -= rowLeft;
      fill(i + 1, 0, rows[i + 1]!, sum + logFactorial[rowLeft]!);
      colLeft[j]! += rowLeft;
      return;
    }
    for (let v = 0; v <= Math.min(rowLeft, colLeft[j]!); v++) {
      colLeft[j]! -= v;
      fill(i, j + 1, rowLeft - v, sum + logFactorial[v]!);
      colLeft[j]! += v;
    }
  };
  fill(0, 0, rows[0]!, 0);
  return best;
}

describe("the longest completion of a node (the most probable table with given margins)", () => {
  const random = mulberry32(643);
  for (let k = 0; k < 40; k++) {
    const nRows = 2 + Math.floor(random() * 3);
    const nCols = 2 + Math.floor(random() * 3);
    const cells = Array.from({ length: nRows * nCols }, () => Math.floor(random() * (k % 2 && nRows * nCols <= 9 ? 9 : 4)));
    const rows = Array.from({ length: nRows }, (_, i) => cells.slice(i * nCols, (i + 1) * nCols).reduce((a, b) => a + b, 0)).filter((r) => r > 0).sort((a, b) => a - b);
    const cols = Array.from({ length: nCols }, (_, j) => cells.filter((_, c) => c % nCols === j).reduce((a, b) => a + b, 0)).filter((c) => c > 0).sort((a, b) => a - b);
    if (rows.length === 0) continue;
    it(`rows ${rows.join(',')}, columns ${cols.join(',')}`, () => {
      const exact = bruteSmallest(rows, cols);
      expect(Math.abs(smallestLogFactorialSum(rows, rows.length, cols, cols.length, logFactorial) - exact)).toBeLessThan(1e-9);
    });
  }
});

describe("Fisher's network algorithm: limits and degenerate tables", () => {
  it('a table with one non-empty row or column has p = 1', () => {
    expect(fisherExactRxC({ rows: 2, cols: 3, counts: [0, 0, 0, 3, 4, 5] }).p).toBe(1);
    expect(fisherExactRxC({ rows: 3, cols: 2, counts: [0, 3, 0, 4, 0, 5] }).p).toBe(1);
  });
  it('refuses counts that are not whole and non-negative', () => {
    expect(() => fisherExactRxC({ rows: 2, cols: 2, counts: [1, 2, 3, 1.5] })).toThrow(/whole non-negative/);
    expect(() => fisherExactRxC({ rows: 2, cols: 2, counts: [1, 2, 3, -1] })).toThrow(/whole non-negative/);
  });
  it('names the limit it stops at and the Monte Carlo alternative', () => {
    const table = { rows: 3, cols: 4, counts: [12, 8, 5, 9, 7, 15, 11, 6, 10, 9, 14, 13] };
    expect(() => fisherExactRxC(table, 50)).toThrow(/more than 50 .* at one stage of the network algorithm.*--simulate/);
    expect(fisherExactRxC(table).paths).toBeLessThan(18600);
  });
  it('agrees with the 2 × 2 hypergeometric sum', () => {
    // fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value
    expect(Math.abs(fisherExactRxC({ rows: 2, cols: 2, counts: [3, 1, 1, 3] }).p - 0.48571428571428527)).toBeLessThan(1e-12);
  });
});
