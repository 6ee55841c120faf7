import { describe, expect, it } from 'vitest';
import { encodeLevels } from './design.js';
import { factorialDesign, randomInterceptModel, type Coding, type MixedMethod } from './mixed.js';
import { expectAllRelative, expectRelative, loadCsvFixture, loadFixture } from './test-helpers.js';

interface MixedCase {
  name: string;
  file: string;
  formula: string;
  unit: string;
  method: MixedMethod;
  coding: Coding;
  names: string[];
  coef: number[];
  se: number[];
  df: number[];
  t: number[];
  p: number[];
  interceptVariance: number;
  residualVariance: number;
  logLik: number;
  AIC: number;
  BIC: number;
  terms: string[];
  numDF: number[];
  denDF: number[];
  F: number[];
  pF: number[];
  pFUpper: number[];
  n: number;
  removed?: number[];
}
const R = loadFixture<{ cases: MixedCase[] }>('mixed.json');
const ESTIMATE = 1e-6;
const P_VALUE = 1e-4;

/** The model of a fixture case: "y ~ a * b", "y ~ a + b" or "y ~ a". */
export function caseModel(c: MixedCase) {
  const columns = loadCsvFixture(c.file);
  const [response, rhs] = c.formula.split(' ~ ') as [string, string];
  const factors = rhs.split(/ [*+] /);
  const interaction = rhs.includes('*');
  const removed = new Set((c.removed ?? []).map((r) => r - 1));
  const rows = columns[response]!.map((_, i) => i).filter((i) => !removed.has(i) && columns[response]![i] !== '' && columns[response]![i] !== 'NA');
  const pick = (name: string): string[] => rows.map((i) => columns[name]![i]!);
  const factor = (name: string) => ({ name, ...encodeLevels(pick(name)), reference: 0 });
  const design = factorialDesign(factor(factors[0]!), factors[1] ? factor(factors[1]) : undefined, interaction, c.coding);
  const unit = encodeLevels(pick(c.unit));
  return { design, input: { y: Float64Array.from(pick(response), Number), x: design.x, p: design.p, unit: unit.codes, units: unit.levels.length, method: c.method, terms: design.terms } };
}

describe('random-intercept linear mixed model against nlme::lme', () => {
  for (const c of R.cases) {
    it(`${c.name} (${c.method}, ${c.coding} coding)`, () => {
      const { design, input } = caseModel(c);
      expect(design.names).toEqual(c.names);
      expect(input.y.length).toBe(c.n);
      const fit = randomInterceptModel(input);
      // nlme stops its optimiser at about 1e-8 relative in the estimates; bonemet solves for the exact optimum
      expectAllRelative(fit.coefficients, c.coef, ESTIMATE, 'coef');
      expectAllRelative(fit.standardErrors, c.se, ESTIMATE, 'se');
      expectAllRelative(fit.df, c.df, 0, 'df');
      expectAllRelative(fit.t, c.t, ESTIMATE, 't');
      expectAllRelative(fit.pValues, c.p, P_VALUE, 'p');
      expectRelative(fit.interceptVariance, c.interceptVariance, ESTIMATE, 'τ²');
      expectRelative(fit.residualVariance, c.residualVariance, ESTIMATE, 'σ²');
      expectRelative(fit.logLikelihood, c.logLik, 1e-10, 'logLik');
      expectRelative(fit.aic, c.AIC, 1e-10, 'AIC');
      expectRelative(fit.bic, c.BIC, 1e-10, 'BIC');
      expect(fit.tests.map((t) => t.name)).toEqual(c.terms);
      expectAllRelative(fit.tests.map((t) => t.numeratorDf), c.numDF, 0, 'numDF');
      expectAllRelative(fit.tests.map((t) => t.denominatorDf), c.denDF, 0, 'denDF');
      expectAllRelative(fit.tests.map((t) => t.f), c.F, ESTIMATE, 'F');
      expectAllRelative(fit.tests.map((t) => t.p), c.pFUpper, P_VALUE, 'p(F)');
      // anova.lme reports 1 − pf (0 below about 1e-16)
      fit.tests.forEach((t, k) => expect(Math.abs(t.p - c.pF[k]!)).toBeLessThan(1e-7));
    });
  }
});
