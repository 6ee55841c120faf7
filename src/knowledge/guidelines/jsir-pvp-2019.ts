import { L, type Localized } from '../../i18n/lang.js';
import { cite } from '../sources.js';
import type { ClinicalQuestion, JsirRecommendation, MindsEvidence, MindsGrading, MindsStrength } from './types.js';

// 001: JSIR guideline for PVP for spinal metastases 2019 v1.01, §7 クリニカル・クエスチョン (CQ).
// Questions and answers use the §7 wording (the table of contents and the §3(13) search tables
// phrase some questions differently).

const STRENGTH_AS_PRINTED: Record<MindsStrength, string> = { strong: '強い', weak: '弱い', none: 'なし' };

function minds(strength: MindsStrength, evidence: MindsEvidence): MindsGrading {
  return {
    grading: 'minds-2017',
    strength,
    evidence,
    grade: `推奨度：${STRENGTH_AS_PRINTED[strength]} エビデンスの強さ：${evidence}`,
  };
}

function japanese(original: string, en: string, zh: string): { original: string; text: Localized } {
  return { original, text: L(en, zh, original) };
}

function question(original: string, en: string, zh: string): ClinicalQuestion {
  return japanese(original, en, zh);
}

function cq(section: string): Pick<JsirRecommendation, 'document' | 'section' | 'source' | 'originalLang'> {
  return { document: '001', section, source: cite('001', section), originalLang: 'ja' };
}

export const JSIR_PVP_RECOMMENDATIONS: readonly JsirRecommendation[] = [
  {
    id: 'jsir-cq1-1',
    ...cq('§7 CQ1-①'),
    question: question(
      'PVPは脊椎転移による疼痛改善目的に実施することが推奨されるか？',
      'Is PVP recommended for the purpose of relieving pain caused by spinal metastases?',
      '是否推荐以改善脊柱转移所致疼痛为目的实施PVP？',
    ),
    ...japanese(
      'PVPは悪性腫瘍の転移や原発性椎体腫瘍による胸椎または腰椎の病変による疼痛が強く日常生活の行動に制限が生じている患者に対し、疼痛緩和目的に実施することを推奨する。',
      'PVP is recommended for pain palliation in patients whose thoracic or lumbar spinal lesion, caused by metastasis of a malignant tumour or by a primary vertebral tumour, causes severe pain that restricts activities of daily living.',
      '对于因恶性肿瘤转移或原发性椎体肿瘤所致胸椎或腰椎病变而疼痛剧烈、日常生活活动受限的患者，推荐以缓解疼痛为目的实施PVP。',
    ),
    ...minds('strong', 'B'),
    direction: 'for',
    topics: ['pvp', 'analgesia'],
  },
  {
    id: 'jsir-cq1-2',
    ...cq('§7 CQ1-②'),
    question: question(
      'PVPは脊椎転移による歩行動作機能改善目的に実施することが推奨されるか？',
      'Is PVP recommended for the purpose of improving walking and physical function impaired by spinal metastases?',
      '是否推荐以改善脊柱转移所致行走及活动功能为目的实施PVP？',
    ),
    ...japanese(
      'PVPは悪性腫瘍の転移や原発性椎体腫瘍による胸椎または腰椎の病変による圧迫骨折の危険性から運動制限を医師から指示されている症例に運動制限緩和目的に実施することを推奨する。',
      'PVP is recommended, to ease activity restrictions, in patients whom a physician has instructed to restrict physical activity because of the risk of compression fracture from a thoracic or lumbar spinal lesion caused by metastasis of a malignant tumour or by a primary vertebral tumour.',
      '对于因恶性肿瘤转移或原发性椎体肿瘤所致胸椎或腰椎病变存在压缩性骨折风险、已被医师要求限制活动的患者，推荐以缓解活动限制为目的实施PVP。',
    ),
    ...minds('strong', 'B'),
    direction: 'for',
    topics: ['pvp', 'mobility'],
  },
  {
    id: 'jsir-cq2',
    ...cq('§7 CQ2'),
    question: question(
      'PVPは椎体骨折予防目的に実施することを推奨されるか？',
      'Is PVP recommended for the purpose of preventing vertebral fracture?',
      '是否推荐以预防椎体骨折为目的实施PVP？',
    ),
    ...japanese(
      'PVPで望ましい効果が得られると推定される場合には実施することを提案する。',
      'PVP is suggested when it is judged likely to achieve the desired effect.',
      '当估计PVP可获得预期效果时，建议实施。',
    ),
    ...minds('weak', 'C'),
    direction: 'for',
    topics: ['pvp', 'fracture-prevention'],
  },
  {
    id: 'jsir-cq3',
    ...cq('§7 CQ3'),
    question: question(
      'PVPは造骨性脊椎転移に実施することを推奨されるか？',
      'Is PVP recommended for osteoblastic spinal metastases?',
      '是否推荐对成骨性脊柱转移实施PVP？',
    ),
    ...japanese(
      'PVPの手技的難易度が高いため実施しないことを提案する。',
      'Because PVP is technically demanding in this setting, it is suggested that PVP not be performed.',
      '由于PVP操作技术难度高，建议不实施PVP。',
    ),
    ...minds('weak', 'C'),
    direction: 'against',
    topics: ['pvp', 'osteoblastic'],
  },
  {
    id: 'jsir-cq4',
    ...cq('§7 CQ4'),
    question: question(
      'PVPは化学療法や放射線治療と連携して実施してよいか？',
      'May PVP be performed in conjunction with chemotherapy or radiotherapy?',
      'PVP可否与化疗或放疗联合实施？',
    ),
    ...japanese(
      'PVP併用で望ましい効果が得られると推定される場合には実施することを提案する。',
      'PVP is suggested when combining it is judged likely to achieve the desired effect.',
      '当估计联合PVP可获得预期效果时，建议实施。',
    ),
    ...minds('weak', 'C'),
    direction: 'for',
    topics: ['pvp', 'combined-therapy', 'radiotherapy', 'systemic-therapy'],
  },
  {
    id: 'jsir-cq5',
    ...cq('§7 CQ5'),
    question: question(
      '骨セメント製剤の至適注入量の上限はあるのか？',
      'Is there an upper limit to the optimal injection volume of bone cement?',
      '骨水泥的最佳注入量是否存在上限？',
    ),
    ...japanese(
      '明確な至適注入量の上限はなく、術者による手技中の判断で注入量を決定することを提案する。',
      'There is no clear upper limit to the optimal injection volume; it is suggested that the operator decide the volume by judgement during the procedure.',
      '最佳注入量没有明确的上限，建议由术者在操作过程中判断并决定注入量。',
    ),
    ...minds('weak', 'C'),
    direction: 'for',
    topics: ['pvp', 'cement-volume'],
  },
];
