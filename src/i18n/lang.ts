export const LANGS = ['en', 'zh', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** One text in every supported language; the type makes a missing translation a compile error. */
export type Localized = Readonly<Record<Lang, string>>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Picks the text for `lang` and fills `{name}` placeholders. */
export function localize(text: Localized, lang: Lang, params: Record<string, string | number> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** Shorthand for writing catalogues: English, Chinese, Japanese. */
export function L(en: string, zh: string, ja: string): Localized {
  return { en, zh, ja };
}
