import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

/** Long-bone surgery (004 §4.5.4.1, §4.5.2), the Mirels score and the pre-operative general condition (002 §1.1). */
export const longBoneText = defineTexts('longBone', {
  noLesionRecorded: L(
    'No lesion is described: long-bone surgery needs the lesions (site "long-bone" or "proximal-femur").',
    '未描述病灶：长骨手术需要病灶信息（部位为“长骨”或“股骨近端”）。',
    '病変の記載がない：長管骨手術の判断には病変（部位「長管骨」または「大腿骨近位」）が必要。',
  ),
  noLongBoneLesion: L(
    'No long-bone lesion is described: 004 §4.5.4.1 speaks of long-bone metastases only.',
    '未描述长骨病灶：004 §4.5.4.1 仅适用于长骨转移。',
    '長管骨病変の記載がない：004 §4.5.4.1 は長管骨転移のみを対象とする。',
  ),
  fracture: L(
    'Pathological fracture at {lesions}: a clear indication for surgery (004 §4.5.4.1: "难以忍受的疼痛和病理性骨折是手术的明确指征").',
    '{lesions} 病理性骨折：为明确的手术指征（004 §4.5.4.1：“难以忍受的疼痛和病理性骨折是手术的明确指征”）。',
    '{lesions} の病的骨折：明確な手術適応（004 §4.5.4.1：「难以忍受的疼痛和病理性骨折是手术的明确指征」）。',
  ),
  intolerablePain: L(
    'Intolerable pain at {lesions} (painful lesion, pain refractory to conservative treatment): a clear indication for surgery (004 §4.5.4.1).',
    '{lesions} 难以忍受的疼痛（病灶疼痛且保守治疗无效）：为明确的手术指征（004 §4.5.4.1）。',
    '{lesions} の耐え難い疼痛（疼痛源で保存的治療に抵抗性）：明確な手術適応（004 §4.5.4.1）。',
  ),
  impending: L(
    'Impending pathological fracture at {lesions} (recorded, or Mirels ≥ 9): surgery is for complete or impending pathological fractures (004 §4.5.2) — consider fixation.',
    '{lesions} 病理性骨折倾向（已记录，或 Mirels ≥ 9 分）：手术用于完全性或有病理性骨折倾向的病变（004 §4.5.2）——可考虑内固定。',
    '{lesions} の切迫病的骨折（記録あり、または Mirels 9 点以上）：手術は完全または切迫病的骨折の病変に行う（004 §4.5.2）——固定を考慮。',
  ),
  amputationOnly: L(
    'No fracture or intolerable pain, but amputation may be weighed at {lesions} (see the amputation finding).',
    '无骨折或难以忍受的疼痛，但 {lesions} 可权衡截肢（见截肢相关结论）。',
    '骨折や耐え難い疼痛はないが、{lesions} では切断術を検討しうる（切断の所見を参照）。',
  ),
  noIndication: L(
    'No long-bone lesion has a pathological or impending fracture or intolerable pain: 004 §4.5.2 reserves surgery for complete or impending pathological fractures ("骨转移的手术治疗通常仅用于有完全性病理性骨折或病理性骨折倾向的病变").',
    '长骨病灶均无病理性骨折、骨折倾向或难以忍受的疼痛：004 §4.5.2 规定“骨转移的手术治疗通常仅用于有完全性病理性骨折或病理性骨折倾向的病变”。',
    '長管骨病変に病的骨折・切迫骨折・耐え難い疼痛がない：004 §4.5.2 は手術を完全または切迫病的骨折に限る（「骨转移的手术治疗通常仅用于有完全性病理性骨折或病理性骨折倾向的病变」）。',
  ),
  fractureUnknown: L(
    'Whether {lesions} has a pathological or impending fracture is not recorded.',
    '未记录 {lesions} 是否有病理性骨折或骨折倾向。',
    '{lesions} に病的骨折または切迫骨折があるか記録されていない。',
  ),
  mirels: {
    scored: L('Mirels at {lesion}: {total}/12 — {band}', '{lesion} Mirels 评分：{total}/12 分——{band}', '{lesion} の Mirels スコア：{total}/12 点——{band}'),
    missing: L('Mirels at {lesion} cannot be scored yet: {items} not recorded.', '{lesion} 尚无法计算 Mirels 评分：未记录{items}。', '{lesion} の Mirels スコアはまだ算出できない：{items}が未記録。'),
    public: L(
      'Mirels 1989 is a public score the sources do not print; it weighs the impending fracture 004 §4.5.2 names as an indication (framework tier: it tempers, never decides alone).',
      'Mirels 1989 为来源文件未列出的公开评分，用于评估 004 §4.5.2 所述的病理性骨折倾向（框架层级：仅起调节作用，不单独决定）。',
      'Mirels 1989 はソース文書に掲載されない公開スコアで、004 §4.5.2 が適応とする切迫骨折の評価に用いる（フレームワーク層：単独では決定しない）。',
    ),
    items: {
      site: L('the bone (longBone) or the peritrochanteric site', '骨的部位（longBone）或是否位于转子周围', '骨（longBone）または転子部周囲か'),
      pain: L('the pain grade (limbPain)', '疼痛分级（limbPain）', '疼痛の程度（limbPain）'),
      lesion: L('the radiographic character', '影像学性质', '画像上の性状'),
      size: L('the share of cortex destroyed (cortexInvolved)', '骨皮质破坏比例（cortexInvolved）', '皮質破壊の割合（cortexInvolved）'),
    },
  },
  procedure: {
    end: L(
      '{lesion}, bone end (epiphysis/metaphysis): resection of the tumour segment and prosthetic reconstruction (004 §4.5.4.1).',
      '{lesion} 骨端病灶：可行瘤段切除、假体重建（004 §4.5.4.1）。',
      '{lesion} 骨端病変：腫瘍部切除と人工関節（プロステーシス）再建（004 §4.5.4.1）。',
    ),
    shaft: L(
      '{lesion}, shaft (diaphysis): cement-augmented internal fixation or segmental prosthetic reconstruction (004 §4.5.4.1).',
      '{lesion} 骨干病灶：可考虑骨水泥填充内固定或节段假体重建（004 §4.5.4.1）。',
      '{lesion} 骨幹病変：骨セメント充填内固定または分節型プロステーシス再建（004 §4.5.4.1）。',
    ),
    unknown: L(
      '{lesion}: whether it sits at the bone end or in the shaft is not recorded; it decides between prosthesis and fixation (004 §4.5.4.1).',
      '{lesion}：未记录位于骨端还是骨干，这决定假体重建或内固定的选择（004 §4.5.4.1）。',
      '{lesion}：骨端か骨幹かが未記録。プロステーシスか固定かの選択を決める（004 §4.5.4.1）。',
    ),
    individual: L(
      'The operation is chosen individually for each site (004 §4.5.4.1: "不同部位长骨转移瘤的手术方式应进行个体化选择").',
      '手术方式应个体化选择（004 §4.5.4.1：“不同部位长骨转移瘤的手术方式应进行个体化选择”）。',
      '術式は部位ごとに個別に選択する（004 §4.5.4.1：「不同部位长骨转移瘤的手术方式应进行个体化选择」）。',
    ),
  },
  amputation: L(
    'Amputation may be used to improve quality of life at {lesions}: bone destruction not controlled by other treatments, with {reasons} (004 §4.5.4.1). Reading: 004 lists the conditions without saying whether all are needed ("若其他治疗方式仍无法控制骨破坏,患者存在顽固性疼痛,主要血管、神经受累,广泛软组织侵犯,为提高生存质量可采用截肢手术"); here uncontrolled destruction with at least one of the others.',
    '{lesions} 可为提高生存质量采用截肢手术：其他治疗方式仍无法控制骨破坏，并有{reasons}（004 §4.5.4.1）。解读：004 列出条件但未说明是否须全部满足（“若其他治疗方式仍无法控制骨破坏,患者存在顽固性疼痛,主要血管、神经受累,广泛软组织侵犯,为提高生存质量可采用截肢手术”）；此处按骨破坏无法控制且至少具备其余一项处理。',
    '{lesions} では生活の質の改善のため切断術を用いうる：他の治療で骨破壊を制御できず、{reasons}を伴う（004 §4.5.4.1）。解釈：004 は条件を列挙するがすべて必要かを述べない（「若其他治疗方式仍无法控制骨破坏,患者存在顽固性疼痛,主要血管、神经受累,广泛软组织侵犯,为提高生存质量可采用截肢手术」）。ここでは骨破壊の制御不能に他の 1 項目以上を伴う場合とする。',
  ),
  amputationReasons: {
    pain: L('intractable pain', '顽固性疼痛', '難治性疼痛'),
    neurovascular: L('major vessels or nerves involved', '主要血管、神经受累', '主要血管・神経への浸潤'),
    softTissue: L('extensive soft-tissue invasion', '广泛软组织侵犯', '広範な軟部組織浸潤'),
  },
  lesionName: L('{bone} (lesion {n})', '{bone}（病灶 {n}）', '{bone}（病変 {n}）'),
  bones: {
    femur: L('femur', '股骨', '大腿骨'),
    tibia: L('tibia', '胫骨', '脛骨'),
    fibula: L('fibula', '腓骨', '腓骨'),
    humerus: L('humerus', '肱骨', '上腕骨'),
    radius: L('radius', '桡骨', '橈骨'),
    ulna: L('ulna', '尺骨', '尺骨'),
    'long-bone': L('long bone', '长骨', '長管骨'),
    'proximal-femur': L('proximal femur', '股骨近端', '大腿骨近位'),
  },
  separator: L(', ', '、', '、'),
  why: {
    lesions: L('Long-bone surgery is decided per lesion (004 §4.5.4.1)', '长骨手术按病灶判断（004 §4.5.4.1）', '長管骨手術は病変ごとに判断する（004 §4.5.4.1）'),
    fracture: L('A pathological or impending fracture decides surgery (004 §4.5.2, §4.5.4.1)', '病理性骨折或骨折倾向决定是否手术（004 §4.5.2、§4.5.4.1）', '病的骨折・切迫骨折が手術を決める（004 §4.5.2、§4.5.4.1）'),
    mirels: L('The Mirels score weighs the fracture risk (public, Mirels 1989)', 'Mirels 评分评估骨折风险（公开评分，Mirels 1989）', 'Mirels スコアで骨折リスクを評価する（公開スコア、Mirels 1989）'),
    region: L('Bone end or shaft decides prosthesis or fixation (004 §4.5.4.1)', '骨端或骨干决定假体或内固定（004 §4.5.4.1）', '骨端か骨幹かでプロステーシスか固定かが決まる（004 §4.5.4.1）'),
  },
});

/** 002 §1.1: the patient's general condition before any operation. */
export const generalConditionText = defineTexts('generalCondition', {
  present: L(
    'General condition that affects the result of surgery (002 §1.1: "高龄、肥胖、糖尿病、骨密度低、营养不良、应用糖皮质激素和骨髓抑制会影响手术效果"; after chemo-/radiotherapy low white cells and platelets and coagulopathy): {factors}. A caution, not a stated contraindication.',
    '影响手术效果的全身状况（002 §1.1：“高龄、肥胖、糖尿病、骨密度低、营养不良、应用糖皮质激素和骨髓抑制会影响手术效果”；放化疗后白细胞和血小板减少及凝血功能障碍）：{factors}。属于注意事项而非明确禁忌证。',
    '手術成績に影響する全身状態（002 §1.1：「高龄、肥胖、糖尿病、骨密度低、营养不良、应用糖皮质激素和骨髓抑制会影响手术效果」；放射線・化学療法後の白血球・血小板減少と凝固障害）：{factors}。明記された禁忌ではなく注意事項。',
  ),
  correctFirst: L(
    'Correct before operating ({factors}): consider the operation once corrected.',
    '术前需纠正（{factors}）：纠正后再考虑手术。',
    '手術前に是正する（{factors}）：是正後に手術を検討する。',
  ),
  coagulationReading: L(
    'Reading: 002 §1.1 gives no threshold for low counts or coagulopathy; the caution thresholds of 001 review 2(3) (platelets < 100 000/µL, PT > 1.6 ×, APTT > 1.5 × normal) are used.',
    '解读：002 §1.1 未给出血细胞减少或凝血障碍的阈值；此处采用 001 综述 2(3) 的警示阈值（血小板 < 100 000/µL，PT > 1.6 倍，APTT > 1.5 倍正常值）。',
    '解釈：002 §1.1 は血球減少・凝固障害の閾値を示さない。001 総説 2(3) の注意喚起の目安（血小板 < 10 万/µL、PT > 基準の 1.6 倍、APTT > 1.5 倍）を用いる。',
  ),
  factors: {
    corticosteroid: L('corticosteroid treatment', '应用糖皮质激素', '副腎皮質ステロイド投与'),
    marrowSuppression: L('marrow suppression', '骨髓抑制', '骨髄抑制'),
    platelets: L('platelets {value}/µL', '血小板 {value}/µL', '血小板 {value}/µL'),
    pt: L('PT {value} × normal', 'PT 为正常值 {value} 倍', 'PT 基準の {value} 倍'),
    aptt: L('APTT {value} × normal', 'APTT 为正常值 {value} 倍', 'APTT 基準の {value} 倍'),
    lowBoneDensity: L('low bone density (poor purchase for fixation)', '骨密度低（内固定把持力差）', '骨密度低下（固定の把持力が弱い）'),
    malnutrition: L('malnutrition', '营养不良', '栄養不良'),
    obesity: L('obesity', '肥胖', '肥満'),
    diabetes: L('diabetes', '糖尿病', '糖尿病'),
  },
  separator: L(', ', '、', '、'),
});
