import type { InstrumentDefinition, InstrumentId, InstrumentResult } from './instrument.js';
import { INSTRUMENT_IDS } from './instrument.js';
import { escc } from './escc.js';
import { frankel } from './frankel.js';
import { katagiri } from './katagiri.js';
import { kps } from './kps.js';
import { mdAnderson } from './md-anderson.js';
import { mirels } from './mirels.js';
import { modifiedBauer } from './modified-bauer.js';
import { nesms } from './nesms.js';
import { odi } from './odi.js';
import { rmdq } from './rmdq.js';
import { sins } from './sins.js';
import { tokuhashi } from './tokuhashi.js';
import { tomita } from './tomita.js';
import { tomitaType } from './tomita-type.js';
import { vas } from './vas.js';
import { wbb } from './wbb.js';

export { INSTRUMENT_IDS, type InstrumentId, type InstrumentResult } from './instrument.js';
export { sinsItemsOfLesion, sinsLocationOf, type LesionFactsForSins } from './sins.js';
export { mirelsItemsOfLesion, type LesionFactsForMirels } from './mirels.js';
export { questionnaireTextSchema, type QuestionnaireText } from './questionnaire-text.js';
export { RMDQ_STATEMENTS } from './rmdq.js';
export { ODI_SECTIONS } from './odi.js';

/** Every instrument of the sources, by id (REFERENCE.md S1, S2, S3, S8). */
export const INSTRUMENTS = {
  sins,
  escc,
  kps,
  vas,
  tokuhashi,
  tomita,
  'tomita-type': tomitaType,
  wbb,
  frankel,
  odi,
  rmdq,
  'md-anderson': mdAnderson,
  'modified-bauer': modifiedBauer,
  nesms,
  katagiri,
  mirels,
} as const satisfies Record<InstrumentId, Pick<InstrumentDefinition, 'id' | 'name' | 'summary' | 'version'>>;

export function isInstrumentId(value: string): value is InstrumentId {
  return (INSTRUMENT_IDS as readonly string[]).includes(value);
}

/** Validates untyped input against the instrument's schema and scores it (throws ZodError). */
export function scoreInstrument(id: InstrumentId, input: unknown): InstrumentResult {
  return (INSTRUMENTS[id] as InstrumentDefinition).score(input as never);
}
