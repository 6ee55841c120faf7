import { HISTOLOGY_IDS } from '../../knowledge/histology.js';
import { SPINAL_LEVELS } from '../../knowledge/anatomy/spine.js';
import { INSTRUMENT_IDS, type InstrumentId } from '../../knowledge/instruments/index.js';
import { BONE_AGENTS, TREATMENT_KINDS } from '../../boundary/codes.js';
import { NON_OPIOID_ANALGESICS, OPIOIDS, analgesicRegimenSchema, type NonOpioidAnalgesic, type Opioid } from '../../knowledge/facts/therapy.js';
import type { EntityName, Fields } from '../../registry/entities.js';
import {
  ACT_REASON, AE_SEVERITY, BONEMET_CS, BONE_AGENT_RXNORM, DISEASE_STATUS_LOINC, ECOG_LOINC, EXT, HISTOLOGY_SNOMED, INSTRUMENT_LOINC, MCODE_EXT,
  NON_OPIOID_CATEGORY, NON_OPIOID_RXNORM, OPIOID_CATEGORY, OPIOID_RXNORM, PROFILE, RADIOTHERAPY_COURSE, RT_TECHNIQUE_SNOMED, RXNORM, SID_PATIENT_CODE, SID_RECORD,
  SNOMED, TRANSDERMAL_ROUTE, VERTEBRA_SNOMED, BONE_SNOMED, BONES, type Bone,
} from './codes.js';
import { LESION_SITES, LONG_BONES } from '../../knowledge/facts/lesion.js';
import { VALUE_KEY } from './export.js';
import type { FhirResource, Identifier, OperationOutcomeIssue } from './types.js';

/**
 * FHIR R4 → registry records (docs/interoperability.md). Pure: reads a Bundle and plans the
 * registry writes, each field with the FHIRPath of the element it came from, so that every
 * error — here or from the registry's own schemas — names its element
 * (`Bundle.entry[3].resource.valueQuantity`). The registry side (src/registry/fhir-store.ts)
 * resolves references, matches identifiers and writes everything in one transaction.
 */

/** A reference to another resource: an entry of the Bundle (by fullUrl or Type/id) or a registry record (Type/<uuid>). */
export interface PlannedRef {
  field: string;
  reference: string;
  path: string;
  /** One of a list of ids (a treatment's `lesionIds`), in the order given. */
  list?: true;
}

export interface PlannedRecord {
  /** Index of the Bundle entry. */
  entry: number;
  /** FHIRPath of the resource (`Bundle.entry[3].resource`). */
  at: string;
  entity: EntityName;
  identifiers: Identifier[];
  fields: Fields;
  patient?: PlannedRef;
  refs: PlannedRef[];
  /** Registry field (dotted: `inputs.score`, `details.levels`) → FHIRPath of the element it came from. */
  paths: Record<string, string>;
  /**
   * A follow-up visit's analgesic regimen (entity `follow-up-visits`, fields `{ analgesics }`): the
   * visit is updated, never created — found by its treatment (the `treatmentId` ref) and month, or
   * else by a day (`on`: the visit completed that day, else the one whose window holds it).
   * `path` names the element that says which visit.
   */
  visit?: { month?: number; on?: string; path: string };
  /** Further Bundle entries read into this record (the other analgesic statements of the visit). */
  alsoEntries?: number[];
  /** A Procedure's reasonReference: those naming a lesion become its `lesionIds` once every entry is read. */
  reasons?: { reference: string; path: string }[];
}

export interface ImportPlan {
  records: PlannedRecord[];
  /** Keys an entry may be referred to by (fullUrl, Type/id) → entry index. */
  keys: Map<string, number>;
  /** Entries deliberately not imported (derived values), with why. */
  skipped: { entry: number; diagnostics: string }[];
  issues: OperationOutcomeIssue[];
}

export const IMPORTED_TYPES = ['Patient', 'Condition', 'Observation', 'Procedure', 'MedicationStatement', 'AdverseEvent'] as const;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const date = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined);
const codings = (concept: unknown): { system?: string; code?: string; display?: string }[] => arr(obj(concept)?.coding).map((c) => obj(c) ?? {});
const codeIn = (concept: unknown, system: string): string | undefined => codings(concept).find((c) => c.system === system && typeof c.code === 'string')?.code;
const bonemetCode = (concept: unknown, prefix: string): string | undefined => {
  const found = codings(concept).find((c) => c.system === BONEMET_CS && typeof c.code === 'string' && c.code.startsWith(prefix));
  return found?.code?.slice(prefix.length);
};
const hasCode = (concept: unknown, system: string, code: string) => codings(concept).some((c) => c.system === system && c.code === code);
const profiles = (r: Json) => arr(obj(r.meta)?.profile).filter((p): p is string => typeof p === 'string');

/** The index and value of the extension with this url (first one). */
function extension(r: Json, url: string): { value: Json; index: number } | undefined {
  const list = arr(r.extension);
  const index = list.findIndex((e) => obj(e)?.url === url);
  return index < 0 ? undefined : { value: obj(list[index])!, index };
}
function extensions(r: Json, url: string): { value: Json; index: number }[] {
  return arr(r.extension).flatMap((e, index) => (obj(e)?.url === url ? [{ value: obj(e)!, index }] : []));
}
/** The value[x] of an element: its JSON property name and value. */
function valueOf(element: Json): { key: string; value: unknown } | undefined {
  const key = Object.keys(element).find((k) => /^value[A-Z]/.test(k) && element[k] !== undefined);
  return key ? { key, value: element[key] } : undefined;
}

const LEVEL_SET = new Set<string>(SPINAL_LEVELS);
const LEVEL_BY_SNOMED = new Map(Object.entries(VERTEBRA_SNOMED).map(([level, c]) => [c.code, level]));
/** A spinal level from a bodySite / coding: bonemet `vertebra-T12`, the SNOMED CT vertebra (23215003), or the text "T12". */
function levelOf(concept: unknown): string | undefined {
  const coded = bonemetCode(concept, 'vertebra-');
  if (coded && LEVEL_SET.has(coded)) return coded;
  const snomed = codings(concept).map((c) => (c.system === SNOMED ? LEVEL_BY_SNOMED.get(c.code ?? '') : undefined)).find(Boolean);
  if (snomed) return snomed;
  const c = obj(concept);
  const fromCoding = obj(c)?.code;
  if (typeof fromCoding === 'string' && fromCoding.startsWith('vertebra-') && LEVEL_SET.has(fromCoding.slice(9))) return fromCoding.slice(9);
  const text = str(c?.text)?.toUpperCase();
  return text && LEVEL_SET.has(text) ? text : undefined;
}

const BONE_SET = new Set<string>(BONES);
const BONE_BY_SNOMED = new Map(Object.entries(BONE_SNOMED).map(([bone, c]) => [c.code, bone as Bone]));
/** An extraspinal lesion's site (and long bone) from its bodySite: the bonemet `bone-<bone>` code or the SNOMED CT bone. */
function boneSiteOf(concept: unknown): { site: string; longBone?: string } | undefined {
  const coded = bonemetCode(concept, 'bone-');
  const bone = coded && BONE_SET.has(coded) ? coded : codings(concept).map((c) => (c.system === SNOMED ? BONE_BY_SNOMED.get(c.code ?? '') : undefined)).find(Boolean);
  if (!bone) return undefined;
  return (LONG_BONES as readonly string[]).includes(bone) ? { site: 'long-bone', longBone: bone } : (LESION_SITES as readonly string[]).includes(bone) ? { site: bone } : undefined;
}

function identifiersOf(r: Json): Identifier[] {
  const list = Array.isArray(r.identifier) ? r.identifier : r.identifier ? [r.identifier] : [];
  return list.flatMap((i) => {
    const id = obj(i);
    return id && str(id.system) && str(id.value) ? [{ system: str(id.system)!, value: str(id.value)! }] : [];
  });
}

function noteOf(r: Json, at: string, paths: Record<string, string>): string | undefined {
  const notes = arr(r.note).map((n) => str(obj(n)?.text)).filter(Boolean);
  if (notes.length) {
    paths.notes = `${at}.note`;
    return notes.join('\n');
  }
  const ext = extension(r, EXT.note);
  if (ext) {
    paths.notes = `${at}.extension[${ext.index}]`;
    return str(ext.value.valueString);
  }
  return undefined;
}

/** Reads a Bundle into planned registry writes; structural problems become issues with their FHIRPath. */
export function planImport(bundle: unknown): ImportPlan {
  const plan: ImportPlan = { records: [], keys: new Map(), skipped: [], issues: [] };
  const error = (expression: string, diagnostics: string, code = 'invalid') => plan.issues.push({ severity: 'error', code, diagnostics, expression: [expression] });
  const b = obj(bundle);
  if (!b || b.resourceType !== 'Bundle') {
    error('Bundle', 'send a FHIR Bundle (resourceType "Bundle")', 'structure');
    return plan;
  }
  if (!['transaction', 'collection', 'searchset', 'batch'].includes(String(b.type))) {
    error('Bundle.type', `"${String(b.type)}" is not accepted; accepted: transaction, collection (also searchset: an export of this system)`, 'value');
  }
  const entries = arr(b.entry);
  if (entries.length === 0) error('Bundle.entry', 'the Bundle has no entries', 'required');
  const analgesics: AnalgesicItem[] = [];
  entries.forEach((e, i) => {
    const entry = obj(e);
    const at = `Bundle.entry[${i}].resource`;
    const resource = obj(entry?.resource);
    if (!resource) return error(`Bundle.entry[${i}]`, 'an entry without a resource', 'required');
    if (str(entry?.fullUrl)) plan.keys.set(str(entry!.fullUrl)!, i);
    if (str(resource.id) && typeof resource.resourceType === 'string') {
      plan.keys.set(`${resource.resourceType}/${String(resource.id)}`, i);
      if (str(entry?.fullUrl)) plan.keys.set(str(entry!.fullUrl)!.replace(/^.*\/(\w+\/[^/]+)$/, '$1'), i);
    }
    const method = str(obj(entry?.request)?.method);
    if (method && method !== 'POST' && method !== 'PUT') error(`Bundle.entry[${i}].request.method`, `${method} is not accepted; accepted: POST, PUT (both create or update by identifier)`, 'not-supported');
    const type = resource.resourceType;
    const reader = READERS[type as (typeof IMPORTED_TYPES)[number]];
    if (!reader) return error(`${at}.resourceType`, `${JSON.stringify(type)} is not imported; accepted: ${IMPORTED_TYPES.join(', ')}`, 'not-supported');
    reader({ resource, at, entry: i, plan, error, analgesics });
  });
  planRegimens(plan, analgesics, error);
  planTreatedLesions(plan);
  return plan;
}

/**
 * A treatment's lesions: the reasons of a Procedure that are lesion entries of the Bundle, or
 * registry Conditions (`Condition/<uuid>`, checked to be a lesion of the patient when written);
 * other reasons (another system's problems) are not the registry's to record.
 */
function planTreatedLesions(plan: ImportPlan): void {
  const lesionEntries = new Set(plan.records.filter((r) => r.entity === 'lesions').map((r) => r.entry));
  for (const record of plan.records) {
    const lesions = (record.reasons ?? []).filter((reason) => {
      const local = plan.keys.get(reason.reference);
      return local !== undefined ? lesionEntries.has(local) : /^Condition\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(reason.reference);
    });
    lesions.forEach((reason, j) => {
      record.refs.push({ field: 'lesionIds', reference: reason.reference, path: reason.path, list: true });
      record.paths[`lesionIds[${j}]`] = reason.path;
    });
    if (lesions.length) record.paths.lesionIds = lesions[0]!.path.replace(/\[\d+\]$/, '');
    delete record.reasons;
  }
}

interface ReaderContext {
  resource: Json;
  at: string;
  entry: number;
  plan: ImportPlan;
  error: (expression: string, diagnostics: string, code?: string) => void;
  /** Analgesic statements read so far (grouped into one regimen per visit once every entry is read). */
  analgesics: AnalgesicItem[];
}

function add(ctx: ReaderContext, entity: EntityName, fields: Fields, paths: Record<string, string>, refs: PlannedRef[] = [], withPatient = true): PlannedRecord {
  const { resource, at } = ctx;
  const subject = str(obj(resource.subject)?.reference) ?? str(obj(resource.patient)?.reference);
  if (withPatient && !subject) ctx.error(`${at}.subject`, 'required: a reference to the patient (Patient/… or the fullUrl of the Patient entry)', 'required');
  const record: PlannedRecord = {
    entry: ctx.entry, at, entity, identifiers: identifiersOf(resource), fields,
    ...(withPatient && subject ? { patient: { field: 'patientId', reference: subject, path: `${at}.subject` } } : {}),
    refs, paths,
  };
  ctx.plan.records.push(record);
  return record;
}

const READERS: Record<(typeof IMPORTED_TYPES)[number], (ctx: ReaderContext) => void> = {
  Patient(ctx) {
    const { resource: r, at } = ctx;
    const paths: Record<string, string> = {};
    const ids = identifiersOf(r);
    const codeId = ids.find((i) => i.system === SID_PATIENT_CODE) ?? ids.find((i) => !i.system.startsWith(SID_RECORD));
    paths.code = `${at}.identifier`;
    const name = arr(r.name).map((n) => obj(n) ?? {}).map((n) => str(n.text) ?? [...arr(n.given), n.family].filter((p) => typeof p === 'string').join(' ')).find(Boolean);
    paths.name = `${at}.name`;
    paths.sex = `${at}.gender`;
    const gender = r.gender;
    if (gender !== undefined && gender !== 'female' && gender !== 'male') ctx.error(`${at}.gender`, `"${String(gender)}" is not recorded by the registry; accepted: female, male`, 'value');
    const fields: Fields = { code: codeId?.value, name, sex: gender };
    if (typeof r.birthDate === 'string') {
      fields.birthYear = Number(r.birthDate.slice(0, 4));
      paths.birthYear = `${at}.birthDate`;
    }
    for (const [field, url, key] of [['cohort', EXT.cohort, 'valueString'], ['studyArm', EXT.studyArm, 'valueString'], ['enrolledOn', EXT.enrolledOn, 'valueDate'], ['lastContactOn', EXT.lastContactOn, 'valueDate']] as const) {
      const ext = extension(r, url);
      if (ext) {
        fields[field] = ext.value[key];
        paths[field] = `${at}.extension[${ext.index}].${key}`;
      }
    }
    const notes = noteOf(r, at, paths);
    if (notes) fields.notes = notes;
    if (arr(obj(r.meta)?.security).some((s) => obj(s)?.system === ACT_REASON && obj(s)?.code === 'HTEST')) fields.synthetic = true;
    add(ctx, 'patients', fields, paths, [], false);
    if (r.deceasedBoolean === true && !r.deceasedDateTime) ctx.error(`${at}.deceasedBoolean`, 'the registry records the date of death: give deceasedDateTime', 'required');
    if (r.deceasedDateTime !== undefined) {
      ctx.plan.records.push({
        entry: ctx.entry, at, entity: 'outcome-events', identifiers: [],
        fields: { kind: 'death', occurredOn: date(r.deceasedDateTime) ?? r.deceasedDateTime },
        patient: { field: 'patientId', reference: `#entry-${ctx.entry}`, path: at }, refs: [], paths: { occurredOn: `${at}.deceasedDateTime` },
      });
    }
  },

  Condition(ctx) {
    const { resource: r, at } = ctx;
    const paths: Record<string, string> = {};
    const ids = identifiersOf(r);
    const category = arr(r.category);
    const isLesion = ids.some((i) => i.system === `${SID_RECORD}/lesions`) || category.some((c) => bonemetCode(c, 'lesion') === '') || !!extension(r, EXT.lesion);
    const siteKind = category.map((c) => bonemetCode(c, 'metastasis-')).find(Boolean);
    const secondary = ids.some((i) => i.system === `${SID_RECORD}/metastatic-sites`) || !!siteKind || profiles(r).includes(PROFILE.secondaryCancerCondition)
      || ['94222008', '94225005', '128462008'].some((code) => hasCode(r.code, 'http://snomed.info/sct', code));
    const onset = date(r.onsetDateTime) ?? date(r.recordedDate);
    const notes = noteOf(r, at, paths);
    const bodySite = arr(r.bodySite)[0];
    if (isLesion) {
      const lesionExt = extension(r, EXT.lesion);
      const fields: Fields = { level: levelOf(bodySite), detectedOn: onset, notes };
      paths.level = `${at}.bodySite[0]`;
      paths.detectedOn = `${at}.onsetDateTime`;
      if (lesionExt) {
        const zones: number[] = [];
        arr(lesionExt.value.extension).forEach((e, j) => {
          const sub = obj(e) ?? {};
          const value = valueOf(sub);
          if (!value || typeof sub.url !== 'string') return;
          if (sub.url === 'wbbZone') zones.push(value.value as number);
          else if (sub.url !== 'level') fields[sub.url] = value.value;
          paths[sub.url === 'wbbZone' ? 'wbbZones' : sub.url] = `${at}.extension[${lesionExt.index}].extension[${j}].${value.key}`;
        });
        if (zones.length) fields.wbbZones = zones;
      }
      // another system's extraspinal lesion: the site and bone read from the bodySite
      const bone = fields.site === undefined && fields.level === undefined ? boneSiteOf(bodySite) : undefined;
      if (bone) {
        Object.assign(fields, bone);
        paths.site = paths.longBone = `${at}.bodySite[0]`;
      }
      add(ctx, 'lesions', fields, paths);
      return;
    }
    if (secondary) {
      const level = levelOf(bodySite);
      const kind = siteKind ?? (hasCode(r.code, 'http://snomed.info/sct', '94225005') ? 'brain' : hasCode(r.code, 'http://snomed.info/sct', '94222008') ? (level ? 'spine' : 'extraspinal-bone') : 'visceral');
      paths.kind = `${at}.code`;
      paths.location = `${at}.bodySite[0]`;
      paths.detectedOn = `${at}.onsetDateTime`;
      const fields: Fields = { kind, location: level ?? str(obj(bodySite)?.text), detectedOn: onset, notes };
      const resectable = extension(r, EXT.resectable);
      if (resectable) {
        fields.resectable = resectable.value.valueBoolean;
        paths.resectable = `${at}.extension[${resectable.index}].valueBoolean`;
      }
      add(ctx, 'metastatic-sites', fields, paths);
      return;
    }
    const bonemetHistology = bonemetCode(r.code, 'histology-');
    const snomed = codeIn(r.code, 'http://snomed.info/sct');
    const histology = bonemetHistology ?? (Object.entries(HISTOLOGY_SNOMED).find(([, c]) => c.code === snomed)?.[0]);
    if (!histology || !(HISTOLOGY_IDS as readonly string[]).includes(histology)) {
      ctx.error(`${at}.code`, `no primary histology bonemet knows in ${JSON.stringify(codings(r.code).map((c) => `${c.system ?? ''}|${c.code ?? ''}`))}: use a bonemet histology-<id> code (GET /fhir/CodeSystem/bonemet) or one of the SNOMED CT concepts in docs/interoperability.md`, 'code-invalid');
      return;
    }
    paths.histology = `${at}.code`;
    paths.diagnosedOn = `${at}.onsetDateTime`;
    const fields: Fields = { histology, diagnosedOn: onset, notes };
    for (const [field, url] of [['breastSubtype', EXT.breastSubtype], ['egfr', EXT.egfr], ['alk', EXT.alk]] as const) {
      const ext = extension(r, url);
      if (ext) {
        fields[field] = ext.value.valueCode;
        paths[field] = `${at}.extension[${ext.index}].valueCode`;
      }
    }
    add(ctx, 'primary-tumours', fields, paths);
  },

  Observation(ctx) {
    const { resource: r, at } = ctx;
    const paths: Record<string, string> = {};
    const effective = date(r.effectiveDateTime) ?? date(obj(r.effectivePeriod)?.start);
    const notes = noteOf(r, at, paths);
    const partOf = str(obj(arr(r.partOf)[0])?.reference);
    const refs: PlannedRef[] = partOf ? [{ field: 'treatmentId', reference: partOf, path: `${at}.partOf[0]` }] : [];
    if (hasCode(r.code, ECOG_LOINC.system, ECOG_LOINC.code)) {
      if (arr(r.derivedFrom).length || arr(obj(r.meta)?.tag).some((t) => obj(t)?.code === 'ecog-from-kps')) {
        ctx.plan.skipped.push({ entry: ctx.entry, diagnostics: 'ECOG derived from a KPS of the same Bundle: not stored (the registry derives it)' });
        return;
      }
      ctx.error(`${at}.code`, 'the registry records performance status as KPS (LOINC 89243-0), not ECOG: send the KPS', 'not-supported');
      return;
    }
    if (hasCode(r.code, DISEASE_STATUS_LOINC.system, DISEASE_STATUS_LOINC.code) || bonemetCode(r.code, 'sre') === '' || bonemetCode(r.code, 'last-contact') === '') {
      const kind = bonemetCode(r.code, 'sre') === '' ? 'sre' : bonemetCode(r.code, 'last-contact') === '' ? 'last-contact' : 'local-progression';
      if (kind === 'local-progression' && !hasCode(r.valueCodeableConcept, 'http://snomed.info/sct', '271299001')) {
        ctx.error(`${at}.valueCodeableConcept`, 'only progression (SNOMED CT 271299001 "Patient\'s condition worsened") is recorded as an outcome event', 'not-supported');
        return;
      }
      paths.occurredOn = `${at}.effectiveDateTime`;
      add(ctx, 'outcome-events', { kind, occurredOn: effective, notes }, paths, refs);
      return;
    }
    const loinc = codeIn(r.code, 'http://loinc.org');
    const instrument = (bonemetCode(r.code, 'instrument-') ?? (Object.entries(INSTRUMENT_LOINC).find(([, c]) => c.code === loinc)?.[0])) as InstrumentId | undefined;
    if (!instrument || !(INSTRUMENT_IDS as readonly string[]).includes(instrument)) {
      ctx.error(`${at}.code`, `not an instrument bonemet records: use LOINC 89243-0 (KPS), 72514-3 (pain 0–10) or a bonemet instrument-<id> code`, 'code-invalid');
      return;
    }
    paths.assessedOn = `${at}.effectiveDateTime`;
    const inputs: Json = {};
    const valueKey = VALUE_KEY[instrument];
    const value = valueOf(r);
    if (valueKey && value) {
      const v = value.key === 'valueQuantity' ? obj(value.value)?.value : value.value;
      inputs[valueKey] = v;
      paths[`inputs.${valueKey}`] = `${at}.${value.key}`;
    } else if (valueKey) paths[`inputs.${valueKey}`] = `${at}.value`;
    arr(r.component).forEach((c, j) => {
      const component = obj(c) ?? {};
      const code = codings(component.code).find((x) => x.system === BONEMET_CS && x.code?.startsWith(`${instrument}.`))?.code;
      if (!code) return ctx.error(`${at}.component[${j}].code`, `a component of ${instrument} needs a bonemet code "${instrument}.<item>"`, 'code-invalid');
      const key = code.slice(instrument.length + 1);
      const v = valueOf(component);
      if (!v) return ctx.error(`${at}.component[${j}]`, 'a component without a value', 'required');
      let item: unknown = v.key === 'valueQuantity' ? obj(v.value)?.value : v.key === 'valueCodeableConcept' ? codings(v.value)[0]?.code : v.value;
      if (v.key === 'valueString' && typeof item === 'string' && /^[[{]/.test(item)) {
        try {
          item = JSON.parse(item);
        } catch {
          /* left as text: the instrument's schema reports it */
        }
      }
      inputs[key] = item;
      paths[`inputs.${key}`] = `${at}.component[${j}].${v.key}`;
    });
    paths.inputs = `${at}.component`;
    const focus = str(obj(arr(r.focus)[0])?.reference);
    const lesionRefs: PlannedRef[] = focus ? [{ field: 'lesionId', reference: focus, path: `${at}.focus[0]` }] : [];
    add(ctx, 'assessments', { instrument, assessedOn: effective, inputs }, paths, lesionRefs);
  },

  Procedure(ctx) {
    const { resource: r, at } = ctx;
    const paths: Record<string, string> = {};
    const kindCode = bonemetCode(r.code, 'treatment-') ?? bonemetCode(r.category, 'treatment-');
    const codes = codings(r.code).map((c) => c.code ?? '');
    const kind = kindCode === 'cementoplasty' ? 'ablation'
      : kindCode && (TREATMENT_KINDS as readonly string[]).includes(kindCode) ? kindCode
        : hasCode(r.code, RADIOTHERAPY_COURSE.system, RADIOTHERAPY_COURSE.code) || profiles(r).includes(PROFILE.radiotherapyCourseSummary) ? 'radiotherapy'
          : codes.some((c) => c.startsWith('surgery-')) ? 'surgery' : codes.some((c) => c.startsWith('ablation-')) ? 'ablation' : undefined;
    if (!kind || kind === 'systemic' || kind === 'bone-modifying-agent') {
      ctx.error(`${at}.code`, 'not a procedure bonemet records: use a bonemet treatment-<pvp|pkp|surgery|ablation|radiotherapy> code or the mCODE radiotherapy course summary', 'code-invalid');
      return;
    }
    const period = obj(r.performedPeriod);
    const startedOn = date(period?.start) ?? date(r.performedDateTime);
    const endedOn = date(period?.end) ?? (r.performedDateTime !== undefined && r.status === 'completed' ? date(r.performedDateTime) : undefined);
    paths.startedOn = period ? `${at}.performedPeriod.start` : `${at}.performedDateTime`;
    paths.endedOn = `${at}.performedPeriod.end`;
    paths.kind = `${at}.code`;
    const levels = arr(r.bodySite).map(levelOf);
    arr(r.bodySite).forEach((_s, j) => (paths[`details.levels[${j}]`] = `${at}.bodySite[${j}]`));
    const bodyLevels = levels.filter((l): l is string => !!l);
    const details: Json = {};
    if (kind === 'pvp' || kind === 'pkp') {
      const perLevel = extensions(r, EXT.augmentation);
      details.levels = perLevel.map(({ value, index }, j) => {
        const level: Json = { leaks: [] };
        arr(value.extension).forEach((e, k) => {
          const sub = obj(e) ?? {};
          const path = `${at}.extension[${index}].extension[${k}]`;
          if (sub.url === 'level') {
            level.level = levelOf({ coding: [sub.valueCoding] }) ?? obj(sub.valueCoding)?.code;
            paths[`details.levels[${j}].level`] = `${path}.valueCoding`;
          } else if (sub.url === 'cementMl') {
            level.cementMl = obj(sub.valueQuantity)?.value;
            paths[`details.levels[${j}].cementMl`] = `${path}.valueQuantity`;
          } else if (sub.url === 'leak') {
            (level.leaks as unknown[]).push(sub.valueCode);
            paths[`details.levels[${j}].leaks`] = `${path}.valueCode`;
          }
        });
        return level;
      });
      if (perLevel.length === 0) paths['details.levels'] = `${at}.extension`;
      const approach = extension(r, `${EXT.augmentation}-approach`);
      if (approach) {
        details.approach = approach.value.valueCode;
        paths['details.approach'] = `${at}.extension[${approach.index}].valueCode`;
      }
      const gauge = extension(r, `${EXT.augmentation}-needle-gauge`);
      if (gauge) {
        details.needleGauge = gauge.value.valueInteger;
        paths['details.needleGauge'] = `${at}.extension[${gauge.index}].valueInteger`;
      }
    } else if (kind === 'radiotherapy') {
      const mt = extension(r, MCODE_EXT.modalityAndTechnique);
      const technique = arr(mt?.value.extension).map((e) => obj(e) ?? {}).find((e) => e.url === MCODE_EXT.technique || e.url === 'technique');
      const snomedTechnique = codeIn(technique?.valueCodeableConcept, SNOMED);
      details.technique = bonemetCode(technique?.valueCodeableConcept, 'rt-') ?? Object.entries(RT_TECHNIQUE_SNOMED).find(([, c]) => c.code === snomedTechnique)?.[0];
      paths['details.technique'] = mt ? `${at}.extension[${mt.index}]` : `${at}.extension`;
      const dose = extension(r, MCODE_EXT.doseDeliveredToVolume);
      const subs = arr(dose?.value.extension).map((e) => obj(e) ?? {});
      const total = obj(subs.find((e) => e.url === 'totalDoseDelivered')?.valueQuantity);
      if (total) details.doseGy = typeof total.value === 'number' ? (total.code === 'Gy' || total.unit === 'Gy' ? total.value : total.value / 100) : total.value;
      paths['details.doseGy'] = dose ? `${at}.extension[${dose.index}]` : `${at}.extension`;
      const sessions = extension(r, MCODE_EXT.sessions);
      details.fractions = sessions?.value.valueUnsignedInt ?? subs.find((e) => e.url === 'fractionsDelivered')?.valueUnsignedInt;
      paths['details.fractions'] = sessions ? `${at}.extension[${sessions.index}].valueUnsignedInt` : `${at}.extension`;
      const volume = arr(r.contained).map((c) => obj(c) ?? {}).find((c) => c.resourceType === 'BodyStructure');
      if (str(volume?.description)) details.target = str(volume!.description);
      if (bodyLevels.length) details.levels = bodyLevels;
    } else if (kind === 'surgery') {
      details.procedure = codes.find((c) => c.startsWith('surgery-'))?.slice(8) ?? 'other';
      if (bodyLevels.length) details.levels = bodyLevels;
    } else {
      details.method = codes.find((c) => c.startsWith('ablation-'))?.slice(9) ?? 'other';
      const cement = extension(r, EXT.withCement);
      if (cement) details.withCement = cement.value.valueBoolean;
      else if (codes.includes('treatment-cementoplasty')) details.withCement = true;
      if (bodyLevels.length) details.levels = bodyLevels;
    }
    paths.details = `${at}.code`;
    const record = add(ctx, 'treatments', { kind, startedOn, endedOn, details, notes: noteOf(r, at, paths) }, paths);
    const reasons = arr(r.reasonReference).flatMap((x, j) => (str(obj(x)?.reference) ? [{ reference: str(obj(x)!.reference)!, path: `${at}.reasonReference[${j}]` }] : []));
    if (reasons.length) record.reasons = reasons;
  },

  MedicationStatement(ctx) {
    const { resource: r, at } = ctx;
    if (readAnalgesic(ctx)) return;
    const paths: Record<string, string> = {};
    const med = r.medicationCodeableConcept;
    const rx = codeIn(med, 'http://www.nlm.nih.gov/research/umls/rxnorm');
    const agentCode = bonemetCode(med, 'agent-') ?? Object.entries(BONE_AGENT_RXNORM).find(([, c]) => c.code === rx)?.[0];
    const category = bonemetCode(r.category, 'treatment-');
    const bma = category === 'bone-modifying-agent' || (category !== 'systemic' && agentCode !== undefined && (BONE_AGENTS as readonly string[]).includes(agentCode));
    const period = obj(r.effectivePeriod);
    const startedOn = date(period?.start) ?? date(r.effectiveDateTime);
    paths.startedOn = period ? `${at}.effectivePeriod.start` : `${at}.effectiveDateTime`;
    paths.endedOn = `${at}.effectivePeriod.end`;
    const details: Json = {};
    if (bma) {
      details.agent = agentCode;
      paths['details.agent'] = `${at}.medicationCodeableConcept`;
      const dosage = obj(arr(r.dosage)[0]);
      const dose = obj(obj(arr(dosage?.doseAndRate)[0])?.doseQuantity);
      if (dose) {
        details.doseMg = dose.value;
        paths['details.doseMg'] = `${at}.dosage[0].doseAndRate[0].doseQuantity`;
        if (dose.unit !== undefined && dose.unit !== 'mg' && dose.code !== 'mg') ctx.error(`${at}.dosage[0].doseAndRate[0].doseQuantity`, 'give the dose in mg', 'value');
      }
      const repeat = obj(obj(dosage?.timing)?.repeat);
      if (repeat && typeof repeat.period === 'number') {
        details.intervalWeeks = repeat.periodUnit === 'd' ? repeat.period / 7 : repeat.periodUnit === 'wk' ? repeat.period : undefined;
        paths['details.intervalWeeks'] = `${at}.dosage[0].timing.repeat`;
        if (repeat.periodUnit !== 'd' && repeat.periodUnit !== 'wk') ctx.error(`${at}.dosage[0].timing.repeat.periodUnit`, 'give the interval in d or wk', 'value');
      }
    } else {
      details.agent = str(obj(med)?.text) ?? codings(med).map((c) => c.display).find(Boolean);
      paths['details.agent'] = `${at}.medicationCodeableConcept`;
      const cls = extension(r, EXT.agentClass);
      details.class = cls?.value.valueCode;
      paths['details.class'] = cls ? `${at}.extension[${cls.index}].valueCode` : `${at}.extension`;
    }
    add(ctx, 'treatments', { kind: bma ? 'bone-modifying-agent' : 'systemic', startedOn, endedOn: date(period?.end), details, notes: noteOf(r, at, paths) }, paths);
  },

  AdverseEvent(ctx) {
    const { resource: r, at } = ctx;
    const paths: Record<string, string> = { kind: `${at}.event`, occurredOn: `${at}.date` };
    const fields: Fields = { kind: bonemetCode(r.event, 'ae-'), occurredOn: date(r.date), notes: noteOf(r, at, paths) };
    const level = extension(r, EXT.vertebra);
    if (level) {
      fields.level = levelOf({ coding: [level.value.valueCoding] });
      paths.level = `${at}.extension[${level.index}].valueCoding`;
    }
    const symptomatic = extension(r, EXT.symptomatic);
    if (symptomatic) {
      fields.symptomatic = symptomatic.value.valueBoolean;
      paths.symptomatic = `${at}.extension[${symptomatic.index}].valueBoolean`;
    }
    const severity = codeIn(r.severity, AE_SEVERITY);
    if (severity) {
      fields.severity = severity;
      paths.severity = `${at}.severity`;
    }
    const suspect = str(obj(obj(arr(r.suspectEntity)[0])?.instance)?.reference);
    add(ctx, 'adverse-events', fields, paths, suspect ? [{ field: 'treatmentId', reference: suspect, path: `${at}.suspectEntity[0].instance` }] : []);
  },
};

// -- analgesics: the regimen of a follow-up visit ------------------------------------------------

interface AnalgesicItem {
  entry: number;
  at: string;
  patient?: string;
  /** Which visit: its treatment and month, or a day. */
  treatment?: PlannedRef;
  month?: number;
  on?: string;
  visitPath: string;
  opioid?: { drug: Opioid; dailyDose: unknown; dosePath: string };
  nonOpioid?: NonOpioidAnalgesic;
  /** Already reported: left out of its visit's regimen (one issue per problem). */
  failed?: boolean;
}

const OPIOID_SET = new Set<string>(OPIOIDS);
const NON_OPIOID_SET = new Set<string>(NON_OPIOID_ANALGESICS);
const OPIOID_BY_RXNORM = new Map(Object.entries(OPIOID_RXNORM).map(([drug, c]) => [c.code, drug as Opioid]));
const NON_OPIOID_BY_RXNORM = new Map(Object.entries(NON_OPIOID_RXNORM).map(([a, c]) => [c.code, a as NonOpioidAnalgesic]));
const MICROGRAMS_PER_HOUR = new Set(['ug/h', 'mcg/h', 'µg/h', 'ug/hr', 'mcg/hr']);
const MG_PER_DAY = new Set(['mg/d', 'mg/day', 'mg/(24.h)']);

/**
 * Reads a MedicationStatement of an analgesic (bonemet category `analgesic-opioid` /
 * `analgesic-non-opioid`, a bonemet `opioid-`/`analgesic-` code, or the RxNorm ingredient of one,
 * unless its category says systemic therapy or a bone-modifying agent); false when it is not one.
 */
function readAnalgesic(ctx: ReaderContext): boolean {
  const { resource: r, at } = ctx;
  const med = r.medicationCodeableConcept;
  const category = r.category;
  const opioidCategory = hasCode(category, BONEMET_CS, OPIOID_CATEGORY.code);
  const otherCategory = hasCode(category, BONEMET_CS, NON_OPIOID_CATEGORY.code);
  if (!opioidCategory && !otherCategory && bonemetCode(category, 'treatment-') !== undefined) return false;
  const rx = codeIn(med, RXNORM);
  const coded = bonemetCode(med, 'opioid-');
  const codedOther = bonemetCode(med, 'analgesic-');
  const dosage = obj(arr(r.dosage)[0]);
  const rate = obj(obj(arr(dosage?.doseAndRate)[0])?.rateQuantity);
  const transdermal = hasCode(dosage?.route, TRANSDERMAL_ROUTE.system, TRANSDERMAL_ROUTE.code) || MICROGRAMS_PER_HOUR.has(String(rate?.code ?? rate?.unit));
  let drug: Opioid | undefined = coded && OPIOID_SET.has(coded) ? (coded as Opioid) : undefined;
  if (!drug && rx && OPIOID_BY_RXNORM.has(rx)) drug = rx === OPIOID_RXNORM['fentanyl-patch'].code && !transdermal ? undefined : OPIOID_BY_RXNORM.get(rx);
  const other = codedOther && NON_OPIOID_SET.has(codedOther) ? (codedOther as NonOpioidAnalgesic) : rx ? NON_OPIOID_BY_RXNORM.get(rx) : undefined;
  const fentanylNotPatch = !drug && rx === OPIOID_RXNORM['fentanyl-patch'].code;
  if (!opioidCategory && !otherCategory && !drug && !other && !fentanylNotPatch) return false;

  const before = ctx.plan.issues.length;
  const item: AnalgesicItem = { entry: ctx.entry, at, visitPath: `${at}.extension`, ...(str(obj(r.subject)?.reference) ? { patient: str(obj(r.subject)?.reference)! } : {}) };
  if (!item.patient) ctx.error(`${at}.subject`, 'required: a reference to the patient (Patient/… or the fullUrl of the Patient entry)', 'required');
  const visit = extension(r, EXT.followUpVisit);
  if (visit) {
    item.visitPath = `${at}.extension[${visit.index}]`;
    arr(visit.value.extension).forEach((e, j) => {
      const sub = obj(e) ?? {};
      if (sub.url === 'treatment' && str(obj(sub.valueReference)?.reference)) item.treatment = { field: 'treatmentId', reference: str(obj(sub.valueReference)!.reference)!, path: `${item.visitPath}.extension[${j}].valueReference` };
      if (sub.url === 'month' && typeof sub.valueInteger === 'number') item.month = sub.valueInteger;
    });
  }
  item.on = date(r.effectiveDateTime) ?? date(obj(r.effectivePeriod)?.start) ?? date(r.dateAsserted);
  if (!(item.treatment && item.month !== undefined) && !item.on) {
    ctx.error(item.visitPath, `say which follow-up visit the regimen was recorded at: the extension ${EXT.followUpVisit} (treatment, month) or effectiveDateTime`, 'required');
  }
  if (fentanylNotPatch) {
    ctx.error(`${at}.dosage[0].route`, 'the registry records fentanyl as the transdermal patch only: give the route SNOMED CT 45890007 (transdermal) or the rate in ug/h', 'not-supported');
  } else if (drug) {
    item.opioid = { drug, ...opioidDose(ctx, drug, dosage, rate) };
  } else if (other) {
    item.nonOpioid = other;
  } else {
    const accepted = opioidCategory ? `opioids: ${OPIOIDS.join(', ')}` : `non-opioid analgesics: ${NON_OPIOID_ANALGESICS.join(', ')}`;
    ctx.error(`${at}.medicationCodeableConcept`, `no analgesic bonemet records in ${JSON.stringify(codings(med).map((c) => `${c.system ?? ''}|${c.code ?? ''}`))}: use its RxNorm ingredient or a bonemet opioid-<drug> / analgesic-<name> code (${accepted})`, 'code-invalid');
  }
  if (ctx.plan.issues.length > before) item.failed = true;
  ctx.analgesics.push(item);
  return true;
}

/** The daily dose of an opioid: a rate (mg/d; the fentanyl patch ug/h), or a dose in mg with its timing (per hours or days). */
function opioidDose(ctx: ReaderContext, drug: Opioid, dosage: Json | undefined, rate: Json | undefined): { dailyDose: unknown; dosePath: string } {
  const at = `${ctx.at}.dosage[0].doseAndRate[0]`;
  const unit = (q: Json) => String(q.code ?? q.unit ?? '');
  if (rate) {
    const ok = drug === 'fentanyl-patch' ? MICROGRAMS_PER_HOUR.has(unit(rate)) : MG_PER_DAY.has(unit(rate));
    if (!ok) ctx.error(`${at}.rateQuantity`, drug === 'fentanyl-patch' ? 'give the patch rate in ug/h' : 'give the daily dose in mg/d', 'value');
    return { dailyDose: rate.value, dosePath: `${at}.rateQuantity` };
  }
  const dose = obj(obj(arr(dosage?.doseAndRate)[0])?.doseQuantity);
  const repeat = obj(obj(dosage?.timing)?.repeat);
  if (dose && drug !== 'fentanyl-patch' && unit(dose) === 'mg' && typeof dose.value === 'number' && typeof repeat?.period === 'number' && repeat.period > 0 && (repeat.periodUnit === 'd' || repeat.periodUnit === 'h')) {
    const perDay = (typeof repeat.frequency === 'number' ? repeat.frequency : 1) * (repeat.periodUnit === 'h' ? 24 : 1) / repeat.period;
    return { dailyDose: Math.round(dose.value * perDay * 1000) / 1000, dosePath: `${at}.doseQuantity` };
  }
  ctx.error(dosage ? `${ctx.at}.dosage[0]` : `${ctx.at}.dosage`, drug === 'fentanyl-patch'
    ? 'give the patch rate: dosage[0].doseAndRate[0].rateQuantity in ug/h'
    : 'give the daily dose: dosage[0].doseAndRate[0].rateQuantity in mg/d, or a doseQuantity in mg with timing.repeat (frequency, period, periodUnit h or d)', 'required');
  return { dailyDose: undefined, dosePath: `${ctx.at}.dosage` };
}

/** One planned update per visit: the analgesic statements of a visit make up its whole regimen. */
function planRegimens(plan: ImportPlan, items: readonly AnalgesicItem[], error: ReaderContext['error']): void {
  const groups = new Map<string, AnalgesicItem[]>();
  for (const item of items) {
    if (item.failed) continue;
    const key = item.treatment && item.month !== undefined ? `t|${item.treatment.reference}|${item.month}` : `d|${item.patient ?? ''}|${item.on ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    const paths: Record<string, string> = { analgesics: first.at };
    const opioids = group.filter((i) => i.opioid);
    const others = group.filter((i) => i.nonOpioid);
    opioids.forEach((i, k) => {
      paths[`analgesics.opioids[${k}]`] = i.at;
      paths[`analgesics.opioids[${k}].drug`] = `${i.at}.medicationCodeableConcept`;
      paths[`analgesics.opioids[${k}].dailyDose`] = i.opioid!.dosePath;
    });
    others.forEach((i, k) => (paths[`analgesics.nonOpioid[${k}]`] = `${i.at}.medicationCodeableConcept`));
    if (others.length) paths['analgesics.nonOpioid'] = `${others.at(-1)!.at}.medicationCodeableConcept`;
    if (opioids.length) paths['analgesics.opioids'] = opioids.at(-1)!.at;
    const regimen = { opioids: opioids.map((i) => ({ drug: i.opioid!.drug, dailyDose: i.opioid!.dailyDose })), nonOpioid: others.map((i) => i.nonOpioid!) };
    const parsed = analgesicRegimenSchema.safeParse(regimen);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = ['analgesics', ...issue.path].reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
        const record = { paths } as PlannedRecord;
        error(fhirPathOf({ ...record, at: first.at }, field), `analgesic regimen ${field.replace(/^analgesics\.?/, '')}: ${issue.message}`, 'value');
      }
      continue;
    }
    plan.records.push({
      entry: first.entry, at: first.at, entity: 'follow-up-visits', identifiers: [],
      fields: { analgesics: parsed.data },
      ...(first.patient ? { patient: { field: 'patientId', reference: first.patient, path: `${first.at}.subject` } } : {}),
      refs: first.treatment && first.month !== undefined ? [first.treatment] : [],
      paths,
      visit: first.treatment && first.month !== undefined ? { month: first.month, path: first.visitPath } : { on: first.on!, path: first.visitPath },
      ...(group.length > 1 ? { alsoEntries: group.slice(1).map((i) => i.entry) } : {}),
    });
  }
}

/** The FHIRPath of a registry field path (`inputs.score`, `details.levels[0].cementMl`) in a planned record. */
export function fhirPathOf(record: PlannedRecord, fieldPath: string): string {
  let path = fieldPath;
  for (;;) {
    if (record.paths[path]) return record.paths[path]!;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) return record.at;
    path = path.slice(0, cut);
  }
}

export function operationOutcome(issues: readonly OperationOutcomeIssue[]): FhirResource {
  return { resourceType: 'OperationOutcome', issue: issues.map((i) => ({ ...i })) };
}

