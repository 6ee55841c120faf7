import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LANGS, isLang, localize, type Lang, type Localized } from '../i18n/lang.js';

const STORAGE_KEY = 'bonemet.lang';

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // storage may be disabled; fall through to the browser's language
  }
  const browser = (navigator.language || 'en').slice(0, 2);
  return isLang(browser) ? browser : 'en';
}

/** BCP 47 tags for Intl: zh is shown as simplified Chinese. */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN', ja: 'ja-JP' };

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(text: Localized, params?: Record<string, string | number>): string;
  /** An ISO date (YYYY-MM-DD) in the language's format; the date is a calendar day, not an instant. */
  date(iso: string | null | undefined): string;
  number(value: number | null | undefined, digits?: number): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not persisted: the choice still holds for this page
    }
  }, []);
  const value = useMemo<I18n>(() => {
    const dateFormat = new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    const numberFormats = new Map<number, Intl.NumberFormat>();
    const numberFormat = (digits: number) => {
      let format = numberFormats.get(digits);
      if (!format) {
        format = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: 0 });
        numberFormats.set(digits, format);
      }
      return format;
    };
    return {
      lang,
      setLang,
      t: (text, params) => localize(text, lang, params),
      date: (iso) => {
        if (!iso) return '—';
        const parsed = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
        return Number.isNaN(parsed.getTime()) ? iso : dateFormat.format(parsed);
      },
      number: (value, digits = 1) => (value === null || value === undefined || Number.isNaN(value) ? '—' : numberFormat(digits).format(value)),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export { LANGS, type Lang, type Localized };
