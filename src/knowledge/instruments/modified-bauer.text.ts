import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const modifiedBauerText = defineTexts('modifiedBauer', {
  name: L('Modified Bauer score', '改良 Bauer 评分', '改変 Bauer スコア'),
  summary: L(
    'Survival prognosis of spinal metastases from four favourable factors (Bauer without the pathological-fracture item): 0–4',
    '以四项有利因素（去除病理性骨折项的 Bauer 评分）评估脊柱转移瘤生存预后：0~4 分',
    '4 つの予後良好因子（病的骨折の項目を除いた Bauer スコア）による脊椎転移の生命予後評価：0〜4 点',
  ),
  items: {
    noVisceral: L('No visceral metastases', '无内脏转移', '内臓転移なし'),
    notLung: L('Primary tumour not lung cancer', '原发肿瘤非肺癌', '原発が肺癌でない'),
    favourablePrimary: L('Primary breast, kidney, lymphoma or myeloma', '原发为乳腺癌、肾癌、淋巴瘤或骨髓瘤', '原発が乳癌・腎癌・悪性リンパ腫・骨髄腫'),
    solitary: L('Solitary skeletal metastasis', '单发骨转移', '単発骨転移'),
  },
  yes: L('yes', '是', 'はい'),
  no: L('no', '否', 'いいえ'),
  /** An item's answer with the primary it was read from. */
  answerWithPrimary: L('{answer} ({primary})', '{answer} ({primary})', '{answer} ({primary})'),
  bands: {
    '0-1': L('0–1: poor prognosis (Leithner: supportive care, no surgery)', '0~1 分：预后差（Leithner：支持治疗，不手术）', '0〜1 点：予後不良（Leithner：支持療法、手術なし）'),
    '2': L('2: intermediate prognosis (Leithner: short-term palliation, posterior surgery)', '2 分：预后中等（Leithner：短期姑息，后路手术）', '2 点：予後中等度（Leithner：短期緩和、後方手術）'),
    '3-4': L('3–4: better prognosis (Leithner: mid-term local control, anterior-posterior surgery)', '3~4 分：预后较好（Leithner：中期局部控制，前后路手术）', '3〜4 点：予後比較的良好（Leithner：中期局所制御、前後方手術）'),
  },
  interpretation: L(
    'Modified Bauer {total}/4: {band}.',
    '改良 Bauer 评分 {total}/4 分：{band}。',
    '改変 Bauer スコア {total}/4 点：{band}。',
  ),
  caveats: {
    definition: L(
      'Leithner 2008 modified the Bauer score by dropping the pathological-fracture item; the four items kept are scored here (a "no pathological fracture" item is not part of the modified score).',
      'Leithner 2008 的改良 Bauer 评分去除了原 Bauer 评分的病理性骨折项，此处按保留的四项计分（“无病理性骨折”不属于改良评分）。',
      'Leithner 2008 の改変 Bauer スコアは原法の病的骨折の項目を除いたもので、ここでは残る 4 項目で採点する（「病的骨折なし」は改変スコアに含まれない）。',
    ),
    population: L(
      'Derived from 69 patients operated on for spinal metastases at one centre in 1998–2006, before targeted therapy and immunotherapy; it likely underestimates survival today.',
      '来源于单中心 1998–2006 年 69 例脊柱转移瘤手术患者，早于靶向及免疫治疗时代，可能低估当前生存期。',
      '1998〜2006 年に単施設で脊椎転移の手術を受けた 69 例に基づく。分子標的治療・免疫療法以前のデータであり、現在の生存期間を過小評価しうる。',
    ),
    survivalUnconfirmed: L(
      'The median survival per band was not confirmed against the full text of Leithner 2008 when this instrument was written, so no survival figure is shown; see the paper.',
      '编写本工具时未能对照 Leithner 2008 原文核实各分组的中位生存期，故不显示生存数字，请查阅原文。',
      '本ツール作成時に Leithner 2008 原文で各群の生存期間中央値を確認できなかったため、生存期間の数値は示さない。原著を参照のこと。',
    ),
    notAlone: L(
      'Leithner: the decision for or against surgery should never rest on a prognostic score alone; take symptoms such as pain and neurological compromise into account.',
      'Leithner：是否手术不应仅依据预后评分，还需考虑疼痛、神经功能障碍等症状。',
      'Leithner：手術の適否を予後スコアのみで決めてはならず、疼痛・神経症状などの症状を考慮する。',
    ),
  },
});
