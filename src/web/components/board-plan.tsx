import { useCallback, useEffect, useState } from 'react';
import { boardPlanText as B } from '../../i18n/web/board-plan.js';
import { recommendText as RT, type Rendered } from '../../knowledge/texts.js';
import { OPTION_IDS, type OptionId, type PrognosisPanel, type SequencedPlan, type StepKey } from '../../knowledge/rules/index.js';
import { problemOf, request, type Problem } from '../api.js';
import { ProblemSummary, Status } from './form.js';
import { useI18n } from '../i18n.js';

interface ScheduleChoice { id: string; option: 'sbrt' | 'ebrt'; label: string; bed: Record<string, number>; eqd2: Record<string, number>; source: string }
interface StoredPlan {
  startDate?: string;
  dates: Partial<Record<StepKey, string>>;
  schedules: { sbrt?: string; ebrt?: string };
  scoreInputs: Record<string, unknown>;
  attendees: { name: string; role: string }[];
  signOff?: { by: string; role: string; at: string };
}
interface PlanView {
  id: string;
  version: number;
  chosenOptions: OptionId[];
  plan: StoredPlan;
  verdicts: { option: OptionId; verdict: keyof typeof RT.verdicts }[];
  /** Rendered by the server in the request's language. */
  sequenced: Rendered<SequencedPlan>;
  prognosis: Rendered<PrognosisPanel>;
  schedules: ScheduleChoice[];
}
interface Version { version: number; chosenOptions: string[]; savedAt: string; savedBy: string }

const STEP_KEYS_SHOWN = (view: PlanView): StepKey[] => view.sequenced.steps.map((s) => s.key);

/** A stored decision's board plan: sequenced steps, conflicts as errors, prognosis panel, editing on the version read, report PDF. */
export function BoardPlan({ decisionId, canWrite }: { decisionId: string; canWrite: boolean }) {
  const { t, lang } = useI18n();
  const [view, setView] = useState<PlanView | null>(null);
  const [draft, setDraft] = useState<{ chosen: OptionId[]; plan: StoredPlan; attendees: string; signOff: boolean } | null>(null);
  const [history, setHistory] = useState<Version[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const load = useCallback(async () => {
    const next = await request<PlanView>('GET', `/api/decisions/${decisionId}/plan?lang=${lang}`);
    setView(next);
    setDraft({ chosen: next.chosenOptions, plan: next.plan, attendees: next.plan.attendees.map((a) => `${a.name} — ${a.role}`).join('\n'), signOff: false });
    setHistory(await request<Version[]>('GET', `/api/decisions/${decisionId}/plan/history`));
  }, [decisionId, lang]);
  useEffect(() => void load(), [load]);

  if (!view || !draft) return <p>{t(B.loading)}</p>;

  const attendeeLines = draft.attendees.split('\n').map((l) => l.trim()).filter(Boolean);
  const badLine = attendeeLines.findIndex((l) => !/\s[—-]\s/.test(l));
  const save = async () => {
    if (badLine >= 0) {
      setProblem({ type: 'about:blank', title: t(B.attendeeLine, { line: badLine + 1 }), status: 400, detail: t(B.attendeeLine, { line: badLine + 1 }), errors: [{ path: 'body.plan.attendees', message: t(B.attendeeLine, { line: badLine + 1 }) }] });
      return;
    }
    const attendees = attendeeLines.map((l) => {
      const [name, ...role] = l.split(/\s[—-]\s/);
      return { name: name!.trim(), role: role.join(' - ').trim() };
    });
    const { signOff: _, ...plan } = draft.plan;
    try {
      const next = await request<PlanView>('PUT', `/api/decisions/${decisionId}/plan?lang=${lang}`, { chosenOptions: draft.chosen, plan: { ...plan, attendees }, ...(draft.signOff ? { signOff: true } : {}) }, { 'if-match': `"${view.version}"`, 'x-requested-with': 'bonemet' });
      setProblem(null);
      setStatus(t(B.saved, { version: next.version }));
      await load();
    } catch (e) {
      const problem = problemOf(e);
      if (problem.status === 409) {
        setStatus(t(B.stale));
        await load();
      } else setProblem(problem);
    }
  };
  const setDate = (key: StepKey, value: string) => setDraft((d) => d && { ...d, plan: { ...d.plan, dates: { ...d.plan.dates, [key]: value || undefined } } });
  const verdictOf = (o: OptionId) => view.verdicts.find((v) => v.option === o)?.verdict;
  const stepTitle = new Map(view.sequenced.steps.map((s) => [s.key, s.title]));

  return (
    <div className="board-plan" data-testid={`board-plan-${decisionId}`}>
      <section aria-label={t(B.conflicts)}>
        {view.sequenced.conflicts.length === 0
          ? <p className="muted">{t(B.noConflicts)}</p>
          : (
            <div className="alert alert-error" role="alert" data-testid="plan-conflicts">
              <p><strong>{t(B.conflicts)}</strong></p>
              <ul>{view.sequenced.conflicts.map((c, i) => <li key={i}>{t(c.severity === 'error' ? B.error : B.warning)}: {c.text} {c.source ? <span className="source">[{c.source}]</span> : null}</li>)}</ul>
            </div>
          )}
      </section>
      <h4>{t(B.steps)}</h4>
      {view.sequenced.steps.length === 0 ? <p>{t(B.noSteps)}</p> : (
        <ol data-testid="plan-steps">
          {view.sequenced.steps.map((s) => (
            <li key={s.key}>
              <strong>{s.date}</strong> {s.title} <span className="muted">({t(s.dateSetBy === 'board' ? B.boardDate : B.computedDate)}{s.after.length ? `; ${t(B.after)} ${s.after.map((k) => stepTitle.get(k) ?? k).join(', ')}` : ''})</span>
              <ul>{s.reasons.map((r, i) => <li key={i}>{r.text} {r.source ? <span className="source">[{r.source}]</span> : null}</li>)}</ul>
            </li>
          ))}
        </ol>
      )}
      <details>
        <summary>{t(B.prognosis)}</summary>
        <p><strong>{view.prognosis.statement}</strong></p>
        <ul>
          {view.prognosis.scores.map((s) => (
            <li key={s.instrument}>
              {s.name}: {s.total === null ? t(B.notScored, { facts: s.missingLabels.join('; ') }) : `${s.total} — ${s.band ?? ''}. ${s.estimate ?? ''}`}
              {s.caveats.length ? <ul className="muted">{s.caveats.map((c, i) => <li key={i}>{c}</li>)}</ul> : null}
            </li>
          ))}
        </ul>
      </details>
      <p>{view.plan.signOff ? t(B.signedOff, view.plan.signOff) : t(B.notSigned)}</p>
      <p className="no-print">
        {t(B.report)}:{' '}
        {(['en', 'zh', 'ja'] as const).map((l) => <a key={l} className="button" href={`/api/decisions/${decisionId}/report.pdf?lang=${l}`} target="_blank" rel="noreferrer" data-testid={`report-${l}`}>{l.toUpperCase()}</a>)}
      </p>
      {canWrite ? (
        <form className="card" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <fieldset>
            <legend>{t(B.chooseOptions)}</legend>
            {OPTION_IDS.map((o) => (
              <label key={o} className="checkbox">
                <input type="checkbox" checked={draft.chosen.includes(o)} onChange={(e) => setDraft((d) => d && { ...d, chosen: e.target.checked ? [...d.chosen, o] : d.chosen.filter((x) => x !== o) })} />
                {t(RT.options[o])} {verdictOf(o) ? <span className="muted">({t(RT.verdicts[verdictOf(o)!])})</span> : null}
              </label>
            ))}
          </fieldset>
          {(['sbrt', 'ebrt'] as const).filter((o) => draft.chosen.includes(o)).map((o) => (
            <label key={o}>
              {t(B.schedule, { option: o.toUpperCase() })}
              <select id={`plan-schedule-${o}`} value={draft.plan.schedules[o] ?? ''} onChange={(e) => setDraft((d) => d && { ...d, plan: { ...d.plan, schedules: { ...d.plan.schedules, [o]: e.target.value || undefined } } })}>
                <option value="">{t(B.noSchedule)}</option>
                {view.schedules.filter((s) => s.option === o).map((s) => <option key={s.id} value={s.id}>{s.label} · BED(10) {s.bed['10']} · EQD2(10) {s.eqd2['10']} — {s.source}</option>)}
              </select>
            </label>
          ))}
          <fieldset>
            <legend>{t(B.dates)}</legend>
            <label>{t(B.startDate)} <input type="date" value={draft.plan.startDate ?? ''} onChange={(e) => setDraft((d) => d && { ...d, plan: { ...d.plan, startDate: e.target.value || undefined } })} /></label>
            {STEP_KEYS_SHOWN(view).map((k) => (
              <label key={k}>{stepTitle.get(k)} <input type="date" id={`plan-date-${k}`} value={draft.plan.dates[k] ?? ''} onChange={(e) => setDate(k, e.target.value)} /></label>
            ))}
          </fieldset>
          <label>{t(B.attendees)}<textarea id="plan-attendees" value={draft.attendees} rows={3} onChange={(e) => setDraft((d) => d && { ...d, attendees: e.target.value })} /></label>
          <label className="checkbox"><input type="checkbox" checked={draft.signOff} onChange={(e) => setDraft((d) => d && { ...d, signOff: e.target.checked })} /> {t(B.signOff)}</label>
          <ProblemSummary problem={problem} form="plan" />
          <button type="submit" className="primary">{t(B.save)}</button>
          <Status text={status} />
        </form>
      ) : null}
      {history.length ? (
        <details>
          <summary>{t(B.history)} ({history.length})</summary>
          <ul>{history.map((h) => <li key={h.version}>v{h.version} · {h.savedAt.slice(0, 16).replace('T', ' ')} · {h.savedBy} · {h.chosenOptions.map((o) => (o in RT.options ? t(RT.options[o as OptionId]) : o)).join('; ')}</li>)}</ul>
        </details>
      ) : null}
    </div>
  );
}
