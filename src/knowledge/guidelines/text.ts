import { defineTexts } from '../text.js';
import type { GradeEvidence, GradeStrength, MindsStrength } from './types.js';
import { L, type Localized } from '../../i18n/lang.js';

/** Words for rendering guideline grades (Minds 2017 for 001, GRADE for 004). */
export const MINDS_STRENGTH = defineTexts('grading.mindsStrength', {
  strong: L('strong recommendation', '强推荐', '強い推奨'),
  weak: L('weak recommendation', '弱推荐', '弱い推奨'),
  none: L('no recommendation', '不作推荐', '推奨なし'),
} satisfies Record<MindsStrength, Localized>);

/** A grade in words: "weak recommendation, evidence C (Minds 2017)", "1A (GRADE: strong, high-quality evidence)". */
export const GRADING = defineTexts('grading.format', {
  minds: L('{strength}, evidence {evidence} (Minds 2017)', '{strength}，证据等级 {evidence}（Minds 2017）', '{strength}、エビデンスの強さ {evidence}（Minds 2017）'),
  grade: L('{grade} (GRADE: {strength}, {evidence})', '{grade}（GRADE：{strength}，{evidence}）', '{grade}（GRADE：{strength}、{evidence}）'),
});

export const GRADE_STRENGTH = defineTexts('grading.gradeStrength', {
  strong: L('strong', '强推荐', '強い推奨'),
  weak: L('weak', '弱推荐', '弱い推奨'),
} satisfies Record<GradeStrength, Localized>);

export const GRADE_EVIDENCE = defineTexts('grading.gradeEvidence', {
  A: L('high-quality evidence', '高质量证据', '質の高いエビデンス'),
  B: L('moderate-quality evidence', '中等质量证据', '中程度の質のエビデンス'),
  C: L('low-quality evidence', '低质量证据', '質の低いエビデンス'),
} satisfies Record<GradeEvidence, Localized>);

export const GRADING_SEPARATOR = defineTexts('grading.separator', L('; ', '；', '；'));
