import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const mirelsText = defineTexts('mirels', {
  name: L('Mirels score (impending pathological fracture of a long bone)', 'Mirels 评分（长骨病理性骨折风险）', 'Mirels スコア（長管骨の切迫病的骨折）'),
  summary: L(
    'Risk of pathological fracture of a long-bone metastasis from site, pain, lesion type and size: 4–12',
    '依据部位、疼痛、病灶性质与大小评估长骨转移瘤病理性骨折风险：4~12 分',
    '部位・疼痛・病変の性状・大きさから長管骨転移の病的骨折リスクを評価：4〜12 点',
  ),
  items: {
    site: L('Site', '部位', '部位'),
    pain: L('Pain', '疼痛', '疼痛'),
    lesion: L('Lesion type', '病灶性质', '病変の性状'),
    size: L('Size (share of the cortex destroyed)', '大小（骨皮质破坏比例）', '大きさ（皮質破壊の割合）'),
  },
  site: {
    'upper-limb': L('upper limb', '上肢', '上肢'),
    'lower-limb': L('lower limb', '下肢', '下肢'),
    peritrochanteric: L('peritrochanteric', '股骨转子周围', '転子部周囲'),
  },
  pain: {
    mild: L('mild', '轻度', '軽度'),
    moderate: L('moderate', '中度', '中等度'),
    functional: L('functional (pain on use of the limb)', '功能性（肢体活动时疼痛）', '機能性（肢の使用で疼痛）'),
  },
  lesion: {
    blastic: L('blastic', '成骨性', '造骨性'),
    mixed: L('mixed', '混合性', '混合性'),
    lytic: L('lytic', '溶骨性', '溶骨性'),
  },
  size: {
    'under-third': L('under 1/3', '小于 1/3', '1/3 未満'),
    'third-to-two-thirds': L('1/3 to 2/3', '1/3~2/3', '1/3〜2/3'),
    'over-two-thirds': L('over 2/3', '大于 2/3', '2/3 超'),
  },
  bands: {
    low: L('≤ 7: low fracture risk — radiotherapy and observation (Mirels)', '≤ 7 分：骨折风险低——放疗并观察（Mirels）', '7 点以下：骨折リスク低——放射線治療と経過観察（Mirels）'),
    borderline: L('8: borderline — clinical judgement (Mirels)', '8 分：临界——临床判断（Mirels）', '8 点：境界域——臨床判断（Mirels）'),
    high: L('≥ 9: impending fracture — prophylactic fixation before irradiation (Mirels)', '≥ 9 分：即将骨折——放疗前预防性内固定（Mirels）', '9 点以上：切迫骨折——照射前の予防的固定（Mirels）'),
  },
  interpretation: L('Mirels {total}/12: {band}.', 'Mirels 评分 {total}/12 分：{band}。', 'Mirels スコア {total}/12 点：{band}。'),
  caveats: {
    public: L(
      'A public score the sources do not print: 004 §4.5.2 makes an impending fracture an indication for surgery but names no instrument to find it; Mirels 1989 is used as that instrument.',
      '来源文件未列出此评分：004 §4.5.2 将病理性骨折倾向列为手术指征，但未指定评估工具；此处采用公开的 Mirels 1989 评分。',
      'この評価はソース文書に掲載されていない公開スコア：004 §4.5.2 は切迫骨折を手術適応とするが評価法を示さないため、Mirels 1989 を用いる。',
    ),
    population: L(
      'Derived retrospectively from irradiated long-bone metastases; at the cut-off of 9 it is highly sensitive (over 91 %) but poorly specific (about 35 %) for fracture, so it over-calls fracture in many patients; functional pain is its strongest item.',
      '回顾性来源于接受放疗的长骨转移病灶；以 9 分为界时对骨折的敏感性高（超过 91%）而特异性低（约 35%），因此会高估许多患者的骨折风险；功能性疼痛是预测力最强的项目。',
      '照射された長管骨転移から後ろ向きに導かれた。9 点を閾値とすると骨折に対する感度は高い（91% 超）が特異度は低く（約 35%）、多くの患者で骨折を過大に予測する。機能性疼痛が最も強い予測項目である。',
    ),
    notAlone: L(
      'The choice of operation stays individual (004 §4.5.4.1: "不同部位长骨转移瘤的手术方式应进行个体化选择").',
      '手术方式仍需个体化选择（004 §4.5.4.1：“不同部位长骨转移瘤的手术方式应进行个体化选择”）。',
      '術式は個別に選択する（004 §4.5.4.1：「不同部位长骨转移瘤的手术方式应进行个体化选择」）。',
    ),
  },
});
