import { z } from 'zod';
import { bonferroniPairwise, oneWayAnova, summarize, type AnovaResult, type GroupSummary, type PairwiseComparison } from '../stats/anova.js';
import { chiSquareTest, tableFromRows } from '../stats/contingency.js';
import { designMatrix, subset, type CovariateColumn } from '../stats/design.js';
import { InsufficientDataError } from '../stats/errors.js';
import { SingularMatrixError } from '../stats/linalg.js';
import { coxRegression } from '../stats/survival/cox.js';
import { kaplanMeier, survivalAt, survivalQuantile, type SurvivalAtTime } from '../stats/survival/kaplan-meier.js';
import { logRankTest } from '../stats/survival/logrank.js';
import type { Actor } from './access.js';
import { cohortDataset, cohortFilterSchema, type CohortRow } from './dataset.js';
import type { Registry } from './registry.js';
import { FOLLOW_UP_SCHEDULE } from './followup.js';

/**
 * The cohort analysis of 000 §1.4 on registry data (REFERENCE.md S10): a baseline table with
 * Pearson chi-square (Table 1), VAS and SINS over time with one-way ANOVA between groups at each
 * time and within each group across times plus Bonferroni pairs (Tables 2 and 4), KPS groups over
 * time with chi-square (Table 3), Kaplan–Meier medians with log-rank (§2.5) and Cox regression
 * with stated reference levels (Table 5). All numbers come from src/stats.
 */

export const CATEGORICAL_VARIABLES = [
  'sex', 'ageGroup', 'primaryGroup', 'vertebraeGroup', 'brainOrVisceral', 'systemicTherapy',
  'sinsBaselineGroup', 'vasBaselineGroup', 'kpsBaselineGroup', 'studyArm',
] as const;
export type CategoricalVariable = (typeof CATEGORICAL_VARIABLES)[number];

/** The levels in the order 000 Table 1 prints them (the first is the Cox reference by default). */
const LEVEL_ORDER: Partial<Record<CategoricalVariable, readonly string[]>> = {
  sex: ['male', 'female'],
  ageGroup: ['>55', '<=55'],
  primaryGroup: ['lung', 'breast', 'liver', 'other'],
  vertebraeGroup: ['single', 'multiple'],
  brainOrVisceral: ['yes', 'no'],
  systemicTherapy: ['yes', 'no'],
  sinsBaselineGroup: ['0-6', '7-12', '13-18'],
  vasBaselineGroup: ['>6', '<=6'],
  kpsBaselineGroup: ['80-100', '10-70'],
};

export const cohortAnalysisSchema = z.strictObject({
  filter: cohortFilterSchema.optional().describe('Which patients: cohort, study arms, sex, synthetic, primary groups'),
  groupBy: z.enum(CATEGORICAL_VARIABLES).optional().describe('The grouping variable (default studyArm)'),
  baseline: z.array(z.enum(CATEGORICAL_VARIABLES)).optional().describe('Rows of the baseline table (default: those of 000 Table 1)'),
  survivalTimes: z.array(z.number().positive()).max(20).optional().describe('Months at which to report survival (default 6, 12, 24)'),
  cox: z
    .strictObject({
      covariates: z.array(z.enum(CATEGORICAL_VARIABLES)).min(1).describe('Categorical covariates'),
      reference: z.record(z.string(), z.string()).optional().describe('Reference level per covariate (default: first in 000 Table 1 order, here "no" for yes/no)'),
    })
    .optional()
    .describe('Default: brainOrVisceral, kpsBaselineGroup, systemicTherapy as in 000 Table 5'),
});
export type CohortAnalysisRequest = z.input<typeof cohortAnalysisSchema>;

const BASELINE_DEFAULT: readonly CategoricalVariable[] = [
  'sex', 'ageGroup', 'primaryGroup', 'vertebraeGroup', 'brainOrVisceral', 'systemicTherapy', 'sinsBaselineGroup', 'vasBaselineGroup', 'kpsBaselineGroup',
];
const COX_DEFAULT: readonly CategoricalVariable[] = ['brainOrVisceral', 'kpsBaselineGroup', 'systemicTherapy'];
const COX_REFERENCE_DEFAULT: Record<string, string> = { brainOrVisceral: 'no', systemicTherapy: 'no', kpsBaselineGroup: '80-100' };

const categorical = (row: CohortRow, variable: CategoricalVariable): string | null => row[variable];

function levelsOf(rows: readonly CohortRow[], variable: CategoricalVariable): string[] {
  const present = new Set(rows.map((r) => categorical(r, variable)).filter((v): v is string => v !== null));
  const order = LEVEL_ORDER[variable] ?? [];
  return [...order.filter((l) => present.has(l)), ...[...present].filter((l) => !order.includes(l)).sort()];
}

/** Pearson chi-square of a groups × levels table, over the levels and groups that occur. */
function chiSquare(counts: number[][]) {
  const cols = counts[0]?.map((_, j) => j).filter((j) => counts.some((row) => row[j]! > 0)) ?? [];
  const rows = counts.filter((row) => row.some((c) => c > 0)).map((row) => cols.map((j) => row[j]!));
  if (rows.length < 2 || cols.length < 2) return null;
  const { statistic, df, p } = chiSquareTest(tableFromRows(rows));
  return { statistic, df, p };
}

/** One-way ANOVA, or null where the data cannot give one (fewer than two groups, no residual degrees of freedom). */
function anova(groups: number[][]): AnovaResult | null {
  if (groups.filter((g) => g.length > 0).length < 2 || !groups.every((g) => g.length >= 1)) return null;
  try {
    return oneWayAnova(groups.map((g) => Float64Array.from(g)));
  } catch (error) {
    if (error instanceof InsufficientDataError) return null;
    throw error;
  }
}

export interface ContinuousOutcome {
  instrument: string;
  months: number[];
  byGroup: { group: string; summaries: (GroupSummary & { month: number })[]; acrossTime: AnovaResult | null; pairwise: PairwiseComparison[] }[];
  betweenGroups: { month: number; anova: AnovaResult | null; pairwise: PairwiseComparison[] }[];
}

function continuousOutcome(rows: readonly CohortRow[], groupOf: (r: CohortRow) => string | null, groups: string[], instrument: 'vas' | 'sins', months: number[]): ContinuousOutcome {
  const values = (group: string, month: number) =>
    rows.filter((r) => groupOf(r) === group).map((r) => r.measures[`${instrument}_${month}`]).filter((v): v is number => v !== null && v !== undefined);
  return {
    instrument,
    months,
    byGroup: groups.map((group) => {
      const series = months.map((m) => values(group, m));
      const summaries = series.map((s, k) => ({ month: months[k]!, ...summarize(Float64Array.from(s)) }));
      const usable = summaries.filter((s) => s.n >= 2);
      return { group, summaries, acrossTime: anova(series.filter((s) => s.length > 0)), pairwise: usable.length >= 2 && usable.length === summaries.length ? bonferroniPairwise(summaries) : [] };
    }),
    betweenGroups: months.map((month) => {
      const series = groups.map((g) => values(g, month));
      const summaries = series.map((s) => summarize(Float64Array.from(s)));
      return { month, anova: anova(series), pairwise: summaries.length >= 2 && summaries.every((s) => s.n >= 2) ? bonferroniPairwise(summaries) : [] };
    }),
  };
}

interface SurvivalSummary {
  group: string;
  n: number;
  events: number;
  median: { estimate: number; lower: number; upper: number };
  at: SurvivalAtTime[];
}

export interface CohortAnalysis {
  n: number;
  groupBy: CategoricalVariable;
  groups: { group: string; n: number }[];
  /** smallGroups: groups left out of a researcher's analysis for having fewer than the minimum cell size. */
  excluded: { noGroup: number; noSurvival: number; smallGroups?: number };
  baseline: { variable: CategoricalVariable; levels: string[]; counts: number[][]; chiSquare: ReturnType<typeof chiSquare> }[];
  continuous: ContinuousOutcome[];
  kps: { months: number[]; levels: string[]; byGroup: { group: string; counts: number[][]; acrossTime: ReturnType<typeof chiSquare> }[]; betweenGroups: { month: number; chiSquare: ReturnType<typeof chiSquare> }[] };
  survival: { unit: 'months'; confidence: string; overall: SurvivalSummary; byGroup: SurvivalSummary[]; logRank: { chisq: number; df: number; p: number; observed: number[]; expected: number[] } | null };
  cox: {
    terms: { term: string; covariate: string; level: string; reference: string; coefficient: number; hazardRatio: number; lower: number; upper: number; p: number }[];
    n: number; events: number; dropped: number;
    likelihoodRatio: { statistic: number; df: number; p: number }; wald: { statistic: number; df: number; p: number }; score: { statistic: number; df: number; p: number };
    converged: boolean;
  } | { error: string };
}

/** Runs the analysis on a cohort dataset (pure: the same numbers for the same rows). */
export function analyseCohort(all: readonly CohortRow[], request: z.output<typeof cohortAnalysisSchema> = {}): CohortAnalysis {
  const groupBy = request.groupBy ?? 'studyArm';
  const groupOf = (r: CohortRow) => categorical(r, groupBy);
  const rows = all.filter((r) => groupOf(r) !== null);
  const groups = levelsOf(rows, groupBy);

  const baseline = (request.baseline ?? BASELINE_DEFAULT).filter((v) => v !== groupBy).map((variable) => {
    const levels = levelsOf(rows, variable);
    const counts = groups.map((g) => levels.map((l) => rows.filter((r) => groupOf(r) === g && categorical(r, variable) === l).length));
    return { variable, levels, counts, chiSquare: chiSquare(counts) };
  });

  const monthsWith = (instrument: string) => [0, ...FOLLOW_UP_SCHEDULE.filter((v) => v.instruments.includes(instrument as never)).map((v) => v.month)];
  const continuous = [continuousOutcome(rows, groupOf, groups, 'vas', monthsWith('vas')), continuousOutcome(rows, groupOf, groups, 'sins', monthsWith('sins'))];

  const kpsMonths = monthsWith('kps');
  const kpsLevels = LEVEL_ORDER.kpsBaselineGroup!.slice();
  const kpsCount = (g: string, m: number, l: string) => rows.filter((r) => groupOf(r) === g && r.kpsGroups[`kps_group_${m}`] === l).length;
  const kps = {
    months: kpsMonths,
    levels: kpsLevels,
    byGroup: groups.map((group) => {
      const counts = kpsMonths.map((m) => kpsLevels.map((l) => kpsCount(group, m, l)));
      return { group, counts, acrossTime: chiSquare(counts) };
    }),
    betweenGroups: kpsMonths.map((month) => ({ month, chiSquare: chiSquare(groups.map((g) => kpsLevels.map((l) => kpsCount(g, month, l)))) })),
  };

  // survival
  const surv = rows.filter((r) => r.survivalMonths !== null && r.death !== null);
  const time = Float64Array.from(surv, (r) => r.survivalMonths!);
  const event = Uint8Array.from(surv, (r) => r.death!);
  const code = Int32Array.from(surv, (r) => groups.indexOf(groupOf(r)!));
  const times = request.survivalTimes ?? [6, 12, 24];
  const summary = (group: string, indices?: Int32Array): SurvivalSummary => {
    const curve = kaplanMeier(time, event, { confidenceType: 'log' }, indices);
    return { group, n: curve.n, events: curve.events, median: survivalQuantile(curve), at: survivalAt(curve, times) };
  };
  const present = groups.filter((_, k) => code.includes(k));
  const logRank = present.length >= 2 && surv.length > 0 ? logRankTest(time, event, code, groups.length) : null;

  return {
    n: rows.length,
    groupBy,
    groups: groups.map((group) => ({ group, n: rows.filter((r) => groupOf(r) === group).length })),
    excluded: { noGroup: all.length - rows.length, noSurvival: rows.length - surv.length },
    baseline,
    continuous,
    kps,
    survival: {
      unit: 'months',
      confidence: '95 % log (R survfit default)',
      overall: summary('all'),
      byGroup: groups.map((group, k) => summary(group, Int32Array.from(code.reduce<number[]>((acc, c, i) => (c === k ? [...acc, i] : acc), [])))),
      logRank: logRank && { chisq: logRank.chisq, df: logRank.df, p: logRank.p, observed: [...logRank.observed], expected: [...logRank.expected] },
    },
    cox: cox(surv, time, event, request.cox?.covariates ?? COX_DEFAULT, { ...COX_REFERENCE_DEFAULT, ...request.cox?.reference }),
  };
}

function cox(rows: readonly CohortRow[], time: Float64Array, event: Uint8Array, covariates: readonly CategoricalVariable[], reference: Record<string, string>): CohortAnalysis['cox'] {
  const columns: CovariateColumn[] = covariates.map((name) => {
    const levels = levelsOf(rows, name);
    const wanted = reference[name];
    const ref = wanted !== undefined && levels.includes(wanted) ? levels.indexOf(wanted) : 0;
    return { name, kind: 'categorical', levels, reference: ref, codes: Int32Array.from(rows, (r) => levels.indexOf(categorical(r, name) ?? '')) };
  });
  const design = designMatrix(columns, rows.length);
  if (design.p === 0) return { error: 'no covariate has two levels in this cohort' };
  try {
    const fit = coxRegression({ time: subset(time, design.kept), event: subset(event, design.kept), covariates: design.matrix, p: design.p, ties: 'efron' });
    return {
      terms: design.names.map((term, j) => {
        const covariate = design.sources[j]!;
        const column = columns.find((c) => c.name === covariate)! as Extract<CovariateColumn, { kind: 'categorical' }>;
        return {
          term, covariate, level: term.slice(covariate.length), reference: column.levels[column.reference]!,
          coefficient: fit.coefficients[j]!, hazardRatio: fit.hazardRatios[j]!, lower: fit.lower[j]!, upper: fit.upper[j]!, p: fit.pValues[j]!,
        };
      }),
      n: fit.n, events: fit.events, dropped: design.dropped,
      likelihoodRatio: fit.likelihoodRatio, wald: fit.wald, score: fit.score, converged: fit.converged,
    };
  } catch (error) {
    if (error instanceof SingularMatrixError || error instanceof RangeError) return { error: (error as Error).message };
    throw error;
  }
}

/** The analysis of the cohort the request defines, over the patients the actor may see. */
export async function cohortAnalysis(registry: Registry, actor: Actor, request: z.output<typeof cohortAnalysisSchema>, options: { minGroup?: number } = {}): Promise<CohortAnalysis> {
  const rows = await cohortDataset(registry, actor, request.filter ?? {});
  if (!options.minGroup) return analyseCohort(rows, request);
  // groups of fewer than minGroup patients are left out (researchers' small-cell rule, docs/security.md)
  const groupBy = request.groupBy ?? 'studyArm';
  const sizes = new Map<string | null, number>();
  for (const r of rows) sizes.set(categorical(r, groupBy), (sizes.get(categorical(r, groupBy)) ?? 0) + 1);
  const kept = rows.filter((r) => { const g = categorical(r, groupBy); return g === null || sizes.get(g)! >= options.minGroup!; });
  const result = analyseCohort(kept, request);
  return { ...result, excluded: { ...result.excluded, smallGroups: [...sizes.entries()].filter(([g, n]) => g !== null && n < options.minGroup!).length } };
}
