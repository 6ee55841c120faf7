import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

/** Systemic anticancer therapy (004 §4.2, rec 9; 002 §1.3) and psychological support (004 §4.7). */
export const systemicText = defineTexts('systemic', {
  histologyUnknown: L(
    'The primary histology is not recorded: 004 §4.2 describes systemic therapy for lung cancer only.',
    '未记录原发肿瘤组织学类型：004 §4.2 仅描述肺癌的全身治疗。',
    '原発巣の組織型が未記録：004 §4.2 は肺癌の全身療法のみを記載する。',
  ),
  multiple: L(
    '{count} bone metastases: systemic therapy and early, continued, effective stepwise analgesia come first (004 rec 9, 1C).',
    '{count} 处骨转移：应优先考虑全身系统治疗和及早、持续、有效的阶梯镇痛（004 推荐 9，1C）。',
    '骨転移 {count} か所：全身療法と早期からの継続的・効果的な段階的鎮痛を優先する（004 推奨 9、1C）。',
  ),
  /** 004 §4.2.1: small-cell as well as non-small-cell lung cancer with bone metastases. */
  smallCell: L(
    'Small-cell lung cancer with bone metastases: 004 §4.2.1 stresses a comprehensive strategy for small-cell as for non-small-cell lung cancer, with chemotherapy the long-standing standard (platinum-based doublets first line).',
    '小细胞肺癌骨转移：004 §4.2.1 强调无论小细胞肺癌还是 NSCLC 骨转移均需综合治疗策略，传统化疗长期以来一直是标准治疗（一线以铂类为基础的双联方案）。',
    '小細胞肺癌の骨転移：004 §4.2.1 は小細胞肺癌でも NSCLC と同様に集学的治療戦略を重視し、従来の化学療法が長く標準治療である（一次治療はプラチナ製剤ベースの 2 剤併用）。',
  ),
  advanced: L(
    'Most lung-cancer bone metastases are advanced disease: advanced NSCLC generally needs sequential systemic therapy with supportive analgesia, given priority over local treatment such as surgery and radiotherapy (004 §4.2); bone metastasis calls for an MDT.',
    '肺癌骨转移多为晚期：晚期 NSCLC 一般需要序贯系统治疗和辅助性镇痛治疗，并优先于外科和放疗等局部治疗（004 §4.2）；骨转移需要 MDT。',
    '肺癌骨転移の多くは進行期：進行 NSCLC では一般に逐次的な全身療法と補助的鎮痛が必要で、手術・放射線治療などの局所治療より優先される（004 §4.2）。骨転移には MDT が必要。',
  ),
  extrapolated: L(
    '004 §4.2 speaks of lung cancer; for {histology} systemic therapy follows the primary tumour’s own guidelines, which are outside the sources — consider it with the oncologist.',
    '004 §4.2 针对肺癌；{histology}的全身治疗应遵循该原发肿瘤自身的指南（不在本系统来源之内）——与肿瘤内科共同考虑。',
    '004 §4.2 は肺癌を対象とする。{histology}の全身療法は原発腫瘍自身のガイドライン（本システムのソース外）に従う——腫瘍内科と検討する。',
  ),
  chemotherapy: L(
    'Chemotherapy (004 §4.2.1): platinum-based doublets are the main first-line choice for small-cell and non-small-cell lung cancer with bone metastases, chosen by the general condition and the tumour’s biology and adjusted to tolerance.',
    '化疗（004 §4.2.1）：铂类为基础的双联方案是小细胞肺癌和 NSCLC 骨转移一线化疗的主要选择，根据全身状况和肿瘤生物学特性选择，并可按耐受性调整。',
    '化学療法（004 §4.2.1）：小細胞肺癌・NSCLC の骨転移ではプラチナ製剤ベースの 2 剤併用が一次化学療法の主な選択肢で、全身状態と腫瘍の生物学的特性により選び、忍容性に応じて調整する。',
  ),
  egfr: L(
    'EGFR-mutant NSCLC (004 §4.2.3): EGFR tyrosine-kinase inhibitors show potential against bone metastases — they slow bone destruction, reduce SREs and delay the first SRE; current practice integrates targeted therapy with bisphosphonates or other antiresorptives.',
    'EGFR 突变 NSCLC（004 §4.2.3）：EGFR-TKIs 对骨转移表现出治疗潜力——延缓骨破坏、减少 SREs、延长首次 SREs 时间；现行治疗倾向于整合靶向治疗、双膦酸盐及骨吸收抑制剂。',
    'EGFR 変異陽性 NSCLC（004 §4.2.3）：EGFR-TKI は骨転移に治療効果の可能性を示す——骨破壊を遅らせ、SRE を減らし、初回 SRE までの期間を延ばす。現在は分子標的治療とビスホスホネート・骨吸収抑制薬の統合が志向されている。',
  ),
  alk: L(
    'ALK-rearranged NSCLC: 004 §4.2.3 speaks of EGFR-TKIs only and does not discuss ALK inhibitors — the choice is outside the sources (open reading); the bone-agent combination of §4.2.3 still applies.',
    'ALK 重排 NSCLC：004 §4.2.3 仅论及 EGFR-TKIs，未讨论 ALK 抑制剂——药物选择不在来源范围内（未明确的解读）；§4.2.3 所述与骨改良药物联合仍适用。',
    'ALK 再構成 NSCLC：004 §4.2.3 は EGFR-TKI のみを扱い ALK 阻害薬に触れない——選択はソースの範囲外（未確定の解釈）。§4.2.3 の骨修飾薬との併用は同様に当てはまる。',
  ),
  driverUnknown: L(
    'NSCLC with EGFR or ALK status not recorded: 004 §4.2 bases individual treatment on biomarkers, and §4.2.3 describes EGFR-TKIs — record the driver status.',
    'NSCLC 未记录 EGFR 或 ALK 状态：004 §4.2 强调基于生物标志物的个体化治疗，§4.2.3 描述了 EGFR-TKIs——请记录驱动基因状态。',
    'NSCLC で EGFR・ALK の状態が未記録：004 §4.2 はバイオマーカーに基づく個別化治療を重視し、§4.2.3 は EGFR-TKI を記載する——ドライバー遺伝子の状態を記録する。',
  ),
  immunotherapy: L(
    'Immune checkpoint inhibitors (004 §4.2.2): the response of bone metastases is complex (some studies show a worse prognosis, others no effect); combined with denosumab they controlled bone progression better and prolonged overall survival compared with ICIs alone.',
    '免疫检查点抑制剂（004 §4.2.2）：骨转移对 ICIs 的反应复杂（部分研究显示预后恶化，有些未见明显影响）；ICIs 与地舒单抗联合时，相比 ICIs 单药抑制骨转移进展效果更优，并延长总生存期。',
    '免疫チェックポイント阻害薬（004 §4.2.2）：骨転移の反応は複雑（予後悪化を示す研究も影響なしとする研究もある）。デノスマブとの併用では ICI 単独より骨転移の進行抑制に優れ、全生存期間が延長した。',
  ),
  antiAngiogenic: L(
    'Anti-angiogenic therapy (004 §4.2.4): bevacizumab raised the bone-metastasis response and disease-control rates in NSCLC; bevacizumab-containing chemotherapy may give a higher bone response than zoledronic acid in earlier studies.',
    '抗血管生成治疗（004 §4.2.4）：贝伐单抗提高了 NSCLC 骨转移反应率和疾病控制率；含贝伐单抗的化疗方案对骨转移反应率可能高于既往唑来膦酸研究。',
    '血管新生阻害療法（004 §4.2.4）：ベバシズマブは NSCLC 骨転移の奏効率と病勢制御率を高めた。ベバシズマブを含む化学療法は、以前のゾレドロン酸の研究より骨転移の奏効率が高い可能性がある。',
  ),
  interplay: L(
    'With bone agents and local treatment: combining chemotherapy with anti-angiogenic therapy, ICIs and bone-modifying agents is the trend (004 §4.2); VEGF- and EGFR-targeted drugs may impair tissue blood supply and delay wound healing (002 §1.1), so they are held before surgery (002 §1.5, in the surgical options). The sources say nothing on an ONJ risk of anti-angiogenics with bone agents, nor on holding systemic therapy around radiotherapy or PVP: these readings are left open.',
    '与骨改良药物及局部治疗的关系：化疗联合抗血管生成治疗、ICIs 和骨改良药物成为趋势（004 §4.2）；以 VEGF、EGFR 为靶点的药物可能影响组织血供、延长切口愈合时间（002 §1.1），故术前需停药（002 §1.5，见各手术选项）。来源未提及抗血管生成药物与骨改良药物联用的 ONJ 风险，也未提及放疗或 PVP 前后是否暂停全身治疗：这些解读保持开放。',
    '骨修飾薬・局所治療との関係：化学療法と血管新生阻害薬・ICI・骨修飾薬の併用が趨勢（004 §4.2）。VEGF・EGFR 標的薬は組織血流を損ない創傷治癒を遅らせうる（002 §1.1）ため、手術前に休薬する（002 §1.5、各手術の選択肢）。血管新生阻害薬と骨修飾薬の併用による ONJ リスク、放射線治療や PVP の前後の全身療法の休薬について、ソースは述べていない——未確定の解釈として残す。',
  ),
  symptomatic: L(
    'A neurological deficit or cord compression needs local treatment first: chemotherapy takes long to act and is generally for patients without or with mild symptoms (002 §1.3).',
    '存在神经功能障碍或脊髓压迫时需先行局部治疗：化疗起效需较长时间，一般用于无症状或症状轻微的患者（002 §1.3）。',
    '神経障害や脊髄圧迫があれば局所治療を先に行う：化学療法は効果発現に時間がかかり、一般に無症状または軽症の患者に用いる（002 §1.3）。',
  ),
  why: {
    histology: L('Systemic therapy depends on the primary (004 §4.2)', '全身治疗取决于原发肿瘤（004 §4.2）', '全身療法は原発巣によって決まる（004 §4.2）'),
    egfr: L('EGFR status decides targeted therapy (004 §4.2.3)', 'EGFR 状态决定靶向治疗（004 §4.2.3）', 'EGFR の状態が分子標的治療を決める（004 §4.2.3）'),
    alk: L('ALK status is part of the driver testing (004 §4.2: biomarker-based treatment)', 'ALK 状态属于驱动基因检测（004 §4.2：基于生物标志物的治疗）', 'ALK の状態はドライバー検査の一部（004 §4.2：バイオマーカーに基づく治療）'),
  },
});

export const supportiveText = defineTexts('supportive', {
  lung: L(
    'Psychological support is a necessary part of care: lung cancer has the highest prevalence of depression of all cancers; psychosocial interventions — cognitive-behavioural therapy, family support and CALM (Managing Cancer and Living Meaningfully) — relieve distress and improve quality of life (004 §4.7).',
    '心理支持是综合干预的必要部分：肺癌患者抑郁患病率为所有恶性肿瘤中最高；心理-社会干预——认知-行为学、家庭支持以及 CALM 治疗——可缓解痛苦、改善生活质量（004 §4.7）。',
    '心理的支援は包括的治療に必要：肺癌のうつ病有病率は全悪性腫瘍で最も高い。心理社会的介入——認知行動療法、家族支援、CALM（Managing Cancer and Living Meaningfully）——は苦痛を和らげ生活の質を改善する（004 §4.7）。',
  ),
  other: L(
    'Psychological support (cognitive-behavioural therapy, family support, CALM) relieves distress and improves quality of life; 004 §4.7 states it for lung cancer, so for {histology} it is offered for consideration.',
    '心理支持（认知-行为学、家庭支持、CALM）可缓解痛苦、改善生活质量；004 §4.7 针对肺癌，故对{histology}作为可考虑的措施。',
    '心理的支援（認知行動療法、家族支援、CALM）は苦痛を和らげ生活の質を改善する。004 §4.7 は肺癌についての記載のため、{histology}では考慮する選択肢とする。',
  ),
  severe: L(
    'Severe anxiety or depression: add psychotropic medication to the psychosocial support (004 §4.7: "如患者合并焦虑抑郁障碍,可联合精神药物治疗,特别是重度焦虑抑郁障碍患者").',
    '重度焦虑抑郁障碍：在心理-社会干预基础上联合精神药物治疗（004 §4.7：“如患者合并焦虑抑郁障碍,可联合精神药物治疗,特别是重度焦虑抑郁障碍患者”）。',
    '重度の不安・抑うつ障害：心理社会的介入に向精神薬を併用する（004 §4.7：「如患者合并焦虑抑郁障碍,可联合精神药物治疗,特别是重度焦虑抑郁障碍患者」）。',
  ),
  mild: L(
    'Anxiety or depression: psychotropic medication may be combined with the psychosocial support (004 §4.7).',
    '合并焦虑抑郁障碍：可联合精神药物治疗（004 §4.7）。',
    '不安・抑うつ障害の合併：心理社会的介入に向精神薬を併用できる（004 §4.7）。',
  ),
  unknown: L(
    'Screen for anxiety and depression: 004 §4.7 adds psychotropic medication when they are present, especially when severe.',
    '请筛查焦虑和抑郁：004 §4.7 对合并者可联合精神药物治疗，特别是重度者。',
    '不安・抑うつをスクリーニングする：004 §4.7 は合併時、特に重度では向精神薬の併用を述べる。',
  ),
  why: L('Anxiety or depression decides psychotropic medication (004 §4.7)', '焦虑抑郁决定是否联合精神药物（004 §4.7）', '不安・抑うつの有無で向精神薬の併用が決まる（004 §4.7）'),
  histologyUnknown: L('this primary', '该原发肿瘤', 'この原発腫瘍'),
});
