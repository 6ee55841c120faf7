import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const mdAndersonText = defineTexts('mdAnderson', {
  name: L('MD Anderson bone response criteria', 'MD Anderson 骨转移疗效评价标准', 'MD Anderson 骨転移効果判定基準'),
  summary: L(
    'Imaging response of bone metastases from baseline and follow-up findings: CR / PR / SD / PD',
    '根据基线与随访影像判断骨转移疗效：CR／PR／SD／PD',
    'ベースラインと経過観察の画像所見から骨転移の効果を判定：CR／PR／SD／PD',
  ),
  items: {
    newBoneMetastases: L('New bone metastases', '新发骨转移', '新規骨転移'),
    measurable: L('Measurable lesions: sum of products of perpendicular diameters (mm²)', '可测量病灶：垂直径乘积之和（mm²）', '測定可能病変：直交径の積の和（mm²）'),
    nonMeasurable: L('Non-measurable lesions: subjective size change', '不可测量病灶：主观大小变化', '測定不能病変：主観的な大きさの変化'),
    boneScan: L('Bone scan: subjective tracer-uptake change', '骨显像：示踪剂摄取主观变化', '骨シンチグラフィ：集積の主観的変化'),
    lyticSclerosis: L('Lytic lesions on X-ray/CT', 'X 线／CT 溶骨性病灶', 'X 線／CT の溶骨性病変'),
    normalisation: L('Normalisation', '正常化', '正常化'),
    osteoblasticFlare: L('Osteoblastic flare', '成骨闪烁', '造骨性フレア'),
  },
  yes: L('yes', '有', 'あり'),
  no: L('no', '无', 'なし'),
  measurableAnswer: L('{baseline} → {followUp} ({change} %)', '{baseline} → {followUp}（{change}%）', '{baseline} → {followUp}（{change}%）'),
  percent: L('{change} %', '{change}%', '{change}%'),
  sclerosis: {
    complete: L('complete sclerotic fill-in', '完全硬化', '完全な硬化'),
    partial: L('sclerotic rim or partial sclerotic fill-in', '边缘硬化或部分硬化填充', '辺縁硬化または部分的硬化'),
    none: L('no sclerosis', '无硬化', '硬化なし'),
  },
  normalisationKinds: {
    'bone-density': L('bone density on X-ray/CT', 'X 线／CT 骨密度', 'X 線／CT の骨濃度'),
    'mri-signal': L('MRI bone signal', 'MRI 骨信号', 'MRI の骨信号'),
    'bone-scan': L('bone scan', '骨显像', '骨シンチグラフィ'),
  },
  bands: {
    CR: L('CR — complete response', 'CR — 完全缓解', 'CR — 完全奏効'),
    PR: L('PR — partial response', 'PR — 部分缓解', 'PR — 部分奏効'),
    SD: L('SD — stable disease', 'SD — 稳定', 'SD — 安定'),
    PD: L('PD — progressive disease', 'PD — 进展', 'PD — 進行'),
  },
  reasons: {
    newBoneMetastases: L('new bone metastases', '出现新发骨转移', '新規骨転移あり'),
    measurableIncrease: L('measurable lesions increased {change} % (≥ 25 %)', '可测量病灶增大 {change}%（≥ 25%）', '測定可能病変が {change}% 増大（25% 以上）'),
    nonMeasurableIncrease: L('non-measurable lesions increased {change} % (≥ 25 %)', '不可测量病灶增大 {change}%（≥ 25%）', '測定不能病変が {change}% 増大（25% 以上）'),
    boneScanIncrease: L('tracer uptake increased {change} % (≥ 25 %)', '示踪剂摄取增加 {change}%（≥ 25%）', '集積が {change}% 増加（25% 以上）'),
    completeSclerosis: L('complete sclerotic fill-in of lytic lesions', '溶骨性病灶完全硬化', '溶骨性病変の完全な硬化'),
    normalised: L('normalisation of {kinds}', '{kinds}正常化', '{kinds}の正常化'),
    measurableDecrease: L('measurable lesions decreased {change} % (≥ 50 %)', '可测量病灶缩小 {change}%（≥ 50%）', '測定可能病変が {change}% 縮小（50% 以上）'),
    nonMeasurableDecrease: L('non-measurable lesions decreased {change} % (≥ 50 %)', '不可测量病灶主观缩小 {change}%（≥ 50%）', '測定不能病変が主観的に {change}% 縮小（50% 以上）'),
    boneScanDecrease: L('tracer uptake decreased {change} % (≥ 50 %)', '示踪剂摄取减少 {change}%（≥ 50%）', '集積が {change}% 減少（50% 以上）'),
    partialSclerosis: L('sclerotic rim or partial sclerotic fill-in of lytic lesions', '溶骨性病灶边缘硬化或部分硬化填充', '溶骨性病変の辺縁硬化または部分的硬化'),
    flare: L('osteoblastic flare', '成骨闪烁', '造骨性フレア'),
    stable: L('no change reaching the PR (≥ 50 % decrease) or PD (≥ 25 % increase) thresholds and no new bone metastases', '变化未达 PR（缩小 ≥ 50%）或 PD（增大 ≥ 25%）标准，且无新发骨转移', 'PR（50% 以上縮小）や PD（25% 以上増大）の基準に達する変化も新規骨転移もない'),
  },
  interpretation: L('{band}: {reasons}.', '{band}：{reasons}。', '{band}：{reasons}。'),
  separator: L('; ', '；', '、'),
  caveats: {
    flare: L(
      'An osteoblastic flare can mimic progression on bone scan early in effective therapy; confirm with MRI or PET/CT when osteoblastic lesions are hard to assess.',
      '有效治疗早期骨显像的成骨闪烁可能类似进展；成骨性病灶难以评价时可用 MRI 或 PET/CT 辅助。',
      '有効な治療の早期には造骨性フレアが骨シンチで進行に見えることがある。造骨性病変の評価が難しい場合は MRI や PET/CT を併用する。',
    ),
    sdTypo: L(
      '004 Table 1 prints the SD row for non-measurable lesions as "increase > 25 %"; read as < 25 %, consistent with the PD row.',
      '004 表 1 SD 行中不可测量病灶“增加 > 25%”应为“< 25%”，与 PD 行一致。',
      '004 表 1 の SD 行の測定不能病変「25% を超える増大」は PD 行と整合するよう「25% 未満」と解釈した。',
    ),
  },
  /** Validation errors (a zod refusal's `params.text`); field names stay as the input spells them. */
  refusals: {
    noFinding: L(
      'no imaging finding given: add at least one of measurable, nonMeasurableChangePercent, boneScanUptakeChangePercent, lyticSclerosis, normalisation, osteoblasticFlare',
      '未提供任何影像学所见：请至少填写 measurable、nonMeasurableChangePercent、boneScanUptakeChangePercent、lyticSclerosis、normalisation、osteoblasticFlare 中的一项',
      '画像所見が入力されていない：measurable、nonMeasurableChangePercent、boneScanUptakeChangePercent、lyticSclerosis、normalisation、osteoblasticFlare のうち少なくとも 1 つを入力',
    ),
    sameLesions: L(
      'baseline and followUp must list the same lesions in the same order (use [0, 0] for a lesion that disappeared)',
      'baseline 与 followUp 须按相同顺序列出相同的病灶（已消失的病灶填 [0, 0]）',
      'baseline と followUp には同じ病変を同じ順に記載する（消失した病変は [0, 0]）',
    ),
    baselineSize: L(
      'baseline lesions must have a size > 0',
      'baseline 病灶的大小须 > 0',
      'baseline の病変の大きさは 0 より大きくなければならない',
    ),
  },
});
