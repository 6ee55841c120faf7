import { useState, type FormEvent } from 'react';
import { webText as W } from '../../i18n/web/ui.js';
import { api, type Problem, type Rec, problemOf } from '../api.js';
import { factValueLabels } from '../../knowledge/texts.js';
import { AGENT_CLASSES } from '../../knowledge/facts/index.js';
import { SPINAL_LEVELS } from '../../knowledge/anatomy/index.js';
import { todayIso } from '../patient-data.js';
import { useI18n } from '../i18n.js';
import { MultiField, ProblemSummary, useFieldErrors, SelectField, TextField, fieldId } from './form.js';

const KINDS = ['pvp', 'pkp', 'radiotherapy', 'surgery', 'ablation', 'systemic', 'bone-modifying-agent'] as const;
type Kind = (typeof KINDS)[number];
const LEAKS = ['paravertebral', 'disc', 'pedicle', 'canal', 'paravertebral-vein'] as const;
const TECHNIQUES = ['imrt', '3d-crt', 'conventional-ebrt', 'sbrt', 'ssrs'] as const;
const PROCEDURES = ['tes', 'separation-surgery', 'laminectomy-fixation', 'palliative-surgery', 'other'] as const;
const METHODS = ['rfa', 'mwa', 'cryoablation', 'focused-ultrasound', 'other'] as const;
const AGENTS = ['zoledronic-acid', 'pamidronate', 'ibandronate', 'incadronate', 'denosumab'] as const;
const RESPONSES = ['complete', 'partial', 'stable', 'progression', 'not-assessed'] as const;

interface LevelRow {
  level: string;
  cementMl: string;
  leaks: string[];
}

/**
 * Records a treatment; PVP/PKP with levels, cement per level and leaks (prefilled from the plan).
 * With `record`, corrects that treatment (PATCH on the version read; a 409 asks to reload).
 */
export function TreatmentForm({ patientId, initialKind = 'pvp', initialLevels = [], record, onSaved }: {
  patientId: string;
  initialKind?: Kind;
  initialLevels?: readonly { level: string; cementMl?: number }[];
  record?: Rec;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const d = (record?.details ?? {}) as Record<string, unknown>;
  const str = (v: unknown, fallback = '') => (v === undefined || v === null ? fallback : String(v));
  const recordLevels = Array.isArray(d.levels) ? (d.levels as unknown[]) : [];
  const [kind, setKind] = useState<Kind>(record ? (record.kind as Kind) : initialKind);
  const [startedOn, setStartedOn] = useState(record ? str(record.startedOn) : todayIso());
  const [endedOn, setEndedOn] = useState(str(record?.endedOn));
  const [approach, setApproach] = useState(str(d.approach, 'transpedicular'));
  const [needleGauge, setNeedleGauge] = useState(str(d.needleGauge));
  const [rows, setRows] = useState<LevelRow[]>(
    record && recordLevels.length && typeof recordLevels[0] === 'object'
      ? (recordLevels as { level: string; cementMl?: number; leaks?: string[] }[]).map((l) => ({ level: l.level, cementMl: str(l.cementMl), leaks: l.leaks ?? [] }))
      : initialLevels.length ? initialLevels.map((l) => ({ level: l.level, cementMl: l.cementMl !== undefined ? String(l.cementMl) : '', leaks: [] })) : [{ level: '', cementMl: '', leaks: [] }],
  );
  const [technique, setTechnique] = useState(str(d.technique, 'imrt'));
  const [doseGy, setDoseGy] = useState(str(d.doseGy));
  const [fractions, setFractions] = useState(str(d.fractions));
  const [levelsText, setLevelsText] = useState(record && recordLevels.every((l) => typeof l === 'string') ? recordLevels.join(', ') : initialLevels.map((l) => l.level).join(', '));
  const [procedure, setProcedure] = useState(str(d.procedure, 'separation-surgery'));
  const [method, setMethod] = useState(str(d.method, 'rfa'));
  const [agent, setAgent] = useState(record?.kind === 'bone-modifying-agent' ? str(d.agent, 'zoledronic-acid') : 'zoledronic-acid');
  const [systemicAgent, setSystemicAgent] = useState(record?.kind === 'systemic' ? str(d.agent) : '');
  const [systemicClass, setSystemicClass] = useState(str(d.class));
  const [response, setResponse] = useState(str(d.response));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors(problem);
  const id = (path: string) => fieldId('treatment', path);
  const num = (text: string) => (text.trim() === '' ? undefined : Number(text.replace(',', '.')));
  const levelList = levelsText.split(/[,，、\s]+/).filter(Boolean);

  const details = (): Record<string, unknown> => {
    switch (kind) {
      case 'pvp':
      case 'pkp':
        return {
          approach,
          ...(needleGauge ? { needleGauge: num(needleGauge) } : {}),
          levels: rows.map((r) => ({ level: r.level, cementMl: num(r.cementMl), leaks: r.leaks })),
        };
      case 'radiotherapy':
        return { technique, doseGy: num(doseGy), fractions: num(fractions), ...(levelList.length ? { levels: levelList } : {}) };
      case 'surgery':
        return { procedure, ...(levelList.length ? { levels: levelList } : {}) };
      case 'ablation':
        return { method, ...(levelList.length ? { levels: levelList } : {}) };
      case 'bone-modifying-agent':
        return { agent };
      case 'systemic':
        return { agent: systemicAgent, ...(systemicClass ? { class: systemicClass } : {}), ...(response ? { response } : {}) };
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      if (record) await api.patch(`/api/treatments/${record.id}`, { kind, startedOn, endedOn: endedOn || null, details: details() }, record.version);
      else await api.post('/api/treatments', { patientId, kind, startedOn, ...(endedOn ? { endedOn } : {}), details: details() });
      setProblem(null);
      onSaved();
    } catch (e) {
      setProblem(problemOf(e));
    } finally {
      setBusy(false);
    }
  };

  const setRow = (i: number, patch: Partial<LevelRow>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const labelled = <K extends string>(values: readonly K[], table: Record<K, Parameters<typeof t>[0]>) => values.map((v) => ({ value: v, label: t(table[v]) }));

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="treatment-title">
      <h3 id="treatment-title">{record ? t(W.treatment.editTitle) : t(W.treatment.title)}</h3>
      <ProblemSummary problem={problem} form="treatment" />
      <div className="form-grid">
        <SelectField id={id('kind')} label={t(W.treatment.kind)} value={kind} allowEmpty={false} onChange={(v) => setKind(v as Kind)} options={KINDS.map((k) => ({ value: k, label: t(W.treatment.kinds[k]) }))} errors={errors.get('kind')} />
        <TextField id={id('startedOn')} type="date" label={t(W.treatment.startedOn)} value={startedOn} onChange={setStartedOn} errors={errors.get('startedOn')} />
        <TextField id={id('endedOn')} type="date" label={kind === 'systemic' ? t(W.treatment.lastDose) : t(W.treatment.endedOn)} value={endedOn} onChange={setEndedOn} errors={errors.get('endedOn')} />
        {kind === 'pvp' || kind === 'pkp' ? (
          <>
            <SelectField id={id('details.approach')} label={t(W.treatment.approach)} value={approach} allowEmpty={false} onChange={setApproach} options={(['transpedicular', 'costovertebral', 'parapedicular', 'other'] as const).map((a) => ({ value: a, label: t(W.treatment.approaches[a]) }))} errors={errors.get('details.approach')} />
            <TextField id={id('details.needleGauge')} type="number" label={t(W.treatment.needleGauge)} value={needleGauge} onChange={setNeedleGauge} errors={errors.get('details.needleGauge')} />
          </>
        ) : null}
        {kind === 'radiotherapy' ? (
          <>
            <SelectField id={id('details.technique')} label={t(W.treatment.technique)} value={technique} allowEmpty={false} onChange={setTechnique} options={labelled(TECHNIQUES, W.treatment.techniques)} errors={errors.get('details.technique')} />
            <TextField id={id('details.doseGy')} type="number" label={t(W.decision.doseGy)} value={doseGy} onChange={setDoseGy} errors={errors.get('details.doseGy')} />
            <TextField id={id('details.fractions')} type="number" label={t(W.decision.fractions)} value={fractions} onChange={setFractions} errors={errors.get('details.fractions')} />
          </>
        ) : null}
        {kind === 'surgery' ? <SelectField id={id('details.procedure')} label={t(W.treatment.procedure)} value={procedure} allowEmpty={false} onChange={setProcedure} options={labelled(PROCEDURES, W.treatment.procedures)} errors={errors.get('details.procedure')} /> : null}
        {kind === 'ablation' ? <SelectField id={id('details.method')} label={t(W.treatment.method)} value={method} allowEmpty={false} onChange={setMethod} options={labelled(METHODS, W.treatment.methods)} errors={errors.get('details.method')} /> : null}
        {kind === 'systemic' ? (
          <>
            <TextField id={id('details.agent')} label={t(W.treatment.systemicAgent)} value={systemicAgent} onChange={setSystemicAgent} errors={errors.get('details.agent')} required />
            <SelectField id={id('details.class')} label={t(W.treatment.systemicClass)} value={systemicClass} onChange={setSystemicClass} required
              options={AGENT_CLASSES.map((c) => ({ value: c, label: factValueLabels[c] ? t(factValueLabels[c]) : c }))} errors={errors.get('details.class')} />
            <SelectField id={id('details.response')} label={t(W.treatment.response)} value={response} onChange={setResponse} options={labelled(RESPONSES, W.treatment.responses)} errors={errors.get('details.response')} />
          </>
        ) : null}
        {kind === 'bone-modifying-agent' ? <SelectField id={id('details.agent')} label={t(W.decision.agent)} value={agent} allowEmpty={false} onChange={setAgent} options={labelled(AGENTS, W.treatment.agents)} errors={errors.get('details.agent')} /> : null}
        {kind === 'radiotherapy' || kind === 'surgery' || kind === 'ablation' ? (
          <div className="levels-picker">
            <MultiField id={id('details.levels')} label={t(W.spine.level)} values={levelList} errors={errors.get('details.levels')}
              options={SPINAL_LEVELS.map((l) => ({ value: l, label: l }))}
              onChange={(vals) => setLevelsText(SPINAL_LEVELS.filter((l) => vals.includes(l)).join(', '))} />
          </div>
        ) : null}
      </div>
      {kind === 'pvp' || kind === 'pkp' ? (
        <fieldset className="levels">
          <legend>{t(W.treatment.levels)}</legend>
          {rows.map((row, i) => (
            <div className="level-row" key={i}>
              <SelectField id={id(`details.levels[${i}].level`)} label={`${t(W.spine.level)} ${i + 1}`} value={row.level} onChange={(v) => setRow(i, { level: v })} errors={errors.get(`details.levels[${i}].level`)} options={SPINAL_LEVELS.map((l) => ({ value: l, label: l }))} required />
              <TextField id={id(`details.levels[${i}].cementMl`)} type="number" inputMode="decimal" step="0.1" label={t(W.treatment.cementMl)} value={row.cementMl} onChange={(v) => setRow(i, { cementMl: v })} errors={errors.get(`details.levels[${i}].cementMl`)} />
              <fieldset className="multi">
                <legend>{t(W.treatment.leaks)}</legend>
                {LEAKS.map((leak) => {
                  const leakId = id(`details.levels[${i}].leaks.${leak}`);
                  return (
                    <span className="check" key={leak}>
                      <input id={leakId} type="checkbox" checked={row.leaks.includes(leak)} onChange={(e) => setRow(i, { leaks: e.target.checked ? [...row.leaks, leak] : row.leaks.filter((l) => l !== leak) })} />
                      <label htmlFor={leakId}>{t(W.treatment.leakSites[leak])}</label>
                    </span>
                  );
                })}
              </fieldset>
              {rows.length > 1 ? <button type="button" className="link-button" onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>{t(W.common.remove)} {row.level}</button> : null}
            </div>
          ))}
          <button type="button" onClick={() => setRows((all) => [...all, { level: '', cementMl: '', leaks: [] }])}>{t(W.treatment.addLevel)}</button>
        </fieldset>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{t(W.common.save)}</button>
      </div>
    </form>
  );
}
