import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { webText as W } from '../../i18n/web/ui.js';
import { ApiError, api, listAll, type Problem, type Rec, problemOf } from '../api.js';
import { ProblemSummary, useFieldErrors, SelectField, Status, TextField, fieldId } from '../components/form.js';
import { useI18n } from '../i18n.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session.js';

interface DueVisit {
  patientId: string;
  state: 'due' | 'overdue' | 'upcoming';
}

const EMPTY = { code: '', name: '', sex: '', birthYear: '', cohort: '', enrolledOn: '' };

function NewPatientForm({ onCreated }: { onCreated(record: Rec): void }) {
  const { t } = useI18n();
  const [form, setForm] = useState(EMPTY);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors(problem);
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const labels = {
    code: t(W.patients.code), name: t(W.patients.name), sex: t(W.patients.sex), birthYear: t(W.patients.birthYear),
    cohort: t(W.patients.cohort), enrolledOn: t(W.patients.enrolledOn),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const body: Record<string, unknown> = { code: form.code, name: form.name, sex: form.sex || undefined };
    if (form.birthYear.trim()) body.birthYear = Number(form.birthYear);
    if (form.cohort.trim()) body.cohort = form.cohort;
    if (form.enrolledOn) body.enrolledOn = form.enrolledOn;
    try {
      const record = await api.post<Rec>('/api/patients', body);
      setProblem(null);
      setForm(EMPTY);
      onCreated(record);
    } catch (e) {
      setProblem(problemOf(e));
    } finally {
      setBusy(false);
    }
  };

  const id = (path: string) => fieldId('patient', path);
  return (
    <form className="card form-grid" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-patient-title">
      <h2 id="new-patient-title">{t(W.patients.create)}</h2>
      <ProblemSummary problem={problem} form="patient" labels={labels} />
      <TextField id={id('code')} label={labels.code} value={form.code} onChange={set('code')} errors={errors.get('code')} required />
      <TextField id={id('name')} label={labels.name} value={form.name} onChange={set('name')} errors={errors.get('name')} required />
      <SelectField
        id={id('sex')}
        label={labels.sex}
        value={form.sex}
        onChange={set('sex')}
        errors={errors.get('sex')}
        options={[{ value: 'female', label: t(W.patients.female) }, { value: 'male', label: t(W.patients.male) }]}
        required
      />
      <TextField id={id('birthYear')} label={labels.birthYear} type="number" inputMode="numeric" value={form.birthYear} onChange={set('birthYear')} errors={errors.get('birthYear')} />
      <TextField id={id('cohort')} label={labels.cohort} value={form.cohort} onChange={set('cohort')} errors={errors.get('cohort')} />
      <TextField id={id('enrolledOn')} label={labels.enrolledOn} type="date" value={form.enrolledOn} onChange={set('enrolledOn')} errors={errors.get('enrolledOn')} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{t(W.common.save)}</button>
      </div>
    </form>
  );
}

export function PatientsPage() {
  const { t, date } = useI18n();
  const { canWrite } = useSession();
  const [patients, setPatients] = useState<Rec[] | null>(null);
  const [due, setDue] = useState<DueVisit[]>([]);
  const [deaths, setDeaths] = useState<Map<string, string>>(new Map());
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [showNew, setShowNew] = useState(false);

  useEffect(() => {
    listAll('patients').then(setPatients, (e: unknown) => e instanceof ApiError && setProblem(e.problem));
    api.get<{ items: DueVisit[] }>('/api/follow-up/due?limit=500').then((r) => setDue(r.items), () => setDue([]));
    listAll('outcome-events', { kind: 'death' }).then((r) => setDeaths(new Map(r.map((o) => [String(o.patientId), String(o.occurredOn)]))), () => setDeaths(new Map()));
  }, []);

  const dueBy = useMemo(() => {
    const map = new Map<string, { due: number; overdue: number }>();
    for (const v of due) {
      const entry = map.get(v.patientId) ?? { due: 0, overdue: 0 };
      if (v.state === 'overdue') entry.overdue++;
      else if (v.state === 'due') entry.due++;
      map.set(v.patientId, entry);
    }
    return map;
  }, [due]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = patients ?? [];
    const filtered = q ? list.filter((p) => `${String(p.code)} ${String(p.name ?? '')}`.toLowerCase().includes(q)) : list;
    return [...filtered].sort((a, b) => String(a.code).localeCompare(String(b.code)));
  }, [patients, query]);

  // de-identified (researchers): the name is the code's pseudonym, so the column would repeat it
  const showName = shown.some((p) => p.name && p.name !== p.code);
  return (
    <section aria-labelledby="patients-title">
      <div className="page-head">
        <h1 id="patients-title">{t(W.patients.title)}</h1>
        {canWrite ? (
          <button type="button" className="primary" aria-expanded={showNew} aria-controls="new-patient" onClick={() => setShowNew((s) => !s)}>
            {t(W.patients.create)}
          </button>
        ) : null}
      </div>
      <Status text={status} />
      {showNew && canWrite ? (
        <div id="new-patient">
          <NewPatientForm
            onCreated={(record) => {
              setStatus(t(W.patients.created, { code: String(record.code) }));
              navigate(`/patients/${record.id}`);
            }}
          />
        </div>
      ) : null}
      <ProblemSummary problem={problem} form="patients" />
      <div className="search">
        <label htmlFor="patient-search">{t(W.patients.search)}</label>
        <input id="patient-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      {patients === null ? (
        <p>{t(W.app.loading)}</p>
      ) : (
        <>
          <p className="muted">{t(W.patients.count, { shown: shown.length, total: patients.length })}</p>
          {shown.length === 0 ? (
            <p>{t(W.patients.none)}</p>
          ) : (
            <div className="table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t(W.patients.code)}</th>
                    {showName ? <th scope="col">{t(W.patients.name)}</th> : null}
                    <th scope="col">{t(W.patients.sex)}</th>
                    <th scope="col">{t(W.patients.cohort)}</th>
                    <th scope="col">{t(W.patients.enrolledOn)}</th>
                    <th scope="col">{t(W.patients.followUp)}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((p) => {
                    const badge = dueBy.get(p.id);
                    return (
                      <tr key={p.id}>
                        <th scope="row">
                          <Link to={`/patients/${p.id}`}>{String(p.code)}</Link>
                          {p.synthetic ? <span className="tag">{t(W.patients.synthetic)}</span> : null}
                          {deaths.has(p.id) ? <span className="tag tag-deceased" data-testid="deceased-tag">{t(W.patients.deceased, { date: date(deaths.get(p.id)!) })}</span> : null}
                        </th>
                        {showName ? <td>{p.name === p.code ? '' : String(p.name ?? '')}</td> : null}
                        <td>{p.sex === 'female' ? t(W.patients.female) : p.sex === 'male' ? t(W.patients.male) : '—'}</td>
                        <td>{String(p.cohort ?? '—')}</td>
                        <td>{date(p.enrolledOn as string | null)}</td>
                        <td>
                          {badge?.overdue ? <span className="badge badge-overdue">{t(W.patients.overdueCount, { n: badge.overdue })}</span> : null}
                          {badge?.due ? <span className="badge badge-due">{t(W.patients.dueCount, { n: badge.due })}</span> : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
