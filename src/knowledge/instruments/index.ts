import type { Lang } from '../../i18n/lang.js';
import type { InstrumentDefinition, InstrumentId, InstrumentResult } from './instrument.js';
import { INSTRUMENT_IDS } from './instrument.js';
import { sins } from './sins.js';

export { INSTRUMENT_IDS, type InstrumentId, type InstrumentResult } from './instrument.js';

/** Every instrument of the sources, by id (REFERENCE.md S1, S2, S3, S8). */
export const INSTRUMENTS: Record<InstrumentId, InstrumentDefinition> = {
  sins,
} as unknown as Record<InstrumentId, InstrumentDefinition>;

export function isInstrumentId(value: string): value is InstrumentId {
  return (INSTRUMENT_IDS as readonly string[]).includes(value);
}

/** Validates untyped input against the instrument's schema and scores it (throws ZodError). */
export function scoreInstrument(id: InstrumentId, input: unknown, lang: Lang = 'en'): InstrumentResult {
  return INSTRUMENTS[id].score(input as never, lang);
}
