import { L } from '../../i18n/lang.js';
import { defineTexts } from '../text.js';

/** Words of the draft-order checks (orders.ts): the dose of a bone-modifying agent, the date of an operation. */
export const ordersText = defineTexts('orders', {
  agents: {
    'zoledronic-acid': L('zoledronic acid', '唑来膦酸', 'ゾレドロン酸'),
    pamidronate: L('pamidronate', '帕米膦酸', 'パミドロン酸'),
    ibandronate: L('ibandronate', '伊班膦酸', 'イバンドロン酸'),
    incadronate: L('incadronate', '英卡膦酸', 'インカドロン酸'),
    denosumab: L('denosumab', '地舒单抗', 'デノスマブ'),
  },
  dose: {
    differs: L('{agent}: {ordered} mg ordered, {dose} mg at CrCl {crcl} mL/min (004 Table 2)', '{agent}：医嘱 {ordered} mg，CrCl {crcl} mL/min 时应为 {dose} mg（004 表2）', '{agent}：オーダー {ordered} mg、CrCl {crcl} mL/min では {dose} mg（004 表2）'),
    denosumabDiffers: L('denosumab: {ordered} mg ordered, {dose} mg for bone metastases (004 §4.1.2.1)', '地舒单抗：医嘱 {ordered} mg，骨转移剂量为 {dose} mg（004 §4.1.2.1）', 'デノスマブ：オーダー {ordered} mg、骨転移の用量は {dose} mg（004 §4.1.2.1）'),
    notRecommended: L('{agent} not recommended at CrCl {crcl} mL/min (004 Table 2)', 'CrCl {crcl} mL/min 时不推荐 {agent}（004 表2）', 'CrCl {crcl} mL/min では {agent} は推奨されない（004 表2）'),
    notListed: L('{agent}: 004 Table 2 gives no dose at CrCl {crcl} mL/min; the ordered dose is not checked', '{agent}：004 表2 未给出 CrCl {crcl} mL/min 时的剂量；未核对医嘱剂量', '{agent}：004 表2 には CrCl {crcl} mL/min での用量がない；オーダー用量は確認していない'),
    noClearance: L('{agent}: dose cannot be checked without creatinine clearance', '{agent}：无肌酐清除率，无法核对剂量', '{agent}：クレアチニンクリアランスがなく用量を確認できない'),
    noDose: L('{agent}: the ordered dose in mg could not be read; it is not checked', '{agent}：无法读取以 mg 计的医嘱剂量；未核对', '{agent}：mg 単位のオーダー用量を読み取れない；確認していない'),
  },
  date: {
    tooEarly: L('{option}: ordered for {date}, earliest {earliest}', '{option}：医嘱日期 {date}，最早 {earliest}', '{option}：オーダー日 {date}、最早 {earliest}'),
    unchecked: L('{option}: the date could not be checked against drug holds and radiotherapy', '{option}：无法按停药期和放疗核对手术日期', '{option}：休薬期間と放射線治療に照らした日付の確認ができない'),
  },
  /** A part of the record the check reads that could not be read (the EHR neither sent nor served it). */
  unread: {
    clearance: L(
      'The creatinine and weight could not be read from the record: the creatinine clearance is unknown, or from older facts.',
      '无法从病历读取肌酐和体重：肌酐清除率未知，或来自较早的资料。',
      '記録からクレアチニンと体重を読み取れない：クレアチニンクリアランスは不明、または以前の情報による。',
    ),
    systemicTherapy: L(
      'The medications could not be read from the record: a targeted-therapy hold before surgery (002 §1.5) may set a later date.',
      '无法从病历读取用药：术前靶向药物停药期（002 §1.5）可能使日期推后。',
      '記録から薬剤を読み取れない：術前の分子標的薬の休薬（002 §1.5）で日付が遅くなる可能性がある。',
    ),
    priorTreatments: L(
      'The past treatments could not be read from the record: radiotherapy less than 2 weeks before (002 §3.7) may set a later date.',
      '无法从病历读取既往治疗：距放疗不足 2 周（002 §3.7）可能使日期推后。',
      '記録から既往治療を読み取れない：放射線治療から 2 週未満（002 §3.7）の場合、日付が遅くなる可能性がある。',
    ),
  },
});
