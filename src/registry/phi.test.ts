import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ENTITIES, ENTITY_NAMES, TREATMENT_DETAILS, recordSchema, type EntityDef } from './entities.js';
import { recordPhi, type FieldClass, type PhiSpec } from './phi.js';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The schema under optional/nullable/default wrappers and a preprocess. */
function unwrap(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) return unwrap(def.innerType as z.ZodType);
  if (def.type === 'pipe') return unwrap((defOf(def.out).type === 'transform' ? def.in : def.out) as z.ZodType);
  return schema;
}

/** The schema types each class may describe. */
const FITS: Record<FieldClass, readonly string[]> = {
  identifier: ['string'],
  date: ['string'],
  'birth-year': ['number'],
  'free-text': ['string', 'object', 'array', 'record'],
  staff: ['string', 'object', 'array'],
  code: ['enum', 'literal', 'string'],
  number: ['number', 'int'],
  boolean: ['boolean'],
  derived: ['record'],
  'instrument-inputs': ['record'],
  facts: ['record'],
};

/** Every field under `schema` that its declaration does not classify (or classifies as a type it is not), by path. */
function unclassified(schema: z.ZodType, spec: PhiSpec | undefined, path: string): string[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (spec === undefined) return [`${path}: no classification`];
  if (typeof spec === 'string') {
    if (def.type === 'string' && def.format === 'date' && spec !== 'date' && spec !== 'free-text') return [`${path}: a date classified ${spec}`];
    if (spec === 'date' && def.format !== 'date') return [`${path}: classified date, but not a date`];
    return FITS[spec].includes(def.type) ? [] : [`${path}: classified ${spec}, but a ${def.type}`];
  }
  if ('along' in spec) return def.type === 'object' ? [] : [`${path}: read along a schema, but a ${def.type}`];
  if ('each' in spec) return def.type === 'array' ? unclassified(def.element as z.ZodType, spec.each, `${path}[]`) : [`${path}: a list declared, but a ${def.type}`];
  if ('values' in spec) return def.type === 'record' ? unclassified(def.valueType as z.ZodType, spec.values, `${path}{}`) : [`${path}: a map declared, but a ${def.type}`];
  if ('byKind' in spec) {
    // the only field by kind: a treatment's details, whose schemas are TREATMENT_DETAILS
    if (path !== 'treatments.details') return [`${path}: declared by kind, but only treatment details are`];
    const kinds = new Set([...Object.keys(TREATMENT_DETAILS), ...Object.keys(spec.byKind)]);
    return [...kinds].flatMap((kind) => {
      const details = (TREATMENT_DETAILS as Record<string, z.ZodType>)[kind];
      return details ? unclassified(details, spec.byKind[kind], `${path}(${kind})`) : [`${path}(${kind}): not a treatment kind`];
    });
  }
  if (def.type !== 'object') return [`${path}: fields declared, but a ${def.type}`];
  const shape = def.shape as Record<string, z.ZodType>;
  const stale = Object.keys(spec.fields).filter((k) => !(k in shape)).map((k) => `${path}.${k}: declared, but no such field`);
  return [...stale, ...Object.entries(shape).flatMap(([k, field]) => unclassified(field, Object.hasOwn(spec.fields, k) ? spec.fields[k] : undefined, `${path}.${k}`))];
}

const problemsOf = (def: EntityDef): string[] => unclassified(recordSchema(def), recordPhi(def.name), def.name);

describe('PHI by declaration', () => {
  it('classifies every field of every entity, nested fields included, by a class that fits its type', () => {
    expect(ENTITY_NAMES.flatMap((name) => problemsOf(ENTITIES[name]))).toEqual([]);
  });

  it('fails on a field added without a classification, at the top level and nested', () => {
    const lesions = ENTITIES.lesions;
    const withField: EntityDef = { ...lesions, base: lesions.base.extend({ surgeon: z.string().optional(), imagedOn: z.iso.date().optional() }) };
    expect(problemsOf(withField)).toEqual(['lesions.surgeon: no classification', 'lesions.imagedOn: no classification']);

    const visits = ENTITIES['follow-up-visits'];
    const analgesics = z.strictObject({ opioids: z.array(z.strictObject({ drug: z.string(), dailyDose: z.number(), prescriber: z.string() })), nonOpioid: z.array(z.string()) });
    const withNested: EntityDef = { ...visits, base: visits.base.extend({ analgesics: analgesics.nullish() }) };
    expect(problemsOf(withNested)).toEqual(['follow-up-visits.analgesics.opioids[].prescriber: no classification']);
  });

  it('fails on a date classified as a code, and on a declaration left behind by a removed field', () => {
    const outcomes = ENTITIES['outcome-events'];
    const shape = { ...outcomes.base.shape } as Record<string, z.ZodType>;
    delete shape.notes;
    const withoutNotes: EntityDef = { ...outcomes, base: z.strictObject(shape).extend({ reportedOn: z.iso.date() }) };
    const problems = problemsOf(withoutNotes);
    expect(problems).toContain('outcome-events.notes: declared, but no such field');
    expect(problems).toContain('outcome-events.reportedOn: no classification');
  });
});
