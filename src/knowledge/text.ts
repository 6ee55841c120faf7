import { LANGS, type Lang, type Localized } from '../i18n/lang.js';

/**
 * Language-neutral text: what the core returns instead of a sentence. `key` names a catalogue
 * entry (`pvp.painfulLesion`); `params` fill its `{name}` placeholders and may themselves be
 * texts or lists. `render` turns a whole result into one language at the edge (CLI, API, web,
 * PDF, CDS cards), so a result stored once prints in any language.
 */
export interface Text {
  readonly key: string;
  readonly params?: Readonly<Record<string, TextParam>>;
  /** Type-only: tells a text from any other object with a `key` (a plan step); never present at run time. */
  readonly [TEXT_BRAND]: true;
}
declare const TEXT_BRAND: unique symbol;
const asText = (value: { key: string; params?: Readonly<Record<string, TextParam>> }): Text => value as Text;
/** A list parameter is rendered with the language's list separator ("a, b" / "a、b"). */
export type TextParam = string | number | Text | readonly TextParam[];

/** A catalogue entry: its texts in every language and the key results carry. */
export type Msg = Localized & { readonly key: string };

/** A catalogue with every text keyed (see defineTexts). */
export type Keyed<T> = T extends Localized
  ? Msg
  : T extends readonly (infer U)[]
    ? readonly Keyed<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Keyed<T[K]> }
      : T;

const CATALOGUE = new Map<string, Localized>();
const NAMESPACES = new Set<string>();

const isLocalized = (value: unknown): value is Localized =>
  typeof value === 'object' && value !== null && LANGS.every((lang) => typeof (value as Record<string, unknown>)[lang] === 'string');

/**
 * Registers a catalogue of texts under `namespace` and returns it with each text keyed by its
 * path (`defineTexts('pvp', { scope: { age: L(…) } })` → key `pvp.scope.age`). A namespace or
 * key defined twice is an error, so two catalogues cannot shadow each other.
 */
export function defineTexts<T extends object>(namespace: string, texts: T): Keyed<T> {
  if (NAMESPACES.has(namespace)) throw new Error(`text namespace defined twice: ${namespace}`);
  NAMESPACES.add(namespace);
  const walk = (value: unknown, path: string): unknown => {
    if (isLocalized(value)) {
      if (CATALOGUE.has(path)) throw new Error(`text key defined twice: ${path}`);
      CATALOGUE.set(path, value);
      return Object.freeze({ ...value, key: path });
    }
    if (Array.isArray(value)) return Object.freeze(value.map((v, i) => walk(v, `${path}.${i}`)));
    if (typeof value === 'object' && value !== null) {
      return Object.freeze(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, `${path}.${k}`)])));
    }
    return value;
  };
  return walk(texts, namespace) as Keyed<T>;
}

/** A text of a catalogue with its parameters. */
export function text(msg: Msg, params?: Record<string, TextParam>): Text {
  return asText(params && Object.keys(params).length > 0 ? { key: msg.key, params } : { key: msg.key });
}

/** A string that is the same in every language (a level "T12-L1", a drug code, a number with its unit). */
export function verbatim(value: string): Text {
  return asText({ key: VERBATIM, params: { text: value } });
}

/** Several texts as one: joined by `separator` (the language's list separator by default). */
export function join(items: readonly TextParam[], separator?: Msg): Text {
  return asText({ key: JOIN, params: separator ? { items, separator: text(separator) } : { items } });
}

const VERBATIM = '$verbatim';
const JOIN = '$join';
const BUILT_IN = new Set([VERBATIM, JOIN]);
const LIST_SEPARATOR: Localized = { en: ', ', zh: '、', ja: '、' };

/** Whether `value` is a language-neutral text (an object of `key` and `params` only, with a known key). */
export function isText(value: unknown): value is Text {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { key } = value as { key?: unknown };
  if (typeof key !== 'string' || !(CATALOGUE.has(key) || BUILT_IN.has(key))) return false;
  return Object.keys(value).every((k) => k === 'key' || k === 'params');
}

/** Whether a catalogue holds `key` (tests check that every key a result carries renders). */
export const hasText = (key: string): boolean => CATALOGUE.has(key) || BUILT_IN.has(key);

function renderParam(param: TextParam, lang: Lang): string {
  if (typeof param === 'string') return param;
  if (typeof param === 'number') return String(param);
  if (Array.isArray(param)) return (param as readonly TextParam[]).map((p) => renderParam(p, lang)).join(LIST_SEPARATOR[lang]);
  return renderText(param as Text, lang);
}

/** One text in `lang`; an unknown key renders as itself in brackets rather than failing a page. */
export function renderText(value: Text, lang: Lang): string {
  const params = value.params ?? {};
  if (value.key === VERBATIM) return String(params.text ?? '');
  if (value.key === JOIN) {
    const separator = params.separator ? renderParam(params.separator, lang) : LIST_SEPARATOR[lang];
    return ((params.items ?? []) as readonly TextParam[]).map((p) => renderParam(p, lang)).join(separator);
  }
  const template = CATALOGUE.get(value.key);
  if (!template) return `[${value.key}]`;
  return template[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? renderParam(params[name] as TextParam, lang) : whole));
}

/** A result with every text rendered as a string. */
export type Rendered<T> = T extends Text
  ? string
  : T extends (...args: never[]) => unknown
    ? T
    : T extends readonly (infer U)[]
      ? Rendered<U>[]
      : T extends object
        ? { [K in keyof T]: Rendered<T[K]> }
        : T;

/**
 * Renders every text in a result (at any depth) in `lang`; strings, numbers and other values are
 * kept as they are, so a result stored before texts were keyed still renders as it was stored.
 */
export function render<T>(value: T, lang: Lang): Rendered<T> {
  const walk = (v: unknown): unknown => {
    if (isText(v)) return renderText(v, lang);
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as Rendered<T>;
}

/** Every key a result carries that no catalogue defines (empty when everything renders). */
export function unknownKeys(value: unknown): string[] {
  const unknown = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    const { key } = v as { key?: unknown };
    const keys = Object.keys(v);
    if (typeof key === 'string' && keys.every((k) => k === 'key' || k === 'params') && key.includes('.') && !hasText(key)) unknown.add(key);
    Object.values(v).forEach(walk);
  };
  walk(value);
  return [...unknown];
}
