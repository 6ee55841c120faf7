import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const analgesiaText = defineTexts('analgesia', {
  assessmentNeeded: L(
    'Pain assessment comes first: routine, quantified, comprehensive and repeated; the analgesic step follows from the pain score.',
    '充分进行疼痛评估是镇痛治疗的前提：应遵循常规、量化、全面、动态的原则；镇痛阶梯取决于疼痛评分。',
    '十分な疼痛評価が鎮痛治療の前提である（常に、定量的に、包括的に、継続的に）。鎮痛の段階は疼痛スコアで決まる。',
  ),
  noPain: L(
    'No pain (score 0) and no opioid: no analgesic is needed now; keep assessing pain at every visit.',
    '目前无疼痛（评分 0）且未用阿片类药物：暂不需要镇痛药物；应常规、动态评估疼痛。',
    '疼痛なし（スコア 0）でオピオイドも使用していない：現時点で鎮痛薬は不要。疼痛は受診ごとに継続的に評価する。',
  ),
  nonOpioid: L(
    'Mild pain ({score}/10): an NSAID (aspirin, ibuprofen, celecoxib) or acetaminophen, at most 4 g a day.',
    '轻度疼痛（{score}/10）：优选非甾体类抗炎药（阿司匹林、布洛芬、塞来昔布等）或对乙酰氨基酚，对乙酰氨基酚最大用量不宜超过 4 g/d。',
    '軽度の疼痛（{score}/10）：NSAIDs（アスピリン、イブプロフェン、セレコキシブなど）またはアセトアミノフェン（1 日最大 4 g）を用いる。',
  ),
  nsaidWithBisphosphonate: L(
    'On a bisphosphonate: NSAIDs add to its risk of renal impairment (004 §4.1.4.2).',
    '正在使用双膦酸盐：服用 NSAIDs 会增加肾功能不全风险（004 §4.1.4.2）。',
    'ビスホスホネート投与中：NSAIDs の併用は腎機能障害のリスクを高める（004 §4.1.4.2）。',
  ),
  topicalNsaid: L(
    'For local joint pain, a topical NSAID: diclofenac 1 % gel four times a day, or diclofenac 1.3 % patch, 1–2 patches a day.',
    '局部关节疼痛可外用 NSAIDs：如 1% 双氯芬酸钠凝胶，每日 4 次；或 1.3% 双氯芬酸贴剂，1~2 片/d。',
    '局所の関節痛には外用 NSAIDs：1% ジクロフェナクナトリウムゲルを 1 日 4 回、または 1.3% ジクロフェナク貼付剤を 1 日 1~2 枚。',
  ),
  opioid: L(
    '{severity} pain ({score}/10): opioids are the first-line analgesics for moderate to severe bone-metastasis pain.',
    '{severity}疼痛（{score}/10）：阿片类药物是骨转移中至重度疼痛的一线镇痛用药。',
    '{severity}の疼痛（{score}/10）：骨転移による中等度から高度の疼痛にはオピオイドが第一選択の鎮痛薬である。',
  ),
  opioidContinue: L(
    'On opioids and the pain is not reported as controlled: continue the opioid, the first-line analgesic for bone-metastasis pain.',
    '正在使用阿片类药物且疼痛未记录为已控制：继续使用阿片类药物（骨转移疼痛的一线镇痛用药）。',
    'オピオイド使用中で疼痛コントロールが記録されていない：骨転移痛の第一選択であるオピオイドを継続する。',
  ),
  severity: {
    moderate: L('Moderate', '中度', '中等度'),
    severe: L('Severe', '重度', '高度'),
  },
  currentMme: L(
    'Current opioids ≈ {mme} mg oral morphine equivalent a day (CDC 2022 factors; an estimate, not a conversion dose).',
    '目前阿片类药物约相当于口服吗啡 {mme} mg/d（按 CDC 2022 换算系数估算，不可直接用作换药剂量）。',
    '現在のオピオイドは経口モルヒネ換算で約 {mme} mg/日（CDC 2022 の換算係数による推定値で、切り替え用量ではない）。',
  ),
  adjuvants: L(
    'Poor response to opioids: add adjuvant analgesics (the third step): bone-modifying agents, corticosteroids (prednisone, dexamethasone), local anaesthetics (lidocaine), antiepileptics (gabapentin, pregabalin), analgesic antidepressants (duloxetine, milnacipran), bone-targeted radionuclides (radium-223). Bone-modifying agents, corticosteroids and radionuclides act most directly on bone pain.',
    '阿片类药物反应欠佳：考虑联合辅助镇痛药物（疼痛阶梯治疗第三阶段）：骨改良药物、糖皮质激素（强的松、地塞米松）、局部麻醉药（利多卡因）、抗癫痫类（加巴喷丁、普瑞巴林）、镇痛性抗抑郁药（度洛西汀、米那普伦）、靶向放射性核素药物（镭-223）；针对骨痛，骨改良药物、糖皮质激素、靶向放射性核素药物的作用更有针对性。',
    'オピオイドへの反応が不十分：鎮痛補助薬の併用を考慮する（除痛ラダーの第 3 段階）：骨修飾薬、副腎皮質ステロイド（プレドニゾン、デキサメタゾン）、局所麻酔薬（リドカイン）、抗てんかん薬（ガバペンチン、プレガバリン）、鎮痛作用のある抗うつ薬（デュロキセチン、ミルナシプラン）、骨標的放射性核種（ラジウム-223）。骨痛には骨修飾薬、副腎皮質ステロイド、骨標的放射性核種がより的を絞って効く。',
  ),
  painCrisis: L(
    'Severe pain despite opioids: corticosteroids may help opioid-refractory bone pain, above all in advanced disease or a pain crisis; bone-targeted radiopharmaceuticals suit refractory multifocal bone pain.',
    '阿片类药物治疗下仍为重度疼痛：糖皮质激素可能对阿片类药物难治性骨痛有用，特别是晚期疾病或“疼痛危象”；骨靶向放射性药物可用于难治性多灶性骨痛。',
    'オピオイド使用下でも高度の疼痛：副腎皮質ステロイドはオピオイド抵抗性の骨痛、特に進行期や「疼痛クライシス」に有用なことがある。骨標的放射性医薬品は難治性の多発性骨痛に用いうる。',
  ),
  bmaWithOpioids: L(
    'Severe bone pain with a confirmed bone metastasis: combine a bone-modifying agent with the opioid; it tempers osteolysis and lowers the analgesic need.',
    '骨转移伴强烈骨痛：推荐骨改良药物联合阿片类药物；骨改良药物可遏制骨溶解并减少镇痛药用量。',
    '骨転移で強い骨痛がある：骨修飾薬とオピオイドの併用を推奨する。骨修飾薬は骨溶解を抑え、鎮痛薬の使用量を減らす。',
  ),
  multifocal: L(
    'Multiple bone metastases ({count}): give priority to systemic therapy and to early, continuous and effective stepwise analgesia.',
    '多发性骨转移（{count} 处）：应优先考虑全身系统治疗和及早、持续、有效地进行阶梯镇痛。',
    '多発骨転移（{count} か所）：全身療法と、早期から継続的かつ有効な段階的鎮痛を優先する。',
  ),
  extrapolated: L(
    '004 is a lung-cancer guideline; for {histology} this recommendation is extrapolated.',
    '004 为肺癌骨转移指南；对{histology}本推荐仅为外推应用。',
    '004 は肺癌骨転移のガイドラインであり、{histology}への本推奨の適用は外挿である。',
  ),
  painType: {
    local: L(
      'Local pain (periosteal stretch, raised intraosseous pressure, inflammation: dull, well localised, not worse on movement): anti-inflammatory analgesics help and radiotherapy, by shrinking the tumour, works well.',
      '局限性疼痛（骨膜牵拉、骨内压升高或炎症反应所致，钝痛、定位局限、活动后不加重）：消炎镇痛药有效；放疗可缩小肿瘤体积，对此类疼痛较为有效。',
      '局所痛（骨膜の伸展、骨内圧上昇、炎症による鈍痛で、局在が明らかで体動で増悪しない）：消炎鎮痛薬が有効で、腫瘍を縮小させる放射線治療がよく効く。',
    ),
    mechanical: L(
      'Mechanical pain (severe, with movement and loading): the vertebra cannot bear physiological load — vertebral augmentation or internal fixation is needed.',
      '机械性疼痛（剧烈且与活动、负重有关）：提示受损椎体无法承受生理负荷，需要行椎体强化或手术内固定治疗。',
      '機械的疼痛（激しく、体動や荷重で増悪）：障害椎体が生理的荷重に耐えられないことを示し、椎体補強術または内固定術が必要である。',
    ),
    radicular: L(
      'Radicular pain (tumour compressing a nerve root: radiating, sharp, constant): it usually settles once the tumour is reduced and the nerve decompressed.',
      '神经根性疼痛（肿瘤卡压神经所致，放射性、锐痛、持续性）：有效减少肿瘤体积、减轻神经压迫后疼痛多可缓解。',
      '神経根性疼痛（腫瘍による神経の圧迫で、放散する鋭い持続痛）：腫瘍を縮小し神経を除圧すれば多くは軽快する。',
    ),
  },
  breakthrough: L(
    'At every assessment look for breakthrough pain caused by a pathological fracture or spinal cord compression.',
    '常规评估中需特别注意鉴别是否有因病理性骨折或脊髓压迫等引起的爆发痛。',
    '評価のたびに、病的骨折や脊髄圧迫による突出痛がないかを特に鑑別する。',
  ),
  breakthroughCauses: L('Present in this patient: {causes}.', '本例已有：{causes}。', '本例では：{causes}。'),
  causes: {
    fracture: L('pathological fracture', '病理性骨折', '病的骨折'),
    cord: L('cord compression (ESCC 2–3)', '脊髓压迫（ESCC 2~3 级）', '脊髄圧迫（ESCC 2~3）'),
  },
  separator: L(', ', '、', '、'),
  taper: L(
    'Pain is relieved ({score}/10, below 4): consider tapering the opioid by {percent} % a day (10–25 % allowed) down to 30 mg oral morphine equivalent a day, holding that level 2 days before stopping (004 §4.3.2.2 "应考虑逐步减少"); the day-by-day plan is in the taper table.',
    '疼痛已得到有效缓解（{score}/10，低于 4 分）：应考虑逐步减少阿片类药物，每日按 {percent}% 递减（可选 10%~25%），直至日剂量相当于口服吗啡 30 mg，此剂量维持 2 d 后方可考虑停药（004 §4.3.2.2）；逐日剂量见减量计划。',
    '疼痛は緩和されている（{score}/10、4 未満）：オピオイドを 1 日 {percent}%（10~25% の範囲）ずつ経口モルヒネ換算 30 mg/日まで漸減し、この量を 2 日間維持してから中止することを検討する（004 §4.3.2.2）。日ごとの量は漸減計画を参照。',
  ),
  taperWhenControlled: L(
    'Once pain is controlled, taper the opioid 10–25 % a day to 30 mg oral morphine equivalent a day, hold 2 days, then stop.',
    '疼痛得到有效缓解后，阿片类药物每日按 10%~25% 递减至相当于口服吗啡 30 mg/d，维持 2 d 后停药。',
    '疼痛がコントロールされたら、オピオイドを 1 日 10~25% ずつ経口モルヒネ換算 30 mg/日まで漸減し、2 日間維持してから中止する。',
  ),
  why: {
    score: L('the pain score (0–10) sets the analgesic step (004 §4.3.1)', '疼痛评分（0~10）决定镇痛阶梯（004 §4.3.1）', '疼痛スコア（0~10）で鎮痛の段階が決まる（004 §4.3.1）'),
    type: L('local, mechanical or radicular pain call for different local treatments (002 §1.2)', '局限性、机械性、神经根性疼痛的局部处理不同（002 §1.2）', '局所痛・機械的疼痛・神経根性疼痛で局所治療が異なる（002 §1.2）'),
    controlled: L('whether pain is controlled decides the opioid taper (004 §4.3.2.2)', '疼痛是否已控制决定阿片类药物是否减量（004 §4.3.2.2）', '疼痛がコントロールされているかでオピオイド漸減の要否が決まる（004 §4.3.2.2）'),
    boneLesionCount: L('multiple bone metastases call for systemic therapy and early stepwise analgesia (004 rec 9)', '多发性骨转移需优先全身治疗及早期阶梯镇痛（004 推荐 9）', '多発骨転移では全身療法と早期の段階的鎮痛を優先する（004 推奨 9）'),
  },
});
