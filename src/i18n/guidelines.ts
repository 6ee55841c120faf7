import type { GradeEvidence, GradeStrength, MindsStrength } from '../knowledge/guidelines/types.js';
import { L, type Localized } from './lang.js';

/** Words for rendering guideline grades (Minds 2017 for 001, GRADE for 004). */
export const MINDS_STRENGTH: Record<MindsStrength, Localized> = {
  strong: L('strong recommendation', '强推荐', '強い推奨'),
  weak: L('weak recommendation', '弱推荐', '弱い推奨'),
  none: L('no recommendation', '不作推荐', '推奨なし'),
};

export const MINDS_EVIDENCE_WORD = L('evidence', '证据等级', 'エビデンスの強さ');

export const GRADE_STRENGTH: Record<GradeStrength, Localized> = {
  strong: L('strong', '强推荐', '強い推奨'),
  weak: L('weak', '弱推荐', '弱い推奨'),
};

export const GRADE_EVIDENCE: Record<GradeEvidence, Localized> = {
  A: L('high-quality evidence', '高质量证据', '質の高いエビデンス'),
  B: L('moderate-quality evidence', '中等质量证据', '中程度の質のエビデンス'),
  C: L('low-quality evidence', '低质量证据', '質の低いエビデンス'),
};

export const GRADING_COMMA = L(', ', '，', '、');
export const GRADING_SEPARATOR = L('; ', '；', '；');
