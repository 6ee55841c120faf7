import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { webText as W } from '../../i18n/web/ui.js';
import { patientScoresText as S } from '../../i18n/web/patient-scores.js';
import { INSTRUMENTS, mirelsItemsOfLesion, scoreInstrument, type InstrumentId, type InstrumentResult } from '../../knowledge/instruments/index.js';
import { longBoneText, mirelsText, render, text } from '../../knowledge/texts.js';
import { api, type Problem, type Rec, problemOf } from '../api.js';
import { ProblemSummary, SelectField, TextField, fieldId, useFieldErrors } from '../components/form.js';
import { InstrumentFields, InstrumentResultView, useLiveScore } from '../components/instrument-form.js';
import { isSpinalLesion, mirelsItemsOfRecord, recordLesionName } from '../forms/record-lesions.js';
import { INSTRUMENT_FORMS, PROGNOSIS_INSTRUMENTS, longBoneLesionsOf, prefillValues, type DecisionLongBoneLesion, type FormValues } from '../forms/instruments.js';
import { LOCALE, useI18n } from '../i18n.js';
import { todayIso, type PatientData } from '../patient-data.js';
import { useSession } from '../session.js';

interface TabProps {
  data: PatientData;
  reload(): Promise<void>;
  setStatus(s: string | null): void;
}

const newestFirst = (a: Rec, b: Rec) => `${String(b.assessedOn)}${String(b.createdAt)}`.localeCompare(`${String(a.assessedOn)}${String(a.createdAt)}`);

/** The stored assessment re-scored from its inputs (so it reads in any language), or null when they no longer score. */
function rescored(a: Rec): InstrumentResult | null {
  try {
    return scoreInstrument(a.instrument as InstrumentId, a.inputs);
  } catch {
    return null;
  }
}

/** One stored assessment: its date and the result as the core explains it (total, band, items, caveats, sources). */
function StoredScore({ assessment, lesions = [] }: { assessment: Rec; lesions?: readonly Rec[] }) {
  const { t, date, number } = useI18n();
  const lesion = lesions.find((l) => l.id === assessment.lesionId);
  const result = rescored(assessment);
  const headingId = `stored-${assessment.id}`;
  return (
    <section className="instrument card" aria-labelledby={headingId} data-testid={`stored-${String(assessment.instrument)}`}>
      <h4 id={headingId}>{lesion ? `${recordLesionName(lesion, t)} · ` : ''}{t(S.recordedOn, { date: date(String(assessment.assessedOn)) })}</h4>
      {result ? <InstrumentResultView result={result} /> : (
        <p>{t(S.storedUnreadable, { result: [typeof assessment.total === 'number' ? number(assessment.total) : '', String(assessment.band ?? '')].filter(Boolean).join(' · ') })}</p>
      )}
    </section>
  );
}

/** An instrument to record as an assessment of the patient: its date, its fields with the live result, and Save. */
function RecordScore({ instrument, formId, heading, hint, initial, patientId, lesionId, onSaved }: {
  instrument: InstrumentId;
  /** The record's lesion the score belongs to. */
  lesionId?: string;
  formId: string;
  heading: string;
  hint?: ReactNode;
  initial: FormValues;
  patientId: string;
  onSaved(name: string): Promise<void>;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<FormValues>(initial);
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const [problem, setProblem] = useState<Problem | null>(null);
  const [incomplete, setIncomplete] = useState(false);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const live = useLiveScore(instrument, values);
  // a prefilled form is not an error: what is missing is said once the user changes a field or tries to save
  const shown = touched || incomplete ? live : { ...live, blank: true };
  const errors = useFieldErrors(problem);
  const headingId = `${formId}-title`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!live.result) {
      setIncomplete(true);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await api.post('/api/assessments', { patientId, instrument, assessedOn, inputs: live.input, ...(lesionId ? { lesionId } : {}) });
      setIncomplete(false);
      await onSaved(t(INSTRUMENTS[instrument].name));
    } catch (e) {
      setProblem(problemOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="instrument card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={headingId} data-testid={`record-${formId}`}>
      <h3 id={headingId}>{heading}</h3>
      {hint ? <p className="hint">{hint}</p> : null}
      <ProblemSummary problem={problem} form={formId} labels={{ assessedOn: t(W.instrument.assessedOn) }} />
      <div className="instrument-body">
        <TextField id={fieldId(formId, 'assessedOn')} type="date" label={t(W.instrument.assessedOn)} value={assessedOn} onChange={setAssessedOn} errors={errors.get('assessedOn')} required />
        <InstrumentFields instrument={instrument} values={values} onChange={(v) => { setValues(v); setTouched(true); }} live={shown} idPrefix={formId} />
        {live.result ? <InstrumentResultView result={live.result} compact /> : <p className="muted">{t(W.errors.incomplete)}</p>}
        {incomplete && !live.result ? <div className="field-error" role="alert">{t(W.errors.incomplete)}</div> : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{busy ? t(W.common.saving) : t(S.save)}</button>
      </div>
    </form>
  );
}

/** The latest stored decision (its facts describe the long-bone lesions), or undefined. */
const latestDecision = (data: PatientData): Rec | undefined =>
  [...data.decisions].sort((a, b) => `${String(b.decidedOn)}${String(b.createdAt)}`.localeCompare(`${String(a.decidedOn)}${String(a.createdAt)}`))[0];

function LongBoneSection({ data, reload, setStatus }: TabProps) {
  const { t, lang, date } = useI18n();
  const { canWrite } = useSession();
  const decision = latestDecision(data);
  const lesions = useMemo(() => longBoneLesionsOf(decision?.facts), [decision]);
  const stored = data.assessments.filter((a) => a.instrument === 'mirels').sort(newestFirst);
  const fields = INSTRUMENT_FORMS.mirels ?? [];
  const onSaved = async (name: string) => {
    await reload();
    setStatus(t(W.instrument.recorded, { name }));
  };
  const nameOf = ({ n, facts }: DecisionLongBoneLesion) => {
    const bone = facts.longBone ?? (facts.site === 'proximal-femur' ? 'proximal-femur' : 'long-bone');
    return render(text(longBoneText.lesionName, { bone: text(longBoneText.bones[bone]), n }), lang);
  };
  const decidedOn = date(String(decision?.decidedOn ?? ''));
  const listFormat = new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' });
  const answeredItems = (items: object) => listFormat.format((Object.keys(items) as (keyof typeof mirelsText.items)[]).map((k) => t(mirelsText.items[k])));
  // the record's long-bone lesions first (a score is then stored with its lesion); else the latest decision's
  const recorded = data.lesions.filter((l) => !isSpinalLesion(l) && (l.site === 'long-bone' || l.site === 'proximal-femur'));
  const forms: { key: string; formId: string; heading: string; hint?: string; items: Record<string, unknown>; lesionId?: string }[] = recorded.length
    ? recorded.map((lesion) => {
      const items = mirelsItemsOfRecord(lesion);
      const hint = Object.keys(items).length ? t(S.longBone.prefilledRecord, { items: answeredItems(items) }) : t(S.longBone.nothingPrefilledRecord);
      return { key: lesion.id, formId: `mirels-${lesion.id}`, heading: recordLesionName(lesion, t), hint, items, lesionId: lesion.id };
    })
    : lesions.length
      ? lesions.map((lesion) => {
        const items = mirelsItemsOfLesion(lesion.facts);
        const hint = Object.keys(items).length ? t(S.longBone.prefilled, { date: decidedOn, items: answeredItems(items) }) : t(S.longBone.nothingPrefilled, { date: decidedOn });
        return { key: `${String(decision?.id)}-${lesion.n}`, formId: `mirels-${lesion.n}`, heading: nameOf(lesion), hint, items };
      })
      : [{ key: 'unnamed', formId: 'mirels-0', heading: t(S.longBone.unnamed), items: {} }];
  return (
    <section className="scores-section" aria-labelledby="long-bone-title" data-testid="long-bone-scores">
      <h2 id="long-bone-title">{t(S.longBone.title)}</h2>
      <p className="hint">{t(recorded.length ? S.longBone.helpRecord : lesions.length ? S.longBone.help : S.longBone.none)}</p>
      <div className="scores-layout">
        {canWrite ? (
          <div>
            {forms.map((form) => (
              <RecordScore key={form.key} instrument="mirels" formId={form.formId} heading={form.heading} hint={form.hint}
                initial={prefillValues(fields, form.items)} patientId={data.patient.id} {...(form.lesionId ? { lesionId: form.lesionId } : {})} onSaved={onSaved} />
            ))}
          </div>
        ) : null}
        <div>
          <h3>{t(S.longBone.stored)}</h3>
          {stored.length ? stored.map((a) => <StoredScore key={a.id} assessment={a} lesions={data.lesions} />) : <p className="muted">{t(S.longBone.noneStored)}</p>}
        </div>
      </div>
    </section>
  );
}

/** What the record holds for a prognosis score: the primary tumour (one recorded), the latest KPS and Frankel grade. */
function knownForPrognosis(data: PatientData): Record<string, unknown> {
  const latest = (instrument: string) => data.assessments.filter((a) => a.instrument === instrument).sort(newestFirst)[0]?.inputs as Record<string, unknown> | undefined;
  const primary = data.primaries.length === 1 ? data.primaries[0] : undefined;
  return {
    primary: primary?.histology,
    breastSubtype: primary?.breastSubtype,
    kps: latest('kps')?.kps,
    frankel: latest('frankel')?.grade,
  };
}

function PrognosisSection({ data, reload, setStatus }: TabProps) {
  const { t } = useI18n();
  const { canWrite } = useSession();
  const [instrument, setInstrument] = useState<InstrumentId>(PROGNOSIS_INSTRUMENTS[0]!);
  const latest = PROGNOSIS_INSTRUMENTS.flatMap((id) => data.assessments.filter((a) => a.instrument === id).sort(newestFirst).slice(0, 1));
  const known = useMemo(() => knownForPrognosis(data), [data]);
  return (
    <section className="scores-section" aria-labelledby="prognosis-title" data-testid="prognosis-scores">
      <h2 id="prognosis-title">{t(S.prognosis.title)}</h2>
      <p className="hint">{t(S.prognosis.help)}</p>
      <div className="scores-layout">
        {canWrite ? (
          <div>
            <h3>{t(S.prognosis.record)}</h3>
            <SelectField id="prognosis-instrument" label={t(W.instrument.choose)} value={instrument} allowEmpty={false}
              options={PROGNOSIS_INSTRUMENTS.map((id) => ({ value: id, label: t(INSTRUMENTS[id].name) }))}
              onChange={(v) => setInstrument(v as InstrumentId)} />
            <RecordScore key={instrument} instrument={instrument} formId={`prognosis-${instrument}`} heading={t(INSTRUMENTS[instrument].name)}
              initial={prefillValues(INSTRUMENT_FORMS[instrument] ?? [], known)} patientId={data.patient.id}
              onSaved={async (name) => {
                await reload();
                setStatus(t(W.instrument.recorded, { name }));
              }} />
          </div>
        ) : null}
        <div>
          <h3>{t(S.prognosis.stored)}</h3>
          {latest.length ? latest.map((a) => <StoredScore key={a.id} assessment={a} />) : <p className="muted">{t(S.prognosis.noneStored)}</p>}
        </div>
      </div>
    </section>
  );
}

/** The patient's scores tab: Mirels for each long-bone lesion, and the prognosis scores, each stored as an assessment. */
export function ScoresTab(props: TabProps) {
  return (
    <>
      <LongBoneSection {...props} />
      <PrognosisSection {...props} />
    </>
  );
}
