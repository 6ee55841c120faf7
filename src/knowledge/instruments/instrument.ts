import { z } from 'zod';
import { text, type Msg, type Text } from '../text.js';
import type { SourceRef } from '../sources.js';

export const INSTRUMENT_IDS = [
  'sins', 'escc', 'kps', 'vas', 'tokuhashi', 'tomita', 'tomita-type', 'wbb',
  'frankel', 'odi', 'rmdq', 'md-anderson', 'modified-bauer', 'nesms', 'katagiri', 'mirels',
] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export type Answer = string | number | boolean | null | readonly (string | number)[];

export interface ItemResult {
  id: string;
  label: Text;
  answer: Answer;
  answerLabel: Text;
  /** null for items that describe rather than score (e.g. pain type). */
  points: number | null;
}

export interface Band {
  id: string;
  label: Text;
}

export interface InstrumentResult {
  instrument: InstrumentId;
  version: string;
  name: Text;
  /**
   * null for grades and classifications that have no numeric total (ESCC, Frankel, WBB, MD Anderson),
   * and where the source says the score cannot be assessed (SINS at a treated level, 002 §2.3).
   * For revised Tokuhashi and Tomita this is the total as 002 §2.2 modifies it; see `publishedTotal`.
   */
  total: number | null;
  band: Band;
  /**
   * Scores a source modifies (002 §2.2's breast-cancer modifier of revised Tokuhashi and Tomita):
   * the total and band as originally published, beside `total` and `band` as modified.
   * Present on every revised Tokuhashi and Tomita result, equal to `total` when the modifier does
   * not apply; absent for the other instruments.
   */
  publishedTotal?: number;
  publishedBand?: Band;
  /** With `publishedTotal`: labels naming the source of `total` and of `publishedTotal`. */
  totalSources?: { total: Text; published: Text };
  items: ItemResult[];
  /** Values the instrument derives beside its total (ECOG from KPS, ODI %, pedicles from WBB zones …). */
  derived: Record<string, string | number | boolean | null | Text | readonly (string | number)[]>;
  interpretation: Text;
  caveats: Text[];
  sources: SourceRef[];
}

export interface InstrumentDefinition<Schema extends z.ZodType = z.ZodType> {
  id: InstrumentId;
  /** Bumped whenever a rule or threshold changes, so stored results name the rules that made them. */
  version: string;
  name: Msg;
  summary: Msg;
  schema: Schema;
  sources: SourceRef[];
  /** Worked examples: used by the docs, the CLI help and the tests. */
  examples: ReadonlyArray<z.input<Schema>>;
  /** Validates `input` (throws a ZodError naming each bad field) and scores it. */
  score(input: z.input<Schema>): InstrumentResult;
}

/** What an instrument computes, before the common fields are filled in. */
export type Scored = Omit<InstrumentResult, 'instrument' | 'version' | 'name' | 'sources'> & {
  sources?: SourceRef[];
};

/** An instrument as its module writes it: the definition with `compute` in place of `score`. */
export type InstrumentSpec<Schema extends z.ZodType> = Omit<InstrumentDefinition<Schema>, 'score'> & {
  compute(input: z.output<Schema>): Scored;
};

export function defineInstrument<Schema extends z.ZodType>(spec: InstrumentSpec<Schema>): InstrumentDefinition<Schema> {
  const { compute, ...meta } = spec;
  return {
    ...meta,
    score(input) {
      const parsed = spec.schema.parse(input, { reportInput: true });
      const { sources, ...scored } = compute(parsed);
      return {
        instrument: spec.id,
        version: spec.version,
        name: text(spec.name),
        ...scored,
        sources: sources ?? spec.sources,
      };
    },
  };
}

/** A catalogue entry as a text; a text as it is. */
const asText = (value: Msg | Text): Text => ('en' in value ? text(value) : value);

/** An item row; `label` and `answerLabel` are catalogue entries or texts (`verbatim` for a number or a code). */
export function item(id: string, label: Msg | Text, answer: Answer, answerLabel: Msg | Text, points: number | null): ItemResult {
  return { id, label: asText(label), answer, answerLabel: asText(answerLabel), points };
}

export function band(id: string, label: Msg | Text): Band {
  return { id, label: asText(label) };
}

/** A zod enum of an option table's keys, so the accepted values are listed in one place. */
export function optionOf<T extends Record<string, unknown>>(table: T) {
  return z.enum(Object.keys(table) as [keyof T & string, ...(keyof T & string)[]]);
}
