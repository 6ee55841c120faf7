import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const biopsyText = defineTexts('biopsy', {
  imaging: {
    xray: L(
      'Plain X-ray is the usual first imaging for bone pain but is not recommended for early screening of bone metastases: a lesion shows only after 30–75 % loss of bone density, 3–6 months later than on bone scintigraphy, and marrow lesions that spare the cortex are missed (004 §3.1.3).',
      'X 线常用于骨痛患者的初步影像学检查，但不推荐作为骨转移的早期筛查手段：骨密度降低 30%~75% 才能显示病变，比 BS 晚 3~6 个月，未累及皮质的骨髓内转移易漏诊（004 §3.1.3）。',
      '単純 X 線は骨痛の初期画像検査として用いられるが、骨転移の早期スクリーニングには推奨されない：骨密度が 30〜75% 低下して初めて描出され、骨シンチグラフィより 3〜6 か月遅れ、皮質に及ばない骨髄内転移は見逃される（004 §3.1.3）。',
    ),
    ct: L(
      'Positive bone scan with a negative X-ray: CT to confirm the diagnosis (004 §3.1.4; CT sensitivity 77 %, specificity 83 % per lesion).',
      'BS 阳性而 X 线阴性：推荐行 CT 明确诊断（004 §3.1.4；单个病灶 CT 敏感性 77%、特异性 83%）。',
      '骨シンチグラフィ陽性・X 線陰性：CT で診断を確定する（004 §3.1.4；病変単位で CT の感度 77%、特異度 83%）。',
    ),
    mri: L(
      'Suspected intramedullary or spinal-cord involvement ({why}): MRI is recommended (004 §3.1.5), and spinal CT to judge vertebral stability (004 §3.1.4).',
      '怀疑髓内及脊髓受累（{why}）：推荐行 MRI（004 §3.1.5），并行脊柱 CT 观察椎体稳定性（004 §3.1.4）。',
      '髄内・脊髄浸潤の疑い（{why}）：MRI を推奨し（004 §3.1.5）、椎体の安定性評価に脊椎 CT を行う（004 §3.1.4）。',
    ),
    mriWhy: {
      suspected: L('recorded as suspected', '已记录为怀疑', '疑いとして記録'),
      deficit: L('neurological deficit, Frankel {frankel}', '神经功能障碍，Frankel {frankel}', '神経障害、Frankel {frankel}'),
      inconclusive: L('bone scan and X-ray do not confirm it', 'BS 和 X 线无法确诊', '骨シンチと X 線で確定できない'),
    },
    monitoring: L(
      'Response imaging: X-ray, CT, bone scintigraphy and MRI are all used and there is no unified standard; RECIST 1.1 is limited, so the MD Anderson criteria apply (bonemet score md-anderson); MRI or PET/CT help where osteoblastic lesions are hard to judge (004 §3.1.6). Reading: 004 does not exclude bone scintigraphy from response assessment — MD Anderson grades it only subjectively (uptake ≥ 50 % lower for partial response, ≥ 25 % higher for progression).',
      '疗效影像评价：X 线、CT、BS 及 MRI 均为重要手段，目前尚无统一标准；RECIST1.1 有一定局限性，可参照 MD Anderson 标准（bonemet score md-anderson）；成骨性转移评价困难时可用 MRI 或 PET/CT 辅助（004 §3.1.6）。解读：004 并未将骨扫描排除在疗效评价之外——MD Anderson 标准仅对其作主观评价（示踪剂摄取减少 ≥ 50% 为部分缓解，增加 ≥ 25% 为进展）。',
      '治療効果の画像評価：X 線・CT・骨シンチグラフィ・MRI いずれも用いられ、統一基準はない。RECIST 1.1 には限界があり MD Anderson 基準を用いる（bonemet score md-anderson）。造骨性転移の評価が難しい場合は MRI または PET/CT で補う（004 §3.1.6）。解釈：004 は骨シンチグラフィを効果判定から除外していない——MD Anderson 基準では主観的評価のみ（集積 50% 以上低下で部分奏効、25% 以上増加で進行）。',
    ),
  },

  boneScanFirst: L(
    'Confirmed lung cancer with high-risk features for bone metastasis ({features}): screen first with bone scintigraphy.',
    '确诊肺癌且有骨转移高危因素（{features}）：初筛应首选放射性核素骨显像。',
    '肺癌と確定し骨転移の高リスク因子（{features}）がある：初回スクリーニングは骨シンチグラフィを第一選択とする。',
  ),
  features: {
    pain: L('bone pain', '骨痛', '骨痛'),
    hypercalcaemia: L('hypercalcaemia', '高钙血症', '高カルシウム血症'),
    alp: L('raised alkaline phosphatase', '碱性磷酸酶升高', 'アルカリホスファターゼ上昇'),
    cord: L('cord-compression symptoms', '脊髓压迫症状', '脊髄圧迫症状'),
  },
  separator: L(', ', '、', '、'),
  positiveScan: L(
    'Bone scan positive: evaluate the lesions further with CT, MRI, PET/CT or bone biopsy to confirm the diagnosis.',
    '骨显像阳性：有必要行 CT、MRI、PET/CT 或骨活检进一步评估转移病灶，明确诊断。',
    '骨シンチ陽性：CT、MRI、PET/CT または骨生検で転移巣をさらに評価し、診断を確定する。',
  ),
  noHistory: L(
    'No previous cancer or an unknown primary: CT-guided biopsy of the lesion before treatment.',
    '既往无肿瘤病史或原发灶不明：建议术前行 CT 引导下穿刺活检。',
    '悪性腫瘍の既往がない、または原発不明：治療前に CT ガイド下生検を行う。',
  ),
  longInactive: L(
    'A known primary that has long been inactive, with a new spinal lesion: CT-guided biopsy before treatment.',
    '有原发肿瘤病史但原发肿瘤长期不活跃，出现新发脊柱病变：建议术前行 CT 引导下穿刺活检。',
    '原発巣の既往があるが長期間活動性がなく、新たな脊椎病変が出現：治療前に CT ガイド下生検を行う。',
  ),
  widespread: L(
    'Known cancer already with multiple metastases and a new spinal lesion: biopsy the lesion when time allows.',
    '已有恶性肿瘤病史且全身多发转移，又出现新发脊柱病变：在时间允许的条件下也应行病灶活检。',
    '既知の悪性腫瘍で全身多発転移があり新たな脊椎病変が出現：時間が許せば病変の生検を行う。',
  ),
  solitaryLung: L(
    'Lung cancer with a solitary bone lesion: biopsy the lesion.',
    '肺癌仅出现孤立性骨破坏病灶：应积极行病灶骨活检。',
    '肺癌で孤立性の骨破壊病変のみ：病変の骨生検を積極的に行う。',
  ),
  solitaryAny: L(
    'A solitary bone lesion: biopsy it whether or not lung cancer is known.',
    '仅出现孤立性骨破坏病灶：无论有无肺癌均应积极行病灶骨活检。',
    '孤立性の骨破壊病変のみ：肺癌の有無にかかわらず病変の骨生検を積極的に行う。',
  ),
  multipleLung: L(
    'Confirmed lung cancer with multiple bone lesions ({count}): bone biopsy is not needed.',
    '确诊肺癌伴全身多发骨破坏（{count} 处）：不必进行骨活检。',
    '肺癌と確定し多発骨破壊（{count} か所）あり：骨生検は不要。',
  ),
  progressiveDeficit: L(
    'The neurological deficit is progressing: decompress directly rather than wait for a biopsy.',
    '神经症状进行性加重：应直接手术减压，而非等待活检。',
    '神経症状が進行している：生検を待たずに直ちに除圧術を行う。',
  ),
  mayOmit: L(
    'Imaging is conclusive and the lesion’s histology would not change the strategy: the pre-operative biopsy may be omitted.',
    '原发肿瘤影像学证据明确且病理不影响手术策略：可以不行术前活检。',
    '画像所見が明確で病理が治療戦略に影響しない：術前生検は省略しうる。',
  ),
  technique: L(
    'Technique: target a metabolically active lesion on PET-CT, adjust the fluoroscopy tube to show the path, use a dedicated biopsy needle, and angiography if needed to avoid major or feeding vessels; CT-guided needle biopsy is accurate and rarely causes fracture.',
    '操作要点：结合 PET-CT 穿刺代谢活跃的病灶；调整透视球管显示穿刺路径；使用专业穿刺针；必要时血管造影避开重要血管或供瘤血管；CT 引导下穿刺活检准确，通常不会引起病理性骨折。',
    '手技：PET-CT で代謝の活発な病変を穿刺し、透視管球の位置を調整して経路を描出し、専用の生検針を用い、必要に応じて血管造影で主要血管や栄養血管を避ける。CT ガイド下針生検は正確で、病的骨折はまれである。',
  ),
  undecided: L(
    'Whether to biopsy depends on the cancer history and on how many bone lesions there are.',
    '是否活检取决于肿瘤病史及骨病灶数目。',
    '生検の要否は悪性腫瘍の既往と骨病変の数による。',
  ),
  why: {
    cancerHistory: L('cancer history decides whether to biopsy (002 §1.4)', '肿瘤病史决定是否活检（002 §1.4）', '悪性腫瘍の既往で生検の要否が決まる（002 §1.4）'),
    boneLesionCount: L('a solitary vs multiple bone lesions decides whether to biopsy (004 rec 3)', '孤立与多发骨病灶决定是否活检（004 推荐 3）', '孤立性か多発かで生検の要否が決まる（004 推奨 3）'),
    confirmed: L('whether bone metastasis is already confirmed decides the screening step (004 rec 1)', '是否已确诊骨转移决定筛查步骤（004 推荐 1）', '骨転移が確定しているかでスクリーニングの要否が決まる（004 推奨 1）'),
  },
});
