import { useRef, useState, type FormEvent } from 'react';
import { cohortText as C, webText as W } from '../../i18n/web/ui.js';
import type { Localized } from '../../i18n/lang.js';
import { csvLine } from '../../boundary/csv.js';
import { api, type Problem, problemOf } from '../api.js';
import { download, downloadPdf, downloadPng, downloadSvg } from '../components/figure-export.js';
import { ProblemSummary, SelectField, TextField } from '../components/form.js';
import { KmChart, type KmCurve } from '../components/km-chart.js';
import { MeansChart } from '../components/means-chart.js';
import { LOCALE, useI18n } from '../i18n.js';

const VARIABLES = ['studyArm', 'sex', 'ageGroup', 'primaryGroup', 'vertebraeGroup', 'brainOrVisceral', 'systemicTherapy', 'sinsBaselineGroup', 'vasBaselineGroup', 'kpsBaselineGroup'] as const;
type Variable = (typeof VARIABLES)[number];
const PRIMARY_GROUPS = ['lung', 'breast', 'liver', 'other'] as const;
const COX_DEFAULT: readonly Variable[] = ['brainOrVisceral', 'kpsBaselineGroup', 'systemicTherapy'];
const ADJUST = { holm: 'Holm', bonferroni: 'Bonferroni' } as const;
type Adjust = keyof typeof ADJUST;

interface Test { statistic?: number; f?: number; df?: number; df1?: number; df2?: number; p: number }
interface Summary { n: number; mean: number; sd: number; month?: number }
type Limit = number | null;
interface Step { time: number; nRisk: number; nEvent: number; nCensor: number; survival: number; lower: Limit; upper: Limit }
interface SurvivalSummary { group: string; n: number; events: number; median: { estimate: Limit; lower: Limit; upper: Limit }; steps: Step[] }
interface Repeated {
  instrument: 'vas' | 'sins' | 'kps';
  months: number[];
  means: { group: string; visits: { month: number; n: number; mean: Limit; lower: Limit; upper: Limit }[] }[];
  model: { observations: number; patients: number; tests: { term: 'time' | 'group' | 'time:group'; numeratorDf: number; denominatorDf: number; f: number; p: number }[] } | { error: string };
}
interface Analysis {
  n: number;
  groupBy: Variable;
  groups: { group: string; n: number }[];
  excluded: { noGroup: number; noSurvival: number };
  baseline: { variable: Variable; levels: string[]; counts: number[][]; chiSquare: Test | null }[];
  continuous: { instrument: 'vas' | 'sins'; months: number[]; byGroup: { group: string; summaries: Summary[]; acrossTime: Test | null }[]; betweenGroups: { month: number; anova: Test | null }[] }[];
  kps: { months: number[]; levels: string[]; byGroup: { group: string; counts: number[][]; acrossTime: Test | null }[]; betweenGroups: { month: number; chiSquare: Test | null }[] };
  survival: {
    overall: SurvivalSummary;
    byGroup: SurvivalSummary[];
    logRank: { chisq: number; df: number; p: number } | null;
    pairwise: { method: Adjust | 'BH'; comparisons: { first: string; second: string; chisq: number; p: Limit; pAdjusted: Limit }[] } | null;
  };
  repeated: Repeated[];
  cox: {
    terms: { term: string; covariate: string; level: string; reference: string; hazardRatio: number; lower: number; upper: number; p: number }[]; n: number; events: number;
    likelihoodRatio: { statistic: number; df: number; p: number };
    concordance: { estimate: number; se: number };
    zph: { terms: { covariate: string; chisq: number; df: number; p: number }[]; global: { chisq: number; df: number; p: number } } | null;
  } | { error: string };
  methods: Localized;
}

/** Rows (the header first) as CSV with CRLF line ends, each line by the project's one CSV writer (src/boundary/csv.ts: cells protected against spreadsheet formulas). */
const toCsv = (rows: unknown[][]) => `${rows.map(csvLine).join('\r\n')}\r\n`;

/** Level names as printed: ≤ and ≥, en dash in ranges (0–6, 80–100). */
const printLevel = (level: string) => level.replace(/<=/g, '≤').replace(/>=/g, '≥').replace(/(\d)-(\d)/g, '$1–$2');

/** A Kaplan–Meier curve for the chart from the steps the API returns (a missing limit is NaN there). */
const curveOf = (s: SurvivalSummary, name: string): KmCurve => ({
  name,
  n: s.n,
  time: s.steps.map((x) => x.time),
  survival: s.steps.map((x) => x.survival),
  lower: s.steps.map((x) => x.lower ?? NaN),
  upper: s.steps.map((x) => x.upper ?? NaN),
  nRisk: s.steps.map((x) => x.nRisk),
  nCensor: s.steps.map((x) => x.nCensor),
});

export function CohortPage() {
  const { t, lang } = useI18n();
  /** Fixed decimals (one rule per table column): 1.20, not 1.2. */
  const number = (value: number | null | undefined, digits = 1) =>
    value === null || value === undefined || Number.isNaN(value) ? '—' : new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  const [cohort, setCohort] = useState('');
  const [arms, setArms] = useState('');
  const [sex, setSex] = useState('');
  const [primary, setPrimary] = useState<string[]>([]);
  const [groupBy, setGroupBy] = useState<Variable>('studyArm');
  const [covariates, setCovariates] = useState<Variable[]>([...COX_DEFAULT]);
  const [adjust, setAdjust] = useState<Adjust>('holm');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const svgRef = useRef<SVGSVGElement>(null);
  const meansRefs = useRef<Record<string, SVGSVGElement | null>>({});

  const variableLabel = (v: string) => (v in C.variables ? t(C.variables[v as Variable]) : v);
  const levelLabel = (l: string) => (l in C.levels ? t((C.levels as Record<string, Localized>)[l]!) : printLevel(l));
  /** P to three decimals, "<0.001" below; one rule in every table. */
  const p = (value: number | null | undefined) => (value === null || value === undefined || Number.isNaN(value) ? '—' : value < 0.001 ? '<0.001' : number(value, 3));
  /** A survival time or limit, "NR" when not reached. */
  const limit = (value: Limit, digits = 1) => (value === null || !Number.isFinite(value) ? 'NR' : number(value, digits));
  /** "P = 0.012" or "P < 0.001" in running text. */
  const pText = (value: number) => (value < 0.001 ? 'P < 0.001' : `P = ${p(value)}`);
  const monthLabel = (m: number) => (m === 0 ? t(W.cohort.baselineMonth) : t(W.followUp.month, { m }));

  const run = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const studyArm = arms.split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
    const filter = {
      ...(cohort.trim() ? { cohort: cohort.trim() } : {}),
      ...(studyArm.length ? { studyArm } : {}),
      ...(sex ? { sex } : {}),
      ...(primary.length ? { primaryGroup: primary } : {}),
    };
    try {
      const result = await api.post<Analysis>('/api/cohorts/analysis', { filter, groupBy, pairwiseAdjust: adjust, ...(covariates.length ? { cox: { covariates } } : {}) });
      setAnalysis(result);
      setProblem(null);
    } catch (e) {
      setProblem(problemOf(e));
    } finally {
      setBusy(false);
    }
  };

  const curves = analysis ? analysis.survival.byGroup.filter((g) => g.n > 0).map((g) => curveOf(g, levelLabel(g.group))) : [];

  const baselineCsv = (a: Analysis) => toCsv([
    [t(C.variables[a.groupBy] ?? C.variables.studyArm), ...a.groups.map((g) => `${levelLabel(g.group)} (n=${g.n})`), 'chi2', 'df', 'p'],
    ...a.baseline.flatMap((b) => b.levels.map((l, j) => [
      `${variableLabel(b.variable)}: ${levelLabel(l)}`, ...a.groups.map((_, g) => b.counts[g]?.[j] ?? 0),
      j === 0 ? b.chiSquare?.statistic ?? '' : '', j === 0 ? b.chiSquare?.df ?? '' : '', j === 0 ? b.chiSquare?.p ?? '' : '',
    ])),
  ]);
  const outcomesCsv = (a: Analysis) => toCsv([
    ['instrument', 'group', 'month', 'n', 'mean', 'sd', 'between_groups_F', 'between_groups_p'],
    ...a.continuous.flatMap((c) => c.byGroup.flatMap((g) => g.summaries.map((s, k) => [c.instrument, g.group, c.months[k], s.n, s.mean, s.sd, c.betweenGroups[k]?.anova?.f ?? '', c.betweenGroups[k]?.anova?.p ?? '']))),
  ]);
  const coxCsv = (a: Analysis) => 'error' in a.cox ? toCsv([['error'], [a.cox.error]]) : toCsv([
    ['covariate', 'level', 'reference', 'hr', 'lower95', 'upper95', 'p'],
    ...a.cox.terms.map((c) => [c.covariate, c.level, c.reference, c.hazardRatio, c.lower, c.upper, c.p]),
    [],
    ['zph_covariate', 'chisq', 'df', 'p'],
    ...(a.cox.zph ? [...a.cox.zph.terms.map((z) => [z.covariate, z.chisq, z.df, z.p]), ['GLOBAL', a.cox.zph.global.chisq, a.cox.zph.global.df, a.cox.zph.global.p]] : []),
  ]);
  /** The Kaplan–Meier steps as R's summary(survfit) lists them, one row per group and time. */
  const stepsCsv = (a: Analysis) => toCsv([
    ['group', 'time', 'n_risk', 'n_event', 'n_censor', 'survival', 'lower95', 'upper95'],
    ...a.survival.byGroup.flatMap((g) => g.steps.map((x) => [g.group, x.time, x.nRisk, x.nEvent, x.nCensor, x.survival, x.lower ?? 'NA', x.upper ?? 'NA'])),
  ]);
  const repeatedCsv = (a: Analysis) => toCsv([
    ['instrument', 'group', 'month', 'n', 'mean', 'lower95', 'upper95'],
    ...a.repeated.flatMap((r) => r.means.flatMap((g) => g.visits.map((v) => [r.instrument, g.group, v.month, v.n, v.mean ?? 'NA', v.lower ?? 'NA', v.upper ?? 'NA']))),
    [],
    ['instrument', 'term', 'num_df', 'den_df', 'F', 'p'],
    ...a.repeated.flatMap((r) => ('error' in r.model ? [] : r.model.tests.map((x) => [r.instrument, x.term, x.numeratorDf, x.denominatorDf, x.f, x.p]))),
  ]);

  return (
    <section aria-labelledby="cohort-title" className="cohort">
      <h1 id="cohort-title">{t(W.cohort.title)}</h1>
      <form className="card form-grid" onSubmit={(e) => void run(e)} aria-label={t(W.cohort.filters)}>
        <TextField id="cohort-label" label={t(C.cohortLabel)} value={cohort} onChange={setCohort} />
        <TextField id="cohort-arms" label={t(C.studyArms)} value={arms} onChange={setArms} />
        <SelectField id="cohort-sex" label={t(C.variables.sex)} value={sex} onChange={setSex} options={[{ value: 'female', label: levelLabel('female') }, { value: 'male', label: levelLabel('male') }]} />
        <fieldset className="field multi">
          <legend>{t(C.primaryGroups)}</legend>
          <div className="multi-options">
            {PRIMARY_GROUPS.map((g) => (
              <span className="check" key={g}>
                <input id={`cohort-primary-${g}`} type="checkbox" checked={primary.includes(g)} onChange={(e) => setPrimary((all) => (e.target.checked ? [...all, g] : all.filter((x) => x !== g)))} />
                <label htmlFor={`cohort-primary-${g}`}>{levelLabel(g)}</label>
              </span>
            ))}
          </div>
        </fieldset>
        <SelectField id="cohort-groupBy" label={t(W.cohort.groupBy)} value={groupBy} allowEmpty={false} onChange={(v) => setGroupBy(v as Variable)} options={VARIABLES.map((v) => ({ value: v, label: variableLabel(v) }))} />
        <fieldset className="field multi">
          <legend>{t(C.coxCovariates)}</legend>
          <div className="multi-options">
            {VARIABLES.map((v) => (
              <span className="check" key={v}>
                <input id={`cohort-cox-${v}`} type="checkbox" checked={covariates.includes(v)} onChange={(e) => setCovariates((all) => (e.target.checked ? VARIABLES.filter((x) => x === v || all.includes(x)) : all.filter((x) => x !== v)))} />
                <label htmlFor={`cohort-cox-${v}`}>{variableLabel(v)}</label>
              </span>
            ))}
          </div>
        </fieldset>
        <SelectField id="cohort-adjust" label={t(C.pairwiseAdjust)} value={adjust} allowEmpty={false} onChange={(v) => setAdjust(v as Adjust)} options={Object.entries(ADJUST).map(([value, label]) => ({ value, label }))} />
        <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t(W.cohort.run)}</button></div>
      </form>
      <ProblemSummary problem={problem} form="cohort" />
      {analysis ? (
        analysis.n === 0 ? <p>{t(W.cohort.none)}</p> : (
          <>
            <p>{t(W.cohort.n, { n: analysis.n })} · {analysis.groups.map((g) => `${levelLabel(g.group)} ${g.n}`).join(' · ')}</p>
            <p className="muted">{t(C.excluded, analysis.excluded)}</p>

            <section className="card" aria-labelledby="baseline-title">
              <div className="page-head">
                <h2 id="baseline-title">{t(W.cohort.baseline)}</h2>
                <button type="button" onClick={() => download('baseline.csv', 'text/csv', baselineCsv(analysis))}>{t(W.common.exportCsv)}</button>
              </div>
              <div className="table-wrap">
                <table className="data" data-testid="baseline-table">
                  <thead>
                    <tr>
                      <th scope="col">{t(W.cohort.characteristic)}</th>
                      {analysis.groups.map((g) => <th scope="col" key={g.group} className="num">{levelLabel(g.group)} (n = {number(g.n, 0)})</th>)}
                      <th scope="col" className="num">χ²</th>
                      <th scope="col" className="num">{t(W.cohort.pValue)}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {analysis.baseline.flatMap((b) => [
                      <tr key={b.variable} className="group-row">
                        <th scope="rowgroup" colSpan={1}>{variableLabel(b.variable)}</th>
                        {analysis.groups.map((g) => <td key={g.group} />)}
                        <td className="num">{b.chiSquare ? number(b.chiSquare.statistic, 2) : '—'}</td>
                        <td className="num">{b.chiSquare ? p(b.chiSquare.p) : '—'}</td>
                      </tr>,
                      ...b.levels.map((l, j) => (
                        <tr key={`${b.variable}-${l}`}>
                          <th scope="row" className="indent">{levelLabel(l)}</th>
                          {analysis.groups.map((g, k) => {
                            const count = b.counts[k]?.[j] ?? 0;
                            return <td key={g.group} className="num">{number(count, 0)} ({number(g.n ? (100 * count) / g.n : 0, 1)} %)</td>;
                          })}
                          <td /><td />
                        </tr>
                      )),
                    ])}
                  </tbody>
                </table>
              </div>
              <p className="muted">{t(C.chiSquare)}</p>
            </section>

            <section className="card" aria-labelledby="outcomes-title">
              <div className="page-head">
                <h2 id="outcomes-title">{t(W.cohort.outcomes)}</h2>
                <button type="button" onClick={() => download('outcomes.csv', 'text/csv', outcomesCsv(analysis))}>{t(W.common.exportCsv)}</button>
              </div>
              {analysis.continuous.map((c) => (
                <div className="table-wrap" key={c.instrument}>
                  <table className="data" data-testid={`outcome-${c.instrument}`}>
                    <caption>{t(C.instruments[c.instrument])} — {t(W.cohort.mean)}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t(W.cohort.time)}</th>
                        {analysis.groups.map((g) => <th scope="col" key={g.group} className="num">{levelLabel(g.group)}</th>)}
                        <th scope="col" className="num">F</th>
                        <th scope="col" className="num">{t(W.cohort.pValue)}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {c.months.map((m, k) => (
                        <tr key={m}>
                          <th scope="row">{m === 0 ? t(W.cohort.baselineMonth) : t(W.followUp.month, { m })}</th>
                          {c.byGroup.map((g) => {
                            const s = g.summaries[k];
                            return <td key={g.group} className="num">{s && s.n ? `${number(s.mean, 2)} ± ${number(s.sd, 2)} (${number(s.n, 0)})` : '—'}</td>;
                          })}
                          <td className="num">{c.betweenGroups[k]?.anova ? number(c.betweenGroups[k]!.anova!.f, 2) : '—'}</td>
                          <td className="num">{p(c.betweenGroups[k]?.anova?.p)}</td>
                        </tr>
                      ))}
                      <tr>
                        <th scope="row">{t(C.acrossTime)}</th>
                        {c.byGroup.map((g) => <td key={g.group} className="num">{g.acrossTime ? `F ${number(g.acrossTime.f, 2)}, P ${p(g.acrossTime.p)}` : '—'}</td>)}
                        <td /><td />
                      </tr>
                    </tbody>
                  </table>
                </div>
              ))}
              <div className="table-wrap">
                <table className="data" data-testid="outcome-kps">
                  <caption>{t(C.instruments.kps)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t(W.cohort.time)}</th>
                      {analysis.kps.byGroup.map((g) => <th scope="col" key={g.group}>{levelLabel(g.group)}: {analysis.kps.levels.join(' / ')}</th>)}
                      <th scope="col" className="num">{t(W.cohort.pValue)}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {analysis.kps.months.map((m, k) => (
                      <tr key={m}>
                        <th scope="row">{m === 0 ? t(W.cohort.baselineMonth) : t(W.followUp.month, { m })}</th>
                        {analysis.kps.byGroup.map((g) => <td key={g.group}>{(g.counts[k] ?? []).map((n) => number(n, 0)).join(' / ')}</td>)}
                        <td className="num">{p(analysis.kps.betweenGroups[k]?.chiSquare?.p)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="muted">{t(C.anova)} · {t(C.chiSquare)}</p>
            </section>

            <section className="card" aria-labelledby="repeated-title">
              <div className="page-head">
                <h2 id="repeated-title">{t(C.repeated)}</h2>
                <button type="button" onClick={() => download('repeated-measures.csv', 'text/csv', repeatedCsv(analysis))}>{t(W.common.exportCsv)}</button>
              </div>
              <p className="muted">{t(C.repeatedNote)}</p>
              {analysis.repeated.map((r) => {
                const name = t(C.instruments[r.instrument]);
                const file = `means-${r.instrument}`;
                return (
                  <div key={r.instrument} data-testid={`repeated-${r.instrument}`}>
                    <div className="page-head">
                      <h3>{name}</h3>
                      <span>
                        <button type="button" onClick={() => downloadSvg(meansRefs.current[r.instrument] ?? null, file)}>{t(W.common.exportSvg)}</button>{' '}
                        <button type="button" onClick={() => downloadPng(meansRefs.current[r.instrument] ?? null, file)}>{t(C.exportPng)}</button>{' '}
                        <button type="button" onClick={() => downloadPdf(meansRefs.current[r.instrument] ?? null, file)}>{t(C.exportPdf)}</button>
                      </span>
                    </div>
                    <MeansChart
                      ref={(el) => { meansRefs.current[r.instrument] = el; }}
                      title={`${name}: ${t(C.repeatedNote)}`}
                      months={r.months}
                      monthLabel={monthLabel}
                      xLabel={t(W.cohort.time)}
                      yLabel={name}
                      series={r.means.map((g) => ({ name: levelLabel(g.group), points: g.visits }))}
                    />
                    {'error' in r.model ? <p>{t(C.modelError, { error: r.model.error })}</p> : (
                      <div className="table-wrap">
                        <table className="data">
                          <caption>{name}: {t(C.repeated)} ({t(C.observations, { n: number(r.model.patients, 0), obs: number(r.model.observations, 0) })})</caption>
                          <thead>
                            <tr><th scope="col">{t(C.term)}</th><th scope="col" className="num">F</th><th scope="col" className="num">df</th><th scope="col" className="num">{t(W.cohort.pValue)}</th></tr>
                          </thead>
                          <tbody>
                            {r.model.tests.map((x) => (
                              <tr key={x.term}>
                                <th scope="row">{t(C.terms[x.term])}</th>
                                <td className="num">{number(x.f, 2)}</td>
                                <td className="num">{x.numeratorDf}, {x.denominatorDf}</td>
                                <td className="num">{p(x.p)}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    )}
                  </div>
                );
              })}
            </section>

            <section className="card" aria-labelledby="km-title">
              <div className="page-head">
                <h2 id="km-title">{t(W.cohort.km)}</h2>
                {curves.length ? (
                  <span>
                    <button type="button" onClick={() => downloadSvg(svgRef.current, 'kaplan-meier')}>{t(W.common.exportSvg)}</button>{' '}
                    <button type="button" onClick={() => downloadPng(svgRef.current, 'kaplan-meier')}>{t(C.exportPng)}</button>{' '}
                    <button type="button" onClick={() => downloadPdf(svgRef.current, 'kaplan-meier')}>{t(C.exportPdf)}</button>{' '}
                    <button type="button" onClick={() => download('kaplan-meier-steps.csv', 'text/csv', stepsCsv(analysis))}>{t(W.common.exportCsv)}</button>
                  </span>
                ) : null}
              </div>
              {curves.length ? (
                <div data-testid="km-plot">
                  <KmChart ref={svgRef} curves={curves} title={t(W.cohort.km)} xLabel={t(W.cohort.months)} yLabel={t(W.cohort.survival)} atRiskLabel={t(W.cohort.atRisk)} />
                </div>
              ) : <p className="muted">{t(C.noCurves)}</p>}
              <div className="table-wrap">
                <table className="data" data-testid="km-table">
                  <thead>
                    <tr><th scope="col">{variableLabel(analysis.groupBy)}</th><th scope="col" className="num">n</th><th scope="col" className="num">{t(W.cohort.events)}</th><th scope="col">{t(C.medianSurvival)}</th></tr>
                  </thead>
                  <tbody>
                    {analysis.survival.byGroup.map((g) => (
                      <tr key={g.group}>
                        <th scope="row">{levelLabel(g.group)}</th>
                        <td className="num">{number(g.n, 0)}</td>
                        <td className="num">{number(g.events, 0)}</td>
                        <td>{limit(g.median.estimate)} ({limit(g.median.lower)}–{limit(g.median.upper)})</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {analysis.survival.byGroup.some((g) => g.n > 0 && Object.values(g.median).some((v) => v === null)) ? <p className="muted">{t(C.notReached)}</p> : null}
              {analysis.survival.logRank ? <p>{t(W.cohort.logrank)}: χ² = {number(analysis.survival.logRank.chisq, 2)}, df = {analysis.survival.logRank.df}, {pText(analysis.survival.logRank.p)}</p> : null}
              {analysis.survival.pairwise ? (
                <div className="table-wrap">
                  <table className="data" data-testid="pairwise-table">
                    <caption>{t(C.pairwise, { method: ADJUST[analysis.survival.pairwise.method as Adjust] ?? analysis.survival.pairwise.method })}</caption>
                    <thead>
                      <tr><th scope="col">{t(C.comparison)}</th><th scope="col" className="num">χ²</th><th scope="col" className="num">{t(W.cohort.pValue)}</th><th scope="col" className="num">{t(C.pAdjusted)}</th></tr>
                    </thead>
                    <tbody>
                      {analysis.survival.pairwise.comparisons.map((c) => (
                        <tr key={`${c.first}|${c.second}`}>
                          <th scope="row">{levelLabel(c.first)} vs {levelLabel(c.second)}</th>
                          <td className="num">{number(c.chisq, 2)}</td>
                          <td className="num">{p(c.p)}</td>
                          <td className="num">{p(c.pAdjusted)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
            </section>

            <section className="card" aria-labelledby="cox-title">
              <div className="page-head">
                <h2 id="cox-title">{t(W.cohort.cox)}</h2>
                <button type="button" onClick={() => download('cox.csv', 'text/csv', coxCsv(analysis))}>{t(W.common.exportCsv)}</button>
              </div>
              {'error' in analysis.cox ? <p>{t(C.coxError, { error: analysis.cox.error })}</p> : (
                <div className="table-wrap">
                  <table className="data" data-testid="cox-table">
                    <thead>
                      <tr><th scope="col">{t(W.cohort.covariate)}</th><th scope="col">{t(W.cohort.reference)}</th><th scope="col" className="num">{t(W.cohort.hr)}</th><th scope="col">{t(W.cohort.ci)}</th><th scope="col" className="num">{t(W.cohort.pValue)}</th></tr>
                    </thead>
                    <tbody>
                      {analysis.cox.terms.map((c) => (
                        <tr key={c.term}>
                          <th scope="row">{variableLabel(c.covariate)}: {levelLabel(c.level)}</th>
                          <td>{levelLabel(c.reference)}</td>
                          <td className="num">{number(c.hazardRatio, 2)}</td>
                          <td>{limit(c.lower, 2)}–{limit(c.upper, 2)}</td>
                          <td className="num">{p(c.p)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <p className="muted">n = {analysis.cox.n}, {t(W.cohort.events)} {analysis.cox.events}; {t(C.lrTest)} χ² = {number(analysis.cox.likelihoodRatio.statistic, 2)}, df = {analysis.cox.likelihoodRatio.df}, {pText(analysis.cox.likelihoodRatio.p)}; <span data-testid="concordance">{t(C.concordance)} = {number(analysis.cox.concordance.estimate, 3)} (SE {number(analysis.cox.concordance.se, 3)})</span></p>
                  {analysis.cox.zph ? (
                    <table className="data" data-testid="zph-table">
                      <caption>{t(C.zph)}</caption>
                      <thead>
                        <tr><th scope="col">{t(W.cohort.covariate)}</th><th scope="col" className="num">χ²</th><th scope="col" className="num">df</th><th scope="col" className="num">{t(W.cohort.pValue)}</th><th scope="col" /></tr>
                      </thead>
                      <tbody>
                        {[...analysis.cox.zph.terms.map((z) => ({ ...z, label: variableLabel(z.covariate) })), { ...analysis.cox.zph.global, label: t(C.zphGlobal) }].map((z) => (
                          <tr key={z.label} className={z.p < 0.05 ? 'flagged' : undefined}>
                            <th scope="row">{z.label}</th>
                            <td className="num">{number(z.chisq, 2)}</td>
                            <td className="num">{z.df}</td>
                            <td className="num">{p(z.p)}</td>
                            <td>{z.p < 0.05 ? <strong className="flag">⚠ {t(C.zphFlag)}</strong> : <span className="muted">{t(C.zphOk)}</span>}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  ) : null}
                </div>
              )}
            </section>

            <section className="card" aria-labelledby="methods-title">
              <div className="page-head">
                <h2 id="methods-title">{t(C.methods)}</h2>
                <button type="button" onClick={() => void navigator.clipboard?.writeText(analysis.methods[lang])}>{t(C.copy)}</button>
              </div>
              <p data-testid="methods" lang={lang === 'zh' ? 'zh-CN' : lang}>{analysis.methods[lang]}</p>
            </section>
          </>
        )
      ) : null}
    </section>
  );
}
