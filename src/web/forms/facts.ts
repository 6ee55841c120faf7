import { LAB_ANALYTES, lesionPainfulFromSins, painTypeFromSins, patientFactsSchema, sinsPainOf, type SinsPain } from '../../knowledge/facts/index.js';
import type { Rec } from '../api.js';
import type { PatientData } from '../patient-data.js';
import { isSpinalLesion, lesionCounts, orderRecordLesions, priorTreatmentTargets, recordLesionFacts } from './record-lesions.js';

/**
 * The decision page's facts form: every widget value is kept as typed text under the fact's
 * path (`labs.plateletsPerUl`, `lesions[0].level`), so nothing the user types is lost; the facts
 * object is built from that text for the core, which validates it and says what is wrong.
 */
export type FactValues = Record<string, string>;

export type FactWidget =
  | { kind: 'enum'; values: string[] }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'list'; numeric: boolean; values?: string[] }
  | { kind: 'object'; required: string[] };

interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
}
interface Schema {
  _zod: { def: Def; values?: Set<unknown> };
}

const def = (s: Schema): Def => s._zod.def;

/** The schema under optional/default/nullable/pipe wrappers; `optional` tells whether it may be left out. */
function unwrap(schema: Schema): { schema: Schema; optional: boolean } {
  let s = schema;
  let optional = false;
  for (;;) {
    const d = def(s);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault') {
      optional = true;
      s = d.innerType!;
    } else if (d.type === 'pipe') {
      s = def(d.in!).type === 'transform' ? d.out! : d.in!;
    } else {
      return { schema: s, optional };
    }
  }
}

/** The schema at a fact path (`lesions[0].level` and `lesions.level` both work). */
function schemaAt(path: string): { schema: Schema; optional: boolean } | null {
  let current: Schema = patientFactsSchema as unknown as Schema;
  let optional = false;
  for (const part of path.replace(/\[\d+\]/g, '.[]').split('.').filter(Boolean)) {
    const u = unwrap(current);
    const d = def(u.schema);
    if (part === '[]') {
      if (d.type !== 'array') return null;
      current = d.element!;
    } else {
      if (d.type !== 'object' || !d.shape?.[part]) return null;
      current = d.shape[part]!;
    }
    optional = false;
  }
  const u = unwrap(current);
  return { schema: u.schema, optional: u.optional || optional };
}

function enumValues(schema: Schema): string[] | null {
  const d = def(schema);
  if (d.type === 'enum' && d.entries) return Object.values(d.entries);
  if (d.type === 'literal') return (d.values ?? [...(schema._zod.values ?? [])]).map(String);
  return null;
}

export function widgetFor(path: string): FactWidget | null {
  const at = schemaAt(path);
  if (!at) return null;
  const d = def(at.schema);
  const values = enumValues(at.schema);
  if (values) return { kind: 'enum', values };
  switch (d.type) {
    case 'number':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'string':
      return d.format === 'date' || /date/i.test(path) ? { kind: 'date' } : { kind: 'text' };
    case 'array': {
      const element = unwrap(d.element!).schema;
      const ev = enumValues(element);
      return { kind: 'list', numeric: def(element).type === 'number', ...(ev ? { values: ev } : {}) };
    }
    case 'object': {
      const required = Object.entries(d.shape ?? {})
        .filter(([, s]) => !unwrap(s).optional)
        .map(([k]) => `${path}.${k}`);
      return { kind: 'object', required };
    }
    default:
      return { kind: 'text' };
  }
}

/** The label key of a path: indices dropped. */
export const labelKey = (path: string): string => path.replace(/\[\d+\]/g, '');

function convert(path: string, text: string): unknown {
  const widget = widgetFor(path);
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  switch (widget?.kind) {
    case 'number': {
      const n = Number(trimmed.replace(',', '.'));
      return Number.isFinite(n) ? n : trimmed;
    }
    case 'boolean':
      return trimmed === 'true' ? true : trimmed === 'false' ? false : trimmed;
    case 'list': {
      const parts = trimmed.split(/[,，、\s]+/).filter(Boolean);
      return widget.numeric ? parts.map((p) => (Number.isFinite(Number(p)) ? Number(p) : p)) : parts;
    }
    default:
      return trimmed;
  }
}

/** The facts object the values stand for; blank fields are left out. */
export function buildFacts(values: FactValues): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  const paths = Object.keys(values).sort();
  for (const path of paths) {
    const value = convert(path, values[path] ?? '');
    if (value === undefined) continue;
    const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.');
    let target: Record<string, unknown> | unknown[] = facts;
    for (let i = 0; i < parts.length - 1; i++) {
      const key = parts[i]!;
      const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
      const container = target as Record<string, unknown>;
      container[key] ??= nextIsIndex ? [] : {};
      target = container[key] as Record<string, unknown>;
    }
    (target as Record<string, unknown>)[parts[parts.length - 1]!] = value;
  }
  // Rows removed in the middle leave holes: close them.
  for (const key of ['lesions', 'opioids', 'priorTreatments']) {
    if (Array.isArray(facts[key])) facts[key] = (facts[key] as unknown[]).filter((row) => row !== undefined);
  }
  return facts;
}

const latest = (records: readonly Rec[], instrument: string): Rec | undefined =>
  records.filter((a) => a.instrument === instrument).sort((a, b) => String(b.assessedOn).localeCompare(String(a.assessedOn)))[0];

const s = (v: unknown): string => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v));

/** Prefill from the record: what the registry already knows, as form text. */
export function factsFromRecord(data: PatientData, today: string): FactValues {
  const v: FactValues = { decisionDate: today };
  const { patient } = data;
  // a deceased patient's age is their age at death
  const death = data.outcomes.filter((o) => o.kind === 'death').map((o) => String(o.occurredOn)).sort()[0];
  const until = death && death < today ? death : today;
  if (typeof patient.birthYear === 'number') v['patient.age'] = String(Number(until.slice(0, 4)) - patient.birthYear);
  v['patient.sex'] = s(patient.sex);
  const primary = data.primaries[0];
  if (primary) {
    v['primary.histology'] = s(primary.histology);
    if (primary.breastSubtype) v['primary.breastSubtype'] = s(primary.breastSubtype);
    if (primary.egfr) v['primary.egfr'] = s(primary.egfr);
    if (primary.alk) v['primary.alk'] = s(primary.alk);
  }
  const kps = latest(data.assessments, 'kps');
  if (kps) v.kps = s((kps.inputs as Record<string, unknown>).kps);
  const vas = latest(data.assessments, 'vas');
  if (vas) {
    const inputs = vas.inputs as Record<string, unknown>;
    v['pain.score'] = s(inputs.score);
    if (inputs.painType) v['pain.type'] = s(inputs.painType);
  }
  const frankel = latest(data.assessments, 'frankel');
  if (frankel) v['neurology.frankel'] = s((frankel.inputs as Record<string, unknown>).grade);
  for (const [analyte, { fact }] of Object.entries(LAB_ANALYTES)) {
    const lab = data.labs.filter((l) => l.analyte === analyte).sort((a, b) => String(b.measuredOn).localeCompare(String(a.measuredOn)))[0];
    if (lab) v[`labs.${fact}`] = s(lab.value);
  }
  const lesions = orderRecordLesions(data.lesions);
  lesions.forEach((lesion, i) => {
    const p = `lesions[${i}]`;
    for (const [field, value] of Object.entries(recordLesionFacts(lesion))) v[`${p}.${field}`] = value;
    if (!isSpinalLesion(lesion)) return;
    const own = data.assessments.filter((a) => a.lesionId === lesion.id);
    const sins = latest(own, 'sins');
    if (sins && typeof sins.total === 'number') v[`${p}.sins`] = String(sins.total);
    const painful = lesionPainfulFromSins(sinsPainOf(sins?.inputs));
    if (painful !== undefined) v[`${p}.painful`] = String(painful);
    const tomita = latest(own, 'tomita-type');
    if (tomita) {
      const inputs = tomita.inputs as Record<string, unknown>;
      v[`${p}.tomitaSites`] = s(inputs.sites);
      if (typeof inputs.adjacentVertebrae === 'boolean') v[`${p}.adjacentVertebrae`] = String(inputs.adjacentVertebrae);
    }
  });
  const counts = lesionCounts(data.lesions);
  if (counts.spinal) v['metastases.spinal'] = String(counts.spinal);
  if (counts.extraspinalBone) v['metastases.extraspinalBone'] = String(counts.extraspinalBone);
  // without a score now, the decision page reads the type once a score is typed
  const painType = painTypeFromSins(lesionSinsPains(data), { score: v['pain.score'], type: v['pain.type'] });
  if (painType) v['pain.type'] = painType;
  const prior = data.treatments.filter((t) => ['pvp', 'pkp', 'radiotherapy', 'surgery', 'ablation'].includes(String(t.kind)));
  let row = 0;
  for (const t of prior) {
    const details = (t.details ?? {}) as Record<string, unknown>;
    const kind = t.kind === 'pkp' ? 'pvp'
      : t.kind === 'radiotherapy' ? (details.technique === 'sbrt' || details.technique === 'ssrs' ? 'sbrt' : 'radiotherapy')
        : t.kind === 'surgery' ? (details.procedure === 'separation-surgery' ? 'separation-surgery' : 'surgery')
          : String(t.kind);
    // one row per place it was given: the spine (its levels) and each extraspinal bone it names
    for (const target of priorTreatmentTargets(t, data.lesions)) {
      const p = `priorTreatments[${row++}]`;
      v[`${p}.kind`] = kind;
      v[`${p}.date`] = s(t.endedOn ?? t.startedOn);
      if (target.site) v[`${p}.site`] = target.site;
      if (target.levels?.length) v[`${p}.levels`] = target.levels.join(', ');
      if (target.longBone) v[`${p}.longBone`] = target.longBone;
      if (typeof details.doseGy === 'number') v[`${p}.doseGy`] = String(details.doseGy);
      if (typeof details.fractions === 'number') v[`${p}.fractions`] = String(details.fractions);
    }
  }
  // systemic therapy from the treatments: ongoing while no end date is recorded
  const systemic = data.treatments.filter((t) => t.kind === 'systemic' || t.kind === 'bone-modifying-agent');
  systemic.forEach((t, i) => {
    const details = (t.details ?? {}) as Record<string, unknown>;
    const p = `systemicTherapy[${i}]`;
    v[`${p}.agent`] = s(details.agent);
    const cls = t.kind === 'bone-modifying-agent' ? (details.agent === 'denosumab' ? 'denosumab' : 'bisphosphonate') : s(details.class);
    if (cls) v[`${p}.class`] = cls;
    v[`${p}.ongoing`] = t.endedOn ? 'false' : 'true';
    if (t.endedOn) v[`${p}.lastDoseDate`] = s(t.endedOn);
  });
  return v;
}

/** The pain item of each lesion's latest SINS (undefined where none is recorded), for the core to read. */
export function lesionSinsPains(data: PatientData): (SinsPain | undefined)[] {
  return data.lesions.map((lesion) => sinsPainOf(latest(data.assessments.filter((a) => a.lesionId === lesion.id), 'sins')?.inputs));
}

/** How many rows of an array fact the values hold. */
export function rowCount(values: FactValues, key: string): number {
  let max = -1;
  const re = new RegExp(`^${key}\\[(\\d+)\\]`);
  for (const path of Object.keys(values)) {
    const m = re.exec(path);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

/** Where a prefilled fact came from: the latest stored decision (with its date) or the record. */
export interface FactSource {
  from: 'decision' | 'record';
  on?: string;
}

/** The form text of a facts object (the inverse of `buildFacts`). */
export function flattenFacts(value: unknown, prefix = '', out: FactValues = {}): FactValues {
  if (value === null || value === undefined) return out;
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) out[prefix] = value.map(String).join(', ');
    else value.forEach((row, i) => flattenFacts(row, `${prefix}[${i}]`, out));
  } else if (typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) flattenFacts(v, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out[prefix] = String(value);
  }
  return out;
}

const rowsOf = (values: FactValues, key: string): FactValues[] => {
  const rows: FactValues[] = [];
  const re = new RegExp(`^${key}\\[(\\d+)\\]\\.(.+)$`);
  for (const [path, v] of Object.entries(values)) {
    const m = re.exec(path);
    if (m) (rows[Number(m[1])] ??= {})[m[2]!] = v;
  }
  return rows.filter(Boolean);
};
const withoutRows = (values: FactValues, key: string): FactValues =>
  Object.fromEntries(Object.entries(values).filter(([path]) => !path.startsWith(`${key}[`)));

/**
 * The facts form prefilled: the latest stored decision, merged with the record where the record
 * is newer (assessments on or after the decision's day) or is the registry's own (patient, primary,
 * lesions by level, prior treatments); each value says where it came from.
 */
export function prefillFacts(data: PatientData, today: string): { values: FactValues; sources: Record<string, FactSource> } {
  const record = factsFromRecord(data, today);
  const sources: Record<string, FactSource> = {};
  const decision = [...data.decisions].sort((a, b) => `${String(b.decidedOn)}${String(b.createdAt)}`.localeCompare(`${String(a.decidedOn)}${String(a.createdAt)}`))[0];
  if (!decision) {
    for (const path of Object.keys(record)) if (path !== 'decisionDate') sources[path] = { from: 'record' };
    return { values: record, sources };
  }
  const decidedOn = String(decision.decidedOn);
  const stored = flattenFacts(decision.facts);
  delete stored.decisionDate;
  const values: FactValues = { ...stored };
  for (const path of Object.keys(stored)) sources[path] = { from: 'decision', on: decidedOn };
  const fromRecord = (path: string) => {
    if (record[path] === undefined) return;
    values[path] = record[path];
    sources[path] = { from: 'record' };
  };
  // assessments: the record's value only when assessed on or after the decision's day
  const newer = (instrument: string) => data.assessments.some((a) => a.instrument === instrument && String(a.assessedOn) >= decidedOn);
  if (newer('kps')) fromRecord('kps');
  if (newer('vas')) { fromRecord('pain.score'); fromRecord('pain.type'); }
  else if (newer('sins')) {
    const painType = painTypeFromSins(lesionSinsPains(data), { score: values['pain.score'], type: values['pain.type'] });
    if (painType) {
      values['pain.type'] = painType;
      sources['pain.type'] = { from: 'record' };
    }
  }
  if (newer('frankel')) fromRecord('neurology.frankel');
  for (const [analyte, { fact }] of Object.entries(LAB_ANALYTES)) {
    if (data.labs.some((l) => l.analyte === analyte && String(l.measuredOn) >= decidedOn)) fromRecord(`labs.${fact}`);
  }
  for (const path of ['patient.age', 'patient.sex', 'primary.histology', 'primary.breastSubtype', 'primary.egfr', 'primary.alk', 'metastases.spinal']) fromRecord(path);
  values.decisionDate = today;
  // lesions: the record's rows by level, keeping what only the decision knew of the same level
  const recordLesions = rowsOf(record, 'lesions');
  if (recordLesions.length) {
    const storedLesions = rowsOf(stored, 'lesions');
    const merged = withoutRows(values, 'lesions');
    for (const path of Object.keys(sources)) if (path.startsWith('lesions[')) delete sources[path];
    recordLesions.forEach((row, i) => {
      const sameLesion = (r: FactValues) => (r.site ?? 'spine') === (row.site ?? 'spine') && r.level === row.level && r.longBone === row.longBone;
      const before = storedLesions.find(sameLesion) ?? {};
      for (const [field, v] of Object.entries(before)) {
        merged[`lesions[${i}].${field}`] = v;
        sources[`lesions[${i}].${field}`] = { from: 'decision', on: decidedOn };
      }
      for (const [field, v] of Object.entries(row)) {
        merged[`lesions[${i}].${field}`] = v;
        sources[`lesions[${i}].${field}`] = { from: 'record' };
      }
    });
    // extraspinal lesions only the decision knows stay, after the record's (never silently dropped)
    const extraspinal = (row: FactValues) => row.site !== undefined && row.site !== 'spine';
    const inRecord = (row: FactValues) => recordLesions.some((r) => r.site === row.site && r.longBone === row.longBone);
    storedLesions.filter((row) => extraspinal(row) && !inRecord(row)).forEach((row, k) => {
      const i = recordLesions.length + k;
      for (const [field, v] of Object.entries(row)) {
        merged[`lesions[${i}].${field}`] = v;
        sources[`lesions[${i}].${field}`] = { from: 'decision', on: decidedOn };
      }
    });
    Object.keys(values).forEach((k) => delete values[k]);
    Object.assign(values, merged);
  }
  for (const key of ['priorTreatments', 'systemicTherapy']) replaceRows(key);
  return { values, sources };

  function replaceRows(key: string): void {
    if (!rowsOf(record, key).length) return;
    const merged = withoutRows(values, key);
    for (const path of Object.keys(sources)) if (path.startsWith(`${key}[`)) delete sources[path];
    for (const [path, v] of Object.entries(record)) {
      if (!path.startsWith(`${key}[`)) continue;
      merged[path] = v;
      sources[path] = { from: 'record' };
    }
    Object.keys(values).forEach((k) => delete values[k]);
    Object.assign(values, merged);
  }
}
