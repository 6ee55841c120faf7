import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

/** The per-lesion alerts of the patient's current status (lesion-alerts.ts). */
export const lesionAlertText = defineTexts('lesionAlert', {
  sinsUnstable: L('{level}: SINS unstable ({total}; 13–18)', '{level}：SINS 不稳定（{total} 分；13~18 分）', '{level}：SINS 不安定（{total} 点；13~18 点）'),
  highGradeEscc: L('{level}: high-grade epidural compression (ESCC {grade})', '{level}：高级别硬膜外压迫（ESCC {grade}）', '{level}：高グレード硬膜外圧迫（ESCC {grade}）'),
});
