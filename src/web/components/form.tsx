import { useId, type ReactNode } from 'react';
import { webText as W } from '../../i18n/web/ui.js';
import type { Problem } from '../api.js';
import { fieldErrorText } from '../forms/issues.js';
import { useI18n, type Localized } from '../i18n.js';

/** Field ids are derived from the field path so a summary can link to the field. */
export const fieldId = (form: string, path: string) => `${form}-${path.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

interface FieldShell {
  id: string;
  label: ReactNode;
  errors?: readonly string[] | undefined;
  hint?: ReactNode;
  children: ReactNode;
}

export function Field({ id, label, errors, hint, children }: FieldShell) {
  return (
    <div className={`field${errors && errors.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? <div className="hint" id={`${id}-hint`}>{hint}</div> : null}
      {errors && errors.length ? (
        <div className="field-error" id={`${id}-error`} role="alert">
          {errors.join(' ')}
        </div>
      ) : null}
    </div>
  );
}

const described = (id: string, errors?: readonly string[], hint?: ReactNode) =>
  [errors && errors.length ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;

export interface Option {
  value: string;
  label: string;
}

export function SelectField(props: {
  id: string;
  label: ReactNode;
  value: string;
  options: readonly Option[];
  onChange(value: string): void;
  errors?: readonly string[] | undefined;
  hint?: ReactNode;
  allowEmpty?: boolean;
  required?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Field id={props.id} label={props.label} errors={props.errors} hint={props.hint}>
      <select
        id={props.id}
        value={props.value}
        aria-invalid={props.errors && props.errors.length ? true : undefined}
        aria-describedby={described(props.id, props.errors, props.hint)}
        aria-required={props.required || undefined}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.allowEmpty !== false ? <option value="">{t(W.common.choose)}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function TextField(props: {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  errors?: readonly string[] | undefined;
  hint?: ReactNode;
  type?: 'text' | 'date' | 'number' | 'password' | 'search';
  inputMode?: 'numeric' | 'decimal' | 'text';
  step?: string;
  min?: number;
  max?: number;
  required?: boolean;
  autoComplete?: string;
  multiline?: boolean;
}) {
  const common = {
    id: props.id,
    value: props.value,
    'aria-invalid': props.errors && props.errors.length ? true : undefined,
    'aria-describedby': described(props.id, props.errors, props.hint),
    'aria-required': props.required || undefined,
  } as const;
  return (
    <Field id={props.id} label={props.label} errors={props.errors} hint={props.hint}>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          step={props.step}
          min={props.min}
          max={props.max}
          autoComplete={props.autoComplete}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function CheckboxField(props: { id: string; label: ReactNode; checked: boolean; onChange(checked: boolean): void; errors?: readonly string[] | undefined }) {
  return (
    <div className={`field field-check${props.errors && props.errors.length ? ' field-invalid' : ''}`}>
      <input id={props.id} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <label htmlFor={props.id}>{props.label}</label>
      {props.errors && props.errors.length ? <div className="field-error" role="alert">{props.errors.join(' ')}</div> : null}
    </div>
  );
}

/** A group of checkboxes for a multi-choice field, as a fieldset with a legend. */
export function MultiField(props: { id: string; label: ReactNode; values: readonly string[]; options: readonly Option[]; onChange(values: string[]): void; errors?: readonly string[] | undefined }) {
  return (
    <fieldset className={`field multi${props.errors && props.errors.length ? ' field-invalid' : ''}`} id={props.id}>
      <legend>{props.label}</legend>
      <div className="multi-options">
        {props.options.map((o) => {
          const id = `${props.id}-${o.value}`;
          const checked = props.values.includes(o.value);
          return (
            <span key={o.value} className="check">
              <input
                id={id}
                type="checkbox"
                checked={checked}
                onChange={(e) => props.onChange(e.target.checked ? [...props.values, o.value] : props.values.filter((v) => v !== o.value))}
              />
              <label htmlFor={id}>{o.label}</label>
            </span>
          );
        })}
      </div>
      {props.errors && props.errors.length ? <div className="field-error" role="alert">{props.errors.join(' ')}</div> : null}
    </fieldset>
  );
}

/** The summary at the top of a form: the problem's detail and each field error, linked to its field. */
export function ProblemSummary({ problem, form, labels }: { problem: Problem | null; form: string; labels?: Record<string, string> }) {
  const { t } = useI18n();
  if (!problem) return null;
  const errors = problem.errors ?? [];
  if ((problem.status === 409 || problem.status === 412) && !errors.length) {
    return <div className="alert alert-error" role="alert">{t(W.errors.conflict)}</div>;
  }
  if (problem.status === 0) return <div className="alert alert-error" role="alert">{t(W.errors.network)}</div>;
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1}>
      <p>{errors.length ? t(W.errors.summary, { n: errors.length }) : t(W.errors.generic, { detail: problem.detail })}</p>
      {errors.length ? (
        <ul>
          {errors.map((e, i) => {
            const key = e.path.replace(/^(body|input|query)\.?/, '');
            return (
              <li key={i}>
                <a href={`#${fieldId(form, key)}`}>{labels?.[key] ?? key}</a>: {fieldErrorText(e, t)}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** The field errors of a problem keyed by field path without the `body.` root, in the user's language. */
export function useFieldErrors(problem: Problem | null | undefined): Map<string, string[]> {
  const { t } = useI18n();
  const map = new Map<string, string[]>();
  for (const error of problem?.errors ?? []) {
    const key = error.path.replace(/^(body|input|query)\.?/, '');
    map.set(key, [...(map.get(key) ?? []), fieldErrorText(error, t)]);
  }
  return map;
}

export function useFormId(prefix: string): string {
  return `${prefix}${useId().replace(/:/g, '')}`;
}

export function Status({ text }: { text: string | null }) {
  return (
    <p className="status" role="status" aria-live="polite">
      {text ?? ''}
    </p>
  );
}

export type { Localized };
