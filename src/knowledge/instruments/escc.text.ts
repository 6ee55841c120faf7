import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const esccText = defineTexts('escc', {
  name: L('Epidural spinal cord compression scale (ESCC, Bilsky)', '硬膜外脊髓受压分级（ESCC，Bilsky）', '硬膜外脊髄圧迫スケール（ESCC、Bilsky）'),
  summary: L(
    'Epidural compression on axial T2 MRI at the worst level: grades 0, 1a, 1b, 1c, 2, 3',
    '压迫最重层面横断面 MRI T2 加权像上的硬膜外压迫：0、1a、1b、1c、2、3 级',
    '最も圧迫の強い高位の横断 MRI T2 強調像での硬膜外圧迫：0、1a、1b、1c、2、3 度',
  ),
  gradeLabel: L('Grade', '分级', 'グレード'),
  grades: {
    '0': L('0 — tumour confined to bone', '0 级 — 肿瘤局限于骨内', '0 — 腫瘍は骨内に限局'),
    '1a': L('1a — epidural impingement, no deformation of the thecal sac', '1a 级 — 侵犯硬膜外腔，硬膜囊无变形', '1a — 硬膜外進展あり、硬膜嚢の変形なし'),
    '1b': L('1b — thecal sac deformed, spinal cord not abutted', '1b 级 — 硬膜囊变形，未触及脊髓', '1b — 硬膜嚢の変形あり、脊髄には接しない'),
    '1c': L('1c — spinal cord abutted, not compressed', '1c 级 — 接触脊髓，脊髓未受压', '1c — 脊髄に接するが圧迫なし'),
    '2': L('2 — spinal cord compressed, CSF visible around the cord', '2 级 — 脊髓受压，脑脊液可见', '2 — 脊髄圧迫あり、脳脊髄液は描出される'),
    '3': L('3 — spinal cord compressed, no CSF visible', '3 级 — 脊髓受压，脑脊液不可见', '3 — 脊髄圧迫あり、脳脊髄液は描出されない'),
  },
  bands: {
    'low-grade': L('Low-grade compression (0–1b)', '低级别压迫（0~1b 级）', '低グレード圧迫（0~1b）'),
    'cord-abutment': L('Cord abutment (1c; low vs high grade debated)', '接触脊髓（1c 级，高低级别归属有争议）', '脊髄接触（1c、低／高グレードの扱いに議論あり）'),
    'high-grade': L('High-grade compression (2–3)', '高级别压迫（2~3 级）', '高グレード圧迫（2~3）'),
  },
  interpretation: {
    '0': L(
      'ESCC 0: tumour confined to bone; radiotherapy alone may be considered.',
      'ESCC 0 级：肿瘤局限于骨内，可考虑单纯放疗。',
      'ESCC 0：腫瘍は骨内に限局。放射線治療単独を考慮しうる。',
    ),
    'low-grade': L(
      'ESCC {grade}: low-grade epidural disease without cord contact; separation surgery is not indicated for low-grade ESCC.',
      'ESCC {grade} 级：低级别硬膜外病变，未触及脊髓；低级别 ESCC 为分离手术的禁忌。',
      'ESCC {grade}：脊髄に接しない低グレードの硬膜外病変。低グレード ESCC は分離手術の適応外。',
    ),
    'cord-abutment': L(
      'ESCC 1c: the cord is abutted but not compressed; whether this counts as low or high grade is debated — decide with radiosensitivity and stability.',
      'ESCC 1c 级：接触脊髓但未压迫；其归属低或高级别存在争议，需结合放疗敏感性与稳定性决策。',
      'ESCC 1c：脊髄に接するが圧迫はない。低／高グレードの扱いには議論があり、放射線感受性と安定性を併せて判断する。',
    ),
    'high-grade': L(
      'ESCC {grade}: high-grade cord compression; separation surgery followed by postoperative (stereotactic) radiotherapy is the best treatment.',
      'ESCC {grade} 级：高级别脊髓压迫；分离手术加术后（立体定向）放疗是最佳治疗方案。',
      'ESCC {grade}：高グレードの脊髄圧迫。分離手術と術後（定位）放射線治療が最適な治療である。',
    ),
  },
  caveats: {
    mri: L(
      'Grade on axial T2-weighted MRI at the level of most severe compression.',
      '应在压迫最严重层面的横断面 MRI T2 加权像上分级。',
      '最も圧迫の強い高位の横断 MRI T2 強調像で評価する。',
    ),
    noms: L(
      'Low (0–1b) vs high (2–3) grade and the 1c debate follow the public NOMS framework.',
      '低级别（0~1b）与高级别（2~3）的划分及 1c 的争议依据公开的 NOMS 框架。',
      '低グレード（0~1b）と高グレード（2~3）の区分および 1c の議論は公開されている NOMS フレームワークに基づく。',
    ),
  },
});
