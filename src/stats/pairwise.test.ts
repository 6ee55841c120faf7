import { describe, expect, it } from 'vitest';
import { encodeLevels, subset } from './design.js';
import type { AdjustMethod } from './multiple.js';
import { pairwiseLogRank } from './survival/logrank.js';
import { expectAllRelative, loadCsvFixture, loadFixture } from './test-helpers.js';

interface PairwiseFixture {
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
