import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

/** Section names only: the questionnaire's statements are copyrighted and are not shipped. */
export const odiText = defineTexts('odi', {
  name: L('Oswestry Disability Index (ODI)', 'Oswestry 功能障碍指数（ODI）', 'Oswestry 障害指数（ODI）'),
  summary: L(
    'Back-pain disability, 10 sections scored 0–5 → 0–100 % (missing sections handled)',
    '腰痛功能障碍，10 个部分各 0~5 分 → 0~100%（可处理缺失部分）',
    '腰痛による障害、10 セクション各 0~5 点 → 0~100%（未回答セクションに対応）',
  ),
  sections: {
    painIntensity: L('Pain intensity', '疼痛程度', '痛みの強さ'),
    personalCare: L('Personal care (washing, dressing)', '个人护理（洗漱、穿衣）', '身の回りのこと（洗面・着替え）'),
    lifting: L('Lifting', '提物', '物を持ち上げること'),
    walking: L('Walking', '行走', '歩行'),
    sitting: L('Sitting', '坐', '座ること'),
    standing: L('Standing', '站立', '立つこと'),
    sleeping: L('Sleeping', '睡眠', '睡眠'),
    sexLife: L('Sex life (if applicable)', '性生活（如适用）', '性生活（該当する場合）'),
    socialLife: L('Social life', '社会生活', '社会生活'),
    travelling: L('Travelling', '旅行', '移動・旅行'),
  },
  statement: L('statement {n} of 0–5', '第 {n} 项陈述（0~5）', '選択肢 {n}（0~5）'),
  notAnswered: L('not answered', '未作答', '未回答'),
  bands: {
    minimal: L('0–20 %: minimal disability', '0~20%：轻度功能障碍', '0~20%：最小限の障害'),
    moderate: L('21–40 %: moderate disability', '21~40%：中度功能障碍', '21~40%：中等度の障害'),
    severe: L('41–60 %: severe disability', '41~60%：重度功能障碍', '41~60%：高度の障害'),
    crippled: L('61–80 %: crippled', '61~80%：严重影响生活', '61~80%：日常生活に重大な支障'),
    'bed-bound': L('81–100 %: bed-bound (or exaggerating)', '81~100%：卧床（或夸大症状）', '81~100%：寝たきり（または症状の誇張）'),
  },
  interpretation: L(
    'ODI {percent} % ({sum}/{max}, {answered} of 10 sections answered): {band}.',
    'ODI {percent}%（{sum}/{max}，作答 {answered}/10 个部分）：{band}。',
    'ODI {percent}%（{sum}/{max}、10 セクション中 {answered} 回答）：{band}。',
  ),
  missingCaveat: L(
    '{missing} section(s) unanswered: the denominator is 5 × sections answered. At most {max} unanswered sections are accepted.',
    '{missing} 个部分未作答：分母为 5 × 作答部分数。最多允许 {max} 个部分未作答。',
    '{missing} セクション未回答：分母は 5 × 回答セクション数。未回答は最大 {max} セクションまで。',
  ),
  /** The validation error when more sections are unanswered than the score accepts. */
  tooManyUnanswered: L(
    '{missing} sections unanswered ({sections}); at most {max} may be missing; each section accepts 0–5',
    '{missing} 个部分未作答（{sections}）；最多允许 {max} 个部分未作答；每个部分可填 0~5',
    '{missing} セクションが未回答（{sections}）。未回答は最大 {max} セクションまで。各セクションは 0~5 で回答する',
  ),
  change: L(
    'Change from baseline {baseline} %: {delta} percentage points.',
    '相对基线 {baseline}%：变化 {delta} 个百分点。',
    'ベースライン {baseline}% からの変化：{delta} ポイント。',
  ),
});
