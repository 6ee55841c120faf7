import { L } from '../../i18n/lang.js';
import { defineTexts } from '../text.js';

/** What the facts schema says when it refuses a value (a zod custom issue's `params.text`). */
export const factIssueText = defineTexts('factIssue', {
  units: {
    perUl: L('/µL', '/µL', '/µL'),
    timesNormal: L('× normal', '× 正常值', '× 基準値'),
    mgDl: L('mg/dL', 'mg/dL', 'mg/dL'),
  },
  outOfRange: L('{value} {unit} is outside {min}–{max} {unit}', '{value} {unit} 超出 {min}–{max} {unit} 的范围', '{value} {unit} は {min}–{max} {unit} の範囲外'),
  outOfRangeHint: L('{value} {unit} is outside {min}–{max} {unit}; {hint}', '{value} {unit} 超出 {min}–{max} {unit} 的范围；{hint}', '{value} {unit} は {min}–{max} {unit} の範囲外；{hint}'),
  hints: {
    plateletsPer109: L('if it is {value} × 10⁹/L, enter {converted} (per µL)', '若为 {value} × 10⁹/L，请输入 {converted}（每 µL）', '{value} × 10⁹/L の場合は {converted}（/µL）と入力'),
    ptSeconds: L('enter PT as a multiple of normal (e.g. 1.2), not in seconds', '请以正常值的倍数输入 PT（如 1.2），而非秒数', 'PT は秒ではなく基準値に対する比（例：1.2）で入力'),
    apttSeconds: L('enter APTT as a multiple of normal (e.g. 1.1), not in seconds', '请以正常值的倍数输入 APTT（如 1.1），而非秒数', 'APTT は秒ではなく基準値に対する比（例：1.1）で入力'),
    creatinineUmol: L('if it is {value} µmol/L, enter {converted} (mg/dL = µmol/L ÷ 88.4)', '若为 {value} µmol/L，请输入 {converted}（mg/dL = µmol/L ÷ 88.4）', '{value} µmol/L の場合は {converted} と入力（mg/dL = µmol/L ÷ 88.4）'),
    calciumMmol: L('if it is {value} mmol/L, enter {converted} (mg/dL = mmol/L × 4.008)', '若为 {value} mmol/L，请输入 {converted}（mg/dL = mmol/L × 4.008）', '{value} mmol/L の場合は {converted} と入力（mg/dL = mmol/L × 4.008）'),
  },
  painNotControlled: L(
    'pain {score}/10 is not controlled (004 §4.3.2.2 tapers once pain is relieved, below 4/10); correct the score or the flag',
    '疼痛 {score}/10 不属于已控制（004 §4.3.2.2：疼痛缓解、低于 4/10 后才减量）；请更正评分或该标记',
    '疼痛 {score}/10 はコントロール良好ではない（004 §4.3.2.2：疼痛が緩和し 4/10 未満になってから減量）；スコアまたはこの項目を訂正',
  ),
  treatmentAfterDecision: L(
    '{date} is after the decision date {decided}; a previous treatment cannot be later',
    '{date} 晚于决策日期 {decided}；既往治疗不能晚于决策日期',
    '{date} は決定日 {decided} より後；既往治療は決定日より後にはなりえない',
  ),
  lastDoseAfterDecision: L(
    '{date} is after the decision date {decided}; the last dose given cannot be later',
    '{date} 晚于决策日期 {decided}；末次给药不能晚于决策日期',
    '{date} は決定日 {decided} より後；最終投与日は決定日より後にはなりえない',
  ),
  levelRequired: L(
    'required for a spinal lesion; accepted: C1–C7, T1–T12, L1–L5, S1–S5 or a span such as "T12-L1"',
    '脊柱病灶必填；可填 C1–C7、T1–T12、L1–L5、S1–S5 或范围如 "T12-L1"',
    '脊椎病変では必須；C1–C7、T1–T12、L1–L5、S1–S5 または "T12-L1" のような範囲',
  ),
  onlySpinal: L('only for spinal lesions (site is "{site}")', '仅用于脊柱病灶（部位为 "{site}"）', '脊椎病変のみ（部位は "{site}"）'),
  onlyLongBone: L(
    'only for long-bone lesions (site "long-bone" or "proximal-femur"; site is "{site}")',
    '仅用于长骨病灶（部位 "long-bone" 或 "proximal-femur"；当前部位为 "{site}"）',
    '長管骨病変のみ（部位 "long-bone" または "proximal-femur"；部位は "{site}"）',
  ),
  proximalFemurBone: L('a proximal-femur lesion is in the femur, not the {bone}', '股骨近端病灶位于股骨，而非 {bone}', '大腿骨近位部の病変は大腿骨にあり、{bone} ではない'),
  onlyFemoral: L('only for femoral lesions (give longBone "femur")', '仅用于股骨病灶（longBone 填 "femur"）', '大腿骨病変のみ（longBone に "femur" を指定）'),
  notLevel: L('"{text}" is not a vertebral level; accepted: {accepted}', '"{text}" 不是椎体节段；可填 {accepted}', '"{text}" は椎体レベルではない；{accepted}'),
  notLevelOrSpan: L(
    '"{text}" is not a vertebral level or span; accepted: {accepted}, or a span from cranial to caudal such as "T12-L1"',
    '"{text}" 不是椎体节段或范围；可填 {accepted}，或由头侧至尾侧的范围如 "T12-L1"',
    '"{text}" は椎体レベルでも範囲でもない；{accepted}、または頭側から尾側への範囲（例 "T12-L1"）',
  ),
  levelTwice: L('{level} is listed twice; give each level once', '{level} 重复列出；每个节段只填一次', '{level} が重複している；各レベルは一度だけ'),
  dateYears: L('a date in the years {from}–{to}', '日期须在 {from}–{to} 年之间', '{from}–{to} 年の日付'),
  eachOnce: L('each analgesic once', '每种镇痛药只填一次', '各鎮痛薬は一度だけ'),
});
