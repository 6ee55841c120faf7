import type { z } from 'zod';
import { INSTRUMENTS, isInstrumentId } from '../knowledge/instruments/index.js';
import { katagiriInput } from '../knowledge/instruments/katagiri.js';
import type { TreatmentKind } from '../boundary/codes.js';
import type { EntityName } from './entities.js';

/**
 * PHI by declaration (docs/security.md, "De-identification"): every field of every entity, and of
 * what its jsonb fields hold, says what it is. The researchers' view (src/trust/deidentify.ts) is
 * built from this and nothing else; a field with no class is withheld from it, and
 * phi.test.ts fails on any field of the entity schemas that has none.
 */
export type FieldClass =
  /** A record id or reference: replaced by its pseudonym (patients' code and name by the research code). */
  | 'identifier'
  /** A calendar date: moved by the patient's offset. */
  | 'date'
  /** The birth year: moved with the offset, withheld for ages over 89. */
  | 'birth-year'
  /** Typed text that may identify someone (notes, locations, drug names typed in): removed. */
  | 'free-text'
  /** Staff names and data-entry times (an entry time would give the offset away): removed. */
  | 'staff'
  /** A value from a closed list (or a label such as a cohort): kept, any date or id in it moved / pseudonymised. */
  | 'code'
  | 'number'
  | 'boolean'
  /** Computed by the registry from classified inputs (an instrument result): kept, dates moved, ids pseudonymised. */
  | 'derived'
  /** An instrument's input: read along that instrument's schema (codes, numbers, booleans, dates; other text withheld). */
  | 'instrument-inputs'
  /** The decision facts: read along the facts schema (src/trust/facts-view.ts). */
  | 'facts';

export type PhiSpec =
  | FieldClass
  /** An object: each key its class; a key not named is withheld. */
  | { readonly fields: Readonly<Record<string, PhiSpec>> }
  /** A list: every element of the class. */
  | { readonly each: PhiSpec }
  /** A map from codes (e.g. plan steps) to values of one class. */
  | { readonly values: PhiSpec }
  /** By the record's `kind` (treatment details); an unknown kind is withheld. */
  | { readonly byKind: Readonly<Record<string, PhiSpec>> }
  /** Read along a schema: codes, numbers, booleans and dates kept, other text withheld. */
  | { readonly along: z.ZodType };

export type ObjectSpec = { readonly fields: Readonly<Record<string, PhiSpec>> };

/** The bookkeeping every record has (META_FIELDS). */
export const META_PHI = {
  id: 'identifier', version: 'number', createdAt: 'staff', updatedAt: 'staff', createdBy: 'staff', updatedBy: 'staff',
} as const satisfies Record<string, FieldClass>;

const levels = { each: 'code' } as const;

const augmentation = {
  fields: {
    approach: 'code',
    needleGauge: 'number',
    levels: { each: { fields: { level: 'code', cementMl: 'number', leaks: { each: 'code' } } } },
  },
} as const;

/** Treatment `details`, by the treatment's kind (TREATMENT_DETAILS). */
export const TREATMENT_DETAILS_PHI = {
  pvp: augmentation,
  pkp: augmentation,
  radiotherapy: { fields: { technique: 'code', doseGy: 'number', fractions: 'number', target: 'free-text', levels } },
  surgery: { fields: { procedure: 'code', levels } },
  ablation: { fields: { method: 'code', levels, withCement: 'boolean' } },
  systemic: { fields: { agent: 'free-text', class: 'code', response: 'code' } },
  'bone-modifying-agent': { fields: { agent: 'code', doseMg: 'number', intervalWeeks: 'number' } },
} as const satisfies Record<TreatmentKind, ObjectSpec>;

/** The decision's board plan (boardPlanSchema). */
export const BOARD_PLAN_PHI = {
  fields: {
    startDate: 'date',
    dates: { values: 'date' },
    schedules: { fields: { sbrt: 'code', ebrt: 'code' } },
    // the lesions each local step treats, by their number in the decision's facts
    targets: { values: { each: 'number' } },
    // the decision's lesions (level, or site and bone) when the targets were chosen
    targetLesions: { each: 'code' },
    scoreInputs: { fields: { nesms: { fields: { ambulatory: 'code', albumin: 'number' } }, katagiri: { along: katagiriInput } } },
    attendees: 'staff',
    signOff: 'staff',
  },
} as const satisfies ObjectSpec;

/** Every entity's stored fields (input and derived), besides META_PHI. */
export const ENTITY_PHI: Readonly<Record<EntityName, ObjectSpec>> = {
  patients: {
    fields: {
      code: 'identifier', name: 'identifier', sex: 'code', birthYear: 'birth-year', cohort: 'code', studyArm: 'code',
      enrolledOn: 'date', lastContactOn: 'date', synthetic: 'boolean', notes: 'free-text',
    },
  },
  'primary-tumours': {
    fields: { patientId: 'identifier', histology: 'code', diagnosedOn: 'date', breastSubtype: 'code', egfr: 'code', alk: 'code', notes: 'free-text' },
  },
  'metastatic-sites': {
    fields: { patientId: 'identifier', kind: 'code', location: 'free-text', detectedOn: 'date', resectable: 'boolean', notes: 'free-text' },
  },
  lesions: {
    fields: {
      patientId: 'identifier', site: 'code', level: 'code', detectedOn: 'date', character: 'code', posteriorWallIntact: 'boolean', pediclesInvolved: 'code',
      collapsePercent: 'number', escc: 'code', tomitaType: 'number', wbbZones: { each: 'number' }, fracture: 'code', acetabulumInvolved: 'boolean',
      longBone: 'code', boneRegion: 'code', peritrochanteric: 'boolean', limbPain: 'code', cortexInvolved: 'code', notes: 'free-text',
    },
  },
  treatments: {
    fields: { patientId: 'identifier', kind: 'code', startedOn: 'date', endedOn: 'date', details: { byKind: TREATMENT_DETAILS_PHI }, lesionIds: { each: 'identifier' }, notes: 'free-text' },
  },
  'follow-up-visits': {
    fields: {
      patientId: 'identifier', treatmentId: 'identifier', month: 'number', dueOn: 'date', windowStart: 'date', windowEnd: 'date',
      instruments: { each: 'code' }, status: 'code', completedOn: 'date', notes: 'free-text',
      analgesics: { fields: { opioids: { each: { fields: { drug: 'code', dailyDose: 'number' } } }, nonOpioid: { each: 'code' } } },
    },
  },
  assessments: {
    fields: {
      patientId: 'identifier', instrument: 'code', assessedOn: 'date', visitId: 'identifier', lesionId: 'identifier', inputs: 'instrument-inputs',
      total: 'number', band: 'code', result: 'derived', ruleVersion: 'code',
    },
  },
  decisions: {
    fields: {
      patientId: 'identifier', decidedOn: 'date', facts: 'facts', chosenOptions: { each: 'code' }, planNote: 'free-text', plan: BOARD_PLAN_PHI,
      // the full recommendation text is long derived prose: removed (the options chosen and the facts remain)
      recommendation: 'free-text', knowledgeVersion: 'code',
    },
  },
  'adverse-events': {
    fields: {
      patientId: 'identifier', treatmentId: 'identifier', occurredOn: 'date', kind: 'code', level: 'code', symptomatic: 'boolean', severity: 'code',
      ctcaeGrade: 'number', relation: 'code', notes: 'free-text',
    },
  },
  'outcome-events': {
    fields: { patientId: 'identifier', treatmentId: 'identifier', kind: 'code', occurredOn: 'date', notes: 'free-text' },
  },
  'laboratory-values': {
    fields: { patientId: 'identifier', analyte: 'code', measuredOn: 'date', value: 'number', notes: 'free-text', unit: 'code' },
  },
};

/** The declaration of one entity's records, bookkeeping included. */
export function recordPhi(entity: string): ObjectSpec {
  const own = (ENTITY_PHI as Readonly<Record<string, ObjectSpec>>)[entity];
  return { fields: { ...META_PHI, ...(own?.fields ?? {}) } };
}

/** The schema an assessment's `inputs` are read along (undefined for an unknown instrument: withheld). */
export function instrumentInputSchema(instrument: unknown): z.ZodType | undefined {
  if (typeof instrument !== 'string' || !isInstrumentId(instrument)) return undefined;
  return (INSTRUMENTS[instrument] as unknown as { schema: z.ZodType }).schema;
}
