import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

/** Caveats 002 §2.2 attaches to both prognosis scores (revised Tokuhashi and Tomita). */
export const prognosisCaveats = defineTexts('prognosisCaveats', {
  noStabilityOrSensitivity: L(
    'Neither score weighs mechanical stability or the tumour’s sensitivity to radio- and chemotherapy.',
    '两套评分系统均未考虑脊柱力学稳定性及原发肿瘤对放化疗的敏感性。',
    'いずれのスコアも脊椎の力学的安定性と腫瘍の放射線・化学療法感受性を考慮しない。',
  ),
  accuracy: L(
    'In meta-analysis the revised Tokuhashi score predicted survival correctly in 63 %, with accuracy falling over time.',
    'Meta 分析显示修订版 Tokuhashi 评分的准确性为 63%，且呈逐年下降趋势。',
    'メタ解析では改訂 Tokuhashi スコアの予測精度は 63% で、年々低下している。',
  ),
  targetedTherapy: L(
    'Both scores predate targeted therapy and underestimate survival today (e.g. EGFR-mutant NSCLC: median survival 18.4 months on TKI-based therapy).',
    '两项评分均早于靶向治疗时代，会低估当前患者的生存期（如 EGFR 突变阳性非小细胞肺癌靶向治疗后中位生存期 18.4 个月）。',
    '両スコアとも分子標的治療以前のものであり、現在の生存期間を過小評価する（例：EGFR 変異陽性非小細胞肺癌の TKI 併用治療での生存期間中央値 18.4 か月）。',
  ),
  totalPer002: L('Total per 002 §2.2', '按 002 §2.2 计算的总分', '002 §2.2 に基づく合計'),
  /** Validation error (a zod refusal's `params.text`) shared by both scores; `primary` is the histology code as entered. */
  breastSubtypeOnlyBreast: L(
    'only applies when primary is "breast" (primary is "{primary}")',
    '仅在原发肿瘤为 "breast" 时适用（原发肿瘤为 "{primary}"）',
    '原発巣が "breast" の場合のみ適用（原発巣は "{primary}"）',
  ),
});
