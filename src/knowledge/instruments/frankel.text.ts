import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const frankelText = defineTexts('frankel', {
  name: L('Frankel grade', 'Frankel 分级', 'Frankel 分類'),
  summary: L(
    'Neurological function below the lesion: A complete … E normal (revised Tokuhashi palsy item)',
    '损伤平面以下神经功能：A 完全损伤 … E 正常（修订版 Tokuhashi 评分脊髓损害项）',
    '病変以下の神経機能：A 完全麻痺 … E 正常（改訂 Tokuhashi スコアの麻痺項目）',
  ),
  gradeLabel: L('Grade', '分级', 'グレード'),
  grades: {
    A: L('A — complete: no motor or sensory function below the lesion', 'A — 完全性损伤：损伤平面以下无运动和感觉功能', 'A — 完全麻痺：病変以下の運動・感覚機能なし'),
    B: L('B — sensory only: some sensation preserved, no motor function', 'B — 仅存感觉：保留部分感觉，无运动功能', 'B — 感覚のみ：感覚は一部残存、運動機能なし'),
    C: L('C — motor useless: some motor function, of no practical use', 'C — 无用运动：有部分运动功能，但无实用价值', 'C — 運動不全（実用性なし）：運動機能はあるが実用的でない'),
    D: L('D — motor useful: useful motor function, can walk with or without aids', 'D — 有用运动：存在有用的运动功能，可借助或不借助辅助行走', 'D — 運動不全（実用性あり）：実用的な運動機能があり、補助の有無を問わず歩行可能'),
    E: L('E — normal motor and sensory function', 'E — 运动和感觉功能正常', 'E — 運動・感覚機能正常'),
  },
  bands: {
    complete: L('Complete palsy (A–B)', '完全瘫痪（A~B）', '完全麻痺（A~B）'),
    incomplete: L('Incomplete palsy (C–D)', '不完全瘫痪（C~D）', '不全麻痺（C~D）'),
    none: L('No palsy (E)', '无瘫痪（E）', '麻痺なし（E）'),
  },
  interpretation: L(
    'Frankel {grade}: {band}. Revised Tokuhashi palsy item: {points} point(s).',
    'Frankel {grade} 级：{band}。修订版 Tokuhashi 评分脊髓损害项：{points} 分。',
    'Frankel {grade}：{band}。改訂 Tokuhashi スコアの麻痺項目：{points} 点。',
  ),
  incompleteWarning: L(
    'Incomplete paralysis from cord compression contraindicates PVP/PKP; a progressing deficit calls for direct decompression.',
    '椎体肿瘤压迫脊髓引起的不全瘫为 PVP/PKP 禁忌证；神经症状进行性加重者应直接手术减压。',
    '脊髄圧迫による不全麻痺は PVP/PKP の禁忌であり、進行性の神経症状には直ちに除圧術を行う。',
  ),
});
