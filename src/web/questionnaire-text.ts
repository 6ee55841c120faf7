import { useEffect, useState } from 'react';
import { L, type Lang } from '../i18n/lang.js';
import type { InstrumentId, QuestionnaireText } from '../knowledge/instruments/index.js';
import { api } from './api.js';
import type { FieldSpec } from './forms/instruments.js';

let pending: Promise<QuestionnaireText | null> | null = null;

/** The site's licensed ODI/RMDQ wording (GET /api/questionnaire-text), fetched once per page load; null until then or when none. */
export function useQuestionnaireText(wanted: boolean): QuestionnaireText | null {
  const [text, setText] = useState<QuestionnaireText | null>(null);
  useEffect(() => {
    if (!wanted) return;
    pending ??= api.get<QuestionnaireText>('/api/questionnaire-text').then((t) => (t && t.licence ? t : null), () => null);
    let live = true;
    void pending.then((t) => { if (live) setText(t); });
    return () => { live = false; };
  }, [wanted]);
  return text;
}

const same = (text: string) => L(text, text, text);

/** The instrument's fields with the site's wording in the chosen language where it has one; titles and numbers otherwise. */
export function withSiteText(instrument: InstrumentId, fields: readonly FieldSpec[], site: QuestionnaireText | null, lang: Lang): { fields: readonly FieldSpec[]; licensed: boolean } {
  if (instrument === 'odi') {
    const odi = site?.odi?.[lang];
    if (!odi) return { fields, licensed: false };
    return {
      licensed: true,
      fields: fields.map((f) => {
        const section = odi[f.path.replace(/^sections\./, '') as keyof typeof odi];
        if (!section || f.kind !== 'choice') return f;
        return {
          ...f,
          label: section.title ? same(section.title) : f.label,
          options: f.options.map((o) => ({ ...o, label: same(`${o.value} — ${section.statements[Number(o.value)] ?? ''}`) })),
        };
      }),
    };
  }
  if (instrument === 'rmdq') {
    const statements = site?.rmdq?.[lang]?.statements;
    if (!statements) return { fields, licensed: false };
    return {
      licensed: true,
      fields: fields.map((f) => (f.kind === 'multi' ? { ...f, options: f.options.map((o) => ({ ...o, label: same(`${o.value}. ${statements[Number(o.value) - 1] ?? ''}`) })) } : f)),
    };
  }
  return { fields, licensed: false };
}
