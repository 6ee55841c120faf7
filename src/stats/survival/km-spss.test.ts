import { describe, expect, it } from 'vitest';
import { expectRelative, fromR, loadCsvFixture, loadFixture } from '../test-helpers.js';
import { kaplanMeier, symmetricSurvivalQuantile } from './kaplan-meier.js';

interface SpssCase {
  data: string;
  group: string;
  level: string;
  confLevel: number;
  median: number | null;
  se: number | string | null;
  lower: number | string | null;
  upper: number | string | null;
}
const R = loadFixture<{ cases: SpssCase[] }>('km-spss.json');
const DATA: Record<string, Record<string, string[]>> = { lung: loadCsvFixture('lung.csv'), veteran: loadCsvFixture('veteran.csv') };

describe("the median with SPSS's symmetric CI (Klein & Moeschberger's uniform-kernel density), against its computation in R from survfit", () => {
  for (const c of R.cases) {
    it(`${c.data} ${c.group} = ${c.level}, ${c.confLevel}`, () => {
      const columns = DATA[c.data]!;
      const rows = columns[c.group]!.flatMap((v, i) => (v === c.level ? [i] : []));
      const time = Float64Array.from(rows, (i) => Number(columns.time![i]));
      const event = Uint8Array.from(rows, (i) => Number(columns.status![i]));
      const result = symmetricSurvivalQuantile(kaplanMeier(time, event, { confidenceLevel: c.confLevel }));
      expect(result.estimate).toBe(fromR(c.median));
      expectRelative(result.standardError, fromR(c.se), 1e-12, 'se');
      expectRelative(result.lower, fromR(c.lower), 1e-12, 'lower');
      expectRelative(result.upper, fromR(c.upper), 1e-12, 'upper');
    });
  }

  it('by hand: ten subjects, events at 2, 4, 6, 8 and 9', () => {
    // at risk 9, 7, 5, 3, 2: S = 8/9, ·6/7, ·4/5, ·2/3, ·1/2 — 0.889, 0.762, 0.610, 0.406, 0.203
    const time = Float64Array.from({ length: 10 }, (_, i) => i + 1);
    const event = Uint8Array.from([0, 1, 0, 1, 0, 1, 0, 1, 1, 0]);
    const result = symmetricSurvivalQuantile(kaplanMeier(time, event));
    const s6 = (8 / 9) * (6 / 7) * (4 / 5);
    const s8 = s6 * (2 / 3);
    // median 8 (first S ≤ 0.5); û = 6 (last S ≥ 0.55), l̂ = 8 (first S ≤ 0.45): f = (S(6) − S(8)) / (8 − 6)
    const greenwood = s8 * Math.sqrt(1 / (9 * 8) + 1 / (7 * 6) + 1 / (5 * 4) + 1 / (3 * 2));
    const se = greenwood / ((s6 - s8) / 2);
    expect(result.estimate).toBe(8);
    expectRelative(result.standardError, se, 1e-12, 'se');
    expectRelative(result.lower, 8 - 1.959963984540054 * se, 1e-12, 'lower');
  });

  it('no SE when the curve never falls to 0.45', () => {
    const result = symmetricSurvivalQuantile(kaplanMeier(Float64Array.from([1, 2, 3, 4]), Uint8Array.from([1, 1, 0, 0])));
    expect(result.estimate).toBe(2);
    expect(result.standardError).toBeNaN();
  });
});
