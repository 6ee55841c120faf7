import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support.js';
import { loadFixture } from '../../stats/test-helpers.js';
import { parseCsv } from './stats.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../stats/fixtures/${name}`, import.meta.url));
const LUNG = fixture('lung.csv');
const VETERAN = fixture('veteran.csv');

interface RSurvival {
  km: { data: string; group: string | null; conf: string; curves: { name: string; n: number; events: number; median: number; medianLower: number; medianUpper: number }[] }[];
  logrank: { data: string; group: string; strata: string | null; chisq: number; p: number }[];
  cox: { data: string; ties: string; covariates: string[]; factors: Record<string, string> | null; strata: string | null; names: string[]; coef: number[]; se: number[]; loglik: number[]; lr: { statistic: number }; wald: { statistic: number }; score: { statistic: number } }[];
}
const R = loadFixture<RSurvival>('survival.json');

function close(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual - expected) / Math.abs(expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

async function tempFile(name: string, content: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'bonemet-stats-')), name);
  await writeFile(file, content);
  return file;
}

async function json(args: string[]): Promise<Record<string, unknown>> {
  const run = await runCli(['stats', ...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe('bonemet stats km', () => {
  it('--json gives the median and its CI per group and the log-rank test, as R', async () => {
    const result = await json(['km', '--csv', LUNG, '--time', 'time', '--event', 'status', '--group', 'sex']);
    const expected = R.km.find((c) => c.data === 'lung' && c.group === 'sex' && c.conf === 'log')!;
    const logrank = R.logrank.find((c) => c.data === 'lung' && c.group === 'sex')!;
    const groups = result.groups as { name: string; n: number; events: number; median: number; lower: number; upper: number }[];
    expect(groups.map((g) => g.name)).toEqual(expected.curves.map((c) => c.name));
    groups.forEach((g, i) => {
      const r = expected.curves[i]!;
      expect([g.n, g.events, g.median, g.lower, g.upper]).toEqual([r.n, r.events, r.median, r.medianLower, r.medianUpper]);
    });
    const test = result.logrank as { chisq: number; df: number; p: number };
    close(test.chisq, logrank.chisq);
    close(test.p, logrank.p);
    expect(test.df).toBe(1);
  });

  it('prints an R-like table and writes the SVG plot', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bonemet-plot-'));
    const plot = join(dir, 'km.svg');
    const run = await runCli(['stats', 'km', '--csv', VETERAN, '--time', 'time', '--event', 'status', '--group', 'celltype', '--plot', plot]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/celltype=adeno\s+27\s+26\s+51\s+35\s+92/);
    expect(run.stdout).toContain('Chisq= 25.4  on 3 degrees of freedom');
    const svg = await readFile(plot, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Number at risk');
    expect(svg.match(/fill-opacity="0.15"/g)).toHaveLength(4);
    expect(svg).toContain('celltype=squamous');
  });

  it('reports survival at chosen times', async () => {
    const result = await json(['km', '--csv', LUNG, '--time', 'time', '--event', 'status', '--times', '100,365']);
    const [all] = result.groups as { survival: { time: number; nRisk: number }[] }[];
    expect(all!.survival.map((row) => [row.time, row.nRisk])).toEqual([[100, 196], [365, 65]]);
  });
});

describe('bonemet stats cox', () => {
  for (const ties of ['efron', 'breslow']) {
    it(`--json matches R coxph with a factor and its reference level (${ties})`, async () => {
      const r = R.cox.find((c) => c.data === 'veteran' && c.ties === ties && c.factors?.celltype === 'large')!;
      const result = await json(['cox', '--csv', VETERAN, '--time', 'time', '--event', 'status', '--covariates', 'trt,karno,celltype', '--ref', 'celltype=large', '--ties', ties]);
      expect(Object.keys(result).slice(0, 5)).toEqual(['n', 'events', 'coefficients', 'loglik', 'tests']);
      const coefficients = result.coefficients as { name: string; coef: number; se: number }[];
      expect(coefficients.map((c) => c.name)).toEqual(r.names);
      coefficients.forEach((c, j) => {
        close(c.coef, r.coef[j]!, 1e-8);
        close(c.se, r.se[j]!, 1e-8);
      });
      const loglik = result.loglik as number[];
      close(loglik[0]!, r.loglik[0]!);
      close(loglik[1]!, r.loglik[1]!);
      const tests = result.tests as Record<'lr' | 'wald' | 'score', { statistic: number; df: number; p: number }>;
      close(tests.lr.statistic, r.lr.statistic, 1e-8);
      close(tests.wald.statistic, r.wald.statistic, 1e-8);
      close(tests.score.statistic, r.score.statistic, 1e-8);
      expect(tests.lr.df).toBe(5);
    });
  }

  it('drops and counts rows with a missing covariate, and names the reference level', async () => {
    const run = await runCli(['stats', 'cox', '--csv', LUNG, '--time', 'time', '--event', 'status', '--covariates', 'age,ph.ecog', '--ref', 'ph.ecog=1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('n= 227, number of events= 164');
    expect(run.stdout).toContain('(1 observation deleted due to missingness)');
    expect(run.stdout).toContain('ph.ecog: reference level "1"');
  });
});

describe('bonemet stats: concordance SE, the SPSS median CI, Fisher r × c by network and by Monte Carlo', () => {
  it('cox prints and returns the concordance with its standard error, as summary(coxph)', async () => {
    const c = loadFixture<{ cox: { data: string; ties: string; covariates: string[]; factors: unknown; strata: string | null; concordance: number; concordanceSe: number }[] }>('survival.json')
      .cox.find((k) => k.data === 'lung' && k.ties === 'efron' && !k.factors && !k.strata)!;
    const args = ['cox', '--csv', LUNG, '--time', 'time', '--event', 'status', '--covariates', c.covariates.join(',')];
    const result = await json(args);
    close(result.concordance as number, c.concordance, 1e-12);
    close(result.concordanceSe as number, c.concordanceSe, 1e-10);
    const run = await runCli(['stats', ...args]);
    expect(run.stdout).toContain(`Concordance= ${c.concordance.toFixed(3)}  (se = ${c.concordanceSe.toFixed(3)} )`);
  });
  it('km --median-ci spss adds median ± z·SE; a wrong value is refused', async () => {
    const spss = loadFixture<{ cases: { data: string; group: string; level: string; median: number; se: number; lower: number; upper: number }[] }>('km-spss.json').cases.filter((k) => k.data === 'lung' && k.group === 'sex');
    const result = await json(['km', '--csv', LUNG, '--time', 'time', '--event', 'status', '--group', 'sex', '--median-ci', 'spss']);
    const groups = result.groups as { spssMedian: { median: number; se: number; lower: number; upper: number } }[];
    groups.forEach((g, i) => {
      expect(g.spssMedian.median).toBe(spss[i]!.median);
      close(g.spssMedian.se, spss[i]!.se, 1e-12);
      close(g.spssMedian.lower, spss[i]!.lower, 1e-12);
    });
    const bad = await runCli(['stats', 'km', '--csv', LUNG, '--time', 'time', '--event', 'status', '--median-ci', 'sas']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--median-ci "sas" is not accepted; accepted: survfit, spss');
  });
  it('fisher on a 3 × 4 table by the network algorithm, and --simulate with a seed', async () => {
    const table = [[12, 8, 5, 9], [7, 15, 11, 6], [10, 9, 14, 13]];
    const R3 = loadFixture<{ fisher: { name: string; p: number }[] }>('inference.json').fisher.find((k) => k.name === '3 x 4, n = 119')!;
    const exact = await json(['fisher', '--table', JSON.stringify(table)]);
    expect(exact.method).toBe('exact');
    close(exact.p as number, R3.p, 1e-9);
    const simulated = await json(['fisher', '--table', JSON.stringify(table), '--simulate', '--replicates', '5000', '--seed', '3']);
    expect(simulated).toMatchObject({ method: 'monte-carlo', replicates: 5000, seed: 3 });
    expect(Math.abs((simulated.p as number) - R3.p)).toBeLessThan(4 * Math.sqrt((R3.p * (1 - R3.p)) / 5000));
    const bad = await runCli(['stats', 'fisher', '--table', JSON.stringify(table), '--simulate', '--replicates', '10']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--replicates "10" is not accepted');
    // a 2 × 2 table is exact, as in R: --simulate is refused rather than silently ignored
    const twoByTwo = await runCli(['stats', 'fisher', '--table', '[[10,28],[7,31]]', '--simulate']);
    expect(twoByTwo.code).toBe(2);
    expect(twoByTwo.stderr).toContain('--simulate: a 2 × 2 table is computed exactly');
  });
});

describe('bonemet stats on inline data', () => {
  it('chisq --json on 000 §2.1 (local progression)', async () => {
    const result = await json(['chisq', '--table', '[[3,35],[11,27],[7,23]]']);
    expect(Object.keys(result)).toEqual(['statistic', 'df', 'p', 'expected']);
    close(result.statistic as number, 5.62749619145904, 1e-12);
    expect(result.df).toBe(2);
    expect((result.expected as number[][])[0]![0]).toBeCloseTo((38 * 21) / 106, 12);
  });
  it('chisq --partition judges row pairs at 0.05/3', async () => {
    const run = await runCli(['stats', 'chisq', '--table', '[[14,24],[23,15],[26,10]]', '--partition']);
    expect(run.stdout).toContain('X-squared = 9.8305, df = 2');
    expect(run.stdout).toContain('α = 0.05 / 3 = 0.0167');
  });
  it('fisher on a 2 × 2 table', async () => {
    const result = await json(['fisher', '--table', '[[3,1],[1,3]]']);
    close(result.p as number, 0.48571428571428527, 1e-10); // R: fisher.test(matrix(c(3,1,1,3),2))$p.value
  });
  it('anova --summary from printed n / mean / SD (000 Table 2, VAS 1 month)', async () => {
    const result = await json(['anova', '--summary', '[{"n":38,"mean":3.02,"sd":0.78},{"n":38,"mean":3.29,"sd":0.89},{"n":30,"mean":5.43,"sd":1.10}]']);
    expect(Object.keys(result)).toEqual(['f', 'df1', 'df2', 'p']);
    const r = loadFixture<{ anova: { name: string; f: number }[] }>('classical.json').anova.find((c) => c.name === 'Table 2 VAS 1 month')!;
    close(result.f as number, r.f, 1e-10);
    expect([result.df1, result.df2]).toEqual([2, 103]);
  });
});

describe('bonemet stats on grouped CSV values', () => {
  const classical = loadFixture<{ plantGrowth: { groups: Record<string, number[]>; anova: { f: number }; leveneMedian: { f: number } }; sleep: { x: number[]; y: number[]; welch: { t: number }; paired: { t: number } } }>('classical.json');
  const plants = Object.entries(classical.plantGrowth.groups).flatMap(([group, values]) => values.map((v) => `${group},${v}`));
  it('anova, levene and ttest read --value and --group', async () => {
    const file = await tempFile('plants.csv', ['group,weight', ...plants].join('\r\n'));
    const anova = await json(['anova', '--csv', file, '--value', 'weight', '--group', 'group', '--bonferroni']);
    close(anova.f as number, classical.plantGrowth.anova.f);
    const levene = await json(['levene', '--csv', file, '--value', 'weight', '--group', 'group', '--center', 'median']);
    close(levene.f as number, classical.plantGrowth.leveneMedian.f);
    const { x, y } = classical.sleep;
    const sleep = await tempFile('sleep.csv', ['drug,extra', ...x.map((v) => `a,${v}`), ...y.map((v) => `b,${v}`)].join('\n'));
    const welch = await json(['ttest', '--csv', sleep, '--value', 'extra', '--group', 'drug']);
    close(welch.t as number, classical.sleep.welch.t);
    const paired = await tempFile('paired.csv', ['x,y', ...x.map((v, i) => `${v},${y[i]}`)].join('\n'));
    const result = await json(['ttest', '--csv', paired, '--x', 'x', '--y', 'y', '--paired']);
    close(result.t as number, classical.sleep.paired.t);
  });
});

describe('bad input exits with code 2, names row and column, prints nothing on stdout', () => {
  const cases: [string, string, string[], RegExp][] = [
    ['non-numeric time', 'time,status\n5,1\nsoon,0\n', [], /row 3, column time: "soon" is not a number/],
    ['event not 0/1', 'time,status\n5,1\n7,2\n', [], /row 3, column status: event must be 0 \(censored\) or 1 \(event\), got 2/],
    ['missing time', 'time,status\n5,1\n,1\n', [], /row 3, column time: is empty/],
    ['negative time', 'time,status\n-5,1\n', [], /row 2, column time: time -5 is negative/],
    ['ragged row', 'time,status\n5,1\n6,1,3\n', [], /row 3: has 3 fields, the header has 2/],
    ['unclosed quote', 'time,status\n"5,1\n', [], /row 2: a quoted field is not closed/],
    ['text after a closing quote', 'time,status\n"5"x,1\n', [], /row 2: unexpected text after a closing quote/],
    ['unknown column', 'time,status\n5,1\n', ['--group', 'arm'], /--group: no column "arm" in .*; columns: time, status/],
  ];
  for (const [label, content, extra, message] of cases) {
    it(label, async () => {
      const file = await tempFile('bad.csv', content);
      const run = await runCli(['stats', 'km', '--csv', file, '--time', 'time', '--event', 'status', ...extra]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
    });
  }
  it('a constant covariate and data without events cannot be fitted', async () => {
    const constant = await tempFile('constant.csv', 'time,status,x\n1,1,1\n2,0,1\n3,1,1\n');
    const none = await tempFile('none.csv', 'time,status,x\n1,0,1\n2,0,2\n');
    const first = await runCli(['stats', 'cox', '--csv', constant, '--time', 'time', '--event', 'status', '--covariates', 'x']);
    expect([first.code, first.stdout]).toEqual([2, '']);
    expect(first.stderr).toContain('cannot estimate x: it is constant');
    const second = await runCli(['stats', 'cox', '--csv', none, '--time', 'time', '--event', 'status', '--covariates', 'x']);
    expect(second.stderr).toContain('no events');
  });
  it('an unknown analysis, a bad --table and a bad --ref', async () => {
    for (const args of [
      ['stats', 'kaplan'],
      ['stats', 'chisq', '--table', '[[1,2],[3]]'],
      ['stats', 'chisq', '--table', '[[1,-2],[3,4]]'],
      ['stats', 'cox', '--csv', VETERAN, '--time', 'time', '--event', 'status', '--covariates', 'celltype', '--ref', 'celltype=huge'],
    ]) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
  });
});

describe('the CSV reader (RFC 4180)', () => {
  it('reads quoted fields with commas, escaped quotes, newlines and CRLF; skips blank lines', () => {
    const csv = parseCsv('\uFEFFname,"note"\r\n"a, b","say ""hi"""\r\n\r\n"multi\nline",x\r\n,\nlast,', 'f.csv');
    expect(csv.header).toEqual(['name', 'note']);
    const rows = Array.from({ length: csv.length }, (_, r) => csv.header.map((_, c) => csv.table.field(r, c)));
    expect(rows).toEqual([['a, b', 'say "hi"'], ['multi\nline', 'x'], ['', ''], ['last', '']]);
    expect([...csv.rowNumbers]).toEqual([2, 4, 6, 7]);
  });
  it('reads a file without quotes the same way by field offsets (blank lines, CRLF, a BOM, a short row refused)', () => {
    const csv = parseCsv('\uFEFFtime,status\r\n12,1\r\n\r\n 7 ,0\n3.5,\n', 'f.csv');
    expect(csv.header).toEqual(['time', 'status']);
    expect(Array.from({ length: csv.length }, (_, r) => [csv.table.field(r, 0), csv.table.field(r, 1)])).toEqual([['12', '1'], [' 7 ', '0'], ['3.5', '']]);
    expect([...csv.rowNumbers]).toEqual([2, 4, 5]);
    expect([csv.table.digits(0, 0), csv.table.digits(1, 0), csv.table.digits(2, 0), csv.table.digits(2, 1)]).toEqual([12, NaN, NaN, NaN]);
    expect(() => parseCsv('a,b\n1,2\n3\n', 'f.csv')).toThrow('invalid data in f.csv');
  });
});

describe('bonemet stats with strata', () => {
  it('logrank --strata matches R survdiff(... + strata())', async () => {
    const r = R.logrank.find((c) => c.strata === 'celltype')!;
    const result = await json(['logrank', '--csv', VETERAN, '--time', 'time', '--event', 'status', '--group', 'trt', '--strata', 'celltype']);
    close(result.chisq as number, r.chisq);
    close(result.p as number, r.p);
  });
  it('cox --strata matches R coxph(... + strata())', async () => {
    const r = R.cox.find((c) => c.strata === 'celltype' && c.ties === 'breslow')!;
    const result = await json(['cox', '--csv', VETERAN, '--time', 'time', '--event', 'status', '--covariates', 'trt,karno,age', '--strata', 'celltype', '--ties', 'breslow']);
    (result.coefficients as { coef: number }[]).forEach((c, j) => close(c.coef, r.coef[j]!, 1e-8));
    close((result.tests as { score: { statistic: number } }).score.statistic, r.score.statistic, 1e-8);
  });
});

describe('bonemet stats cox --zph', () => {
  it('tests proportional hazards per covariate and globally, as R cox.zph', async () => {
    const r = loadFixture<{ data: string; ties: string; strata: string | null; transform: string; chisq: number[]; df: number[] }[]>('zph.json')
      .find((c) => c.data === 'veteran' && c.ties === 'efron' && c.strata === null)!;
    const result = await json(['cox', '--csv', VETERAN, '--time', 'time', '--event', 'status', '--covariates', 'trt,karno,celltype', '--zph']);
    const zph = result.zph as { terms: { name: string; chisq: number; df: number }[]; global: { chisq: number; df: number } };
    expect(zph.terms.map((t) => t.name)).toEqual(['trt', 'karno', 'celltype']);
    [...zph.terms, zph.global].forEach((t, k) => {
      close(t.chisq, r.chisq[k]!, 1e-8);
      expect(t.df).toBe(r.df[k]);
    });
  });
});

describe('groups of one value and levels without values (R: edge-cases.json)', () => {
  interface Anova { f: number; df1: number; df2: number; p: number }
  const edge = loadFixture<{
    single: { y: number[]; g: string[]; anova: Anova; leveneMean: Anova };
    missingLevel: { y: (number | null)[]; g: string[]; anova: Anova; welch: { t: number; df: number; p: number } };
    welchSingleError: string;
  }>('edge-cases.json');
  const csv = (y: (number | null)[], g: string[]): string => ['g,y', ...y.map((v, i) => `${g[i]},${v === null ? 'NA' : v}`)].join('\n');

  it('anova and levene with a one-value group give R\'s F and p', async () => {
    const file = await tempFile('single.csv', csv(edge.single.y, edge.single.g));
    const anova = await json(['anova', '--csv', file, '--value', 'y', '--group', 'g']);
    close(anova.f as number, edge.single.anova.f, 1e-10);
    close(anova.p as number, edge.single.anova.p, 1e-10);
    const levene = await json(['levene', '--csv', file, '--value', 'y', '--group', 'g']);
    expect(levene.center).toBe('mean');
    close(levene.f as number, edge.single.leveneMean.f, 1e-10);
  });
  it('a level whose values are all missing is dropped: anova on 1 and 6 df, ttest on the 2 levels left', async () => {
    const file = await tempFile('missing.csv', csv(edge.missingLevel.y, edge.missingLevel.g));
    const anova = await json(['anova', '--csv', file, '--value', 'y', '--group', 'g']);
    expect([anova.df1, anova.df2, anova.dropped]).toEqual([edge.missingLevel.anova.df1, edge.missingLevel.anova.df2, 2]);
    close(anova.f as number, edge.missingLevel.anova.f, 1e-10);
    expect((anova.groups as { name: string }[]).map((g) => g.name)).toEqual(['g=a', 'g=c']);
    const welch = await json(['ttest', '--csv', file, '--value', 'y', '--group', 'g']);
    close(welch.t as number, edge.missingLevel.welch.t, 1e-10);
    close(welch.p as number, edge.missingLevel.welch.p, 1e-10);
  });
  it('Welch with a one-value group and a paired test of constant differences exit 2 with the reason', async () => {
    const single = await tempFile('welch.csv', 'g,y\na,3.1\nb,2.2\nb,4.1\nb,3.3\n');
    const welch = await runCli(['stats', 'ttest', '--csv', single, '--value', 'y', '--group', 'g', '--json']);
    expect([welch.code, welch.stdout]).toEqual([2, '']);
    expect(welch.stderr).toContain("Welch's t-test needs at least 2 values in the first group, got 1");
    const constant = await tempFile('paired.csv', 'x,y\n1,0\n2,1\n3,2\n');
    const paired = await runCli(['stats', 'ttest', '--csv', constant, '--x', 'x', '--y', 'y', '--paired']);
    expect([paired.code, paired.stdout]).toEqual([2, '']);
    expect(paired.stderr).toContain('essentially constant');
  });
  it('--help states the Levene default centre', async () => {
    const run = await runCli(['stats', '--help']);
    expect(run.stdout).toContain("default --center mean: Levene's original test");
  });
});

describe('cox reports convergence and honours --conf-level', () => {
  it('iterations and converged in --json; the 90 % limits are narrower', async () => {
    const r = R.cox.find((c) => c.data === 'veteran' && c.ties === 'efron' && c.factors?.celltype === 'large')! as unknown as { iterations?: number };
    const args = ['cox', '--csv', VETERAN, '--time', 'time', '--event', 'status', '--covariates', 'trt,karno,celltype', '--ref', 'celltype=large'];
    const fit = await json(args);
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBe(r.iterations);
    const narrow = await json([...args, '--conf-level', '0.9']);
    expect(narrow.confLevel).toBe(0.9);
    const [wide90] = narrow.coefficients as { hr: number; lower: number; se: number; coef: number }[];
    close(wide90!.lower, Math.exp(wide90!.coef - 1.6448536269514722 * wide90!.se), 1e-12); // qnorm(0.95)
    const text = await runCli(['stats', ...args, '--conf-level', '0.9']);
    expect(text.stdout).toContain('lower .9');
  });
});

describe('the added analyses through the CLI, against R (inference.json)', () => {
  interface HTest { statistic: number; df: number | number[]; p: number }
  const R2 = loadFixture<{
    padjust: { p: (number | null)[]; holm: (number | null)[]; BH: (number | null)[] };
    kruskal: { name: string; groups: Record<string, number[]>; result: HTest }[];
    welch: { name: string; groups: Record<string, number[]>; result: HTest }[];
    wilcoxon: { name: string; x: number[]; y: number[]; paired: boolean; alternative: string; correct: boolean; statistic: number; p: number }[];
    shapiro: { name: string; x: number[]; w: number; p: number }[];
    fisher: { name: string; table: number[][]; p: number }[];
    friedman: { name: string; data: number[][]; result: HTest }[];
    cochran: { name: string; data: number[][]; result: HTest }[];
    tukey: { name: string; groups: Record<string, number[]>; diff: number[]; lwr: number[]; p: number[] }[];
    rmst: { name: string; tau: number; rmean: number[]; se: number[] }[];
  }>('inference.json');
  const long = (groups: Record<string, number[]>): string => ['group,value', ...Object.entries(groups).flatMap(([g, values]) => values.map((v) => `${g},${v}`))].join('\n');
  const blocks = (data: number[][]): string => ['block,time,value', ...data.flatMap((row, b) => row.map((v, j) => `b${b + 1},t${j + 1},${v}`))].join('\n');

  it('padjust --method holm and BH keep NA and the order', async () => {
    const p = R2.padjust.p.map((v) => (v === null ? 'NA' : String(v))).join(',');
    for (const method of ['holm', 'BH'] as const) {
      const result = await json(['padjust', '--p', p, '--method', method]);
      (result.adjusted as (number | null)[]).forEach((v, i) => {
        const r = R2.padjust[method][i]!;
        if (r === null) expect(v).toBeNull();
        else close(v!, r, 1e-14);
      });
    }
  });
  it('kruskal, welch-anova and tukey read --value and --group', async () => {
    const ozone = await tempFile('ozone.csv', long(R2.kruskal[0]!.groups));
    const kruskal = await json(['kruskal', '--csv', ozone, '--value', 'value', '--group', 'group']);
    close(kruskal.statistic as number, R2.kruskal[0]!.result.statistic, 1e-10);
    close(kruskal.p as number, R2.kruskal[0]!.result.p, 1e-10);
    const welch = await json(['welch-anova', '--csv', ozone, '--value', 'value', '--group', 'group']);
    close(welch.f as number, R2.welch[0]!.result.statistic, 1e-10);
    close(welch.df2 as number, (R2.welch[0]!.result.df as number[])[1]!, 1e-10);
    const plants = await tempFile('plants.csv', long(R2.tukey[0]!.groups));
    const tukey = await json(['tukey', '--csv', plants, '--value', 'value', '--group', 'group']);
    const comparisons = tukey.comparisons as { pair: string; diff: number; lower: number; p: number }[];
    expect(comparisons.map((c) => c.pair)).toEqual(['group=trt1-group=ctrl', 'group=trt2-group=ctrl', 'group=trt2-group=trt1']);
    comparisons.forEach((c, i) => {
      close(c.diff, R2.tukey[0]!.diff[i]!, 1e-10);
      close(c.lower, R2.tukey[0]!.lwr[i]!, 1e-4);
      close(c.p, R2.tukey[0]!.p[i]!, 1e-4);
    });
  });
  it('wilcoxon rank-sum (exact) and signed-rank (ties: normal with correction)', async () => {
    const exact = R2.wilcoxon.find((c) => c.name.startsWith('permeability') && c.alternative === 'greater')!;
    const file = await tempFile('perm.csv', long({ a: exact.x, b: exact.y }));
    const rankSum = await json(['wilcoxon', '--csv', file, '--value', 'value', '--group', 'group', '--alternative', 'greater']);
    expect([rankSum.statistic, rankSum.exact]).toEqual([exact.statistic, true]);
    close(rankSum.p as number, exact.p, 1e-10);
    const sleep = R2.wilcoxon.find((c) => c.name === 'sleep (signed rank, ties)' && c.alternative === 'two.sided')!;
    const paired = await tempFile('pairs.csv', ['x,y', ...sleep.x.map((v, i) => `${v},${sleep.y[i]}`)].join('\n'));
    const signed = await json(['wilcoxon', '--csv', paired, '--x', 'x', '--y', 'y', '--paired']);
    expect([signed.statistic, signed.exact, signed.correct]).toEqual([sleep.statistic, false, true]);
    close(signed.p as number, sleep.p, 1e-10);
  });
  it('friedman and cochran read long data with --block; an incomplete block is dropped', async () => {
    const rounding = R2.friedman[0]!;
    const file = await tempFile('rounding.csv', `${blocks(rounding.data)}\nb99,t1,5.5\n`);
    const friedman = await json(['friedman', '--csv', file, '--value', 'value', '--group', 'time', '--block', 'block']);
    close(friedman.statistic as number, rounding.result.statistic, 1e-10);
    close(friedman.p as number, rounding.result.p, 1e-10);
    expect([friedman.blocks, friedman.droppedBlocks]).toEqual([22, 1]);
    const binary = R2.cochran[0]!;
    const cochran = await json(['cochran', '--csv', await tempFile('binary.csv', blocks(binary.data)), '--value', 'value', '--group', 'time', '--block', 'block']);
    close(cochran.statistic as number, binary.result.statistic, 1e-10);
  });
  it('shapiro per group, fisher on an r × c table, rmst with the two-group difference', async () => {
    const plantGrowth = R2.shapiro.find((c) => c.name.startsWith('PlantGrowth'))!;
    const shapiro = await json(['shapiro', '--csv', await tempFile('pg.csv', ['w', ...plantGrowth.x].join('\n')), '--value', 'w']);
    const [test] = shapiro.tests as { w: number; p: number }[];
    close(test!.w, plantGrowth.w, 1e-12);
    close(test!.p, plantGrowth.p, 1e-9);
    const local = R2.fisher.find((c) => c.name.includes('local progression'))!;
    close((await json(['fisher', '--table', JSON.stringify(local.table)])).p as number, local.p, 1e-9);
    const lung = R2.rmst.find((c) => c.name === 'lung by sex' && c.tau === 365)!;
    const rmst = await json(['rmst', '--csv', LUNG, '--time', 'time', '--event', 'status', '--group', 'sex', '--tau', '365']);
    const groups = rmst.groups as { rmean: number; se: number }[];
    groups.forEach((g, i) => {
      close(g.rmean, lung.rmean[i]!, 1e-12);
      close(g.se, lung.se[i]!, 1e-10);
    });
    const difference = rmst.difference as { difference: number; standardError: number };
    close(difference.difference, lung.rmean[1]! - lung.rmean[0]!, 1e-12);
    close(difference.standardError, Math.hypot(lung.se[0]!, lung.se[1]!), 1e-10);
  });
  it('bad input: a duplicated block value, a non-binary Cochran value, a missing --tau, an unknown --method', async () => {
    const duplicate = await tempFile('dup.csv', 'block,time,value\nb1,t1,1\nb1,t1,2\nb1,t2,3\n');
    const run = await runCli(['stats', 'friedman', '--csv', duplicate, '--value', 'value', '--group', 'time', '--block', 'block']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(/row 3: block b1 already has a value for t1 \(row 2\)/);
    const notBinary = await tempFile('nb.csv', 'block,time,value\nb1,t1,1\nb1,t2,2\n');
    expect((await runCli(['stats', 'cochran', '--csv', notBinary, '--value', 'value', '--group', 'time', '--block', 'block'])).stderr).toMatch(/row 3, column value: must be 0 or 1, got 2/);
    expect((await runCli(['stats', 'rmst', '--csv', LUNG, '--time', 'time', '--event', 'status'])).stderr).toContain('--tau T');
    expect((await runCli(['stats', 'padjust', '--p', '0.1', '--method', 'fdr'])).stderr).toContain('accepted: holm, BH, bonferroni');
  });
});

describe('bonemet stats cif (competing risks)', () => {
  const MGUS2 = fixture('mgus2.csv');
  const C = loadFixture<{ cases: { name: string; times: number[]; curves: { label: string; atEst: (number | null)[]; atVar: (number | null)[] }[]; tests: { cause: string; stat: number; pUpper: number }[] }[] }>('competing.json');
  it('--json gives cmprsk::cuminc estimates, variances and Gray’s test', async () => {
    const r = C.cases.find((c) => c.name === 'mgus2 by sex')!;
    const result = await json(['cif', '--csv', MGUS2, '--time', 'etime', '--event', 'event', '--group', 'sex', '--times', r.times.join(',')]);
    const curves = result.curves as { group: string; cause: string; atTimes: { estimate: number | null; variance: number | null }[] }[];
    expect(curves.map((c) => `${c.group.replace('sex=', '')} ${c.cause}`)).toEqual(r.curves.map((c) => c.label));
    curves.forEach((curve, k) => {
      curve.atTimes.forEach((row, j) => {
        const est = r.curves[k]!.atEst[j]!;
        if (est === null) expect(row.estimate).toBeNull();
        else {
          close(row.estimate!, est, 1e-10);
          if (est > 0) close(row.variance!, r.curves[k]!.atVar[j]!, 1e-10);
        }
      });
    });
    const tests = result.tests as { cause: string; statistic: number; df: number; p: number }[];
    tests.forEach((t, i) => {
      close(t.statistic, r.tests[i]!.stat, 1e-10);
      close(t.p, r.tests[i]!.pUpper, 1e-10);
    });
  });
  it('prints the tests and the estimates; text causes and a censoring code; bad input exits 2', async () => {
    const run = await runCli(['stats', 'cif', '--csv', MGUS2, '--time', 'etime', '--event', 'event', '--group', 'agegroup', '--strata', 'sex']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Gray's test (stratified by sex):");
    const text = await tempFile('cr.csv', 'time,status\n1,relapse\n2,death\n3,alive\n4,relapse\n');
    const named = await json(['cif', '--csv', text, '--time', 'time', '--event', 'status', '--censored', 'alive', '--times', '2,4']);
    expect(named.causes).toEqual(['death', 'relapse']);
    expect(named.tests).toBeNull();
    const empty = await tempFile('cr-empty.csv', 'time,status\n1,1\n2,\n');
    const bad = await runCli(['stats', 'cif', '--csv', empty, '--time', 'time', '--event', 'status']);
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toMatch(/row 3, column status: is empty/);
  });
});

describe('bonemet stats logrank --pairwise', () => {
  const P = loadFixture<{ logrank: { name: string; method: string; p: number[]; adjusted: number[] }[] }>('pairwise.json');
  it('matches survdiff per pair and p.adjust (holm default, BH); --adjust needs --pairwise', async () => {
    for (const [method, name] of [[undefined, 'veteran by celltype, holm'], ['BH', 'veteran by celltype, BH']] as const) {
      const r = P.logrank.find((c) => c.name === name)!;
      const result = await json(['logrank', '--csv', VETERAN, '--time', 'time', '--event', 'status', '--group', 'celltype', '--pairwise', ...(method ? ['--adjust', method] : [])]);
      const pairwise = result.pairwise as { adjust: string; comparisons: { first: string; p: number; pAdjusted: number }[] };
      expect(pairwise.adjust).toBe(r.method);
      pairwise.comparisons.forEach((c, k) => {
        close(c.p, r.p[k]!);
        close(c.pAdjusted, r.adjusted[k]!);
      });
    }
    const run = await runCli(['stats', 'logrank', '--csv', VETERAN, '--time', 'time', '--event', 'status', '--group', 'celltype', '--pairwise', '--adjust', 'fdr']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain('--adjust "fdr" is not accepted');
  });
});

describe('bonemet stats lmm (random-intercept mixed model)', () => {
  const M = loadFixture<{ cases: { name: string; coef: number[]; se: number[]; interceptVariance: number; logLik: number; terms: string[]; F: number[]; pFUpper: number[]; denDF: number[] }[] }>('mixed.json');
  it('--json matches nlme::lme on unbalanced data, treatment and sum coding', async () => {
    for (const [name, extra] of [['seeded, 3 arms, missing visits: visit * arm', []], ['seeded, 3 arms, missing visits: visit * arm, sum contrasts', ['--contrasts', 'sum']]] as const) {
      const r = M.cases.find((c) => c.name === name)!;
      const result = await json(['lmm', '--csv', fixture('repeated.csv'), '--value', 'score', '--time', 'visit', '--subject', 'unit', '--group', 'arm', ...extra]);
      (result.fixed as { estimate: number; se: number }[]).forEach((f, j) => {
        close(f.estimate, r.coef[j]!, 1e-6);
        close(f.se, r.se[j]!, 1e-6);
      });
      close((result.variance as { intercept: number }).intercept, r.interceptVariance, 1e-6);
      close(result.logLik as number, r.logLik, 1e-10);
      const tests = result.tests as { term: string; f: number; p: number; denDF: number }[];
      expect(tests.map((t) => t.term)).toEqual(r.terms);
      tests.forEach((t, k) => {
        close(t.f, r.F[k]!, 1e-6);
        close(t.p, r.pFUpper[k]!, 1e-4);
        expect(t.denDF).toBe(r.denDF[k]);
      });
      expect(result.dropped).toBe(22);
    }
  });
  it('bad input exits 2: an unknown reference level, an empty cell, a bad --method', async () => {
    const base = ['stats', 'lmm', '--csv', fixture('orthodont.csv'), '--value', 'distance', '--time', 'age', '--subject', 'subject'];
    const ref = await runCli([...base, '--ref', 'time=9']);
    expect([ref.code, ref.stdout]).toEqual([2, '']);
    expect(ref.stderr).toContain('--ref time=9: no such level; levels of age: 8, 10, 12, 14');
    const cell = await tempFile('cell.csv', 'id,t,g,y\n1,a,x,1\n1,b,x,2\n2,a,x,1.5\n2,b,x,2.5\n3,a,y,3\n4,a,y,2\n');
    const empty = await runCli(['stats', 'lmm', '--csv', cell, '--value', 'y', '--time', 't', '--subject', 'id', '--group', 'g']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/cannot estimate tb:gy: no observations in that combination of t and g/);
    expect((await runCli([...base, '--method', 'OLS'])).stderr).toContain('--method "OLS" is not accepted; accepted: REML, ML');
  });
});

describe('bonemet stats games-howell', () => {
  const P = loadFixture<{ gamesHowell: { name: string; groups: Record<string, number[]>; comparisons: { diff: number; df: number; lower: number; p: number }[] }[] }>('pairwise.json');
  it('--json matches the formula in R; a group of one value exits 2', async () => {
    const r = P.gamesHowell[0]!;
    const file = await tempFile('gh.csv', ['group,value', ...Object.entries(r.groups).flatMap(([g, v]) => v.map((x) => `${g},${x}`))].join('\n'));
    const result = await json(['games-howell', '--csv', file, '--value', 'value', '--group', 'group']);
    const comparisons = result.comparisons as { pair: string; diff: number; df: number; lower: number; p: number }[];
    expect(comparisons.map((c) => c.pair)).toEqual(['group=trt1-group=ctrl', 'group=trt2-group=ctrl', 'group=trt2-group=trt1']);
    comparisons.forEach((c, k) => {
      close(c.diff, r.comparisons[k]!.diff, 1e-12);
      close(c.df, r.comparisons[k]!.df, 1e-12);
      close(c.lower, r.comparisons[k]!.lower, 1e-6);
      close(c.p, r.comparisons[k]!.p, 1e-5);
    });
    const single = await tempFile('gh1.csv', 'group,value\na,1\na,2\nb,3\n');
    const run = await runCli(['stats', 'games-howell', '--csv', single, '--value', 'value', '--group', 'group']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain('group=b has 1 value; every group needs at least 2 values');
  });
});

describe('bonemet stats cox --cluster / --robust / --anova', () => {
  const X = loadFixture<{ cases: { name: string; robustSe: number[]; wald: number; anova: { chisq: number[]; p: number[] } }[] }>('cox-extras.json');
  it('robust SE by cluster, the robust Wald test and the sequential LR tests as R', async () => {
    const r = X.cases[0]!;
    const result = await json(['cox', '--csv', LUNG, '--time', 'time', '--event', 'status', '--covariates', 'age,sex,ph.ecog', '--ref', 'ph.ecog=0', '--cluster', 'inst', '--anova']);
    (result.coefficients as { robustSe: number }[]).forEach((c, j) => close(c.robustSe, r.robustSe[j]!, 1e-7));
    close((result.tests as { wald: { statistic: number } }).wald.statistic, r.wald, 1e-7);
    (result.anova as { chisq: number; p: number }[]).forEach((t, k) => {
      close(t.chisq, r.anova.chisq[k]!, 1e-7);
      close(t.p, r.anova.p[k]!, 1e-6);
    });
    const both = await runCli(['stats', 'cox', '--csv', LUNG, '--time', 'time', '--event', 'status', '--covariates', 'age', '--cluster', 'inst', '--robust']);
    expect([both.code, both.stdout]).toEqual([2, '']);
    expect(both.stderr).toContain('--cluster and --robust exclude each other');
  });
});
