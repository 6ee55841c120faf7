import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const katagiriText = defineTexts('katagiri', {
  name: L('New Katagiri score', '新 Katagiri 评分', '新片桐スコア'),
  summary: L(
    'Survival prognosis of skeletal metastases from primary-tumour growth, visceral spread, laboratory data, ECOG performance status, previous chemotherapy and multiple bone metastases: 0–10',
    '根据原发肿瘤生长速度、内脏转移、实验室检查、ECOG 体能状态、既往化疗及多发骨转移评估骨转移生存预后：0~10 分',
    '原発巣の増殖速度・内臓転移・血液検査・ECOG PS・化学療法歴・多発骨転移による骨転移の生命予後評価：0〜10 点',
  ),
  items: {
    growth: L('Primary lesion', '原发病灶', '原発巣'),
    visceral: L('Visceral or cerebral metastases', '内脏或脑转移', '内臓・脳転移'),
    laboratory: L('Laboratory data', '实验室检查', '血液検査'),
    ecog: L('ECOG performance status 3–4', 'ECOG 体能状态 3~4', 'ECOG PS 3〜4'),
    chemotherapy: L('Previous chemotherapy', '既往化疗', '化学療法歴'),
    multiple: L('Multiple skeletal metastases', '多发骨转移', '多発骨転移'),
  },
  growth: {
    slow: L('slow growth', '生长缓慢', '緩徐な増殖'),
    moderate: L('moderate growth', '生长中等', '中等度の増殖'),
    rapid: L('rapid growth', '生长迅速', '急速な増殖'),
  },
  /** The growth item's answer: the group, the histology and (growthBasis) why it fell there. */
  growthAnswer: L('{growth} ({histology})', '{growth} ({histology})', '{growth} ({histology})'),
  growthAnswerWithBasis: L('{growth} ({histology}, {basis})', '{growth} ({histology}, {basis})', '{growth} ({histology}, {basis})'),
  /** Why the histology fell in its group, where it depends on more than the histology. */
  growthBasis: {
    targeted: L('with molecularly targeted therapy', '接受分子靶向治疗', '分子標的治療あり'),
    untargeted: L('without molecularly targeted therapy', '未接受分子靶向治疗', '分子標的治療なし'),
    hormoneDependent: L('hormone-dependent', '激素依赖性', 'ホルモン依存性'),
    hormoneIndependent: L('hormone-independent', '非激素依赖性', 'ホルモン非依存性'),
    given: L('group given', '按输入分组', '入力された群'),
  },
  visceral: {
    none: L('none', '无', 'なし'),
    nodular: L('nodular visceral or brain metastases', '结节性内脏或脑转移', '結節性の内臓・脳転移'),
    disseminated: L('disseminated (pleural, peritoneal or leptomeningeal dissemination)', '播散性（胸膜、腹膜或软脑膜播散）', '播種性（胸膜・腹膜・髄膜播種）'),
  },
  laboratory: {
    normal: L('normal', '正常', '正常'),
    abnormal: L('abnormal: {findings}', '异常：{findings}', '異常：{findings}'),
    critical: L('critical: {findings}', '危急：{findings}', '重度異常：{findings}'),
  },
  findings: {
    crp: L('CRP {value} mg/dL ≥ 0.4', 'CRP {value} mg/dL ≥ 0.4', 'CRP {value} mg/dL ≥ 0.4'),
    ldh: L('LDH {value} IU/L ≥ 250', 'LDH {value} IU/L ≥ 250', 'LDH {value} IU/L ≥ 250'),
    albumin: L('albumin {value} g/dL < 3.7', '白蛋白 {value} g/dL < 3.7', 'アルブミン {value} g/dL < 3.7'),
    platelets: L('platelets {value}/µL < 100 000', '血小板 {value}/µL < 100 000', '血小板 {value}/µL < 100 000'),
    calcium: L('calcium {value} mg/dL ≥ 10.3', '血钙 {value} mg/dL ≥ 10.3', 'カルシウム {value} mg/dL ≥ 10.3'),
    bilirubin: L('total bilirubin {value} mg/dL ≥ 1.4', '总胆红素 {value} mg/dL ≥ 1.4', '総ビリルビン {value} mg/dL ≥ 1.4'),
  },
  separator: L(', ', '，', '、'),
  ecog: L('ECOG {ecog}', 'ECOG {ecog}', 'ECOG {ecog}'),
  yes: L('yes', '是', 'あり'),
  no: L('no', '否', 'なし'),
  bands: {
    low: L('0–3: low risk', '0~3 分：低风险', '0〜3 点：低リスク'),
    intermediate: L('4–6: intermediate risk', '4~6 分：中风险', '4〜6 点：中リスク'),
    high: L('7–10: high risk', '7~10 分：高风险', '7〜10 点：高リスク'),
  },
  interpretation: {
    low: L(
      'New Katagiri {total}/10: low risk. In Katagiri 2014, patients scoring ≤ 3 survived 91 % at one year and 78 % at two years.',
      '新 Katagiri 评分 {total}/10 分：低风险。Katagiri 2014 中 ≤ 3 分者 1 年生存率 91%，2 年生存率 78%。',
      '新片桐スコア {total}/10 点：低リスク。Katagiri 2014 では 3 点以下の 1 年生存率 91%、2 年生存率 78%。',
    ),
    intermediate: L(
      'New Katagiri {total}/10: intermediate risk, between the low-risk (≤ 3: 91 % alive at one year) and high-risk (≥ 7: 6 % at one year) groups of Katagiri 2014.',
      '新 Katagiri 评分 {total}/10 分：中风险，介于 Katagiri 2014 低风险组（≤ 3 分：1 年生存率 91%）与高风险组（≥ 7 分：1 年生存率 6%）之间。',
      '新片桐スコア {total}/10 点：中リスク。Katagiri 2014 の低リスク群（3 点以下：1 年生存率 91%）と高リスク群（7 点以上：1 年生存率 6%）の中間。',
    ),
    high: L(
      'New Katagiri {total}/10: high risk. In Katagiri 2014, patients scoring ≥ 7 survived 27 % at six months and 6 % at one year.',
      '新 Katagiri 评分 {total}/10 分：高风险。Katagiri 2014 中 ≥ 7 分者 6 个月生存率 27%，1 年生存率 6%。',
      '新片桐スコア {total}/10 点：高リスク。Katagiri 2014 では 7 点以上の 6 か月生存率 27%、1 年生存率 6%。',
    ),
  },
  growthOverride: L(
    'Growth group "{given}" was given for {histology}, which the published table places in "{published}"; the given group was used.',
    '{histology} 在原表中属“{published}”，但输入为“{given}”；已采用输入的分组。',
    '{histology} は原表では「{published}」だが「{given}」が入力されたため、入力値を用いた。',
  ),
  caveats: {
    population: L(
      'Derived from 808 patients with symptomatic skeletal metastases registered prospectively in 2005–2008 (749 treated non-surgically, 59 operated), regardless of treatment; not a spine-only cohort.',
      '来源于 2005–2008 年前瞻性登记的 808 例有症状骨转移患者（749 例非手术、59 例手术），不限治疗方式，且非单纯脊柱转移队列。',
      '2005〜2008 年に前向きに登録された症候性骨転移 808 例（非手術 749 例、手術 59 例）に基づき、治療法を問わない。脊椎転移のみのコホートではない。',
    ),
    era: L(
      'Treated before immunotherapy and most targeted therapies (only non-small-cell lung cancer had a targeted-therapy group); survival today is likely underestimated, most for histologies with new systemic options.',
      '队列早于免疫治疗及大部分靶向治疗（仅非小细胞肺癌区分了靶向治疗），可能低估当前生存期，尤其是已有新全身治疗的组织学类型。',
      '免疫療法や大部分の分子標的治療以前のデータ（分子標的治療の区別は非小細胞肺癌のみ）であり、現在の生存期間、特に新たな全身療法がある組織型では過小評価しうる。',
    ),
    survivalUnconfirmed: L(
      'Survival figures shown are those of the Katagiri 2014 abstract (≤ 3: 91 % at 1 year, 78 % at 2 years; ≥ 7: 27 % at 6 months, 6 % at 1 year); the 6-month figure for ≤ 3, the 2-year figure for ≥ 7 and all figures for 4–6 were not confirmed against the full text, so none is shown for them.',
      '所示生存率取自 Katagiri 2014 摘要（≤ 3 分：1 年 91%、2 年 78%；≥ 7 分：6 个月 27%、1 年 6%）；≤ 3 分的 6 个月、≥ 7 分的 2 年及 4~6 分各时间点生存率未能对照原文核实，故不显示。',
      '示した生存率は Katagiri 2014 抄録の値（3 点以下：1 年 91%、2 年 78%；7 点以上：6 か月 27%、1 年 6%）。3 点以下の 6 か月、7 点以上の 2 年、4〜6 点の各生存率は原著で確認できなかったため示さない。',
    ),
    mapping: L(
      'Histology groups as read onto this system’s list: thyroid, myeloma, lymphoma and hormone-dependent breast/prostate slow; kidney, ovary, sarcomas (osteosarcoma, soft-tissue), hormone-independent breast/prostate and non-small-cell lung cancer on molecularly targeted therapy moderate; colon, rectum, stomach, pancreas, oesophagus, head and neck, bladder (as "other urological cancer"), melanoma, liver (read as hepatocellular carcinoma), gallbladder, unknown primary and other lung cancer (small-cell, or non-small-cell without targeted therapy) rapid. Uterus (endometrial moderate, cervical rapid), carcinoid, germ-cell and "other" are not placed unambiguously: the growth group must be given. The group table was not re-checked against the full text when this instrument was written.',
      '组织学分组在本系统列表中的解读：甲状腺癌、骨髓瘤、淋巴瘤及激素依赖性乳腺癌/前列腺癌为缓慢生长；肾癌、卵巢癌、肉瘤（骨肉瘤、软组织肉瘤）、非激素依赖性乳腺癌/前列腺癌及接受分子靶向治疗的非小细胞肺癌为中等；结肠、直肠、胃、胰腺、食管、头颈部、膀胱（按“其他泌尿系肿瘤”）、黑色素瘤、肝（按肝细胞癌）、胆囊、原发不明及其他肺癌（小细胞肺癌或未接受靶向治疗的非小细胞肺癌）为迅速。子宫（子宫内膜癌中等、宫颈癌迅速）、类癌、生殖细胞肿瘤及“其他”无法明确归类，须输入生长分组。编写本工具时未能对照原文再次核实分组表。',
      '本システムの組織型一覧への読み替え：甲状腺癌・骨髄腫・悪性リンパ腫・ホルモン依存性乳癌/前立腺癌は緩徐、腎癌・卵巣癌・肉腫（骨肉腫・軟部肉腫）・ホルモン非依存性乳癌/前立腺癌・分子標的治療ありの非小細胞肺癌は中等度、結腸・直腸・胃・膵・食道・頭頸部・膀胱（「その他の泌尿器癌」として）・悪性黒色腫・肝（肝細胞癌として）・胆嚢・原発不明・その他の肺癌（小細胞肺癌、分子標的治療なしの非小細胞肺癌）は急速。子宮（内膜癌は中等度、頸癌は急速）・カルチノイド・胚細胞腫瘍・「その他」は一意に定まらないため増殖群の入力を要する。本ツール作成時に分類表を原著で再確認していない。',
    ),
    calcium: L(
      'Calcium is compared as entered with 10.3 mg/dL; whether to use albumin-corrected calcium is the clinician’s reading.',
      '血钙按输入值与 10.3 mg/dL 比较；是否使用白蛋白校正钙由临床医师判断。',
      'カルシウムは入力値を 10.3 mg/dL と比較する。アルブミン補正値を用いるかは臨床医の判断による。',
    ),
  },
  /** Validation errors (a zod refusal's `params.text`); `primary` is the histology code as entered. */
  refusals: {
    targetedOnlyLung: L(
      'only applies to non-small-cell lung cancer (primary is "{primary}")',
      '仅适用于非小细胞肺癌（原发肿瘤为 "{primary}"）',
      '非小細胞肺癌のみに適用（原発巣は "{primary}"）',
    ),
    hormoneOnlyBreastProstate: L(
      'only applies to breast and prostate cancer (primary is "{primary}")',
      '仅适用于乳腺癌和前列腺癌（原发肿瘤为 "{primary}"）',
      '乳癌と前立腺癌のみに適用（原発巣は "{primary}"）',
    ),
    growthRequired: L(
      'required for primary "{primary}": Katagiri 2014 does not place it unambiguously; accepted: {accepted}',
      '原发肿瘤为 "{primary}" 时必填：Katagiri 2014 未对其明确分组；可填 {accepted}',
      '原発巣 "{primary}" では必須：Katagiri 2014 では群が一意に定まらない；{accepted}',
    ),
    targetedRequired: L(
      'required for non-small-cell lung cancer (or give growth): with molecularly targeted therapy moderate, without rapid',
      '非小细胞肺癌必填（或填写 growth）：接受分子靶向治疗为中等，未接受为迅速',
      '非小細胞肺癌では必須（または growth を指定）：分子標的治療ありは中等度、なしは急速',
    ),
    hormoneRequired: L(
      'required for {primary} cancer (or give growth): hormone-dependent slow, hormone-independent moderate',
      '原发肿瘤为 "{primary}" 时必填（或填写 growth）：激素依赖性为缓慢，非激素依赖性为中等',
      '原発巣 "{primary}" では必須（または growth を指定）：ホルモン依存性は緩徐、ホルモン非依存性は中等度',
    ),
  },
});
