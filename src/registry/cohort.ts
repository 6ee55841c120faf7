import { z } from 'zod';
import { bonferroniPairwise, oneWayAnova, summarize, type AnovaResult, type GroupSummary, type PairwiseComparison } from '../stats/anova.js';
import { chiSquareTest, tableFromRows } from '../stats/contingency.js';
import { designMatrix, subset, type CovariateColumn } from '../stats/design.js';
import { SingularMatrixError } from '../stats/linalg.js';
import { tUpperQuantile } from '../stats/distributions.js';
import { InsufficientDataError } from '../stats/errors.js';
import { factorialDesign, randomInterceptModel } from '../stats/mixed.js';
import { ADJUST_METHODS, type AdjustMethod } from '../stats/multiple.js';
import { coxRegression } from '../stats/survival/cox.js';
import { kaplanMeier, survivalAt, survivalQuantile, type KaplanMeierCurve, type SurvivalAtTime } from '../stats/survival/kaplan-meier.js';
import { logRankTest, pairwiseLogRank } from '../stats/survival/logrank.js';
import { coxZph } from '../stats/survival/zph.js';
import type { Localized } from '../i18n/lang.js';
import type { Actor } from './access.js';
import { cohortDataset, cohortFilterSchema, type CohortRow } from './dataset.js';
import type { Registry } from './registry.js';
import { FOLLOW_UP_SCHEDULE } from './followup.js';
import { statisticalMethods } from './methods.js';

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
  pairwiseAdjust: z.enum(ADJUST_METHODS as [AdjustMethod, ...AdjustMethod[]]).optional().describe('p-value adjustment of the pairwise log-rank tests (default holm)'),
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

/** One step of a Kaplan–Meier curve (R's survfit: time, n.risk, n.event, n.censor, surv, lower, upper); a limit R gives as NA is null. */
export interface SurvivalStep {
  time: number;
  nRisk: number;
  nEvent: number;
  nCensor: number;
  survival: number;
  lower: number | null;
  upper: number | null;
}

interface SurvivalSummary {
  group: string;
  n: number;
  events: number;
  /** a limit not reached (the CI never falls to 0.5) is null */
  median: { estimate: number | null; lower: number | null; upper: number | null };
  at: SurvivalAtTime[];
  steps: SurvivalStep[];
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

function steps(curve: KaplanMeierCurve): SurvivalStep[] {
  return Array.from(curve.time, (time, i) => ({
    time, nRisk: curve.nRisk[i]!, nEvent: curve.nEvent[i]!, nCensor: curve.nCensor[i]!, survival: curve.survival[i]!, lower: finite(curve.lower[i]!), upper: finite(curve.upper[i]!),
  }));
}

/** Mean ± 95 % t interval of one group at one visit. */
export interface VisitMean { month: number; n: number; mean: number | null; lower: number | null; upper: number | null }

export interface RepeatedMeasures {
  instrument: 'vas' | 'sins' | 'kps';
  months: number[];
  means: { group: string; visits: VisitMean[] }[];
  model: {
    observations: number; patients: number;
    /** Type III (marginal, sum-to-zero contrasts) Wald F tests of time, group and time × group */
    tests: { term: 'time' | 'group' | 'time:group'; numeratorDf: number; denominatorDf: number; f: number; p: number }[];
    interceptVariance: number; residualVariance: number; boundary: boolean;
  } | { error: string };
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
  survival: {
    unit: 'months'; confidence: string; overall: SurvivalSummary; byGroup: SurvivalSummary[];
    logRank: { chisq: number; df: number; p: number; observed: number[]; expected: number[] } | null;
    /** log-rank test of every pair of groups, p adjusted over the pairs (three or more groups) */
    pairwise: { method: AdjustMethod; comparisons: { first: string; second: string; chisq: number; p: number | null; pAdjusted: number | null }[] } | null;
  };
  repeated: RepeatedMeasures[];
  cox: {
    terms: { term: string; covariate: string; level: string; reference: string; coefficient: number; hazardRatio: number; lower: number; upper: number; p: number }[];
    n: number; events: number; dropped: number;
    likelihoodRatio: { statistic: number; df: number; p: number }; wald: { statistic: number; df: number; p: number }; score: { statistic: number; df: number; p: number };
    converged: boolean;
    /** Harrell's C of the linear predictor and its standard error, as summary(coxph) */
    concordance: { estimate: number; se: number };
    /** proportional hazards (cox.zph, KM time transform): one test per covariate and the global test */
    zph: { transform: 'km'; terms: { covariate: string; chisq: number; df: number; p: number }[]; global: { chisq: number; df: number; p: number } } | null;
  } | { error: string };
  /** the "Statistical methods" paragraph describing exactly the tests above */
  methods: Localized;
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
    const median = survivalQuantile(curve);
    return {
      group, n: curve.n, events: curve.events, median: { estimate: finite(median.estimate), lower: finite(median.lower), upper: finite(median.upper) },
      at: survivalAt(curve, times), steps: steps(curve),
    };
  };
  const present = groups.filter((_, k) => code.includes(k));
  const logRank = present.length >= 2 && surv.length > 0 ? logRankTest(time, event, code, groups.length) : null;
  const adjust = request.pairwiseAdjust ?? 'holm';
  const pairwise = present.length >= 3 ? pairwiseSurvival(time, event, code, groups, present, adjust) : null;
  const coxResult = cox(surv, time, event, request.cox?.covariates ?? COX_DEFAULT, { ...COX_REFERENCE_DEFAULT, ...request.cox?.reference });
  const repeated = (['vas', 'sins', 'kps'] as const).map((instrument) => repeatedMeasures(rows, groupOf, groups, instrument, monthsWith(instrument)));

  const analysis: Omit<CohortAnalysis, 'methods'> = {
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
      pairwise,
    },
    repeated,
    cox: coxResult,
  };
  return { ...analysis, methods: statisticalMethods(analysis) };
}

function pairwiseSurvival(time: Float64Array, event: Uint8Array, code: Int32Array, groups: readonly string[], present: readonly string[], method: AdjustMethod): NonNullable<CohortAnalysis['survival']['pairwise']> {
  // recode to the groups with survival data, so an empty group adds no pair to the adjustment
  const recoded = Int32Array.from(code, (c) => present.indexOf(groups[c]!));
  const comparisons = pairwiseLogRank(time, event, recoded, present.length, method).map((r) => ({
    first: present[r.first]!, second: present[r.second]!, chisq: r.chisq, p: finite(r.p), pAdjusted: finite(r.pAdjusted),
  }));
  return { method, comparisons };
}

/**
 * Repeated measures of one instrument: per group and visit the mean with its 95 % t interval, and
 * the random-intercept model y ~ time * group + (1 | patient) (REML, time as a factor, sum-to-zero
 * contrasts) with its Type III F tests, as anova(lme(…), type = "marginal").
 */
function repeatedMeasures(rows: readonly CohortRow[], groupOf: (r: CohortRow) => string | null, groups: readonly string[], instrument: 'vas' | 'sins' | 'kps', months: number[]): RepeatedMeasures {
  const means = groups.map((group) => ({
    group,
    visits: months.map((month): VisitMean => {
      const values = rows.filter((r) => groupOf(r) === group).map((r) => r.measures[`${instrument}_${month}`]).filter((v): v is number => v !== null && v !== undefined);
      const s = summarize(values);
      const half = s.n >= 2 ? tUpperQuantile(0.025, s.n - 1) * (s.sd / Math.sqrt(s.n)) : NaN;
      return { month, n: s.n, mean: s.n ? s.mean : null, lower: finite(s.mean - half), upper: finite(s.mean + half) };
    }),
  }));
  const y: number[] = [];
  const timeCode: number[] = [];
  const groupCode: number[] = [];
  const unitCode: number[] = [];
  const patients = new Map<string, number>();
  for (const r of rows) {
    months.forEach((month, k) => {
      const v = r.measures[`${instrument}_${month}`];
      if (v === null || v === undefined) return;
      if (!patients.has(r.patientCode)) patients.set(r.patientCode, patients.size);
      y.push(v);
      timeCode.push(k);
      groupCode.push(groups.indexOf(groupOf(r)!));
      unitCode.push(patients.get(r.patientCode)!);
    });
  }
  const usedTimes = months.filter((_, k) => timeCode.includes(k));
  const usedGroups = groups.filter((_, g) => groupCode.includes(g));
  let model: RepeatedMeasures['model'];
  if (usedTimes.length < 2 || usedGroups.length < 2) {
    model = { error: 'the model needs two visits and two groups with measurements' };
  } else {
    const recode = (codes: number[], all: readonly (string | number)[], used: readonly (string | number)[]) => Int32Array.from(codes, (c) => used.indexOf(all[c]!));
    const design = factorialDesign(
      { name: 'time', codes: recode(timeCode, months, usedTimes), levels: usedTimes.map(String), reference: 0 },
      { name: 'group', codes: recode(groupCode, groups, usedGroups), levels: usedGroups, reference: 0 },
      true,
      'sum',
    );
    try {
      const fit = randomInterceptModel({ y: Float64Array.from(y), x: design.x, p: design.p, unit: Int32Array.from(unitCode), units: patients.size, method: 'REML', terms: design.terms });
      model = {
        observations: fit.n, patients: fit.units,
        tests: fit.tests.filter((t) => t.name !== '(Intercept)').map((t) => ({ term: t.name as 'time' | 'group' | 'time:group', numeratorDf: t.numeratorDf, denominatorDf: t.denominatorDf, f: t.f, p: t.p })),
        interceptVariance: fit.interceptVariance, residualVariance: fit.residualVariance, boundary: fit.boundary,
      };
    } catch (error) {
      if (error instanceof SingularMatrixError || error instanceof InsufficientDataError) model = { error: error.message };
      else throw error;
    }
  }
  return { instrument, months, means, model };
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
    const input = { time: subset(time, design.kept), event: subset(event, design.kept), covariates: design.matrix, p: design.p, ties: 'efron' as const };
    const fit = coxRegression(input);
    const tested = covariates.filter((name) => design.sources.includes(name));
    let zph: Extract<CohortAnalysis['cox'], { terms: unknown }>['zph'] = null;
    if (fit.events > 0) {
      const result = coxZph(input, fit, tested.map((name) => design.sources.flatMap((source, j) => (source === name ? [j] : []))), 'km');
      zph = {
        transform: 'km',
        terms: result.terms.map((t, k) => ({ covariate: tested[k]!, chisq: t.chisq, df: t.df, p: t.p })),
        global: { chisq: result.global.chisq, df: result.global.df, p: result.global.p },
      };
    }
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
      concordance: { estimate: fit.concordance, se: fit.concordanceStandardError }, zph,
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
