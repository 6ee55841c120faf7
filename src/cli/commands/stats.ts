import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ProblemError, badRequest, validationProblem, type FieldError } from '../../boundary/problem.js';
import { bonferroniPairwise, gamesHowell, leveneTest, oneWayAnova, oneWayAnovaFromSummary, summarize, tukeyHsd, welchAnova, type GroupSummary } from '../../stats/anova.js';
import { chiSquarePartition, chiSquareTest, fisherExact, fisherExactRxC, fisherMonteCarlo, tableFromRows } from '../../stats/contingency.js';
import { designMatrix, encodeLevels, rowsByCode, subset, type CovariateColumn } from '../../stats/design.js';
import { InsufficientDataError, TooLargeError } from '../../stats/errors.js';
import { ADJUST_METHODS, pAdjust, type AdjustMethod } from '../../stats/multiple.js';
import { cochranQ, friedmanTest, kruskalWallis, wilcoxonRankSum, wilcoxonSignedRank } from '../../stats/nonparametric.js';
import { shapiroWilk } from '../../stats/normality.js';
import { factorialDesign, randomInterceptModel, type Coding, type MixedMethod } from '../../stats/mixed.js';
import { restrictedMean, restrictedMeanDifference } from '../../stats/survival/rmst.js';
import { cumulativeIncidence, cumulativeIncidenceAt, grayTest } from '../../stats/survival/competing-risks.js';
import { SingularMatrixError } from '../../stats/linalg.js';
import { coxConcordance, coxRegression, coxRobustVariance, coxSequentialTests, type Ties } from '../../stats/survival/cox.js';
import { chiSquareSf, normalSf, normalUpperQuantile } from '../../stats/distributions.js';
import { quadraticFormInverse } from '../../stats/linalg.js';
import { kaplanMeier, survivalAt, survivalQuantile, symmetricSurvivalQuantile, type ConfidenceType } from '../../stats/survival/kaplan-meier.js';
import { logRankTest, pairwiseLogRank } from '../../stats/survival/logrank.js';
import { coxZph, type TimeTransform } from '../../stats/survival/zph.js';
import { pairedTTest, studentTTest, welchTTest, type Alternative } from '../../stats/ttest.js';
import { usageError, write, type CliIO } from '../io.js';
import { renderKaplanMeierSvg } from '../render/km-svg.js';
import {
  formatP, matrix, renderAnova, renderChiSquare, renderCox, renderFisher, renderHtest, renderKaplanMeier, renderLogRank, renderPAdjust,
  renderCif, renderCoxAnova, renderLmm, renderRmst, renderTTest, renderTukey, renderZph, signif, type KmGroup,
} from '../render/stats.js';
import { CsvSyntaxError, EMPTY_CSV, parseCsvTable, widthIssue, type CsvTable } from '../../boundary/csv.js';

const ANALYSES = [
  'km', 'logrank', 'cox', 'rmst', 'cif', 'chisq', 'fisher', 'anova', 'welch-anova', 'tukey', 'levene', 'ttest',
  'kruskal', 'wilcoxon', 'friedman', 'cochran', 'shapiro', 'padjust', 'lmm', 'games-howell',
] as const;
type Analysis = (typeof ANALYSES)[number];

const USAGE = `usage:
  bonemet stats km      --csv FILE --time COL --event COL [--group COL] [--conf-type log|log-log|plain]
                        [--conf-level 0.95] [--times 30,90,365] [--plot km.svg]
                        [--median-ci survfit|spss]   (spss adds the median ± 1.96·SE that SPSS prints at 95 %,
                        SE from the Greenwood SE over a uniform-kernel density; default: survfit's
                        CI only, read off the confidence band)
  bonemet stats logrank --csv FILE --time COL --event COL --group COL [--strata COL]
                        [--pairwise [--adjust holm|BH|bonferroni]]   (every pair of groups, p
                        adjusted over the pairs, default holm; survminer's default is BH)
  bonemet stats cox     --csv FILE --time COL --event COL --covariates a,b [--ref col=level ...]
                        [--strata COL] [--ties efron|breslow] [--conf-level 0.95]
                        [--zph [--transform km|identity|rank|log]]
                        [--cluster COL | --robust]   (robust sandwich SE, as coxph(cluster = COL) /
                        coxph(robust = TRUE); z, p, CI and the Wald test then use it)
                        [--anova]   (likelihood-ratio tests of the covariates added in order, a
                        factor's levels together, as anova(coxph))
  bonemet stats rmst    --csv FILE --time COL --event COL --tau T [--group COL] [--conf-level 0.95]
                        (restricted mean survival time to T; with 2 groups their difference)
  bonemet stats cif     --csv FILE --time COL --event COL [--censored 0] [--group COL] [--strata COL]
                        [--times 12,60,120]
                        (competing risks: --event holds the cause of each event, --censored the
                        code of a censored time; cumulative incidence of every cause per group with
                        its variance, and Gray's test per cause, stratified by --strata, as cmprsk)
  bonemet stats chisq   --table '[[3,35],[11,27],[7,23]]' [--correct] [--partition]
  bonemet stats fisher  --table '[[10,28],[7,31]]'   (any r × c table; one-sided p for 2 × 2)
                        [--simulate [--replicates 2000] [--seed 1]]   (Monte Carlo p-value, as
                        fisher.test(simulate.p.value = TRUE); the exact network algorithm refuses
                        tables beyond its work limit and names this option)
  bonemet stats anova   --summary '[{"n":38,"mean":7.03,"sd":1.15},...]' | --csv FILE --value COL --group COL
                        [--bonferroni]
  bonemet stats welch-anova --csv FILE --value COL --group COL   (not assuming equal variances)
  bonemet stats tukey   --csv FILE --value COL --group COL [--conf-level 0.95]
  bonemet stats games-howell --csv FILE --value COL --group COL [--conf-level 0.95]
                        (pairwise comparisons not assuming equal variances; every group needs 2
                        values and some spread)
  bonemet stats kruskal --csv FILE --value COL --group COL
  bonemet stats wilcoxon --csv FILE --value COL --group COL        (rank-sum / Mann–Whitney)
  bonemet stats wilcoxon --csv FILE --x COL --y COL --paired       (signed-rank)
                        [--alternative two.sided|less|greater] [--exact | --normal] [--no-correct]
                        (default as R: exact below 50 values without ties, else the normal
                        approximation with continuity correction)
  bonemet stats friedman --csv FILE --value COL --group COL --block COL   (one row per block and group)
  bonemet stats cochran  --csv FILE --value COL --group COL --block COL   (values 0 or 1)
  bonemet stats lmm     --csv FILE --value COL --time COL --subject COL [--group COL] [--no-interaction]
                        [--method REML|ML] [--contrasts treatment|sum] [--ref time=LEVEL] [--ref group=LEVEL]
                        (repeated measures, one row per subject and visit: a random intercept per
                        subject, time as a factor, group and time × group; as nlme::lme, with the
                        marginal F test of each term; visits may be missing. --contrasts sum gives
                        the Type III tests of SPSS/SAS when the interaction is in the model)
  bonemet stats shapiro --csv FILE --value COL [--group COL]
  bonemet stats padjust --p 0.01,0.04,0.03 [--method holm|BH|bonferroni]   (default holm)
  bonemet stats levene  --csv FILE --value COL --group COL [--center mean|median]
                        (default --center mean: Levene's original test, as SPSS; median is
                        Brown–Forsythe, R car::leveneTest's default)
  bonemet stats ttest   --csv FILE --value COL --group COL [--method welch|student]
                        [--alternative two.sided|less|greater] [--conf-level 0.95]
  bonemet stats ttest   --csv FILE --x COL --y COL --paired [--alternative ...] [--conf-level 0.95]
Every analysis takes --json for a machine-readable result. Rows with an empty or NA value, group
or covariate are dropped and counted; a group left without values is no group. Data a method
cannot use (a group too small, constant data, a covariate without variance, no events) is
refused with exit code 2 and a sentence saying why. In a CSV the first row names the
columns; events are 1 (event) or 0 (censored); rows are numbered as in a spreadsheet (header = 1).
Columns named by --ref, or holding text, are categorical; the reference level defaults to the
first in sorted order.`;

const OPTIONS = {
  csv: { type: 'string' },
  time: { type: 'string' },
  event: { type: 'string' },
  group: { type: 'string' },
  strata: { type: 'string' },
  covariates: { type: 'string' },
  ref: { type: 'string', multiple: true },
  ties: { type: 'string' },
  zph: { type: 'boolean' },
  transform: { type: 'string' },
  'conf-type': { type: 'string' },
  'conf-level': { type: 'string' },
  times: { type: 'string' },
  censored: { type: 'string' },
  plot: { type: 'string' },
  table: { type: 'string' },
  correct: { type: 'boolean' },
  partition: { type: 'boolean' },
  summary: { type: 'string' },
  value: { type: 'string' },
  bonferroni: { type: 'boolean' },
  center: { type: 'string' },
  method: { type: 'string' },
  paired: { type: 'boolean' },
  alternative: { type: 'string' },
  x: { type: 'string' },
  y: { type: 'string' },
  tau: { type: 'string' },
  block: { type: 'string' },
  exact: { type: 'boolean' },
  normal: { type: 'boolean' },
  'no-correct': { type: 'boolean' },
  p: { type: 'string' },
  pairwise: { type: 'boolean' },
  subject: { type: 'string' },
  'no-interaction': { type: 'boolean' },
  cluster: { type: 'string' },
  robust: { type: 'boolean' },
  anova: { type: 'boolean' },
  contrasts: { type: 'string' },
  adjust: { type: 'string' },
  simulate: { type: 'boolean' },
  replicates: { type: 'string' },
  seed: { type: 'string' },
  'median-ci': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

// ---------------------------------------------------------------------------------------------
// CSV input (src/boundary/csv.ts) and its columns

interface Csv {
  file: string;
  header: string[];
  /** data rows */
  length: number;
  /** spreadsheet row numbers of the data rows (the header is row 1) */
  rowNumbers: Int32Array;
  table: CsvTable;
}

function dataProblem(file: string, errors: FieldError[]): ProblemError {
  return new ProblemError(badRequest(`invalid data in ${file}`, errors.slice(0, 20)));
}

export function parseCsv(text: string, file: string): Csv {
  let table: CsvTable;
  try {
    table = parseCsvTable(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw dataProblem(file, [{ path: `row ${error.row}`, message: error.reason }]);
    throw error;
  }
  if (table.header.length === 0) throw dataProblem(file, [{ path: 'row 1', message: EMPTY_CSV }]);
  const names = table.header.map((name) => name.trim());
  const errors: FieldError[] = [];
  for (let r = 0; r < table.length && errors.length < 20; r++) {
    const issue = widthIssue(table.rowNumbers[r]!, table.widths[r]!, names.length);
    if (issue) errors.push(issue);
  }
  if (errors.length) throw dataProblem(file, errors);
  return { file, header: names, length: table.length, rowNumbers: table.rowNumbers, table };
}

async function readCsv(file: string | undefined): Promise<Csv> {
  if (!file) throw usageError(`--csv FILE is required\n${USAGE}`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw usageError(`cannot read --csv ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parseCsv(text, file);
}

function columnIndex(csv: Csv, name: string | undefined, option: string): number {
  if (!name) throw usageError(`--${option} COL is required\n${USAGE}`);
  const index = csv.header.indexOf(name);
  if (index < 0) throw usageError(`--${option}: no column "${name}" in ${csv.file}; columns: ${csv.header.join(', ')}`);
  return index;
}

function textColumn(csv: Csv, name: string | undefined, option: string): string[] {
  const index = columnIndex(csv, name, option);
  return Array.from({ length: csv.length }, (_, r) => csv.table.field(r, index).trim());
}

/** Numbers of a column; an empty cell is NaN when `allowMissing`, else an error naming row and column. */
function numericColumn(csv: Csv, name: string | undefined, option: string, allowMissing = false, check?: (v: number) => string | undefined): Float64Array {
  const index = columnIndex(csv, name, option);
  const errors: FieldError[] = [];
  const result = new Float64Array(csv.length);
  for (let r = 0; r < csv.length; r++) {
    // plain digits are read without a string; anything else as Number() reads its text
    let value = csv.table.digits(r, index);
    if (Number.isNaN(value)) {
      const text = csv.table.field(r, index).trim();
      const path = `row ${csv.rowNumbers[r]}, column ${name}`;
      if (text === '' || text === 'NA') {
        if (!allowMissing) errors.push({ path, message: 'is empty; a number is required' });
        result[r] = NaN;
        continue;
      }
      value = Number(text);
      if (!Number.isFinite(value)) {
        errors.push({ path, message: `"${text}" is not a number` });
        result[r] = NaN;
        continue;
      }
    }
    const problem = check?.(value);
    if (problem) errors.push({ path: `row ${csv.rowNumbers[r]}, column ${name}`, message: problem });
    result[r] = value;
  }
  if (errors.length) throw dataProblem(csv.file, errors);
  return result;
}

/** The column as numbers (empty or NA → NaN) when every cell is one, else undefined. */
function numbersIfAll(csv: Csv, name: string, option: string): Float64Array | undefined {
  const index = columnIndex(csv, name, option);
  const result = new Float64Array(csv.length);
  for (let r = 0; r < csv.length; r++) {
    let value = csv.table.digits(r, index);
    if (Number.isNaN(value)) {
      const text = csv.table.field(r, index).trim();
      value = text === '' || text === 'NA' ? NaN : Number(text);
      if (!Number.isFinite(value) && !(text === '' || text === 'NA')) return undefined;
    }
    result[r] = value;
  }
  return result;
}

function readSurvival(csv: Csv, values: Values): { time: Float64Array; event: Uint8Array } {
  const time = numericColumn(csv, values.time, 'time', false, (v) => (v < 0 ? `time ${v} is negative` : undefined));
  const event = numericColumn(csv, values.event, 'event', false, (v) => (v === 0 || v === 1 ? undefined : `event must be 0 (censored) or 1 (event), got ${v}`));
  return { time, event: Uint8Array.from(event) };
}

/** Levels of a grouping column; an empty cell or NA is missing. */
function readLevels(csv: Csv, name: string | undefined, option: string): { codes: Int32Array; levels: string[] } {
  const index = columnIndex(csv, name, option);
  // a column of plain whole numbers is coded without reading strings (the same levels and codes)
  const numbers = new Float64Array(csv.length);
  let plain = csv.length > 0;
  for (let r = 0; r < csv.length && plain; r++) plain = !Number.isNaN((numbers[r] = csv.table.digits(r, index)));
  if (plain) {
    const distinct = [...new Set(numbers)].sort((a, b) => a - b);
    const codeOf = new Map(distinct.map((value, code) => [value, code]));
    return { codes: Int32Array.from(numbers, (value) => codeOf.get(value)!), levels: distinct.map(String) };
  }
  return encodeLevels(textColumn(csv, name, option).map((v) => (v === 'NA' ? '' : v)));
}

// ---------------------------------------------------------------------------------------------
// analyses: each returns the JSON result and its readable rendering

interface Output {
  json: unknown;
  text: string;
}

function confidenceType(value: string | undefined): ConfidenceType {
  if (value === undefined) return 'log';
  if (value === 'log' || value === 'log-log' || value === 'plain') return value;
  throw usageError(`--conf-type "${value}" is not accepted; accepted: log, log-log, plain`);
}

function probabilityOption(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!(number > 0 && number < 1)) throw usageError(`--${option} must be a number between 0 and 1, got "${value}"`);
  return number;
}

function timesOption(value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  const times = value.split(',').map((t) => Number(t.trim()));
  if (times.some((t) => !Number.isFinite(t) || t < 0)) throw usageError(`--times must be comma-separated non-negative numbers, got "${value}"`);
  return times;
}

/** The rows whose code is not missing (≥ 0). */
function rowsWithLevel(codes: Int32Array): Int32Array {
  const rows: number[] = [];
  for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0) rows.push(i);
  return Int32Array.from(rows);
}

async function kmAnalysis(values: Values, io: CliIO): Promise<Output> {
  const csv = await readCsv(values.csv);
  const { time, event } = readSurvival(csv, values);
  const options = { confidenceType: confidenceType(values['conf-type']), confidenceLevel: probabilityOption(values['conf-level'], 'conf-level', 0.95) };
  const times = timesOption(values.times);
  const medianCi = values['median-ci'] ?? 'survfit';
  if (medianCi !== 'survfit' && medianCi !== 'spss') throw usageError(`--median-ci "${medianCi}" is not accepted; accepted: survfit, spss`);
  const grouping = values.group ? readLevels(csv, values.group, 'group') : { codes: new Int32Array(time.length), levels: ['all'] };
  const kept = rowsWithLevel(grouping.codes);
  const members = rowsByCode(grouping.codes, grouping.levels.length);
  const groups: KmGroup[] = grouping.levels.map((level, g) => {
    const curve = kaplanMeier(time, event, options, members[g]);
    return {
      name: values.group ? `${values.group}=${level}` : 'all',
      curve,
      median: survivalQuantile(curve),
      ...(medianCi === 'spss' ? { symmetricMedian: symmetricSurvivalQuantile(curve) } : {}),
      ...(times ? { atTimes: survivalAt(curve, times) } : {}),
    };
  });
  const logrank = values.group && grouping.levels.length > 1
    ? logRankTest(subset(time, kept), subset(event, kept), subset(grouping.codes, kept), grouping.levels.length)
    : undefined;
  if (values.plot) {
    try {
      await writeFile(values.plot, renderKaplanMeierSvg(groups, { title: values.group ? `Kaplan–Meier by ${values.group}` : 'Kaplan–Meier', logRankP: logrank?.p }));
    } catch (error) {
      throw usageError(`cannot write --plot ${values.plot}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    if (!values.json) write(io.stderr, `plot written to ${values.plot}`);
  }
  const dropped = time.length - kept.length;
  return {
    json: {
      groups: groups.map((g) => ({
        name: g.name,
        n: g.curve.n,
        events: g.curve.events,
        median: g.median.estimate,
        lower: g.median.lower,
        upper: g.median.upper,
        ...(g.symmetricMedian ? { spssMedian: { median: g.symmetricMedian.estimate, se: g.symmetricMedian.standardError, lower: g.symmetricMedian.lower, upper: g.symmetricMedian.upper } } : {}),
        ...(g.atTimes ? { survival: g.atTimes } : {}),
      })),
      logrank: logrank ? { chisq: logrank.chisq, df: logrank.df, p: logrank.p } : null,
      confType: options.confidenceType,
      confLevel: options.confidenceLevel,
      dropped,
    },
    text: [renderKaplanMeier(groups, dropped), ...(logrank ? ['', renderLogRank(groups.map((g) => g.name), logrank)] : [])].join('\n'),
  };
}

async function logRankAnalysis(values: Values): Promise<Output> {
  const csv = await readCsv(values.csv);
  const { time, event } = readSurvival(csv, values);
  const grouping = readLevels(csv, values.group, 'group');
  const strata = values.strata ? readLevels(csv, values.strata, 'strata') : undefined;
  const kept = Int32Array.from([...rowsWithLevel(grouping.codes)].filter((i) => !strata || strata.codes[i]! >= 0));
  if (grouping.levels.length < 2) throw usageError(`--group ${values.group} has ${grouping.levels.length} level; the log-rank test needs at least 2`);
  const result = logRankTest(subset(time, kept), subset(event, kept), subset(grouping.codes, kept), grouping.levels.length, strata ? subset(strata.codes, kept) : undefined);
  const names = grouping.levels.map((level) => `${values.group}=${level}`);
  const dropped = time.length - kept.length;
  if (values.adjust !== undefined && !values.pairwise) throw usageError('--adjust applies to --pairwise comparisons; add --pairwise');
  const method = adjustOption(values.adjust);
  const pairs = values.pairwise
    ? pairwiseLogRank(subset(time, kept), subset(event, kept), subset(grouping.codes, kept), grouping.levels.length, method, strata ? subset(strata.codes, kept) : undefined)
    : undefined;
  return {
    json: {
      groups: names.map((name, j) => ({ name, n: result.n[j], observed: result.observed[j], expected: result.expected[j] })),
      chisq: result.chisq,
      df: result.df,
      p: result.p,
      ...(values.strata ? { strata: values.strata } : {}),
      ...(pairs ? { pairwise: { adjust: method, comparisons: pairs.map((c) => ({ first: names[c.first], second: names[c.second], chisq: c.chisq, p: c.p, pAdjusted: c.pAdjusted })) } } : {}),
      dropped,
    },
    text: [
      renderLogRank(names, result),
      ...(values.strata ? [` (stratified by ${values.strata})`] : []),
      ...(dropped ? [` (${dropped} observation${dropped === 1 ? '' : 's'} deleted due to missingness)`] : []),
      ...(pairs
        ? [
            '',
            `Pairwise log-rank tests${values.strata ? ` (stratified by ${values.strata})` : ''}, p adjusted by ${method} over ${pairs.length} pair${pairs.length === 1 ? '' : 's'}:`,
            matrix(['', 'Chisq', 'p', `p (${method})`], pairs.map((c) => [`${names[c.first]} vs ${names[c.second]}`, signif(c.chisq, 4), formatP(c.p, 4), formatP(c.pAdjusted, 4)])),
          ]
        : []),
    ].join('\n'),
  };
}

function adjustOption(value: string | undefined): AdjustMethod {
  const method = (value ?? 'holm') as AdjustMethod;
  if (!ADJUST_METHODS.includes(method)) throw usageError(`--adjust "${value}" is not accepted; accepted: ${ADJUST_METHODS.join(', ')}`);
  return method;
}

function parseReferences(refs: string[] | undefined, covariates: string[]): Map<string, string> {
  const references = new Map<string, string>();
  for (const ref of refs ?? []) {
    const match = /^([^=]+)=(.*)$/.exec(ref);
    if (!match) throw usageError(`--ref "${ref}" must be column=level`);
    const column = match[1]!;
    const level = match[2]!;
    if (!covariates.includes(column)) throw usageError(`--ref ${column}: "${column}" is not one of --covariates ${covariates.join(',')}`);
    references.set(column, level);
  }
  return references;
}

async function coxAnalysis(values: Values): Promise<Output> {
  const csv = await readCsv(values.csv);
  const { time, event } = readSurvival(csv, values);
  const ties = (values.ties ?? 'efron') as Ties;
  if (ties !== 'efron' && ties !== 'breslow') throw usageError(`--ties "${values.ties}" is not accepted; accepted: efron, breslow`);
  if (!values.covariates) throw usageError(`--covariates a,b is required\n${USAGE}`);
  const names = values.covariates.split(',').map((name) => name.trim()).filter(Boolean);
  const references = parseReferences(values.ref, names);
  const columns: CovariateColumn[] = names.map((name) => {
    const numbers = references.has(name) ? undefined : numbersIfAll(csv, name, 'covariates');
    if (numbers) return { name, kind: 'numeric', values: numbers };
    const { codes, levels } = encodeLevels(textColumn(csv, name, 'covariates').map((v) => (v === 'NA' ? '' : v)));
    const wanted = references.get(name) ?? levels[0]!;
    const reference = levels.indexOf(wanted);
    if (reference < 0) throw usageError(`--ref ${name}=${wanted}: no such level; levels of ${name}: ${levels.join(', ')}`);
    return { name, kind: 'categorical', codes, levels, reference };
  });
  const strata = values.strata ? readLevels(csv, values.strata, 'strata') : undefined;
  // a categorical column without levels adds no design column, yet drops the rows missing a stratum
  if (strata) columns.push({ name: values.strata!, kind: 'categorical', codes: strata.codes, levels: [], reference: -1 });
  if (values.cluster && values.robust) throw usageError('--cluster and --robust exclude each other (--cluster COL is robust by cluster, --robust by subject)');
  const cluster = values.cluster ? readLevels(csv, values.cluster, 'cluster') : undefined;
  if (cluster) columns.push({ name: values.cluster!, kind: 'categorical', codes: cluster.codes, levels: [], reference: -1 });
  const design = designMatrix(columns, time.length);
  if (design.kept.length === 0) throw usageError('no row has every covariate present');
  if (!design.kept.some((row) => event[row] === 1)) throw usageError('no events among the rows used: a Cox model needs at least one');
  const transform = (values.transform ?? 'km') as TimeTransform;
  if (!['km', 'identity', 'rank', 'log'].includes(transform)) throw usageError(`--transform "${values.transform}" is not accepted; accepted: km, identity, rank, log`);
  const input = {
    time: subset(time, design.kept),
    event: subset(event, design.kept),
    covariates: design.matrix,
    p: design.p,
    ties,
    confidenceLevel: probabilityOption(values['conf-level'], 'conf-level', 0.95),
    ...(strata ? { strata: subset(strata.codes, design.kept) } : {}),
  };
  let fit;
  let zph;
  let anova;
  let robust: { variance: Float64Array; robustSe: Float64Array; by: string } | undefined;
  try {
    fit = coxRegression(input);
    // one test per covariate (all indicators of a factor together), as cox.zph tests terms
    if (values.zph) zph = coxZph(input, fit, names.map((name) => [...design.sources.keys()].filter((j) => design.sources[j] === name)), transform);
    if (values.anova) anova = coxSequentialTests(input, names.map((name) => [...design.sources.keys()].filter((j) => design.sources[j] === name)), fit.logLikelihood[0]);
    if (cluster || values.robust) {
      const variance = coxRobustVariance(input, fit, cluster ? subset(cluster.codes, design.kept) : undefined);
      const p = design.p;
      const robustSe = Float64Array.from({ length: p }, (_, j) => Math.sqrt(variance[j * p + j]!));
      const z = fit.coefficients.map((b, j) => b / robustSe[j]!);
      const z0 = normalUpperQuantile((1 - input.confidenceLevel) / 2);
      const wald = quadraticFormInverse(variance, p, fit.coefficients);
      robust = { variance, robustSe, by: values.cluster ?? 'subject' };
      fit = {
        ...fit,
        ...(cluster ? { concordanceStandardError: coxConcordance(input, fit.coefficients, subset(cluster.codes, design.kept)).standardError } : {}),
        z,
        pValues: z.map((v) => 2 * normalSf(Math.abs(v))),
        lower: fit.coefficients.map((b, j) => Math.exp(b - z0 * robustSe[j]!)),
        upper: fit.coefficients.map((b, j) => Math.exp(b + z0 * robustSe[j]!)),
        wald: { statistic: wald, df: p, p: chiSquareSf(wald, p) },
      };
    }
  } catch (error) {
    if (error instanceof SingularMatrixError) throw usageError(`cannot estimate ${design.names[error.column] ?? 'the model'}: it is constant, collinear with other covariates, or a level without events`);
    throw error;
  }
  const referenceList = columns
    .filter((c): c is Extract<CovariateColumn, { kind: 'categorical' }> => c.kind === 'categorical' && c.reference >= 0)
    .map((c) => ({ covariate: c.name, reference: c.levels[c.reference]! }));
  return {
    json: {
      n: fit.n,
      events: fit.events,
      coefficients: design.names.map((name, j) => ({
        name,
        coef: fit.coefficients[j],
        hr: fit.hazardRatios[j],
        se: fit.standardErrors[j],
        ...(robust ? { robustSe: robust.robustSe[j] } : {}),
        z: fit.z[j],
        p: fit.pValues[j],
        lower: fit.lower[j],
        upper: fit.upper[j],
      })),
      loglik: fit.logLikelihood,
      tests: { lr: fit.likelihoodRatio, wald: fit.wald, score: fit.score },
      ...(robust ? { robust: { by: robust.by } } : {}),
      ...(anova ? { anova: names.map((name, k) => ({ term: name, loglik: anova[k]!.logLikelihood, chisq: anova[k]!.chisq, df: anova[k]!.df, p: anova[k]!.p })) } : {}),
      concordance: fit.concordance,
      concordanceSe: fit.concordanceStandardError,
      confLevel: input.confidenceLevel,
      iterations: fit.iterations,
      converged: fit.converged,
      references: referenceList,
      ties,
      dropped: design.dropped,
      ...(fit.possiblyInfinite.length ? { possiblyInfinite: fit.possiblyInfinite.map((j) => design.names[j]) } : {}),
      ...(zph
        ? {
            zph: {
              transform,
              terms: zph.terms.map((t, k) => ({ name: names[k], chisq: t.chisq, df: t.df, p: t.p })),
              global: { chisq: zph.global.chisq, df: zph.global.df, p: zph.global.p },
            },
          }
        : {}),
    },
    text: [
      renderCox({ names: design.names, fit, ties, confidenceLevel: input.confidenceLevel, references: referenceList, ...(values.strata ? { strata: values.strata } : {}), ...(robust ? { robust: { se: robust.robustSe, by: robust.by } } : {}), dropped: design.dropped }),
      ...(anova ? ['', renderCoxAnova(names, fit.logLikelihood[0], anova, Boolean(robust))] : []),
      ...(zph ? ['', renderZph(names, zph)] : []),
    ].join('\n'),
  };
}

const TableSchema = z.array(z.array(z.number().nonnegative()).min(2)).min(2);

function parseJsonOption<T>(text: string | undefined, option: string, schema: z.ZodType<T>, example: string): T {
  if (text === undefined) throw usageError(`--${option} is required, e.g. --${option} '${example}'\n${USAGE}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw usageError(`--${option} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ProblemError(validationProblem(parsed.error, `invalid --${option}`, option));
  return parsed.data;
}

function readTable(values: Values, example: string): number[][] {
  const rows = parseJsonOption(values.table, 'table', TableSchema, example);
  if (rows.some((row) => row.length !== rows[0]!.length)) throw usageError('--table: every row needs the same number of columns');
  return rows;
}

function chisqAnalysis(values: Values): Output {
  const rows = readTable(values, '[[3,35],[11,27],[7,23]]');
  const table = tableFromRows(rows);
  const result = chiSquareTest(table, values.correct ?? false);
  const partition = values.partition ? chiSquarePartition(table) : undefined;
  const cols = rows[0]!.length;
  return {
    json: {
      statistic: result.statistic,
      df: result.df,
      p: result.p,
      expected: rows.map((row, i) => row.map((_, j) => result.expected[i * cols + j])),
      ...(partition
        ? { partition: { alpha: partition.alpha, comparisons: partition.comparisons.map((c) => ({ rows: [c.first + 1, c.second + 1], statistic: c.result.statistic, df: c.result.df, p: c.result.p, significant: c.significant })) } }
        : {}),
    },
    text: renderChiSquare(rows, result, (values.correct ?? false) && rows.length === 2 && cols === 2, partition),
  };
}

function fisherAnalysis(values: Values): Output {
  const rows = readTable(values, '[[10,28],[7,31]]');
  if (rows.flat().some((v) => !Number.isInteger(v))) throw usageError("--table: Fisher's exact test needs whole counts");
  if (rows.length === 2 && rows[0]!.length === 2) {
    if (values.simulate) throw usageError('--simulate: a 2 × 2 table is computed exactly (as R does); give --simulate only for larger tables');
    const result = fisherExact(tableFromRows(rows));
    return { json: result, text: renderFisher(result) };
  }
  if (values.simulate) {
    const replicates = wholeOption(values.replicates, 'replicates', 2000, 100, 1e7);
    const seed = wholeOption(values.seed, 'seed', 1, 0, 2 ** 32 - 1);
    const result = fisherMonteCarlo(tableFromRows(rows), replicates, seed);
    return {
      json: { p: result.p, method: 'monte-carlo', replicates, seed },
      text: [
        "Fisher's Exact Test for Count Data with simulated p-value",
        `(based on ${replicates} replicates, seed ${seed})`,
        '',
        `p-value = ${formatP(result.p, 4)}`,
      ].join('\n'),
    };
  }
  const result = fisherExactRxC(tableFromRows(rows));
  return {
    json: { p: result.p, method: 'exact' },
    text: ["Fisher's Exact Test for Count Data", '', `p-value = ${formatP(result.p, 4)} (two-sided, network algorithm)`].join('\n'),
  };
}

/** A whole-number option between low and high (inclusive), or its default. */
function wholeOption(text: string | undefined, option: string, fallback: number, low: number, high: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < low || value > high) throw usageError(`--${option} "${text}" is not accepted; accepted: a whole number from ${low} to ${high}`);
  return value;
}

const SummarySchema = z.array(z.object({ n: z.number().int().min(2), mean: z.number(), sd: z.number().nonnegative() }).strict()).min(2);

/**
 * The values of --value split by --group. Rows missing either are dropped first, so a level whose
 * values are all missing is no group at all (as R's model frame drops it).
 */
async function groupedValues(values: Values): Promise<{ names: string[]; groups: Float64Array[]; dropped: number }> {
  const csv = await readCsv(values.csv);
  const measure = numericColumn(csv, values.value, 'value', true);
  const labels = textColumn(csv, values.group, 'group').map((v, i) => (v === 'NA' || Number.isNaN(measure[i]!) ? '' : v));
  const grouping = encodeLevels(labels);
  const groups = rowsByCode(grouping.codes, grouping.levels.length).map((rows) => Float64Array.from(rows, (i) => measure[i]!));
  const dropped = labels.filter((v) => v === '').length;
  return { names: grouping.levels.map((level) => `${values.group}=${level}`), groups, dropped };
}

async function anovaAnalysis(values: Values): Promise<Output> {
  let summaries: GroupSummary[];
  let names: string[];
  let result;
  let dropped: number | undefined;
  if (values.summary !== undefined) {
    summaries = parseJsonOption(values.summary, 'summary', SummarySchema, '[{"n":38,"mean":7.03,"sd":1.15},{"n":30,"mean":6.96,"sd":1.27}]');
    names = summaries.map((_, i) => `group ${i + 1}`);
    result = oneWayAnovaFromSummary(summaries);
  } else {
    const grouped = await groupedValues(values);
    if (grouped.groups.length < 2) throw usageError('one-way ANOVA needs at least 2 groups');
    summaries = grouped.groups.map(summarize);
    names = grouped.names;
    dropped = grouped.dropped;
    result = oneWayAnova(grouped.groups);
  }
  const pairwise = values.bonferroni ? bonferroniPairwise(summaries) : undefined;
  return {
    json: {
      f: result.f,
      df1: result.df1,
      df2: result.df2,
      p: result.p,
      ...(pairwise ? { pairwise: pairwise.map((c) => ({ first: names[c.first], second: names[c.second], difference: c.difference, se: c.standardError, t: c.t, p: c.p, pBonferroni: c.pAdjusted })) } : {}),
      ...(dropped === undefined ? {} : { groups: names.map((name, g) => ({ name, n: summaries[g]!.n })), dropped }),
    },
    text: renderAnova(`One-way ANOVA${values.summary !== undefined ? ' from n / mean / SD' : ''}`, result, pairwise ? { names, comparisons: pairwise } : undefined),
  };
}

async function leveneAnalysis(values: Values): Promise<Output> {
  const centre = values.center ?? 'mean';
  if (centre !== 'mean' && centre !== 'median') throw usageError(`--center "${centre}" is not accepted; accepted: mean, median`);
  const { names, groups, dropped } = await groupedValues(values);
  if (groups.length < 2) throw usageError("Levene's test needs at least 2 groups");
  const result = leveneTest(groups, centre);
  return {
    json: { f: result.f, df1: result.df1, df2: result.df2, p: result.p, center: centre, groups: names.map((name, g) => ({ name, n: groups[g]!.length })), dropped },
    text: renderAnova(`Levene's test for homogeneity of variance (center = ${centre})`, result),
  };
}

function alternativeOption(value: string | undefined): Alternative {
  if (value === undefined) return 'two.sided';
  if (value === 'two.sided' || value === 'less' || value === 'greater') return value;
  throw usageError(`--alternative "${value}" is not accepted; accepted: two.sided, less, greater`);
}

async function tTestAnalysis(values: Values): Promise<Output> {
  const settings = { confidence: probabilityOption(values['conf-level'], 'conf-level', 0.95), alternative: alternativeOption(values.alternative) };
  if (values.paired) {
    const csv = await readCsv(values.csv);
    const x = numericColumn(csv, values.x, 'x', true);
    const y = numericColumn(csv, values.y, 'y', true);
    const complete = [...x.keys()].filter((i) => !Number.isNaN(x[i]!) && !Number.isNaN(y[i]!));
    const result = pairedTTest(Float64Array.from(complete, (i) => x[i]!), Float64Array.from(complete, (i) => y[i]!), settings);
    const dropped = x.length - complete.length;
    return { json: { method: 'paired', ...result, confLevel: settings.confidence, dropped }, text: renderTTest(`Paired t-test: ${values.x} - ${values.y}`, result, settings.confidence, dropped) };
  }
  const method = values.method ?? 'welch';
  if (method !== 'welch' && method !== 'student') throw usageError(`--method "${method}" is not accepted; accepted: welch, student`);
  const { names, groups, dropped } = await groupedValues(values);
  if (groups.length !== 2) throw usageError(`--group ${values.group} has ${groups.length} level${groups.length === 1 ? '' : 's'} with values; a two-sample t-test needs exactly 2`);
  const result = (method === 'welch' ? welchTTest : studentTTest)(groups[0]!, groups[1]!, settings);
  const title = `${method === 'welch' ? 'Welch Two Sample t-test' : 'Two Sample t-test (equal variances)'}: ${names[0]} - ${names[1]}`;
  return { json: { method, ...result, confLevel: settings.confidence, dropped }, text: renderTTest(title, result, settings.confidence, dropped) };
}


async function welchAnovaAnalysis(values: Values): Promise<Output> {
  const { names, groups, dropped } = await groupedValues(values);
  const result = welchAnova(groups);
  return {
    json: { f: result.f, df1: result.df1, df2: result.df2, p: result.p, groups: names.map((name, g) => ({ name, n: groups[g]!.length })), dropped },
    text: renderHtest('One-way analysis of means (not assuming equal variances)', { name: 'F', value: result.f }, [result.df1, result.df2], result.p, droppedNote(dropped)),
  };
}

function droppedNote(dropped: number): string[] {
  return dropped ? [`(${dropped} observation${dropped === 1 ? '' : 's'} deleted due to missingness)`] : [];
}

async function tukeyAnalysis(values: Values): Promise<Output> {
  const confidence = probabilityOption(values['conf-level'], 'conf-level', 0.95);
  const { names, groups, dropped } = await groupedValues(values);
  if (groups.length < 2) throw usageError(`--group ${values.group} has ${groups.length} level with values; Tukey HSD needs at least 2`);
  const result = tukeyHsd(groups.map(summarize), confidence);
  return {
    json: {
      comparisons: result.comparisons.map((c) => ({ pair: `${names[c.second]}-${names[c.first]}`, diff: c.difference, lower: c.lower, upper: c.upper, p: c.p })),
      df: result.df,
      meanSquareWithin: result.meanSquareWithin,
      critical: result.critical,
      confLevel: confidence,
      dropped,
    },
    text: renderTukey(names, result, confidence),
  };
}

async function gamesHowellAnalysis(values: Values): Promise<Output> {
  const confidence = probabilityOption(values['conf-level'], 'conf-level', 0.95);
  const { names, groups, dropped } = await groupedValues(values);
  if (groups.length < 2) throw usageError(`--group ${values.group} has ${groups.length} level with values; Games–Howell needs at least 2`);
  groups.forEach((g, i) => {
    const s = summarize(g);
    if (s.n < 2 || !(s.sd > 0)) throw usageError(`games-howell: ${names[i]} has ${s.n} value${s.n === 1 ? '' : 's'}${s.n >= 2 ? ', all equal' : ''}; every group needs at least 2 values and some spread`);
  });
  const comparisons = gamesHowell(groups.map(summarize), confidence).map((c) => ({
    pair: `${names[c.second]}-${names[c.first]}`,
    diff: c.difference,
    se: c.standardError,
    df: c.df,
    q: c.q,
    lower: c.lower,
    upper: c.upper,
    p: c.p,
  }));
  return {
    json: { comparisons, groups: names.map((name, g) => ({ name, n: groups[g]!.length })), confLevel: confidence, dropped },
    text: [
      `Games-Howell multiple comparisons of means (${Math.round(confidence * 1000) / 10}% family-wise confidence level)`,
      ...droppedNote(dropped),
      '',
      matrix(['', 'diff', 'se', 'df', 'lwr', 'upr', 'p adj'], comparisons.map((c) => [c.pair, signif(c.diff, 7), signif(c.se, 5), signif(c.df, 5), signif(c.lower, 7), signif(c.upper, 7), signif(c.p, 5)])),
    ].join('\n'),
  };
}

async function kruskalAnalysis(values: Values): Promise<Output> {
  const { names, groups, dropped } = await groupedValues(values);
  const result = kruskalWallis(groups);
  return {
    json: { statistic: result.statistic, df: result.df, p: result.p, groups: names.map((name, g) => ({ name, n: groups[g]!.length })), dropped },
    text: renderHtest('Kruskal-Wallis rank sum test', { name: 'Kruskal-Wallis chi-squared', value: result.statistic }, [result.df], result.p, droppedNote(dropped)),
  };
}

async function wilcoxonAnalysis(values: Values): Promise<Output> {
  if (values.exact && values.normal) throw usageError('--exact and --normal exclude each other');
  const options = {
    alternative: alternativeOption(values.alternative),
    correct: !values['no-correct'],
    ...(values.exact ? { exact: true } : values.normal ? { exact: false } : {}),
  };
  let result;
  let title: string;
  let dropped: number;
  if (values.paired) {
    const csv = await readCsv(values.csv);
    const x = numericColumn(csv, values.x, 'x', true);
    const y = numericColumn(csv, values.y, 'y', true);
    const complete = [...x.keys()].filter((i) => !Number.isNaN(x[i]!) && !Number.isNaN(y[i]!));
    dropped = x.length - complete.length;
    result = wilcoxonSignedRank(Float64Array.from(complete, (i) => x[i]!), Float64Array.from(complete, (i) => y[i]!), options);
    title = `Wilcoxon signed rank ${result.exact ? 'exact test' : `test${result.correct ? ' with continuity correction' : ''}`}: ${values.x} - ${values.y}`;
  } else {
    const grouped = await groupedValues(values);
    if (grouped.groups.length !== 2) throw usageError(`--group ${values.group} has ${grouped.groups.length} level${grouped.groups.length === 1 ? '' : 's'} with values; the rank-sum test needs exactly 2 (kruskal takes more)`);
    dropped = grouped.dropped;
    result = wilcoxonRankSum(grouped.groups[0]!, grouped.groups[1]!, options);
    title = `Wilcoxon rank sum ${result.exact ? 'exact test' : `test${result.correct ? ' with continuity correction' : ''}`}: ${grouped.names[0]} vs ${grouped.names[1]}`;
  }
  return {
    json: { test: values.paired ? 'signed-rank' : 'rank-sum', ...result, dropped },
    text: renderHtest(title, { name: values.paired ? 'V' : 'W', value: result.statistic }, undefined, result.p, [
      ...droppedNote(dropped),
      `alternative hypothesis: true location shift is ${{ 'two.sided': 'not equal to', less: 'less than', greater: 'greater than' }[result.alternative]} 0`,
    ]),
  };
}

/** Long data (one row per block and group) as a blocks × groups matrix; incomplete blocks are dropped. */
async function blockDesign(values: Values, binary: boolean): Promise<{ data: Float64Array; blocks: number; groups: string[]; dropped: number }> {
  const csv = await readCsv(values.csv);
  const measure = numericColumn(csv, values.value, 'value', true, binary ? (v) => (v === 0 || v === 1 ? undefined : `must be 0 or 1, got ${v}`) : undefined);
  const grouping = readLevels(csv, values.group, 'group');
  const blocking = readLevels(csv, values.block, 'block');
  const k = grouping.levels.length;
  if (k < 2) throw usageError(`--group ${values.group} has ${k} level; at least 2 are needed`);
  const cells = new Float64Array(blocking.levels.length * k).fill(NaN);
  const seen = new Int32Array(blocking.levels.length * k).fill(-1);
  const errors: FieldError[] = [];
  for (let r = 0; r < measure.length; r++) {
    const b = blocking.codes[r]!;
    const g = grouping.codes[r]!;
    if (b < 0 || g < 0) continue;
    const index = b * k + g;
    if (seen[index]! >= 0) errors.push({ path: `row ${csv.rowNumbers[r]}`, message: `block ${blocking.levels[b]} already has a value for ${grouping.levels[g]} (row ${csv.rowNumbers[seen[index]!]}); one value per block and group is needed` });
    seen[index] = r;
    cells[index] = measure[r]!;
  }
  if (errors.length) throw dataProblem(csv.file, errors);
  const complete: number[] = [];
  for (let b = 0; b < blocking.levels.length; b++) if (!cells.subarray(b * k, (b + 1) * k).some(Number.isNaN)) complete.push(b);
  const data = new Float64Array(complete.length * k);
  complete.forEach((b, i) => data.set(cells.subarray(b * k, (b + 1) * k), i * k));
  return { data, blocks: complete.length, groups: grouping.levels.map((l) => `${values.group}=${l}`), dropped: blocking.levels.length - complete.length };
}

async function friedmanAnalysis(values: Values): Promise<Output> {
  const design = await blockDesign(values, false);
  const result = friedmanTest(design.data, design.blocks, design.groups.length);
  const note = design.dropped ? [`(${design.dropped} incomplete block${design.dropped === 1 ? '' : 's'} dropped)`] : [];
  return {
    json: { statistic: result.statistic, df: result.df, p: result.p, blocks: design.blocks, groups: design.groups, droppedBlocks: design.dropped },
    text: renderHtest('Friedman rank sum test', { name: 'Friedman chi-squared', value: result.statistic }, [result.df], result.p, note),
  };
}

async function cochranAnalysis(values: Values): Promise<Output> {
  const design = await blockDesign(values, true);
  const result = cochranQ(design.data, design.blocks, design.groups.length);
  const note = design.dropped ? [`(${design.dropped} incomplete block${design.dropped === 1 ? '' : 's'} dropped)`] : [];
  return {
    json: { statistic: result.statistic, df: result.df, p: result.p, blocks: design.blocks, groups: design.groups, droppedBlocks: design.dropped },
    text: renderHtest("Cochran's Q test", { name: 'Q', value: result.statistic }, [result.df], result.p, note),
  };
}

async function shapiroAnalysis(values: Values): Promise<Output> {
  let samples: { name: string; values: Float64Array }[];
  let dropped: number;
  if (values.group) {
    const grouped = await groupedValues(values);
    samples = grouped.names.map((name, g) => ({ name, values: grouped.groups[g]! }));
    dropped = grouped.dropped;
  } else {
    const csv = await readCsv(values.csv);
    const column = numericColumn(csv, values.value, 'value', true);
    const present = column.filter((v) => !Number.isNaN(v));
    samples = [{ name: values.value!, values: present }];
    dropped = column.length - present.length;
  }
  const tests = samples.map((s) => {
    try {
      return { name: s.name, ...shapiroWilk(s.values) };
    } catch (error) {
      if (error instanceof InsufficientDataError) throw usageError(`shapiro: ${s.name}: ${error.message}`);
      throw error;
    }
  });
  return {
    json: { tests, dropped },
    text: ['Shapiro-Wilk normality test', ...droppedNote(dropped), '', matrix(['', 'n', 'W', 'p-value'], tests.map((t) => [t.name, String(t.n), signif(t.w, 5), formatP(t.p, 4)]))].join('\n'),
  };
}

function pAdjustAnalysis(values: Values): Output {
  if (values.p === undefined) throw usageError(`--p is required, e.g. --p 0.01,0.04,0.03\n${USAGE}`);
  const method = (values.method ?? 'holm') as AdjustMethod;
  if (!ADJUST_METHODS.includes(method)) throw usageError(`--method "${values.method}" is not accepted; accepted: ${ADJUST_METHODS.join(', ')}`);
  const p = values.p.split(',').map((text) => {
    const trimmed = text.trim();
    if (trimmed === 'NA') return NaN;
    const value = Number(trimmed);
    if (trimmed === '' || !(value >= 0 && value <= 1)) throw usageError(`--p: "${trimmed}" is not a p-value; give numbers between 0 and 1 (or NA), separated by commas`);
    return value;
  });
  const adjusted = pAdjust(p, method);
  return { json: { method, p, adjusted: [...adjusted] }, text: renderPAdjust(method, p, adjusted) };
}

async function rmstAnalysis(values: Values): Promise<Output> {
  const csv = await readCsv(values.csv);
  const { time, event } = readSurvival(csv, values);
  if (values.tau === undefined) throw usageError(`--tau T (the horizon of the restricted mean) is required\n${USAGE}`);
  const tau = Number(values.tau);
  if (!(tau > 0) || !Number.isFinite(tau)) throw usageError(`--tau must be a positive number, got "${values.tau}"`);
  const confidence = probabilityOption(values['conf-level'], 'conf-level', 0.95);
  const grouping = values.group ? readLevels(csv, values.group, 'group') : { codes: new Int32Array(time.length), levels: ['all'] };
  const members = rowsByCode(grouping.codes, grouping.levels.length);
  const names = grouping.levels.map((level) => (values.group ? `${values.group}=${level}` : 'all'));
  const rows = members.map((subset, g) => {
    const curve = kaplanMeier(time, event, {}, subset);
    return { name: names[g]!, n: curve.n, events: curve.events, ...restrictedMean(curve, tau) };
  });
  const difference = rows.length === 2 ? restrictedMeanDifference(rows[0]!, rows[1]!, confidence) : undefined;
  const dropped = time.length - rowsWithLevel(grouping.codes).length;
  return {
    json: {
      tau,
      groups: rows.map((r) => ({ name: r.name, n: r.n, events: r.events, rmean: r.estimate, se: r.standardError })),
      ...(difference ? { difference: { ...difference, of: `${names[1]} - ${names[0]}` } } : {}),
      confLevel: confidence,
      dropped,
    },
    text: renderRmst(tau, rows, difference, names, confidence),
  };
}

/** About five round times spanning 0..max (1, 2 or 5 × a power of ten apart), as print.cuminc's pretty(). */
function roundTimes(max: number): number[] {
  if (!(max > 0)) return [];
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * 0.999) ?? 10 * power;
  const times: number[] = [];
  for (let t = step; t < max; t += step) times.push(Number(t.toPrecision(12)));
  return times;
}

async function cifAnalysis(values: Values): Promise<Output> {
  const csv = await readCsv(values.csv);
  const time = numericColumn(csv, values.time, 'time', false, (v) => (v < 0 ? `time ${v} is negative` : undefined));
  const censoredCode = values.censored ?? '0';
  const statusText = textColumn(csv, values.event, 'event');
  const errors: FieldError[] = [];
  statusText.forEach((v, r) => {
    if (v === '' || v === 'NA') errors.push({ path: `row ${csv.rowNumbers[r]}, column ${values.event}`, message: `is empty; the cause of the event (or ${censoredCode} for censored) is required` });
  });
  if (errors.length) throw dataProblem(csv.file, errors);
  const causes = encodeLevels(statusText.map((v) => (v === censoredCode ? '' : v)));
  if (causes.levels.length === 0) throw usageError(`--event ${values.event}: no events (every value is the censoring code ${censoredCode}); give --censored if censored times are coded otherwise`);
  const cause = Int32Array.from(causes.codes, (c) => c + 1); // 0 = censored, 1.. = causes in sorted order
  const grouping = values.group ? readLevels(csv, values.group, 'group') : { codes: new Int32Array(time.length), levels: ['all'] };
  const strata = values.strata ? readLevels(csv, values.strata, 'strata') : undefined;
  const kept = Int32Array.from([...rowsWithLevel(grouping.codes)].filter((i) => !strata || strata.codes[i]! >= 0));
  // levels left without rows (their rows missing a stratum) are no group
  const present = [...new Set(subset(grouping.codes, kept))].sort((a, b) => a - b);
  const groupNames = present.map((code) => (values.group ? `${values.group}=${grouping.levels[code]}` : 'all'));
  const groupCodes = Int32Array.from(kept, (i) => present.indexOf(grouping.codes[i]!));
  const keptTime = subset(time, kept);
  const keptCause = subset(cause, kept);
  const members = rowsByCode(groupCodes, present.length);
  const curves = causes.levels.flatMap((causeName, c) =>
    present.map((_, g) => ({ group: groupNames[g]!, cause: causeName, fit: cumulativeIncidence(keptTime, keptCause, c + 1, members[g]) })),
  );
  const times = timesOption(values.times) ?? roundTimes(Math.max(...curves.map((curve) => curve.fit.lastTime)));
  const tests = present.length > 1
    ? causes.levels.map((causeName, c) => ({ cause: causeName, ...grayTest(keptTime, keptCause, c + 1, groupCodes, present.length, strata ? subset(strata.codes, kept) : undefined) }))
    : undefined;
  const dropped = time.length - kept.length;
  const rows = curves.map((curve) => ({
    group: curve.group,
    cause: curve.cause,
    n: curve.fit.n,
    events: curve.fit.events,
    atTimes: cumulativeIncidenceAt(curve.fit, times).map((row) => ({ ...row, standardError: Math.sqrt(row.variance) })),
  }));
  return {
    json: {
      causes: causes.levels,
      censored: censoredCode,
      curves: rows,
      tests: tests ? tests.map((t) => ({ cause: t.cause, statistic: t.statistic, df: t.df, p: t.p })) : null,
      ...(values.strata ? { strata: values.strata } : {}),
      dropped,
    },
    text: renderCif(rows, times, tests, values.strata, dropped),
  };
}

async function lmmAnalysis(values: Values): Promise<Output> {
  const csv = await readCsv(values.csv);
  const method = (values.method ?? 'REML') as MixedMethod;
  if (method !== 'REML' && method !== 'ML') throw usageError(`--method "${values.method}" is not accepted; accepted: REML, ML`);
  if (values['no-interaction'] && !values.group) throw usageError('--no-interaction applies with --group');
  const coding = (values.contrasts ?? 'treatment') as Coding;
  if (coding !== 'treatment' && coding !== 'sum') throw usageError(`--contrasts "${values.contrasts}" is not accepted; accepted: treatment, sum`);
  if (coding === 'sum' && values.ref?.length) throw usageError('--ref sets the reference of treatment coding; sum coding has none');
  const measure = numericColumn(csv, values.value, 'value', true);
  const timeText = textColumn(csv, values.time, 'time');
  const subjectText = textColumn(csv, values.subject, 'subject');
  const groupText = values.group ? textColumn(csv, values.group, 'group') : undefined;
  const missing = (v: string): boolean => v === '' || v === 'NA';
  const rows = Int32Array.from([...measure.keys()].filter((i) => !Number.isNaN(measure[i]!) && !missing(timeText[i]!) && !missing(subjectText[i]!) && !(groupText && missing(groupText[i]!))));
  const dropped = measure.length - rows.length;
  const wanted = new Map<string, string>();
  for (const ref of values.ref ?? []) {
    const match = /^(time|group)=(.*)$/.exec(ref);
    if (!match) throw usageError(`--ref "${ref}" must be time=LEVEL or group=LEVEL`);
    if (match[1] === 'group' && !values.group) throw usageError('--ref group=… needs --group');
    wanted.set(match[1]!, match[2]!);
  }
  const factor = (text: string[], option: 'time' | 'group', column: string) => {
    const { codes, levels } = encodeLevels(Array.from(rows, (i) => text[i]!));
    const level = wanted.get(option) ?? levels[0]!;
    const reference = levels.indexOf(level);
    if (reference < 0) throw usageError(`--ref ${option}=${level}: no such level; levels of ${column}: ${levels.join(', ')}`);
    if (levels.length < 2) throw usageError(`--${option} ${column} has ${levels.length} level among the rows used; at least 2 are needed`);
    return { name: column, codes, levels, reference };
  };
  const time = factor(timeText, 'time', values.time!);
  const group = groupText ? factor(groupText, 'group', values.group!) : undefined;
  const design = factorialDesign(time, group, !values['no-interaction'], coding);
  const subjects = encodeLevels(Array.from(rows, (i) => subjectText[i]!));
  let fit;
  try {
    fit = randomInterceptModel({ y: subset(measure, rows), x: design.x, p: design.p, unit: subjects.codes, units: subjects.levels.length, method, terms: design.terms });
  } catch (error) {
    if (error instanceof SingularMatrixError) {
      throw usageError(`cannot estimate ${design.names[error.column] ?? 'the model'}: no observations in that combination of ${values.time}${values.group ? ` and ${values.group}` : ''}, or it is collinear with other columns`);
    }
    throw error;
  }
  const references = coding === 'sum' ? [] : [{ factor: values.time!, reference: time.levels[time.reference]! }, ...(group ? [{ factor: values.group!, reference: group.levels[group.reference]! }] : [])];
  const levels = [{ factor: values.time!, levels: time.levels }, ...(group ? [{ factor: values.group!, levels: group.levels }] : [])];
  const fixed = design.names.map((name, j) => ({ name, estimate: fit.coefficients[j]!, se: fit.standardErrors[j]!, df: fit.df[j]!, t: fit.t[j]!, p: fit.pValues[j]! }));
  return {
    json: {
      method,
      contrasts: coding,
      n: fit.n,
      subjects: fit.units,
      fixed,
      variance: { intercept: fit.interceptVariance, residual: fit.residualVariance },
      logLik: fit.logLikelihood,
      aic: fit.aic,
      bic: fit.bic,
      tests: fit.tests.map((t) => ({ term: t.name, numDF: t.numeratorDf, denDF: t.denominatorDf, f: t.f, p: t.p })),
      references,
      levels,
      boundary: fit.boundary,
      dropped,
    },
    text: renderLmm({ method, coding, subject: values.subject!, fit, fixed, references, levels, dropped }),
  };
}

const RUNNERS: Record<Analysis, (values: Values, io: CliIO) => Output | Promise<Output>> = {
  cif: cifAnalysis,
  km: kmAnalysis,
  logrank: logRankAnalysis,
  cox: coxAnalysis,
  chisq: chisqAnalysis,
  fisher: fisherAnalysis,
  anova: anovaAnalysis,
  levene: leveneAnalysis,
  ttest: tTestAnalysis,
  rmst: rmstAnalysis,
  'welch-anova': welchAnovaAnalysis,
  tukey: tukeyAnalysis,
  kruskal: kruskalAnalysis,
  wilcoxon: wilcoxonAnalysis,
  friedman: friedmanAnalysis,
  cochran: cochranAnalysis,
  shapiro: shapiroAnalysis,
  padjust: pAdjustAnalysis,
  lmm: lmmAnalysis,
  'games-howell': gamesHowellAnalysis,
};

function isAnalysis(name: string): name is Analysis {
  return (ANALYSES as readonly string[]).includes(name);
}

export async function statsCommand(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw usageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    write(io.stdout, USAGE);
    return 0;
  }
  const [analysis, ...extra] = positionals;
  if (analysis === undefined) throw usageError(`which analysis? accepted: ${ANALYSES.join(', ')}\n${USAGE}`);
  if (!isAnalysis(analysis)) throw usageError(`unknown analysis "${analysis}"; accepted: ${ANALYSES.join(', ')}`);
  if (extra.length > 0) throw usageError(`unexpected argument "${extra[0]}"\n${USAGE}`);
  let output;
  try {
    output = await RUNNERS[analysis](values, io);
  } catch (error) {
    // the engine's plain-language refusal of data it cannot use is an input error (exit 2)
    if (error instanceof InsufficientDataError || error instanceof TooLargeError) throw usageError(`${analysis}: ${error.message}`);
    throw error;
  }
  write(io.stdout, values.json ? JSON.stringify(output.json, null, 2) : output.text);
  return 0;
}
