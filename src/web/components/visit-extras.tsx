import type { Lang } from '../../i18n/lang.js';
import { factValueLabels } from '../../knowledge/texts.js';
import { recordText, webText as W } from '../../i18n/web/ui.js';
import { SPINAL_LEVELS } from '../../knowledge/anatomy/index.js';
import { NON_OPIOID_ANALGESICS, OPIOIDS, analgesicRegimenSchema, type AnalgesicRegimen } from '../../knowledge/facts/index.js';
import { oralMorphineEquivalent } from '../../knowledge/rules/index.js';
import type { InstrumentId } from '../../knowledge/instruments/index.js';
import { ApiError, type Problem } from '../api.js';
import { issuesByPath, issuesOf } from '../forms/issues.js';
import { useI18n } from '../i18n.js';
import { MultiField, SelectField, TextField } from './form.js';

/** The regimen form as typed: opioid rows (drug, daily dose as text) and the other analgesics. */
export interface RegimenForm {
  opioids: { drug: string; dailyDose: string }[];
  nonOpioid: string[];
}
export const EMPTY_REGIMEN: RegimenForm = { opioids: [], nonOpioid: [] };

export const regimenIsBlank = (form: RegimenForm): boolean =>
  form.nonOpioid.length === 0 && form.opioids.every((o) => o.drug === '' && o.dailyDose.trim() === '');

/** The regimen the form stands for, validated by the core's schema: the regimen, or errors by path (`opioids.0.dailyDose`). */
export function parseRegimen(form: RegimenForm, t: Parameters<typeof issuesByPath>[1], lang: Lang): { regimen: AnalgesicRegimen | null; errors: Map<string, string[]> } {
  const candidate = {
    opioids: form.opioids
      .filter((o) => o.drug !== '' || o.dailyDose.trim() !== '')
      .map((o) => ({ drug: o.drug === '' ? undefined : o.drug, dailyDose: o.dailyDose.trim() === '' ? undefined : Number(o.dailyDose.replace(',', '.')) })),
    nonOpioid: form.nonOpioid,
  };
  const parsed = analgesicRegimenSchema.safeParse(candidate);
  if (parsed.success) return { regimen: parsed.data, errors: new Map() };
  const labelOf = (path: string, value: string) => (path.endsWith('drug') && factValueLabels[value] ? t(factValueLabels[value]) : undefined);
  return { regimen: null, errors: issuesByPath(issuesOf(parsed.error) ?? [], t, labelOf, lang) };
}

/** One write of a visit's save: an assessment, the analgesic regimen, or a complication row. */
export type VisitPart =
  | { kind: 'assessment'; instrument: InstrumentId }
  | { kind: 'regimen' }
  | { kind: 'complication'; row: number };

export const visitPartKey = (part: VisitPart): string =>
  part.kind === 'assessment' ? `assessment:${part.instrument}` : part.kind === 'complication' ? `complication:${part.row}` : 'regimen';

/** The id of the record each part's write stored, by `visitPartKey`, over every attempt of one visit's save. */
export type WrittenParts = ReadonlyMap<string, string>;

/**
 * Writes a visit's parts in order, one request each, skipping those an earlier attempt stored, and
 * stops at the first the server refuses: a retry sends only what is not stored, so nothing is
 * written twice. Returns every part stored so far and the one that failed with the server's answer.
 */
export async function writeVisitParts(
  parts: readonly VisitPart[],
  written: WrittenParts,
  write: (part: VisitPart) => Promise<string>,
): Promise<{ written: WrittenParts; failed: { part: VisitPart; problem: Problem } | null }> {
  const stored = new Map(written);
  for (const part of parts) {
    const key = visitPartKey(part);
    if (stored.has(key)) continue;
    try {
      stored.set(key, await write(part));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      return { written: stored, failed: { part, problem: error.problem } };
    }
  }
  return { written: stored, failed: null };
}

/** The mark on a part of the visit already stored (its fields locked so it is not written twice). */
export function SavedMark({ testId }: { testId: string }) {
  const { t } = useI18n();
  return <span className="badge status-done" data-testid={testId}>{t(W.followUp.partStored)}</span>;
}

/** The analgesic regimen of a visit, with its oral morphine equivalent computed by the core; locked once stored. */
export function RegimenFields({ form, onChange, showErrors, stored = false }: { form: RegimenForm; onChange(form: RegimenForm): void; showErrors: boolean; stored?: boolean }) {
  const { t, number, lang } = useI18n();
  const { regimen, errors } = parseRegimen(form, t, lang);
  const rows = form.opioids.length ? form.opioids : [{ drug: '', dailyDose: '' }];
  const setRow = (i: number, patch: Partial<{ drug: string; dailyDose: string }>) =>
    onChange({ ...form, opioids: rows.map((row, j) => (j === i ? { ...row, ...patch } : row)) });
  // errors are indexed among the rows that hold something
  const filledIndex = (i: number) => rows.slice(0, i).filter((o) => o.drug !== '' || o.dailyDose.trim() !== '').length;
  return (
    <fieldset className="card regimen" data-testid="regimen" disabled={stored}>
      <legend>{t(W.followUp.regimen)} {stored ? <SavedMark testId="regimen-stored" /> : null}</legend>
      <p className="hint">{t(W.followUp.regimenHelp)}</p>
      {rows.map((row, i) => (
        <div className="form-grid" key={i}>
          <SelectField
            id={`regimen-opioid-${i}`}
            label={t(W.followUp.opioid)}
            value={row.drug}
            options={OPIOIDS.map((drug) => ({ value: drug, label: factValueLabels[drug] ? t(factValueLabels[drug]) : drug }))}
            onChange={(drug) => setRow(i, { drug })}
            errors={showErrors ? errors.get(`opioids.${filledIndex(i)}.drug`) : undefined}
          />
          <TextField
            id={`regimen-dose-${i}`}
            type="number"
            inputMode="decimal"
            min={0}
            label={t(W.followUp.dailyDose)}
            value={row.dailyDose}
            onChange={(dailyDose) => setRow(i, { dailyDose })}
            errors={showErrors ? errors.get(`opioids.${filledIndex(i)}.dailyDose`) : undefined}
          />
        </div>
      ))}
      <button type="button" onClick={() => onChange({ ...form, opioids: [...rows, { drug: '', dailyDose: '' }] })}>{t(W.followUp.addOpioid)}</button>
      <MultiField
        id="regimen-nonOpioid"
        label={t(W.followUp.nonOpioid)}
        values={form.nonOpioid}
        options={NON_OPIOID_ANALGESICS.map((a) => ({ value: a, label: t(W.followUp.nonOpioids[a]) }))}
        onChange={(nonOpioid) => onChange({ ...form, nonOpioid })}
      />
      {regimen && regimen.opioids.length ? (
        <p className="mme" data-testid="regimen-mme">
          <strong>{t(W.followUp.mme, { mme: number(oralMorphineEquivalent(regimen.opioids)) })}</strong>
          <span className="muted"> {t(W.followUp.mmeSource)}</span>
        </p>
      ) : null}
    </fieldset>
  );
}

export interface ComplicationRow {
  kind: string;
  level: string;
  severity: string;
}

const ADVERSE_KINDS = Object.keys(recordText.adverse) as (keyof typeof recordText.adverse)[];
const SEVERITIES = Object.keys(recordText.severities) as (keyof typeof recordText.severities)[];

/** Complications seen at the visit: each becomes an adverse event of the visit's treatment; a stored row is locked. */
export function ComplicationFields({ rows, onChange, errors, stored = new Set() }: { rows: ComplicationRow[]; onChange(rows: ComplicationRow[]): void; errors: Map<number, string[]>; stored?: ReadonlySet<number> }) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<ComplicationRow>) => onChange(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <fieldset className="card complications" data-testid="complications">
      <legend>{t(W.followUp.complications)}</legend>
      <p className="hint">{t(W.followUp.complicationsHelp)}</p>
      {rows.map((row, i) => (
        <fieldset className="plain form-grid" key={i} disabled={stored.has(i)}>
          {stored.has(i) ? <legend><SavedMark testId={`complication-stored-${i}`} /></legend> : null}
          <SelectField id={`complication-kind-${i}`} label={t(W.followUp.complication)} value={row.kind} onChange={(kind) => set(i, { kind })}
            options={ADVERSE_KINDS.map((k) => ({ value: k, label: t(recordText.adverse[k]) }))} errors={errors.get(i)} />
          <SelectField id={`complication-level-${i}`} label={t(W.spine.level)} value={row.level} onChange={(level) => set(i, { level })}
            options={SPINAL_LEVELS.map((l) => ({ value: l, label: l }))} />
          <SelectField id={`complication-severity-${i}`} label={t(recordText.editor.severity)} value={row.severity} onChange={(severity) => set(i, { severity })}
            options={SEVERITIES.map((s) => ({ value: s, label: t(recordText.severities[s]) }))} />
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...rows, { kind: '', level: '', severity: '' }])}>{t(W.followUp.addComplication)}</button>
    </fieldset>
  );
}
