import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const tokuhashiText = defineTexts('tokuhashi', {
  name: L('Revised Tokuhashi score', '修订版 Tokuhashi 评分', '改訂 Tokuhashi スコア'),
  summary: L(
    'Prognosis of spinal metastases, 6 items, 0–15 (< 6, 6–12, > 12 months predicted survival)',
    '脊柱转移瘤预后评分，6 项，0~15 分（预计生存 < 6、6~12、> 12 个月）',
    '脊椎転移の予後スコア、6項目、0~15点（予測生存 6 か月未満、6~12 か月、12 か月超）',
  ),
  items: {
    generalCondition: L('General condition (KPS)', '全身情况（KPS）', '全身状態（KPS）'),
    extraspinalBone: L('Number of extraspinal bone metastases', '脊柱外骨转移数目', '脊椎外骨転移の数'),
    vertebralBody: L('Number of metastases in the vertebral body', '椎体转移数目', '椎体転移の数'),
    visceral: L('Metastases to the major internal organs', '主要脏器转移', '主要臓器転移'),
    primary: L('Primary site of the cancer', '原发肿瘤部位', '原発巣'),
    palsy: L('Palsy (Frankel)', '脊髓损害（Frankel）', '麻痺（Frankel）'),
  },
  kps: {
    poor: L('KPS {kps}: poor (10–40)', 'KPS {kps}：差（10~40）', 'KPS {kps}：不良（10~40）'),
    moderate: L('KPS {kps}: moderate (50–70)', 'KPS {kps}：一般（50~70）', 'KPS {kps}：中等度（50~70）'),
    good: L('KPS {kps}: good (80–100)', 'KPS {kps}：良好（80~100）', 'KPS {kps}：良好（80~100）'),
  },
  count: L('{n}', '{n} 个', '{n} 個'),
  /** The primary-site answer for breast cancer with its receptor subtype. */
  breastWithSubtype: L('{primary} ({subtype})', '{primary} ({subtype})', '{primary} ({subtype})'),
  visceral: {
    unresectable: L('Unresectable', '无法切除', '切除不能'),
    resectable: L('Resectable', '可切除', '切除可能'),
    none: L('No metastases', '无转移', '転移なし'),
  },
  palsy: {
    complete: L('Frankel {grade}: complete (A, B)', 'Frankel {grade}：完全型（A、B）', 'Frankel {grade}：完全（A、B）'),
    incomplete: L('Frankel {grade}: incomplete (C, D)', 'Frankel {grade}：部分型（C、D）', 'Frankel {grade}：不全（C、D）'),
    none: L('Frankel E: none', 'Frankel E：无损害', 'Frankel E：麻痺なし'),
  },
  bands: {
    'under-6-months': L('0–8: predicted survival < 6 months', '0~8 分：预计生存期 < 6 个月', '0~8 点：予測生存期間 6 か月未満'),
    '6-to-12-months': L('9–11: predicted survival 6–12 months', '9~11 分：预计生存期 6~12 个月', '9~11 点：予測生存期間 6~12 か月'),
    'over-12-months': L('12–15: predicted survival > 12 months', '12~15 分：预计生存期 > 12 个月', '12~15 点：予測生存期間 12 か月超'),
  },
  interpretation: {
    'under-6-months': L(
      'Revised Tokuhashi {total}: predicted survival under 6 months; Tokuhashi 2005 advises conservative (palliative) treatment.',
      '修订版 Tokuhashi {total} 分：预计生存期 < 6 个月；Tokuhashi 2005 建议保守（姑息）治疗。',
      '改訂 Tokuhashi {total} 点：予測生存期間 6 か月未満。Tokuhashi 2005 は保存的（緩和的）治療を推奨。',
    ),
    '6-to-12-months': L(
      'Revised Tokuhashi {total}: predicted survival 6–12 months; Tokuhashi 2005 advises palliative surgery, excisional surgery for a solitary lesion without major-organ metastases.',
      '修订版 Tokuhashi {total} 分：预计生存期 6~12 个月；Tokuhashi 2005 建议姑息手术，单发且无主要脏器转移者可行切除手术。',
      '改訂 Tokuhashi {total} 点：予測生存期間 6~12 か月。Tokuhashi 2005 は姑息的手術を推奨し、主要臓器転移のない単発病変では切除術を考慮。',
    ),
    'over-12-months': L(
      'Revised Tokuhashi {total}: predicted survival over 12 months; for a solitary spinal metastasis of a relatively low-grade primary, active (excisional) surgery gives good results.',
      '修订版 Tokuhashi {total} 分：预计生存期 > 12 个月；对单发、原发肿瘤恶性程度相对较低的脊柱转移瘤，采取积极的手术治疗可取得较好疗效。',
      '改訂 Tokuhashi {total} 点：予測生存期間 12 か月超。原発巣の悪性度が比較的低い単発脊椎転移では、積極的な（切除）手術で良好な成績が得られる。',
    ),
  },
  publishedTotal: L('Total as published (Tokuhashi 2005)', '原版总分（Tokuhashi 2005）', '原著どおりの合計（Tokuhashi 2005）'),
  breastModifierApplied: L(
    'Breast cancer, {subtype}: primary-site points lowered from 5 to 3 as 002 §2.2 advises; the published score counts 5.',
    '{subtype}乳腺癌：已按 002 §2.2 将原发肿瘤部位评分由 5 分下调为 3 分；原版评分仍计 5 分。',
    '{subtype}乳癌：002 §2.2 に従い原発巣の点数を 5 点から 3 点に下げた。原著のスコアでは 5 点のまま。',
  ),
  breastSubtypeMissing: L(
    'Breast cancer without receptor status: the primary site scores 5 as published; 002 §2.2 lowers it to 3 for ER/HR-negative or triple-negative disease.',
    '乳腺癌未提供受体状态：原发肿瘤部位按原版评分计 5 分；002 §2.2 建议 ER/HR 阴性或三阴性乳腺癌下调为 3 分。',
    '乳癌で受容体状態が不明のため、原発巣は原著どおり 5 点とした。ER/HR 陰性またはトリプルネガティブ乳癌では、002 §2.2 は 3 点とするよう勧めている。',
  ),
});
