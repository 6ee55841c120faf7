import type { Lang } from '../i18n/lang.js';
import { render } from '../knowledge/texts.js';
import type { EntityName } from './entities.js';
import type { EntityRecord } from './repository.js';

/**
 * The fields that hold a result of the core: language-neutral texts (`{ key, params }`), stored
 * once and rendered in the reader's language on every read. Rows stored before results were
 * language-neutral hold English strings; those render as they were stored.
 */
export const TEXT_FIELDS: Partial<Record<EntityName, readonly string[]>> = { assessments: ['result'], decisions: ['recommendation'] };

export const hasTextFields = (name: EntityName): boolean => TEXT_FIELDS[name] !== undefined;

/** A record with its text fields rendered in `lang` (a record of another entity as it is). */
export function renderRecord(name: EntityName, record: EntityRecord, lang: Lang): EntityRecord {
  const fields = TEXT_FIELDS[name];
  if (!fields) return record;
  return { ...record, ...Object.fromEntries(fields.filter((field) => field in record).map((field) => [field, render(record[field], lang)])) };
}
