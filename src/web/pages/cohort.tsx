import { useRef, useState, type FormEvent } from 'react';
import { cohortText as C, webText as W } from '../../i18n/web/ui.js';
import type { Localized } from '../../i18n/lang.js';
import { parseCsvRecords } from '../../boundary/csv.js';
import { kaplanMeier } from '../../stats/survival/kaplan-meier.js';
import { ApiError, CSRF_HEADERS, api, type Problem } from '../api.js';
import { ProblemSummary, SelectField, TextField } from '../components/form.js';
import { KmChart, type KmCurve } from '../components/km-chart.js';
import { useI18n } from '../i18n.js';

const VARIABLES = ['studyArm', 'sex', 'ageGroup', 'primaryGroup', 'vertebraeGroup', 'brainOrVisceral', 'systemicTherapy', 'sinsBaselineGroup', 'vasBaselineGroup', 'kpsBaselineGroup'] as const;
type Variable = (typeof VARIABLES)[number];
const PRIMARY_GROUPS = ['lung', 'breast', 'liver', 'other'] as const;
/** Cohort dataset column of each variable (cohort.csv, see the data dictionary). */
const COLUMN: Record<Variable, string> = {
  studyArm: 'study_arm', sex: 'sex', ageGroup: 'age_group', primaryGroup: 'primary_group', vertebraeGroup: 'vertebrae_group',
  brainOrVisceral: 'brain_or_visceral', systemicTherapy: 'systemic_therapy', sinsBaselineGroup: 'sins_baseline_group',
  vasBaselineGroup: 'vas_baseline_group', kpsBaselineGroup: 'kps_baseline_group',
};

interface Test { statistic?: number; f?: number; df?: number; df1?: number; df2?: number; p: number }
interface Summary { n: number; mean: number; sd: number; month?: number }
interface Analysis {
  n: number;
  groupBy: Variable;
  groups: { group: string; n: number }[];
  excluded: { noGroup: number; noSurvival: number };
  baseline: { variable: Variable; levels: string[]; counts: number[][]; chiSquare: Test | null }[];
  continuous: { instrument: 'vas' | 'sins'; months: number[]; byGroup: { group: string; summaries: Summary[]; acrossTime: Test | null }[]; betweenGroups: { month: number; anova: Test | null }[] }[];
  kps: { months: number[]; levels: string[]; byGroup: { group: string; counts: number[][]; acrossTime: Test | null }[]; betweenGroups: { month: number; chiSquare: Test | null }[] };
  survival: {
    overall: { n: number; events: number; median: { estimate: number; lower: number; upper: number } };
    byGroup: { group: string; n: number; events: number; median: { estimate: number; lower: number; upper: number }; at: { time: number; survival: number; lower: number; upper: number; nRisk: number }[] }[];
    logRank: { chisq: number; df: number; p: number } | null;
  };
  cox: { terms: { term: string; covariate: string; level: string; reference: string; hazardRatio: number; lower: number; upper: number; p: number }[]; n: number; events: number; likelihoodRatio: { statistic: number; df: number; p: number } } | { error: string };
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const toCsv = (rows: unknown[][]) => `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** KM curves per group from the cohort dataset (the analysis route reports medians, not the steps). */
function curvesFrom(csv: string, groupBy: Variable, groups: readonly string[], label: (g: string) => string, filter: (row: Record<string, string>) => boolean): KmCurve[] {
  const records = parseCsvRecords(csv);
  const header = records[0]?.fields ?? [];
  const rows = records.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r.fields[i] ?? ''])));
  const usable = rows.filter((r) => filter(r) && r.survival_months !== '' && (r.death === '0' || r.death === '1'));
  const time = Float64Array.from(usable, (r) => Number(r.survival_months));
  const event = Uint8Array.from(usable, (r) => Number(r.death));
  return groups.map((g) => {
    const subset = Int32Array.from(usable.flatMap((r, i) => (r[COLUMN[groupBy]] === g ? [i] : [])));
    const curve = kaplanMeier(time, event, { confidenceType: 'log' }, subset);
    return { name: label(g), time: curve.time, survival: curve.survival, lower: curve.lower, upper: curve.upper, nRisk: curve.nRisk, nCensor: curve.nCensor, n: curve.n };
  }).filter((c) => c.n > 0);
}

export function CohortPage() {
  const { t, number } = useI18n();
  const [cohort, setCohort] = useState('');
  const [arms, setArms] = useState('');
  const [sex, setSex] = useState('');
  const [primary, setPrimary] = useState<string[]>([]);
  const [groupBy, setGroupBy] = useState<Variable>('studyArm');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [curves, setCurves] = useState<KmCurve[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const svgRef = useRef<SVGSVGElement>(null);

  const variableLabel = (v: string) => (v in C.variables ? t(C.variables[v as Variable]) : v);
  const levelLabel = (l: string) => (l in C.levels ? t((C.levels as Record<string, Localized>)[l]!) : l);
  const p = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '—' : value < 0.001 ? '< 0.001' : number(value, 3));

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
      const result = await api.post<Analysis>('/api/cohorts/analysis', { filter, groupBy });
      setAnalysis(result);
      setProblem(null);
      const query = new URLSearchParams({ ...(filter.cohort ? { cohort: filter.cohort } : {}), ...(studyArm.length ? { studyArm: studyArm.join(',') } : {}) });
      try {
        const response = await fetch(`/api/export/cohort.csv?${query.toString()}`, { credentials: 'same-origin', headers: CSRF_HEADERS });
        if (!response.ok) throw new Error(String(response.status));
        const csv = await response.text();
        const keep = (r: Record<string, string>) => (!sex || r.sex === sex) && (!primary.length || primary.includes(r.primary_group ?? ''));
        setCurves(curvesFrom(csv, groupBy, result.groups.map((g) => g.group), levelLabel, keep));
      } catch {
        setCurves(null);
      }
    } catch (e) {
      if (e instanceof ApiError) setProblem(e.problem);
      else throw e;
    } finally {
      setBusy(false);
    }
  };

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
                        <td className="num">{b.chiSquare ? number(b.chiSquare.statistic, 3) : '—'}</td>
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

            <section className="card" aria-labelledby="km-title">
              <div className="page-head">
                <h2 id="km-title">{t(W.cohort.km)}</h2>
                {curves?.length ? (
                  <button type="button" onClick={() => svgRef.current && download('kaplan-meier.svg', 'image/svg+xml', new XMLSerializer().serializeToString(svgRef.current))}>{t(W.common.exportSvg)}</button>
                ) : null}
              </div>
              {curves?.length ? (
                <div data-testid="km-plot">
                  <KmChart ref={svgRef} curves={curves} title={t(W.cohort.km)} xLabel={t(W.cohort.months)} yLabel={t(W.cohort.survival)} atRiskLabel={t(W.cohort.atRisk)} />
                </div>
              ) : <p className="muted">{t(C.noCurves)}</p>}
              <div className="table-wrap">
                <table className="data">
                  <thead>
                    <tr><th scope="col">{variableLabel(analysis.groupBy)}</th><th scope="col" className="num">n</th><th scope="col" className="num">{t(W.cohort.events)}</th><th scope="col">{t(C.medianSurvival)}</th></tr>
                  </thead>
                  <tbody>
                    {analysis.survival.byGroup.map((g) => (
                      <tr key={g.group}>
                        <th scope="row">{levelLabel(g.group)}</th>
                        <td className="num">{number(g.n, 0)}</td>
                        <td className="num">{number(g.events, 0)}</td>
                        <td>{number(g.median.estimate, 1)} ({number(g.median.lower, 1)}–{number(g.median.upper, 1)})</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {analysis.survival.logRank ? <p>{t(W.cohort.logrank)}: χ² {number(analysis.survival.logRank.chisq, 3)}, df {analysis.survival.logRank.df}, P {p(analysis.survival.logRank.p)}</p> : null}
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
                          <td className="num">{number(c.hazardRatio, 3)}</td>
                          <td>{number(c.lower, 3)}–{number(c.upper, 3)}</td>
                          <td className="num">{p(c.p)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <p className="muted">n {analysis.cox.n}, {t(W.cohort.events)} {analysis.cox.events}; {t(C.lrTest)} {number(analysis.cox.likelihoodRatio.statistic, 2)}, df {analysis.cox.likelihoodRatio.df}, P {p(analysis.cox.likelihoodRatio.p)}</p>
                </div>
              )}
            </section>
          </>
        )
      ) : null}
    </section>
  );
}
