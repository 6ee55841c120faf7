import { useState, type FormEvent } from 'react';
import { recordText, webText as W } from '../../i18n/web/ui.js';
import { SPINAL_LEVELS } from '../../knowledge/anatomy/index.js';
import { ADVERSE_EVENT_KINDS, AE_RELATIONS, ALK_STATUS, CTCAE_GRADES, LAB_ANALYTE_IDS, MARKER_STATUS, METASTATIC_SITE_KINDS, OUTCOME_KINDS, SEVERITIES } from '../../boundary/codes.js';
import { breastSubtypeText, histologyText } from '../../knowledge/texts.js';
import { factLabels, factValueLabels } from '../../knowledge/texts.js';
import { BREAST_SUBTYPES, HISTOLOGY_IDS } from '../../knowledge/histology.js';
import { api, type Problem, type Rec, problemOf } from '../api.js';
import { useI18n, type Localized } from '../i18n.js';
import { todayIso, type PatientData } from '../patient-data.js';
import { useSession } from '../session.js';
import { ProblemSummary, SelectField, Status, TextField, fieldId, useFieldErrors } from './form.js';
import { TreatmentForm } from './treatment-form.js';
import { navigate } from '../router.js';

/**
 * Create, correct (PATCH on the version read; 409 when someone changed it since) and delete (soft,
 * with a reason kept in the notes) the records a patient's course adds up to beside treatments
 * and assessments: outcome events, adverse events, metastatic sites. Layout only: the registry
 * validates every field and its problems are shown next to the field.
 */

type FieldKind = 'enum' | 'date' | 'text' | 'bool' | 'level' | 'treatment' | 'year' | 'number';
interface FieldSpec {
  path: string;
  kind: FieldKind;
  label: Localized;
  values?: readonly string[];
  valueLabels?: Readonly<Record<string, Localized>>;
  required?: boolean;
  /** A choice among numbers (CTCAE grade): sent as a number. */
  numeric?: boolean;
}

type EditorEntity = 'primary-tumours' | 'outcome-events' | 'adverse-events' | 'metastatic-sites' | 'laboratory-values';
type FormEntity = EditorEntity | 'patients';
const P = W.patients;

const E = recordText.editor;
const SPECS: Record<FormEntity, { title: Localized; kinds: Readonly<Record<string, Localized>>; dateField: string; kindField?: string; help?: Localized; fields: FieldSpec[] }> = {
  'primary-tumours': {
    title: W.patient.primary,
    kinds: histologyText,
    kindField: 'histology',
    dateField: 'diagnosedOn',
    fields: [
      { path: 'histology', kind: 'enum', label: W.patient.histology, values: HISTOLOGY_IDS, valueLabels: histologyText, required: true },
      { path: 'diagnosedOn', kind: 'date', label: W.patient.diagnosedOn },
      { path: 'breastSubtype', kind: 'enum', label: factLabels['primary.breastSubtype']!, values: BREAST_SUBTYPES, valueLabels: breastSubtypeText },
      { path: 'egfr', kind: 'enum', label: factLabels['primary.egfr']!, values: MARKER_STATUS, valueLabels: factValueLabels },
      { path: 'alk', kind: 'enum', label: factLabels['primary.alk']!, values: ALK_STATUS, valueLabels: factValueLabels },
      { path: 'notes', kind: 'text', label: E.notes },
    ],
  },
  'outcome-events': {
    title: E.outcomeEvents,
    kinds: recordText.outcomes,
    dateField: 'occurredOn',
    help: E.lastContactHelp,
    fields: [
      { path: 'kind', kind: 'enum', label: E.kind, values: OUTCOME_KINDS, valueLabels: recordText.outcomes, required: true },
      { path: 'occurredOn', kind: 'date', label: E.occurredOn, required: true },
      { path: 'treatmentId', kind: 'treatment', label: E.treatment },
      { path: 'notes', kind: 'text', label: E.notes },
    ],
  },
  'adverse-events': {
    title: E.adverseEvents,
    kinds: recordText.adverse,
    dateField: 'occurredOn',
    fields: [
      { path: 'kind', kind: 'enum', label: E.kind, values: ADVERSE_EVENT_KINDS, valueLabels: recordText.adverse, required: true },
      { path: 'occurredOn', kind: 'date', label: E.occurredOn, required: true },
      { path: 'level', kind: 'level', label: E.level },
      { path: 'symptomatic', kind: 'bool', label: E.symptomatic },
      { path: 'severity', kind: 'enum', label: E.severity, values: SEVERITIES, valueLabels: recordText.severities },
      { path: 'ctcaeGrade', kind: 'enum', label: E.ctcaeGrade, values: CTCAE_GRADES.map(String), valueLabels: recordText.grades, numeric: true },
      { path: 'treatmentId', kind: 'treatment', label: E.treatment },
      { path: 'relation', kind: 'enum', label: E.relation, values: AE_RELATIONS, valueLabels: recordText.relations },
      { path: 'notes', kind: 'text', label: E.notes },
    ],
  },
  patients: {
    title: W.patient.details,
    kinds: {},
    dateField: 'enrolledOn',
    fields: [
      { path: 'code', kind: 'text', label: P.code, required: true },
      { path: 'name', kind: 'text', label: P.name, required: true },
      { path: 'sex', kind: 'enum', label: P.sex, values: ['female', 'male'], valueLabels: { female: P.female, male: P.male }, required: true },
      { path: 'birthYear', kind: 'year', label: P.birthYear },
      { path: 'cohort', kind: 'text', label: P.cohort },
      { path: 'studyArm', kind: 'text', label: P.studyArm },
      { path: 'enrolledOn', kind: 'date', label: P.enrolledOn },
      { path: 'lastContactOn', kind: 'date', label: P.lastContactOn },
      { path: 'notes', kind: 'text', label: E.notes },
    ],
  },
  'laboratory-values': {
    title: E.laboratoryValues,
    kinds: recordText.analytes,
    kindField: 'analyte',
    dateField: 'measuredOn',
    fields: [
      { path: 'analyte', kind: 'enum', label: E.analyte, values: LAB_ANALYTE_IDS, valueLabels: recordText.analytes, required: true },
      { path: 'measuredOn', kind: 'date', label: E.measuredOn, required: true },
      { path: 'value', kind: 'number', label: E.value, required: true },
      { path: 'notes', kind: 'text', label: E.notes },
    ],
  },
  'metastatic-sites': {
    title: E.metastaticSites,
    kinds: recordText.sites,
    dateField: 'detectedOn',
    fields: [
      { path: 'kind', kind: 'enum', label: E.kind, values: METASTATIC_SITE_KINDS, valueLabels: recordText.sites, required: true },
      { path: 'location', kind: 'text', label: E.location },
      { path: 'detectedOn', kind: 'date', label: E.detectedOn },
      { path: 'resectable', kind: 'bool', label: E.resectable },
      { path: 'notes', kind: 'text', label: E.notes },
    ],
  },
};

type Values = Record<string, string>;

const toValues = (fields: readonly FieldSpec[], record: Rec | null, dateField: string): Values => {
  const v: Values = {};
  for (const f of fields) {
    const raw = record?.[f.path];
    v[f.path] = raw === null || raw === undefined ? '' : String(raw);
  }
  if (!record) v[dateField] = todayIso();
  return v;
};

/** The body of a write: blank fields left out on create, cleared (null) on a change. */
function toBody(fields: readonly FieldSpec[], values: Values, editing: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const text = (values[f.path] ?? '').trim();
    if (text === '') {
      if (editing) body[f.path] = null;
      continue;
    }
    // a number that does not parse is sent as typed, so the server names the field and what it accepts
    const numeric = f.kind === 'year' || f.kind === 'number' || f.numeric;
    const asNumber = Number(text.replace(',', '.'));
    body[f.path] = f.kind === 'bool' ? text === 'true' : numeric ? (Number.isFinite(asNumber) ? asNumber : text) : text;
  }
  return body;
}

function EntityForm({ entity, data, record, onDone }: { entity: FormEntity; data: PatientData; record: Rec | null; onDone(message: string): void }) {
  const { t, date } = useI18n();
  const spec = SPECS[entity];
  const [values, setValues] = useState<Values>(() => toValues(spec.fields, record, spec.dateField));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors(problem);
  const form = `${entity}-form`;
  const labels = Object.fromEntries(spec.fields.map((f) => [f.path, t(f.label)]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const body = toBody(spec.fields, values, record !== null);
      if (record) await api.patch(`/api/${entity}/${record.id}`, body, record.version);
      else await api.post(`/api/${entity}`, { patientId: data.patient.id, ...body });
      setProblem(null);
      onDone(t(W.common.saved));
    } catch (e) {
      setProblem(problemOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form-grid record-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${form}-title`} data-testid={form}>
      <h4 id={`${form}-title`}>{record ? `${t(E.edit)}: ${t(spec.title)}` : t(E.add, { what: t(spec.title) })}</h4>
      <ProblemSummary problem={problem} form={form} labels={labels} />
      {spec.fields.map((f) => {
        const id = fieldId(form, f.path);
        const common = { id, label: t(f.label), value: values[f.path] ?? '', onChange: (v: string) => setValues((all) => ({ ...all, [f.path]: v })), errors: errors.get(f.path), required: f.required };
        switch (f.kind) {
          case 'enum':
            return <SelectField key={f.path} {...common} options={(f.values ?? []).map((v) => ({ value: v, label: f.valueLabels?.[v] ? t(f.valueLabels[v]) : v }))} />;
          case 'level':
            return <SelectField key={f.path} {...common} options={SPINAL_LEVELS.map((l) => ({ value: l, label: l }))} />;
          case 'bool':
            return <SelectField key={f.path} {...common} options={[{ value: 'true', label: t(W.common.yes) }, { value: 'false', label: t(W.common.no) }]} />;
          case 'treatment':
            return (
              <SelectField key={f.path} {...common} options={data.treatments.map((tr) => ({
                value: tr.id,
                label: `${date(String(tr.startedOn))} · ${String(tr.kind) in W.treatment.kinds ? t(W.treatment.kinds[tr.kind as keyof typeof W.treatment.kinds]) : String(tr.kind)}`,
              }))} />
            );
          case 'date':
            return <TextField key={f.path} {...common} type="date" />;
          case 'year':
            return <TextField key={f.path} {...common} type="number" inputMode="numeric" />;
          case 'number':
            return <TextField key={f.path} {...common} inputMode="decimal" />;
          default:
            return <TextField key={f.path} {...common} multiline={f.path === 'notes'} />;
        }
      })}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{t(W.common.save)}</button>
        <button type="button" onClick={() => onDone('')}>{t(W.common.cancel)}</button>
      </div>
    </form>
  );
}

export function DeleteForm({ entity, record, onDone }: { entity: FormEntity | 'treatments' | 'lesions'; record: Rec; onDone(message: string): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [missing, setMissing] = useState(false);
  const form = `${entity}-delete`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    try {
      // the reason stays on the deleted record, in its notes
      const notes = [record.notes ? String(record.notes) : '', `[deleted: ${reason.trim()}]`].filter(Boolean).join('\n');
      const changed = await api.patch<Rec>(`/api/${entity}/${record.id}`, { notes }, record.version);
      await api.del(`/api/${entity}/${record.id}`, changed.version);
      onDone(t(E.deleted));
    } catch (e) {
      setProblem(problemOf(e));
    }
  };
  return (
    <form className="card form-grid" onSubmit={(e) => void submit(e)} noValidate aria-label={t(E.confirmDelete)} data-testid={form}>
      <ProblemSummary problem={problem} form={form} />
      <TextField id={fieldId(form, 'reason')} label={t(E.deleteReason)} value={reason} onChange={setReason} required errors={missing && !reason.trim() ? [t(W.errors.required)] : undefined} />
      <div className="form-actions">
        <button type="submit" className="danger">{t(E.confirmDelete)}</button>
        <button type="button" onClick={() => onDone('')}>{t(W.common.cancel)}</button>
      </div>
    </form>
  );
}

function EntityList({ entity, data, reload }: { entity: EditorEntity; data: PatientData; reload(): Promise<void> }) {
  const { t, date, number } = useI18n();
  const { canWrite } = useSession();
  const spec = SPECS[entity];
  const [open, setOpen] = useState<{ mode: 'new' } | { mode: 'edit' | 'delete'; record: Rec } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const records = (entity === 'primary-tumours' ? data.primaries : entity === 'outcome-events' ? data.outcomes : entity === 'adverse-events' ? data.adverse : entity === 'laboratory-values' ? data.labs : data.sites)
    .slice()
    .sort((a, b) => String(a[spec.dateField] ?? '').localeCompare(String(b[spec.dateField] ?? '')));
  const done = (message: string) => {
    setOpen(null);
    setStatus(message || null);
    if (message) void reload();
  };
  return (
    <section className="entity-list" aria-labelledby={`${entity}-title`} data-testid={`${entity}-list`}>
      <h3 id={`${entity}-title`}>{t(spec.title)}</h3>
      {spec.help ? <p className="muted hint">{t(spec.help)}</p> : null}
      {records.length ? (
        <ul>
          {records.map((r) => (
            <li key={r.id} data-record={r.id}>
              <span>{r[spec.dateField] ? date(String(r[spec.dateField])) : '—'}</span>{' '}
              <strong>{String(r[spec.kindField ?? 'kind']) in spec.kinds ? t(spec.kinds[String(r[spec.kindField ?? 'kind'])]!) : String(r[spec.kindField ?? 'kind'])}</strong>
              {r.level ? ` · ${String(r.level)}` : ''}
              {r.severity && String(r.severity) in recordText.severities ? ` · ${t(recordText.severities[r.severity as keyof typeof recordText.severities])}` : ''}
              {typeof r.ctcaeGrade === 'number' ? ` · CTCAE ${t(recordText.grades[r.ctcaeGrade as keyof typeof recordText.grades])}` : ''}
              {r.relation && String(r.relation) in recordText.relations ? ` · ${t(E.relation)}: ${t(recordText.relations[r.relation as keyof typeof recordText.relations])}` : ''}
              {typeof r.value === 'number' ? ` · ${number(r.value)}` : ''}
              {r.location ? ` · ${String(r.location)}` : ''}
              {canWrite ? <RowActions onEdit={() => setOpen({ mode: 'edit', record: r })} onDelete={() => setOpen({ mode: 'delete', record: r })} /> : null}
            </li>
          ))}
        </ul>
      ) : <p className="muted">{t(E.none)}</p>}
      {canWrite && !open ? <button type="button" onClick={() => setOpen({ mode: 'new' })}>{t(E.add, { what: t(spec.title) })}</button> : null}
      {open?.mode === 'new' ? <EntityForm entity={entity} data={data} record={null} onDone={done} /> : null}
      {open?.mode === 'edit' ? <EntityForm key={open.record.id} entity={entity} data={data} record={open.record} onDone={done} /> : null}
      {open?.mode === 'delete' ? <DeleteForm key={open.record.id} entity={entity} record={open.record} onDone={done} /> : null}
      <Status text={status} />
    </section>
  );
}

/** The patient's own fields (code, birth year, last contact …): corrected on the version read, or the whole record deleted. */
function PatientDetails({ data, reload }: { data: PatientData; reload(): Promise<void> }) {
  const { t } = useI18n();
  const { canWrite } = useSession();
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  if (!canWrite) return null;
  const done = (message: string) => {
    setOpen(null);
    setStatus(message || null);
    if (message && open === 'delete') navigate('/');
    else if (message) void reload();
  };
  return (
    <section className="entity-list" aria-labelledby="patient-details-title" data-testid="patient-details">
      <h3 id="patient-details-title">{t(W.patient.details)}</h3>
      {!open ? (
        <span className="row-actions">
          <button type="button" onClick={() => setOpen('edit')}>{t(E.edit)}</button>
          <button type="button" onClick={() => setOpen('delete')}>{t(E.delete)}</button>
        </span>
      ) : null}
      {open === 'edit' ? <EntityForm entity="patients" data={data} record={data.patient} onDone={done} /> : null}
      {open === 'delete' ? <DeleteForm entity="patients" record={data.patient} onDone={done} /> : null}
      <Status text={status} />
    </section>
  );
}

/** The treatments with their details; each can be corrected or deleted (its visits still scheduled go with it). */
function TreatmentList({ data, reload }: { data: PatientData; reload(): Promise<void> }) {
  const { t, date, number } = useI18n();
  const { canWrite } = useSession();
  const [open, setOpen] = useState<{ mode: 'new' } | { mode: 'edit' | 'delete'; record: Rec } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const records = data.treatments.slice().sort((a, b) => String(a.startedOn).localeCompare(String(b.startedOn)));
  const done = (message: string) => {
    setOpen(null);
    setStatus(message || null);
    if (message) void reload();
  };
  const T = W.treatment;
  const summary = (r: Rec): string => {
    const d = (r.details ?? {}) as Record<string, unknown>;
    const levels = Array.isArray(d.levels) ? (d.levels as unknown[]).map((l) => (typeof l === 'string' ? l : String((l as { level?: string }).level))).join(', ') : '';
    const parts = [
      levels,
      typeof d.doseGy === 'number' ? `${number(d.doseGy)} Gy / ${String(d.fractions ?? '')}` : '',
      typeof d.agent === 'string' ? (d.agent in T.agents ? t(T.agents[d.agent as keyof typeof T.agents]) : d.agent) : '',
      typeof d.response === 'string' && d.response in T.responses ? t(T.responses[d.response as keyof typeof T.responses]) : '',
    ];
    return parts.filter(Boolean).join(' · ');
  };
  return (
    <section className="entity-list" aria-labelledby="treatments-title" data-testid="treatments-list">
      <h3 id="treatments-title">{t(T.treatments)}</h3>
      {records.length ? (
        <ul>
          {records.map((r) => (
            <li key={r.id} data-record={r.id}>
              <span>{date(String(r.startedOn))}{r.endedOn ? `–${date(String(r.endedOn))}` : ''}</span>{' '}
              <strong>{String(r.kind) in T.kinds ? t(T.kinds[r.kind as keyof typeof T.kinds]) : String(r.kind)}</strong>
              {summary(r) ? ` · ${summary(r)}` : ''}
              {canWrite ? <RowActions onEdit={() => setOpen({ mode: 'edit', record: r })} onDelete={() => setOpen({ mode: 'delete', record: r })} /> : null}
            </li>
          ))}
        </ul>
      ) : <p className="muted">{t(E.none)}</p>}
      {canWrite && !open ? <button type="button" onClick={() => setOpen({ mode: 'new' })}>{t(E.add, { what: t(T.treatments) })}</button> : null}
      {open?.mode === 'new' ? <TreatmentForm patientId={data.patient.id} initialKind="systemic" onSaved={() => done(t(T.saved))} /> : null}
      {open?.mode === 'edit' ? <TreatmentForm key={open.record.id} patientId={data.patient.id} record={open.record} onSaved={() => done(t(W.common.saved))} /> : null}
      {open?.mode === 'delete' ? <DeleteForm key={open.record.id} entity="treatments" record={open.record} onDone={done} /> : null}
      <Status text={status} />
    </section>
  );
}

/** The outcome events, adverse events and metastatic sites of a patient, each with its forms. */
export function RecordEditor({ data, reload }: { data: PatientData; reload(): Promise<void> }) {
  const { t } = useI18n();
  return (
    <section className="record-editor" aria-labelledby="record-editor-title">
      <h2 id="record-editor-title">{t(E.title)}</h2>
      <p className="muted">{t(E.help)}</p>
      <div className="entity-lists">
        <PatientDetails data={data} reload={reload} />
        <TreatmentList data={data} reload={reload} />
        {(['primary-tumours', 'outcome-events', 'adverse-events', 'metastatic-sites', 'laboratory-values'] as const).map((entity) => <EntityList key={entity} entity={entity} data={data} reload={reload} />)}
      </div>
    </section>
  );
}

/** Edit and delete buttons of one listed record. */
function RowActions({ onEdit, onDelete }: { onEdit(): void; onDelete(): void }) {
  const { t } = useI18n();
  return (
    <span className="row-actions">
      <button type="button" onClick={onEdit}>{t(E.edit)}</button>
      <button type="button" onClick={onDelete}>{t(E.delete)}</button>
    </span>
  );
}
