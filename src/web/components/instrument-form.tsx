import { useMemo } from 'react';
import { webText as W } from '../../i18n/web/ui.js';
import { SPINAL_LEVELS } from '../../knowledge/anatomy/index.js';
import { INSTRUMENTS, scoreInstrument, type InstrumentId, type InstrumentResult } from '../../knowledge/instruments/index.js';
import { formatSource } from '../../knowledge/sources.js';
import { render } from '../../knowledge/texts.js';
import { INSTRUMENT_FORMS, isBlank, toInput, type FieldSpec, type FormValues } from '../forms/instruments.js';
import { issuesByPath, issuesOf } from '../forms/issues.js';
import { useI18n } from '../i18n.js';
import { useQuestionnaireText, withSiteText } from '../questionnaire-text.js';
import { CheckboxField, MultiField, SelectField, TextField } from './form.js';

export interface LiveScore {
  input: Record<string, unknown>;
  /** Language-neutral: InstrumentResultView renders it in the chosen language. */
  result: InstrumentResult | null;
  errors: Map<string, string[]>;
  blank: boolean;
}

/** Scores the form's values with the core as they change: a result, or the field errors. */
export function useLiveScore(instrument: InstrumentId, values: FormValues, fixed: Record<string, unknown> = {}): LiveScore {
  const { lang, t } = useI18n();
  const fields = INSTRUMENT_FORMS[instrument] ?? [];
  const fixedKey = JSON.stringify(fixed);
  return useMemo(() => {
    const input = { ...toInput(fields, values), ...(JSON.parse(fixedKey) as Record<string, unknown>) };
    const blank = isBlank(fields, values);
    try {
      return { input, result: scoreInstrument(instrument, input), errors: new Map(), blank };
    } catch (error) {
      const issues = issuesOf(error);
      if (!issues) throw error;
      const labelOf = (path: string, value: string) => {
        const option = fields.find((f) => f.path === path && (f.kind === 'choice' || f.kind === 'multi'));
        const match = option && 'options' in option ? option.options.find((o) => o.value === value) : undefined;
        return match ? t(match.label) : undefined;
      };
      return { input, result: null, errors: issuesByPath(issues, t, labelOf, lang), blank };
    }
  }, [instrument, fields, values, fixedKey, lang, t]);
}

function FieldInput({ spec, id, value, onChange, errors }: { spec: FieldSpec; id: string; value: FormValues[string] | undefined; onChange(v: FormValues[string]): void; errors: string[] | undefined }) {
  const { t } = useI18n();
  const label = t(spec.label);
  switch (spec.kind) {
    case 'choice':
      return (
        <SelectField
          id={id}
          label={label}
          value={typeof value === 'string' ? value : ''}
          options={spec.options.map((o) => ({ value: o.value, label: t(o.label) }))}
          onChange={onChange}
          errors={errors}
        />
      );
    case 'multi':
      return (
        <MultiField
          id={id}
          label={label}
          values={Array.isArray(value) ? value : []}
          options={spec.options.map((o) => ({ value: o.value, label: t(o.label) }))}
          onChange={onChange}
          errors={errors}
        />
      );
    case 'number':
      return (
        <TextField
          id={id}
          label={label}
          type="number"
          inputMode="decimal"
          step={spec.step !== undefined ? String(spec.step) : 'any'}
          min={spec.min}
          max={spec.max}
          value={typeof value === 'string' ? value : ''}
          onChange={onChange}
          errors={errors}
        />
      );
    case 'bool':
      return <CheckboxField id={id} label={label} checked={value === true} onChange={onChange} errors={errors} />;
    case 'level':
      return (
        <SelectField
          id={id}
          label={label}
          value={typeof value === 'string' ? value : ''}
          options={SPINAL_LEVELS.map((level) => ({ value: level, label: level }))}
          onChange={onChange}
          errors={errors}
        />
      );
  }
}

/** The instrument's fields; errors are shown only once the user has started filling it in. */
export function InstrumentFields({ instrument, values, onChange, live, idPrefix, hide = [] }: {
  instrument: InstrumentId;
  values: FormValues;
  onChange(values: FormValues): void;
  live: LiveScore;
  idPrefix: string;
  hide?: readonly string[];
}) {
  const { lang, t } = useI18n();
  const questionnaire = instrument === 'odi' || instrument === 'rmdq';
  const site = useQuestionnaireText(questionnaire);
  const { fields: all, licensed } = withSiteText(instrument, INSTRUMENT_FORMS[instrument] ?? [], site, lang);
  const fields = all.filter((f) => !hide.includes(f.path));
  const showErrors = !live.blank;
  return (
    <div className="instrument-fields">
      {questionnaire ? (
        <p className="hint" data-testid={`wording-${instrument}`}>{licensed && site ? site.licence : t(W.instrument.wordingNotShipped)}</p>
      ) : null}
      {fields.map((spec) => (
        <FieldInput
          key={spec.path}
          spec={spec}
          id={`${idPrefix}-${spec.path.replace(/\./g, '-')}`}
          value={values[spec.path]}
          onChange={(v) => onChange({ ...values, [spec.path]: v })}
          errors={showErrors ? live.errors.get(spec.path) : undefined}
        />
      ))}
      {showErrors && live.errors.get('') ? <div className="field-error" role="alert">{live.errors.get('')!.join(' ')}</div> : null}
      {showErrors && live.errors.get('sections') ? <div className="field-error" role="alert">{live.errors.get('sections')!.join(' ')}</div> : null}
    </div>
  );
}

/** The result as the core explains it, in the chosen language: total and band, every item with its points, caveats, sources. */
export function InstrumentResultView({ result: neutral, compact = false }: { result: InstrumentResult; compact?: boolean }) {
  const { t, number, lang } = useI18n();
  const result = render(neutral, lang);
  // A score a source modifies (002 §2.2): the modified and the published total, each with its band and source.
  const both = result.publishedTotal !== undefined && result.publishedBand && result.totalSources && result.total !== null
    ? [
        { key: 'total', label: result.totalSources.total, total: result.total, band: result.band },
        { key: 'published', label: result.totalSources.published, total: result.publishedTotal, band: result.publishedBand },
      ]
    : null;
  return (
    <div className="result" aria-live="polite" data-testid={`result-${result.instrument}`}>
      <p className="result-head">
        <strong>{result.name}</strong>
        {!both && result.total !== null ? <span className="total">{t(W.instrument.score)} {number(result.total)}</span> : null}
        {!both ? <span className={`band band-${result.band.id}`}>{result.band.label}</span> : null}
      </p>
      {both ? (
        <dl className="totals">
          {both.map((row) => (
            <div key={row.key} data-testid={`${row.key}-${result.instrument}`}>
              <dt>{row.label}</dt>
              <dd>
                <span className="total">{number(row.total)}</span> <span className={`band band-${row.band.id}`}>{row.band.label}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <table className="data compact">
        <caption className="sr-only">{result.name}</caption>
        <thead>
          <tr>
            <th scope="col">{t(W.instrument.item)}</th>
            <th scope="col">{t(W.instrument.answer)}</th>
            <th scope="col" className="num">{t(W.instrument.points)}</th>
          </tr>
        </thead>
        <tbody>
          {result.items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.label}</th>
              <td>{item.answerLabel}</td>
              <td className="num">{item.points === null ? '—' : number(item.points)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="interpretation">{result.interpretation}</p>
      {!compact && result.caveats.length ? (
        <ul className="caveats" aria-label={t(W.instrument.caveats)}>
          {result.caveats.map((c, i) => <li key={i}>{c}</li>)}
        </ul>
      ) : null}
      {!compact ? <p className="sources muted">{t(W.instrument.sources)}: {result.sources.map(formatSource).join('; ')}</p> : null}
    </div>
  );
}

/** One instrument: its form and, beside it, the live result or what is still missing. */
export function InstrumentPanel({ instrument, values, onChange, idPrefix, fixed, hide }: {
  instrument: InstrumentId;
  values: FormValues;
  onChange(values: FormValues): void;
  idPrefix: string;
  fixed?: Record<string, unknown>;
  hide?: readonly string[];
}) {
  const { t } = useI18n();
  const live = useLiveScore(instrument, values, fixed);
  const headingId = `${idPrefix}-title`;
  return (
    <section className="instrument card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(INSTRUMENTS[instrument].name)}</h3>
      <div className="instrument-body">
        <InstrumentFields instrument={instrument} values={values} onChange={onChange} live={live} idPrefix={idPrefix} hide={hide ?? []} />
        {live.result ? <InstrumentResultView result={live.result} /> : <p className="muted">{t(W.errors.incomplete)}</p>}
      </div>
    </section>
  );
}
