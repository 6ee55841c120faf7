import { useMemo, useState, type FormEvent } from 'react';
import { recordText, webText as W } from '../../i18n/web/ui.js';
import { INSTRUMENTS, scoreInstrument, type InstrumentId } from '../../knowledge/instruments/index.js';
import { api, type Problem, type Rec } from '../api.js';
import { ProblemSummary, SelectField, TextField, useFieldErrors } from '../components/form.js';
import { issuesOf } from '../forms/issues.js';
import { isSpinalLesion } from '../forms/record-lesions.js';
import { InstrumentPanel } from '../components/instrument-form.js';
import { LineChart } from '../components/line-chart.js';
import { INSTRUMENT_FORMS, VISIT_INSTRUMENTS, isBlank, toInput, type FormValues } from '../forms/instruments.js';
import {
  ComplicationFields, EMPTY_REGIMEN, RegimenFields, SavedMark, parseRegimen, regimenIsBlank, visitPartKey, writeVisitParts,
  type ComplicationRow, type RegimenForm, type VisitPart, type WrittenParts,
} from '../components/visit-extras.js';
import { useI18n } from '../i18n.js';
import { todayIso, type PatientData } from '../patient-data.js';
import { useSession } from '../session.js';

const DAY = 86_400_000;
const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const addDaysIso = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** The regimen last recorded at a visit, as the form's starting point (the regimen rarely changes entirely). */
function lastRegimen(data: PatientData): RegimenForm {
  const last = data.visits
    .filter((v) => v.analgesics && typeof v.analgesics === 'object')
    .sort((a, b) => String(b.completedOn ?? b.dueOn).localeCompare(String(a.completedOn ?? a.dueOn)))[0];
  if (!last) return EMPTY_REGIMEN;
  const stored = last.analgesics as { opioids?: { drug: string; dailyDose: number }[]; nonOpioid?: string[] };
  return { opioids: (stored.opioids ?? []).map((o) => ({ drug: o.drug, dailyDose: String(o.dailyDose) })), nonOpioid: stored.nonOpioid ?? [] };
}

function VisitForm({ data, visit, onDone, onPartial }: { data: PatientData; visit: Rec | null; onDone(message: string): void; onPartial(): void }) {
  const { t, date, lang } = useI18n();
  const [regimenForm, setRegimenForm] = useState<RegimenForm>(() => lastRegimen(data));
  const [complications, setComplications] = useState<ComplicationRow[]>([]);
  const [complicationErrors, setComplicationErrors] = useState<Map<number, string[]>>(new Map());
  const [triedSave, setTriedSave] = useState(false);
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const spinalLesions = data.lesions.filter(isSpinalLesion);
  const [lesionId, setLesionId] = useState(spinalLesions[0]?.id ?? '');
  const [values, setValues] = useState<Record<string, FormValues>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** What this visit's save attempts stored, so a retry never writes a part twice. */
  const [written, setWritten] = useState<WrittenParts>(new Map());
  const [outcome, setOutcome] = useState<{ stored: string[]; notStored: string[]; reason: string } | null>(null);
  const serverErrors = useFieldErrors(problem);
  const isStored = (part: VisitPart) => written.has(visitPartKey(part));
  const lesion = data.lesions.find((l) => l.id === lesionId);
  const instruments: InstrumentId[] = visit && Array.isArray(visit.instruments) ? (visit.instruments as InstrumentId[]).filter((i) => INSTRUMENT_FORMS[i]) : [...VISIT_INSTRUMENTS];
  for (const i of VISIT_INSTRUMENTS) if (!instruments.includes(i)) instruments.push(i);
  const nameOf = (i: InstrumentId) => t(INSTRUMENTS[i].name);

  /**
   * Nothing is written unless every instrument filled in scores and the date is possible: an empty
   * or invalid visit is refused with the fields named and keeps what was typed.
   */
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const ready: { instrument: InstrumentId; inputs: Record<string, unknown> }[] = [];
    const invalid: string[] = [];
    for (const instrument of instruments) {
      const fields = INSTRUMENT_FORMS[instrument] ?? [];
      const v = values[instrument] ?? {};
      if (isBlank(fields, v)) continue;
      const inputs = { ...toInput(fields, v), ...(instrument === 'sins' && lesion ? { level: String(lesion.level) } : {}) };
      try {
        scoreInstrument(instrument, inputs);
        ready.push({ instrument, inputs });
      } catch (error) {
        if (!issuesOf(error)) throw error;
        invalid.push(nameOf(instrument));
      }
    }
    const badDate = !assessedOn ? t(W.errors.required) : assessedOn > addDaysIso(todayIso(), 1) ? t(W.errors.future) : null;
    setDateError(badDate);
    if (badDate) invalid.unshift(t(W.instrument.assessedOn));
    setTriedSave(true);
    // the regimen is stored with a scheduled visit; a complication needs its kind
    const withRegimen = visit !== null && !regimenIsBlank(regimenForm);
    const { regimen } = parseRegimen(regimenForm, t, lang);
    if (withRegimen && !regimen) invalid.push(t(W.followUp.regimen));
    const filled = complications.filter((c) => c.kind || c.level || c.severity);
    const missingKind = new Map<number, string[]>();
    complications.forEach((c, i) => { if (!c.kind && (c.level || c.severity)) missingKind.set(i, [t(W.errors.required)]); });
    setComplicationErrors(missingKind);
    if (missingKind.size) invalid.push(t(W.followUp.complications));
    if (invalid.length) {
      setFormError(t(W.errors.notSaved, { fields: invalid.join(', ') }));
      return;
    }
    if (!ready.length && !withRegimen && !filled.length) {
      setFormError(`${t(W.errors.nothingEntered)} (${instruments.map(nameOf).join(', ')})`);
      return;
    }
    setFormError(null);
    setOutcome(null);
    const parts: VisitPart[] = [
      ...ready.map(({ instrument }) => ({ kind: 'assessment' as const, instrument })),
      ...(withRegimen ? [{ kind: 'regimen' as const }] : []),
      ...complications.flatMap((c, row) => (c.kind || c.level || c.severity ? [{ kind: 'complication' as const, row }] : [])),
    ];
    const write = async (part: VisitPart): Promise<string> => {
      if (part.kind === 'assessment') {
        const { inputs } = ready.find((r) => r.instrument === part.instrument)!;
        return (await api.post<Rec>('/api/assessments', {
          patientId: data.patient.id, instrument: part.instrument, assessedOn, inputs,
          ...(visit ? { visitId: visit.id } : {}),
          ...(part.instrument === 'sins' && lesion ? { lesionId: lesion.id } : {}),
        })).id;
      }
      if (part.kind === 'regimen') {
        // the visit's version after the assessments completed it
        const current = await api.get<Rec>(`/api/follow-up-visits/${visit!.id}`);
        return (await api.patch<Rec>(`/api/follow-up-visits/${visit!.id}`, { analgesics: regimen }, current.version)).id;
      }
      const c = complications[part.row]!;
      return (await api.post<Rec>('/api/adverse-events', {
        patientId: data.patient.id, occurredOn: assessedOn, kind: c.kind,
        ...(visit ? { treatmentId: visit.treatmentId } : {}),
        ...(c.level ? { level: c.level } : {}),
        ...(c.severity ? { severity: c.severity } : {}),
      })).id;
    };
    setBusy(true);
    try {
      const result = await writeVisitParts(parts, written, write);
      setWritten(result.written);
      const stored = (kind: VisitPart['kind']) => parts.filter((p) => p.kind === kind && result.written.has(visitPartKey(p))).length;
      if (!result.failed) {
        onDone(!withRegimen && !stored('complication')
          ? t(W.followUp.savedVisit, { n: stored('assessment') })
          : t(W.followUp.savedParts, { n: stored('assessment'), regimen: t(withRegimen ? W.followUp.regimenStored : W.followUp.regimenNone), c: stored('complication') }));
        return;
      }
      const { problem: failure } = result.failed;
      // field errors are listed by the summary below; any other failure is said in the outcome
      const fieldErrors = (failure.errors ?? []).length > 0;
      setProblem(fieldErrors ? failure : null);
      const label = (part: VisitPart) => (part.kind === 'assessment' ? nameOf(part.instrument)
        : part.kind === 'regimen' ? t(W.followUp.regimen)
          : t(W.followUp.complicationPart, { n: part.row + 1, kind: complicationName(complications[part.row]!.kind) }));
      setOutcome({
        stored: parts.filter((p) => result.written.has(visitPartKey(p))).map(label),
        notStored: parts.filter((p) => !result.written.has(visitPartKey(p))).map(label),
        reason: fieldErrors ? '' : failure.status === 0 ? t(W.errors.network) : failure.status === 409 ? t(W.errors.conflict) : t(W.followUp.failedAnswer, { status: failure.status }),
      });
      if (result.written.size > written.size) onPartial();
    } finally {
      setBusy(false);
    }
  };
  const complicationName = (kind: string) => (kind in recordText.adverse ? t(recordText.adverse[kind as keyof typeof recordText.adverse]) : kind);
  const anyStored = written.size > 0;
  const storedRows = new Set(complications.flatMap((_, row) => (isStored({ kind: 'complication', row }) ? [row] : [])));

  return (
    <form className="visit-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="visit-title" data-testid="visit-form">
      <h3 id="visit-title">{visit ? `${t(W.followUp.month, { m: Number(visit.month) })} · ${t(W.followUp.visitForm, { date: date(String(visit.dueOn)) })}` : t(W.followUp.standalone)}</h3>
      {formError ? <div className="alert alert-error" role="alert" data-testid="visit-error">{formError}</div> : null}
      {outcome ? (
        <div className="alert alert-error" role="alert" data-testid="visit-outcome">
          {outcome.stored.length ? <p data-testid="visit-stored">{t(W.followUp.storedParts, { list: outcome.stored.join(t(W.errors.listJoin)) })}</p> : null}
          <p data-testid="visit-not-stored">{t(W.followUp.notStoredParts, { list: outcome.notStored.join(t(W.errors.listJoin)), reason: outcome.reason })}</p>
          {outcome.stored.length ? <p>{t(W.followUp.retryStored)}</p> : null}
        </div>
      ) : null}
      <ProblemSummary problem={problem} form="visit" labels={{ assessedOn: t(W.instrument.assessedOn), inputs: t(W.followUp.title) }} />
      <div className="form-grid">
        {/* what is stored carries this date and lesion: they are locked with it */}
        <fieldset className="plain" disabled={anyStored}>
          <TextField id="visit-assessedOn" type="date" label={t(W.instrument.assessedOn)} value={assessedOn} onChange={setAssessedOn} required
            errors={dateError ? [dateError] : serverErrors.get('assessedOn')} />
        </fieldset>
        {spinalLesions.length ? (
          <fieldset className="plain" disabled={isStored({ kind: 'assessment', instrument: 'sins' })}>
            <SelectField id="visit-lesion" label={`SINS — ${t(W.spine.level)}`} value={lesionId} allowEmpty={false} onChange={setLesionId} options={spinalLesions.map((l) => ({ value: l.id, label: String(l.level) }))} />
          </fieldset>
        ) : null}
      </div>
      <div className="instruments">
        {instruments.map((instrument) => {
          const stored = isStored({ kind: 'assessment', instrument });
          return (
            <fieldset key={instrument} className="plain" disabled={stored}>
              {stored ? <legend><SavedMark testId={`visit-${instrument}-stored`} /></legend> : null}
              <InstrumentPanel
                instrument={instrument}
                idPrefix={`visit-${instrument}`}
                values={values[instrument] ?? {}}
                onChange={(v) => setValues((all) => ({ ...all, [instrument]: v }))}
                fixed={instrument === 'sins' && lesion ? { level: String(lesion.level) } : {}}
                hide={instrument === 'sins' ? ['level'] : []}
              />
            </fieldset>
          );
        })}
      </div>
      {visit ? <RegimenFields form={regimenForm} onChange={setRegimenForm} showErrors={triedSave} stored={isStored({ kind: 'regimen' })} /> : <p className="hint">{t(W.followUp.regimenScheduledOnly)}</p>}
      <ComplicationFields rows={complications} onChange={(rows) => { setComplications(rows); setComplicationErrors(new Map()); }} errors={complicationErrors} stored={storedRows} />
      <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t(W.followUp.saveVisit)}</button></div>
    </form>
  );
}

function Trajectories({ data }: { data: PatientData }) {
  const { t, date } = useI18n();
  const charts = useMemo(() => {
    const first = [...data.treatments.map((x) => String(x.startedOn)), ...data.assessments.map((a) => String(a.assessedOn))].sort()[0];
    return (['vas', 'kps', 'sins', 'odi'] as const).map((instrument) => {
      const rows = data.assessments.filter((a) => a.instrument === instrument && typeof a.total === 'number').sort((a, b) => String(a.assessedOn).localeCompare(String(b.assessedOn)));
      const bySeries = new Map<string, { x: number; y: number; label: string }[]>();
      for (const a of rows) {
        const lesion = instrument === 'sins' ? data.lesions.find((l) => l.id === a.lesionId) : undefined;
        const key = lesion ? String(lesion.level) : t(INSTRUMENTS[instrument].name);
        // ODI's total is its percentage; the others are their scores.
        const y = a.total as number;
        bySeries.set(key, [...(bySeries.get(key) ?? []), { x: days(String(a.assessedOn)) - days(first ?? String(a.assessedOn)), y, label: `${date(String(a.assessedOn))}: ${y}` }]);
      }
      const range = instrument === 'vas' ? [0, 10] : instrument === 'kps' ? [0, 100] : instrument === 'sins' ? [0, 18] : [0, 100];
      return { instrument, series: [...bySeries].map(([name, points]) => ({ name, points })), range: range as [number, number], first };
    });
  }, [data, t, date]);
  const firstDay = charts[0]?.first;
  const markers = firstDay
    ? [...data.treatments]
      .filter((tr) => tr.kind !== 'systemic' && tr.kind !== 'bone-modifying-agent')
      .sort((a, b) => String(a.startedOn).localeCompare(String(b.startedOn)))
      .map((tr) => ({ x: days(String(tr.startedOn)) - days(firstDay), label: `${String(tr.kind) in W.treatment.kinds ? t(W.treatment.kinds[tr.kind as keyof typeof W.treatment.kinds]) : String(tr.kind)} ${date(String(tr.startedOn))}` }))
    : [];
  return (
    <section aria-labelledby="trajectories-title">
      <h3 id="trajectories-title">{t(W.followUp.trajectories)}</h3>
      <div className="charts">
        {charts.map((c) => (
          <div key={c.instrument} className="card" data-testid={`trajectory-${c.instrument}`}>
            <h4>{t(INSTRUMENTS[c.instrument].name)}</h4>
            {c.series.length ? (
              <LineChart
                title={t(INSTRUMENTS[c.instrument].name)}
                series={c.series}
                yMin={c.range[0]}
                yMax={c.range[1]}
                xLabel={t(W.common.date)}
                markers={markers}
                markerCaption={(list) => t(W.followUp.treatmentMarks, { list })}
                formatX={(x) => date(new Date((days(c.first!) + x) * DAY).toISOString().slice(0, 10))}
              />
            ) : <p className="muted">{t(W.followUp.noData)}</p>}
          </div>
        ))}
      </div>
    </section>
  );
}

export function FollowUpTab({ data, reload, setStatus }: { data: PatientData; reload(): Promise<void>; setStatus(s: string | null): void }) {
  const { t, date } = useI18n();
  const { canWrite } = useSession();
  const [open, setOpen] = useState<Rec | 'standalone' | null>(null);
  const visits = [...data.visits].sort((a, b) => String(a.dueOn).localeCompare(String(b.dueOn)));
  return (
    <div className="follow-up">
      <h2>{t(W.followUp.title)}</h2>
      <section aria-labelledby="visits-title">
        <h3 id="visits-title">{t(W.followUp.visits)}</h3>
        {visits.length === 0 ? <p>{t(W.followUp.noVisits)}</p> : (
          <div className="table-wrap">
            <table className="data">
              <thead><tr><th scope="col">{t(W.followUp.monthHeader)}</th><th scope="col">{t(W.common.date)}</th><th scope="col">{t(W.followUp.window)}</th><th scope="col">{t(W.followUp.status)}</th><th scope="col"><span className="sr-only">{t(W.followUp.record)}</span></th></tr></thead>
              <tbody>
                {visits.map((v) => (
                  <tr key={v.id}>
                    <th scope="row">{t(W.followUp.month, { m: Number(v.month) })}</th>
                    <td>{date(String(v.dueOn))}</td>
                    <td>{date(String(v.windowStart))} – {date(String(v.windowEnd))}</td>
                    <td><span className={`badge status-${String(v.status)}`}>{String(v.status) in W.followUp.statuses ? t(W.followUp.statuses[v.status as keyof typeof W.followUp.statuses]) : String(v.status)}</span></td>
                    <td>{canWrite && v.status === 'scheduled' ? <button type="button" onClick={() => setOpen(v)}>{t(W.followUp.record)}</button> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {canWrite ? <button type="button" onClick={() => setOpen('standalone')}>{t(W.followUp.standalone)}</button> : null}
      </section>
      {open && canWrite ? (
        <VisitForm
          key={open === 'standalone' ? 'standalone' : open.id}
          data={data}
          visit={open === 'standalone' ? null : open}
          onDone={(message) => {
            setOpen(null);
            setStatus(message);
            void reload();
          }}
          onPartial={() => void reload()}
        />
      ) : null}
      <Trajectories data={data} />
    </div>
  );
}
