import { defineTexts } from './text.js';
import type { Histology, BreastSubtype } from './histology.js';
import { L, type Localized } from '../i18n/lang.js';

export const histologyText = defineTexts('histology', {
  'lung-nsclc': L('Lung, non-small-cell', '肺癌（非小细胞）', '肺癌（非小細胞）'),
  'lung-sclc': L('Lung, small-cell', '肺癌（小细胞）', '肺癌（小細胞）'),
  osteosarcoma: L('Osteosarcoma', '骨肉瘤', '骨肉腫'),
  stomach: L('Stomach', '胃癌', '胃癌'),
  bladder: L('Bladder', '膀胱癌', '膀胱癌'),
  esophagus: L('Oesophagus', '食管癌', '食道癌'),
  pancreas: L('Pancreas', '胰腺癌', '膵癌'),
  liver: L('Liver (hepatocellular)', '肝癌（肝细胞癌）', '肝癌（肝細胞癌）'),
  gallbladder: L('Gallbladder', '胆囊癌', '胆嚢癌'),
  'unknown-primary': L('Unidentified primary', '原发灶不明', '原発不明'),
  kidney: L('Kidney (renal cell)', '肾癌', '腎癌'),
  uterus: L('Uterus', '子宫癌', '子宮癌'),
  rectum: L('Rectum', '直肠癌', '直腸癌'),
  thyroid: L('Thyroid', '甲状腺癌', '甲状腺癌'),
  breast: L('Breast', '乳腺癌', '乳癌'),
  prostate: L('Prostate', '前列腺癌', '前立腺癌'),
  carcinoid: L('Carcinoid', '类癌', 'カルチノイド'),
  colon: L('Colon', '结肠癌', '結腸癌'),
  ovary: L('Ovary', '卵巢癌', '卵巣癌'),
  'head-and-neck': L('Head and neck', '头颈部癌', '頭頸部癌'),
  melanoma: L('Melanoma', '黑色素瘤', '悪性黒色腫'),
  'soft-tissue-sarcoma': L('Soft-tissue sarcoma', '软组织肉瘤', '軟部肉腫'),
  'germ-cell': L('Germ-cell tumour', '生殖细胞肿瘤', '胚細胞腫瘍'),
  myeloma: L('Multiple myeloma', '多发性骨髓瘤', '多発性骨髄腫'),
  lymphoma: L('Lymphoma', '淋巴瘤', '悪性リンパ腫'),
  other: L('Other', '其他', 'その他'),
} satisfies Record<Histology, Localized>);

export const breastSubtypeText = defineTexts('breastSubtype', {
  'hormone-receptor-positive': L('hormone-receptor positive', '激素受体阳性', 'ホルモン受容体陽性'),
  'er-hr-negative': L('ER/HR negative', 'ER/HR 阴性', 'ER/HR 陰性'),
  'triple-negative': L('triple negative', '三阴性', 'トリプルネガティブ'),
  unknown: L('receptor status unknown', '受体状态不明', '受容体状態不明'),
} satisfies Record<BreastSubtype, Localized>);
