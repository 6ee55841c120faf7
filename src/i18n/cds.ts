import { L } from './lang.js';
import { defineTexts } from '../knowledge/text.js';

/** Words of bonemet's CDS Hooks cards (src/interop/cds/cards.ts). */
export const cdsText = defineTexts('cds', {
  source: L('bonemet guideline reasoning', 'bonemet 指南推理', 'bonemet ガイドライン推論'),
  openDecision: L('Open the decision in bonemet', '在 bonemet 中打开决策', 'bonemet で意思決定を開く'),
  questionsSummary: L('bonemet could not use {n} item(s) of the record', 'bonemet 无法使用病历中的 {n} 项', 'bonemet は記録の {n} 項目を使えませんでした'),
  questionsIntro: L('These values were not used (no dose or verdict is computed from them):', '以下数值未被使用（不据此计算剂量或结论）：', '次の値は使用していません（用量・判定の計算に用いません）：'),
  readSummary: L('bonemet read {n} item(s) from the record', 'bonemet 从病历读取了 {n} 项', 'bonemet は記録から {n} 項目を読み取りました'),
  readIntro: L('Read from the record:', '从病历读取：', '記録から読み取った値：'),
  noFacts: L('bonemet needs the patient’s age and sex (Patient.birthDate, Patient.gender) to assess.', 'bonemet 需要患者年龄和性别（Patient.birthDate、Patient.gender）才能评估。', 'bonemet の評価には患者の年齢と性別（Patient.birthDate、Patient.gender）が必要です。'),
  /** The actions of the dose checks' suggestions (the checks are src/knowledge/rules/orders.ts). */
  dose: {
    changeLabel: L('Change to {dose} mg', '改为 {dose} mg', '{dose} mg に変更'),
    changeDescription: L('Set the dose of {agent} to {dose} mg', '将 {agent} 剂量设为 {dose} mg', '{agent} の用量を {dose} mg にする'),
    removeLabel: L('Remove this order', '删除此医嘱', 'このオーダーを削除'),
    removeDescription: L('Remove the {agent} order', '删除 {agent} 医嘱', '{agent} のオーダーを削除'),
  },
  /** Prefetch keys bonemet could neither take from the prefetch nor read from the EHR's FHIR server. */
  unread: {
    summary: L('bonemet could not read from the EHR: {keys}', 'bonemet 无法从 EHR 读取：{keys}', 'bonemet は EHR から読み取れませんでした：{keys}'),
    separator: L(', ', '、', '、'),
    intro: L(
      'These parts of the record were not read; what they hold is missing from the verdicts and checks below unless bonemet’s registry has it:',
      '以下病历部分未能读取；除非 bonemet 登记库中已有，下列结论和核对均未考虑其内容：',
      '記録の次の部分を読み取れませんでした。bonemet のレジストリにない限り、その内容は以下の判定と確認に含まれていません：',
    ),
    reasons: {
      'no-fhir-server': L('not in the prefetch, and no fhirServer was given', '预取中没有，且未提供 fhirServer', 'プリフェッチになく、fhirServer も指定されていない'),
      'server-not-registered': L('not in the prefetch, and the fhirServer is not registered for this client', '预取中没有，且该 fhirServer 未为此客户端登记', 'プリフェッチになく、fhirServer がこのクライアントに登録されていない'),
      'no-answer': L('not in the prefetch, and the fhirServer gave no usable answer', '预取中没有，且 fhirServer 未给出可用应答', 'プリフェッチになく、fhirServer から使える応答がなかった'),
    },
    keys: {
      patient: L('patient', '患者', '患者'),
      conditions: L('conditions', '诊断', '病名'),
      observations: L('observations', '观察项', '観察値'),
      medicationStatements: L('medication statements', '用药记录', '服薬記録'),
      medicationRequests: L('medication orders', '用药医嘱', '処方オーダー'),
      procedures: L('procedures', '操作与治疗', '処置'),
    },
    gives: {
      patient: L('age, sex', '年龄、性别', '年齢、性別'),
      conditions: L('primary cancer, bone and brain metastases', '原发癌、骨和脑转移', '原発癌、骨転移と脳転移'),
      observations: L('KPS, pain, creatinine, calcium, platelets, weight, SINS, ESCC', 'KPS、疼痛、肌酐、钙、血小板、体重、SINS、ESCC', 'KPS、疼痛、クレアチニン、カルシウム、血小板、体重、SINS、ESCC'),
      medicationStatements: L('bone-modifying agents, systemic therapy and its holds before surgery, opioids, cisplatin', '骨改良药物、全身治疗及其术前停药、阿片类药物、顺铂', '骨修飾薬、全身薬物療法と術前の休薬、オピオイド、シスプラチン'),
      medicationRequests: L('bone-modifying agents, systemic therapy and its holds before surgery, opioids, cisplatin', '骨改良药物、全身治疗及其术前停药、阿片类药物、顺铂', '骨修飾薬、全身薬物療法と術前の休薬、オピオイド、シスプラチン'),
      procedures: L('past PVP/PKP, radiotherapy, SBRT, surgery, ablation and their dates', '既往 PVP/PKP、放疗、SBRT、手术、消融及其日期', '既往の PVP/PKP、放射線治療、SBRT、手術、焼灼とその日付'),
    },
  },
  override: {
    'patient-declined': L('Patient declined', '患者拒绝', '患者が拒否'),
    'mdt-decision': L('Decided otherwise by the multidisciplinary team', '多学科团队另有决定', '多職種チームが別に決定'),
    'record-outdated': L('The record bonemet read is out of date', 'bonemet 读取的病历已过时', 'bonemet が読んだ記録が古い'),
    other: L('Other clinical reason', '其他临床原因', 'その他の臨床的理由'),
  },
  /** What bonemet could not use from the EHR's record, and why (src/interop/cds/facts.ts). */
  questions: {
    notUsed: L('{reason}; not used', '{reason}；未使用', '{reason}；使用しない'),
    birthDateInvalid: L('birthDate "{value}" is not a FHIR date', 'birthDate "{value}" 不是 FHIR 日期', 'birthDate "{value}" は FHIR の日付ではない'),
    noBirthDate: L('no birthDate: the age is needed (Cockcroft–Gault, age limits)', '无 birthDate：需要年龄（Cockcroft–Gault 公式、年龄限制）', 'birthDate がない：年齢が必要（Cockcroft–Gault 式、年齢制限）'),
    noGender: L("no gender: bonemet's rules read female or male (Cockcroft–Gault, pregnancy screen)", '无 gender：bonemet 规则需读取女性或男性（Cockcroft–Gault 公式、妊娠筛查）', 'gender がない：bonemet のルールは女性・男性を読む（Cockcroft–Gault 式、妊娠の確認）'),
    otherGender: L("gender \"{value}\": bonemet's rules read female or male (Cockcroft–Gault, pregnancy screen); give it in the decision", 'gender "{value}"：bonemet 规则需读取女性或男性（Cockcroft–Gault 公式、妊娠筛查）；请在决策中填写', 'gender "{value}"：bonemet のルールは女性・男性を読む（Cockcroft–Gault 式、妊娠の確認）；意思決定の画面で入力する'),
    twoPrimaries: L('two primary cancers on the record ({first}, {second}): name the one this decision is about', '病历中有两个原发癌（{first}、{second}）：请指明本次决策针对哪一个', '記録に原発癌が 2 つある（{first}、{second}）：この意思決定の対象を指定する'),
    noBodySite: L('a bone metastasis without a body site: name the vertebra (bonemet vertebra-<level> or the text "T12")', '骨转移未注明部位：请指明椎体（bonemet vertebra-<节段> 或文本 "T12"）', '部位のない骨転移：椎体を指定する（bonemet vertebra-<レベル> またはテキスト "T12"）'),
    noQuantity: L('no numeric valueQuantity', '无数值型 valueQuantity', '数値の valueQuantity がない'),
    unitNotRead: L('{value} {unit}: bonemet reads this in {units} (UCUM); not used', '{value} {unit}：bonemet 以 {units}（UCUM）读取此值；未使用', '{value} {unit}：bonemet はこの値を {units}（UCUM）で読む；使用しない'),
    noUnit: L('(no unit)', '（无单位）', '（単位なし）'),
    kpsValue: L('KPS needs an integer value (0–100 in steps of 10)', 'KPS 需要整数值（0–100，步长 10）', 'KPS は整数値が必要（0–100、10 刻み）'),
    ecogNotConverted: L("ECOG {grade} on the record: bonemet's rules read KPS, and one ECOG grade spans two KPS values, so it is not converted; record the KPS", '病历中为 ECOG {grade}：bonemet 规则读取 KPS，而一个 ECOG 等级对应两个 KPS 值，故不换算；请记录 KPS', '記録は ECOG {grade}：bonemet のルールは KPS を読み、ECOG 1 段階は KPS 2 値にまたがるため換算しない；KPS を記録する'),
    painValue: L('pain 0–10 needs a number without unit or in {score}', '疼痛 0–10 需为无单位或以 {score} 为单位的数值', '疼痛 0–10 は単位なし、または {score} の数値が必要'),
    creatinineUnitContradicts: L('{value} {unit} under LOINC {code} {property}: the unit contradicts the code; not used', 'LOINC {code} {property} 下的 {value} {unit}：单位与编码矛盾；未使用', 'LOINC {code} {property} の {value} {unit}：単位がコードと矛盾する；使用しない'),
    molesPerVolume: L('(moles/volume)', '（物质的量/体积）', '（物質量/体積）'),
    massPerVolume: L('(mass/volume)', '（质量/体积）', '（質量/体積）'),
    totalCalcium: L('a total (uncorrected) calcium: bonemet reads the albumin-corrected calcium (LOINC 29265-6); not used', '总（未校正）钙：bonemet 读取白蛋白校正钙（LOINC 29265-6）；未使用', '総（未補正）カルシウム：bonemet はアルブミン補正カルシウム（LOINC 29265-6）を読む；使用しない'),
    egfrNotConverted: L('an eGFR is on the record: 004 Table 2 doses bisphosphonates by Cockcroft–Gault clearance, which needs the serum creatinine and weight; eGFR is not converted', '病历中有 eGFR：004 表2 按 Cockcroft–Gault 清除率给予双膦酸盐剂量，需血清肌酐和体重；eGFR 不换算', '記録に eGFR がある：004 表2 はビスホスホネートの用量を Cockcroft–Gault クリアランスで決め、血清クレアチニンと体重が必要；eGFR は換算しない'),
    scoreWithoutLevel: L("{instrument} without one vertebra (bodySite or focus on a one-level bone-metastasis Condition): a lesion's score is never applied to another level; not used", '{instrument} 未对应单一椎体（bodySite 或 focus 指向单节段骨转移 Condition）：病灶评分绝不用于其他节段；未使用', '{instrument} が 1 椎体に対応しない（bodySite、または 1 レベルの骨転移 Condition への focus）：病変のスコアを他のレベルに当てはめない；使用しない'),
    scoreUnreadable: L('{instrument} without a readable value', '{instrument} 无可读取的数值', '{instrument} に読み取れる値がない'),
    frankelProgressing: L('Frankel {grade} on the record: the rules also need to know whether the deficit is getting worse; record the neurology in the decision', '病历中为 Frankel {grade}：规则还需知道神经功能障碍是否在加重；请在决策中记录神经功能', '記録は Frankel {grade}：ルールは神経障害が悪化しているかも必要とする；意思決定の画面で神経所見を記録する'),
    opioidDose: L('{opioid}: the daily dose cannot be read ({expected}); the opioid plan needs it', '{opioid}：无法读取日剂量（{expected}）；阿片类药物方案需要此值', '{opioid}：1 日量を読み取れない（{expected}）；オピオイド計画に必要'),
    patchRate: L('a patch rate in ug/h', '贴剂速率，单位 ug/h', 'パッチの速度（ug/h）'),
    oralDose: L('doseQuantity in mg with timing frequency/period per d or h, or rateQuantity in mg/d', 'doseQuantity（mg）及按日或小时的给药频次/周期，或 rateQuantity（mg/d）', 'doseQuantity（mg）と 1 日または 1 時間あたりの頻度/期間、または rateQuantity（mg/d）'),
    priorWithoutDate: L('{kind} without a date: the rules count intervals from it; not used', '{kind} 无日期：规则需据此计算间隔；未使用', '{kind} に日付がない：ルールはここから間隔を数える；使用しない'),
  },
} as const);
