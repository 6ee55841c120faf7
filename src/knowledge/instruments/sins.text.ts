import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const sinsText = defineTexts('sins', {
  name: L('Spinal Instability Neoplastic Score (SINS)', '脊柱肿瘤不稳定评分（SINS）', '脊椎腫瘍不安定性スコア（SINS）'),
  summary: L(
    'Tumour-related spinal instability, 6 items, 0–18 (stable / potentially unstable / unstable)',
    '肿瘤相关脊柱不稳定，6 项，0~18 分（稳定／潜在不稳定／不稳定）',
    '腫瘍による脊椎不安定性、6項目、0~18点（安定／潜在的不安定／不安定）',
  ),
  location: {
    label: L('Location', '病灶位置', '病変部位'),
    options: {
      junctional: L('Junctional (occiput–C2, C7–T2, T11–L1, L5–S1)', '交界区（枕骨~C2、C7~T2、T11~L1、L5~S1）', '移行部（後頭骨~C2、C7~T2、T11~L1、L5~S1）'),
      mobile: L('Mobile spine (C3–C6, L2–L4)', '活动节段（C3~C6、L2~L4）', '可動部（C3~C6、L2~L4）'),
      'semi-rigid': L('Semi-rigid (T3–T10)', '半固定节段（T3~T10）', '半固定部（T3~T10）'),
      rigid: L('Rigid (S2–S5)', '固定节段（S2~S5）', '固定部（S2~S5）'),
    },
    short: {
      junctional: L('junctional', '交界区', '移行部'),
      mobile: L('mobile', '活动节段', '可動部'),
      'semi-rigid': L('semi-rigid', '半固定节段', '半固定部'),
      rigid: L('rigid', '固定节段', '固定部'),
    },
  },
  previousTreatment: {
    label: L('Previous treatment at this level', '该节段既往治疗', 'この椎体への治療歴'),
    options: {
      none: L('None', '无', 'なし'),
      operated: L('Operated on', '手术', '手術'),
      irradiated: L('Irradiated', '放疗', '放射線治療'),
      chemotherapy: L('Chemotherapy', '化疗', '化学療法'),
    },
  },
  pain: {
    label: L('Pain', '疼痛', '疼痛'),
    options: {
      mechanical: L(
        'Mechanical pain (relieved by recumbency, worse with movement or loading)',
        '机械性疼痛（卧位缓解，活动或负重时加重）',
        '機械的疼痛（臥位で軽減し、体動・荷重で増悪）',
      ),
      'occasional-non-mechanical': L('Occasional pain, not mechanical', '偶发的非机械性疼痛', '機械的でない時々の疼痛'),
      'pain-free': L('Pain-free lesion', '无痛病灶', '疼痛のない病変'),
    },
  },
  boneLesion: {
    label: L('Bone lesion', '病灶性质', '骨病変の性状'),
    options: {
      lytic: L('Lytic', '溶骨性', '溶骨性'),
      mixed: L('Mixed (lytic/blastic)', '混合性（溶骨/成骨）', '混合性（溶骨性／造骨性）'),
      blastic: L('Blastic', '成骨性', '造骨性'),
    },
  },
  alignment: {
    label: L('Radiographic spinal alignment', '影像学脊柱序列', '画像上の脊柱アライメント'),
    options: {
      'subluxation-translation': L('Subluxation or translation present', '存在半脱位或平移', '亜脱臼またはすべりあり'),
      'de-novo-deformity': L('De novo deformity (kyphosis or scoliosis)', '新发畸形（后凸或侧凸）', '新たな変形（後弯または側弯）'),
      normal: L('Normal alignment', '序列正常', '正常アライメント'),
    },
  },
  collapse: {
    label: L('Vertebral body collapse', '椎体塌陷', '椎体圧潰'),
    options: {
      'over-50': L('> 50 % collapse', '塌陷 > 50%', '50% を超える圧潰'),
      'under-50': L('< 50 % collapse', '塌陷 < 50%', '50% 未満の圧潰'),
      'none-over-50-involved': L(
        'No collapse with > 50 % of the body involved',
        '无塌陷，但椎体受累 > 50%',
        '圧潰なし、椎体の 50% 超が病変',
      ),
      none: L('None of the above', '以上均无', 'いずれもなし'),
    },
  },
  posterolateral: {
    label: L(
      'Posterolateral involvement (facet, pedicle or costovertebral joint fracture or replacement by tumour)',
      '后外侧结构受累（关节突、椎弓根或肋椎关节骨折或被肿瘤替代）',
      '後側方要素の病変（椎間関節・椎弓根・肋椎関節の骨折または腫瘍置換）',
    ),
    options: {
      bilateral: L('Bilateral', '双侧', '両側'),
      unilateral: L('Unilateral', '单侧', '片側'),
      none: L('None', '无', 'なし'),
    },
  },
  bands: {
    stable: L('Stable (0–6)', '稳定（0~6 分）', '安定（0~6 点）'),
    'potentially-unstable': L('Potentially unstable (7–12)', '潜在不稳定（7~12 分）', '潜在的不安定（7~12 点）'),
    unstable: L('Unstable (13–18)', '不稳定（13~18 分）', '不安定（13~18 点）'),
    'not-assessable': L(
      'Not assessable: treated level (002 §2.3)',
      '无法评估：已治疗节段（002 §2.3）',
      '評価不能：治療後の椎体（002 §2.3）',
    ),
  },
  interpretation: {
    stable: L(
      'SINS {total}: stable spine; instability gives no indication for surgery.',
      'SINS {total} 分：脊柱稳定，稳定性方面无手术指征。',
      'SINS {total} 点：脊椎は安定しており、不安定性による手術適応はない。',
    ),
    'potentially-unstable': L(
      'SINS {total}: potentially unstable; needs further discussion, surgical consultation advised.',
      'SINS {total} 分：潜在不稳定，需进一步讨论，建议请脊柱外科会诊。',
      'SINS {total} 点：潜在的不安定。さらなる検討を要し、脊椎外科へのコンサルトを勧める。',
    ),
    unstable: L(
      'SINS {total}: unstable; surgery to restore stability is indicated (SINS is an independent surgical indication).',
      'SINS {total} 分：脊柱不稳定，需手术重建稳定性（SINS 可作为独立的手术指征）。',
      'SINS {total} 点：不安定。安定性再建のための手術適応がある（SINS は独立した手術適応となる）。',
    ),
    'not-assessable': L(
      'This level has been {treatment}: operated, irradiated or chemotherapy-treated levels cannot be assessed with SINS (002 §2.3), so no total and no stability band are given; the items are shown for the record only.',
      '该节段已行{treatment}：已经手术的节段或者放化疗后的节段无法用 SINS 评估（002 §2.3），故不给出总分及稳定性分级；各项目仅作记录。',
      'この椎体は{treatment}後である。手術後・放射線治療後・化学療法後の椎体は SINS で評価できない（002 §2.3）ため、合計点と安定性の区分は示さない。各項目は記録として示す。',
    ),
  },
  caveats: {
    noPrognosis: L(
      'SINS says nothing about prognosis.',
      'SINS 无法判断患者预后。',
      'SINS は予後を示さない。',
    ),
    /** What was done to the level, as the not-assessable interpretation names it. */
    treatment: {
      operated: L('operated on', '手术', '手術'),
      irradiated: L('irradiated', '放疗', '放射線治療'),
      chemotherapy: L('treated with chemotherapy', '化疗', '化学療法'),
    },
    span: L(
      'The lesion spans {span}, which crosses location categories ({categories}); the higher-scoring category was used ({category}, scoring {points}).',
      '病灶跨越 {span}，涉及不同位置类别（{categories}），按分值较高的类别计分（{category}，{points} 分）。',
      '病変は {span} にまたがり、部位分類が異なる（{categories}）ため、点数の高い分類を採用した（{category}、{points} 点）。',
    ),
    listSeparator: L(', ', '、', '、'),
    spanOtherReading: L(
      'Read as {other} (scoring {otherPoints}), the total would be {otherTotal}: {otherBand} instead of {band}.',
      '若按{other}（{otherPoints} 分）计，总分为 {otherTotal} 分，属{otherBand}，而非{band}。',
      '{other}（{otherPoints} 点）とすると合計は {otherTotal} 点となり、{band}ではなく{otherBand}となる。',
    ),
  },
});
