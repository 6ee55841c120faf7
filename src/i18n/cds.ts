import { L } from './lang.js';

/** Words of bonemet's CDS Hooks cards (src/interop/cds/cards.ts). */
export const cdsText = {
  source: L('bonemet guideline reasoning', 'bonemet 指南推理', 'bonemet ガイドライン推論'),
  openDecision: L('Open the decision in bonemet', '在 bonemet 中打开决策', 'bonemet で意思決定を開く'),
  questionsSummary: L('bonemet could not use {n} item(s) of the record', 'bonemet 无法使用病历中的 {n} 项', 'bonemet は記録の {n} 項目を使えませんでした'),
  questionsIntro: L('These values were not used (no dose or verdict is computed from them):', '以下数值未被使用（不据此计算剂量或结论）：', '次の値は使用していません（用量・判定の計算に用いません）：'),
  readSummary: L('bonemet read {n} item(s) from the record', 'bonemet 从病历读取了 {n} 项', 'bonemet は記録から {n} 項目を読み取りました'),
  readIntro: L('Read from the record:', '从病历读取：', '記録から読み取った値：'),
  noFacts: L('bonemet needs the patient’s age and sex (Patient.birthDate, Patient.gender) to assess.', 'bonemet 需要患者年龄和性别（Patient.birthDate、Patient.gender）才能评估。', 'bonemet の評価には患者の年齢と性別（Patient.birthDate、Patient.gender）が必要です。'),
  agents: {
    'zoledronic-acid': L('zoledronic acid', '唑来膦酸', 'ゾレドロン酸'),
    pamidronate: L('pamidronate', '帕米膦酸', 'パミドロン酸'),
    ibandronate: L('ibandronate', '伊班膦酸', 'イバンドロン酸'),
    incadronate: L('incadronate', '英卡膦酸', 'インカドロン酸'),
    denosumab: L('denosumab', '地舒单抗', 'デノスマブ'),
  },
  dose: {
    summary: L('{agent}: {ordered} ordered, {dose} mg at CrCl {crcl} mL/min (004 Table 2)', '{agent}：医嘱 {ordered}，CrCl {crcl} mL/min 时应为 {dose} mg（004 表2）', '{agent}：オーダー {ordered}、CrCl {crcl} mL/min では {dose} mg（004 表2）'),
    denosumabSummary: L('denosumab: {ordered} ordered, {dose} mg for bone metastases (004 §4.1.2.1)', '地舒单抗：医嘱 {ordered}，骨转移剂量为 {dose} mg（004 §4.1.2.1）', 'デノスマブ：オーダー {ordered}、骨転移の用量は {dose} mg（004 §4.1.2.1）'),
    notRecommendedSummary: L('{agent} not recommended at CrCl {crcl} mL/min (004 Table 2)', 'CrCl {crcl} mL/min 时不推荐 {agent}（004 表2）', 'CrCl {crcl} mL/min では {agent} は推奨されない（004 表2）'),
    unknownSummary: L('{agent}: dose cannot be checked without creatinine clearance', '{agent}：无肌酐清除率，无法核对剂量', '{agent}：クレアチニンクリアランスがなく用量を確認できない'),
    unreadable: L('the ordered dose (dosageInstruction doseQuantity in mg) could not be read', '无法读取医嘱剂量（dosageInstruction 的 doseQuantity，mg）', 'オーダー用量（dosageInstruction の doseQuantity、mg）を読み取れない'),
    changeLabel: L('Change to {dose} mg', '改为 {dose} mg', '{dose} mg に変更'),
    changeDescription: L('Set the dose of {agent} to {dose} mg', '将 {agent} 剂量设为 {dose} mg', '{agent} の用量を {dose} mg にする'),
    removeLabel: L('Remove this order', '删除此医嘱', 'このオーダーを削除'),
    removeDescription: L('Remove the {agent} order', '删除 {agent} 医嘱', '{agent} のオーダーを削除'),
  },
  date: {
    summary: L('{option}: ordered for {date}, earliest {earliest}', '{option}：医嘱日期 {date}，最早 {earliest}', '{option}：オーダー日 {date}、最早 {earliest}'),
  },
  override: {
    'patient-declined': L('Patient declined', '患者拒绝', '患者が拒否'),
    'mdt-decision': L('Decided otherwise by the multidisciplinary team', '多学科团队另有决定', '多職種チームが別に決定'),
    'record-outdated': L('The record bonemet read is out of date', 'bonemet 读取的病历已过时', 'bonemet が読んだ記録が古い'),
    other: L('Other clinical reason', '其他临床原因', 'その他の臨床的理由'),
  },
} as const;
