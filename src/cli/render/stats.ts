import type { AnovaResult, PairwiseComparison, TukeyResult } from '../../stats/anova.js';
import type { RestrictedMeanDifference } from '../../stats/survival/rmst.js';
import type { ChiSquarePartition, ChiSquareResult, FisherResult } from '../../stats/contingency.js';
import type { CoxResult } from '../../stats/survival/cox.js';
import type { KaplanMeierCurve, SurvivalAtTime, SurvivalQuantile, SymmetricQuantile } from '../../stats/survival/kaplan-meier.js';
import type { LogRankResult } from '../../stats/survival/logrank.js';
import type { ZphResult } from '../../stats/survival/zph.js';
import type { TTestResult } from '../../stats/ttest.js';
import type { MixedModelFit } from '../../stats/mixed.js';

/** x to `digits` significant digits, without trailing zeros, as R's print does; NA for NaN. */
export function signif(x: number, digits = 3): string {
  if (Number.isNaN(x)) return 'NA';
  if (!Number.isFinite(x)) return x > 0 ? 'Inf' : '-Inf';
  if (x === 0) return '0';
  const magnitude = Math.abs(x);
  if (magnitude < 1e-4 || magnitude >= 1e15) {
    const [mantissa, exponent] = x.toExponential(digits - 1).split('e') as [string, string];
    const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
    const power = Number(exponent);
    return `${trimmed}e${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  }
  return Number(x.toPrecision(digits)).toString();
}

/** A p-value as R's format.pval prints it. */
export function formatP(p: number, digits = 3): string {
  if (Number.isNaN(p)) return 'NA';
  if (p < 2.2e-16) return '<2e-16';
  return signif(p, digits);
}

/** Right-aligned columns separated by a space, first column left-aligned, like R's print of a matrix. */
export function matrix(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[i]!))).join(' ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** A column of numbers with a shared number of decimals, like R formats a numeric column. */
function column(values: readonly number[], digits: number): string[] {
  const finite = values.filter((v) => Number.isFinite(v) && v !== 0);
  if (finite.length === 0) return values.map((v) => signif(v, digits));
  const decimals = Math.min(15, Math.max(0, ...finite.map((v) => digits - 1 - Math.floor(Math.log10(Math.abs(v))))));
  return values.map((v) => (Number.isFinite(v) ? v.toFixed(decimals) : signif(v)));
}

export interface KmGroup {
  name: string;
  curve: KaplanMeierCurve;
  median: SurvivalQuantile;
  /** the median with SPSS's symmetric CI (--median-ci spss) */
  symmetricMedian?: SymmetricQuantile;
  atTimes?: SurvivalAtTime[];
}

export function renderKaplanMeier(groups: readonly KmGroup[], dropped: number): string {
  const first = groups[0]?.curve;
  const level = first ? `${first.confidenceLevel}` : '0.95';
  const percent = Math.round(Number(level) * 100);
  const lines = [`Kaplan–Meier estimate (conf.type = "${first?.confidenceType ?? 'log'}")`];
  if (dropped > 0) lines.push(`${dropped} observation${dropped === 1 ? '' : 's'} deleted due to missingness`);
  lines.push(
    matrix(
      ['', 'n', 'events', 'median', `${level}LCL`, `${level}UCL`],
      groups.map((g) => [g.name, String(g.curve.n), String(g.curve.events), signif(g.median.estimate, 4), signif(g.median.lower, 4), signif(g.median.upper, 4)]),
    ),
  );
  if (groups.some((g) => g.symmetricMedian)) {
    lines.push('', `median ± z·SE (SPSS; SE = Greenwood SE of S at the median / uniform-kernel density, ε = 0.05):`);
    lines.push(
      matrix(
        ['', 'median', 'std.err', `${level}LCL`, `${level}UCL`],
        groups.map((g) => [g.name, signif(g.symmetricMedian!.estimate, 4), signif(g.symmetricMedian!.standardError, 4), signif(g.symmetricMedian!.lower, 4), signif(g.symmetricMedian!.upper, 4)]),
      ),
    );
  }
  for (const group of groups) {
    if (!group.atTimes) continue;
    lines.push('', `${group.name}:`);
    lines.push(
      matrix(
        ['time', 'n.risk', 'n.event', 'survival', 'std.err', `lower ${percent}% CI`, `upper ${percent}% CI`],
        group.atTimes.map((row) => [signif(row.time, 6), String(row.nRisk), String(row.nEvent), signif(row.survival, 3), signif(row.standardError, 3), signif(row.lower, 3), signif(row.upper, 3)]),
      ),
    );
  }
  return lines.join('\n');
}

export function renderLogRank(names: readonly string[], result: LogRankResult): string {
  const rows = names.map((name, j) => {
    const o = result.observed[j]!;
    const e = result.expected[j]!;
    const v = result.variance[j * names.length + j]!;
    return [name, String(result.n[j]), String(o), signif(e, 3), signif((o - e) ** 2 / e, 3), signif((o - e) ** 2 / v, 3)];
  });
  return [
    'Log-rank test',
    matrix(['', 'N', 'Observed', 'Expected', '(O-E)^2/E', '(O-E)^2/V'], rows),
    '',
    ` Chisq= ${signif(result.chisq, 3)}  on ${result.df} degrees of freedom, p= ${formatP(result.p, 2)}`,
  ].join('\n');
}

export interface CoxReport {
  names: string[];
  fit: CoxResult;
  ties: string;
  confidenceLevel?: number;
  /** categorical covariates and their reference levels */
  references: { covariate: string; reference: string }[];
  strata?: string;
  /** robust standard errors (z, p and the CI in `fit` already use them) */
  robust?: { se: Float64Array; by: string };
  dropped: number;
}

function stars(p: number): string {
  return p < 0.001 ? '***' : p < 0.01 ? '**' : p < 0.05 ? '*' : p < 0.1 ? '.' : '';
}

export function renderCox(report: CoxReport): string {
  const { fit, names } = report;
  // R prints the level as format(conf.int) without the leading 0: .95
  const level = String(report.confidenceLevel ?? 0.95).replace(/^0\./, '.');
  const pick = (values: Float64Array): number[] => [...values];
  const coef = column(pick(fit.coefficients), 4);
  const hr = column(pick(fit.hazardRatios), 4);
  const se = column(pick(fit.standardErrors), 4);
  const z = pick(fit.z).map((v) => v.toFixed(3));
  const p = pick(fit.pValues).map((v) => formatP(v, 3));
  const robust = report.robust ? column([...report.robust.se], 4) : undefined;
  const lines = [
    `Cox proportional hazards (ties = ${report.ties}${report.strata ? `, strata = ${report.strata}` : ''}${report.robust ? `, robust SE by ${report.robust.by}` : ''})`,
    `  n= ${fit.n}, number of events= ${fit.events}${report.dropped ? `\n   (${report.dropped} observation${report.dropped === 1 ? '' : 's'} deleted due to missingness)` : ''}`,
  ];
  for (const r of report.references) lines.push(`  ${r.covariate}: reference level "${r.reference}"`);
  lines.push(
    '',
    robust
      ? matrix(['', 'coef', 'exp(coef)', 'se(coef)', 'robust se', 'z', 'Pr(>|z|)', ''], names.map((name, j) => [name, coef[j]!, hr[j]!, se[j]!, robust[j]!, z[j]!, p[j]!, stars(fit.pValues[j]!)]))
      : matrix(['', 'coef', 'exp(coef)', 'se(coef)', 'z', 'Pr(>|z|)', ''], names.map((name, j) => [name, coef[j]!, hr[j]!, se[j]!, z[j]!, p[j]!, stars(fit.pValues[j]!)])),
    '---',
    "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1",
    '',
    matrix(
      ['', 'exp(coef)', 'exp(-coef)', `lower ${level}`, `upper ${level}`],
      names.map((name, j) => [name, signif(fit.hazardRatios[j]!, 4), signif(1 / fit.hazardRatios[j]!, 4), signif(fit.lower[j]!, 4), signif(fit.upper[j]!, 4)]),
    ),
    '',
    `Concordance= ${fit.concordance.toFixed(3)}  (se = ${fit.concordanceStandardError.toFixed(3)} )`,
    `Likelihood ratio test= ${fit.likelihoodRatio.statistic.toFixed(2)}  on ${fit.likelihoodRatio.df} df,   p=${formatP(fit.likelihoodRatio.p, 1)}`,
    `Wald test            = ${fit.wald.statistic.toFixed(2)}  on ${fit.wald.df} df,   p=${formatP(fit.wald.p, 1)}${report.robust ? ' (robust)' : ''}`,
    `Score (logrank) test = ${fit.score.statistic.toFixed(2)}  on ${fit.score.df} df,   p=${formatP(fit.score.p, 1)}`,
    `Log-likelihood: ${fit.logLikelihood[0].toFixed(4)} (β = 0), ${fit.logLikelihood[1].toFixed(4)} (model); ${fit.iterations} iterations`,
  );
  if (!fit.converged) lines.push('Warning: Newton–Raphson did not converge');
  for (const j of fit.possiblyInfinite) lines.push(`Warning: the log-likelihood converged before ${names[j]}; its coefficient may be infinite`);
  return lines.join('\n');
}

export function renderChiSquare(table: readonly (readonly number[])[], result: ChiSquareResult, corrected: boolean, partition?: ChiSquarePartition): string {
  const cols = table[0]?.length ?? 0;
  const expected = table.map((row, i) => row.map((_, j) => result.expected[i * cols + j]!));
  const lines = [
    corrected ? "Pearson's Chi-squared test with Yates' continuity correction" : "Pearson's Chi-squared test",
    '',
    `X-squared = ${signif(result.statistic, 5)}, df = ${result.df}, p-value = ${formatP(result.p, 4)}`,
    '',
    'expected counts:',
    matrix(['', ...Array.from({ length: cols }, (_, j) => `[,${j + 1}]`)], expected.map((row, i) => [`[${i + 1},]`, ...column(row, 4)])),
  ];
  const small = [...result.expected].filter((e) => e < 5).length;
  if (small > 0) lines.push(`${small} of ${result.expected.length} expected counts are below 5: the chi-square approximation may be poor`);
  if (partition) {
    lines.push('', `Partition into row pairs (α = 0.05 / ${partition.comparisons.length} = ${partition.alpha.toFixed(4)}):`);
    lines.push(
      matrix(
        ['rows', 'X-squared', 'df', 'p-value', ''],
        partition.comparisons.map((c) => [`${c.first + 1} vs ${c.second + 1}`, signif(c.result.statistic, 5), String(c.result.df), formatP(c.result.p, 4), c.significant ? `< ${partition.alpha.toFixed(4)}` : '']),
      ),
    );
  }
  return lines.join('\n');
}

export function renderFisher(result: FisherResult): string {
  return [
    "Fisher's Exact Test for Count Data",
    '',
    `p-value = ${formatP(result.p, 4)} (two-sided)`,
    `one-sided: less ${formatP(result.pLess, 4)}, greater ${formatP(result.pGreater, 4)}`,
  ].join('\n');
}

export function renderAnova(title: string, result: AnovaResult, pairwise?: { names: string[]; comparisons: PairwiseComparison[] }): string {
  const lines = [
    title,
    '',
    matrix(
      ['', 'Df', 'Sum Sq', 'Mean Sq', 'F value', 'Pr(>F)'],
      [
        ['groups', String(result.df1), signif(result.sumSquaresBetween, 5), signif(result.sumSquaresBetween / result.df1, 5), signif(result.f, 5), formatP(result.p, 4)],
        ['Residuals', String(result.df2), signif(result.sumSquaresWithin, 5), signif(result.meanSquareWithin, 5), '', ''],
      ],
    ),
  ];
  if (pairwise) {
    lines.push('', `Bonferroni pairwise comparisons (pooled SD, ${pairwise.comparisons.length} pairs):`);
    lines.push(
      matrix(
        ['', 'difference', 'std.err', 't', 'p', 'p (Bonferroni)'],
        pairwise.comparisons.map((c) => [
          `${pairwise.names[c.first]} - ${pairwise.names[c.second]}`,
          signif(c.difference, 4),
          signif(c.standardError, 4),
          signif(c.t, 4),
          formatP(c.p, 4),
          formatP(c.pAdjusted, 4),
        ]),
      ),
    );
  }
  return lines.join('\n');
}

const ALTERNATIVE_WORDS = { 'two.sided': 'not equal to', less: 'less than', greater: 'greater than' } as const;

export function renderTTest(title: string, result: TTestResult, confidence: number, dropped = 0): string {
  return [
    title,
    ...(dropped ? [`(${dropped} observation${dropped === 1 ? '' : 's'} deleted due to missingness)`] : []),
    '',
    `t = ${signif(result.t, 5)}, df = ${signif(result.df, 5)}, p-value = ${formatP(result.p, 4)}`,
    `alternative hypothesis: true difference is ${ALTERNATIVE_WORDS[result.alternative]} 0`,
    `${Math.round(confidence * 1000) / 10} percent confidence interval:`,
    ` ${signif(result.lower, 7)} ${signif(result.upper, 7)}`,
    `difference in means: ${signif(result.difference, 7)}`,
  ].join('\n');
}

export function renderZph(terms: readonly string[], result: ZphResult): string {
  const row = (name: string, t: { chisq: number; df: number; p: number }): string[] => [name, signif(t.chisq, 4), String(t.df), formatP(t.p, 2)];
  return [
    `Test of proportional hazards (cox.zph, transform = "${result.transform}")`,
    matrix(['', 'chisq', 'df', 'p'], [...result.terms.map((t, k) => row(terms[k]!, t)), row('GLOBAL', result.global)]),
  ].join('\n');
}

/** A test statistic line as R's print.htest shows it. */
export function renderHtest(title: string, statistic: { name: string; value: number }, df: number[] | undefined, p: number, notes: string[] = []): string {
  const dfText = df ? (df.length === 1 ? `, df = ${signif(df[0]!, 5)}` : `, num df = ${signif(df[0]!, 5)}, denom df = ${signif(df[1]!, 5)}`) : '';
  return [title, ...notes, '', `${statistic.name} = ${signif(statistic.value, 5)}${dfText}, p-value = ${formatP(p, 4)}`].join('\n');
}

export function renderTukey(names: readonly string[], result: TukeyResult, confidence: number): string {
  return [
    `Tukey multiple comparisons of means (${Math.round(confidence * 1000) / 10}% family-wise confidence level)`,
    '',
    matrix(
      ['', 'diff', 'lwr', 'upr', 'p adj'],
      result.comparisons.map((c) => [`${names[c.second]}-${names[c.first]}`, signif(c.difference, 7), signif(c.lower, 7), signif(c.upper, 7), signif(c.p, 7)]),
    ),
  ].join('\n');
}

export function renderPAdjust(method: string, p: readonly number[], adjusted: Float64Array): string {
  return [`p-values adjusted by ${method} (as R p.adjust)`, '', matrix(['', 'p', 'adjusted'], p.map((v, i) => [`[${i + 1}]`, signif(v, 6), signif(adjusted[i]!, 6)]))].join('\n');
}

export function renderRmst(tau: number, rows: { name: string; n: number; events: number; estimate: number; standardError: number }[], difference: RestrictedMeanDifference | undefined, names: string[], confidence: number): string {
  const lines = [
    `Restricted mean survival time up to ${signif(tau, 6)} (as print(survfit, rmean = ${signif(tau, 6)}))`,
    '',
    matrix(['', 'n', 'events', 'rmean', 'se(rmean)'], rows.map((r) => [r.name, String(r.n), String(r.events), signif(r.estimate, 6), signif(r.standardError, 6)])),
  ];
  if (difference) {
    lines.push(
      '',
      `Difference ${names[1]} - ${names[0]}: ${signif(difference.difference, 6)} (SE ${signif(difference.standardError, 4)}), ${Math.round(confidence * 1000) / 10}% CI ${signif(difference.lower, 6)} to ${signif(difference.upper, 6)}`,
      `z = ${signif(difference.z, 4)}, p-value = ${formatP(difference.p, 4)}`,
    );
  }
  return lines.join('\n');
}

export interface CifRow {
  group: string;
  cause: string;
  n: number;
  events: number;
  atTimes: { time: number; estimate: number; variance: number }[];
}

export function renderCif(rows: readonly CifRow[], times: readonly number[], tests: readonly { cause: string; statistic: number; df: number; p: number }[] | undefined, strata: string | undefined, dropped: number): string {
  const lines = ['Cumulative incidence of competing risks (as cmprsk::cuminc)'];
  if (dropped) lines.push(`(${dropped} observation${dropped === 1 ? '' : 's'} deleted due to missingness)`);
  if (tests) {
    lines.push('', `Gray's test${strata ? ` (stratified by ${strata})` : ''}:`);
    lines.push(matrix(['cause', 'stat', 'df', 'pv'], tests.map((t) => [t.cause, signif(t.statistic, 6), String(t.df), formatP(t.p, 4)])));
  }
  lines.push('', matrix(['', 'n', 'events'], rows.map((r) => [`${r.group} cause ${r.cause}`, String(r.n), String(r.events)])));
  if (times.length) {
    const header = ['', ...times.map((t) => signif(t, 6))];
    lines.push('', 'Estimates:', matrix(header, rows.map((r) => [`${r.group} cause ${r.cause}`, ...r.atTimes.map((a) => signif(a.estimate, 5))])));
    lines.push('', 'Variances:', matrix(header, rows.map((r) => [`${r.group} cause ${r.cause}`, ...r.atTimes.map((a) => signif(a.variance, 5))])));
  }
  return lines.join('\n');
}

export function renderLmm(report: { method: string; coding: string; subject: string; fit: MixedModelFit; fixed: { name: string; estimate: number; se: number; df: number; t: number; p: number }[]; references: { factor: string; reference: string }[]; levels: { factor: string; levels: readonly string[] }[]; dropped: number }): string {
  const { fit } = report;
  const lines = [
    `Linear mixed-effects model fit by ${report.method} (random intercept per ${report.subject}, as nlme::lme)`,
    `  n= ${fit.n} observations, ${fit.units} ${report.subject}s${report.dropped ? `; ${report.dropped} row${report.dropped === 1 ? '' : 's'} with a missing value dropped` : ''}`,
    ...report.references.map((r) => `  ${r.factor}: reference level "${r.reference}"`),
    ...(report.coding === 'sum' ? report.levels.map((f) => `  ${f.factor}: sum contrasts, columns 1…${f.levels.length - 1} = ${f.levels.slice(0, -1).join(', ')} (${f.levels.at(-1)} = minus their sum)`) : []),
    '',
    `       AIC      BIC    logLik`,
    `  ${signif(fit.aic, 7)} ${signif(fit.bic, 7)} ${signif(fit.logLikelihood, 7)}`,
    '',
    'Random effects:',
    matrix(['', 'Variance', 'StdDev'], [
      ['(Intercept)', signif(fit.interceptVariance, 7), signif(Math.sqrt(fit.interceptVariance), 7)],
      ['Residual', signif(fit.residualVariance, 7), signif(Math.sqrt(fit.residualVariance), 7)],
    ]),
    '',
    'Fixed effects:',
    matrix(['', 'Value', 'Std.Error', 'DF', 't-value', 'p-value'], report.fixed.map((f) => [f.name, signif(f.estimate, 7), signif(f.se, 7), String(f.df), signif(f.t, 7), formatP(f.p, 4)])),
    '',
    `Marginal F tests${report.coding === 'sum' ? ' (Type III)' : ''}, as anova(fit, type = "marginal"):`,
    matrix(['', 'numDF', 'denDF', 'F-value', 'p-value'], fit.tests.map((t) => [t.name, String(t.numeratorDf), String(t.denominatorDf), signif(t.f, 7), formatP(t.p, 4)])),
  ];
  if (fit.tests.length > 3 && report.coding === 'treatment') lines.push('(treatment coding: with the interaction in the model a main-effect test is that effect at the reference level of the other factor, as R reports it; --contrasts sum gives the Type III tests of SPSS/SAS)');
  if (fit.boundary) lines.push('Note: the random-intercept variance is estimated at 0 (its boundary)');
  return lines.join('\n');
}

export function renderCoxAnova(terms: readonly string[], nullLogLikelihood: number, tests: readonly { logLikelihood: number; chisq: number; df: number; p: number }[], robust: boolean): string {
  return [
    'Analysis of deviance: likelihood-ratio tests, terms added sequentially (first to last), as anova(coxph)',
    matrix(['', 'loglik', 'Chisq', 'Df', 'Pr(>|Chi|)'], [['NULL', nullLogLikelihood.toFixed(2), '', '', ''], ...tests.map((t, k) => [terms[k]!, t.logLikelihood.toFixed(2), t.chisq.toFixed(4), String(t.df), formatP(t.p, 4)])]),
    ...(robust ? ['(these tests assume independent observations within a cluster; R refuses anova() with robust variances)'] : []),
  ].join('\n');
}
