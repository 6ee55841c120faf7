import { z } from 'zod';
import { LANGS } from '../i18n/lang.js';
import { isoDate, type EntityDef, type Fields } from './entities.js';
import { hasTextFields } from './rendered.js';
import type { ListQuery } from './repository.js';

export const MAX_PAGE = 500;

const paging = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).optional().describe(`Page size, 1–${MAX_PAGE} (default 50)`),
  offset: z.coerce.number().int().min(0).optional().describe('Records to skip (default 0)'),
};

function unwrap(schema: z.ZodType): z.ZodType {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  return inner;
}

/** A query-string value as the field's type: "true" → true, "3" → 3, text as text. */
function fromQueryString(schema: z.ZodType) {
  return z.preprocess((value) => {
    if (typeof value !== 'string' || schema.safeParse(value).success) return value;
    if (value === 'true' || value === 'false') return value === 'true';
    const n = Number(value);
    return value.trim() !== '' && Number.isFinite(n) ? n : value;
  }, schema);
}

/**
 * The query string a list of `def` accepts: equality filters, a date range and paging; where `def`
 * stores results of the core (registry/rendered.ts), the language to answer them in.
 */
export function listQuerySchema(def: EntityDef) {
  const shape: Record<string, z.ZodType> = { ...paging };
  for (const field of def.filters) {
    const schema = unwrap((def.base.shape[field] ?? def.derived?.shape[field]) as z.ZodType);
    shape[field] = fromQueryString(schema).optional();
  }
  if (def.dateField) {
    shape.from = isoDate.optional().describe(`Earliest ${def.dateField}`);
    shape.to = isoDate.optional().describe(`Latest ${def.dateField}`);
  }
  if (hasTextFields(def.name)) shape.lang = z.enum(LANGS).optional().describe('Language of the results (default en)');
  return z.strictObject(shape);
}

export function toListQuery(def: EntityDef, parsed: Fields): ListQuery {
  const where: Fields = {};
  for (const field of def.filters) if (parsed[field] !== undefined) where[field] = parsed[field];
  return {
    where,
    from: parsed.from as string | undefined,
    to: parsed.to as string | undefined,
    limit: parsed.limit as number | undefined,
    offset: parsed.offset as number | undefined,
  };
}

export const FOLLOW_UP_STATES = ['due', 'overdue', 'due-or-overdue', 'upcoming'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

export const followUpQuerySchema = z.strictObject({
  on: isoDate.optional().describe('The day to judge due and overdue on (default today, UTC)'),
  state: z.enum(FOLLOW_UP_STATES).optional().describe('due: in its window; overdue: window passed; upcoming: window not yet open; default due-or-overdue'),
  patientId: z.uuid().optional(),
  ...paging,
});
export type FollowUpQuery = z.output<typeof followUpQuerySchema>;
