import { describe, expect, it } from 'vitest';
import { gamesHowell, summarize } from './anova.js';
import { encodeLevels, subset } from './design.js';
import type { AdjustMethod } from './multiple.js';
import { pairwiseLogRank } from './survival/logrank.js';
import { expectAllRelative, expectRelative, loadCsvFixture, loadFixture } from './test-helpers.js';

interface PairwiseFixture {
  gamesHowell: { name: string; conf: number; groups: Record<string, number[]>; comparisons: { first: string; second: string; diff: number; se: number; df: number; q: number; lower: number; upper: number; p: number; pIntegrated: number | null }[] }[];
  logrank: { name: string; data: string; group: string; strata: string | null; method: AdjustMethod; levels: string[]; first: string[]; second: string[]; p: number[]; adjusted: number[] }[];
}
const R = loadFixture<PairwiseFixture>('pairwise.json');
const DATA: Record<string, Record<string, string[]>> = { lung: loadCsvFixture('lung.csv'), veteran: loadCsvFixture('veteran.csv') };

describe('pairwise log-rank with adjusted p-values against survdiff per pair + p.adjust (survminer::pairwise_survdiff)', () => {
  for (const c of R.logrank) {
    it(c.name, () => {
      const columns = DATA[c.data]!;
      const { codes, levels } = encodeLevels(columns[c.group]!.map((v) => (v === 'NA' ? '' : v)));
      expect(levels).toEqual(c.levels);
      const rows = Int32Array.from([...codes.keys()].filter((i) => codes[i]! >= 0));
      const time = subset(Float64Array.from(columns.time!, Number), rows);
      const event = subset(Uint8Array.from(columns.status!, Number), rows);
      const strata = c.strata ? subset(encodeLevels(columns[c.strata]!).codes, rows) : undefined;
      const result = pairwiseLogRank(time, event, subset(codes, rows), levels.length, c.method, strata);
      expect(result.map((r) => [levels[r.first], levels[r.second]])).toEqual(c.first.map((f, k) => [f, c.second[k]]));
      expectAllRelative(result.map((r) => r.p), c.p, 1e-9, 'p');
      expectAllRelative(result.map((r) => r.pAdjusted), c.adjusted, 1e-9, 'adjusted');
    });
  }
});

describe('Games–Howell against its formula in R (ptukey; limits from the root of ptukey)', () => {
  for (const c of R.gamesHowell) {
    it(c.name, () => {
      const names = Object.keys(c.groups);
      const result = gamesHowell(Object.values(c.groups).map((v) => summarize(Float64Array.from(v))), c.conf);
      expect(result.map((r) => [names[r.first], names[r.second]])).toEqual(c.comparisons.map((r) => [r.first, r.second]));
      result.forEach((r, k) => {
        const e = c.comparisons[k]!;
        expectRelative(r.difference, e.diff, 1e-12, 'diff');
        expectRelative(r.standardError, e.se, 1e-12, 'se');
        expectRelative(r.df, e.df, 1e-12, 'df');
        expectRelative(r.q, e.q, 1e-12, 'q');
        if (e.pIntegrated === null) expectRelative(r.p, e.p, 1e-5, 'p');
        else {
          // far in the tail the direct integral is the reference; R's ptukey is within 1e-3 of it
          expectRelative(r.p, e.pIntegrated, 1e-6, 'p (integrated)');
          expectRelative(e.p, e.pIntegrated, 1e-3, "R's ptukey");
        }
        expectRelative(r.lower, e.lower, 1e-6, 'lower');
        expectRelative(r.upper, e.upper, 1e-6, 'upper');
      });
    });
  }
});
