import { useCallback, useEffect, useRef, useState } from 'react';
import { boardPlanText as B } from '../../i18n/web/board-plan.js';
import { recommendText as RT, type Rendered } from '../../knowledge/texts.js';
import { LOCAL_STEP_KEYS, OPTION_IDS, type LocalStep, type OptionId, type PrognosisPanel, type SequencedPlan, type StepKey } from '../../knowledge/rules/index.js';
import { problemOf, request, type Problem } from '../api.js';
import { ProblemSummary, Status } from './form.js';
import { useI18n } from '../i18n.js';

interface ScheduleChoice { id: string; option: 'sbrt' | 'ebrt'; label: string; bed: Record<string, number>; eqd2: Record<string, number>; source: string }
interface StoredPlan {
  startDate?: string;
  dates: Partial<Record<StepKey, string>>;
  schedules: { sbrt?: string; ebrt?: string };
  /** Lesion numbers each local step treats; absent: every lesion it can treat. */
  targets?: Partial<Record<LocalStep, number[]>>;
  /** The lesions (as lesionKeys) the targets were chosen against. */
  targetLesions?: string[];
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
  decidedWith: { knowledgeVersion: string; changes: { option: OptionId; then: string; now: keyof typeof RT.verdicts }[] };
  /** Rendered by the server in the request's language. */
  sequenced: Rendered<SequencedPlan>;
  prognosis: Rendered<PrognosisPanel>;
  schedules: ScheduleChoice[];
  /** The lesions each local step can treat, labelled in the request's language. */
  targetChoices: Record<LocalStep, { n: number; label: string }[]>;
  lesionKeys: string[];
}
interface Version { version: number; chosenOptions: string[]; savedAt: string; savedBy: string }

/** The form as edited: the chosen options, the plan, the attendees as typed, and the sign-off box. */
export interface PlanDraft { chosen: OptionId[]; plan: StoredPlan; attendees: string; signOff: boolean }

export const draftOf = (view: { chosenOptions: OptionId[]; plan: StoredPlan }): PlanDraft => ({
  chosen: view.chosenOptions,
  plan: view.plan,
  attendees: view.plan.attendees.map((a) => `${a.name} — ${a.role}`).join('\n'),
  signOff: false,
});

/** Each field the form edits, as comparable text: `chosen.<option>`, `startDate`, `dates.<step>`, `schedules.<option>`, `attendees`, `signOff`. */
function fieldsOf(draft: PlanDraft): Map<string, string> {
  const fields = new Map<string, string>();
  for (const o of OPTION_IDS) fields.set(`chosen.${o}`, draft.chosen.includes(o) ? 'yes' : '');
  fields.set('startDate', draft.plan.startDate ?? '');
  for (const [k, v] of Object.entries(draft.plan.dates)) fields.set(`dates.${k}`, v ?? '');
  for (const o of ['sbrt', 'ebrt'] as const) fields.set(`schedules.${o}`, draft.plan.schedules[o] ?? '');
  for (const k of LOCAL_STEP_KEYS) fields.set(`targets.${k}`, (draft.plan.targets?.[k] ?? []).join(','));
  fields.set('attendees', draft.attendees.split('\n').map((l) => l.trim()).filter(Boolean).join('\n'));
  fields.set('signOff', draft.signOff ? 'yes' : '');
  return fields;
}

/** The fields the user changed from the version they started on. */
export function editedFields(base: PlanDraft, mine: PlanDraft): string[] {
  const before = fieldsOf(base);
  const after = fieldsOf(mine);
  return [...new Set([...before.keys(), ...after.keys()])].filter((key) => (before.get(key) ?? '') !== (after.get(key) ?? ''));
}

/**
 * The user's edits (mine, against the version they started on: base) applied on top of a newer
 * stored version (theirs): each field the user changed takes the user's value, every other field the
 * newer one; `overridden` names the fields both changed to different values (the user's value kept).
 */
export function rebaseDraft(base: PlanDraft, mine: PlanDraft, theirs: PlanDraft): { draft: PlanDraft; overridden: string[] } {
  const edited = new Set(editedFields(base, mine));
  const theirsChanged = new Set(editedFields(base, theirs));
  const mineFields = fieldsOf(mine);
  const theirFields = fieldsOf(theirs);
  const overridden = [...edited].filter((key) => theirsChanged.has(key) && (mineFields.get(key) ?? '') !== (theirFields.get(key) ?? ''));
  const pick = <T,>(key: string, m: T, t: T): T => (edited.has(key) ? m : t);
  const chosen = OPTION_IDS.filter((o) => (edited.has(`chosen.${o}`) ? mine.chosen : theirs.chosen).includes(o));
  const dates: StoredPlan['dates'] = {};
  for (const key of new Set([...Object.keys(theirs.plan.dates), ...Object.keys(mine.plan.dates)]) as Set<StepKey>) {
    const value = pick(`dates.${key}`, mine.plan.dates[key], theirs.plan.dates[key]);
    if (value) dates[key] = value;
  }
  const targets: NonNullable<StoredPlan['targets']> = {};
  for (const key of LOCAL_STEP_KEYS) {
    const value = pick(`targets.${key}`, mine.plan.targets?.[key], theirs.plan.targets?.[key]);
    if (value?.length) targets[key] = value;
  }
  // targets the user chose keep the lesions they were chosen against (a change of lesions since is then caught)
  const mineTargeted = LOCAL_STEP_KEYS.some((key) => edited.has(`targets.${key}`));
  const draft: PlanDraft = {
    chosen,
    plan: {
      ...theirs.plan,
      targets,
      ...(mineTargeted ? { targetLesions: mine.plan.targetLesions } : {}),
      startDate: pick('startDate', mine.plan.startDate, theirs.plan.startDate),
      dates,
      schedules: { sbrt: pick('schedules.sbrt', mine.plan.schedules.sbrt, theirs.plan.schedules.sbrt), ebrt: pick('schedules.ebrt', mine.plan.schedules.ebrt, theirs.plan.schedules.ebrt) },
    },
    attendees: pick('attendees', mine.attendees, theirs.attendees),
    signOff: mine.signOff,
  };
  return { draft, overridden };
}

/** The lesions a step can treat, and any stored target it cannot (so the user can untick it). */
export function targetOptions(candidates: readonly { n: number; label: string }[], stored: readonly number[], unknown: (n: number) => string): { n: number; label: string }[] {
  return [...candidates, ...stored.filter((n) => !candidates.some((c) => c.n === n)).map((n) => ({ n, label: unknown(n) }))];
}

/** Why a read failed, in plain words (the server's detail is English only). */
const reasonOf = (problem: Problem) => (problem.status === 0 ? B.reasons.network
  : problem.status === 404 ? B.reasons.notFound
    : problem.status === 403 ? B.reasons.forbidden
      : B.reasons.server);

/** A newer version offered after a 409, with who saved it and when (from the version list). */
function staleOf(newer: PlanView, versions: Version[]): Stale {
  const saved = versions.find((v) => v.version === newer.version);
  return { newer, ...(saved ? { by: saved.savedBy, at: saved.savedAt } : {}) };
}
interface Stale { newer: PlanView | null; by?: string; at?: string; error?: Problem }

const STEP_KEYS_SHOWN = (view: PlanView): StepKey[] => view.sequenced.steps.map((s) => s.key);

/**
 * A stored decision's board plan: sequenced steps, conflicts as errors, prognosis panel, editing on
 * the version read, report PDF. A read that fails says why and offers to try again; a save refused
 * because someone saved a newer version keeps the user's edits and offers the newer version or the
 * edits applied on top of it.
 */
export function BoardPlan({ decisionId, canWrite }: { decisionId: string; canWrite: boolean }) {
  const { t, lang } = useI18n();
  const [view, setView] = useState<PlanView | null>(null);
  const [draft, setDraft] = useState<PlanDraft | null>(null);
  const [history, setHistory] = useState<Version[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<Problem | null>(null);
  /** A save refused with 409: the newer stored version (null while it is read, or could not be: error). */
  const [stale, setStale] = useState<Stale | null>(null);
  const [busy, setBusy] = useState(false);
  /** The user's edits re-applied on a newer version: said until saved, so no one takes them for stored. */
  const [rebasedNote, setRebasedNote] = useState<string | null>(null);

  // the view and the edits as last rendered, for a read that answers later
  const current = useRef<{ view: PlanView | null; draft: PlanDraft | null }>({ view: null, draft: null });
  useEffect(() => {
    current.current = { view, draft };
  });

  const read = useCallback(async () => Promise.all([
    request<PlanView>('GET', `/api/decisions/${decisionId}/plan?lang=${lang}`),
    request<Version[]>('GET', `/api/decisions/${decisionId}/plan/history`),
  ]), [decisionId, lang]);

  /** Reads the plan; edits in the form are kept, and a newer version read under them is offered, not shown over them. */
  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const [next, versions] = await read();
      setHistory(versions);
      const { view: shown, draft: edits } = current.current;
      if (shown && edits && shown.version !== next.version && editedFields(draftOf(shown), edits).length) {
        setStale(staleOf(next, versions));
        return;
      }
      setView(next);
      setDraft(shown?.version === next.version && edits ? edits : draftOf(next));
    } catch (e) {
      setLoadError(problemOf(e));
    }
  }, [read]);
  useEffect(() => void load(), [load]);

  /** After a 409: the newer version and who saved it, the user's edits untouched. */
  const readNewer = async () => {
    setStale({ newer: null });
    try {
      const [newer, versions] = await read();
      setHistory(versions);
      setStale(staleOf(newer, versions));
    } catch (e) {
      setStale({ newer: null, error: problemOf(e) });
    }
  };

  if (!view || !draft) {
    return loadError ? <LoadError problem={loadError} retry={() => void load()} /> : <p>{t(B.loading)}</p>;
  }

  const attendeeLines = draft.attendees.split('\n').map((l) => l.trim()).filter(Boolean);
  const badLine = attendeeLines.findIndex((l) => !/\s[—-]\s/.test(l));
  const save = async () => {
    setStatus(null);
    setRebasedNote(null);
    if (badLine >= 0) {
      setProblem({ type: 'about:blank', title: t(B.attendeeLine, { line: badLine + 1 }), status: 400, detail: t(B.attendeeLine, { line: badLine + 1 }), errors: [{ path: 'body.plan.attendees', message: t(B.attendeeLine, { line: badLine + 1 }) }] });
      return;
    }
    const attendees = attendeeLines.map((l) => {
      const [name, ...role] = l.split(/\s[—-]\s/);
      return { name: name!.trim(), role: role.join(' - ').trim() };
    });
    const { signOff: _, ...plan } = draft.plan;
    setBusy(true);
    try {
      const next = await request<PlanView>('PUT', `/api/decisions/${decisionId}/plan?lang=${lang}`, { chosenOptions: draft.chosen, plan: { ...plan, attendees }, ...(draft.signOff ? { signOff: true } : {}) }, { 'if-match': `"${view.version}"`, 'x-requested-with': 'bonemet' });
      setProblem(null);
      setStale(null);
      setView(next);
      setDraft(draftOf(next));
      current.current = { view: next, draft: draftOf(next) };
      setStatus(t(B.saved, { version: next.version }));
      await load();
    } catch (e) {
      const problem = problemOf(e);
      setProblem(null);
      if (problem.status === 409) await readNewer();
      else setProblem(problem);
    } finally {
      setBusy(false);
    }
  };
  const loadNewer = () => {
    if (!stale?.newer) return;
    setView(stale.newer);
    setDraft(draftOf(stale.newer));
    setStale(null);
    setStatus(null);
    setRebasedNote(null);
  };
  const applyMine = () => {
    if (!stale?.newer) return;
    const newer = stale.newer;
    const { draft: rebased, overridden } = rebaseDraft(draftOf(view), draft, draftOf(newer));
    const titles = new Map(newer.sequenced.steps.map((s) => [s.key as string, s.title]));
    const label = (key: string) => {
      const [kind, part] = key.split('.') as [string, string];
      if (kind === 'chosen') return t(RT.options[part as OptionId]);
      if (kind === 'dates') return titles.get(part) ?? part;
      if (kind === 'schedules') return t(B.schedule, { option: part.toUpperCase() });
      if (kind === 'targets') return `${t(B.targets)}: ${t(RT.options[part as OptionId])}`;
      return t(kind === 'startDate' ? B.startDate : kind === 'attendees' ? B.attendees : B.signOff);
    };
    setView(newer);
    setDraft(rebased);
    setStale(null);
    setStatus(null);
    setRebasedNote([t(B.rebased, { version: newer.version }), overridden.length ? t(B.rebasedOverridden, { fields: overridden.map(label).join('; ') }) : ''].filter(Boolean).join(' '));
  };
  const setTarget = (key: LocalStep, n: number, on: boolean) => setDraft((d) => {
    if (!d) return d;
    const now = d.plan.targets?.[key] ?? [];
    const next = on ? [...now, n].sort((a, b) => a - b) : now.filter((x) => x !== n);
    return { ...d, plan: { ...d.plan, targets: { ...d.plan.targets, [key]: next.length ? next : undefined }, targetLesions: view.lesionKeys } };
  });
  const setDate = (key: StepKey, value: string) => setDraft((d) => d && { ...d, plan: { ...d.plan, dates: { ...d.plan.dates, [key]: value || undefined } } });
  const verdictOf = (o: OptionId) => view.verdicts.find((v) => v.option === o)?.verdict;
  const stepTitle = new Map(view.sequenced.steps.map((s) => [s.key, s.title]));

  return (
    <div className="board-plan" data-testid={`board-plan-${decisionId}`}>
      {loadError ? <LoadError problem={loadError} retry={() => void load()} /> : null}
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
      {view.decidedWith.changes.length > 0 ? (
        <div className="alert alert-info" data-testid="verdicts-changed">
          <p>{t(B.verdictsChanged, { version: view.decidedWith.knowledgeVersion })}</p>
          <ul>{view.decidedWith.changes.map((c) => <li key={c.option}>{t(RT.options[c.option])}: {c.then in RT.verdicts ? t(RT.verdicts[c.then as keyof typeof RT.verdicts]) : c.then} → {t(RT.verdicts[c.now])}</li>)}</ul>
        </div>
      ) : null}
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
        {(['en', 'zh', 'ja'] as const).map((l) => <span key={l}><a className="button" href={`/api/decisions/${decisionId}/report.pdf?lang=${l}`} target="_blank" rel="noreferrer" data-testid={`report-${l}`}>{l.toUpperCase()}</a>{' '}</span>)}
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
          {LOCAL_STEP_KEYS.filter((k) => draft.chosen.includes(k) && ((view.targetChoices[k]?.length ?? 0) > 1 || (draft.plan.targets?.[k]?.length ?? 0) > 0)).map((k) => (
            <fieldset key={k} data-testid={`plan-targets-${k}`}>
              <legend>{t(B.targets)}: {t(RT.options[k])}</legend>
              <p className="hint">{t(B.targetsHint)}</p>
              {targetOptions(view.targetChoices[k] ?? [], draft.plan.targets?.[k] ?? [], (n) => t(B.notATarget, { n })).map(({ n, label }) => (
                <label key={n} className="checkbox">
                  <input type="checkbox" checked={draft.plan.targets?.[k]?.includes(n) ?? false} onChange={(e) => setTarget(k, n, e.target.checked)} /> {label}
                </label>
              ))}
            </fieldset>
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
          {stale ? (
            <div className="alert alert-error" role="alert" data-testid="plan-stale">
              <p>
                {stale.error ? t(B.newerFailed, { reason: t(reasonOf(stale.error), { status: stale.error.status }) })
                  : stale.newer && stale.by ? t(B.stale, { by: stale.by, version: stale.newer.version, at: (stale.at ?? '').slice(0, 16).replace('T', ' ') })
                    : t(B.staleUnknown)}
              </p>
              {stale.newer ? (
                <>
                  <p>{t(B.staleChoice)}</p>
                  <button type="button" onClick={loadNewer}>{t(B.loadNewer)}</button>{' '}
                  <button type="button" onClick={applyMine}>{t(B.applyMine)}</button>
                </>
              ) : stale.error ? <button type="button" onClick={() => void readNewer()}>{t(B.retry)}</button> : null}
            </div>
          ) : null}
          {rebasedNote ? <div className="alert alert-info" role="status" data-testid="plan-rebased">{rebasedNote}</div> : null}
          <button type="submit" className="primary" disabled={busy || stale !== null}>{t(B.save)}</button>
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

function LoadError({ problem, retry }: { problem: Problem; retry(): void }) {
  const { t } = useI18n();
  return (
    <div className="alert alert-error" role="alert" data-testid="plan-load-error">
      <p>{t(B.loadFailed, { reason: t(reasonOf(problem), { status: problem.status }) })}</p>
      <button type="button" onClick={retry}>{t(B.retry)}</button>
    </div>
  );
}
