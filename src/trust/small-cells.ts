import type { CohortAnalysis } from '../registry/cohort.js';

/** Below this many patients a count, a group or a summary is not shown to researchers (configurable: TrustOptions.minCellSize). */
export const DEFAULT_MIN_CELL = 5;

/** Keys holding a count of patients or events. */
const COUNT_KEYS = new Set(['n', 'events', 'nRisk', 'nEvent', 'noGroup', 'noSurvival', 'dropped', 'observed']);

const small = (value: unknown, k: number): boolean => typeof value === 'number' && value > 0 && value < k;

/** Every number in `value` replaced by null (a summary of too few patients). */
function withhold(value: unknown): unknown {
  if (typeof value === 'number') return null;
  if (Array.isArray(value)) return value.map(withhold);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, key === 'group' || key === 'month' || key === 'time' ? v : withhold(v)]));
  return value;
}

function walk(value: unknown, k: number, key?: string): unknown {
  if (typeof value === 'number') return COUNT_KEYS.has(key ?? '') && small(value, k) ? null : value;
  if (Array.isArray(value)) {
    if (key === 'counts' || key === 'observed') return value.map((row) => (Array.isArray(row) ? row.map((c) => (small(c, k) ? null : c)) : small(row, k) ? null : row));
    return value.map((v) => walk(v, k));
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // a summary of fewer than k patients (a group, a month's mean, a survival curve): all its numbers withheld
    if (small(record.n, k)) return withhold(record);
    return Object.fromEntries(Object.entries(record).map(([k2, v]) => [k2, walk(v, k, k2)]));
  }
  return value;
}

/**
 * A cohort analysis as a researcher gets it: groups of fewer than `k` patients are left out before
 * the analysis (registry/cohort.ts, `minGroup`), and here every remaining count between 1 and k − 1
 * is withheld (null), every summary of fewer than k patients loses all its numbers, and a pairwise
 * comparison involving such a summary is withheld too.
 */
export function suppressSmallCells(analysis: CohortAnalysis, k: number): unknown {
  const continuous = analysis.continuous.map((outcome) => {
    const tooSmall = (g: number, m: number) => (outcome.byGroup[g]?.summaries[m]?.n ?? 0) < k;
    return {
      ...outcome,
      byGroup: outcome.byGroup.map((g, gi) => ({ ...g, pairwise: g.pairwise.map((p) => (tooSmall(gi, p.first) || tooSmall(gi, p.second) ? withhold(p) : p)) })),
      betweenGroups: outcome.betweenGroups.map((b, mi) => ({ ...b, pairwise: b.pairwise.map((p) => (tooSmall(p.first, mi) || tooSmall(p.second, mi) ? withhold(p) : p)) })),
    };
  });
  return { ...(walk({ ...analysis, continuous }, k) as object), minCellSize: k };
}
