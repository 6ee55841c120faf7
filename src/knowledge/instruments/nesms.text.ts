import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const nesmsText = defineTexts('nesms', {
  name: L('New England Spinal Metastasis Score (NESMS)', '新英格兰脊柱转移瘤评分（NESMS）', 'New England Spinal Metastasis Score（NESMS）'),
  summary: L(
    'One-year survival prognosis of spinal metastases from the modified Bauer score, ambulatory status and serum albumin: 0–3',
    '根据改良 Bauer 评分、行走能力和血清白蛋白评估脊柱转移瘤 1 年生存预后：0~3 分',
    '改変 Bauer スコア・歩行能力・血清アルブミンによる脊椎転移の 1 年生命予後評価：0〜3 点',
  ),
  items: {
    modifiedBauer: L('Modified Bauer score (≥ 3 → 2 points)', '改良 Bauer 评分（≥ 3 分计 2 分）', '改変 Bauer スコア（3 点以上で 2 点）'),
    ambulatory: L('Ambulatory status (independent → 1 point)', '行走能力（独立行走计 1 分）', '歩行能力（自立歩行で 1 点）'),
    albumin: L('Serum albumin (≥ 3.5 g/dL → 1 point)', '血清白蛋白（≥ 3.5 g/dL 计 1 分）', '血清アルブミン（3.5 g/dL 以上で 1 点）'),
  },
  modifiedBauerAnswer: L('{total}/4 ({band})', '{total}/4 分（{band}）', '{total}/4 点（{band}）'),
  albuminAnswer: L('{value} g/dL', '{value} g/dL', '{value} g/dL'),
  ambulatory: {
    independent: L('independent', '独立行走', '自立歩行'),
    assisted: L('walks with assistance', '需辅助行走', '介助歩行'),
    'non-ambulatory': L('non-ambulatory', '不能行走', '歩行不能'),
  },
  bands: {
    '0': L('NESMS 0: worst prognosis', 'NESMS 0 分：预后最差', 'NESMS 0 点：予後最不良'),
    '1': L('NESMS 1: poor prognosis', 'NESMS 1 分：预后差', 'NESMS 1 点：予後不良'),
    '2': L('NESMS 2: intermediate prognosis', 'NESMS 2 分：预后中等', 'NESMS 2 点：予後中等度'),
    '3': L('NESMS 3: best prognosis', 'NESMS 3 分：预后最好', 'NESMS 3 点：予後最良'),
  },
  interpretation: L(
    'NESMS {total}/3: {band}. The higher the score, the better the one-year survival; in the prospective validation (Schoenfeld 2021) the odds of death within a year against NESMS 3 were 7.0 × for NESMS 2 and 31.3 × for NESMS 1.',
    'NESMS {total}/3 分：{band}。分数越高，1 年生存越好；前瞻性验证（Schoenfeld 2021）中，与 NESMS 3 分相比，2 分者 1 年内死亡的比值比为 7.0，1 分者为 31.3。',
    'NESMS {total}/3 点：{band}。点数が高いほど 1 年生存は良好。前向き検証（Schoenfeld 2021）では NESMS 3 点に対する 1 年以内死亡のオッズ比は 2 点で 7.0、1 点で 31.3。',
  ),
  caveats: {
    ceiling: L(
      'The items add up to {sum}; NESMS has a ceiling of 3 (Ghori 2015), so the score is 3.',
      '各项合计 {sum} 分；NESMS 上限为 3 分（Ghori 2015），故计 3 分。',
      '各項目の合計は {sum} 点だが、NESMS の上限は 3 点（Ghori 2015）のため 3 点とする。',
    ),
    population: L(
      'Derived from 307 patients operated on for spinal metastases at New England centres (Ghori 2015; one-year survival 48 %) and validated prospectively in 180 operated and non-operated patients enrolled 2017–2018 (one-year mortality 56 %).',
      '来源于新英格兰多中心 307 例脊柱转移瘤手术患者（Ghori 2015；1 年生存率 48%），并在 2017–2018 年入组的 180 例手术及非手术患者中前瞻性验证（1 年死亡率 56%）。',
      'ニューイングランドの多施設で脊椎転移の手術を受けた 307 例（Ghori 2015、1 年生存率 48%）から作成され、2017〜2018 年登録の手術・非手術患者 180 例で前向きに検証された（1 年死亡率 56%）。',
    ),
    thresholds: L(
      'The cut-offs (modified Bauer ≥ 3 for 2 points, independent ambulation, albumin ≥ 3.5 g/dL) and the one-year survival of each score were not confirmed against the full texts when this instrument was written; no survival percentage is shown. Check against Ghori 2015 and Schoenfeld 2021 before relying on a borderline score.',
      '编写本工具时未能对照原文核实各项界值（改良 Bauer ≥ 3 分计 2 分、独立行走、白蛋白 ≥ 3.5 g/dL）及各分值的 1 年生存率，故不显示生存百分比。临界分值请对照 Ghori 2015 与 Schoenfeld 2021 原文。',
      '本ツール作成時に各カットオフ（改変 Bauer 3 点以上で 2 点、自立歩行、アルブミン 3.5 g/dL 以上）と各点数の 1 年生存率を原著で確認できなかったため、生存率は示さない。境界域の点数では Ghori 2015 と Schoenfeld 2021 を確認すること。',
    ),
    era: L(
      'Cohorts treated mostly before current immunotherapy and many targeted therapies; survival by histology and molecular status is not weighed.',
      '队列多数早于当前免疫治疗及多种靶向治疗；未考虑按组织学及分子状态区分的生存差异。',
      'コホートの多くは現在の免疫療法や多くの分子標的治療以前のもので、組織型や分子状態による生存差は考慮されない。',
    ),
  },
});
