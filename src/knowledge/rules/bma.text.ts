import { defineTexts } from '../text.js';
import { L, type Localized } from '../../i18n/lang.js';
import type { Histology } from '../histology.js';
import { histologyText } from '../histology.text.js';

export const bmaText = defineTexts('bma', {
  safety: {
    adverseEffects: L(
      'Adverse effects to watch (004 §4.1.4): both bisphosphonates and denosumab can cause ONJ, hypocalcaemia and other electrolyte disturbances, and atypical fractures; only bisphosphonates cause renal impairment, the acute-phase reaction, ocular toxicity, musculoskeletal pain and atrial fibrillation; denosumab commonly causes musculoskeletal pain, occasionally cellulitis, and ONJ and atypical femoral fracture are relatively rare.',
      '需关注的不良反应（004 §4.1.4）：双膦酸盐和地舒单抗都可引起 ONJ、低钙血症和其他电解质异常以及非典型骨折；双膦酸盐独有的并发症包括肾功能不全、急性期反应、眼毒性、肌肉骨骼疼痛和心房颤动；地舒单抗常见肌肉、骨骼疼痛，偶见蜂窝织感染，ONJ 和非典型性股骨骨折相对罕见。',
      '注意すべき有害事象（004 §4.1.4）：ビスホスホネートとデノスマブはいずれも ONJ、低カルシウム血症などの電解質異常、非定型骨折を起こしうる。ビスホスホネートに特有なのは腎機能障害、急性期反応、眼毒性、筋骨格痛、心房細動。デノスマブでは筋骨格痛が多く、まれに蜂窩織炎、ONJ と非定型大腿骨骨折は比較的まれ。',
    ),
    invasiveDental: L(
      'Invasive dental work planned: it should be avoided during treatment, and if it must be done, pausing the bone-modifying agent may be considered (004 §4.1.4.1: "患者在治疗期间应避免进行侵入性的牙科手术, 如果必须进行可考虑暂停骨改良药物治疗"). The source gives no length for the pause: the team sets it.',
      '计划进行侵入性牙科操作：治疗期间应避免，如必须进行可考虑暂停骨改良药物（004 §4.1.4.1：“患者在治疗期间应避免进行侵入性的牙科手术, 如果必须进行可考虑暂停骨改良药物治疗”）。来源未给出暂停时长，由团队决定。',
      '侵襲的歯科処置の予定：治療中は避けるべきで、必要な場合は骨修飾薬の休薬を考慮する（004 §4.1.4.1：「患者在治疗期间应避免进行侵入性的牙科手术, 如果必须进行可考虑暂停骨改良药物治疗」）。休薬期間は示されていないため、チームが決める。',
    ),
    onj: L(
      'Osteonecrosis of the jaw present: pause the bone-modifying agent while the team decides; manage conservatively first (antimicrobial mouth rinse, antibiotics when clinically indicated, good oral hygiene, limited debridement) rather than aggressive resection (004 §4.1.4.1). Whether to stop for good is referred to §4.1.3, where a serious adverse reaction or no expected benefit is an indication to stop; reading: the pause lasts until the team has judged that.',
      '已出现颌骨坏死：在团队决定前暂停骨改良药物；大部分患者先行保守治疗（抗菌含漱剂、有临床指征时使用抗生素、保持口腔卫生及有限清创），而不是积极手术切除（004 §4.1.4.1）。是否停药参见 §4.1.3：出现严重不良反应或医生认为继续用药无法获益是停药指征；解读：暂停至团队作出判断为止。',
      '顎骨壊死あり：チームが判断するまで骨修飾薬を休薬する。積極的な切除ではなく保存的治療（抗菌含嗽剤、臨床的に必要なら抗菌薬、口腔衛生の保持、限定的なデブリードマン）から始める（004 §4.1.4.1）。中止の可否は §4.1.3 を参照とされ、重篤な有害事象または継続による利益がないことが中止の指標。解釈：その判断まで休薬とする。',
    ),
    atypicalFemoralFracture: L(
      'Atypical femoral fracture on a bone-modifying agent: a complication of both bisphosphonates and denosumab (004 §4.1.4). 004 gives no management; a serious adverse reaction is an indication to stop (§4.1.3) — weigh stopping, and assess the femur for surgery (long-bone surgery).',
      '骨改良药物治疗中出现非典型股骨骨折：双膦酸盐和地舒单抗均可引起（004 §4.1.4）。004 未给出处理方法；出现严重不良反应是停药指征（§4.1.3）——权衡停药，并评估股骨手术（长骨手术）。',
      '骨修飾薬投与中の非定型大腿骨骨折：ビスホスホネート・デノスマブ共通の合併症（004 §4.1.4）。004 は対処を示さない。重篤な有害事象は中止の指標（§4.1.3）——中止を検討し、大腿骨の手術適応を評価する（長管骨手術）。',
    ),
    acutePhase: L(
      'Acute-phase reaction after a bisphosphonate: a bisphosphonate-only adverse effect, not listed for denosumab (004 §4.1.4). 004 gives no management; it is not in itself an indication to stop unless serious (§4.1.3).',
      '双膦酸盐后出现急性期反应：为双膦酸盐独有的不良反应，地舒单抗未列此项（004 §4.1.4）。004 未给出处理方法；除非严重，不构成停药指征（§4.1.3）。',
      'ビスホスホネート投与後の急性期反応：ビスホスホネート特有の有害事象で、デノスマブには挙げられていない（004 §4.1.4）。004 は対処を示さない。重篤でなければそれ自体は中止の指標ではない（§4.1.3）。',
    ),
    ocular: L(
      'Eye inflammation on a bisphosphonate: ocular toxicity is a bisphosphonate-only complication (004 §4.1.4). 004 gives no management; a serious adverse reaction is an indication to stop (§4.1.3) — weigh stopping or switching to denosumab, which does not list it (reading).',
      '双膦酸盐治疗中出现眼部炎症：眼毒性为双膦酸盐独有的并发症（004 §4.1.4）。004 未给出处理方法；出现严重不良反应是停药指征（§4.1.3）——权衡停药或换用未列此项的地舒单抗（解读）。',
      'ビスホスホネート投与中の眼炎症：眼毒性はビスホスホネート特有の合併症（004 §4.1.4）。004 は対処を示さない。重篤な有害事象は中止の指標（§4.1.3）——中止、または眼毒性の記載がないデノスマブへの切替えを検討する（解釈）。',
    ),
  },

  confirmationNeeded: L(
    'Bone-modifying agents are given for a confirmed bone metastasis, not as routine prophylaxis: whether the bone metastasis is confirmed decides.',
    '骨改良药物用于确诊的骨转移，不常规用于预防：需明确骨转移是否已确诊。',
    '骨修飾薬は確定した骨転移に用い、予防目的では常用しない：骨転移が確定しているかで決まる。',
  ),
  confirmedLung: L(
    'Confirmed lung-cancer bone metastasis: start a bone-modifying agent unless contraindicated, as soon as the metastasis is confirmed.',
    '确诊肺癌骨转移：如无禁忌证，确诊后应立即应用骨改良药物治疗。',
    '肺癌骨転移と確定：禁忌がなければ、確定後ただちに骨修飾薬を開始する。',
  ),
  confirmedOther: L(
    'Confirmed bone metastasis: a bone-modifying agent can be considered unless contraindicated.',
    '确诊骨转移：如无禁忌证，可考虑应用骨改良药物。',
    '骨転移と確定：禁忌がなければ骨修飾薬を考慮しうる。',
  ),
  extrapolated: L(
    '004 is a lung-cancer guideline; for {histology} its recommendation is extrapolated, so it is offered for consideration rather than recommended.',
    '004 为肺癌骨转移指南；对{histology}仅为外推应用，故为“可考虑”而非“推荐”。',
    '004 は肺癌骨転移のガイドラインであり、{histology}への適用は外挿にすぎないため「推奨」ではなく「考慮」とする。',
  ),
  histologyUnknown: L('a primary whose histology is not given', '原发灶病理未明者', '原発巣の組織型が不明な例'),
  noProphylaxis: L(
    'No confirmed bone metastasis: bone-modifying agents are not given as routine prophylaxis.',
    '未确诊骨转移：不推荐常规使用骨改良药物作为预防性治疗。',
    '骨転移は確定していない：骨修飾薬を予防的治療として常用することは推奨しない。',
  ),
  agentChoice: L(
    'Choose a bisphosphonate (zoledronic acid, ibandronate, incadronate, pamidronate) or a RANKL inhibitor (denosumab) to reduce skeletal-related events; doses by renal function are in the plan.',
    '选用双膦酸盐（唑来膦酸、伊班膦酸、因卡膦酸、帕米膦酸）或 RANKL 抑制剂（地舒单抗）以降低 SREs 风险；按肾功能调整的剂量见计划。',
    'SRE のリスク低減にはビスホスホネート（ゾレドロン酸、イバンドロン酸、インカドロン酸、パミドロン酸）または RANKL 阻害薬（デノスマブ）を選択する。腎機能に応じた用量は計画を参照。',
  ),
  secondSreRenal: L(
    'But creatinine clearance is {crcl} mL/min: below 30 mL/min Table 2 does not recommend zoledronic acid or pamidronate — do not simply continue it; switch to an agent that needs no renal adjustment (denosumab) or follow the renal table.',
    '但肌酐清除率为 {crcl} mL/min：低于 30 mL/min 时表 2 不推荐唑来膦酸和帕米膦酸——不宜原样继续，应换用无需肾功能调整的药物（地舒单抗）或按肾功能表调整。',
    'ただしクレアチニンクリアランスは {crcl} mL/min：30 mL/min 未満では表 2 はゾレドロン酸とパミドロン酸を推奨しない — そのまま継続せず、腎機能調整不要の薬剤（デノスマブ）に切り替えるか腎機能表に従う。',
  ),
  secondSreContinue: L(
    'A second skeletal-related event ({sreCount} so far) on a bisphosphonate: do not stop the bisphosphonate immediately.',
    '双膦酸盐治疗期间出现二次 SREs（累计 {sreCount} 次）：不建议立即停用双膦酸盐。',
    'ビスホスホネート治療中に 2 回目の SRE（累計 {sreCount} 回）：ビスホスホネートを直ちに中止しない。',
  ),
  secondSreSwitch: L(
    'A switch to a RANKL inhibitor (denosumab) or to another bisphosphonate may be considered.',
    '也可以考虑换用 RANKL 抑制剂（地舒单抗）或另外一种双膦酸盐。',
    'RANKL 阻害薬（デノスマブ）または別のビスホスホネートへの変更を考慮してもよい。',
  ),
  dentalBefore: L(
    'Examine the mouth before the first dose of a bone-modifying agent, to lower the risk of osteonecrosis of the jaw (ONJ).',
    '开始骨改良药物治疗前应常规检查口腔，以降低颌骨坏死（ONJ）风险。',
    '顎骨壊死（ONJ）のリスクを下げるため、骨修飾薬の初回投与前に口腔内を診察する。',
  ),
  dentalDone: L(
    'Dental examination done before starting; repeat it regularly during therapy.',
    '用药前已行口腔检查；治疗期间应定期复查口腔。',
    '投与前の口腔診察は実施済み。治療中も定期的に口腔診察を行う。',
  ),
  dentalDuring: L(
    'On a bone-modifying agent: examine the mouth regularly during therapy, with preventive dental care.',
    '正在使用骨改良药物：治疗期间应定期检查口腔，并给予适当的预防性牙科护理。',
    '骨修飾薬投与中：治療中は定期的に口腔内を診察し、適切な予防的歯科ケアを行う。',
  ),
  onj: L(
    'Osteonecrosis of the jaw: 1–10 % on bisphosphonates, rising with duration (shorter dosing intervals, under 5 weeks, also raise it); on denosumab 1.1 % in year 1, 3.7 % in year 2 and 4.6 % a year after. Avoid invasive dental procedures during therapy; if one is unavoidable, consider pausing the agent. Treat ONJ conservatively first (antiseptic mouthwash, antibiotics when indicated, oral hygiene, limited debridement).',
    '颌骨坏死：双膦酸盐治疗者发生率 1%~10%，随用药时间延长而增高（给药间隔短于 5 周亦增加风险）；地舒单抗第 1 年 1.1%，第 2 年 3.7%，随后每年 4.6%。治疗期间应避免侵入性牙科手术，如必须进行可考虑暂停骨改良药物。出现 ONJ 时大部分患者首先采用保守治疗（抗菌含漱剂、有指征时使用抗生素、保持口腔卫生及有限清创）。',
    '顎骨壊死：ビスホスホネートでは 1~10% で投与期間とともに上昇する（5 週未満の短い投与間隔でも上昇）。デノスマブでは 1 年目 1.1%、2 年目 3.7%、以後年 4.6%。治療中は侵襲的歯科処置を避け、やむを得ない場合は骨修飾薬の休薬を考慮する。ONJ が生じたら多くは保存的治療（抗菌性含嗽剤、適応があれば抗菌薬、口腔衛生の維持、限局的デブリードマン）から始める。',
  ),
  onjDenosumabYear: L(
    'On denosumab for {months} months (treatment year {year}): ONJ risk {percent} % in this year.',
    '地舒单抗已用 {months} 个月（第 {year} 年）：本年度 ONJ 发生率 {percent}%。',
    'デノスマブ投与 {months} か月（{year} 年目）：この年の ONJ 発生率 {percent}%。',
  ),
  renalDosing: L(
    'Creatinine clearance {crcl} mL/min (Cockcroft–Gault): bisphosphonate doses follow Table 2 (see the plan); denosumab is hardly cleared by the kidney and needs no renal adjustment or monitoring.',
    '肌酐清除率 {crcl} mL/min（Cockcroft–Gault）：双膦酸盐剂量按表 2 调整（见计划）；地舒单抗几乎不经肾脏消除，无需监测肾功能或调整剂量。',
    'クレアチニンクリアランス {crcl} mL/min（Cockcroft–Gault）：ビスホスホネートの用量は表 2 に従う（計画参照）。デノスマブはほとんど腎排泄されず、腎機能による用量調整やモニタリングは不要。',
  ),
  renalSevere: L(
    'Creatinine clearance under 30 mL/min: zoledronic acid and pamidronate are not recommended; ibandronate 2.0 mg or incadronate 5.0 mg, or denosumab without adjustment.',
    '肌酐清除率 <30 mL/min：不推荐唑来膦酸和帕米膦酸；可用伊班膦酸 2.0 mg、因卡膦酸 5.0 mg，或不需调整剂量的地舒单抗。',
    'クレアチニンクリアランス 30 mL/min 未満：ゾレドロン酸とパミドロン酸は推奨しない。イバンドロン酸 2.0 mg、インカドロン酸 5.0 mg、または用量調整不要のデノスマブを用いる。',
  ),
  renalUnknown: L(
    'Bisphosphonate doses depend on creatinine clearance (Table 2), which cannot be computed yet; denosumab needs no renal adjustment.',
    '双膦酸盐剂量取决于肌酐清除率（表 2），目前无法计算；地舒单抗无需按肾功能调整剂量。',
    'ビスホスホネートの用量はクレアチニンクリアランス（表 2）で決まるが、現時点では計算できない。デノスマブは腎機能による用量調整が不要。',
  ),
  renalRisk: L(
    'Watch for renal impairment and acute kidney injury on bisphosphonates ({factors}); it appears at a median of 4.7–5.4 months.',
    '使用双膦酸盐时应警惕肾功能不全甚至急性肾损伤（{factors}）；一般中位发生时间为 4.7~5.4 个月。',
    'ビスホスホネート投与中は腎機能障害や急性腎障害に注意する（{factors}）。発症までの中央値は 4.7~5.4 か月。',
  ),
  renalFactors: {
    age: L('age {age} > 65', '年龄 {age} 岁 >65 岁', '年齢 {age} 歳 > 65 歳'),
    diabetes: L('diabetes', '合并糖尿病', '糖尿病'),
    nsaids: L('NSAIDs', '服用非甾体抗炎药（NSAIDs）', 'NSAIDs 服用'),
    cisplatin: L('cisplatin-containing chemotherapy', '正在进行含顺铂化疗', 'シスプラチンを含む化学療法'),
    crcl: L('creatinine clearance {crcl} < 60 mL/min, where the risk of acute renal impairment rises significantly', '肌酐清除率 {crcl} <60 mL/min，急性肾功能不全风险显著升高', 'クレアチニンクリアランス {crcl} < 60 mL/min で急性腎機能障害のリスクが有意に上昇'),
  },
  separator: L('; ', '；', '、'),
  calciumCheck: L(
    'Hypocalcaemia occurs in 5–10 % on zoledronic acid, 1–10 % on ibandronate and 18 % on denosumab: check serum calcium and correct it before starting, especially before denosumab.',
    '低钙血症发生率：唑来膦酸 5%~10%，伊班膦酸 1%~10%，地舒单抗 18%；用药前（尤其地舒单抗前）应常规监测血钙并纠正低钙血症。',
    '低カルシウム血症の頻度はゾレドロン酸 5~10%、イバンドロン酸 1~10%、デノスマブ 18%：投与前（特にデノスマブ投与前）に血清カルシウムを確認し、補正する。',
  ),
  hypocalcaemiaPresent: L(
    'Hypocalcaemia is present: correct it before the first dose, then start.',
    '目前存在低钙血症：首次用药前应先予纠正，纠正后再开始。',
    '低カルシウム血症あり：初回投与前に補正してから開始する。',
  ),
  supplement: L(
    'Add calcium 1000 mg and vitamin D 800–1200 IU daily while on a bone-modifying agent.',
    '使用骨改良药物期间每日额外补充钙 1 000 mg 及维生素 D 800~1 200 IU。',
    '骨修飾薬投与中はカルシウム 1000 mg とビタミン D 800~1200 IU を毎日補充する。',
  ),
  noSupplement: L(
    'Hypercalcaemia: do not add calcium and vitamin D.',
    '存在高钙血症：不补充钙及维生素 D。',
    '高カルシウム血症あり：カルシウムとビタミン D は補充しない。',
  ),
  duration: L(
    'Duration: pain may improve quickly, but preventing skeletal-related events needs more than 6 months of treatment, so no short courses; stop for serious adverse events or when no further benefit is expected.',
    '疗程：骨改良药物可在短时间内改善骨痛，但降低 SREs 需要超过 6 个月的治疗，不宜短期治疗；出现严重不良反应或判断继续用药无法获益时停药。',
    '投与期間：骨痛は短期間で改善しうるが、SRE の抑制には 6 か月を超える投与が必要なため短期投与はしない。重篤な有害事象、または継続しても利益が見込めない場合に中止する。',
  ),
  durationSoFar: L('{months} months of bone-modifying agent so far.', '目前已用骨改良药物 {months} 个月。', '骨修飾薬はこれまで {months} か月投与。'),
  stopAfterTwoYears: L(
    'Well-controlled oligometastatic disease after {months} months (≥ 2 years): stopping the bisphosphonate is reasonable, though the best duration is not settled; long-term treatment remains an option if tolerated and agreed with the patient.',
    '寡转移疾病控制良好，已治疗 {months} 个月（≥2 年）：可考虑中断双膦酸盐，但最佳疗程尚无定论；如患者可耐受且符合医患共同目标，也可酌情长期治疗。',
    'オリゴ転移で病勢がよく制御され、投与 {months} か月（2 年以上）：ビスホスホネートの中止は妥当だが、最適な投与期間は定まっていない。忍容性があり患者と合意していれば長期投与も選択しうる。',
  ),
  doses: {
    dose: L('{dose} mg at creatinine clearance {crcl} mL/min (Table 2 row {row}).', '肌酐清除率 {crcl} mL/min：{dose} mg（表 2 {row} 行）。', 'クレアチニンクリアランス {crcl} mL/min：{dose} mg（表 2 の {row} の行）。'),
    notRecommended: L('Not recommended at creatinine clearance {crcl} mL/min (Table 2 row {row}).', '肌酐清除率 {crcl} mL/min：不推荐使用（表 2 {row} 行）。', 'クレアチニンクリアランス {crcl} mL/min：推奨しない（表 2 の {row} の行）。'),
    notListed: L(
      'Table 2 lists ibandronate only up to 80 mL/min and gives no dose at creatinine clearance {crcl} mL/min.',
      '表 2 中伊班膦酸仅列至 80 mL/min，肌酐清除率 {crcl} mL/min 时表中未给出剂量。',
      '表 2 のイバンドロン酸は 80 mL/min までしか記載がなく、クレアチニンクリアランス {crcl} mL/min での用量は示されていない。',
    ),
    betweenRows: L(
      'The clearance falls between the printed rows {lower} and {upper}; the lower-clearance row {lower} is used.',
      '该清除率位于表中 {lower} 与 {upper} 两行之间；按较低清除率的 {lower} 一行给药。',
      'このクリアランスは表の {lower} と {upper} の行の間にあるため、低いクリアランス側の {lower} の行を用いる。',
    ),
    pamidronateInfusion: L('Infusion time 2–4 h or ≥ 4 h, as Table 2 prints it.', '推荐输注时间 2~4 h 或 ≥4 h（按表 2 原文）。', '点滴時間は 2~4 時間または 4 時間以上（表 2 の記載どおり）。'),
    crclUnknown: L(
      'Creatinine clearance unknown (needs body weight and serum creatinine): dose not computed.',
      '肌酐清除率未知（需体重及血清肌酐）：无法计算剂量。',
      'クレアチニンクリアランス不明（体重と血清クレアチニンが必要）：用量を計算できない。',
    ),
    denosumab: L(
      '120 mg subcutaneously every 4 weeks; no renal adjustment; check and correct calcium first (hypocalcaemia 18 %).',
      '120 mg 皮下注射，每 4 周 1 次；无需按肾功能调整剂量；用药前先监测并纠正血钙（低钙血症发生率 18%）。',
      '120 mg を 4 週ごとに皮下投与。腎機能による用量調整は不要。投与前にカルシウムを確認し補正する（低カルシウム血症 18%）。',
    ),
  },
  why: {
    confirmed: L('BMA is for a confirmed bone metastasis, not prophylaxis (004 rec 5)', '骨改良药物用于确诊骨转移而非预防（004 推荐 5）', '骨修飾薬は確定した骨転移に用い予防には用いない（004 推奨 5）'),
    histology: L('004 grades its BMA recommendations for lung cancer only (004 §4)', '004 的骨改良药物推荐仅针对肺癌分级（004 §4）', '004 の骨修飾薬の推奨は肺癌についてのみ等級づけされている（004 §4）'),
    weight: L('body weight for the Cockcroft–Gault creatinine clearance that sets bisphosphonate doses (004 Table 2)', 'Cockcroft–Gault 肌酐清除率需体重，用于双膦酸盐剂量（004 表 2）', 'ビスホスホネート用量を決める Cockcroft–Gault クレアチニンクリアランスに体重が必要（004 表 2）'),
    creatinine: L('serum creatinine for the creatinine clearance that sets bisphosphonate doses (004 Table 2)', '计算肌酐清除率需血清肌酐，用于双膦酸盐剂量（004 表 2）', 'ビスホスホネート用量を決めるクレアチニンクリアランスに血清クレアチニンが必要（004 表 2）'),
    dental: L('an oral examination is due before the first BMA dose (004 rec 8)', '首次使用骨改良药物前需口腔检查（004 推荐 8）', '骨修飾薬の初回投与前に口腔診察が必要（004 推奨 8）'),
    hypocalcaemia: L('hypocalcaemia must be corrected before a BMA, above all denosumab (004 §4.1.4.3)', '使用骨改良药物（尤其地舒单抗）前须纠正低钙血症（004 §4.1.4.3）', '骨修飾薬（特にデノスマブ）の前に低カルシウム血症を補正する必要がある（004 §4.1.4.3）'),
    hypercalcaemia: L('hypercalcaemia rules out calcium and vitamin D supplements (004 §4.1.4.3)', '高钙血症时不补钙及维生素 D（004 §4.1.4.3）', '高カルシウム血症ではカルシウムとビタミン D を補充しない（004 §4.1.4.3）'),
    months: L('months on BMA decide the duration advice (004 §4.1.3)', '骨改良药物已用月数决定疗程建议（004 §4.1.3）', '骨修飾薬の投与月数で投与期間の助言が決まる（004 §4.1.3）'),
  },
});

const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/** The histology names inside a sentence ("for breast"): English lower-cases the first letter, Chinese and Japanese read as listed. */
export const histologyInSentenceText = defineTexts(
  'histologyInSentence',
  Object.fromEntries(Object.entries(histologyText).map(([histology, name]) => [histology, L(lowerFirst(name.en), name.zh, name.ja)])) as Record<Histology, Localized>,
);
