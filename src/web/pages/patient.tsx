import { Suspense, lazy, useEffect, useMemo, useState, type FormEvent } from 'react';
import { histologyText } from '../../knowledge/texts.js';
import { frankelText } from '../../knowledge/texts.js';
import { recommendText, render } from '../../knowledge/texts.js';
import { patientScoresText } from '../../i18n/web/patient-scores.js';
import { lesionAlerts } from '../../knowledge/rules/index.js';
import { formatSource } from '../../knowledge/sources.js';
import { recordText, webText as W } from '../../i18n/web/ui.js';
import { HISTOLOGY_IDS } from '../../knowledge/histology.js';
import { INSTRUMENTS, isInstrumentId, scoreInstrument } from '../../knowledge/instruments/index.js';
import { api, type Problem, type Rec, problemOf } from '../api.js';
import { ProblemSummary, useFieldErrors, SelectField, Status, TextField, fieldId } from '../components/form.js';
import { useI18n, type Localized } from '../i18n.js';
import { deathOf, lastContactOf, usePatientData, todayIso, type PatientData } from '../patient-data.js';
import { Link } from '../router.js';
import { useSession } from '../session.js';
import { SpineTab } from './spine.js';
import { RecordEditor } from '../components/record-editor.js';
import { FollowUpTab } from './follow-up.js';
import { ScoresTab } from './scores.js';
import { isSpinalLesion, priorTreatmentTargets, recordLesionName } from '../forms/record-lesions.js';

const DecisionTab = lazy(() => import('./decision.js').then((m) => ({ default: m.DecisionTab })));

/** Each local treatment with the spinal levels it treated (its details' levels and the spinal lesions it names). */
const treatedLevels = (data: PatientData) => data.treatments.map((tr) => ({
  kind: tr.kind,
  startedOn: tr.startedOn,
  levels: priorTreatmentTargets(tr, data.lesions).flatMap((target) => target.site === 'spine' || target.site === undefined ? target.levels ?? [] : []),
}));

const TABS = ['timeline', 'spine', 'scores', 'decision', 'follow-up'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, Localized> = { timeline: W.patient.overview, spine: W.patient.spine, scores: patientScoresText.tab, decision: W.patient.decision, 'follow-up': W.patient.followUp };

type Kind = keyof typeof W.patient.kinds;

interface TimelineItem {
  date: string;
  kind: Kind;
  title: string;
  detail?: string;
  key: string;
}

const label = <K extends string>(table: Record<K, Localized>, key: unknown, t: (l: Localized) => string): string =>
  typeof key === 'string' && key in table ? t(table[key as K]) : String(key ?? '—');

function useTimeline(data: PatientData): TimelineItem[] {
  const { t, lang, number } = useI18n();
  return useMemo(() => {
    const items: TimelineItem[] = [];
    for (const p of data.primaries) {
      items.push({ key: p.id, date: String(p.diagnosedOn ?? ''), kind: 'diagnosis', title: label(histologyText, p.histology, t) });
    }
    for (const s of data.sites) {
      items.push({ key: s.id, date: String(s.detectedOn ?? ''), kind: 'site', title: label(recordText.sites, s.kind, t), detail: s.location ? String(s.location) : undefined });
    }
    for (const l of data.lesions) {
      const bits = [l.character ? label(W.spine.characters, l.character, t) : null, l.escc ? `ESCC ${String(l.escc)}` : null, l.tomitaType ? `Tomita ${String(l.tomitaType)}` : null].filter(Boolean);
      items.push({ key: l.id, date: String(l.detectedOn ?? ''), kind: 'lesion', title: recordLesionName(l, t), detail: bits.join(' · ') || undefined });
    }
    for (const a of data.assessments) {
      const instrument = String(a.instrument);
      let title = instrument;
      let detail: string | undefined;
      if (isInstrumentId(instrument)) {
        title = t(INSTRUMENTS[instrument].name);
        try {
          // Re-scored from the stored inputs: results stored before they were language-neutral are English.
          const result = render(scoreInstrument(instrument, a.inputs), lang);
          detail = result.publishedTotal !== undefined && result.publishedBand && result.totalSources && result.total !== null
            // Revised Tokuhashi and Tomita: the 002 §2.2 total and the published one, each named by its source.
            ? `${result.totalSources.total}: ${number(result.total)} · ${result.band.label}; ${result.totalSources.published}: ${number(result.publishedTotal)} · ${result.publishedBand.label}`
            : `${result.total !== null ? `${number(result.total)} · ` : ''}${result.band.label}`;
        } catch {
          detail = typeof a.band === 'string' ? a.band : undefined;
        }
      }
      // a lesion's assessment names its level or bone
      const lesion = a.lesionId ? data.lesions.find((l) => l.id === a.lesionId) : undefined;
      if (lesion) title = `${title} — ${recordLesionName(lesion, t)}`;
      items.push({ key: a.id, date: String(a.assessedOn ?? ''), kind: 'assessment', title, detail });
    }
    for (const d of data.decisions) {
      const chosen = Array.isArray(d.chosenOptions) ? (d.chosenOptions as string[]).map((o) => label(recommendText.options, o, t)) : [];
      items.push({ key: d.id, date: String(d.decidedOn ?? ''), kind: 'decision', title: chosen.join('; ') || t(W.common.none), detail: d.planNote ? String(d.planNote) : undefined });
    }
    for (const tr of data.treatments) {
      const details = (tr.details ?? {}) as { levels?: unknown[]; doseGy?: number; fractions?: number; agent?: string };
      const levels = Array.isArray(details.levels) ? details.levels.map((l) => (typeof l === 'string' ? l : String((l as { level?: string }).level ?? ''))).join(', ') : '';
      const dose = details.doseGy ? `${number(details.doseGy)} Gy / ${String(details.fractions ?? '')}` : '';
      items.push({ key: tr.id, date: String(tr.startedOn ?? ''), kind: 'treatment', title: label(W.treatment.kinds, tr.kind, t), detail: [levels, dose, details.agent ?? ''].filter(Boolean).join(' · ') || undefined });
    }
    const today = todayIso();
    for (const v of data.visits) {
      // a visit still to come is not part of the course yet (the next one is in the status header)
      if (v.status === 'scheduled' && String(v.dueOn) > today) continue;
      items.push({ key: v.id, date: String(v.completedOn ?? v.dueOn ?? ''), kind: 'visit', title: t(W.followUp.month, { m: Number(v.month) }), detail: label(W.followUp.statuses, v.status, t) });
    }
    for (const e of data.adverse) {
      const detail = [e.level ? String(e.level) : '', typeof e.ctcaeGrade === 'number' ? `CTCAE ${label(recordText.grades, String(e.ctcaeGrade), t)}` : '', e.relation ? label(recordText.relations, e.relation, t) : ''].filter(Boolean).join(' · ');
      items.push({ key: e.id, date: String(e.occurredOn ?? ''), kind: 'adverse-event', title: label(recordText.adverse, e.kind, t), detail: detail || undefined });
    }
    for (const e of data.outcomes) {
      items.push({ key: e.id, date: String(e.occurredOn ?? ''), kind: 'event', title: label(recordText.outcomes, e.kind, t) });
    }
    // newest first
    return items.sort((a, b) => b.date.localeCompare(a.date) || a.kind.localeCompare(b.kind));
  }, [data, t, lang, number]);
}

function Timeline({ data }: { data: PatientData }) {
  const { t, date } = useI18n();
  const items = useTimeline(data);
  const [kind, setKind] = useState<Kind | ''>('');
  const shown = kind ? items.filter((i) => i.kind === kind) : items;
  const kinds = Object.keys(W.patient.kinds) as Kind[];
  return (
    <section aria-labelledby="timeline-title">
      <div className="page-head">
        <h2 id="timeline-title">{t(W.patient.timeline)}</h2>
        <div className="inline-field">
          <label htmlFor="timeline-kind">{t(W.patient.filter)}</label>
          <select id="timeline-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind | '')}>
            <option value="">{t(W.common.all)}</option>
            {kinds.map((k) => <option key={k} value={k}>{t(W.patient.kinds[k])}</option>)}
          </select>
        </div>
      </div>
      {shown.length === 0 ? (
        <p>{t(W.patient.empty)}</p>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {shown.map((item) => (
            <li key={item.key} className={`tl tl-${item.kind}`}>
              <time dateTime={item.date}>{date(item.date)}</time>
              <span className={`tl-kind kind-${item.kind}`}>{t(W.patient.kinds[item.kind])}</span>
              <span className="tl-title">{item.title}</span>
              {item.detail ? <span className="tl-detail">{item.detail}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const latestOf = (data: PatientData, instrument: string): Rec | undefined =>
  data.assessments.filter((a) => a.instrument === instrument).sort((a, b) => String(b.assessedOn).localeCompare(String(a.assessedOn)))[0];

/** Where the patient stands now: latest KPS, pain, Frankel, treatments under way, next visit, alerts. */
function CurrentStatus({ data }: { data: PatientData }) {
  const { t, date, number, lang } = useI18n();
  const today = todayIso();
  const diedOn = deathOf(data);
  const kps = latestOf(data, 'kps');
  const vas = latestOf(data, 'vas');
  const frankel = latestOf(data, 'frankel');
  const input = (a: Rec | undefined, key: string) => (a ? (a.inputs as Record<string, unknown>)[key] : undefined);
  // under way: systemic therapy and bone-modifying agents not ended; a local treatment only while its course runs
  const ongoingKinds = ['systemic', 'bone-modifying-agent'];
  const active = data.treatments.filter((tr) => String(tr.startedOn) <= today && (ongoingKinds.includes(String(tr.kind))
    ? !tr.endedOn || String(tr.endedOn) >= today
    : typeof tr.endedOn === 'string' && tr.endedOn >= today));
  const open = data.visits.filter((v) => v.status === 'scheduled').sort((a, b) => String(a.dueOn).localeCompare(String(b.dueOn)));
  const overdue = diedOn ? [] : open.filter((v) => String(v.windowEnd) < today);
  const next = diedOn ? undefined : open.find((v) => String(v.windowEnd) >= today);
  // the lesions' SINS and ESCC alerts are the core's reading (002 §2.3, §2.4), each with its source
  const lesions = data.lesions.filter(isSpinalLesion).map((l) => ({ id: l.id, level: String(l.level), escc: l.escc }));
  const assessments = data.assessments.map((a) => ({ lesionId: a.lesionId, instrument: a.instrument, assessedOn: a.assessedOn, total: a.total }));
  const alerts = [
    ...(overdue.length ? [t(W.patient.status.overdue, { n: overdue.length })] : []),
    ...lesionAlerts(lesions, assessments, treatedLevels(data)).map((a) => `${render(a.message, lang)} (${a.sources.filter((s) => s.document !== 'public').map(formatSource).join('; ')})`),
  ];
  const frankelGrade = input(frankel, 'grade');
  const value = (a: Rec | undefined, text: string | null) => (a && text !== null ? <>{text} <span className="muted">({date(String(a.assessedOn))})</span></> : '—');
  return (
    <section className="card current-status" aria-labelledby="status-title" data-testid="current-status">
      <h2 id="status-title">{t(W.patient.status.title)}</h2>
      <dl className="status-grid">
        <div><dt>{t(W.patient.status.kps)}</dt><dd data-testid="status-kps">{value(kps, typeof input(kps, 'kps') === 'number' ? number(input(kps, 'kps') as number) : null)}</dd></div>
        <div><dt>{t(W.patient.status.pain)}</dt><dd data-testid="status-vas">{value(vas, typeof input(vas, 'score') === 'number' ? `${number(input(vas, 'score') as number)}/10` : null)}</dd></div>
        <div><dt>{t(W.patient.status.frankel)}</dt><dd data-testid="status-frankel">{value(frankel, typeof frankelGrade === 'string' ? label(frankelText.grades, frankelGrade, t) : null)}</dd></div>
        <div>
          <dt>{t(W.patient.status.active)}</dt>
          <dd data-testid="status-active">{active.length ? active.map((tr) => {
            const agent = (tr.details as { agent?: unknown } | null)?.agent;
            return `${label(W.treatment.kinds, tr.kind, t)}${typeof agent === 'string' ? ` (${agent in W.treatment.agents ? t(W.treatment.agents[agent as keyof typeof W.treatment.agents]) : agent})` : ''}`;
          }).join('; ') : '—'}</dd>
        </div>
        <div><dt>{t(W.patient.status.nextVisit)}</dt><dd data-testid="status-next">{next ? `${t(W.followUp.month, { m: Number(next.month) })} · ${date(String(next.dueOn))}` : '—'}</dd></div>
      </dl>
      {alerts.length ? (
        <ul className="status-alerts" aria-label={t(W.patient.status.alerts)} data-testid="status-alerts">
          {alerts.map((a) => <li key={a}>{a}</li>)}
        </ul>
      ) : <p className="muted">{t(W.patient.status.noAlerts)}</p>}
    </section>
  );
}

function PrimaryForm({ patientId, onSaved }: { patientId: string; onSaved(): void }) {
  const { t } = useI18n();
  const [histology, setHistology] = useState('');
  const [diagnosedOn, setDiagnosedOn] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = useFieldErrors(problem);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api.post('/api/primary-tumours', { patientId, histology: histology || undefined, ...(diagnosedOn ? { diagnosedOn } : {}) });
      setProblem(null);
      onSaved();
    } catch (e) {
      setProblem(problemOf(e));
    }
  };
  const labels = { histology: t(W.patient.histology), diagnosedOn: t(W.patient.diagnosedOn) };
  return (
    <form className="card form-grid" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="primary-title">
      <h3 id="primary-title">{t(W.patient.addPrimary)}</h3>
      <ProblemSummary problem={problem} form="primary" labels={labels} />
      <SelectField
        id={fieldId('primary', 'histology')}
        label={labels.histology}
        value={histology}
        onChange={setHistology}
        options={HISTOLOGY_IDS.map((h) => ({ value: h, label: t(histologyText[h]) }))}
        errors={errors.get('histology')}
      />
      <TextField id={fieldId('primary', 'diagnosedOn')} type="date" label={labels.diagnosedOn} value={diagnosedOn} onChange={setDiagnosedOn} errors={errors.get('diagnosedOn')} />
      <div className="form-actions"><button type="submit" className="primary">{t(W.common.save)}</button></div>
    </form>
  );
}

function PatientHeader({ patient, primaries, diedOn, lastContact }: { patient: Rec; primaries: Rec[]; diedOn: string | null; lastContact: string | null }) {
  const { t, date } = useI18n();
  const birthYear = typeof patient.birthYear === 'number' ? patient.birthYear : null;
  const age = birthYear ? (diedOn ? Number(diedOn.slice(0, 4)) : new Date().getUTCFullYear()) - birthYear : null;
  return (
    <div className="patient-head">
      <h1 id="patient-title">
        <span className="code">{String(patient.code)}</span> {patient.name === patient.code ? '' : String(patient.name ?? '')}
      </h1>
      <p className="muted">
        {patient.sex === 'female' ? t(W.patients.female) : t(W.patients.male)}
        {age !== null ? ` · ${diedOn ? t(W.patient.ageAtDeath, { age }) : t(W.patient.age, { age })}` : ''}
        {primaries.length ? ` · ${primaries.map((p) => label(histologyText, p.histology, t)).join(', ')}` : ''}
        {patient.cohort ? ` · ${t(W.patients.cohort)}: ${String(patient.cohort)}` : ''}
      </p>
      {diedOn ? <div className="alert alert-deceased" role="note" data-testid="deceased">{t(W.patient.deceased, { date: date(diedOn) })}</div> : null}
      {!diedOn && lastContact ? <div className="alert alert-deceased" role="note" data-testid="follow-up-ended">{t(W.patient.followUpEnded, { date: date(lastContact) })}</div> : null}
    </div>
  );
}

export function PatientPage({ id, tab }: { id: string; tab: string }) {
  const { t } = useI18n();
  const { canWrite } = useSession();
  const { data, problem, reload } = usePatientData(id);
  const [status, setStatus] = useState<string | null>(null);
  const current: Tab = (TABS as readonly string[]).includes(tab) ? (tab as Tab) : 'timeline';
  useEffect(() => setStatus(null), [current]);
  if (problem) return <ProblemSummary problem={problem} form="patient-page" />;
  if (!data) return <p>{t(W.app.loading)}</p>;
  const base = `/patients/${encodeURIComponent(id)}`;
  return (
    <article aria-labelledby="patient-title">
      <p><Link to="/">← {t(W.patient.back)}</Link></p>
      <PatientHeader patient={data.patient} primaries={data.primaries} diedOn={deathOf(data)} lastContact={lastContactOf(data)} />
      <nav className="tabs" aria-label={t(W.patient.tabs)}>
        {TABS.map((tb) => (
          <Link key={tb} to={tb === 'timeline' ? base : `${base}/${tb}`} aria-current={tb === current ? 'page' : undefined}>
            {t(TAB_LABEL[tb])}
          </Link>
        ))}
      </nav>
      <Status text={status} />
      {current === 'timeline' ? (
        <>
          {canWrite && data.primaries.length === 0 ? <PrimaryForm patientId={id} onSaved={() => void reload()} /> : null}
          <CurrentStatus data={data} />
          <Timeline data={data} />
          <RecordEditor data={data} reload={reload} />
        </>
      ) : null}
      {current === 'spine' ? <SpineTab data={data} reload={reload} setStatus={setStatus} /> : null}
      {current === 'scores' ? <ScoresTab data={data} reload={reload} setStatus={setStatus} /> : null}
      {current === 'decision' ? (
        <Suspense fallback={<p>{t(W.app.loading)}</p>}>
          <DecisionTab data={data} reload={reload} setStatus={setStatus} />
        </Suspense>
      ) : null}
      {current === 'follow-up' ? <FollowUpTab data={data} reload={reload} setStatus={setStatus} /> : null}
    </article>
  );
}

export { todayIso };
