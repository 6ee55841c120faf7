import { describe, expect, it } from 'vitest';
import { designMatrix, encodeLevels, subset, type CovariateColumn } from '../design.js';
import { expectAllRelative, expectRelative, fromR, loadCsvFixture, loadFixture } from '../test-helpers.js';
import { coxRegression, type Ties } from './cox.js';
import { kaplanMeier, survivalAt, survivalQuantile, type ConfidenceType } from './kaplan-meier.js';
import { logRankTest } from './logrank.js';
import { coxZph, type TimeTransform } from './zph.js';

type RNumber = number | string | null;
interface RCurve {
  name: string;
  time: number[];
  nRisk: number[];
  nEvent: number[];
  nCensor: number[];
  surv: number[];
  stdErr: RNumber[];
  lower: RNumber[];
  upper: RNumber[];
  n: number;
  events: number;
  median: RNumber;
  medianLower: RNumber;
  medianUpper: RNumber;
}
interface RTest { statistic: number; df: number; p: number }
interface RCox {
  data: string;
  ties: Ties;
  covariates: string[];
  factors: Record<string, string> | null;
  strata: string | null;
  n: number;
  events: number;
  names: string[];
  coef: number[];
  hr: number[];
  se: number[];
  z: number[];
  p: number[];
  lower: number[];
  upper: number[];
  loglik: number[];
  lr: RTest;
  wald: RTest;
  score: RTest;
  concordance: number;
  concordanceSe: number;
  iterations: number;
}
interface RSurvival {
  km: { data: string; group: string | null; conf: ConfidenceType; curves: RCurve[] }[];
  kmTimes: { data: string; group: string | null; times: number[]; result: { strata: string[] | null; time: number[]; nRisk: number[]; nEvent: number[]; surv: number[]; stdErr: number[]; lower: number[]; upper: number[] } }[];
  logrank: { data: string; group: string; strata: string | null; observed: number[]; expected: number[]; variance: number[]; chisq: number; df: number; p: number }[];
  cox: RCox[];
}

const R = loadFixture<RSurvival>('survival.json');
const DATA = { lung: loadCsvFixture('lung.csv'), veteran: loadCsvFixture('veteran.csv') } as Record<string, Record<string, string[]>>;
const TOLERANCE = 1e-9;

function numeric(values: string[]): Float64Array {
  return Float64Array.from(values, (v) => (v === '' ? NaN : Number(v)));
}
function dataset(name: string): { columns: Record<string, string[]>; time: Float64Array; event: Uint8Array } {
  const columns = DATA[name]!;
  return { columns, time: numeric(columns.time!), event: Uint8Array.from(columns.status!, Number) };
}
/** Rows per level of a column, levels sorted as R's factor() sorts them. */
function groupsOf(values: string[]): { levels: string[]; codes: Int32Array } {
  return encodeLevels(values);
}

describe('Kaplan–Meier against R survfit on lung and veteran', () => {
  for (const c of R.km) {
    it(`${c.data} by ${c.group ?? 'nothing'}, conf.type ${c.conf}`, () => {
      const { columns, time, event } = dataset(c.data);
      const { levels, codes } = c.group ? groupsOf(columns[c.group]!) : { levels: ['all'], codes: new Int32Array(time.length) };
      expect(levels.length).toBe(c.curves.length);
      c.curves.forEach((expected, g) => {
        const rows = Int32Array.from([...codes.keys()].filter((i) => codes[i] === g));
        const curve = kaplanMeier(time, event, { confidenceType: c.conf }, rows);
        expect(curve.n).toBe(expected.n);
        expect(curve.events).toBe(expected.events);
        expect([...curve.time]).toEqual(expected.time);
        expect([...curve.nRisk]).toEqual(expected.nRisk);
        expect([...curve.nEvent]).toEqual(expected.nEvent);
        expect([...curve.nCensor]).toEqual(expected.nCensor);
        expectAllRelative(curve.survival, expected.surv, TOLERANCE, 'surv');
        expectAllRelative(curve.seCumulativeHazard, expected.stdErr, TOLERANCE, 'std.err');
        expectAllRelative(curve.lower, expected.lower, TOLERANCE, 'lower');
        expectAllRelative(curve.upper, expected.upper, TOLERANCE, 'upper');
        const median = survivalQuantile(curve);
        expectRelative(median.estimate, fromR(expected.median), TOLERANCE, 'median');
        expectRelative(median.lower, fromR(expected.medianLower), TOLERANCE, 'median lower');
        expectRelative(median.upper, fromR(expected.medianUpper), TOLERANCE, 'median upper');
      });
    });
  }

  for (const c of R.kmTimes) {
    it(`${c.data} by ${c.group ?? 'nothing'} at times ${c.times.join(', ')}`, () => {
      const { columns, time, event } = dataset(c.data);
      const { levels, codes } = c.group ? groupsOf(columns[c.group]!) : { levels: ['all'], codes: new Int32Array(time.length) };
      const rows = levels.flatMap((_, g) => {
        const members = Int32Array.from([...codes.keys()].filter((i) => codes[i] === g));
        return survivalAt(kaplanMeier(time, event, {}, members), c.times);
      });
      const r = c.result;
      expect(rows.map((row) => row.time)).toEqual(r.time);
      expect(rows.map((row) => row.nRisk)).toEqual(r.nRisk);
      expect(rows.map((row) => row.nEvent)).toEqual(r.nEvent);
      expectAllRelative(rows.map((row) => row.survival), r.surv, TOLERANCE, 'surv');
      expectAllRelative(rows.map((row) => row.standardError), r.stdErr, TOLERANCE, 'std.err');
      expectAllRelative(rows.map((row) => row.lower), r.lower, TOLERANCE, 'lower');
      expectAllRelative(rows.map((row) => row.upper), r.upper, TOLERANCE, 'upper');
    });
  }

  it('log-log limits are NA while S = 1 at a recorded time, yet 1 before the first time (R survfit)', () => {
    // R: survfit(Surv(c(1,2,3,4), c(0,1,1,0)) ~ 1, conf.type = "log-log")$lower → NA 0.054073427 0.008961628 0.008961628
    const curve = kaplanMeier(Float64Array.of(1, 2, 3, 4), Uint8Array.of(0, 1, 1, 0), { confidenceType: 'log-log' });
    expect(curve.lower[0]).toBeNaN();
    expectRelative(curve.lower[1]!, 0.054073427, 1e-8);
    expectRelative(curve.upper[2]!, 0.7741487, 1e-7);
    // R: summary(fit, times = c(0.5, 1))$lower → 1 NA
    expect(survivalAt(curve, [0.5, 1]).map((row) => row.lower)).toEqual([1, NaN]);
  });

  it('median of a curve flat at exactly 0.5: midpoint to the next drop, or the start when it never drops', () => {
    const flatThenDrop = kaplanMeier(Float64Array.of(1, 2, 3, 4, 5, 6), Uint8Array.of(1, 1, 1, 0, 1, 1));
    expect(survivalQuantile(flatThenDrop).estimate).toBe(4); // R: 4, from (3 + 5) / 2
    const flatToEnd = kaplanMeier(Float64Array.of(1, 2, 3, 4), Uint8Array.of(1, 1, 0, 0));
    expect(survivalQuantile(flatToEnd)).toEqual({ estimate: 2, lower: 1, upper: NaN }); // R: 2, 1, NA
  });
});

describe('log-rank against R survdiff', () => {
  for (const c of R.logrank) {
    it(`${c.data} by ${c.group}${c.strata ? `, stratified by ${c.strata}` : ''}`, () => {
      const { columns, time, event } = dataset(c.data);
      const { levels, codes } = groupsOf(columns[c.group]!);
      const rows = Int32Array.from([...codes.keys()].filter((i) => codes[i]! >= 0));
      const strata = c.strata ? subset(groupsOf(columns[c.strata]!).codes, rows) : undefined;
      const result = logRankTest(subset(time, rows), subset(event, rows), subset(codes, rows), levels.length, strata);
      expectAllRelative(result.observed, c.observed, TOLERANCE, 'observed');
      expectAllRelative(result.expected, c.expected, TOLERANCE, 'expected');
      expectAllRelative(result.variance, c.variance, TOLERANCE, 'variance');
      expectRelative(result.chisq, c.chisq, TOLERANCE, 'chisq');
      expect(result.df).toBe(c.df);
      expectRelative(result.p, c.p, TOLERANCE, 'p');
    });
  }
});

function coxFromR(c: Pick<RCox, 'data' | 'covariates' | 'factors' | 'strata' | 'ties'>) {
  const { columns, time, event } = dataset(c.data);
  const covariates: CovariateColumn[] = c.covariates.map((name) => {
    const reference = c.factors?.[name];
    if (reference === undefined) return { name, kind: 'numeric', values: numeric(columns[name]!) };
    const { codes, levels } = encodeLevels(columns[name]!);
    return { name, kind: 'categorical', codes, levels, reference: levels.indexOf(reference) };
  });
  const design = designMatrix(covariates, time.length);
  const strata = c.strata ? subset(encodeLevels(columns[c.strata]!).codes, design.kept) : undefined;
  const input = {
    time: subset(time, design.kept),
    event: subset(event, design.kept),
    covariates: design.matrix,
    p: design.p,
    ties: c.ties,
    ...(strata ? { strata } : {}),
  };
  return { design, fit: coxRegression(input), input };
}

describe('Cox regression against R coxph (both tie methods, factors with reference levels, strata)', () => {
  for (const c of R.cox) {
    const label = `${c.data}: ${c.covariates.join(' + ')}${c.strata ? ` + strata(${c.strata})` : ''}, ${c.ties}${c.factors ? `, reference ${JSON.stringify(c.factors)}` : ''}`;
    it(label, () => {
      const { design, fit } = coxFromR(c);
      expect(design.names.slice().sort()).toEqual(c.names.slice().sort());
      const order = c.names.map((name) => design.names.indexOf(name));
      const pick = (values: Float64Array): number[] => order.map((j) => values[j]!);
      expect(fit.n).toBe(c.n);
      expect(fit.events).toBe(c.events);
      expectAllRelative(pick(fit.coefficients), c.coef, 1e-8, 'coef');
      expectAllRelative(pick(fit.hazardRatios), c.hr, 1e-8, 'hr');
      expectAllRelative(pick(fit.standardErrors), c.se, 1e-8, 'se');
      expectAllRelative(pick(fit.z), c.z, 1e-8, 'z');
      expectAllRelative(pick(fit.pValues), c.p, 1e-7, 'p');
      expectAllRelative(pick(fit.lower), c.lower, 1e-8, 'lower');
      expectAllRelative(pick(fit.upper), c.upper, 1e-8, 'upper');
      expectAllRelative(fit.logLikelihood, c.loglik, 1e-10, 'loglik');
      for (const test of ['lr', 'wald', 'score'] as const) {
        const ours = test === 'lr' ? fit.likelihoodRatio : fit[test];
        expectRelative(ours.statistic, c[test].statistic, 1e-8, `${test} statistic`);
        expect(ours.df).toBe(c[test].df);
        expectRelative(ours.p, c[test].p, 1e-7, `${test} p`);
      }
      expectRelative(fit.concordance, c.concordance, 1e-12, 'concordance');
      expectRelative(fit.concordanceStandardError, c.concordanceSe, 1e-10, 'concordance se');
      expect(fit.iterations).toBe(c.iterations);
    });
  }
});

interface RZph {
  data: string;
  ties: Ties;
  covariates: string[];
  factors: Record<string, string> | null;
  strata: string | null;
  transform: TimeTransform;
  terms: string[];
  chisq: number[];
  df: number[];
  p: number[];
}

describe('proportional-hazards test against R cox.zph (survival 3 score tests)', () => {
  for (const c of loadFixture<RZph[]>('zph.json')) {
    it(`${c.data}: ${c.covariates.join(' + ')}${c.strata ? ` + strata(${c.strata})` : ''}, ${c.ties}, transform ${c.transform}`, () => {
      const { design, fit, input } = coxFromR(c);
      const terms = c.covariates.map((name) => [...design.sources.keys()].filter((j) => design.sources[j] === name));
      const result = coxZph(input, fit, terms, c.transform);
      const tests = [...result.terms, result.global];
      expectAllRelative(tests.map((t) => t.chisq), c.chisq, 1e-8, 'chisq');
      expect(tests.map((t) => t.df)).toEqual(c.df);
      expectAllRelative(tests.map((t) => t.p), c.p, 1e-7, 'p');
    });
  }
});

describe('Cox regression with a monotone likelihood', () => {
  it('flags the coefficient that may be infinite, with the same estimates as R', () => {
    // R: coxph(Surv(time, status) ~ x + z) warns "Loglik converged before variable 1; coefficient may be
    // infinite", coef 21.6404343 0.2775951, se 2.373674e+04 7.400409e-01, iter 20
    const x = [1, 1, 1, 1, 0, 0, 0, 0];
    const z = [0.3, 1.2, -0.5, 0.1, 0.9, -1.1, 0.4, 0.2];
    const fit = coxRegression({
      time: Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8),
      event: Uint8Array.of(1, 1, 1, 0, 1, 1, 0, 1),
      covariates: Float64Array.from(x.flatMap((v, i) => [v, z[i]!])),
      p: 2,
    });
    expect(fit.possiblyInfinite).toEqual([0]);
    expectAllRelative(fit.coefficients, [21.6404343, 0.2775951], 1e-7, 'coef');
    expectAllRelative(fit.standardErrors, [2.373674e4, 7.400409e-1], 1e-6, 'se');
    expect(fit.iterations).toBe(20);
  });
  it('flags nothing on an ordinary fit', () => {
    const c = R.cox[0]!;
    expect(coxFromR(c).fit.possiblyInfinite).toEqual([]);
  });
});
