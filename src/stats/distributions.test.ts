import { describe, it } from 'vitest';
import * as d from './distributions.js';
import { expectRelative, fromR, loadFixture } from './test-helpers.js';

interface Case {
  dist: 'normal' | 't' | 'chisq' | 'f';
  fn: 'cdf' | 'sf' | 'quantile' | 'upperQuantile';
  x: number;
  df1: number | null;
  df2: number | null;
  value: number | string | null;
}

const FUNCTIONS = {
  normal: { cdf: d.normalCdf, sf: d.normalSf, quantile: d.normalQuantile, upperQuantile: d.normalUpperQuantile },
  t: { cdf: d.tCdf, sf: d.tSf, quantile: d.tQuantile, upperQuantile: d.tUpperQuantile },
  chisq: { cdf: d.chiSquareCdf, sf: d.chiSquareSf, quantile: d.chiSquareQuantile, upperQuantile: d.chiSquareUpperQuantile },
  f: { cdf: d.fCdf, sf: d.fSf, quantile: d.fQuantile, upperQuantile: d.fUpperQuantile },
} as const;

const cases = loadFixture<Case[]>('distributions.json');

describe('distributions agree with R (pnorm/pt/pchisq/pf and q*) to 1e-10 relative, tails included', () => {
  for (const c of cases) {
    it(`${c.dist} ${c.fn}(${c.x}${c.df1 === null ? '' : `, ${c.df1}`}${c.df2 === null ? '' : `, ${c.df2}`})`, () => {
      const fn = FUNCTIONS[c.dist][c.fn] as (x: number, a?: number, b?: number) => number;
      expectRelative(fn(c.x, c.df1 ?? undefined, c.df2 ?? undefined), fromR(c.value), 1e-10);
    });
  }
});
