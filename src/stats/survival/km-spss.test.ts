import { describe, expect, it } from 'vitest';
import { expectRelative, fromR, loadCsvFixture, loadFixture } from '../test-helpers.js';
import { kaplanMeier, symmetricSurvivalQuantile } from './kaplan-meier.js';
import { logRankTest } from './logrank.js';

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
interface Spss31Group {
  group: string;
  median: number;
  se: number;
  lower: number;
  upper: number;
  time?: number[];
  survival?: number[];
  standardError?: number[];
}
const R = loadFixture<{ cases: SpssCase[] }>('km-spss.json');
const SPSS31 = loadFixture<{ groups: Spss31Group[]; logrank: { chisq: number; df: number; p: number } }>('km-spss31.json');
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
    expectRelative(result.lower, 8 - 1.96 * se, 1e-12, 'lower');
  });

  it('no SE when the curve never falls to 0.45', () => {
    const result = symmetricSurvivalQuantile(kaplanMeier(Float64Array.from([1, 2, 3, 4]), Uint8Array.from([1, 1, 0, 0])));
    expect(result.estimate).toBe(2);
    expect(result.standardError).toBeNaN();
  });
});

describe('the same against IBM SPSS Statistics 31 output (km-spss31.json: 72 subjects, KM time BY sex)', () => {
  // the input's time, status and sex columns, rebuilt by the rule that generated them (see the fixture's "data")
  const subjects = Array.from({ length: 72 }, (_, k) => k + 1);
  const time = Float64Array.from(subjects, (i) => 36 + ((37 * i - 16) % 500));
  const event = Uint8Array.from(subjects, (i) => ([1, 4, 7].includes(i % 10) ? 0 : 1));
  const sex = Int32Array.from(subjects, (i) => (i % 2 === 1 ? 0 : 1));

  for (const g of SPSS31.groups) {
    it(`sex = ${g.group}: median, SE and median ± 1.96·SE as SPSS prints them; the survival table's estimate and SE`, () => {
      const subset = g.group === 'overall' ? undefined : Int32Array.from(subjects.flatMap((i) => (sex[i - 1] === Number(g.group) - 1 ? [i - 1] : [])));
      const curve = kaplanMeier(time, event, {}, subset);
      const result = symmetricSurvivalQuantile(curve);
      // SPSS's OXML keeps 14 significant digits
      expect(result.estimate).toBe(g.median);
      expectRelative(result.standardError, g.se, 1e-12, 'se');
      expectRelative(result.lower, g.lower, 1e-12, 'lower');
      expectRelative(result.upper, g.upper, 1e-12, 'upper');
      if (!g.time) return;
      const atEvents = Array.from(curve.time.keys()).filter((k) => curve.nEvent[k]! > 0);
      expect(atEvents.map((k) => curve.time[k])).toEqual(g.time);
      atEvents.forEach((k, j) => {
        expectRelative(curve.survival[k]!, g.survival![j]!, 1e-12, `S(${curve.time[k]})`);
        expectRelative(curve.survival[k]! * curve.seCumulativeHazard[k]!, g.standardError![j]!, 1e-12, `SE(${curve.time[k]})`);
      });
    });
  }

  it('log-rank χ², df and p as SPSS prints them', () => {
    const result = logRankTest(time, event, sex, 2);
    expectRelative(result.chisq, SPSS31.logrank.chisq, 1e-12, 'chisq');
    expect(result.df).toBe(SPSS31.logrank.df);
    expectRelative(result.p, SPSS31.logrank.p, 1e-12, 'p');
  });
});
