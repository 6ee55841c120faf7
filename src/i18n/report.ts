import { L } from './lang.js';

/** Words of the board report PDF (src/registry/report). */
export const reportText = {
  title: L('Multidisciplinary board report: bone metastases', '骨转移多学科诊疗（MDT）会议报告', '骨転移 多職種カンファレンス報告書'),
  record: L('Record code', '登记编码', '登録コード'),
  patient: L('Patient', '患者', '患者'),
  decidedOn: L('Decision date', '决定日期', '決定日'),
  generated: L('Generated', '生成时间', '作成日時'),
  knowledge: L('Knowledge version', '知识库版本', '知識ベース版'),
  changedSinceDecision: L(
    'Verdicts below are computed by this version; at the decision (version {version}) these read otherwise:',
    '以下结论由本版本计算；决策时（版本 {version}）以下选项的结论不同：',
    '以下の判定は本版で算出；決定時（版 {version}）は次の選択肢の判定が異なっていた：',
  ),
  page: L('Page {page} of {pages}', '第 {page} 页，共 {pages} 页', '{page} / {pages} ページ'),
  sections: {
    summary: L('Patient summary and facts', '患者概况与资料', '患者概要と所見'),
    lesions: L('Lesions', '病灶', '病変'),
    alerts: L('Urgent', '紧急', '緊急'),
    prognosis: L('Prognosis', '预后评估', '予後評価'),
    options: L('Options and verdicts', '治疗选项与结论', '治療選択肢と判定'),
    conflicts: L('Conflicts', '冲突', '矛盾'),
    plan: L('Sequenced plan', '序贯治疗计划', '治療計画（順序）'),
    attendees: L('Attendees and sign-off', '参会者与签署', '出席者と承認'),
  },
  facts: {
    age: L('Age', '年龄', '年齢'),
    sex: L('Sex', '性别', '性別'),
    primary: L('Primary', '原发肿瘤', '原発巣'),
    kps: L('KPS / ECOG', 'KPS / ECOG', 'KPS / ECOG'),
    pain: L('Pain (VAS/NRS)', '疼痛（VAS/NRS）', '疼痛（VAS/NRS）'),
    frankel: L('Frankel grade', 'Frankel 分级', 'Frankel 分類'),
    lifeExpectancy: L('Life expectancy (clinician)', '预期生存期（临床医师）', '予測余命（臨床医）'),
    months: L('{months} months', '{months} 个月', '{months} か月'),
    unknown: L('not given', '未提供', '未記載'),
  },
  sex: { male: L('male', '男', '男性'), female: L('female', '女', '女性') },
  lesion: {
    level: L('Level / site', '节段／部位', '高位／部位'),
    sins: L('SINS', 'SINS', 'SINS'),
    escc: L('ESCC', 'ESCC', 'ESCC'),
    tomitaType: L('Tomita type', 'Tomita 分型', '富田分類'),
  },
  score: {
    estimate: L('Estimate', '估计', '推定'),
    caveats: L('Caveats', '注意', '注意'),
    notScored: L('not scored: needs {facts}', '未评分：需 {facts}', '未算出：{facts} が必要'),
  },
  option: {
    chosen: L('chosen', '已选', '選択'),
    reasons: L('Reasons', '理由', '理由'),
    sources: L('Sources', '来源', '出典'),
  },
  plan: {
    none: L('No option chosen yet.', '尚未选择治疗选项。', '治療選択肢は未選択。'),
    after: L('after {steps}', '在{steps}之后', '{steps}の後'),
    boardDate: L('date set by the board', '日期由 MDT 确定', '日付は MDT が決定'),
    computedDate: L('earliest date the dependencies allow', '依赖关系允许的最早日期', '依存関係が許す最も早い日付'),
    error: L('ERROR', '错误', 'エラー'),
    warning: L('WARNING', '警告', '警告'),
    noConflicts: L('No conflicts between the chosen options.', '所选治疗之间无冲突。', '選択した治療間に矛盾なし。'),
  },
  signOff: {
    none: L('Not signed off.', '尚未签署。', '未承認。'),
    signed: L('Signed off by {by} ({role}) at {at}', '由 {by}（{role}）于 {at} 签署', '{by}（{role}）が {at} に承認'),
    noAttendees: L('No attendees recorded.', '未记录参会者。', '出席者の記録なし。'),
  },
} as const;
