import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { breastSubtypeText, histologyText } from '../../knowledge/texts.js';
import { esccText } from '../../knowledge/texts.js';
import { frankelText } from '../../knowledge/texts.js';
import { mirelsText } from '../../knowledge/texts.js';
import { tomitaTypeText } from '../../knowledge/texts.js';
import { recommendText as RT, synthesisText as ST } from '../../knowledge/texts.js';
import { factLabels, factValueLabels } from '../../knowledge/texts.js';
import { webText as W } from '../../i18n/web/ui.js';
import type { Lang, Localized } from '../../i18n/lang.js';
import { formatGrade, recommendation as guideline } from '../../knowledge/guidelines/index.js';
import { recommend, type Conflict as NeutralConflict, type Finding as NeutralFinding, type OptionAssessment as NeutralAssessment, type OptionId, type Recommendation as NeutralRecommendation } from '../../knowledge/rules/index.js';
import { render, renderText, type Rendered } from '../../knowledge/texts.js';

type Conflict = Rendered<NeutralConflict>;
type Finding = Rendered<NeutralFinding>;
type OptionAssessment = Rendered<NeutralAssessment>;
type Recommendation = Rendered<NeutralRecommendation>;
import { sourceLabel } from '../../knowledge/sources.js';
import { SPINAL_LEVELS } from '../../knowledge/anatomy/index.js';
import { painTypeFromSins } from '../../knowledge/facts/index.js';
import { api, type Problem, problemOf } from '../api.js';
import { MultiField, ProblemSummary, Status, TextField } from '../components/form.js';
import { TreatmentForm } from '../components/treatment-form.js';
import { BoardPlan } from '../components/board-plan.js';
import { boardPlanText as BP } from '../../i18n/web/board-plan.js';
import { buildFacts, labelKey, lesionSinsPains, prefillFacts, rowCount, widgetFor, type FactSource, type FactValues } from '../forms/facts.js';
import { issuesOf, issueMessage } from '../forms/issues.js';
import { useI18n } from '../i18n.js';
import { deathOf, todayIso, type PatientData } from '../patient-data.js';
import { useSession } from '../session.js';

const GROUPS: { id: keyof typeof W.decision.groups; paths: string[] }[] = [
  { id: 'patient', paths: ['decisionDate', 'patient.age', 'patient.sex', 'patient.weightKg'] },
  { id: 'primary', paths: ['primary.histology', 'primary.breastSubtype', 'primary.egfr', 'primary.alk', 'primary.cancerHistory', 'primary.controlled', 'primary.growth', 'primary.radiosensitivity', 'primary.boneMetastasisConfirmed'] },
  { id: 'status', paths: ['kps', 'pain.score', 'pain.type', 'pain.limitsDailyLife', 'pain.refractory', 'pain.controlled', 'neurology.frankel', 'neurology.deficitProgressing', 'activityRestrictedForFractureRisk', 'lifeExpectancyMonths', 'toleratesSurgery'] },
  { id: 'metastases', paths: ['metastases.spinal', 'metastases.extraspinalBone', 'metastases.visceral', 'metastases.brain'] },
  { id: 'labs', paths: ['labs.plateletsPerUl', 'labs.ptRatio', 'labs.apttRatio', 'labs.creatinineMgDl', 'labs.calciumMgDl'] },
  { id: 'other', paths: ['infection.local', 'infection.systemic', 'pmmaAllergy', 'comorbidities.bleedingRisk', 'comorbidities.marrowSuppression', 'comorbidities.lowBoneDensity', 'boneAgents.dentalExamDone', 'boneAgents.onj', 'boneAgents.invasiveDentalPlanned', 'anxietyDepression', 'pvpComplications.cementEmbolism', 'pvpComplications.cementEmbolismManaged'] },
];
const LESION_FIELDS = ['site', 'level', 'character', 'painful', 'posteriorWallIntact', 'pediclesInvolved', 'collapsePercent', 'escc', 'sins', 'tomitaSites', 'fracture', 'cordDistanceMm', 'longBone', 'boneRegion', 'peritrochanteric', 'limbPain', 'cortexInvolved', 'destructionUncontrolled', 'neurovascularInvolved', 'extensiveSoftTissue'];
const OPIOID_DRUGS_PATH = 'opioids';
const SYSTEMIC_FIELDS = ['agent', 'class', 'ongoing', 'lastDoseDate', 'effective'];
/** Facts that are lists of rows: entered as rows in their own fieldset, not as one text box. */
const ROW_FACTS: Record<string, string> = { systemicTherapy: 'facts-systemic', lesions: 'facts-lesions', opioids: 'facts-opioids' };

/** Known labels of enum values: histologies, grades, sites; else the fact value words. */
function valueLabel(path: string, value: string, t: (l: Localized) => string): string {
  const key = labelKey(path);
  const table: Record<string, Localized> | undefined =
    key === 'primary.histology' ? histologyText
      : key === 'primary.breastSubtype' ? breastSubtypeText
        : key === 'lesions.escc' ? esccText.grades
          : key === 'neurology.frankel' ? frankelText.grades
            : key === 'lesions.tomitaSites' ? tomitaTypeText.sites
              : key === 'lesions.limbPain' ? mirelsText.pain
                : key === 'lesions.cortexInvolved' ? mirelsText.size
              : undefined;
  const text = table?.[value] ?? factValueLabels[value];
  return text ? t(text) : value;
}

/** The prefilled values and where each came from, so a field can say so while it still holds that value. */
const Prefill = createContext<{ values: FactValues; sources: Record<string, FactSource> }>({ values: {}, sources: {} });

/** Facts that are lists of spinal levels: picked from the levels. A lesion's level (which may be a span such as T12-L1) offers them as suggestions. */
const PICKED_LEVELS = new Set(['plannedPvpLevels']);

const fieldDomId = (scope: string, path: string) => `${scope}-${path.replace(/[^a-zA-Z0-9]/g, '_')}`;

/** One fact's widget; `scope` keeps ids unique where a fact is also prompted for under the missing facts. */
function FactField({ path, values, setValue, errors, scope = 'fact' }: { path: string; values: FactValues; setValue(path: string, value: string): void; errors: Map<string, string[]>; scope?: string }) {
  const { t, date } = useI18n();
  const prefill = useContext(Prefill);
  const widget = widgetFor(path);
  const label = factLabels[labelKey(path)] ? t(factLabels[labelKey(path)]!) : path;
  const id = fieldDomId(scope, path);
  const value = values[path] ?? '';
  const own = errors.get(path);
  const source = value !== '' && prefill.values[path] === value ? prefill.sources[path] : undefined;
  const describedBy = [own?.length ? `${id}-error` : '', source ? `${id}-source` : ''].filter(Boolean).join(' ') || undefined;
  if (!widget) return null;
  if (PICKED_LEVELS.has(labelKey(path))) {
    // levels are picked, never typed: kept as the comma-separated text the facts are built from, in spinal order
    const picked = value.split(/[,\s]+/).filter(Boolean);
    return (
      <div className={`field${own?.length ? ' field-invalid' : ''}`}>
        <MultiField id={id} label={label} values={picked} options={SPINAL_LEVELS.map((l) => ({ value: l, label: l }))} errors={own}
          onChange={(next) => setValue(path, SPINAL_LEVELS.filter((l) => next.includes(l)).join(', '))} />
        {source ? <div className={`hint fact-source source-${source.from}`} id={`${id}-source`}>{source.from === 'decision' ? t(W.decision.fromDecision, { date: date(source.on ?? '') }) : t(W.decision.fromRecord)}</div> : null}
      </div>
    );
  }
  if (widget.kind === 'object') {
    return (
      <>
        {widget.required.map((p) => <FactField key={p} path={p} values={values} setValue={setValue} errors={errors} scope={scope} />)}
      </>
    );
  }
  let control;
  // a lesion's level is picked, not typed
  const levelPicker = labelKey(path) === 'lesions.level';
  if (widget.kind === 'enum' || widget.kind === 'boolean' || levelPicker) {
    const options = levelPicker ? [...SPINAL_LEVELS] : widget.kind === 'boolean' ? ['true', 'false'] : widget.kind === 'enum' ? widget.values : [];
    control = (
      <select id={id} value={value} aria-invalid={own?.length ? true : undefined} aria-describedby={describedBy} onChange={(e) => setValue(path, e.target.value)}>
        <option value="">{t(W.common.unknown)}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {widget.kind === 'boolean' ? t(o === 'true' ? W.common.yes : W.common.no) : valueLabel(path, o, t)}
          </option>
        ))}
      </select>
    );
  } else {
    control = (
      <input
        id={id}
        type={widget.kind === 'date' ? 'date' : 'text'}
        inputMode={widget.kind === 'number' ? 'decimal' : undefined}
        value={value}
        aria-invalid={own?.length ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => setValue(path, e.target.value)}
        {...(labelKey(path) === 'lesions.level' ? { list: 'spinal-levels' } : {})}
      />
    );
  }
  return (
    <div className={`field${own?.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {control}
      {source ? (
        <div className={`hint fact-source source-${source.from}`} id={`${id}-source`}>
          {source.from === 'decision' ? t(W.decision.fromDecision, { date: date(source.on ?? '') }) : t(W.decision.fromRecord)}
        </div>
      ) : null}
      {own?.length ? <div className="field-error" id={`${id}-error`} role="alert">{own.join(' ')}</div> : null}
    </div>
  );
}

function GuidelineText({ finding }: { finding: Finding }) {
  const { t, lang } = useI18n();
  if (!finding.recommendation) return null;
  const rec = guideline(finding.recommendation);
  const originalLang: Lang = rec.originalLang;
  return (
    <div className="guideline">
      <blockquote lang={originalLang === 'zh' ? 'zh-CN' : originalLang}>
        <span className="quote-label">{t(W.decision.original, { lang: t(W.languageNames[originalLang]) })}</span>
        {rec.original}
      </blockquote>
      {lang !== originalLang ? (
        <blockquote className="translation">
          <span className="quote-label">{t(W.decision.translation, { lang: t(W.languageNames[lang]) })}</span>
          {rec.text[lang]}
        </blockquote>
      ) : null}
      <p className="muted">{renderText(sourceLabel(rec.source), lang)} · {renderText(formatGrade(rec), lang)}</p>
    </div>
  );
}

function FindingView({ finding, deciding }: { finding: Finding; deciding: boolean }) {
  const { t, lang } = useI18n();
  const strength = t(RT.strengths[finding.strength]);
  return (
    <li className={`finding verdict-${finding.verdict}${deciding ? ' finding-deciding' : ''}`} data-finding={finding.id}>
      <p>
        <span className={`verdict verdict-${finding.verdict}`}>{t(RT.verdicts[finding.verdict])}</span>{' '}
        {deciding ? <strong className="deciding-mark">{t(W.decision.deciding)}</strong> : null}{' '}
        <span className="muted">
          {t(W.decision.source)}: {renderText(sourceLabel(finding.source), lang)} · {strength}{finding.evidence ? ` ${finding.evidence}` : ''}
        </span>
      </p>
      <p className="muted tier" data-tier={finding.tier}>{t(W.decision.tier)}: {t(ST.tiers[finding.tier])}</p>
      <ul className="because">{finding.because.map((b, i) => <li key={i}>{b}</li>)}</ul>
      <GuidelineText finding={finding} />
    </li>
  );
}

/** A field error's place in words: the fact's label, with the row number of a list (“Lesions 2 · Level”). */
function errorLabel(path: string, t: (l: Localized) => string): string {
  const row = /^(\w+)\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (row) return [factLabel(row[1]!, t), String(Number(row[2]) + 1), row[3] ? factLabel(`${row[1]!}.${row[3]}`, t) : ''].filter(Boolean).join(' · ');
  return factLabel(path, t);
}

/** A fact path's label in the chosen language (never the raw path when a label exists). */
function factLabel(path: string, t: (l: Localized) => string): string {
  const label = factLabels[labelKey(path)];
  return label ? t(label) : path;
}

function PendingView({ option, fields, canWrite }: { option: OptionAssessment; fields: FactFieldsProps; canWrite: boolean }) {
  const { t } = useI18n();
  if (!option.pending) return null;
  const facts = option.pending.facts.map((f) => factLabel(f, t)).join(t(W.decision.listJoin));
  return (
    <div className="pending" data-testid={`pending-${option.option}`}>
      <p><strong>{t(W.decision.pendingOnce, { verdict: t(RT.verdicts[option.pending.verdict]), facts })}</strong></p>
      <p className="muted">{t(W.decision.pendingFill)}</p>
      <fieldset className="form-grid plain" disabled={!canWrite}>
        {option.pending.facts.map((f) => <FactField key={f} path={f} {...fields} scope={`pending-${option.option}`} />)}
      </fieldset>
    </div>
  );
}

interface FactFieldsProps {
  values: FactValues;
  setValue(path: string, value: string): void;
  errors: Map<string, string[]>;
}

function OptionView({ option, chosen, onChoose, canWrite, fields }: { option: OptionAssessment; chosen: boolean; onChoose(v: boolean): void; canWrite: boolean; fields: FactFieldsProps }) {
  const { t, lang } = useI18n();
  const id = `option-${option.option}`;
  const decider = option.findings.find((f) => f.id === option.decidedBy);
  return (
    <details className={`option card verdict-border-${option.verdict}`} data-option={option.option}>
      <summary>
        <span className="option-name">{t(RT.options[option.option])}</span>
        <span className={`verdict verdict-${option.verdict}`}>{t(RT.verdicts[option.verdict])}</span>
      </summary>
      {canWrite ? (
        <div className="field-check">
          <input id={id} type="checkbox" checked={chosen} onChange={(e) => onChoose(e.target.checked)} />
          <label htmlFor={id}>{t(W.decision.choose)}: {t(RT.options[option.option])}</label>
        </div>
      ) : null}
      {decider ? (
        <p className="decided-by" data-testid={`decided-${option.option}`}>
          <strong>{t(W.decision.decidedBy)}:</strong> {decider.because[0] ?? ''} <span className="muted">({renderText(sourceLabel(decider.source), lang)} · {t(ST.tiers[decider.tier])})</span>
        </p>
      ) : null}
      <PendingView option={option} fields={fields} canWrite={canWrite} />
      {option.findings.length ? <ul className="findings">{option.findings.map((f) => <FindingView key={f.id} finding={f} deciding={f.id === option.decidedBy} />)}</ul> : <p>{t(W.decision.noFindings)}</p>}
    </details>
  );
}

/** Each conflict between findings (an overruled or tempered verdict) with its reason, by option. */
function ConflictsView({ conflicts, id, compact = false }: { conflicts: readonly Conflict[]; id: string; compact?: boolean }) {
  const { t } = useI18n();
  const Heading = compact ? 'h4' : 'h3';
  return (
    <section className={compact ? 'conflicts' : 'card conflicts'} aria-labelledby={`${id}-title`} data-testid={id}>
      <Heading id={`${id}-title`}>{t(W.decision.conflicts)} ({conflicts.length})</Heading>
      {compact ? null : <p className="muted">{t(W.decision.conflictsHelp)}</p>}
      {conflicts.length ? (
        <ul>
          {conflicts.map((c) => (
            <li key={`${c.option}:${c.prevailing}:${c.overruled}`} data-conflict={c.option}>
              <strong>{t(RT.options[c.option])}:</strong> {c.why}
            </li>
          ))}
        </ul>
      ) : <p>{t(W.decision.noConflicts)}</p>}
    </section>
  );
}

function PlanView({ result, prefix }: { result: Recommendation; prefix: string }) {
  const { t, number, date } = useI18n();
  const { plan } = result;
  return (
    <div className="plan">
      {plan.cement.length ? (
        <section aria-labelledby={`${prefix}-cement`}>
          <h4 id={`${prefix}-cement`}>{t(RT.headings.cement)}</h4>
          <table className="data compact">
            <thead><tr><th scope="col">{t(RT.headings.level)}</th><th scope="col">{t(W.decision.volume)}</th><th scope="col">{t(W.decision.fill)}</th><th scope="col">{t(W.decision.stop)}</th></tr></thead>
            <tbody>
              {plan.cement.map((c) => (
                <tr key={c.level}><th scope="row">{c.level}</th><td>{number(c.volumeMl.min)}–{number(c.volumeMl.max)}</td><td>{number(c.fillPercent.min)}–{number(c.fillPercent.max)}</td><td>{c.stop.join('; ')}</td></tr>
              ))}
            </tbody>
          </table>
          {plan.postProcedureCare.length ? <ul>{plan.postProcedureCare.map((c, i) => <li key={i}>{c}</li>)}</ul> : null}
        </section>
      ) : null}
      {plan.radiotherapy ? (
        <section aria-labelledby={`${prefix}-rt`}>
          <h4 id={`${prefix}-rt`}>{t(RT.headings.radiotherapy)}</h4>
          <table className="data compact" >
            <thead><tr><th scope="col">{t(W.decision.schedule)}</th><th scope="col">Gy</th><th scope="col">{t(W.decision.fractions)}</th><th scope="col">{t(W.decision.perFraction)}</th><th scope="col">BED</th><th scope="col">EQD2</th></tr></thead>
            <tbody>
              {plan.radiotherapy.schedules.map((s, i) => (
                <tr key={i}>
                  <th scope="row">{s.label}</th>
                  <td className="num">{number(s.doseGy)}</td>
                  <td className="num">{number(s.fractions, 0)}</td>
                  <td className="num">{number(s.dosePerFractionGy, 2)}</td>
                  <td>{Object.entries(s.bed).map(([ab, v]) => `α/β ${ab}: ${number(v)}`).join(' · ')}</td>
                  <td>{Object.entries(s.eqd2).map(([ab, v]) => `α/β ${ab}: ${number(v)}`).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <section aria-labelledby={`${prefix}-bma`}>
        <h4 id={`${prefix}-bma`}>{t(RT.headings.bma)}</h4>
        <p>{plan.crclMlPerMin !== null ? t(W.decision.crcl, { value: number(plan.crclMlPerMin) }) : `${t(RT.headings.crcl)}: —`}</p>
        {plan.bma.length ? (
          <table className="data compact">
            <thead><tr><th scope="col">{t(W.decision.agent)}</th><th scope="col">{t(W.decision.dose)}</th><th scope="col">{t(W.decision.note)}</th></tr></thead>
            <tbody>{plan.bma.map((d) => <tr key={d.agent}><th scope="row">{d.agent in W.treatment.agents ? t(W.treatment.agents[d.agent]) : d.agent}</th><td>{d.doseMg === null ? '—' : `${number(d.doseMg)} mg`}</td><td>{d.note}</td></tr>)}</tbody>
          </table>
        ) : null}
      </section>
      {plan.opioidTaper.length ? (
        <section aria-labelledby={`${prefix}-taper`}>
          <h4 id={`${prefix}-taper`}>{t(RT.headings.taper)}</h4>
          <table className="data compact">
            <thead><tr><th scope="col">{t(RT.headings.day)}</th><th scope="col" className="num">{t(W.decision.mmePerDay)}</th></tr></thead>
            <tbody>{plan.opioidTaper.map((s) => <tr key={s.day}><th scope="row">{number(s.day, 0)}</th><td className="num">{number(s.totalMme)}</td></tr>)}</tbody>
          </table>
        </section>
      ) : null}
      {plan.dates.notes.length || plan.dates.earliestSurgery ? (
        <section aria-labelledby={`${prefix}-dates`}>
          <h4 id={`${prefix}-dates`}>{t(RT.headings.dates)}</h4>
          <ul>
            {plan.dates.earliestSurgery ? <li>{date(plan.dates.earliestSurgery)}</li> : null}
            {plan.dates.notes.map((n, i) => <li key={i}>{n}</li>)}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export function DecisionTab({ data, reload, setStatus }: { data: PatientData; reload(): Promise<void>; setStatus(s: string | null): void }) {
  const { t, lang, date } = useI18n();
  const { canWrite } = useSession();
  const [prefill] = useState(() => prefillFacts(data, todayIso()));
  const [values, setValues] = useState<FactValues>(() => ({ ...prefill.values }));
  const [chosen, setChosen] = useState<OptionId[]>([]);
  const [planNote, setPlanNote] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [showTreatment, setShowTreatment] = useState(false);
  const [openPlans, setOpenPlans] = useState<string[]>([]);
  const sinsPains = useMemo(() => lesionSinsPains(data), [data]);
  // the core reads the spine map's SINS pain as the pain type once the pain has a score
  const setValue = (path: string, value: string) => setValues((v) => {
    const painType = path === 'pain.score' ? painTypeFromSins(sinsPains, { score: value, type: v['pain.type'] }) : undefined;
    return { ...v, [path]: value, ...(painType ? { 'pain.type': painType } : {}) };
  });

  useEffect(() => setSaved(null), [values, chosen]);

  const facts = useMemo(() => buildFacts(values), [values]);
  const live = useMemo(() => {
    try {
      return { result: recommend(facts), errors: new Map<string, string[]>() };
    } catch (error) {
      const issues = issuesOf(error);
      if (!issues) throw error;
      const errors = new Map<string, string[]>();
      for (const issue of issues) {
        const key = issue.path.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : p ? `${p}.${String(k)}` : String(k)), '');
        errors.set(key, [...(errors.get(key) ?? []), issueMessage(issue, t, undefined, lang)]);
      }
      return { result: null, errors };
    }
  }, [facts, lang, t]);
  // Keep the last good recommendation on screen while a field is being corrected.
  const [lastGood, setLastGood] = useState<NeutralRecommendation | null>(null);
  useEffect(() => {
    if (live.result) setLastGood(live.result);
  }, [live.result]);
  // kept language-neutral: a language switch re-renders the last good result too
  const neutral = live.result ?? lastGood;
  const result = useMemo(() => (neutral ? render(neutral, lang) : null), [neutral, lang]);

  const lesionRows = rowCount(values, 'lesions');
  const systemicRows = rowCount(values, 'systemicTherapy');
  const opioidRows = rowCount(values, OPIOID_DRUGS_PATH);

  const store = async () => {
    try {
      await api.post('/api/decisions', { patientId: data.patient.id, decidedOn: values.decisionDate || todayIso(), facts, chosenOptions: chosen, ...(planNote.trim() ? { planNote } : {}) });
      setProblem(null);
      setSaved(t(W.decision.stored));
      setStatus(t(W.decision.stored));
      await reload();
    } catch (e) {
      setProblem(problemOf(e));
    }
  };

  const plannedPvp = (facts.plannedPvpLevels as string[] | undefined) ?? [];
  const cementFor = (level: string) => result?.plan.cement.find((c) => c.level === level)?.volumeMl.min;

  const diedOn = deathOf(data);
  return (
    <Prefill.Provider value={prefill}>
    <div className="decision">
      <h2>{t(W.decision.title)}</h2>
      {diedOn ? <div className="alert alert-deceased" role="alert" data-testid="decision-deceased">{t(W.patient.deceasedDecision, { date: date(diedOn) })}</div> : null}
      <div className="decision-layout">
        <section className="facts" aria-labelledby="facts-title">
          <h3 id="facts-title">{t(W.decision.facts)}</h3>
          {result ? (
            // on a tablet the verdicts column is below the facts: this strip keeps them in sight while typing
            <div className="verdict-strip" role="region" aria-label={t(W.decision.verdictsNow)} data-testid="verdict-strip">
              <ul>
                {result.options.map((o) => (
                  <li key={o.option}>
                    <span className="option-name">{t(RT.options[o.option])}</span> <span className={`verdict verdict-${o.verdict}`}>{t(RT.verdicts[o.verdict])}</span>
                  </li>
                ))}
              </ul>
              {!live.result ? <p className="muted">{t(W.decision.lastGood)}</p> : null}
            </div>
          ) : null}
          <p className="muted">{t(W.decision.factsHelp)}</p>
          {live.errors.size ? (
            <div className="alert alert-error" role="alert" data-testid="facts-errors">
              <p>{t(W.decision.pending)}</p>
              <ul>{[...live.errors].map(([path, messages]) => <li key={path}>{errorLabel(path, t)}: {messages.join(' ')}</li>)}</ul>
            </div>
          ) : null}
          {GROUPS.map((group) => (
            <fieldset key={group.id} className="card form-grid" disabled={!canWrite}>
              <legend>{t(W.decision.groups[group.id])}</legend>
              {group.paths.map((p) => <FactField key={p} path={p} values={values} setValue={setValue} errors={live.errors} />)}
            </fieldset>
          ))}
          <fieldset className="card" id="facts-lesions" disabled={!canWrite}>
            <legend>{t(W.decision.groups.lesions)}</legend>
            <datalist id="spinal-levels">{SPINAL_LEVELS.map((l) => <option key={l} value={l} />)}</datalist>
            {Array.from({ length: lesionRows }, (_, i) => (
              <div className="form-grid lesion-facts" key={i}>
                {LESION_FIELDS.map((f) => <FactField key={f} path={`lesions[${i}].${f}`} values={values} setValue={setValue} errors={live.errors} />)}
              </div>
            ))}
            <button type="button" onClick={() => setValue(`lesions[${lesionRows}].level`, '')}>{t(W.common.add)}</button>
          </fieldset>
          <fieldset className="card" id="facts-systemic" disabled={!canWrite}>
            <legend>{factLabel('systemicTherapy', t)}</legend>
            {Array.from({ length: systemicRows }, (_, i) => (
              <div className="form-grid" key={i} data-testid={`systemic-row-${i}`}>
                {SYSTEMIC_FIELDS.map((f) => <FactField key={f} path={`systemicTherapy[${i}].${f}`} values={values} setValue={setValue} errors={live.errors} />)}
              </div>
            ))}
            <button type="button" id="facts-systemic-add" onClick={() => setValue(`systemicTherapy[${systemicRows}].agent`, '')}>{t(W.common.add)}: {factLabel('systemicTherapy', t)}</button>
          </fieldset>
        </section>
        <section className="verdicts" aria-labelledby="options-title">
          <h3 id="options-title">{t(W.decision.options)}</h3>
          {result ? (
            <div className="options" data-testid="options">
              {result.options.map((o) => (
                <OptionView key={o.option} option={o} canWrite={canWrite} fields={{ values, setValue, errors: live.errors }} chosen={chosen.includes(o.option)} onChoose={(v) => setChosen((c) => (v ? [...c, o.option] : c.filter((x) => x !== o.option)))} />
              ))}
            </div>
          ) : <p>{t(W.decision.pending)}</p>}
          {result ? <ConflictsView conflicts={result.conflicts} id="conflicts" /> : null}
          {result && result.needs.length ? (
            <details className="card needs" open={result.needs.length <= 6}>
              <summary><h3 id="needs-title">{t(W.decision.needs)} ({result.needs.length})</h3></summary>
              <p className="muted">{t(W.decision.needsHelp)}</p>
              <ul>
                {result.needs.map((need, n) => (
                  <li key={need.fact}>
                    <p><strong>{factLabel(need.fact, t)}</strong> — {need.options.map((o) => t(RT.options[o])).join(', ')}</p>
                    <p className="muted">{need.why.join(' ')}</p>
                    {ROW_FACTS[need.fact] ? (
                      <p><a href={`#${ROW_FACTS[need.fact]}`} onClick={() => { if (rowCount(values, need.fact) === 0 && need.fact === 'systemicTherapy') setValue('systemicTherapy[0].agent', ''); }}>{t(W.decision.goToFact)}: {factLabel(need.fact, t)}</a></p>
                    ) : widgetFor(need.fact) ? <fieldset className="form-grid plain" disabled={!canWrite}><FactField path={need.fact} values={values} setValue={setValue} errors={live.errors} scope={`need${n}`} /></fieldset> : null}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      </div>
      <section className="card plan-builder" aria-labelledby="plan-title">
        <h3 id="plan-title">{t(W.decision.plan)}</h3>
        <fieldset className="form-grid plain" disabled={!canWrite}>
          <FactField path="plannedPvpLevels" values={values} setValue={setValue} errors={live.errors} />
          <FactField path="plannedRadiotherapy.doseGy" values={values} setValue={setValue} errors={live.errors} />
          <FactField path="plannedRadiotherapy.fractions" values={values} setValue={setValue} errors={live.errors} />
          <FactField path="plannedRadiotherapy.alphaBeta" values={values} setValue={setValue} errors={live.errors} />
          <FactField path="patient.weightKg" values={values} setValue={setValue} errors={live.errors} scope="plan" />
          <FactField path="labs.creatinineMgDl" values={values} setValue={setValue} errors={live.errors} scope="plan" />
        </fieldset>
        <fieldset className="form-grid" id="facts-opioids" disabled={!canWrite}>
          <legend>{factLabels.opioids ? t(factLabels.opioids) : 'opioids'}</legend>
          {Array.from({ length: opioidRows }, (_, i) => (
            <div key={i} className="form-grid">
              <FactField path={`opioids[${i}].drug`} values={values} setValue={setValue} errors={live.errors} />
              <FactField path={`opioids[${i}].dailyDose`} values={values} setValue={setValue} errors={live.errors} />
            </div>
          ))}
          <button type="button" onClick={() => setValue(`opioids[${opioidRows}].drug`, '')}>{t(W.common.add)}</button>
        </fieldset>
        {result ? <PlanView result={result} prefix="plan" /> : null}
      </section>
      <section className="card print-summary" aria-labelledby="summary-title" data-testid="mdt-summary">
        <h3 id="summary-title">{t(W.decision.summary)} — {String(data.patient.code)} · {date(values.decisionDate)}</h3>
        <p><strong>{t(W.decision.chosen)}:</strong> {chosen.length ? chosen.map((o) => t(RT.options[o])).join('; ') : '—'}</p>
        {result ? (
          <table className="data compact">
            <thead><tr><th scope="col">{t(RT.headings.option)}</th><th scope="col">{t(RT.headings.verdict)}</th></tr></thead>
            <tbody>{result.options.map((o) => <tr key={o.option}><th scope="row">{t(RT.options[o.option])}</th><td>{t(RT.verdicts[o.verdict])}</td></tr>)}</tbody>
          </table>
        ) : null}
        {result ? <ConflictsView conflicts={result.conflicts} id="summary-conflicts" compact /> : null}
        {planNote ? <p>{planNote}</p> : null}
        <div className="print-only">{result ? <PlanView result={result} prefix="summary-plan" /> : null}</div>
      </section>
      <ProblemSummary problem={problem} form="decision" labels={Object.fromEntries((problem?.errors ?? []).map((e) => {
        const key = e.path.replace(/^(body|input|query)\.?/, '');
        return [key, key === 'decidedOn' ? t(W.decision.decidedOn) : errorLabel(key.replace(/^facts\./, ''), t)];
      }))} />
      <div className="form-actions no-print">
        {canWrite ? <TextField id="decision-planNote" multiline label={t(W.decision.planNote)} value={planNote} onChange={setPlanNote} /> : null}
        {canWrite ? <button type="button" className="primary" disabled={!live.result || diedOn !== null} onClick={() => void store()}>{t(W.decision.store)}</button> : null}
        <button type="button" onClick={() => window.print()}>{t(W.decision.printSummary)}</button>
        {canWrite ? <button type="button" aria-expanded={showTreatment} onClick={() => setShowTreatment((s) => !s)}>{t(W.decision.recordPvp)}</button> : null}
      </div>
      <Status text={saved} />
      {showTreatment && canWrite ? (
        <TreatmentForm
          patientId={data.patient.id}
          initialKind="pvp"
          initialLevels={plannedPvp.map((level) => ({ level, ...(cementFor(level) !== undefined ? { cementMl: cementFor(level)! } : {}) }))}
          onSaved={() => {
            setShowTreatment(false);
            setStatus(t(W.treatment.saved));
            void reload();
          }}
        />
      ) : null}
      {data.decisions.length ? (
        <section aria-labelledby="earlier-title">
          <h3 id="earlier-title">{t(W.decision.earlier)}</h3>
          <ul>
            {data.decisions.map((d) => (
              <li key={d.id}>
                {date(String(d.decidedOn))}: {(d.chosenOptions as string[]).map((o) => (o in RT.options ? t(RT.options[o as OptionId]) : o)).join('; ') || '—'}
                <details data-testid={`decision-plan-${d.id}`} onToggle={(e) => { const open = e.currentTarget.open; setOpenPlans((p) => (open ? [...p, d.id] : p.filter((x) => x !== d.id))); }}>
                  <summary>{t(BP.open)}</summary>
                  {openPlans.includes(d.id) ? <BoardPlan decisionId={d.id} canWrite={canWrite} /> : null}
                </details>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
    </Prefill.Provider>
  );
}
