import type { z } from 'zod';
import { SPINAL_LEVELS, parseLevelSpan } from '../knowledge/anatomy/spine.js';
import { patientFactsSchema } from '../knowledge/facts/index.js';

/**
 * A stored decision's facts as a researcher sees them, read along the facts schema
 * (src/knowledge/facts): numbers and booleans stay; a text stays only where the schema says it is
 * a code (an enum or literal value, a spinal level in a list of levels, a level or span as `level`) and it is one; a date
 * is moved by the patient's offset; every other text — free text such as a drug name, or a name
 * typed into a list of levels — and every field the schema does not know is withheld.
 */

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const LEVELS = new Set<string>(SPINAL_LEVELS);

function view(schema: z.ZodType, value: unknown, shiftDate: (date: string) => string, key: string | undefined): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'readonly': case 'catch': case 'nonoptional':
      return value === undefined || value === null ? value : view(def.innerType as z.ZodType, value, shiftDate, key);
    case 'pipe': // z.preprocess(f, schema): the stored value already went through f
      return view((defOf(def.out).type === 'transform' ? def.in : def.out) as z.ZodType, value, shiftDate, key);
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
      const shape = def.shape as Record<string, z.ZodType>;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (!(k in shape)) continue; // a field the schema does not know: withheld
        const seen = view(shape[k]!, v, shiftDate, k);
        if (seen !== undefined) out[k] = seen;
      }
      return out;
    }
    case 'array':
      return Array.isArray(value) ? value.map((v) => view(def.element as z.ZodType, v, shiftDate, key)).filter((v) => v !== undefined) : undefined;
    case 'tuple': {
      const items = def.items as z.ZodType[];
      return Array.isArray(value) && value.length === items.length ? value.map((v, i) => view(items[i]!, v, shiftDate, key)) : undefined;
    }
    case 'union': {
      const option = (def.options as z.ZodType[]).find((o) => o.safeParse(value).success);
      return option ? view(option, value, shiftDate, key) : undefined;
    }
    case 'enum':
      return typeof value === 'string' && Object.values(def.entries as Record<string, unknown>).includes(value) ? value : undefined;
    case 'literal':
      return (def.values as unknown[]).includes(value) ? value : undefined;
    case 'string':
      if (typeof value !== 'string') return undefined;
      if (def.format === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return shiftDate(value);
      // a list of levels is typed as text in the facts schema: only a spinal level passes
      if (/levels$/i.test(key ?? '') && LEVELS.has(value.trim().toUpperCase())) return value.trim().toUpperCase();
      // a `level` typed as text (an instrument's "T11" or "T12-L1"): only a level or span passes
      if (key === 'level' && parseLevelSpan(value)) return value.trim().toUpperCase();
      return undefined;
    case 'number': case 'int': case 'bigint':
      return typeof value === 'number' ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    default:
      return undefined; // anything else (records, unknowns): withheld
  }
}

export function researcherFacts(facts: unknown, shiftDate: (date: string) => string): unknown {
  return view(patientFactsSchema, facts, shiftDate, undefined);
}

/** Any value read along its schema by the same rules (an instrument's input, the board's Katagiri input). */
export function readAlong(schema: z.ZodType, value: unknown, shiftDate: (date: string) => string): unknown {
  return view(schema, value, shiftDate, undefined);
}
