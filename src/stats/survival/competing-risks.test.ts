import { describe, expect, it } from 'vitest';
import { expectAllRelative, expectRelative, loadFixture } from '../test-helpers.js';
import { cumulativeIncidence, cumulativeIncidenceAt, grayTest } from './competing-risks.js';

interface CifCase {
  name: string;
  time: number[];
  cause: number[];
  group: string[];
  strata: number[] | null;
  times: number[];
  curves: { label: string; time: number[]; est: number[]; var: number[]; atEst: (number | null)[]; atVar: (number | null)[] }[];
  tests: { cause: string; stat: number; df: number; pv: number; pUpper: number }[];
}
const R = loadFixture<{ cases: CifCase[] }>('competing.json');
const ESTIMATE = 1e-10;

describe('cumulative incidence and Gray’s test against cmprsk::cuminc', () => {
  for (const c of R.cases) {
    const time = Float64Array.from(c.time);
    const cause = Int32Array.from(c.cause);
    // curve labels are "group cause", groups in R's factor order
    const causes = [...new Set(c.curves.map((curve) => curve.label.slice(curve.label.lastIndexOf(' ') + 1)))];
    const groups = c.curves.slice(0, c.curves.length / causes.length).map((curve) => curve.label.slice(0, curve.label.lastIndexOf(' ')));
    const group = Int32Array.from(c.group, (g) => groups.indexOf(g));
    it(`${c.name}: estimates and variances at every event time and at chosen times`, () => {
      for (const curve of c.curves) {
        const split = curve.label.lastIndexOf(' ');
        const g = groups.indexOf(curve.label.slice(0, split));
        const members = Int32Array.from(c.group.keys()).filter((i) => group[i] === g);
        const fit = cumulativeIncidence(time, cause, Number(curve.label.slice(split + 1)), members);
        expectAllRelative(fit.time, curve.time, 0, `${curve.label} time`);
        expectAllRelative(fit.estimate, curve.est, ESTIMATE, `${curve.label} est`);
        expectAllRelative(fit.variance, curve.var, ESTIMATE, `${curve.label} var`);
        const at = cumulativeIncidenceAt(fit, c.times);
        expectAllRelative(at.map((row) => row.estimate), curve.atEst, ESTIMATE, `${curve.label} timepoints est`);
        expectAllRelative(at.map((row) => row.variance), curve.atVar, ESTIMATE, `${curve.label} timepoints var`);
      }
    });
    it(`${c.name}: Gray's test of each cause`, () => {
      const strata = c.strata ? Int32Array.from(c.strata) : undefined;
      for (const test of c.tests) {
        const result = grayTest(time, cause, Number(test.cause), group, groups.length, strata);
        expectRelative(result.statistic, test.stat, ESTIMATE, `cause ${test.cause} statistic`);
        expect(result.df).toBe(test.df);
        expectRelative(result.p, test.pUpper, ESTIMATE, `cause ${test.cause} p`);
        // cmprsk's p is 1 − pchisq, exact only to about 1e-16 absolute
        expect(Math.abs(result.p - test.pv)).toBeLessThan(1e-14);
      }
    });
  }
});
