import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const tomitaText = defineTexts('tomita', {
  name: L('Tomita score', 'Tomita 评分', '富田スコア（Tomita score）'),
  summary: L(
    'Prognosis and surgical strategy, 3 items, 2–10 (wide/marginal … supportive care)',
    '预后与手术策略评分，3 项，2~10 分（广泛/边缘切除 … 支持治疗）',
    '予後と手術戦略のスコア、3項目、2~10点（広範・辺縁切除 … 支持療法）',
  ),
  items: {
    growth: L('Primary tumour growth', '原发肿瘤生长速度', '原発巣の増殖速度'),
    visceral: L('Visceral metastases', '内脏转移', '内臓転移'),
    bone: L('Bone metastases (including spine)', '骨转移（含脊柱）', '骨転移（脊椎を含む）'),
  },
  growth: {
    slow: L('Slow growth', '生长缓慢', '緩徐な増殖'),
    moderate: L('Moderate growth', '生长中速', '中等度の増殖'),
    rapid: L('Rapid growth', '生长迅速', '急速な増殖'),
  },
  /** The growth item's answer: the class with the histology (and breast subtype) it was read from. */
  growthAnswer: L('{growth} ({histology})', '{growth} ({histology})', '{growth} ({histology})'),
  growthAnswerWithSubtype: L('{growth} ({histology}, {subtype})', '{growth} ({histology}, {subtype})', '{growth} ({histology}, {subtype})'),
  visceral: {
    none: L('None', '无', 'なし'),
    treatable: L('Treatable', '可治疗', '治療可能'),
    untreatable: L('Untreatable', '无法治疗', '治療不能'),
  },
  bone: {
    solitary: L('Solitary or isolated', '单发', '単発'),
    multiple: L('Multiple', '多发', '多発'),
  },
  bands: {
    'wide-or-marginal': L('2–3: wide or marginal excision', '2~3 分：广泛或边缘切除', '2~3 点：広範または辺縁切除'),
    'marginal-or-intralesional': L('4–5: marginal or intralesional excision', '4~5 分：边缘或病灶内切除', '4~5 点：辺縁または腫瘍内切除'),
    'palliative-surgery': L('6–7: palliative surgery', '6~7 分：姑息性手术', '6~7 点：姑息的手術'),
    'supportive-care': L('8–10: non-operative supportive care', '8~10 分：非手术支持治疗', '8~10 点：非手術的支持療法'),
  },
  interpretation: {
    'wide-or-marginal': L(
      'Tomita {total}: wide or marginal excision for long-term local control.',
      'Tomita {total} 分：行广泛切除或边缘切除，以获得长期局部控制。',
      'Tomita {total} 点：長期局所制御を目的に広範切除または辺縁切除を行う。',
    ),
    'marginal-or-intralesional': L(
      'Tomita {total}: marginal or intralesional excision for middle-term local control.',
      'Tomita {total} 分：行边缘或病灶内切除，以获得中期局部控制。',
      'Tomita {total} 点：中期的局所制御を目的に辺縁切除または腫瘍内切除を行う。',
    ),
    'palliative-surgery': L(
      'Tomita {total}: palliative surgery.',
      'Tomita {total} 分：行姑息性手术。',
      'Tomita {total} 点：姑息的手術を行う。',
    ),
    'supportive-care': L(
      'Tomita {total}: non-operative supportive care only.',
      'Tomita {total} 分：仅行非手术支持治疗。',
      'Tomita {total} 点：非手術的支持療法のみ。',
    ),
  },
  publishedTotal: L('Total as published (Tomita 2001)', '原版总分（Tomita 2001）', '原著どおりの合計（Tomita 2001）'),
  breastModifierApplied: L(
    'Breast cancer, {subtype}: growth moved from slow (1 point) to moderate (2 points) as 002 §2.2 advises, raising the points; the published score counts slow (1).',
    '{subtype}乳腺癌：已按 002 §2.2 将原发肿瘤由慢性生长（1 分）改为中速生长（2 分），分值上调；原版评分仍按慢性生长（1 分）计。',
    '{subtype}乳癌：002 §2.2 に従い原発巣の増殖速度を緩徐（1 点）から中等度（2 点）に変更し、点数を上げた。原著のスコアでは緩徐（1 点）のまま。',
  ),
  breastModifierNotApplicable: L(
    'Breast cancer, {subtype}: 002 §2.2 moves slow growth (1 point) to moderate (2 points), but growth was given as "{growth}" ({points} points); the points are unchanged.',
    '{subtype}乳腺癌：002 §2.2 建议将慢性生长（1 分）改为中速生长（2 分），但输入的生长速度为“{growth}”（{points} 分），故分值不变。',
    '{subtype}乳癌：002 §2.2 は緩徐（1 点）を中等度（2 点）に変更するとしているが、増殖速度は「{growth}」（{points} 点）と入力されたため、点数は変わらない。',
  ),
  breastSubtypeMissing: L(
    'Breast cancer without receptor status: growth scores slow (1 point) as published; 002 §2.2 moves ER/HR-negative or triple-negative disease to moderate (2 points).',
    '乳腺癌未提供受体状态：原发肿瘤按原版评分的慢性生长（1 分）计；002 §2.2 建议 ER/HR 阴性或三阴性乳腺癌改为中速生长（2 分）。',
    '乳癌で受容体状態が不明のため、増殖速度は原著どおり緩徐（1 点）とした。ER/HR 陰性またはトリプルネガティブ乳癌では、002 §2.2 は中等度（2 点）とするよう勧めている。',
  ),
  growthOverride: L(
    'Growth class "{given}" was given for {histology}, whose published Tomita class is "{published}"; the given class was used.',
    '{histology} 的 Tomita 公布分类为“{published}”，但输入为“{given}”；已采用输入的分类。',
    '{histology} の Tomita 分類は「{published}」だが「{given}」が入力されたため、入力値を用いた。',
  ),
  pointsNote: L(
    'Points are Tomita 2001’s (growth 1/2/4, visceral 0/2/4, bone 1/2); 002 §2.1 prints them garbled as "4, 2, 0".',
    '分值采用 Tomita 2001 原文（生长 1/2/4，内脏 0/2/4，骨 1/2）；002 §2.1 中“4、2、0 分”的表述有误。',
    '点数は Tomita 2001 の原典による（増殖 1/2/4、内臓 0/2/4、骨 1/2）。002 §2.1 の「4、2、0 分」は誤記。',
  ),
  /** Validation error (a zod refusal's `params.text`); `primary` is the histology code as entered. */
  growthRequired: L(
    'required for primary "{primary}": Tomita 2001 publishes no growth class for it; accepted: {accepted}',
    '原发肿瘤为 "{primary}" 时必填：Tomita 2001 未给出其生长速度分类；可填 {accepted}',
    '原発巣 "{primary}" では必須：Tomita 2001 にはその増殖速度の分類がない；{accepted}',
  ),
});
