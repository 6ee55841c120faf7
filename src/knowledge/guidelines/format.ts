import { GRADE_EVIDENCE, GRADE_STRENGTH, GRADING, GRADING_SEPARATOR as SEPARATOR, MINDS_STRENGTH } from './text.js';
import { join, text, type Text } from '../text.js';
import type {
  GradedStatement,
  Grading,
  GuidelineRecommendation,
} from './types.js';

/** One grade in words, e.g. "weak recommendation, evidence C (Minds 2017)" or "1A (GRADE: strong, high-quality evidence)". */
export function formatGrading(grading: Grading): Text {
  if (grading.grading === 'minds-2017') {
    return text(GRADING.minds, { strength: text(MINDS_STRENGTH[grading.strength]), evidence: grading.evidence });
  }
  return text(GRADING.grade, { grade: grading.grade, strength: text(GRADE_STRENGTH[grading.strength]), evidence: text(GRADE_EVIDENCE[grading.evidence]) });
}

/** The separately graded parts of a recommendation: its clauses, or the whole recommendation. */
export function gradedStatements(rec: GuidelineRecommendation): readonly GradedStatement[] {
  return rec.document === '004' && rec.clauses ? rec.clauses : [rec];
}

/** The grade of a recommendation for a renderer; separately graded clauses are listed in order. */
export function formatGrade(rec: GuidelineRecommendation): Text {
  return join(gradedStatements(rec).map(formatGrading), SEPARATOR);
}
