import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

/** Words the recommend renderers share (CLI now, web UI later). */
export const recommendText = defineTexts('recommend', {
  verdicts: {
    recommended: L('recommended', '推荐', '推奨'),
    consider: L('consider', '可考虑', '考慮'),
    'not-recommended': L('not recommended', '不推荐', '推奨しない'),
    contraindicated: L('contraindicated', '禁忌', '禁忌'),
    'needs-information': L('needs information', '需补充信息', '情報不足'),
    info: L('note', '提示', '留意'),
  },
  strengths: {
    strong: L('strong', '强', '強い'),
    weak: L('weak', '弱', '弱い'),
    none: L('no recommendation', '无推荐', '推奨なし'),
    consensus: L('expert consensus', '专家共识', '専門家コンセンサス'),
    narrative: L('guideline text', '指南正文', 'ガイドライン本文'),
    study: L('cohort study', '队列研究', 'コホート研究'),
    definition: L('published definition', '公开定义', '公表された定義'),
  },
  options: {
    pvp: L('Percutaneous vertebroplasty / kyphoplasty (PVP/PKP)', '经皮椎体成形术／后凸成形术（PVP/PKP）', '経皮的椎体形成術／後弯矯正術（PVP/PKP）'),
    rfa: L('Radiofrequency ablation (RFA)', '射频消融（RFA）', 'ラジオ波焼灼療法（RFA）'),
    mwa: L('Microwave ablation (MWA)', '微波消融（MWA）', 'マイクロ波焼灼療法（MWA）'),
    cementoplasty: L('Extraspinal cementoplasty', '脊柱外骨水泥成形术', '脊椎外骨セメント形成術'),
    tes: L('Total en bloc spondylectomy (TES)', '全脊椎整块切除术（TES）', '腫瘍脊椎骨全摘術（TES）'),
    'separation-surgery': L('Separation surgery', '分离手术', '分離手術'),
    'laminectomy-fixation': L('Posterior laminectomy with fixation', '后路椎板切除内固定术', '後方椎弓切除・固定術'),
    'palliative-surgery': L('Palliative surgery (decompression / stabilisation)', '姑息性手术（减压／稳定）', '姑息的手術（除圧／固定）'),
    'long-bone-surgery': L('Long-bone surgery (fixation, prosthesis, amputation)', '长骨转移手术（内固定、假体、截肢）', '長管骨転移の手術（固定・プロステーシス・切断）'),
    ebrt: L('External-beam radiotherapy (EBRT)', '外照射放疗（EBRT）', '外照射放射線治療（EBRT）'),
    sbrt: L('Stereotactic body radiotherapy (SBRT/SSRS)', '立体定向放疗（SBRT/SSRS）', '体幹部定位放射線治療（SBRT/SSRS）'),
    bma: L('Bone-modifying agents', '骨改良药物', '骨修飾薬'),
    'systemic-therapy': L('Systemic anticancer therapy', '全身抗肿瘤治疗', '全身薬物療法'),
    analgesia: L('Analgesia', '镇痛治疗', '鎮痛治療'),
    'supportive-care': L('Psychological and supportive care', '心理支持治疗', '心理的支持療法'),
    biopsy: L('Diagnosis pathway and biopsy', '诊断路径与活检', '診断手順と生検'),
  },
  headings: {
    options: L('Options', '治疗选项', '治療選択肢'),
    option: L('Option', '选项', '選択肢'),
    verdict: L('Verdict', '结论', '判定'),
    treatment: L('Treatment', '治疗', '治療'),
    needs: L('Missing facts', '缺失信息', '不足している情報'),
    plan: L('Plan', '计划', '計画'),
    crcl: L('Creatinine clearance (Cockcroft–Gault)', '肌酐清除率（Cockcroft–Gault）', 'クレアチニンクリアランス（Cockcroft–Gault）'),
    bma: L('Bone-modifying agent doses', '骨改良药物剂量', '骨修飾薬の用量'),
    taper: L('Opioid taper (oral morphine mg/day)', '阿片类药物减量（口服吗啡 mg/d）', 'オピオイド漸減（経口モルヒネ換算 mg/日）'),
    cement: L('Cement plan', '骨水泥计划', '骨セメント計画'),
    care: L('Post-procedure care', '术后护理', '術後管理'),
    radiotherapy: L('Radiotherapy', '放疗', '放射線治療'),
    dates: L('Dates', '日期', '日程'),
    day: L('Day', '天', '日'),
    level: L('Level', '节段', '椎体'),
    neededBy: L('needed by', '所需选项', '必要な選択肢'),
    decidedBy: L('decided by', '决定依据', '判定根拠'),
    pending: L('{verdict} once confirmed: {facts}', '确认后为{verdict}：{facts}', '確認後に{verdict}：{facts}'),
    conflicts: L('Conflicts between findings', '结论冲突', '所見間の矛盾'),
    tier: L('tier', '证据层级', 'エビデンス層'),
  },
});

/** How findings become a verdict: conflicts and the contraindication screen (src/knowledge/rules/finding.ts, screens.ts). */
export const synthesisText = defineTexts('synthesis', {
  tiers: {
    contraindication: L('stated contraindication', '明确禁忌证', '明記された禁忌'),
    recommendation: L('graded recommendation or consensus', '分级推荐或专家共识', 'グレード付き推奨またはコンセンサス'),
    narrative: L('guideline text or cohort data', '指南正文或队列数据', 'ガイドライン本文またはコホートデータ'),
    framework: L('public framework or prognostic score', '公开框架或预后评分', '公開フレームワークまたは予後スコア'),
  },
  conflict: {
    contraindication: L(
      '{overruled} is overruled: {prevailing} states a contraindication.',
      '{overruled} 不被采纳：{prevailing} 为明确禁忌证。',
      '{overruled} は採用されない：{prevailing} が禁忌を明記している。',
    ),
    'higher-tier': L(
      '{overruled} ({overruledTier}) is overruled by {prevailing} ({prevailingTier}), a higher tier of evidence.',
      '{overruled}（{overruledTier}）被更高证据层级的 {prevailing}（{prevailingTier}）否定。',
      '{overruled}（{overruledTier}）は、より上位のエビデンス層の {prevailing}（{prevailingTier}）に優先される。',
    ),
    'same-tier': L(
      '{overruled} is overruled by {prevailing}: within one tier of evidence the more cautious verdict stands.',
      '{overruled} 被 {prevailing} 否定：同一证据层级内以更谨慎的结论为准。',
      '{overruled} は {prevailing} に優先される：同じエビデンス層では慎重な判定を採る。',
    ),
    tempered: L(
      '{overruled} ({overruledTier}) speaks against it, but a lower tier may not veto {prevailing} ({prevailingTier}): lowered to "consider".',
      '{overruled}（{overruledTier}）持反对意见，但较低层级不能否决 {prevailing}（{prevailingTier}）：降为“可考虑”。',
      '{overruled}（{overruledTier}）は否定的だが、下位の層は {prevailing}（{prevailingTier}）を覆せない：「考慮」に引き下げる。',
    ),
    estimate: L(
      '{overruled} is not adopted: the clinician’s life expectancy in {prevailing} lies outside the survival band the score predicts, and the clinician’s estimate decides.',
      '{overruled} 不被采纳：{prevailing} 中临床估计的预期寿命不在评分预测的生存区间内，以临床估计为准。',
      '{overruled} は採用されない：{prevailing} の臨床医の予測余命がスコアの予測する生存区分の外にあり、臨床医の推定が決める。',
    ),
  },
  screen: {
    pending: L(
      'Would be "{verdict}" once the contraindication screen is complete: {items}.',
      '完成禁忌证筛查后为“{verdict}”：{items}。',
      '禁忌のスクリーニングが揃えば「{verdict}」：{items}。',
    ),
    /** The screen is incomplete while another open question also holds the verdict: no verdict is promised. */
    open: L(
      'The contraindication screen is incomplete: {items}.',
      '禁忌证筛查尚未完成：{items}。',
      '禁忌のスクリーニングが未完了：{items}。',
    ),
    items: {
      infection: L('infection (local or systemic)', '感染（局部或全身）', '感染（局所・全身）'),
      coagulation: L('coagulation (platelets, PT, APTT)', '凝血功能（血小板、PT、APTT）', '凝固能（血小板、PT、APTT）'),
      pmmaAllergy: L('PMMA allergy', 'PMMA 过敏', 'PMMA アレルギー'),
      pregnancy: L('pregnancy', '妊娠', '妊娠'),
      toleratesSurgery: L('fitness for open surgery and anaesthesia', '能否耐受开放手术及麻醉', '開放手術・麻酔への耐術能'),
      hypervascularity: L('histology or imaging vascularity (hypervascular tumours are excluded)', '病理类型或影像血供（富血供肿瘤禁忌）', '組織型または画像上の血流（富血性腫瘍は禁忌）'),
      radiosensitivity: L('radiosensitivity of the primary (radiosensitive tumours are excluded)', '原发肿瘤放疗敏感性（放疗敏感肿瘤禁忌）', '原発腫瘍の放射線感受性（高感受性腫瘍は禁忌）'),
      dental: L('dental examination before the first dose', '首次用药前口腔检查', '初回投与前の歯科検査'),
      calcium: L('serum calcium (correct hypocalcaemia first)', '血钙（先纠正低钙血症）', '血清カルシウム（低カルシウム血症を先に補正）'),
      renal: L('creatinine clearance (serum creatinine and body weight)', '肌酐清除率（血肌酐和体重）', 'クレアチニンクリアランス（血清クレアチニンと体重）'),
    },
  },
});

/** Alerts above the options (src/knowledge/rules/alerts.ts). */
export const alertText = defineTexts('alert', {
  heading: L('Urgent', '紧急', '緊急'),
  mscc: {
    flag: L(
      'Metastatic spinal cord compression with a {course} deficit (Frankel {frankel}) at {levels}: an emergency.',
      '转移性脊髓压迫伴{course}神经功能障碍（Frankel {frankel}），{levels}：属急症。',
      '転移性脊髄圧迫による{course}神経障害（Frankel {frankel}）、{levels}：緊急である。',
    ),
    progressing: L('progressing', '进行性加重的', '進行性の'),
    new: L('new', '新发的', '新たな'),
    review: L(
      'Same-day review by spine surgery and radiation oncology: decompress directly rather than wait for a biopsy (002 §1.4); local radiotherapy is the first choice where surgery is not possible (004 rec 10, 1B).',
      '当日由脊柱外科与放疗科会诊：应直接手术减压，不必等待活检（002 §1.4）；不能手术者首选局部放疗（004 推荐 10，1B）。',
      '当日中に脊椎外科と放射線腫瘍科が評価する：生検を待たず直接除圧する（002 §1.4）。手術できなければ局所放射線治療が第一選択（004 推奨 10、1B）。',
    ),
    steroids: L(
      'Dexamethasone 16 mg orally (or the parenteral equivalent) as soon as possible, then 16 mg daily while awaiting surgery or radiotherapy, unless contraindicated (NICE NG234 1.8.1, public).',
      '如无禁忌，尽快口服地塞米松 16 mg（或等效静脉剂量），等待手术或放疗期间每日 16 mg（NICE NG234 1.8.1，公开指南）。',
      '禁忌がなければデキサメタゾン 16 mg を経口（または同等量を静注）でできるだけ早く投与し、手術・放射線治療待機中は 1 日 16 mg を続ける（NICE NG234 1.8.1、公開ガイドライン）。',
    ),
  },
  cementEmbolism: L(
    'Symptomatic cement embolism after PVP: potentially fatal (dyspnoea, hypercapnia, impaired consciousness, arrhythmia, cardiac perforation, tamponade) — urgent review; observation or anticoagulation, and percutaneous or surgical removal of the cement when conservative treatment is judged inappropriate (001 review 5(2)).',
    'PVP 后有症状的骨水泥栓塞：可致命（呼吸困难、高碳酸血症、意识障碍、心律失常、心脏穿孔、心包填塞）——紧急评估；观察或抗凝，判断保守治疗不适当时经皮或外科取出骨水泥（001 综述 5(2)）。',
    'PVP 後の症候性セメント塞栓：致死的となりうる（呼吸困難、高炭酸ガス血症、意識障害、不整脈、心臓穿孔、心タンポナーデ）——緊急評価。経過観察または抗凝固療法、保存的治療が不適切と判断されればセメントを経皮的または外科的に除去する（001 総説 5(2)）。',
  ),
});
