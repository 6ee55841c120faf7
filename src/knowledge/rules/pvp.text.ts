import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

/** Texts of the PVP/PKP rules, the cement plan and the post-procedure care (src/knowledge/rules/pvp.ts). */
export const pvpText = defineTexts('pvp', {
  complications: {
    risks: L(
      'Complications to discuss (001 review 5): cement leakage outside the body in 3–76 % (symptomatic 1.4 %), into the spinal canal 0.8 % (cord or root compression), into the disc 8.2–28.2 %, pulmonary cement embolism 2.1–26 % (mostly asymptomatic), cement in the heart 4.8 %, vertebral infection 0.36–0.46 %, bleeding from the puncture, and fractures of treated or adjacent vertebrae.',
      '需告知的并发症（001 综述 5）：骨水泥椎体外渗漏 3%~76%（有症状者 1.4%），渗入椎管 0.8%（压迫脊髓或神经根），渗入椎间盘 8.2%~28.2%，骨水泥肺栓塞 2.1%~26%（多无症状），心腔内迁移 4.8%，椎体感染 0.36%~0.46%，穿刺相关出血，以及治疗椎体或相邻椎体骨折。',
      '説明すべき合併症（001 総説 5）：セメントの椎体外漏出 3–76%（有症状 1.4%）、脊柱管内 0.8%（脊髄・神経根の圧排）、椎間板腔 8.2–28.2%、セメント肺塞栓 2.1–26%（多くは無症候性）、心腔内迷入 4.8%、椎体感染 0.36–0.46%、穿刺に伴う出血、治療椎体・隣接椎体の骨折。',
    ),
    asymptomaticEmbolism: L(
      'Asymptomatic cement embolism after PVP: most are managed conservatively — observation or anticoagulation (001 review 5(2)).',
      'PVP 后无症状骨水泥栓塞：多数采用保守治疗——观察或抗凝（001 综述 5(2)）。',
      'PVP 後の無症候性セメント塞栓：多くは経過観察や抗凝固療法など保存的に治療される（001 総説 5(2)）。',
    ),
    symptomaticEmbolism: L(
      'Symptomatic cement embolism after PVP (rarely dyspnoea, hypercapnia, impaired consciousness, arrhythmia, cardiac perforation or tamponade — potentially fatal): urgent review; when conservative treatment (observation, anticoagulation) is judged inappropriate the cement in the veins, heart or pulmonary arteries is removed percutaneously or surgically (001 review 5(2)).',
      'PVP 后有症状的骨水泥栓塞（少见呼吸困难、高碳酸血症、意识障碍、心律失常、心脏穿孔或心包填塞，可致命）：紧急评估；判断保守治疗（观察、抗凝）不适当时，经皮或外科取出静脉、心腔或肺动脉内的骨水泥（001 综述 5(2)）。',
      'PVP 後の症候性セメント塞栓（稀に呼吸困難、高炭酸ガス血症、意識障害、不整脈、心臓穿孔、心タンポナーデなど致死的）：緊急評価。保存的治療（経過観察、抗凝固療法）が不適切と判断された場合は、静脈・心腔・肺動脈内のセメントを経皮的または外科的に除去する（001 総説 5(2)）。',
    ),
    canal: L(
      'Cement in the spinal canal or a foramen after PVP can compress the dural sac or roots and cause paralysis (001 review 5(2)); the review gives no management — assess neurology now and follow the cord-compression pathway.',
      'PVP 后骨水泥渗入椎管或椎间孔可压迫硬膜囊或神经根并导致瘫痪（001 综述 5(2)）；该综述未给出处理方法——立即评估神经功能并按脊髓压迫流程处理。',
      'PVP 後のセメントの脊柱管・神経孔への漏出は硬膜嚢や神経根を圧排し麻痺を生じうる（001 総説 5(2)）。同総説は対処を示さない——直ちに神経学的評価を行い脊髄圧迫の対応に従う。',
    ),
  },

  separator: L(', ', '、', '、'),
  scope: {
    age: L(
      'Age {age}: the JSIR PVP guideline covers adults aged 20 or more; for minors the evidence on efficacy and safety is insufficient, so its recommendations do not apply.',
      '年龄 {age} 岁：JSIR PVP 指南适用于 20 岁及以上成人；未成年人疗效和安全性证据不足，不适用其推荐。',
      '{age} 歳：本ガイドラインの対象は 20 歳以上の成人であり、未成年は有効性及び安全性に関する根拠が十分でないためカバーしない。',
    ),
    primaryBoneTumour: L(
      '{histology} is a primary bone tumour (myeloma, haemangioma, lymphoma…): the JSIR guideline handles it apart from PVP for spinal metastases and does not cover it; decide individually.',
      '{histology}属于骨原发性肿瘤（骨髓瘤、血管瘤、恶性淋巴瘤等）：JSIR 指南将其与脊柱转移瘤 PVP 分开处理、原则上不涵盖，需个体化决定。',
      '{histology}は骨原発性腫瘍（骨髄腫・血管腫・悪性リンパ腫など）であり、一般的な脊椎転移 PVP 治療とは分けて対応すべきため本ガイドラインは原則的にカバーしない：個別に判断する。',
    ),
  },
  noSpinalLesion: {
    none: L(
      'No spinal metastasis: PVP/PKP treats vertebral bodies (extraspinal lesions: see cementoplasty).',
      '无脊柱转移：PVP/PKP 针对椎体（脊柱外病灶见骨水泥成形术）。',
      '脊椎転移なし：PVP/PKP は椎体に対する治療である（脊椎外病変は骨セメント形成術を参照）。',
    ),
    unknown: L(
      'No spinal lesion is described: the level, character and extent of each lesion decide PVP/PKP.',
      '未描述脊柱病灶：每个病灶的节段、性质和范围决定是否行 PVP/PKP。',
      '脊椎病変の記載がない：各病変の椎体レベル・性状・進展範囲で PVP/PKP の適否が決まる。',
    ),
  },
  painfulLesion: L(
    'Painful thoracic/lumbar lesion ({levels}) with pain that restricts daily life: PVP for pain palliation is recommended (001 CQ1-①).',
    '胸腰椎病灶（{levels}）疼痛剧烈、日常生活活动受限：推荐以缓解疼痛为目的实施 PVP（001 CQ1-①）。',
    '胸椎または腰椎の病変（{levels}）による疼痛が強く日常生活の行動に制限が生じている：疼痛緩和目的に PVP を実施することを推奨する（001 CQ1-①）。',
  ),
  expectedEffect: L(
    'Expected effect: pain relief in 91 % (73–100 %), function improved in 62 % (52–70 %), worse in 1 %; median onset 1 day; 16–21 % get no relief and pain recurs at the treated level in 21 %.',
    '预期效果：疼痛缓解 91%（73%~100%），活动功能改善 62%（52%~70%），加重 1%；起效中位时间 1 天；16%~21% 无缓解，21% 治疗部位疼痛复发。',
    '期待される効果：疼痛緩和 91%（73–100%）、動作機能改善 62%（52–70%）、疼痛増悪 1%；効果発現は中央値 1 日。16–21% で疼痛緩和が得られず、21% で治療部位の疼痛再発がある。',
  ),
  activityRestricted: L(
    'A physician has restricted activity because of compression-fracture risk at a thoracic/lumbar lesion ({levels}): PVP to ease the restriction is recommended (001 CQ1-②).',
    '胸腰椎病灶（{levels}）有压缩性骨折风险、已被医师要求限制活动：推荐以缓解活动限制为目的实施 PVP（001 CQ1-②）。',
    '胸椎または腰椎の病変（{levels}）による圧迫骨折の危険性から医師に運動制限を指示されている：運動制限緩和目的に PVP を実施することを推奨する（001 CQ1-②）。',
  ),
  osteolytic: L(
    'Osteolytic destruction of the vertebral body with severe pain or a pathological compression fracture ({levels}): palliative PVP/PKP is indicated (002 §3.4).',
    '溶骨性转移瘤破坏椎体引起剧烈疼痛或椎体病理性压缩骨折（{levels}）：为 PVP/PKP 姑息治疗的适应证（002 §3.4）。',
    '溶骨性転移による椎体破壊に伴う激しい疼痛または病的圧迫骨折（{levels}）：PVP/PKP による姑息的治療の適応である（002 §3.4）。',
  ),
  fracturePrevention: L(
    'Fracture risk at {levels} (impending fracture, or after radiotherapy or ablation: fracture rates 3 % after EBRT, 11–39 % after SBRT): PVP to prevent fracture is suggested when it is expected to help (001 CQ2).',
    '{levels} 存在骨折风险（即将骨折，或放疗、消融后：外照射后骨折率 3%，立体定向放疗后 11%~39%）：预计可获得预期效果时，建议以预防骨折为目的实施 PVP（001 CQ2）。',
    '{levels} に骨折リスクがある（切迫骨折、または放射線治療・ラジオ波焼灼術後：骨折率は外照射 3%、定位放射線治療 11–39%）：PVP で望ましい効果が得られると推定される場合には骨折予防目的の実施を提案する（001 CQ2）。',
  ),
  cervicalOrSacral: L(
    'Cervical or sacral level ({levels}): 001 CQ1 covers thoracic and lumbar lesions; PVP has been reported from the cervical spine to the sacrum, so decide individually.',
    '颈椎或骶椎节段（{levels}）：001 CQ1 仅针对胸椎和腰椎病灶；文献报道颈椎至骶椎均有实施 PVP，需个体化决定。',
    '頸椎または仙椎（{levels}）：CQ1 は胸椎・腰椎の病変を対象とする。頸椎から仙椎まで治療された報告があり、個別に判断する。',
  ),
  noIndication: {
    none: L(
      'No indication found: no painful lesion restricting daily life, no activity restriction for fracture risk, no severe pain from osteolytic destruction, no pathological or impending fracture.',
      '未发现适应证：无影响日常生活的疼痛病灶，无因骨折风险而限制活动，无溶骨性破坏所致剧烈疼痛，无病理性或即将发生的骨折。',
      '適応が見当たらない：日常生活を制限する疼痛病変、骨折リスクによる運動制限、溶骨性破壊による激しい疼痛、病的骨折・切迫骨折のいずれもない。',
    ),
    undecided: L(
      'Whether PVP is indicated depends on pain, whether it restricts daily life, and whether activity is restricted for fracture risk.',
      '是否有 PVP 适应证取决于疼痛、疼痛是否影响日常生活以及是否因骨折风险而限制活动。',
      'PVP の適応は、疼痛の有無、それが日常生活を制限しているか、骨折リスクによる運動制限があるかで決まる。',
    ),
  },
  osteoblastic: {
    all: L(
      'Osteoblastic lesion ({levels}): PVP is technically demanding (hard puncture, high intravertebral pressure, sudden unpredictable leaks), so it is suggested not to do it; try other treatments first (001 CQ3).',
      '成骨性病灶（{levels}）：PVP 操作难度高（穿刺困难、椎体内压高、渗漏突然且难以预测），建议不实施，应优先选择其他替代治疗（001 CQ3）。',
      '造骨性病変（{levels}）：PVP の手技的難易度が高い（穿刺困難、椎体内圧が高く、椎体外漏出が突然かつ予測不能に起こる）ため実施しないことを提案し、まず他の代替治療を優先する（001 CQ3）。',
    ),
    some: L(
      'Osteoblastic level(s) among the targets ({levels}): suggested not to treat them with PVP (001 CQ3); treat the lytic or mixed levels only.',
      '目标节段中有成骨性病灶（{levels}）：建议不对其实施 PVP（001 CQ3），仅治疗溶骨性或混合性节段。',
      '対象椎体に造骨性病変（{levels}）がある：これらへの PVP は実施しないことを提案する（001 CQ3）。溶骨性・混合性の椎体のみを治療する。',
    ),
  },
  eligibility: {
    criteria: L(
      'PVP/PKP suits patients without neural compression, with a relatively intact posterior wall, uninvolved pedicles and no severe collapse (002 §3.4).',
      'PVP/PKP 适用于没有神经压迫、椎体后壁相对完整、椎弓根无肿瘤累及、无严重椎体压缩的患者（002 §3.4）。',
      'PVP/PKP の適応は、神経圧迫がなく、椎体後壁が比較的保たれ、椎弓根に腫瘍浸潤がなく、高度な椎体圧潰のない患者である（002 §3.4）。',
    ),
    unmet: L('{name}: {reasons}.', '{name}：{reasons}。', '{name}：{reasons}。'),
    met: L('{names}: all four criteria met.', '{names}：四项条件均满足。', '{names}：4 条件をすべて満たす。'),
    someUnmet: L(
      'Treat only the levels that meet them.',
      '仅治疗符合条件的节段。',
      '条件を満たす椎体のみを治療する。',
    ),
    reasons: {
      cordCompression: L('neural compression (ESCC {grade})', '存在神经压迫（ESCC {grade}）', '神経圧迫あり（ESCC {grade}）'),
      rootCompression: L('nerve-root compression', '存在神经根压迫', '神経根圧迫あり'),
      posteriorWall: L('posterior wall not intact', '椎体后壁不完整', '椎体後壁が保たれていない'),
      pedicles: L('pedicles involved ({side})', '椎弓根受累（{side}）', '椎弓根浸潤あり（{side}）'),
      collapse: L(
        'severe collapse ({percent} % height loss; this system reads “severe” as more than 2/3, the source gives no number)',
        '严重椎体压缩（高度丢失 {percent}%；本系统将“严重”界定为超过 2/3，原文未给出数值）',
        '高度な椎体圧潰（高さ {percent}% 減少。本システムは「高度」を 2/3 超と解釈している。原典に数値はない）',
      ),
    },
    sides: {
      unilateral: L('unilateral', '单侧', '片側'),
      bilateral: L('bilateral', '双侧', '両側'),
      tomita: L('Tomita sites', 'Tomita 分区', 'Tomita 部位'),
    },
  },
  incompleteParalysis: L(
    'Frankel {frankel} (incomplete paralysis) with the cord compressed by tumour (ESCC {grade} at {levels}): PVP/PKP is contraindicated (002 §3.4); decompression comes first.',
    'Frankel {frankel}（不全瘫）且椎体肿瘤压迫脊髓（{levels} ESCC {grade}）：为 PVP/PKP 禁忌证（002 §3.4），应优先减压。',
    'Frankel {frankel}（不全麻痺）で腫瘍による脊髄圧迫あり（{levels} ESCC {grade}）：PVP/PKP は禁忌である（002 §3.4）。除圧を優先する。',
  ),
  neurologicalDeficit: {
    compressed: L(
      'Neurological deficit (Frankel {frankel}) from cord compression (ESCC {grade} at {levels}): PVP cannot improve it and is generally not indicated; it may help combined with surgery or radiotherapy, decided case by case (001 review 2(5)).',
      '脊髓压迫（{levels} ESCC {grade}）所致神经功能障碍（Frankel {frankel}）：PVP 一般无法改善，通常不适用；联合手术或放疗时可能有效，需个体化判断（001 综述 2(5)）。',
      '脊髄圧迫（{levels} ESCC {grade}）による脊髄神経障害（Frankel {frankel}）：一般的に PVP での改善効果は望めず適応外である。手術や放射線治療と共に行い効果が得られた報告もあり、個々の症例で判断する（001 総説 2(5)）。',
    ),
    progressing: L(
      'Neurological deficit (Frankel {frankel}) that is progressing and no MRI grade of cord compression: PVP is not the answer until MRI excludes compression; a compressive deficit needs decompression (001 review 2(5)).',
      '神经功能障碍（Frankel {frankel}）进行性加重且无脊髓压迫的 MRI 分级：在 MRI 排除压迫之前 PVP 不适用；压迫所致障碍需减压（001 综述 2(5)）。',
      '神経障害（Frankel {frankel}）が進行しており、脊髄圧迫の MRI 評価がない：MRI で圧迫が否定されるまで PVP は適応とならない。圧迫による障害には除圧が必要である（001 総説 2(5)）。',
    ),
    unknown: L(
      'Neurological deficit (Frankel {frankel}) without an MRI grade of cord compression: from compression, PVP is generally not indicated (incomplete paralysis: contraindicated); grade ESCC first.',
      '存在神经功能障碍（Frankel {frankel}），但无脊髓压迫的 MRI 分级：若为压迫所致，PVP 一般不适用（不全瘫为禁忌）；需先行 ESCC 分级。',
      '神経障害（Frankel {frankel}）があるが脊髄圧迫の MRI 評価がない：圧迫によるものなら PVP は一般に適応外（不全麻痺なら禁忌）。まず ESCC を評価する。',
    ),
    elsewhere: L(
      'Cord compression at {levels}, which PVP would not treat ({targets}): decompress and irradiate {levels} first (the contraindication of 002 §3.4 speaks of the treated vertebra’s tumour); PVP of {targets} is decided on its own.',
      '{levels} 存在脊髓压迫，但不在 PVP 治疗节段（{targets}）：应先对 {levels} 减压及放疗（002 §3.4 的禁忌证指治疗椎体的肿瘤压迫脊髓）；{targets} 的 PVP 另行判断。',
      '{levels} に脊髄圧迫があるが PVP の対象（{targets}）ではない：まず {levels} の除圧・照射を行う（002 §3.4 の禁忌は治療椎体の腫瘍による圧迫を指す）。{targets} の PVP は別に判断する。',
    ),
    lowGradeProgressing: L(
      'Neurological deficit (Frankel {frankel}) progressing although no lesion compresses the cord (ESCC < 2): PVP cannot improve a deficit (001 review 2(5)); a progressing deficit calls for decompression first (002 §1.4) — find its cause before any PVP.',
      '神经功能障碍（Frankel {frankel}）进行性加重，但无病灶压迫脊髓（ESCC < 2）：PVP 无法改善神经功能障碍（001 综述 2(5)）；进行性神经功能障碍应先减压（002 §1.4）——行 PVP 前需明确其原因。',
      '神経障害（Frankel {frankel}）が進行しているが脊髄を圧迫する病変はない（ESCC < 2）：PVP で神経障害の改善は望めない（001 総説 2(5)）。進行性の神経障害はまず除圧を検討する（002 §1.4）— PVP の前に原因を明らかにする。',
    ),
    lowGradeStable: L(
      'Neurological deficit (Frankel {frankel}) with no lesion compressing the cord (ESCC < 2): PVP may treat the pain but cannot improve the deficit, which is outside its indication; decide case by case, with surgery or radiotherapy where they treat it (001 review 2(5)).',
      '存在神经功能障碍（Frankel {frankel}），但无病灶压迫脊髓（ESCC < 2）：PVP 可治疗疼痛，但无法改善神经功能障碍，后者不属于其适应证；需个体化判断，必要时联合手术或放疗（001 综述 2(5)）。',
      '神経障害（Frankel {frankel}）があるが脊髄を圧迫する病変はない（ESCC < 2）：PVP は疼痛を治療しうるが神経障害の改善は望めず適応外である。手術や放射線治療との併用も含め個々の症例で判断する（001 総説 2(5)）。',
    ),
    frankelUnknown: L(
      'Cord compression (ESCC {grade} at {levels}) without a neurological grade: incomplete paralysis from cord compression would make PVP/PKP contraindicated (002 §3.4).',
      '存在脊髓压迫（{levels} ESCC {grade}），但未记录神经功能分级：若脊髓受压引起不全瘫，则为 PVP/PKP 禁忌（002 §3.4）。',
      '脊髄圧迫（{levels} ESCC {grade}）があるが神経学的評価がない：脊髄圧迫による不全麻痺があれば PVP/PKP は禁忌である（002 §3.4）。',
    ),
  },
  bleeding: {
    uncontrollable: L(
      'Uncontrollable bleeding tendency (severe coagulopathy): not eligible for PVP (001 review 2(3); 002 §3.4 lists severe coagulopathy as a contraindication).',
      '出血倾向难以控制（严重凝血功能障碍）：不适合 PVP（001 综述 2(3)；002 §3.4 将严重凝血功能障碍列为禁忌证）。',
      '制御困難な出血傾向（高度の凝固障害）：治療の適応外とすべきである（001 総説 2(3)。002 §3.4 も重篤な凝固障害を禁忌とする）。',
    ),
    caution: L(
      'Bleeding caution ({values}): correct the bleeding tendency before PVP and judge the case individually (caution thresholds: platelets < 100 000/µL, PT > 1.6 × normal, APTT > 1.5 × normal; 001 review 2(3)).',
      '需警惕出血（{values}）：PVP 前应纠正出血倾向并个体化评估（警示标准：血小板 < 10 万/µL，PT > 正常 1.6 倍，APTT > 正常 1.5 倍；001 综述 2(3)）。',
      '出血に注意（{values}）：PVP 前に何らかの補正処置を講じ、個々の症例で評価判断する（注意喚起の目安：血小板 < 10 万/µL、PT > 基準の 1.6 倍、APTT > 基準の 1.5 倍；001 総説 2(3)）。',
    ),
    platelets: L('platelets {value}/µL', '血小板 {value}/µL', '血小板 {value}/µL'),
    pt: L('PT {value} × normal', 'PT 为正常的 {value} 倍', 'PT 基準の {value} 倍'),
    aptt: L('APTT {value} × normal', 'APTT 为正常的 {value} 倍', 'APTT 基準の {value} 倍'),
    check: L(
      'Check platelets, PT and APTT before PVP (caution below 100 000/µL, above 1.6 × and 1.5 × normal; 001 review 2(3)).',
      'PVP 前检查血小板、PT 和 APTT（警示标准：< 10 万/µL，> 正常 1.6 倍和 1.5 倍；001 综述 2(3)）。',
      'PVP 前に血小板、PT、APTT を確認する（注意喚起の目安：< 10 万/µL、基準の 1.6 倍・1.5 倍超；001 総説 2(3)）。',
    ),
  },
  infection: {
    active: L(
      'Active infection ({sites}): postpone PVP until it has resolved (001 review 2(4)); 002 §3.4 lists local or systemic infection as a contraindication.',
      '存在活动性感染（{sites}）：应推迟 PVP 直至感染解决（001 综述 2(4)）；002 §3.4 将局部或全身感染列为禁忌证。',
      '感染症あり（{sites}）：問題が解決されるまで PVP を延期すべきである（001 総説 2(4)）。002 §3.4 も局所または全身感染を禁忌とする。',
    ),
    local: L('local: osteomyelitis, discitis or epidural abscess', '局部：骨髓炎、椎间盘炎或硬膜外脓肿', '局所：骨髄炎、椎間板炎または硬膜外膿瘍'),
    systemic: L('systemic: sepsis, fever or rising inflammation', '全身：败血症、发热或炎症指标升高', '全身：敗血症、発熱または炎症反応上昇'),
    check: L(
      'Infection status not recorded: exclude local (osteomyelitis, discitis, epidural abscess) and systemic infection (sepsis, fever, rising inflammation) before PVP (001 review 2(4)).',
      '未记录感染情况：PVP 前需排除局部感染（骨髓炎、椎间盘炎、硬膜外脓肿）和全身感染（败血症、发热、炎症指标升高）（001 综述 2(4)）。',
      '感染の有無が未記載：PVP 前に局所感染（骨髄炎、椎間板炎、硬膜外膿瘍）と全身感染（敗血症、発熱、炎症反応上昇）を除外する（001 総説 2(4)）。',
    ),
    risk: L(
      'Risk factors for infection after vertebral augmentation ({risks}): assess carefully before the procedure; infection occurs in 0.36–0.46 % and is diagnosed on average 118–298 days later (001 review 2(4), review 5(3)).',
      '椎体成形术后感染的危险因素（{risks}）：术前需充分评估；感染发生率 0.36%~0.46%，平均于术后 118~298 天确诊（001 综述 2(4)、5(3)）。',
      '椎体形成術後感染のリスク（{risks}）：術前評価として十分注意する。感染は 0.36–0.46% に生じ、診断まで平均 118–298 日である（001 総説 2(4)、5(3)）。',
    ),
    diabetes: L('diabetes', '糖尿病', '糖尿病'),
    immunosuppression: L('immunosuppression', '免疫抑制状态', '免疫抑制状態'),
    urinaryTractInfection: L('urinary-tract infection', '尿路感染', '尿路感染'),
    cholecystitis: L('cholecystitis', '胆囊炎', '胆嚢炎'),
    meningitis: L('meningitis', '脑膜炎', '髄膜炎'),
    infectedPressureUlcer: L('infected pressure ulcer', '感染性压疮', '感染性褥瘡'),
    chemotherapy: L('ongoing chemotherapy (001 review 5(3))', '正在化疗（001 综述 5(3)）', '化学療法の併用（001 総説 5(3)）'),
    hiv: L(
      'HIV positive: no report on the long-term safety of PVP; decide individually (001 review 2(4)).',
      'HIV 阳性：尚无 PVP 长期安全性的报道，需个体化决定（001 综述 2(4)）。',
      'HIV 陽性：PVP の長期安全性についての報告はなく、適応は個別に検討すべきである（001 総説 2(4)）。',
    ),
  },
  pmma: {
    allergy: L(
      'Known allergy to polymethylmethacrylate (PMMA), the main component of bone cement: contraindicated (002 §3.4).',
      '已知对骨水泥主要成分聚甲基丙烯酸甲酯（PMMA）过敏：为禁忌证（002 §3.4）。',
      '骨セメントの主成分ポリメチルメタクリレート（PMMA）に対する既知のアレルギー：禁忌である（002 §3.4）。',
    ),
    check: L(
      'PMMA allergy not recorded: a known allergy to PMMA is a contraindication (002 §3.4).',
      '未记录 PMMA 过敏史：已知 PMMA 过敏为禁忌证（002 §3.4）。',
      'PMMA アレルギーの有無が未記載：既知の PMMA アレルギーは禁忌である（002 §3.4）。',
    ),
  },
  pregnancy: {
    pregnant: L('Pregnancy: contraindicated (002 §3.4).', '妊娠：为禁忌证（002 §3.4）。', '妊娠：禁忌である（002 §3.4）。'),
    check: L(
      'Woman of child-bearing age ({age}) with pregnancy not recorded: pregnancy is a contraindication (002 §3.4).',
      '育龄女性（{age} 岁）未记录是否妊娠：妊娠为禁忌证（002 §3.4）。',
      '妊娠可能年齢の女性（{age} 歳）で妊娠の有無が未記載：妊娠は禁忌である（002 §3.4）。',
    ),
  },
  extendedToCementoplasty: L(
    'The sources list this for vertebral cement; it applies equally to percutaneous PMMA injection elsewhere.',
    '原文针对椎体骨水泥注射；同样适用于其他部位的经皮 PMMA 注射。',
    '原典は椎体への骨セメント注入について述べているが、他部位への経皮的 PMMA 注入にも同様に当てはまる。',
  ),
  organ: L(
    'Severe {organs} dysfunction: unpolymerised PMMA monomer is cardiotoxic and pulmonotoxic; weigh PVP carefully against the general condition (001 review 2(6)).',
    '严重{organs}功能障碍：未聚合的 PMMA 单体有心肺毒性，需结合全身状况慎重评估 PVP 适应证（001 综述 2(6)）。',
    '重篤な{organs}機能低下：未重合の PMMA モノマーには心肺毒性があり、全身状態とのバランスを考慮して慎重に適応を評価する（001 総説 2(6)）。',
  ),
  organs: {
    cardiac: L('cardiac', '心', '心'),
    pulmonary: L('pulmonary', '肺', '肺'),
    hepatic: L('hepatic', '肝', '肝'),
    renal: L('renal', '肾', '腎'),
  },
  organSeparator: L(', ', '、', '・'),
  workUp: L(
    'Before PVP: blood tests (RPR, TPHA, HCV Ab, HBs Ag, albumin, bilirubin, AST, ALT, LDH, ALP, CK, BUN, creatinine, eGFR, Na, K, Ca, glucose, CRP, blood count with differential, platelets, PT, PT-INR, APTT), ECG and pulmonary function (PMMA monomer toxicity), chest X-ray as the baseline for cement embolism, and baseline pain and QOL (001 review 2(2)).',
    'PVP 术前：血液检查（RPR、TPHA、HCV 抗体、HBs 抗原、白蛋白、胆红素、AST、ALT、LDH、ALP、CK、BUN、肌酐、eGFR、Na、K、Ca、血糖、CRP、血常规及分类、血小板、PT、PT-INR、APTT），心电图和肺功能（PMMA 单体毒性），胸部 X 线作为骨水泥肺栓塞的基线，以及术前疼痛和生活质量评估（001 综述 2(2)）。',
    'PVP 術前：採血検査（RPR、TPHA、HCV 抗体、HBs 抗原、アルブミン、総ビリルビン、AST、ALT、LDH、ALP、CK、BUN、クレアチニン、eGFR、Na、K、Ca、血糖、CRP、血算・白血球分画、血小板、PT、PT-INR、APTT）、心電図と呼吸機能検査（PMMA モノマーの心肺毒性）、セメント肺塞栓のベースラインとして胸部単純 X 線写真、疼痛と QOL の術前評価（001 総説 2(2)）。',
  ),
  levelsPerSession: L(
    '{count} levels planned ({levels}): for painful lytic disease up to 3 vertebrae per session are advised to limit leakage and embolism; 4 or more have been reported with similar leakage (25–41 %) and epidural leak (6 %) but the evidence is limited (001 review 3(1)).',
    '计划治疗 {count} 个节段（{levels}）：疼痛性溶骨性转移为减少骨水泥渗漏和栓塞，每次治疗以 3 个椎体为限；4 个及以上的报道渗漏率（25%~41%）和硬膜外渗漏（6%）相近，但证据有限（001 综述 3(1)）。',
    '{count} 椎体を予定（{levels}）：疼痛を伴う溶骨性脊椎転移では PMMA 漏出や塞栓症を減らすため 1 回あたり 3 椎体までとされる。4 椎体以上でもセメント漏出（25–41%）、硬膜外漏出（6%）に差はないとの報告があるが根拠は限られる（001 総説 3(1)）。',
  ),
  retreatment: L(
    'Already cemented ({levels}): there are no reports on re-treating a recurrence at the same site; a multimodal approach with additional treatment or radiotherapy is advised (001 review 3(2)).',
    '已行骨水泥治疗（{levels}）：同一部位复发再治疗尚无报道，建议联合追加治疗或放疗等多模式治疗（001 综述 3(2)）。',
    '既に骨セメント注入済み（{levels}）：同部位の再発病変への治療の報告はなく、追加治療や放射線療法など多角的な治療が必要とされる（001 総説 3(2)）。',
  ),
  withChemoRadiotherapy: L(
    'PVP with chemotherapy or radiotherapy: suggested when the combination is expected to help; no serious complications are reported (001 CQ4).',
    'PVP 联合化疗或放疗：估计联合可获得预期效果时建议实施，未见严重并发症报道（001 CQ4）。',
    'PVP 併用で望ましい効果が得られると推定される場合には化学療法や放射線治療との連携を提案する。重大な合併症の報告はない（001 CQ4）。',
  ),
  beforeChemoRadiotherapy: L(
    'Activity is restricted for fracture risk: radiotherapy relieves pain only after 10–20 days and barely stabilises the fracture, so PVP before chemotherapy or radiotherapy is acceptable (001 review 1(8)).',
    '因骨折风险需限制活动：放疗的止痛效果通常延迟 10~20 天出现，且对骨折的稳定作用很小，可考虑在化疗或放疗前先行 PVP（001 综述 1(8)）。',
    '骨折の危険性のため運動制限が必要：放射線療法の疼痛緩和効果は通常 10–20 日遅れて現れ、骨折に対する脊椎安定効果はわずかであるため、化学療法または放射線療法に先行して PVP を考慮することは許容され得る（001 総説 1(8)）。',
  ),
  radiotherapyAfterwards: L(
    'After PVP/PKP the patient needs further radiotherapy (002 §3.4).',
    'PVP 和 PKP 术后的患者也需进一步放疗（002 §3.4）。',
    'PVP/PKP 後の患者にはさらに放射線治療が必要である（002 §3.4）。',
  ),
  cement: {
    posteriorThird: L(
      'Inject from the anterior vertebral body and stop when the cement reaches the posterior third.',
      '自椎体前部注入，骨水泥到达椎体后 1/3 时停止注入。',
      '椎体前方から注入し、椎体後方 1/3 程度まで達したら注入を停止する。',
    ),
    leak: L(
      'Stop at once on any extravertebral leak, even before the target is reached.',
      '一旦发现骨水泥椎体外渗漏，立即停止注入，即使尚未达到目标量。',
      '目安に達する前でも椎体外への PMMA 漏出を認めた時点で速やかに注入を停止する。',
    ),
    noUpperLimit: L(
      'No fixed upper limit: the operator decides the volume during the procedure; volume does not correlate with effect, so do not inject more than needed (001 CQ5).',
      '注入量无明确上限，由术者在操作中判断；注入量与疗效无相关性，勿注入超过所需的量（001 CQ5）。',
      '明確な上限はなく術者が手技中に判断する。注入量と治療効果に相関はなく、至適量以上の PMMA を注入しない（001 CQ5）。',
    ),
  },
  care: {
    bedRest: L(
      'Watch closely until the cement has set (judge by the cement left in the mixing bowl); then 2–4 h bed rest with vital signs and neurological checks.',
      '骨水泥充分固化前需密切观察（以调和碗内骨水泥硬度为参考）；固化后卧床休息 2~4 小时，适时监测生命体征和神经功能。',
      '骨セメントが十分に固まるまで入念に観察する（ミキシングボウル内のセメントの硬さが指標）。硬化確認後、2–4 時間のベッド上安静とし、適宜バイタルサインと神経学的評価を行う。',
    ),
    abnormality: L(
      'Any abnormality: detailed neurological examination and CT or MRI to exclude cord or root compression by leaked cement.',
      '出现任何异常：详细神经系统检查，必要时行 CT 或 MRI 以排除渗漏骨水泥压迫脊髓或神经根。',
      '何らかの異常を察知した場合：詳細な神経学的評価と、セメント漏出による脊髄・神経根圧迫の除外のため必要に応じて CT や MRI を撮像する。',
    ),
    mobilise: L(
      'After bed rest, stand and walk gradually, widening activity from the pre-procedure level as disease and strength allow; rehabilitation when long bed rest has weakened the muscles.',
      '卧床结束后逐步站立和行走，根据病情和体力从术前活动水平逐步扩大活动范围；长期卧床致肌力下降者需适当康复。',
      '安静解除後、徐々に立位・歩行を開始し、病勢や体力に合わせて術前の安静度から生活動作範囲を拡大する。長期臥床による筋力低下には適切なリハビリテーションを行う。',
    ),
    discharge: L(
      'Same-day discharge is possible, preferably after the effect has been confirmed.',
      '可当日出院，但最好在确认疗效后出院。',
      '治療当日の退院も可能であるが、治療効果を確認した後での退院が望ましい。',
    ),
    brace: L(
      'If bone destruction is large and support insufficient, keep a trunk brace (corset) after the procedure.',
      '骨破坏范围大、骨支撑力不足者，术后继续使用支具（腰围等躯干支具）。',
      '骨破壊が大きく骨支持力が不足している場合には、治療後もコルセットなどの体幹装具を継続する。',
    ),
    analgesia: L(
      'Pain right after the procedure is usually mild and settles with NSAIDs; rarely strong opioids or steroids; then reduce and stop analgesics.',
      '术后即刻疼痛通常轻微，非甾体抗炎药即可控制；少数需强阿片类药物或激素；之后逐步减量并停用镇痛药。',
      '術直後の疼痛は通常軽微で非ステロイド性鎮痛消炎剤で対応可能である。まれにモルヒネ等の強オピオイドやステロイドを用い、その後鎮痛剤を減量・中止する。',
    ),
    imaging: L(
      'No routine follow-up imaging; image on neurological or haemodynamic change (CT for leaks right after, MRI for pain and adjacent fractures).',
      '无需常规影像随访；出现神经或血流动力学变化时行影像检查（术后即刻 CT 评估渗漏，疼痛时 MRI 评估治疗椎体及相邻椎体骨折）。',
      '通常、PVP 後の画像フォローアップは必ずしも必要ではない。神経学的・血行力学的変化時に画像評価を行う（術直後は CT で漏出、疼痛が主徴なら MRI で治療椎体と隣接椎体を評価）。',
    ),
    contrastMri: L(
      'If follow-up imaging is wanted, contrast MRI 6–8 weeks after the procedure, once inflammation has settled.',
      '如需影像随访，宜在术后 6~8 周炎症消退后行增强 MRI。',
      'フォローアップ画像が必要なら、炎症の治まる 6–8 週間後に造影 MRI を撮影する。',
    ),
  },
  why: {
    lesions: L('the spinal lesions decide whether and where PVP applies', '脊柱病灶决定是否及在何处行 PVP', '脊椎病変で PVP の適否と部位が決まる'),
    lesionForLevel: L('planned level {level} has no lesion description (ESCC, posterior wall, pedicles, collapse)', '计划节段 {level} 无病灶描述（ESCC、后壁、椎弓根、压缩）', '予定椎体 {level} の病変記載がない（ESCC、後壁、椎弓根、圧潰）'),
    plannedLevel: L('"{text}" is not a vertebral level or span', '“{text}”不是有效的椎体节段或范围', '「{text}」は椎体レベルまたは範囲ではない'),
    pain: L('pain and whether it restricts daily life decide 001 CQ1-①', '疼痛及其是否影响日常生活决定 001 CQ1-①', '疼痛と日常生活の制限の有無で CQ1-① が決まる'),
    limitsDailyLife: L('pain restricting daily life is the condition of 001 CQ1-① (strong, B)', '疼痛影响日常生活是 001 CQ1-①（强，B）的条件', '日常生活の制限は CQ1-①（強い、B）の条件である'),
    activityRestricted: L('activity restriction for fracture risk is the condition of 001 CQ1-② (strong, B)', '因骨折风险限制活动是 001 CQ1-②（强，B）的条件', '骨折リスクによる運動制限は CQ1-②（強い、B）の条件である'),
    character: L('lytic vs blastic decides 002 §3.4 and 001 CQ3', '溶骨性或成骨性决定 002 §3.4 和 001 CQ3', '溶骨性か造骨性かで 002 §3.4 と CQ3 が決まる'),
    escc: L('neural compression excludes PVP/PKP (002 §3.4): grade ESCC on MRI', '神经压迫不适合 PVP/PKP（002 §3.4）：需 MRI 评估 ESCC', '神経圧迫は PVP/PKP の適応外（002 §3.4）：MRI で ESCC を評価する'),
    posteriorWall: L('the posterior wall must be relatively intact (002 §3.4): MDCT with sagittal reconstruction', '椎体后壁需相对完整（002 §3.4）：MDCT 矢状位重建', '椎体後壁が比較的保たれていること（002 §3.4）：MDCT 矢状断再構成'),
    pedicles: L('the pedicles must be free of tumour (002 §3.4)', '椎弓根需无肿瘤累及（002 §3.4）', '椎弓根に腫瘍浸潤がないこと（002 §3.4）'),
    collapse: L('severe collapse excludes PVP/PKP (002 §3.4)', '严重椎体压缩不适合 PVP/PKP（002 §3.4）', '高度な椎体圧潰は PVP/PKP の適応外（002 §3.4）'),
    frankel: L('incomplete paralysis from cord compression is a contraindication (002 §3.4)', '脊髓受压引起不全瘫为禁忌证（002 §3.4）', '脊髄圧迫による不全麻痺は禁忌（002 §3.4）'),
    platelets: L('platelets < 100 000/µL call for caution (001 review 2(3))', '血小板 < 10 万/µL 需警惕出血（001 综述 2(3)）', '血小板 < 10 万/µL は注意喚起の目安（001 総説 2(3)）'),
    pt: L('PT > 1.6 × normal calls for caution (001 review 2(3))', 'PT > 正常 1.6 倍需警惕出血（001 综述 2(3)）', 'PT > 基準の 1.6 倍は注意喚起の目安（001 総説 2(3)）'),
    aptt: L('APTT > 1.5 × normal calls for caution (001 review 2(3))', 'APTT > 正常 1.5 倍需警惕出血（001 综述 2(3)）', 'APTT > 基準の 1.5 倍は注意喚起の目安（001 総説 2(3)）'),
    infection: L('active infection postpones the procedure (001 review 2(4); 002 §3.4)', '活动性感染需推迟手术（001 综述 2(4)；002 §3.4）', '感染症があれば延期する（001 総説 2(4)；002 §3.4）'),
    pmmaAllergy: L('PMMA allergy is a contraindication (002 §3.4)', 'PMMA 过敏为禁忌证（002 §3.4）', 'PMMA アレルギーは禁忌（002 §3.4）'),
    pregnant: L('pregnancy is a contraindication (002 §3.4)', '妊娠为禁忌证（002 §3.4）', '妊娠は禁忌（002 §3.4）'),
  },
  proneExcluded: L(
    'The patient cannot lie prone: PVP is done prone under local anaesthesia, and 000 excluded patients who could not tolerate the prone position — consider whether positioning or sedation can be adapted.',
    '患者不能耐受俯卧位：PVP 需在局麻下俯卧位进行，000 研究将不能耐受俯卧体位者排除——需考虑能否调整体位或镇静。',
    '腹臥位をとれない：PVP は局所麻酔下の腹臥位で行い、000 では腹臥位に耐えられない患者を除外している——体位や鎮静の工夫が可能か検討する。',
  ),
});
