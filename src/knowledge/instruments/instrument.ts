import { z } from 'zod';
import { localize, type Lang, type Localized } from '../../i18n/lang.js';
import type { SourceRef } from '../sources.js';

export const INSTRUMENT_IDS = [
  'sins', 'escc', 'kps', 'vas', 'tokuhashi', 'tomita', 'tomita-type', 'wbb',
  'frankel', 'odi', 'rmdq', 'md-anderson', 'modified-bauer', 'nesms', 'katagiri', 'mirels',
] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export type Answer = string | number | boolean | null | readonly (string | number)[];

export interface ItemResult {
  id: string;
  label: string;
  answer: Answer;
  answerLabel: string;
  /** null for items that describe rather than score (e.g. pain type). */
  points: number | null;
}

export interface Band {
  id: string;
  label: string;
}

export interface InstrumentResult {
  instrument: InstrumentId;
  version: string;
  lang: Lang;
  name: string;
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
  /** With `publishedTotal`: localised labels naming the source of `total` and of `publishedTotal`. */
  totalSources?: { total: string; published: string };
  items: ItemResult[];
  /** Values the instrument derives beside its total (ECOG from KPS, ODI %, pedicles from WBB zones …). */
  derived: Record<string, string | number | boolean | null | readonly (string | number)[]>;
  interpretation: string;
  caveats: string[];
  sources: SourceRef[];
}

export interface InstrumentDefinition<Schema extends z.ZodType = z.ZodType> {
  id: InstrumentId;
  /** Bumped whenever a rule or threshold changes, so stored results name the rules that made them. */
  version: string;
  name: Localized;
  summary: Localized;
  schema: Schema;
  sources: SourceRef[];
  /** Worked examples: used by the docs, the CLI help and the tests. */
  examples: ReadonlyArray<z.input<Schema>>;
  /** Validates `input` (throws a ZodError naming each bad field) and scores it. */
  score(input: z.input<Schema>, lang?: Lang): InstrumentResult;
}

/** What an instrument computes, before the common fields are filled in. */
export type Scored = Omit<InstrumentResult, 'instrument' | 'version' | 'lang' | 'name' | 'sources'> & {
  sources?: SourceRef[];
};

export function defineInstrument<Schema extends z.ZodType>(spec: {
  id: InstrumentId;
  version: string;
  name: Localized;
  summary: Localized;
  schema: Schema;
  sources: SourceRef[];
  examples: ReadonlyArray<z.input<Schema>>;
  compute(input: z.output<Schema>, lang: Lang): Scored;
}): InstrumentDefinition<Schema> {
  const { compute, ...meta } = spec;
  return {
    ...meta,
    score(input, lang = 'en') {
      const parsed = spec.schema.parse(input, { reportInput: true });
      const { sources, ...scored } = compute(parsed, lang);
      return {
        instrument: spec.id,
        version: spec.version,
        lang,
        name: localize(spec.name, lang),
        ...scored,
        sources: sources ?? spec.sources,
      };
    },
  };
}

/** Localised item row from an option catalogue entry. */
export function item(
  id: string,
  label: Localized | string,
  answer: Answer,
  answerLabel: Localized | string,
  points: number | null,
  lang: Lang,
): ItemResult {
  return {
    id,
    label: typeof label === 'string' ? label : localize(label, lang),
    answer,
    answerLabel: typeof answerLabel === 'string' ? answerLabel : localize(answerLabel, lang),
    points,
  };
}

export function band(id: string, label: Localized, lang: Lang): Band {
  return { id, label: localize(label, lang) };
}

/** A zod enum of an option table's keys, so the accepted values are listed in one place. */
export function optionOf<T extends Record<string, unknown>>(table: T) {
  return z.enum(Object.keys(table) as [keyof T & string, ...(keyof T & string)[]]);
}
