import { DeleteForm } from '../components/record-editor.js';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { recordText, webText as W } from '../../i18n/web/ui.js';
import type { SpinalLevel } from '../../knowledge/anatomy/index.js';
import { sinsText } from '../../knowledge/texts.js';
import { scoreInstrument, sinsItemsOfLesion, sinsLocationOf, type InstrumentId, type LesionFactsForSins } from '../../knowledge/instruments/index.js';
import { api, type Problem, type Rec, problemOf } from '../api.js';
import { CheckboxField, ProblemSummary, useFieldErrors, SelectField, TextField, fieldId } from '../components/form.js';
import { InstrumentPanel, useLiveScore } from '../components/instrument-form.js';
import { SpineMap } from '../components/spine-map.js';
import { INSTRUMENT_FORMS, LESION_INSTRUMENTS, fromInput, isBlank, toInput, type FormValues } from '../forms/instruments.js';
import { useI18n } from '../i18n.js';
import { todayIso, type PatientData } from '../patient-data.js';
import { useSession } from '../session.js';
import { isSpinalLesion } from '../forms/record-lesions.js';

interface LesionForm {
  detectedOn: string;
  character: string;
  posteriorWallIntact: boolean;
  pediclesInvolved: string;
  collapsePercent: string;
  /** No collapse, but > 50 % of the body involved (SINS collapse item). */
  bodyOver50Involved: boolean;
  notes: string;
}

const EMPTY_LESION: LesionForm = { detectedOn: '', character: '', posteriorWallIntact: true, pediclesInvolved: '', collapsePercent: '', bodyOver50Involved: false, notes: '' };

/** SINS items the lesion's own facts answer: entered once in the lesion fieldset, hidden in the SINS form. */
const SHARED_SINS_ITEMS = ['level', 'boneLesion', 'posterolateral', 'collapse'] as const;
/** Where an error of a shared SINS item is shown: on the lesion fact that answers it. */
const SHARED_SINS_FIELD: Record<string, keyof LesionForm> = { boneLesion: 'character', posterolateral: 'pediclesInvolved', collapse: 'collapsePercent' };

function sinsFixedOf(level: SpinalLevel, form: LesionForm): Record<string, unknown> {
  const percent = form.collapsePercent.trim() === '' ? null : Number(form.collapsePercent.replace(',', '.'));
  return {
    level,
    ...sinsItemsOfLesion({
      character: (form.character || null) as LesionFactsForSins['character'],
      pediclesInvolved: (form.pediclesInvolved || null) as LesionFactsForSins['pediclesInvolved'],
      collapsePercent: percent,
      bodyOver50Involved: form.bodyOver50Involved,
    }),
  };
}

function latestAssessment(data: PatientData, lesionId: string, instrument: InstrumentId): Rec | undefined {
  return data.assessments
    .filter((a) => a.lesionId === lesionId && a.instrument === instrument)
    .sort((a, b) => String(b.assessedOn).localeCompare(String(a.assessedOn)))[0];
}

function sinsBandOf(data: PatientData, lesion: Rec): string {
  const sins = latestAssessment(data, lesion.id, 'sins');
  return typeof sins?.band === 'string' ? sins.band : 'lesion';
}

function LesionEditor({ level, data, reload, setStatus }: { level: SpinalLevel; data: PatientData; reload(): Promise<void>; setStatus(s: string | null): void }) {
  const { t } = useI18n();
  const { canWrite } = useSession();
  const existing = data.lesions.find((l) => isSpinalLesion(l) && l.level === level);
  const [deleting, setDeleting] = useState(false);
  const [form, setForm] = useState<LesionForm>(EMPTY_LESION);
  const [values, setValues] = useState<Record<string, FormValues>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  // A reloaded record (a new level remounts this editor: no value of another level is ever shown): fill the forms from what is stored.
  useEffect(() => {
    setProblem(null);
    if (!existing) {
      setForm({ ...EMPTY_LESION, detectedOn: todayIso() });
      setValues({ sins: { level } });
      return;
    }
    // A SINS stored before the lesion fields existed still fills them (character, posterolateral).
    const storedSins = (latestAssessment(data, existing.id, 'sins')?.inputs ?? {}) as Record<string, unknown>;
    setForm({
      detectedOn: String(existing.detectedOn ?? ''),
      character: String(existing.character ?? storedSins.boneLesion ?? ''),
      posteriorWallIntact: existing.posteriorWallIntact !== false,
      pediclesInvolved: String(existing.pediclesInvolved ?? storedSins.posterolateral ?? ''),
      collapsePercent: existing.collapsePercent === null || existing.collapsePercent === undefined ? '' : String(existing.collapsePercent),
      bodyOver50Involved: storedSins.collapse === 'none-over-50-involved',
      notes: String(existing.notes ?? ''),
    });
    const next: Record<string, FormValues> = {};
    for (const instrument of LESION_INSTRUMENTS) {
      const stored = latestAssessment(data, existing.id, instrument);
      next[instrument] = stored ? fromInput(INSTRUMENT_FORMS[instrument] ?? [], stored.inputs as Record<string, unknown>) : {};
    }
    next.sins = { level, ...next.sins };
    setValues(next);
  }, [level, existing?.id, existing?.version]);

  const serverErrors = useFieldErrors(problem);
  const sinsFixed = useMemo(() => sinsFixedOf(level, form), [level, form]);
  const sinsLive = useLiveScore('sins', values.sins ?? {}, sinsFixed);
  /** Server errors, and the SINS items the lesion facts must answer once the SINS is being filled in. */
  const errors = useMemo(() => {
    const map = new Map(serverErrors);
    if (!sinsLive.blank) {
      for (const [item, field] of Object.entries(SHARED_SINS_FIELD)) {
        const messages = sinsLive.errors.get(item);
        if (messages && !map.has(field)) map.set(field, messages);
      }
    }
    return map;
  }, [serverErrors, sinsLive]);
  const set = <K extends keyof LesionForm>(key: K) => (value: LesionForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const id = (path: string) => fieldId('lesion', path);
  const labels: Record<string, string> = {
    detectedOn: t(W.spine.detectedOn), character: t(W.spine.character), pediclesInvolved: t(W.spine.pediclesInvolved),
    collapsePercent: t(W.spine.collapsePercent), notes: t(W.common.notes), level: t(W.spine.level),
  };

  /** Instruments the user filled in and that score: stored as assessments of this lesion. */
  const scored = useMemo(() => {
    const out: { instrument: InstrumentId; inputs: Record<string, unknown>; result: ReturnType<typeof scoreInstrument> }[] = [];
    for (const instrument of LESION_INSTRUMENTS) {
      const fields = INSTRUMENT_FORMS[instrument] ?? [];
      const v = values[instrument] ?? {};
      if (isBlank(fields, v)) continue;
      const inputs = instrument === 'sins' ? { ...toInput(fields, v), ...sinsFixed } : toInput(fields, v);
      try {
        out.push({ instrument, inputs, result: scoreInstrument(instrument, inputs) });
      } catch {
        // an incomplete instrument is shown with its errors and not stored
      }
    }
    return out;
  }, [values, sinsFixed]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const escc = scored.find((s) => s.instrument === 'escc')?.result.derived.grade;
    const tomitaType = scored.find((s) => s.instrument === 'tomita-type')?.result.derived.type;
    const wbbZones = scored.find((s) => s.instrument === 'wbb')?.inputs.zones;
    const body: Record<string, unknown> = {
      level,
      detectedOn: form.detectedOn || null,
      character: form.character || null,
      posteriorWallIntact: form.posteriorWallIntact,
      pediclesInvolved: form.pediclesInvolved || null,
      collapsePercent: form.collapsePercent.trim() === '' ? null : Number(form.collapsePercent),
      notes: form.notes.trim() || null,
      escc: typeof escc === 'string' ? escc : existing?.escc ?? null,
      tomitaType: typeof tomitaType === 'number' ? tomitaType : existing?.tomitaType ?? null,
      wbbZones: Array.isArray(wbbZones) ? wbbZones : existing?.wbbZones ?? null,
    };
    try {
      const lesion = existing
        ? await api.patch<Rec>(`/api/lesions/${existing.id}`, body, existing.version)
        : await api.post<Rec>('/api/lesions', { patientId: data.patient.id, ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null)) });
      let stored = 0;
      for (const s of scored) {
        const previous = existing ? latestAssessment(data, existing.id, s.instrument) : undefined;
        if (previous && JSON.stringify(previous.inputs) === JSON.stringify(s.inputs)) continue;
        await api.post('/api/assessments', { patientId: data.patient.id, lesionId: lesion.id, instrument: s.instrument, assessedOn: form.detectedOn || todayIso(), inputs: s.inputs });
        stored++;
      }
      await reload();
      setStatus(t(W.spine.savedLesion, { level, n: stored }));
    } catch (e) {
      setProblem(problemOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
    <form className="lesion-editor" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="lesion-title">
      <h2 id="lesion-title">{t(W.spine.lesion, { level })}</h2>
      <ProblemSummary problem={problem} form="lesion" labels={labels} />
      <fieldset className="card form-grid" disabled={!canWrite}>
        <legend>{t(W.spine.selected, { level })}</legend>
        <p className="hint span-all" data-testid="sins-location">
          {t(W.spine.location, { level, category: t(sinsText.location.options[sinsLocationOf(level)]) })} {t(W.spine.sharedFacts)}
        </p>
        <TextField id={id('detectedOn')} type="date" label={labels.detectedOn} value={form.detectedOn} onChange={set('detectedOn')} errors={errors.get('detectedOn')} />
        <SelectField
          id={id('character')}
          label={labels.character}
          value={form.character}
          onChange={set('character')}
          options={(['lytic', 'blastic', 'mixed'] as const).map((c) => ({ value: c, label: t(W.spine.characters[c]) }))}
          errors={errors.get('character')}
        />
        <SelectField
          id={id('pediclesInvolved')}
          label={labels.pediclesInvolved}
          value={form.pediclesInvolved}
          onChange={set('pediclesInvolved')}
          options={(['none', 'unilateral', 'bilateral'] as const).map((c) => ({ value: c, label: t(W.spine.pedicles[c]) }))}
          errors={errors.get('pediclesInvolved')}
        />
        <TextField id={id('collapsePercent')} type="number" inputMode="decimal" min={0} max={100} label={labels.collapsePercent} value={form.collapsePercent} onChange={set('collapsePercent')} errors={errors.get('collapsePercent')} />
        {form.collapsePercent.trim() !== '' && Number(form.collapsePercent) === 0 ? (
          <CheckboxField id={id('bodyOver50Involved')} label={t(W.spine.over50Involved)} checked={form.bodyOver50Involved} onChange={set('bodyOver50Involved')} />
        ) : null}
        <CheckboxField id={id('posteriorWallIntact')} label={t(W.spine.posteriorWallIntact)} checked={form.posteriorWallIntact} onChange={set('posteriorWallIntact')} errors={errors.get('posteriorWallIntact')} />
        <TextField id={id('notes')} multiline label={labels.notes} value={form.notes} onChange={set('notes')} errors={errors.get('notes')} />
      </fieldset>
      <h3>{t(W.spine.instruments)}</h3>
      <p className="muted">{t(W.spine.liveNote)}</p>
      <fieldset className="instruments plain" disabled={!canWrite}>
        <legend className="sr-only">{t(W.spine.instruments)}</legend>
        {LESION_INSTRUMENTS.map((instrument) => (
          <InstrumentPanel
            key={instrument}
            instrument={instrument}
            idPrefix={`lesion-${instrument}`}
            values={values[instrument] ?? {}}
            onChange={(v) => setValues((all) => ({ ...all, [instrument]: v }))}
            {...(instrument === 'sins' ? { fixed: sinsFixed, hide: SHARED_SINS_ITEMS } : {})}
          />
        ))}
      </fieldset>
      {canWrite ? (
        <div className="form-actions sticky-actions">
          <button type="submit" className="primary" disabled={busy}>{busy ? t(W.common.saving) : t(W.spine.saveLesion)}</button>
          {existing ? <button type="button" aria-expanded={deleting} onClick={() => setDeleting((d) => !d)}>{t(recordText.editor.delete)}</button> : null}
        </div>
      ) : null}
    </form>
    {deleting && existing && canWrite ? (
      <DeleteForm entity="lesions" record={existing} onDone={(message) => {
        setDeleting(false);
        if (message) {
          setStatus(message);
          void reload();
        }
      }} />
    ) : null}
    </>
  );
}

export function SpineTab({ data, reload, setStatus }: { data: PatientData; reload(): Promise<void>; setStatus(s: string | null): void }) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<SpinalLevel | null>(null);
  const marks = useMemo(() => {
    const map = new Map<SpinalLevel, string>();
    // the spine map shows the spinal lesions; extraspinal ones are on the timeline and the long-bone tab
    for (const lesion of data.lesions.filter(isSpinalLesion)) map.set(lesion.level as SpinalLevel, sinsBandOf(data, lesion));
    return map;
  }, [data]);
  return (
    <section className="spine-layout" aria-label={t(W.spine.title)}>
      <SpineMap selected={selected} marks={marks} onSelect={(level) => { setStatus(null); setSelected(level); }} />
      <div className="spine-detail">
        {selected ? <LesionEditor key={selected} level={selected} data={data} reload={reload} setStatus={setStatus} /> : <p>{t(W.spine.chooseLevel)}</p>}
      </div>
    </section>
  );
}
