import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { oneWayAnova } from '../stats/anova.js';
import { chiSquareTest, tableFromRows } from '../stats/contingency.js';
import { designMatrix, subset } from '../stats/design.js';
import { encodeLevels } from '../stats/design.js';
import { factorialDesign, randomInterceptModel } from '../stats/mixed.js';
import { coxRegression } from '../stats/survival/cox.js';
import { kaplanMeier, survivalQuantile } from '../stats/survival/kaplan-meier.js';
import { logRankTest, pairwiseLogRank } from '../stats/survival/logrank.js';
import { coxZph } from '../stats/survival/zph.js';
import { LOCAL_ACTOR } from '../registry/access.js';
import { parseCsvRecords } from '../boundary/csv.js';
import { seedDemoCohort } from '../registry/demo.js';
import { STORES } from '../registry/test-support.js';
import { openTestApp, type TestApp } from './test-support.js';

/** The cohort dataset as a table of columns, read back from the CSV export. */
function columns(text: string): Record<string, string[]> {
  const [header, ...rows] = parseCsvRecords(text);
  return Object.fromEntries(header!.fields.map((name, j) => [name, rows.map((r) => r.fields[j]!)]));
}

describe.each(STORES)('cohort analysis of the demo cohort on $name', ({ url }) => {
  let s: TestApp;
  let app: FastifyInstance;
  let data: Record<string, string[]>;
  let analysis: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const ARMS = ['IMRT', 'PVP', 'PVP+IMRT'];

  beforeAll(async () => {
    s = await openTestApp(url);
    app = s.app;
    await seedDemoCohort(s.t.registry, LOCAL_ACTOR);
    const exported = await app.inject('/api/export/cohort.csv?cohort=demo-000');
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    data = columns(exported.body);
    const res = await app.inject({ method: 'POST', url: '/api/cohorts/analysis', payload: { filter: { cohort: 'demo-000' } } });
    expect(res.statusCode, res.body).toBe(200);
    analysis = res.json();
  }, 120_000);
  afterAll(async () => {
    await s.dispose();
  });

  const rowsOf = (arm: string) => data.study_arm!.map((a, i) => (a === arm ? i : -1)).filter((i) => i >= 0);

  it('reproduces every count of 000 Table 1 and its chi-square values', () => {
    expect(analysis.groups).toEqual([{ group: 'IMRT', n: 30 }, { group: 'PVP', n: 38 }, { group: 'PVP+IMRT', n: 38 }]);
    const row = (variable: string) => analysis.baseline.find((b: { variable: string }) => b.variable === variable);
    // rows IMRT, PVP, PVP+IMRT; columns in Table 1 order
    expect(row('sex').counts).toEqual([[19, 11], [24, 14], [18, 20]]);
    expect(row('primaryGroup').counts).toEqual([[20, 5, 2, 3], [17, 8, 4, 9], [19, 10, 2, 7]]);
    expect(row('kpsBaselineGroup').counts).toEqual([[10, 20], [12, 26], [14, 24]]);
    // 000 Table 1 prints χ² 2.51, 1.65, 1.25, 0.37, 0.78, 0.24 for these rows
    for (const [variable, chi] of [['sex', 2.51], ['ageGroup', 1.65], ['systemicTherapy', 1.25], ['sinsBaselineGroup', 0.37], ['vasBaselineGroup', 0.78], ['kpsBaselineGroup', 0.24]] as const) {
      expect(row(variable).chiSquare.statistic, variable).toBeCloseTo(chi, 2);
    }
  });

  it('returns the numbers of src/stats called directly on the exported dataset', () => {
    // chi-square of the sex row
    const sex = ARMS.map((arm) => ['male', 'female'].map((s) => rowsOf(arm).filter((i) => data.sex![i] === s).length));
    expect(analysis.baseline[0].chiSquare.statistic).toBe(chiSquareTest(tableFromRows(sex)).statistic);

    // VAS at 1 month: one-way ANOVA between arms
    const vas1 = ARMS.map((arm) => Float64Array.from(rowsOf(arm).filter((i) => data.vas_1![i] !== '').map((i) => Number(data.vas_1![i]))));
    const anova = oneWayAnova(vas1);
    const between = analysis.continuous[0].betweenGroups.find((b: { month: number }) => b.month === 1).anova;
    expect(between.f).toBeCloseTo(anova.f, 10);
    expect(between.p).toBeCloseTo(anova.p, 12);

    // KPS groups at 3 months between arms
    const kps3 = ARMS.map((arm) => ['80-100', '10-70'].map((g) => rowsOf(arm).filter((i) => data.kps_group_3![i] === g).length));
    expect(analysis.kps.betweenGroups[2].chiSquare.statistic).toBeCloseTo(chiSquareTest(tableFromRows(kps3)).statistic, 12);

    // survival: Kaplan–Meier medians per arm and the log-rank test
    const time = Float64Array.from(data.survival_months!, Number);
    const event = Uint8Array.from(data.death!, Number);
    const group = Int32Array.from(data.study_arm!, (a) => ARMS.indexOf(a));
    ARMS.forEach((arm, k) => {
      const median = survivalQuantile(kaplanMeier(time, event, { confidenceType: 'log' }, Int32Array.from(rowsOf(arm)))).estimate;
      expect(analysis.survival.byGroup[k].median.estimate, arm).toBeCloseTo(median, 2);
    });
    const logRank = logRankTest(time, event, group, 3);
    expect(analysis.survival.logRank.chisq).toBeCloseTo(logRank.chisq, 4);

    // Cox: brain/visceral (ref no), KPS (ref 80–100), systemic therapy (ref no), as 000 Table 5
    const factor = (column: string, levels: string[]) => ({ name: column, kind: 'categorical' as const, levels, reference: 0, codes: Int32Array.from(data[column]!, (v) => levels.indexOf(v)) });
    const design = designMatrix([factor('brain_or_visceral', ['no', 'yes']), factor('kps_group_0', ['80-100', '10-70']), factor('systemic_therapy', ['no', 'yes'])], time.length);
    const fit = coxRegression({ time: subset(time, design.kept), event: subset(event, design.kept), covariates: design.matrix, p: design.p, ties: 'efron' });
    expect(analysis.cox.terms.map((term: { level: string; reference: string }) => `${term.level} vs ${term.reference}`)).toEqual(['yes vs no', '10-70 vs 80-100', 'yes vs no']);
    analysis.cox.terms.forEach((term: { hazardRatio: number }, j: number) => expect(term.hazardRatio).toBeCloseTo(fit.hazardRatios[j]!, 3));
  });

  it('is shaped like 000: medians near 14/15/17 months, survival 3–43 months, deaths and censoring', () => {
    const medians = analysis.survival.byGroup.map((g: { median: { estimate: number } }) => g.median.estimate);
    expect(medians[2]).toBeGreaterThan(12);
    expect(medians[2]).toBeLessThan(16);
    expect(Math.min(...data.survival_months!.map(Number))).toBeGreaterThanOrEqual(2.5);
    expect(Math.max(...data.survival_months!.map(Number))).toBeLessThanOrEqual(43.5);
    const deaths = data.death!.filter((d) => d === '1').length;
    expect(deaths).toBeGreaterThan(60);
    expect(deaths).toBeLessThan(106);
  });

  it('exports tidy observations with stable keys and a dictionary of every column', async () => {
    const observations = columns((await app.inject('/api/export/observations.csv')).body);
    const keys = observations.patient_code!.map((code, i) => `${code}|${observations.visit![i]}|${observations.instrument![i]}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(observations.visit)).toEqual(new Set(['baseline', 'month-1', 'month-3', 'month-6', 'month-12']));
    const dictionary = columns((await app.inject('/api/export/data-dictionary.csv')).body);
    const described = new Set(dictionary.file!.map((f, i) => `${f}:${dictionary.column![i]}`));
    for (const column of Object.keys(observations)) expect(described.has(`observations.csv:${column}`), column).toBe(true);
    for (const column of Object.keys(data)) expect(described.has(`cohort.csv:${column}`), column).toBe(true);
    expect((await app.inject('/api/export/other.csv')).statusCode).toBe(404);
  });

  it('rejects a bad cohort definition with field paths', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/cohorts/analysis', payload: { groupBy: 'colour', filter: { sex: 'x' } } });
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.filter.sex', 'body.groupBy']);
    const bad = await app.inject({ method: 'POST', url: '/api/cohorts/analysis', payload: { pairwiseAdjust: 'tukey', cox: { covariates: ['studyArm', 'colour'] } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.cox.covariates[1]', 'body.pairwiseAdjust']);
  });

  const survivalData = () => ({
    time: Float64Array.from(data.survival_months!, Number),
    event: Uint8Array.from(data.death!, Number),
  });

  it('returns the Kaplan–Meier steps of every group, for any grouping, as kaplanMeier computes them', async () => {
    const { time, event } = survivalData();
    const check = (summary: { steps: Record<string, number | null>[] }, rows: number[]) => {
      const curve = kaplanMeier(time, event, { confidenceType: 'log' }, Int32Array.from(rows));
      // the export rounds survival months to 3 decimals
      expect(summary.steps.length).toBe(curve.time.length);
      summary.steps.forEach((s, i) => expect(s.time).toBeCloseTo(curve.time[i]!, 3));
      expect(summary.steps.map((s) => s.nRisk)).toEqual([...curve.nRisk]);
      expect(summary.steps.map((s) => s.nEvent)).toEqual([...curve.nEvent]);
      expect(summary.steps.map((s) => s.survival)).toEqual([...curve.survival]);
      expect(summary.steps.map((s) => s.lower)).toEqual([...curve.lower].map((v) => (Number.isFinite(v) ? v : null)));
      expect(summary.steps.map((s) => s.upper)).toEqual([...curve.upper].map((v) => (Number.isFinite(v) ? v : null)));
    };
    ARMS.forEach((arm, k) => check(analysis.survival.byGroup[k], rowsOf(arm)));
    const bySex = (await app.inject({ method: 'POST', url: '/api/cohorts/analysis', payload: { filter: { cohort: 'demo-000' }, groupBy: 'sex' } })).json();
    expect(bySex.groups.map((g: { group: string }) => g.group)).toEqual(['male', 'female']);
    ['male', 'female'].forEach((sex, k) => check(bySex.survival.byGroup[k], data.sex!.flatMap((s, i) => (s === sex ? [i] : []))));
    expect(bySex.survival.pairwise).toBeNull(); // two groups: the log-rank test is the only comparison
    expect(bySex.methods.en).toMatch(/log-rank test\./);
    expect(bySex.methods.en).not.toMatch(/each pair of groups/);
  });

  it('adds Holm (or Bonferroni) pairwise log-rank tests as pairwiseLogRank computes them', async () => {
    const { time, event } = survivalData();
    const group = Int32Array.from(data.study_arm!, (a) => ARMS.indexOf(a));
    const holm = pairwiseLogRank(time, event, group, 3, 'holm');
    expect(analysis.survival.pairwise.method).toBe('holm');
    expect(analysis.survival.pairwise.comparisons.map((c: { first: string; second: string }) => `${c.first}/${c.second}`)).toEqual(['IMRT/PVP', 'IMRT/PVP+IMRT', 'PVP/PVP+IMRT']);
    analysis.survival.pairwise.comparisons.forEach((c: { chisq: number; p: number; pAdjusted: number }, k: number) => {
      expect(c.chisq).toBeCloseTo(holm[k]!.chisq, 10);
      expect(c.p).toBeCloseTo(holm[k]!.p, 12);
      expect(c.pAdjusted).toBeCloseTo(holm[k]!.pAdjusted, 12);
    });
    const res = await app.inject({ method: 'POST', url: '/api/cohorts/analysis', payload: { filter: { cohort: 'demo-000' }, pairwiseAdjust: 'bonferroni' } });
    const bonferroni = pairwiseLogRank(time, event, group, 3, 'bonferroni');
    res.json().survival.pairwise.comparisons.forEach((c: { pAdjusted: number }, k: number) => expect(c.pAdjusted).toBeCloseTo(bonferroni[k]!.pAdjusted, 12));
    expect(res.json().methods.en).toMatch(/Bonferroni method/);
  });

  it('fits the Cox model on the chosen covariates, study arm included, with the cox.zph test', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/cohorts/analysis', payload: { filter: { cohort: 'demo-000' }, cox: { covariates: ['studyArm', 'kpsBaselineGroup'], reference: { studyArm: 'IMRT' } } } });
    const cox = res.json().cox;
    const { time, event } = survivalData();
    const factor = (column: string, levels: string[]) => ({ name: column, kind: 'categorical' as const, levels, reference: 0, codes: Int32Array.from(data[column]!, (v) => levels.indexOf(v)) });
    const design = designMatrix([factor('study_arm', ARMS), factor('kps_group_0', ['80-100', '10-70'])], time.length);
    const input = { time: subset(time, design.kept), event: subset(event, design.kept), covariates: design.matrix, p: design.p, ties: 'efron' as const };
    const fit = coxRegression(input);
    expect(cox.terms.map((t: { covariate: string; level: string }) => `${t.covariate}:${t.level}`)).toEqual(['studyArm:PVP', 'studyArm:PVP+IMRT', 'kpsBaselineGroup:10-70']);
    cox.terms.forEach((t: { hazardRatio: number }, j: number) => expect(t.hazardRatio).toBeCloseTo(fit.hazardRatios[j]!, 8));
    const zph = coxZph(input, fit, [[0, 1], [2]], 'km');
    expect(cox.zph.terms.map((t: { covariate: string; df: number }) => `${t.covariate}/${t.df}`)).toEqual(['studyArm/2', 'kpsBaselineGroup/1']);
    cox.zph.terms.forEach((t: { chisq: number; p: number }, k: number) => {
      expect(t.chisq).toBeCloseTo(zph.terms[k]!.chisq, 10);
      expect(t.p).toBeCloseTo(zph.terms[k]!.p, 12);
    });
    expect(cox.zph.global.chisq).toBeCloseTo(zph.global.chisq, 10);
    expect(cox.concordance.estimate).toBeCloseTo(fit.concordance, 12);
    expect(cox.concordance.se).toBeCloseTo(fit.concordanceStandardError, 12);
    expect(cox.concordance.se).toBeGreaterThan(0);
  });

  it('fits the random-intercept model of VAS, SINS and KPS over visits with Type III F tests', () => {
    const months: Record<string, number[]> = {};
    for (const r of analysis.repeated) months[r.instrument] = r.months;
    expect(months).toEqual({ vas: [0, 1, 3, 6, 12], sins: [0, 1, 3], kps: [0, 1, 3] });
    for (const instrument of ['vas', 'sins', 'kps']) {
      const long: { y: number; time: string; group: string; unit: string }[] = [];
      data.patient_code!.forEach((code, i) => months[instrument]!.forEach((m) => {
        const v = data[`${instrument}_${m}`]![i]!;
        if (v !== '') long.push({ y: Number(v), time: String(m), group: data.study_arm![i]!, unit: code });
      }));
      const time = { name: 'time', codes: Int32Array.from(long, (r) => months[instrument]!.indexOf(Number(r.time))), levels: months[instrument]!.map(String), reference: 0 };
      const group = { name: 'group', codes: Int32Array.from(long, (r) => ARMS.indexOf(r.group)), levels: ARMS, reference: 0 };
      const design = factorialDesign(time, group, true, 'sum');
      const unit = encodeLevels(long.map((r) => r.unit));
      const fit = randomInterceptModel({ y: Float64Array.from(long, (r) => r.y), x: design.x, p: design.p, unit: unit.codes, units: unit.levels.length, method: 'REML', terms: design.terms });
      const result = analysis.repeated.find((r: { instrument: string }) => r.instrument === instrument);
      expect(result.model.observations).toBe(long.length);
      expect(result.model.tests.map((t: { term: string }) => t.term)).toEqual(['time', 'group', 'time:group']);
      result.model.tests.forEach((t: { f: number; p: number; numeratorDf: number; denominatorDf: number }, k: number) => {
        expect(t.f, `${instrument} ${t.numeratorDf}`).toBeCloseTo(fit.tests[k + 1]!.f, 8);
        expect(t.p).toBeCloseTo(fit.tests[k + 1]!.p, 12);
        expect(t.denominatorDf).toBe(fit.tests[k + 1]!.denominatorDf);
      });
      // means ± 95 % t intervals per visit per group
      const first = result.means[0].visits[1];
      const values = long.filter((r) => r.group === 'IMRT' && r.time === '1').map((r) => r.y);
      expect(first.n).toBe(values.length);
      expect(first.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 12);
      expect(first.lower).toBeLessThan(first.mean);
      expect(first.upper).toBeGreaterThan(first.mean);
    }
  });

  it('names only the tests that ran: one arm, or no patient at all', async () => {
    const one = (await app.inject({ method: 'POST', url: '/api/cohorts/analysis', payload: { filter: { cohort: 'demo-000', studyArm: ['IMRT'] } } })).json();
    expect(one.repeated.every((r: { model: { error?: string } }) => typeof r.model.error === 'string')).toBe(true);
    expect(one.repeated[0].means[0].visits[0].n).toBe(30);
    expect(one.survival.logRank).toBeNull();
    expect(one.survival.pairwise).toBeNull();
    expect(one.survival.byGroup[0].steps.length).toBeGreaterThan(10);
    expect(one.methods.en).not.toMatch(/mixed model|log-rank|Baseline characteristics|between groups/);
    expect(one.methods.en).toMatch(/compared within each group across visits by one-way ANOVA/);
    expect(one.methods.en).toMatch(/Kaplan–Meier/);
    const none = await app.inject({ method: 'POST', url: '/api/cohorts/analysis', payload: { filter: { cohort: 'no-such-cohort' } } });
    expect(none.statusCode, none.body).toBe(200);
    expect(none.json().n).toBe(0);
    expect(none.json().methods.en).not.toMatch(/Kaplan–Meier|mixed model/);
  });

  it('writes the statistical methods paragraph of the tests run, in en, zh and ja', () => {
    const { en, zh, ja } = analysis.methods;
    expect(en).toMatch(/Pearson's χ² test/);
    expect(en).toMatch(/Kaplan–Meier/);
    expect(en).toMatch(/log-rank test, and between each pair of groups .* Holm method/);
    expect(en).toMatch(/random intercept per patient/);
    expect(en).toMatch(/VAS, SINS and KPS/);
    expect(en).toMatch(/Efron ties\) on brain or visceral metastasis \(reference no\), KPS before treatment \(reference 80–100\)/);
    expect(en).toMatch(/cox\.zph/);
    expect(zh).toMatch(/Holm 法/);
    expect(zh).toMatch(/线性混合模型/);
    expect(ja).toMatch(/Holm 法/);
    expect(ja).toMatch(/線形混合モデル/);
  });
});
