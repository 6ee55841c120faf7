import { GRADE_EVIDENCE, GRADE_STRENGTH, GRADING_COMMA as COMMA, GRADING_SEPARATOR as SEPARATOR, MINDS_EVIDENCE_WORD, MINDS_STRENGTH } from './text.js';
import type { Lang } from '../../i18n/lang.js';
import type {
  GradedStatement,
  Grading,
  GuidelineRecommendation,
} from './types.js';

const parenthesised = (lang: Lang, inner: string) => (lang === 'en' ? ` (${inner})` : `（${inner}）`);

/** One grade in words, e.g. "weak recommendation, evidence C (Minds 2017)" or "1A (GRADE: strong, high-quality evidence)". */
export function formatGrading(grading: Grading, lang: Lang): string {
  if (grading.grading === 'minds-2017') {
    const strength = MINDS_STRENGTH[grading.strength][lang];
    return `${strength}${COMMA[lang]}${MINDS_EVIDENCE_WORD[lang]} ${grading.evidence}${parenthesised(lang, 'Minds 2017')}`;
  }
  const colon = lang === 'en' ? ': ' : '：';
  const words = `${GRADE_STRENGTH[grading.strength][lang]}${COMMA[lang]}${GRADE_EVIDENCE[grading.evidence][lang]}`;
  return `${grading.grade}${parenthesised(lang, `GRADE${colon}${words}`)}`;
}

/** The separately graded parts of a recommendation: its clauses, or the whole recommendation. */
export function gradedStatements(rec: GuidelineRecommendation): readonly GradedStatement[] {
  return rec.document === '004' && rec.clauses ? rec.clauses : [rec];
}

/** The grade of a recommendation for a renderer; separately graded clauses are listed in order. */
export function formatGrade(rec: GuidelineRecommendation, lang: Lang): string {
  return gradedStatements(rec)
    .map((part) => formatGrading(part, lang))
    .join(SEPARATOR[lang]);
}
