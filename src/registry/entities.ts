import { z } from 'zod';
import { DATE_YEARS as FACT_YEARS, isoDate as anyIsoDate } from '../knowledge/facts/common.js';
import { FACT_LIMITS, LESION_SITES, labsSchema, lesionFactsSchema, patientFactsSchema } from '../knowledge/facts/index.js';
import { factIssueText } from '../knowledge/facts/issues.text.js';
import { refusal } from '../knowledge/facts/issues.js';
import { text as textOf, type Text } from '../knowledge/text.js';
import { AGENT_CLASSES, analgesicRegimenSchema } from '../knowledge/facts/therapy.js';
import { HISTOLOGY_IDS, BREAST_SUBTYPES } from '../knowledge/histology.js';
import { SPINAL_LEVELS } from '../knowledge/anatomy/spine.js';
import { INSTRUMENT_IDS, INSTRUMENTS, scoreInstrument, type InstrumentId } from '../knowledge/instruments/index.js';
import { OPTION_IDS, recommend } from '../knowledge/rules/index.js';
import { VERSION } from '../version.js';
import { boardPlanSchema } from './board-plan.js';
import {
  ABLATION_METHODS, ADVERSE_EVENT_KINDS, AE_RELATIONS, CTCAE_GRADES, LAB_ANALYTE_IDS, LAB_ANALYTES, ALK_STATUS, BONE_AGENTS, ESCC_CODES, LEAK_SITES, LESION_CHARACTERS,
  MARKER_STATUS, METASTATIC_SITE_KINDS, OUTCOME_KINDS, PEDICLE_INVOLVEMENT, PVP_APPROACHES, RADIOTHERAPY_TECHNIQUES,
  SEVERITIES, SEXES, SURGERY_PROCEDURES, SYSTEMIC_RESPONSES, TREATMENT_KINDS, VISIT_STATUSES, LOCAL_TREATMENT_KINDS, type LabAnalyte, type TreatmentKind,
} from '../boundary/codes.js';
import { registryIssueText } from './entities.text.js';

/**
 * Every registry entity described once: its input (the body of a create), the fields it stores,
 * the filters its list accepts and the references that must belong to the same patient. The
 * repository, the HTTP routes, the OpenAPI document, the CSV export and the data dictionary are
 * all generated from these descriptions.
 */

/**
 * A calendar date `YYYY-MM-DD` in the years 1900–2100 — what PostgreSQL stores and plausible for a patient
 * (year 0000 is no date at all, 9999 a typing error); the one date schema of the facts and the registry.
 */
export const isoDate = anyIsoDate;
export const DATE_YEARS = { min: FACT_YEARS.from, max: FACT_YEARS.to } as const;

/** Record versions are PostgreSQL integers. */
export const MAX_VERSION = 2_147_483_647;

const text = (max = 2000) => z.string().trim().min(1).max(max);
const opt = <T extends z.ZodType>(schema: T) => schema.nullish();
const uuid = z.uuid();
/** A spinal level, case-insensitive on input ("t12" → "T12"). */
export const levelSchema = z.preprocess((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v), z.enum(SPINAL_LEVELS));

// ---------------------------------------------------------------------------------------------
// Treatment details, by kind (REFERENCE.md S9: PVP/PKP levels, approach, needle gauge, cement per
// level, leaks by site; RT technique, dose, fractions, target; surgery; ablation; systemic; BMA).

const augmentationDetails = z.strictObject({
  approach: z.enum(PVP_APPROACHES).optional(),
  needleGauge: z.number().int().min(8).max(22).optional(),
  levels: z
    .array(z.strictObject({
      level: levelSchema,
      cementMl: z.number().min(0).max(20).describe('Cement injected at this level, mL'),
      leaks: z.array(z.enum(LEAK_SITES)).default([]).describe('Sites where cement leaked'),
    }))
    .min(1),
});
export const TREATMENT_DETAILS = {
  pvp: augmentationDetails,
  pkp: augmentationDetails,
  radiotherapy: z.strictObject({
    technique: z.enum(RADIOTHERAPY_TECHNIQUES),
    doseGy: z.number().positive().max(200),
    fractions: z.number().int().positive().max(60),
    target: z.string().max(200).optional(),
    levels: z.array(levelSchema).optional(),
  }),
  surgery: z.strictObject({
    procedure: z.enum(SURGERY_PROCEDURES),
    levels: z.array(levelSchema).optional(),
  }),
  ablation: z.strictObject({
    method: z.enum(ABLATION_METHODS),
    levels: z.array(levelSchema).optional(),
    withCement: z.boolean().optional(),
  }),
  systemic: z.strictObject({
    agent: text(200),
    class: z.enum(AGENT_CLASSES),
    response: z.enum(SYSTEMIC_RESPONSES).optional().describe('Response of the disease (the end date is the last dose)'),
  }),
  'bone-modifying-agent': z.strictObject({
    agent: z.enum(BONE_AGENTS),
    doseMg: z.number().positive().max(1000).optional(),
    intervalWeeks: z.number().positive().max(52).optional(),
  }),
} as const satisfies Record<TreatmentKind, z.ZodType>;

/** Runs `schema` on `value` and reports its issues under `path` on the enclosing object. */
function checkNested(ctx: z.RefinementCtx, schema: z.ZodType, value: unknown, path: PropertyKey[]): unknown {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    ctx.addIssue({ ...issue, path: [...path, ...issue.path] } as z.core.$ZodRawIssue);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

export const ENTITY_NAMES = [
  'patients', 'primary-tumours', 'metastatic-sites', 'lesions', 'treatments', 'follow-up-visits',
  'assessments', 'decisions', 'adverse-events', 'outcome-events', 'laboratory-values',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export type Fields = Record<string, unknown>;

export interface EntityDef {
  name: EntityName;
  table: string;
  singular: string;
  summary: string;
  /** The fields a client writes (create body; a PATCH is merged into it and checked again). */
  base: z.ZodObject;
  /** Checks that span fields (e.g. instrument inputs against the instrument). */
  refine?: (value: Fields, ctx: z.RefinementCtx) => void;
  /** Fields the registry computes from the input and stores beside it. */
  derived?: z.ZodObject;
  derive?: (value: Fields) => Fields;
  /**
   * The fields `derive` reads: a change that leaves them as they were keeps the stored derived
   * fields (a board-plan edit keeps the recommendation computed at decision time).
   */
  derivedFrom?: readonly string[];
  /** Stored as jsonb. */
  json: readonly string[];
  /** Query-string equality filters. */
  filters: readonly string[];
  /** The date that `from`/`to` filter on and lists sort by. */
  dateField: string | null;
  /** Fields naming another record of the same patient: an id, or a list of ids. */
  refs: Readonly<Record<string, EntityName>>;
}

function entity(def: EntityDef): EntityDef {
  return def;
}

const patientId = uuid.describe('The patient this record belongs to');

const patients = entity({
  name: 'patients',
  table: 'patients',
  singular: 'patient',
  summary: 'A patient: pseudonymous code, sex, birth year, cohort and study arm, last contact',
  base: z.strictObject({
    code: text(64).describe('Registry code, unique among live patients'),
    name: text(200).describe('Display name (pseudonym in research cohorts)'),
    sex: z.enum(SEXES),
    birthYear: opt(z.number().int().min(1900).max(2100)),
    cohort: opt(text(100)).describe('Cohort label, e.g. a study'),
    studyArm: opt(text(100)).describe('Treatment arm or group within the cohort'),
    enrolledOn: opt(isoDate),
    lastContactOn: opt(isoDate).describe('Last follow-up contact (censoring date when alive)'),
    synthetic: z.boolean().optional().describe('Synthetic (demo) record, not a real person'),
    notes: opt(text()),
  }),
  json: [],
  filters: ['code', 'cohort', 'studyArm', 'sex', 'synthetic'],
  dateField: 'enrolledOn',
  refs: {},
});

const primaryTumours = entity({
  name: 'primary-tumours',
  table: 'primary_tumours',
  singular: 'primary tumour',
  summary: 'The primary tumour: histology, markers (EGFR, ALK, breast subtype)',
  base: z.strictObject({
    patientId,
    histology: z.enum(HISTOLOGY_IDS),
    diagnosedOn: opt(isoDate),
    breastSubtype: opt(z.enum(BREAST_SUBTYPES)),
    egfr: opt(z.enum(MARKER_STATUS)),
    alk: opt(z.enum(ALK_STATUS)),
    notes: opt(text()),
  }),
  json: [],
  filters: ['patientId', 'histology'],
  dateField: 'diagnosedOn',
  refs: {},
});

const metastaticSites = entity({
  name: 'metastatic-sites',
  table: 'metastatic_sites',
  singular: 'metastatic site',
  summary: 'A metastatic site: spine, extraspinal bone, viscera or brain',
  base: z.strictObject({
    patientId,
    kind: z.enum(METASTATIC_SITE_KINDS),
    location: opt(text(200)).describe('Level, bone or organ'),
    detectedOn: opt(isoDate),
    resectable: opt(z.boolean()).describe('Visceral metastases: resectable'),
    notes: opt(text()),
  }),
  json: [],
  filters: ['patientId', 'kind'],
  dateField: 'detectedOn',
  refs: {},
});

/** The core's lesion facts (src/knowledge/facts/lesion.ts): the registry stores the same codes. */
const LESION_FACT = lesionFactsSchema.shape;
/** Fields the core checks against the lesion's site: a level only on the spine, the long-bone facts only on a long bone. */
const SITE_CHECKED = ['site', 'level', 'longBone', 'boneRegion', 'peritrochanteric', 'limbPain', 'cortexInvolved'] as const;

const lesions = entity({
  name: 'lesions',
  table: 'lesions',
  singular: 'lesion',
  summary: 'A bone lesion: one spinal level (character, posterior wall, pedicles, collapse, ESCC, Tomita type, WBB zones) or an extraspinal bone (pelvis, sacrum, long bones: the bone, its region, the Mirels items); fracture',
  base: z.strictObject({
    patientId,
    site: opt(z.enum(LESION_SITES)).describe('spine (the default: give `level`) or an extraspinal bone: ilium, acetabulum, pubis-ischium, sacrum, proximal-femur, long-bone, other-bone'),
    level: opt(levelSchema).describe('Spinal level: required for a spinal lesion, refused for any other'),
    detectedOn: opt(isoDate),
    character: opt(z.enum(LESION_CHARACTERS)),
    posteriorWallIntact: opt(z.boolean()),
    pediclesInvolved: opt(z.enum(PEDICLE_INVOLVEMENT)),
    collapsePercent: opt(z.number().min(0).max(100)),
    escc: opt(z.enum(ESCC_CODES)),
    tomitaType: opt(z.number().int().min(1).max(7)),
    wbbZones: opt(z.array(z.number().int().min(1).max(12))),
    fracture: opt(LESION_FACT.fracture.unwrap()).describe('Pathological or impending fracture: none, impending, pathological'),
    acetabulumInvolved: opt(z.boolean()).describe('Pelvic lesions: the acetabulum is involved (004 §4.5.4.3)'),
    longBone: opt(LESION_FACT.longBone.unwrap()).describe('Long-bone lesions (site long-bone or proximal-femur): which bone'),
    boneRegion: opt(LESION_FACT.boneRegion.unwrap()).describe('Long-bone lesions: bone end (epiphysis/metaphysis) or shaft (004 §4.5.4.1)'),
    peritrochanteric: opt(z.boolean()).describe('Femoral lesions: in the peritrochanteric region (Mirels site)'),
    limbPain: opt(LESION_FACT.limbPain.unwrap()).describe('Long-bone lesions: pain at the lesion — mild, moderate, functional (Mirels)'),
    cortexInvolved: opt(LESION_FACT.cortexInvolved.unwrap()).describe('Long-bone lesions: share of the cortex destroyed (Mirels size)'),
    notes: opt(text()),
  }),
  refine(value, ctx) {
    value.site ??= 'spine';
    // the core's own checks of the site (src/knowledge/facts/lesion.ts), with its texts
    const facts = Object.fromEntries(SITE_CHECKED.filter((field) => value[field] !== undefined && value[field] !== null).map((field) => [field, value[field]]));
    const checked = lesionFactsSchema.safeParse(facts, { reportInput: true });
    for (const issue of checked.success ? [] : checked.error.issues) {
      // the core's text offers spans ("T12-L1"); a registry lesion is one level
      const core = (issue as { params?: { text?: Text } }).params?.text;
      if (core?.key === factIssueText.levelRequired.key) ctx.addIssue({ code: 'custom', path: ['level'], ...refusal(textOf(registryIssueText.levelRequired)) });
      else ctx.addIssue(issue as z.core.$ZodRawIssue);
    }
  },
  json: ['wbbZones'],
  filters: ['patientId', 'site', 'level'],
  dateField: 'detectedOn',
  refs: {},
});

const treatments = entity({
  name: 'treatments',
  table: 'treatments',
  singular: 'treatment',
  summary: 'A treatment; local ones (vertebral augmentation, radiotherapy, surgery, ablation) schedule the follow-up visits and may name the lesions they treated',
  base: z.strictObject({
    patientId,
    kind: z.enum(TREATMENT_KINDS),
    startedOn: isoDate,
    endedOn: opt(isoDate).describe('Last day of treatment; follow-up counts from it (start when absent)'),
    details: z.record(z.string(), z.unknown()).describe('By kind: see the TreatmentDetails schemas'),
    lesionIds: opt(z.array(uuid.transform((id) => id.toLowerCase())).min(1).max(FACT_LIMITS.lesions)).describe('Local treatments: the lesions of this patient it was given to'),
    notes: opt(text()),
  }),
  refine(value, ctx) {
    const details = TREATMENT_DETAILS[value.kind as TreatmentKind];
    const parsed = checkNested(ctx, details, value.details, ['details']);
    if (parsed !== undefined) value.details = parsed;
    if (typeof value.endedOn === 'string' && typeof value.startedOn === 'string' && value.endedOn < value.startedOn) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: `${value.endedOn} is before startedOn ${value.startedOn}` });
    }
    if (Array.isArray(value.lesionIds)) {
      if (!LOCAL_TREATMENT_KINDS.includes(value.kind as TreatmentKind)) {
        ctx.addIssue({ code: 'custom', path: ['lesionIds'], ...refusal(textOf(registryIssueText.onlyLocalTreatment, { kind: String(value.kind) })) });
      }
      const ids = (value.lesionIds as string[]).map((id) => id.toLowerCase());
      ids.forEach((id, i) => {
        if (ids.indexOf(id) < i) ctx.addIssue({ code: 'custom', path: ['lesionIds', i], ...refusal(textOf(registryIssueText.lesionOnce)) });
      });
    }
  },
  json: ['details', 'lesionIds'],
  filters: ['patientId', 'kind'],
  dateField: 'startedOn',
  refs: { lesionIds: 'lesions' },
});

const followUpVisits = entity({
  name: 'follow-up-visits',
  table: 'follow_up_visits',
  singular: 'follow-up visit',
  summary: 'A follow-up visit with its due window and the instruments to record (created with each local treatment)',
  base: z.strictObject({
    patientId,
    treatmentId: uuid,
    month: z.number().int().min(0).max(240).describe('Months after the end of treatment'),
    dueOn: isoDate,
    windowStart: isoDate,
    windowEnd: isoDate,
    instruments: z.array(z.enum(INSTRUMENT_IDS)),
    status: z.enum(VISIT_STATUSES),
    completedOn: opt(isoDate),
    notes: opt(text()),
    analgesics: opt(analgesicRegimenSchema).describe('Analgesic regimen at the visit: opioids (drug, daily dose) and non-opioid analgesics'),
  }),
  refine(value, ctx) {
    const { windowStart, dueOn, windowEnd } = value as Record<string, string>;
    if (windowStart! > dueOn! || dueOn! > windowEnd!) {
      ctx.addIssue({ code: 'custom', path: ['dueOn'], message: `must lie in the window ${windowStart}…${windowEnd}` });
    }
  },
  json: ['instruments', 'analgesics'],
  filters: ['patientId', 'treatmentId', 'status', 'month'],
  dateField: 'dueOn',
  refs: { treatmentId: 'treatments' },
});

const assessments = entity({
  name: 'assessments',
  table: 'assessments',
  singular: 'assessment',
  summary: 'An instrument result, stored with its inputs and the version of the rules that scored it',
  base: z.strictObject({
    patientId,
    instrument: z.enum(INSTRUMENT_IDS),
    assessedOn: isoDate,
    visitId: opt(uuid),
    lesionId: opt(uuid),
    inputs: z.record(z.string(), z.unknown()).describe("The instrument's input (bonemet score <instrument> --example)"),
  }),
  refine(value, ctx) {
    const instrument = INSTRUMENTS[value.instrument as InstrumentId];
    checkNested(ctx, (instrument as unknown as { schema: z.ZodType }).schema, value.inputs, ['inputs']);
  },
  derived: z.strictObject({
    total: z.number().nullable(),
    band: z.string(),
    result: z.record(z.string(), z.unknown()).describe('The full instrument result, its labels in the language the request asks for (?lang=, default en)'),
    ruleVersion: z.string().describe('Version of the instrument rules that produced the result'),
  }),
  derive(value) {
    // stored language-neutral: read in any language (registry/rendered.ts)
    const result = scoreInstrument(value.instrument as InstrumentId, value.inputs);
    return { total: result.total, band: result.band.id, result, ruleVersion: result.version };
  },
  derivedFrom: ['instrument', 'inputs'],
  json: ['inputs', 'result'],
  filters: ['patientId', 'instrument', 'visitId', 'lesionId', 'band'],
  dateField: 'assessedOn',
  refs: { visitId: 'follow-up-visits', lesionId: 'lesions' },
});

const decisions = entity({
  name: 'decisions',
  table: 'decisions',
  singular: 'decision',
  summary: 'A treatment decision: the facts, the recommendation computed from them and the options the clinician chose',
  base: z.strictObject({
    patientId,
    decidedOn: isoDate,
    facts: z
      .record(z.string(), z.unknown())
      .superRefine((facts, ctx) => void checkNested(ctx, patientFactsSchema, facts, []))
      .describe('Patient facts as for /api/recommend'),
    chosenOptions: z.array(z.enum(OPTION_IDS)).describe('Options the clinician chose'),
    planNote: opt(text(10000)),
    plan: opt(boardPlanSchema).describe('The board plan: chosen schedules and dates, extra score inputs, attendees, sign-off'),
  }),
  derived: z.strictObject({
    recommendation: z.record(z.string(), z.unknown()).describe('The recommend output at decision time, stored language-neutral and read in the language asked for (?lang=)'),
    knowledgeVersion: z.string(),
  }),
  derive(value) {
    return { recommendation: recommend(value.facts), knowledgeVersion: VERSION };
  },
  derivedFrom: ['facts'],
  json: ['facts', 'recommendation', 'chosenOptions', 'plan'],
  filters: ['patientId'],
  dateField: 'decidedOn',
  refs: {},
});

const adverseEvents = entity({
  name: 'adverse-events',
  table: 'adverse_events',
  singular: 'adverse event',
  summary: 'An adverse event: cement leak by site, cement embolism, infection, radiation toxicity; its CTCAE grade and relation to a treatment',
  base: z.strictObject({
    patientId,
    treatmentId: opt(uuid).describe('The treatment the event is attributed to (or suspected of)'),
    occurredOn: isoDate,
    kind: z.enum(ADVERSE_EVENT_KINDS),
    level: opt(levelSchema),
    symptomatic: opt(z.boolean()),
    severity: opt(z.enum(SEVERITIES)),
    ctcaeGrade: opt(z.number().int().min(CTCAE_GRADES[0]).max(CTCAE_GRADES[CTCAE_GRADES.length - 1]!))
      .describe('CTCAE grade: 1 mild, 2 moderate, 3 severe, 4 life-threatening, 5 death related to the event'),
    relation: opt(z.enum(AE_RELATIONS)).describe('Relation to the treatment: unrelated, unlikely, possible, probable, definite'),
    notes: opt(text()),
  }),
  refine(value, ctx) {
    // a relation is to a treatment: "possible" with no treatment named says nothing
    if (typeof value.relation === 'string' && value.relation !== 'unrelated' && typeof value.treatmentId !== 'string') {
      ctx.addIssue({ code: 'custom', path: ['treatmentId'], message: `name the treatment the event is related to (relation: ${String(value.relation)})` });
    }
  },
  json: [],
  filters: ['patientId', 'treatmentId', 'kind'],
  dateField: 'occurredOn',
  refs: { treatmentId: 'treatments' },
});

const outcomeEvents = entity({
  name: 'outcome-events',
  table: 'outcome_events',
  singular: 'outcome event',
  summary: 'An outcome event: death, skeletal-related event, local progression, or last contact (follow-up ended alive: no visit is due after it, survival is censored on it)',
  base: z.strictObject({
    patientId,
    treatmentId: opt(uuid),
    kind: z.enum(OUTCOME_KINDS),
    occurredOn: isoDate,
    notes: opt(text()),
  }),
  json: [],
  filters: ['patientId', 'kind', 'treatmentId'],
  dateField: 'occurredOn',
  refs: { treatmentId: 'treatments' },
});

const laboratoryValues = entity({
  name: 'laboratory-values',
  table: 'laboratory_values',
  singular: 'laboratory value',
  summary: 'A dated laboratory value of the kinds the decision facts use (platelets, PT and APTT ratios, creatinine, calcium), in the unit of its fact',
  base: z.strictObject({
    patientId,
    analyte: z.enum(LAB_ANALYTE_IDS as [LabAnalyte, ...LabAnalyte[]]),
    measuredOn: isoDate,
    value: z.number().describe('In the unit of the analyte: platelets /µL, PT and APTT × normal, creatinine and calcium mg/dL'),
    notes: opt(text()),
  }),
  refine(value, ctx) {
    // the bounds and unit hints of the decision fact (a µmol/L creatinine is refused, never stored as mg/dL)
    const fact = LAB_ANALYTES[value.analyte as LabAnalyte].fact;
    checkNested(ctx, labsSchema.shape[fact], value.value, ['value']);
  },
  derived: z.strictObject({ unit: z.string().describe('The unit of the value') }),
  derive(value) {
    return { unit: LAB_ANALYTES[value.analyte as LabAnalyte].unit };
  },
  json: [],
  filters: ['patientId', 'analyte'],
  dateField: 'measuredOn',
  refs: {},
});

export const ENTITIES: Readonly<Record<EntityName, EntityDef>> = {
  patients,
  'primary-tumours': primaryTumours,
  'metastatic-sites': metastaticSites,
  lesions,
  treatments,
  'follow-up-visits': followUpVisits,
  assessments,
  decisions,
  'adverse-events': adverseEvents,
  'outcome-events': outcomeEvents,
  'laboratory-values': laboratoryValues,
};

export function isEntityName(value: string): value is EntityName {
  return (ENTITY_NAMES as readonly string[]).includes(value);
}

/** The create schema of an entity: its fields plus the cross-field checks. */
export function inputSchema(def: EntityDef): z.ZodType<Fields> {
  let schema = inputSchemas.get(def);
  if (!schema) {
    const refine = def.refine;
    schema = refine ? def.base.superRefine((value, ctx) => refine(value as Fields, ctx)) : (def.base as z.ZodType<Fields>);
    inputSchemas.set(def, schema);
  }
  return schema;
}
const inputSchemas = new WeakMap<EntityDef, z.ZodType<Fields>>();

/** The PATCH schema: any subset of the fields but the patient. */
export function patchSchema(def: EntityDef): z.ZodObject {
  const shape = { ...def.base.shape } as Record<string, z.ZodType>;
  delete shape.patientId;
  return z.strictObject(shape).partial().extend({
    version: z.number().int().min(1).max(MAX_VERSION).optional().describe('The version this change was made on (or If-Match)'),
  });
}

/** Bookkeeping on every record. */
export const META_FIELDS = z.strictObject({
  id: z.uuid(),
  version: z.number().int().min(1).max(MAX_VERSION),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  createdBy: z.string(),
  updatedBy: z.string(),
});

/** What a read returns. */
export function recordSchema(def: EntityDef): z.ZodObject {
  return META_FIELDS.extend(def.base.shape).extend(def.derived?.shape ?? {});
}

/** Stored fields in column order: the input, the derived fields. */
export function storedFields(def: EntityDef): string[] {
  return [...Object.keys(def.base.shape), ...Object.keys(def.derived?.shape ?? {})];
}

export const columnOf = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
