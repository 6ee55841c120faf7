import { describe, expect, it } from 'vitest';
import { designMatrix, encodeLevels, subset, type CovariateColumn } from '../design.js';
import { expectAllRelative, expectRelative, loadCsvFixture, loadFixture } from '../test-helpers.js';
import { coxConcordance, coxRegression, coxRobustVariance, coxSequentialTests, type Ties } from './cox.js';

interface CoxExtra {
  name: string;
  data: string;
  covariates: string[];
  factors: Record<string, string> | null;
  cluster: string | null;
  strata: string | null;
  ties: Ties;
  names: string[];
  coef: number[];
  se: number[];
  robustSe: number[];
  robustVar: number[];
  wald: number;
  concordance: number;
  concordanceSe: number;
  anova: { terms: string[]; loglik: number[]; chisq: number[]; df: number[]; p: number[] };
}
const R = loadFixture<{ cases: CoxExtra[] }>('cox-extras.json');
const DATA: Record<string, Record<string, string[]>> = { lung: loadCsvFixture('lung.csv'), veteran: loadCsvFixture('veteran.csv') };
const numeric = (values: string[]): Float64Array => Float64Array.from(values, (v) => (v === '' || v === 'NA' ? NaN : Number(v)));

describe('Cox robust (cluster) variance and sequential likelihood-ratio tests against coxph and anova(coxph)', () => {
  for (const c of R.cases) {
    it(c.name, () => {
      const columns = DATA[c.data]!;
      const covariates: CovariateColumn[] = c.covariates.map((name) => {
        const reference = c.factors?.[name];
        if (reference === undefined) return { name, kind: 'numeric', values: numeric(columns[name]!) };
        const { codes, levels } = encodeLevels(columns[name]!.map((v) => (v === 'NA' ? '' : v)));
        return { name, kind: 'categorical', codes, levels, reference: levels.indexOf(reference) };
      });
      const extra: CovariateColumn[] = [];
      const cluster = c.cluster ? encodeLevels(columns[c.cluster]!.map((v) => (v === 'NA' ? '' : v))) : undefined;
      if (cluster) extra.push({ name: c.cluster!, kind: 'categorical', codes: cluster.codes, levels: [], reference: -1 });
      const design = designMatrix([...covariates, ...extra], columns.time!.length);
      expect(design.names).toEqual(c.names);
      const input = {
        time: subset(numeric(columns.time!), design.kept),
        event: subset(Uint8Array.from(columns.status!, Number), design.kept),
        covariates: design.matrix,
        p: design.p,
        ties: c.ties,
        ...(c.strata ? { strata: subset(encodeLevels(columns[c.strata]!).codes, design.kept) } : {}),
      };
      const fit = coxRegression(input);
      expectAllRelative(fit.coefficients, c.coef, 1e-8, 'coef');
      expectAllRelative(fit.standardErrors, c.se, 1e-8, 'naive se');
      const robust = coxRobustVariance(input, fit, cluster ? subset(cluster.codes, design.kept) : undefined);
      expectAllRelative(robust, c.robustVar, 1e-7, 'robust variance');
      expectAllRelative(Float64Array.from(c.names, (_, j) => Math.sqrt(robust[j * design.p + j]!)), c.robustSe, 1e-7, 'robust se');
      const clustered = coxConcordance(input, fit.coefficients, cluster ? subset(cluster.codes, design.kept) : undefined);
      expectRelative(clustered.concordance, c.concordance, 1e-12, 'concordance');
      expectRelative(clustered.standardError, c.concordanceSe, 1e-10, 'concordance se (clustered)');
      const terms = c.covariates.map((name) => [...design.sources.keys()].filter((j) => design.sources[j] === name));
      const tests = coxSequentialTests(input, terms, fit.logLikelihood[0]);
      expectAllRelative(tests.map((t) => t.logLikelihood), c.anova.loglik.slice(1), 1e-10, 'loglik');
      expectAllRelative(tests.map((t) => t.chisq), c.anova.chisq, 1e-7, 'chisq');
      expectAllRelative(tests.map((t) => t.df), c.anova.df, 0, 'df');
      expectAllRelative(tests.map((t) => t.p), c.anova.p, 1e-6, 'p');
      expectRelative(c.anova.loglik[0]!, fit.logLikelihood[0], 1e-12, 'null loglik');
    });
  }
});
