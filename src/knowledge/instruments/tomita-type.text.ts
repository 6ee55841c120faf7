import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const tomitaTypeText = defineTexts('tomitaType', {
  name: L('Tomita surgical classification', 'Tomita 外科分型', '富田分類（Tomita surgical classification）'),
  summary: L(
    'Local extent of a spinal metastasis: type 1–7 (intracompartmental 1–3, extracompartmental 4–6, multiple 7)',
    '脊柱转移瘤局部侵犯范围：1~7 型（间室内 1~3，间室外 4~6，多发 7）',
    '脊椎転移の局所進展：1~7 型（区画内 1~3、区画外 4~6、多発 7）',
  ),
  items: {
    sites: L('Sites involved', '受累部位', '病変部位'),
    adjacentVertebrae: L('Extends to adjacent vertebrae', '累及相邻椎体', '隣接椎体へ進展'),
    skipLesions: L('Multiple skip lesions', '多发跳跃性病灶', '多発性スキップ病変'),
  },
  sites: {
    body: L('vertebral body', '椎体', '椎体'),
    pedicle: L('pedicle', '椎弓根', '椎弓根'),
    lamina: L('lamina / posterior elements', '椎板／后部附件', '椎弓板／後方要素'),
    'spinal-canal': L('spinal canal (epidural)', '椎管（硬膜外）', '脊柱管（硬膜外）'),
    paravertebral: L('paravertebral tissue', '椎旁组织', '傍脊柱組織'),
  },
  yes: L('yes', '是', 'あり'),
  no: L('no', '否', 'なし'),
  types: {
    1: L('Type 1 — vertebral body', '1 型 — 椎体', '1 型 — 椎体'),
    2: L('Type 2 — pedicle extension', '2 型 — 累及椎弓根', '2 型 — 椎弓根進展'),
    3: L('Type 3 — body–lamina extension', '3 型 — 椎体至椎板', '3 型 — 椎体・椎弓板進展'),
    4: L('Type 4 — spinal canal extension', '4 型 — 累及椎管', '4 型 — 脊柱管内進展'),
    5: L('Type 5 — paravertebral extension', '5 型 — 累及椎旁', '5 型 — 傍脊柱進展'),
    6: L('Type 6 — adjacent vertebrae', '6 型 — 累及相邻椎体', '6 型 — 隣接椎体'),
    7: L('Type 7 — multiple skip lesions', '7 型 — 多发跳跃性病灶', '7 型 — 多発性スキップ病変'),
  },
  bands: {
    intracompartmental: L('Intracompartmental (types 1–3)', '间室内（1~3 型）', '区画内（1~3 型）'),
    extracompartmental: L('Extracompartmental (types 4–6)', '间室外（4~6 型）', '区画外（4~6 型）'),
    multiple: L('Multiple (type 7)', '多发（7 型）', '多発（7 型）'),
    'posterior-only': L('Posterior elements only (outside Tomita’s types)', '仅累及后部附件（不属于 Tomita 分型）', '後方要素のみ（富田分類の対象外）'),
  },
  tes: {
    indicated: L('TES indicated (types 2–5)', 'TES 适应证（2~5 型）', 'TES の適応（2~5 型）'),
    relative: L('TES relative indication (types 1 and 6)', 'TES 相对适应证（1 型和 6 型）', 'TES の相対的適応（1 型と 6 型）'),
    contraindicated: L('TES contraindicated (type 7)', 'TES 禁忌（7 型）', 'TES 禁忌（7 型）'),
  },
  interpretation: {
    intracompartmental: L(
      '{type}. {tes}. Intracompartmental disease should get wide or at least marginal excision; microwave ablation alone is suitable only for types 1–3.',
      '{type}。{tes}。间室内病变应行广泛切除或至少边缘切除；单独微波消融仅适用于 1~3 型。',
      '{type}。{tes}。区画内病変には広範切除、少なくとも辺縁切除を行う。マイクロ波焼灼単独は 1~3 型のみ適応。',
    ),
    extracompartmental: L(
      '{type}. {tes}. For extracompartmental disease marginal excision is possible only where a fibrous reactive zone surrounds the tumour; ablation needs to be combined with surgery or radiotherapy.',
      '{type}。{tes}。间室外病变仅在病灶周围存在纤维反应带时才可能边缘切除；消融需联合手术或放疗。',
      '{type}。{tes}。区画外病変では腫瘍周囲に線維性反応層がある場合にのみ辺縁切除が可能。焼灼は手術または放射線治療と併用する。',
    ),
    multiple: L(
      '{type}. {tes}.',
      '{type}。{tes}。',
      '{type}。{tes}。',
    ),
    'posterior-only': L(
      'Only the posterior elements are involved, which Tomita’s types do not cover; posterior-only disease (WBB zones 10–3) is treated by laminectomy with fixation.',
      '仅累及后部附件，不属于 Tomita 分型；仅累及后侧附件（WBB 10~3 区）者适用后路椎板切除内固定术。',
      '後方要素のみの病変で富田分類の対象外。後方要素のみの病変（WBB 10~3 区）には椎弓切除と固定術を行う。',
    ),
  },
  caveatIndividual: L(
    'TES also depends on general condition, life expectancy > 6 months, a solitary metastasis and a controlled primary; assess each patient individually.',
    'TES 还需患者全身情况良好、预期寿命 > 6 个月、孤立性转移且原发灶治疗有效，需个体化评估。',
    'TES には全身状態良好、余命 6 か月超、孤立性転移、原発巣の制御も必要であり、個別に評価する。',
  ),
  /** Validation error (a zod refusal's `params.text`). */
  siteTwice: L('each site may be listed once', '每个部位只填一次', '各部位は一度だけ'),
});
