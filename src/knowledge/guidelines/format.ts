import { L, type Lang, type Localized } from '../../i18n/lang.js';
import type {
  GradeEvidence,
  GradeStrength,
  GradedStatement,
  Grading,
  GuidelineRecommendation,
  MindsStrength,
} from './types.js';

const MINDS_STRENGTH: Record<MindsStrength, Localized> = {
  strong: L('strong recommendation', '强推荐', '強い推奨'),
  weak: L('weak recommendation', '弱推荐', '弱い推奨'),
  none: L('no recommendation', '不作推荐', '推奨なし'),
};

const MINDS_EVIDENCE_WORD = L('evidence', '证据等级', 'エビデンスの強さ');

const GRADE_STRENGTH: Record<GradeStrength, Localized> = {
  strong: L('strong', '强推荐', '強い推奨'),
  weak: L('weak', '弱推荐', '弱い推奨'),
};

const GRADE_EVIDENCE: Record<GradeEvidence, Localized> = {
  A: L('high-quality evidence', '高质量证据', '質の高いエビデンス'),
  B: L('moderate-quality evidence', '中等质量证据', '中程度の質のエビデンス'),
  C: L('low-quality evidence', '低质量证据', '質の低いエビデンス'),
};

const COMMA = L(', ', '，', '、');
const SEPARATOR = L('; ', '；', '；');
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
