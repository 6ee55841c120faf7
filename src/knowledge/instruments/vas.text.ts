import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const vasText = defineTexts('vas', {
  name: L('Pain intensity (VAS / NRS)', '疼痛强度（VAS／NRS）', '疼痛強度（VAS／NRS）'),
  summary: L(
    'Pain 0–10 (VAS or NRS), severity band, ≥ 50 % response from a baseline, pain type',
    '疼痛 0~10 分（VAS 或 NRS）、严重程度、相对基线 ≥ 50% 的缓解、疼痛类型',
    '疼痛 0~10（VAS または NRS）、重症度、ベースラインからの 50% 以上の改善、疼痛の種類',
  ),
  score: L('Pain score', '疼痛评分', '疼痛スコア'),
  scale: {
    label: L('Scale', '量表', '尺度'),
    options: {
      vas: L('Visual analogue scale (0–10, decimals allowed)', '视觉模拟评分（0~10，可含小数）', '視覚的アナログスケール（0~10、小数可）'),
      nrs: L('Numeric rating scale (integers 0–10)', '数字评分法（0~10 整数）', '数値評価スケール（0~10 の整数）'),
    },
  },
  baseline: L('Baseline score', '基线评分', 'ベースラインスコア'),
  painType: {
    label: L('Pain type', '疼痛类型', '疼痛の種類'),
    options: {
      local: L('Local (biological) pain', '局限性疼痛', '局所痛（生物学的疼痛）'),
      mechanical: L('Mechanical pain', '机械性疼痛', '機械的疼痛'),
      radicular: L('Radicular pain', '神经根性疼痛', '神経根性疼痛'),
    },
  },
  bands: {
    none: L('No pain (0)', '无痛（0）', '痛みなし（0）'),
    mild: L('Mild (1–3)', '轻度（1~3）', '軽度（1~3）'),
    moderate: L('Moderate (4–6)', '中度（4~6）', '中等度（4~6）'),
    severe: L('Severe (7–10)', '重度（7~10）', '高度（7~10）'),
  },
  interpretation: L('Pain {score}/10: {band}.', '疼痛 {score}/10：{band}。', '疼痛 {score}/10：{band}。'),
  above000: L(
    'Above the 000 inclusion threshold (VAS > 6).',
    '高于 000 研究的纳入阈值（VAS > 6）。',
    '000 の組み入れ基準（VAS > 6）を上回る。',
  ),
  response: L(
    'Change from baseline {baseline}: {reduction} % reduction — {verdict} (patients accept a reduction of at least 50 %).',
    '相对基线 {baseline} 分：下降 {reduction}% — {verdict}（患者可接受的疼痛减轻至少为 50%）。',
    'ベースライン {baseline} からの変化：{reduction}% 減少 — {verdict}（患者は少なくとも 50% の疼痛減少を許容できるとしている）。',
  ),
  responder: L('meaningful response', '达到有意义的缓解', '意味のある改善'),
  nonResponder: L('below the 50 % threshold', '未达 50% 阈值', '50% の基準に達しない'),
  painTypeMeaning: {
    local: L(
      'Local pain (dull, well localised, not worse on movement, NSAID-responsive) is biological and responds to radiotherapy.',
      '局限性疼痛（钝痛、定位明确、活动后不加重、消炎镇痛药有效）为生物学性疼痛，放疗效果较好。',
      '局所痛（鈍痛で限局し、体動で増悪せず NSAIDs が有効）は生物学的疼痛であり、放射線治療が有効。',
    ),
    mechanical: L(
      'Mechanical pain (worse on loading or change of position) means the vertebra cannot bear load: vertebral augmentation or surgical fixation is indicated.',
      '机械性疼痛（负重或改变体位时加重）提示椎体无法承受生理负荷，需行椎体强化或手术内固定治疗。',
      '機械的疼痛（荷重や体位変換で増悪）は椎体が生理的荷重に耐えられないことを示し、椎体強化術または手術的固定が必要。',
    ),
    radicular: L(
      'Radicular pain (radiating, sharp, constant) comes from nerve compression and eases when tumour volume and compression are reduced.',
      '神经根性疼痛（放射性、锐痛、持续性）由肿瘤压迫神经所致，减少肿瘤体积、减轻压迫后多可缓解。',
      '神経根性疼痛（放散性、鋭い持続痛）は腫瘍による神経圧迫によるもので、腫瘍量を減らし圧迫を解除すると多くは軽快する。',
    ),
  },
  caveats: {
    bands: L(
      'Severity bands 1–3 / 4–6 / 7–10 are the conventional numeric-rating cut-points; the sources use the scores without bands.',
      '1~3／4~6／7~10 的分级为数字评分的常用切点；原始文献仅使用分值，未分级。',
      '1~3／4~6／7~10 の区分は数値評価の慣用的な区切りであり、出典はスコアのみを用いている。',
    ),
    breakthrough: L(
      'Assess pain routinely, quantitatively, comprehensively and dynamically; look for breakthrough pain from pathological fracture or cord compression.',
      '疼痛评估应遵循常规、量化、全面、动态的原则，注意鉴别病理性骨折或脊髓压迫引起的爆发痛。',
      '疼痛評価は常時・定量的・包括的・動的に行い、病的骨折や脊髄圧迫による突出痛に注意する。',
    ),
  },
  /** Validation error (a zod refusal's `params.text`). */
  nrsInteger: L(
    '{value} is not accepted on the NRS; accepted: integers 0–10',
    'NRS 不接受 {value}；可填 0~10 的整数',
    'NRS では {value} は入力できない；0~10 の整数',
  ),
});
