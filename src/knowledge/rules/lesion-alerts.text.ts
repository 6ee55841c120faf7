import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

/** The per-lesion alerts of the patient's current status (lesion-alerts.ts). */
export const lesionAlertText = defineTexts('lesionAlert', {
  sinsUnstable: L('{level}: SINS unstable ({total}; 13–18)', '{level}：SINS 不稳定（{total} 分；13~18 分）', '{level}：SINS 不安定（{total} 点；13~18 点）'),
  sinsBeforeTreatment: L(
    '{level}: SINS {total} (unstable) was scored before the treatment of {date}; a treated level is not assessed by SINS (002 §2.3) — judge its stability again',
    '{level}：SINS {total} 分（不稳定）评于 {date} 治疗之前；已治疗节段无法用 SINS 评估（002 §2.3）——请重新判断稳定性',
    '{level}：SINS {total} 点（不安定）は {date} の治療前の評価；治療後の椎体は SINS で評価できない（002 §2.3）——安定性を再判断する',
  ),
  highGradeEscc: L('{level}: high-grade epidural compression (ESCC {grade})', '{level}：高级别硬膜外压迫（ESCC {grade}）', '{level}：高グレード硬膜外圧迫（ESCC {grade}）'),
});
