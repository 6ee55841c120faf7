import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

/** Texts of the RFA, MWA and extraspinal cementoplasty rules (src/knowledge/rules/ablation.ts). */
export const ablationText = defineTexts('ablation', {
  separator: L(', ', '、', '、'),
  coagulationValues: L(
    'Coagulation values beyond the caution thresholds ({values}): 002 §3.5 contraindicates ablation in severe coagulopathy without a number; the thresholds of 001 review 2(3) (platelets < 100 000/µL, PT > 1.6 ×, APTT > 1.5 × normal) are used as the reading — correct first, then reassess.',
    '凝血指标超过警戒值（{values}）：002 §3.5 将严重凝血功能障碍列为消融禁忌证但未给出数值；此处采用 001 综述 2(3) 的警戒值（血小板 < 10 万/µL、PT > 正常 1.6 倍、APTT > 正常 1.5 倍）——应先纠正后再评估。',
    '凝固能が注意喚起の目安を超える（{values}）：002 §3.5 は重篤な凝固障害を焼灼療法の禁忌とするが数値はない。001 総説 2(3) の目安（血小板 < 10 万/µL、PT > 基準の 1.6 倍、APTT > 1.5 倍）を解釈として用いる — まず補正し再評価する。',
  ),
  lesionLine: L('{name}: {reasons}.', '{name}：{reasons}。', '{name}：{reasons}。'),
  noTarget: {
    noLesion: L(
      'No bone lesion is described: the site, character and extent of each lesion decide ablation or cementoplasty.',
      '未描述骨病灶：每个病灶的部位、性质和范围决定是否行消融或骨水泥成形术。',
      '骨病変の記載がない：各病変の部位・性状・進展範囲で焼灼療法や骨セメント形成術の適否が決まる。',
    ),
    painUnknown: L(
      'Whether any lesion is painful is not recorded: ablation is a palliative treatment of pain.',
      '未记录病灶是否疼痛：消融为疼痛的姑息治疗。',
      '病変の疼痛の有無が未記載：焼灼療法は疼痛に対する姑息的治療である。',
    ),
    noPain: L(
      'No painful lesion: the indication of ablation is palliation of pain (002 §3.5).',
      '无疼痛病灶：消融的适应证为疼痛的姑息治疗（002 §3.5）。',
      '疼痛を伴う病変がない：焼灼療法の適応は疼痛の姑息的治療である（002 §3.5）。',
    ),
  },
  rfa: {
    palliativePain: L(
      'Painful spinal metastasis ({levels}): radiofrequency ablation is indicated for palliation of the pain (002 §3.5); it heats the tumour to 60–100 °C and forms a reactive zone that cuts its blood supply.',
      '脊柱转移瘤疼痛（{levels}）：射频消融的适应证是对脊柱转移性肿瘤患者疼痛进行姑息治疗（002 §3.5）；局部温度可达 60~100℃，并在肿瘤周围形成反应带，切断肿瘤血供。',
      '有痛性脊椎転移（{levels}）：ラジオ波焼灼療法の適応は脊椎転移患者の疼痛の姑息的治療である（002 §3.5）。局所温度は 60–100 ℃に達し、腫瘍周囲に反応帯を形成して腫瘍の血流を遮断する。',
    ),
    extraspinal: L(
      'Painful extraspinal bone metastasis ({levels}): ablation (radiofrequency, cryoablation, focused ultrasound) is safe and effective for bone metastases without a surgical indication, relieves pain, helps prevent SREs and controls the lesion durably; it can replace surgery to preserve a load-bearing bone or prevent its fracture (004 §4.6.1).',
      '脊柱外骨转移瘤疼痛（{levels}）：消融治疗（射频消融、冷冻消融、聚焦超声）对无外科手术指征的骨转移瘤安全、有效，可显著缓解疼痛、预防 SREs 发生并持久控制局部肿瘤；姑息治疗中也可代替手术，以保留承重骨的功能或防止其发生病理性骨折（004 §4.6.1）。',
      '有痛性の脊椎外骨転移（{levels}）：焼灼療法（ラジオ波、凍結、集束超音波）は手術適応のない骨転移に安全かつ有効で、疼痛を著明に緩和し SRE を予防し、局所腫瘍を持続的に制御する。荷重骨の機能温存や病的骨折予防のため手術の代わりにも用いられる（004 §4.6.1）。',
    ),
    afterRadiotherapy: L(
      'Pain persists at an irradiated lesion ({levels}): ablation is used for bone metastases still painful after radiotherapy, for patients who decline radiotherapy and for progressing disease (004 §4.6.1).',
      '放疗后病灶仍疼痛（{levels}）：消融常用于肺癌骨转移进展、拒绝放疗或放疗后仍有疼痛的患者（004 §4.6.1）。',
      '照射済み病変の疼痛が持続（{levels}）：焼灼療法は放射線治療後も疼痛が残る患者、放射線治療を拒否する患者、進行した骨転移に用いられる（004 §4.6.1）。',
    ),
    cordDistance: L(
      'Tumour within 1 cm of the spinal cord: radiofrequency ablation is contraindicated there (002 §3.5).',
      '肿瘤距离脊髓 1 cm 内：为射频消融的禁忌（002 §3.5）。',
      '腫瘍が脊髄から 1 cm 以内：ラジオ波焼灼療法は禁忌である（002 §3.5）。',
    ),
    distanceMm: L('{mm} mm from the cord', '距脊髓 {mm} mm', '脊髄から {mm} mm'),
    distanceEscc: L('ESCC {grade}: tumour abuts or compresses the cord', 'ESCC {grade}：肿瘤紧贴或压迫脊髓', 'ESCC {grade}：腫瘍が脊髄に接するか圧迫している'),
    paraplegiaRisk: L(
      'Severe vertebral destruction with a risk of paraplegia: radiofrequency ablation is contraindicated there (002 §3.5).',
      '椎体破坏严重有截瘫危险：为射频消融的禁忌（002 §3.5）。',
      '椎体破壊が高度で対麻痺の危険がある：ラジオ波焼灼療法は禁忌である（002 §3.5）。',
    ),
    unstable: L('SINS {sins} (unstable, 13–18)', 'SINS {sins}（不稳定，13~18）', 'SINS {sins}（不安定、13–18）'),
    posteriorWall: L('posterior wall not intact', '椎体后壁不完整', '椎体後壁が保たれていない'),
    someExcluded: L(
      'Ablate only the other lesions.',
      '仅消融其余病灶。',
      'その他の病変のみを焼灼する。',
    ),
    coagulopathy: L(
      'Severe coagulopathy: radiofrequency ablation is contraindicated (002 §3.5).',
      '严重的凝血功能障碍：为射频消融禁忌证（002 §3.5）。',
      '重篤な凝固障害：ラジオ波焼灼療法は禁忌である（002 §3.5）。',
    ),
    infection: L(
      'Concurrent infection ({sites}): radiofrequency ablation is contraindicated (002 §3.5).',
      '伴发感染（{sites}）：为射频消融禁忌证（002 §3.5）。',
      '感染の合併（{sites}）：ラジオ波焼灼療法は禁忌である（002 §3.5）。',
    ),
    infectionCheck: L(
      'Infection status not recorded: concurrent infection contraindicates radiofrequency ablation (002 §3.5).',
      '未记录感染情况：伴发感染为射频消融禁忌证（002 §3.5）。',
      '感染の有無が未記載：感染の合併はラジオ波焼灼療法の禁忌である（002 §3.5）。',
    ),
    organFailure: L(
      'Severe failure of a vital organ ({organs}): radiofrequency ablation is contraindicated (002 §3.5).',
      '重要脏器功能严重衰竭（{organs}）：为射频消融禁忌证（002 §3.5）。',
      '重要臓器の高度機能不全（{organs}）：ラジオ波焼灼療法は禁忌である（002 §3.5）。',
    ),
    electrode: L(
      'Never place the radiofrequency electrode directly on the posterior wall of the vertebral body (002 §3.5).',
      '操作上要注意射频电极不能直接放在椎体后壁（002 §3.5）。',
      'ラジオ波電極を椎体後壁に直接置いてはならない（002 §3.5）。',
    ),
    withCement: L(
      'Radiofrequency ablation combined with cement vertebroplasty relieves pain well, and the cement restores vertebral height and partly rebuilds the biomechanics, easing pain from instability (002 §3.5); after ablation PVP also prevents fracture (001 CQ2).',
      '射频消融联合骨水泥椎体成形能够很好地缓解疼痛，骨水泥成形可恢复椎体高度，在一定程度上重建脊柱生物力学结构，缓解脊柱不稳导致的疼痛（002 §3.5）；消融后 PVP 亦可预防椎体骨折（001 CQ2）。',
      'ラジオ波焼灼療法と骨セメント椎体形成術の併用は疼痛をよく緩和し、骨セメントは椎体高を回復させ脊椎の生体力学的構造をある程度再建して不安定性による疼痛を緩和する（002 §3.5）。焼灼後の PVP には骨折予防効果もある（001 CQ2）。',
    ),
  },
  mwa: {
    intracompartmental: L(
      'Intracompartmental disease ({lesions}): microwave ablation alone is suitable for tumours confined to the compartment, Tomita types 1–3 (002 §3.5); it inactivates tumour cells without affecting spinal stability.',
      '间室内病灶（{lesions}）：单独应用微波治疗仅适用于单纯局限于间室内的肿瘤（Tomita 分型 1~3 型）（002 §3.5），可灭活肿瘤细胞且不影响脊柱稳定性。',
      'コンパートメント内病変（{lesions}）：マイクロ波焼灼療法単独はコンパートメント内に限局した腫瘍（Tomita 分類 1–3 型）にのみ適する（002 §3.5）。脊椎の安定性を損なわずに腫瘍細胞を失活させる。',
    ),
    extracompartmental: L(
      'Not confined to the compartment ({lesions}): microwave ablation alone is not enough; combine it with surgery or radiotherapy (002 §3.5).',
      '非单纯间室内病灶（{lesions}）：不宜单独应用微波治疗，应考虑联合手术或放射治疗（002 §3.5）。',
      'コンパートメント内に限局しない病変（{lesions}）：マイクロ波焼灼療法単独では不十分であり、手術または放射線治療との併用を考慮する（002 §3.5）。',
    ),
    lesionType: L('{name} ({label})', '{name}（{label}）', '{name}（{label}）'),
    type: L('Tomita type {type}', 'Tomita {type} 型', 'Tomita {type} 型'),
    posteriorOnly: L('posterior elements only, no Tomita type', '仅累及后部附件，无 Tomita 分型', '後方要素のみで Tomita 分類外'),
    typeUnknown: L(
      'The Tomita type decides whether microwave ablation may be used alone (types 1–3) or only combined with surgery or radiotherapy (002 §3.5).',
      'Tomita 分型决定微波消融可否单独应用（1~3 型）或须联合手术或放疗（002 §3.5）。',
      'Tomita 分類でマイクロ波焼灼療法を単独で行えるか（1–3 型）、手術や放射線治療との併用が必要かが決まる（002 §3.5）。',
    ),
    coagulopathy: L(
      'Severe coagulopathy: microwave ablation is contraindicated (002 §3.5).',
      '严重的凝血功能障碍：为微波消融禁忌证（002 §3.5）。',
      '重篤な凝固障害：マイクロ波焼灼療法は禁忌である（002 §3.5）。',
    ),
    cardiopulmonary: L(
      'Cardio- or cerebrovascular disease or pulmonary dysfunction ({conditions}): microwave ablation is contraindicated (002 §3.5).',
      '心脑血管疾病或肺功能障碍（{conditions}）：为微波消融禁忌证（002 §3.5）。',
      '心・脳血管疾患または呼吸機能障害（{conditions}）：マイクロ波焼灼療法は禁忌である（002 §3.5）。',
    ),
    cardiac: L('severe cardiac disease', '严重心脏疾病', '重篤な心疾患'),
    cerebrovascular: L('cerebrovascular disease', '脑血管疾病', '脳血管疾患'),
    pulmonary: L('severe pulmonary dysfunction', '严重肺功能障碍', '重篤な呼吸機能障害'),
    combined: L(
      'Microwave ablation combined with vertebroplasty or separation surgery inactivates the tumour, keeps the spine mechanically stable and limits surgical trauma: a safe, effective palliative approach (002 §3.5).',
      '微波消融联合应用椎体成形术、分离手术等微创手术方式，可以达到灭活肿瘤组织、维持脊柱力学稳定性并减少手术创伤的目的，是一种安全、有效的姑息治疗方法（002 §3.5）。',
      'マイクロ波焼灼療法を椎体形成術や分離手術と併用すると、腫瘍の失活、脊椎の力学的安定性の維持、手術侵襲の軽減が得られ、安全かつ有効な姑息的治療となる（002 §3.5）。',
    ),
    noSpinalLesion: L(
      'No painful spinal lesion: 002 §3.5 describes microwave ablation for spinal metastases only.',
      '无疼痛的脊柱病灶：002 §3.5 所述微波消融仅针对脊柱转移瘤。',
      '疼痛を伴う脊椎病変がない：002 §3.5 のマイクロ波焼灼療法は脊椎転移のみを対象とする。',
    ),
  },
  rec12: L(
    'Osteolytic lung-cancer bone metastasis ({lesions}): ablation combined with osteoplasty (bone cement) may be used, controlling the lesion while restoring the stability of the bone (004 rec 12, 2B).',
    '肺癌溶骨性骨转移病灶（{lesions}）：可使用消融联合骨成形术（骨水泥）的介入治疗，控制转移病灶的同时恢复骨结构的稳定性（004 推荐 12，2B）。',
    '肺癌の溶骨性骨転移（{lesions}）：アブレーションと骨形成術（骨セメント）の併用による IVR 治療を用いて、転移病変を制御すると同時に骨構造の安定性を回復させてもよい（004 推奨 12、2B）。',
  ),
  cementoplasty: {
    noExtraspinal: L(
      'No extraspinal bone lesion: for vertebral lesions see PVP/PKP.',
      '无脊柱外骨病灶：椎体病灶见 PVP/PKP。',
      '脊椎外の骨病変がない：椎体病変は PVP/PKP を参照。',
    ),
    notDescribed: L(
      '{count} extraspinal bone metastases are counted but none is described: the site and character decide cementoplasty.',
      '记录有 {count} 处脊柱外骨转移，但均未描述：部位和性质决定是否行骨水泥成形术。',
      '脊椎外骨転移が {count} 個あるが記載がない：部位と性状で骨セメント形成術の適否が決まる。',
    ),
    osteolytic: L(
      'Lytic or mixed extraspinal lesion ({lesions}): percutaneous cementoplasty suits osteolytic bone metastases, usually after local ablation as an alternative to open surgery; it controls pain while restoring the integrity of the bone and helps prevent SREs (004 §4.6.2).',
      '脊柱外溶骨性或混合性病灶（{lesions}）：经皮骨水泥成形术适用于各种溶骨性骨转移瘤，常与局部消融治疗联合，作为外科手术的替代方案之一；在控制疼痛的同时恢复转移骨的完整性，是预防 SREs 的有效方法（004 §4.6.2）。',
      '脊椎外の溶骨性・混合性病変（{lesions}）：経皮的骨セメント形成術は溶骨性骨転移に適し、局所焼灼療法と併用して外科手術の代替となる。疼痛を制御しつつ転移骨の連続性を回復し、SRE 予防に有効である（004 §4.6.2）。',
    ),
    blastic: L(
      'Osteoblastic lesion ({lesions}): percutaneous cementoplasty is described for osteolytic lesions (004 §4.6.2); not for this one.',
      '成骨性病灶（{lesions}）：经皮骨水泥成形术适用于溶骨性病灶（004 §4.6.2），不适用于该病灶。',
      '造骨性病変（{lesions}）：経皮的骨セメント形成術は溶骨性病変を対象とする（004 §4.6.2）。この病変には適さない。',
    ),
    characterUnknown: L(
      'Whether the lesion is lytic decides percutaneous cementoplasty (004 §4.6.2).',
      '病灶是否为溶骨性决定是否行经皮骨水泥成形术（004 §4.6.2）。',
      '溶骨性か否かで経皮的骨セメント形成術の適否が決まる（004 §4.6.2）。',
    ),
    acetabulumSpared: L(
      'Pelvic lesion sparing the acetabulum ({lesions}): implants or cement reinforcement of the load-bearing zones are the options (004 §4.5.4.3); cementoplasty is the cement reinforcement.',
      '尚未累及髋臼的骨盆病灶（{lesions}）：可以选择植入物或骨水泥强化应力传导区（004 §4.5.4.3）；骨水泥成形术即为骨水泥强化方案。',
      '寛骨臼に及ばない骨盤病変（{lesions}）：インプラントまたは骨セメントによる荷重伝達部の補強を選択できる（004 §4.5.4.3）。骨セメント形成術はこの骨セメント補強にあたる。',
    ),
    acetabulumInvolved: L(
      'Acetabulum involved ({lesions}): the surgical option is total hip arthroplasty (004 §4.5.4.3; see palliative surgery); percutaneous cementoplasty is described for periacetabular disease when it is chosen instead (004 §4.6.2).',
      '累及髋臼（{lesions}）：手术可考虑全髋关节置换（004 §4.5.4.3，见姑息性手术）；若选择介入治疗，经皮骨水泥成形术可用于髋臼周围病灶（004 §4.6.2）。',
      '寛骨臼に浸潤（{lesions}）：手術では人工股関節全置換術を考慮する（004 §4.5.4.3、姑息的手術を参照）。代わりに IVR を選ぶ場合、経皮的骨セメント形成術は寛骨臼周囲病変に用いられる（004 §4.6.2）。',
    ),
    acetabulumUnknown: L(
      'Pelvic lesion ({lesions}) with acetabular involvement not recorded: it decides between cement reinforcement of the load-bearing zones and total hip arthroplasty (004 §4.5.4.3).',
      '骨盆病灶（{lesions}）未记录是否累及髋臼：这决定选择骨水泥强化应力传导区还是全髋关节置换（004 §4.5.4.3）。',
      '骨盤病変（{lesions}）で寛骨臼浸潤の有無が未記載：荷重伝達部の骨セメント補強か人工股関節全置換術かがこれで決まる（004 §4.5.4.3）。',
    ),
    nonLoadBearing: L(
      'Pubis or ischium ({lesions}): a non-load-bearing zone, where simple resection is the surgical option (004 §4.5.4.3); no load-bearing reinforcement is needed.',
      '耻骨、坐骨（{lesions}）：属非应力传导区，可行单纯切除术（004 §4.5.4.3），无需承重强化。',
      '恥骨・坐骨（{lesions}）：非荷重伝達部であり、手術では単純切除が選択肢となる（004 §4.5.4.3）。荷重部の補強は不要である。',
    ),
    proximalFemur: L(
      'Proximal femur ({lesions}): percutaneous cementoplasty makes periacetabular and proximal-femur metastases easier to treat (004 §4.6.2).',
      '股骨近端（{lesions}）：经皮骨水泥成形术降低了髋臼周围骨盆和股骨近端骨转移灶的处理难度（004 §4.6.2）。',
      '大腿骨近位部（{lesions}）：経皮的骨セメント形成術により寛骨臼周囲の骨盤および大腿骨近位部の骨転移の処置が容易になった（004 §4.6.2）。',
    ),
    iliacGuidance: L(
      'Iliac metastasis ({lesions}): CT-guided and DSA-guided cement infusion both succeeded in 32 of 32 patients, with leaks in 1 vs 2; VAS and ODI improved in both (P < 0.05) with no difference between them (003).',
      '髂骨转移瘤（{lesions}）：CT 引导与 DSA 引导骨水泥灌注各 32 例均顺利完成，骨水泥外溢分别为 1 例和 2 例；两组 VAS 和 ODI 均较治疗前改善（P < 0.05），组间无差异（003）。',
      '腸骨転移（{lesions}）：CT ガイド下と DSA ガイド下の骨セメント注入は各 32 例全例で成功し、セメント漏出は 1 例対 2 例。両群とも VAS と ODI が改善し（P < 0.05）、群間差はなかった（003）。',
    ),
    brachytherapy: L(
      'Pain after failed or resistant conventional treatment ({lesions}): iodine-125 brachytherapy relieves bone-metastasis pain with good local control and can be combined with bone cement; weigh the invasive procedure (004 §4.6.3).',
      '常规治疗失败或抵抗后仍疼痛（{lesions}）：近距离治疗（碘-125）可缓解骨转移疼痛、局部控制良好，可与骨水泥治疗协同应用；需权衡侵入性操作的获益与并发症（004 §4.6.3）。',
      '通常治療が無効または抵抗性で疼痛が残る（{lesions}）：ヨウ素 125 による小線源治療は骨転移の疼痛を緩和し局所制御も良好で、骨セメント治療と併用できる。侵襲的手技であり利益と合併症を比較考量する（004 §4.6.3）。',
    ),
  },
  infectionSites: {
    local: L('local', '局部', '局所'),
    systemic: L('systemic', '全身', '全身'),
  },
  why: {
    lesions: L('the lesions decide whether and where ablation or cement applies', '病灶决定是否及在何处行消融或骨水泥治疗', '病変で焼灼療法や骨セメントの適否と部位が決まる'),
    pain: L('ablation palliates pain (002 §3.5)', '消融用于疼痛的姑息治疗（002 §3.5）', '焼灼療法は疼痛の姑息的治療である（002 §3.5）'),
    cordDistance: L('tumour within 1 cm of the cord contraindicates RFA (002 §3.5)', '肿瘤距离脊髓 1 cm 内为射频消融禁忌（002 §3.5）', '脊髄から 1 cm 以内の腫瘍は RFA の禁忌（002 §3.5）'),
    sins: L('severe destruction with paraplegia risk contraindicates RFA (002 §3.5): score SINS', '椎体破坏严重有截瘫危险为射频消融禁忌（002 §3.5）：需评估 SINS', '対麻痺の危険がある高度な椎体破壊は RFA の禁忌（002 §3.5）：SINS を評価する'),
    infection: L('concurrent infection contraindicates RFA (002 §3.5)', '伴发感染为射频消融禁忌（002 §3.5）', '感染の合併は RFA の禁忌（002 §3.5）'),
    tomitaSites: L('the Tomita type decides MWA alone vs combined (002 §3.5)', 'Tomita 分型决定微波消融单独或联合应用（002 §3.5）', 'Tomita 分類で MWA 単独か併用かが決まる（002 §3.5）'),
    character: L('lytic vs blastic decides cementoplasty (004 §4.6.2)', '溶骨性或成骨性决定骨水泥成形术（004 §4.6.2）', '溶骨性か造骨性かで骨セメント形成術が決まる（004 §4.6.2）'),
    acetabulum: L('acetabular involvement decides cement reinforcement vs arthroplasty (004 §4.5.4.3)', '是否累及髋臼决定骨水泥强化或关节置换（004 §4.5.4.3）', '寛骨臼浸潤の有無で骨セメント補強か人工関節かが決まる（004 §4.5.4.3）'),
  },
});
