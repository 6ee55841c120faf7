import { L, type Localized } from '../../i18n/lang.js';
import { cite } from '../sources.js';
import type { GradeGrading, GradeLabel, GradedClause, LungCancerBoneRecommendation, RecommendationDirection } from './types.js';

// 004: Chinese clinical guideline on lung-cancer bone metastasis (2024). Recs 1–3 are printed
// together under "3 诊断" and recs 4–12 under "4 治疗", before the numbered subsections that
// discuss them (`discussedIn`). The source prints each GRADE marker inside the sentence, so the
// originals keep it; recs 5 and 7 grade two clauses apart.

function grade(label: GradeLabel): GradeGrading {
  return {
    grading: 'grade',
    strength: label.startsWith('1') ? 'strong' : 'weak',
    evidence: label.slice(1) as GradeGrading['evidence'],
    grade: label,
  };
}

function chinese(original: string, en: string, ja: string): { original: string; text: Localized } {
  return { original, text: L(en, original, ja) };
}

function clause(
  label: GradeLabel,
  direction: RecommendationDirection,
  original: string,
  en: string,
  ja: string,
): GradedClause {
  return { ...grade(label), direction, ...chinese(original, en, ja) };
}

function printedIn(section: '§3' | '§4'): Pick<LungCancerBoneRecommendation, 'document' | 'section' | 'source' | 'originalLang'> {
  return { document: '004', section, source: cite('004', section), originalLang: 'zh' };
}

export const LUNG_CANCER_BONE_RECOMMENDATIONS: readonly LungCancerBoneRecommendation[] = [
  {
    id: 'lc-bone-rec-1',
    ...printedIn('§3'),
    discussedIn: ['§3.1.1'],
    ...chinese(
      '对于确诊肺癌患者且有骨转移高危因素,初筛应首选放射性核素骨显像(bone scintigraphy, BS)(1A)。',
      'For patients with confirmed lung cancer and high-risk factors for bone metastasis, radionuclide bone scintigraphy (BS) should be the first choice for initial screening (1A).',
      '肺癌と確定診断され骨転移の高リスク因子を有する患者では、初回スクリーニングには骨シンチグラフィ（bone scintigraphy, BS）を第一選択とすべきである（1A）。',
    ),
    ...grade('1A'),
    direction: 'for',
    topics: ['diagnosis', 'imaging'],
  },
  {
    id: 'lc-bone-rec-2',
    ...printedIn('§3'),
    discussedIn: ['§3.1.2', '§3.1.4', '§3.1.5', '§3.2'],
    ...chinese(
      '对于初筛BS阳性的肺癌患者,有必要行CT、磁共振成像(MRI)、正电子发射计算机断层显像/计算机断层显像(positron emission computed tomography/computer tomography, PET/CT)或骨活检进一步评估转移病灶,进一步明确诊断(2A)。',
      'For lung cancer patients with a positive BS at initial screening, further evaluation of the metastatic lesions by CT, magnetic resonance imaging (MRI), positron emission tomography/computed tomography (PET/CT) or bone biopsy is necessary to confirm the diagnosis (2A).',
      '初回スクリーニングでBS陽性の肺癌患者では、CT、磁気共鳴画像（MRI）、陽電子放出断層撮影/コンピュータ断層撮影（PET/CT）または骨生検により転移巣をさらに評価し、診断を確定する必要がある（2A）。',
    ),
    ...grade('2A'),
    direction: 'for',
    topics: ['diagnosis', 'imaging', 'biopsy'],
  },
  {
    id: 'lc-bone-rec-3',
    ...printedIn('§3'),
    discussedIn: ['§3.1.7'],
    ...chinese(
      '肺癌如仅出现孤立性骨破坏病灶,应积极行病灶骨活检;如确诊肺癌,伴全身多发骨破坏,则不必进行骨活检(1A)。',
      'In lung cancer, if only a solitary bone-destructive lesion is present, biopsy of the lesion should be actively pursued; if lung cancer is confirmed and there is widespread multiple bone destruction, bone biopsy is not necessary (1A).',
      '肺癌で孤立性の骨破壊病変のみを認める場合は積極的に病変の骨生検を行うべきであり、肺癌の確定診断があり全身に多発する骨破壊を伴う場合は骨生検は必要ない（1A）。',
    ),
    ...grade('1A'),
    direction: 'for',
    topics: ['diagnosis', 'biopsy'],
  },
  {
    id: 'lc-bone-rec-4',
    ...printedIn('§4'),
    ...chinese(
      '对确诊肺癌骨转移患者,推荐MDT,个体化制定综合治疗方案(1A)。',
      'For patients with confirmed lung-cancer bone metastasis, a multidisciplinary team (MDT) is recommended to formulate an individualised comprehensive treatment plan (1A).',
      '肺癌骨転移と確定診断された患者には、多職種チーム（MDT）による個別化した集学的治療計画の策定を推奨する（1A）。',
    ),
    ...grade('1A'),
    direction: 'for',
    topics: ['mdt'],
  },
  {
    id: 'lc-bone-rec-5',
    ...printedIn('§4'),
    discussedIn: ['§4.1', '§4.1.3'],
    ...chinese(
      '对确诊肺癌骨转移患者,如无禁忌证,均推荐应用骨改良药物治疗(1A),但不推荐常规使用骨改良药物作为预防性治疗(2B)。',
      'For all patients with confirmed lung-cancer bone metastasis, treatment with bone-modifying agents is recommended unless contraindicated (1A), but routine use of bone-modifying agents as prophylactic treatment is not recommended (2B).',
      '肺癌骨転移と確定診断された患者には、禁忌がなければ全例に骨修飾薬による治療を推奨する（1A）が、骨修飾薬を予防的治療として常用することは推奨しない（2B）。',
    ),
    ...grade('1A'),
    direction: 'for',
    clauses: [
      clause(
        '1A',
        'for',
        '对确诊肺癌骨转移患者,如无禁忌证,均推荐应用骨改良药物治疗',
        'For all patients with confirmed lung-cancer bone metastasis, treatment with bone-modifying agents is recommended unless contraindicated',
        '肺癌骨転移と確定診断された患者には、禁忌がなければ全例に骨修飾薬による治療を推奨する',
      ),
      clause(
        '2B',
        'against',
        '但不推荐常规使用骨改良药物作为预防性治疗',
        'but routine use of bone-modifying agents as prophylactic treatment is not recommended',
        'が、骨修飾薬を予防的治療として常用することは推奨しない',
      ),
    ],
    topics: ['bone-modifying-agent'],
  },
  {
    id: 'lc-bone-rec-6',
    ...printedIn('§4'),
    discussedIn: ['§4.1.1', '§4.1.2'],
    ...chinese(
      '如无禁忌,推荐双膦酸盐或RANKL抑制剂降低肺癌骨转移患者的SREs风险(1A)。',
      'Unless contraindicated, a bisphosphonate or a RANKL inhibitor is recommended to reduce the risk of skeletal-related events (SREs) in patients with lung-cancer bone metastasis (1A).',
      '禁忌がなければ、肺癌骨転移患者の骨関連事象（SRE）のリスクを低減するため、ビスホスホネートまたはRANKL阻害薬を推奨する（1A）。',
    ),
    ...grade('1A'),
    direction: 'for',
    topics: ['bone-modifying-agent', 'sre-prevention'],
  },
  {
    id: 'lc-bone-rec-7',
    ...printedIn('§4'),
    discussedIn: ['§4.1.3'],
    ...chinese(
      '正在接受双膦酸盐治疗的患者,如出现二次SREs不建议立即停用双膦酸盐(1B),也可以考虑换用RANKL抑制剂或另外一种双膦酸盐(2B)。',
      'In patients receiving bisphosphonate therapy who have a second SRE, immediate discontinuation of the bisphosphonate is not recommended (1B); switching to a RANKL inhibitor or to another bisphosphonate may also be considered (2B).',
      'ビスホスホネート治療中の患者に2回目のSREが生じた場合、ビスホスホネートを直ちに中止することは推奨せず（1B）、RANKL阻害薬または別のビスホスホネートへの変更を考慮してもよい（2B）。',
    ),
    ...grade('1B'),
    direction: 'against',
    clauses: [
      clause(
        '1B',
        'against',
        '正在接受双膦酸盐治疗的患者,如出现二次SREs不建议立即停用双膦酸盐',
        'In patients receiving bisphosphonate therapy who have a second SRE, immediate discontinuation of the bisphosphonate is not recommended',
        'ビスホスホネート治療中の患者に2回目のSREが生じた場合、ビスホスホネートを直ちに中止することは推奨しない',
      ),
      clause(
        '2B',
        'for',
        '也可以考虑换用RANKL抑制剂或另外一种双膦酸盐',
        'switching to a RANKL inhibitor or to another bisphosphonate may also be considered',
        'RANKL阻害薬または別のビスホスホネートへの変更を考慮してもよい',
      ),
    ],
    topics: ['bone-modifying-agent', 'sre-prevention'],
  },
  {
    id: 'lc-bone-rec-8',
    ...printedIn('§4'),
    discussedIn: ['§4.1.4.1'],
    ...chinese(
      '在接受骨改良药物前后,均应常规检查口腔,以降低颌骨坏死(osteonecrosis of the jaw, ONJ)风险(1B)。',
      'Both before and after receiving bone-modifying agents, the oral cavity should be examined routinely to reduce the risk of osteonecrosis of the jaw (ONJ) (1B).',
      '骨修飾薬の投与前後いずれにおいても、顎骨壊死（osteonecrosis of the jaw, ONJ）のリスクを低減するため、ルーチンに口腔内を診察すべきである（1B）。',
    ),
    ...grade('1B'),
    direction: 'for',
    topics: ['bone-modifying-agent', 'dental'],
  },
  {
    id: 'lc-bone-rec-9',
    ...printedIn('§4'),
    discussedIn: ['§4.2', '§4.3'],
    ...chinese(
      '对于多发性骨转移患者,应优先考虑全身系统治疗和及早、持续、有效地进行阶梯镇痛(1C)。',
      'For patients with multiple bone metastases, priority should be given to systemic therapy and to early, continuous and effective stepwise (analgesic-ladder) pain relief (1C).',
      '多発骨転移の患者では、全身療法と、早期から継続的かつ有効な段階的鎮痛（除痛ラダー）を優先して考慮すべきである（1C）。',
    ),
    ...grade('1C'),
    direction: 'for',
    topics: ['systemic-therapy', 'analgesia'],
  },
  {
    id: 'lc-bone-rec-10',
    ...printedIn('§4'),
    discussedIn: ['§4.4.1', '§4.4.2'],
    ...chinese(
      '对经全身治疗后仍无法改善的顽固性骨痛、病理性骨折和脊髓压迫的患者,局部体外放射治疗,特别是立体定向放射治疗(SBRT)应作为首选治疗(1B)。',
      'For patients with refractory bone pain, pathological fracture or spinal cord compression that does not improve after systemic therapy, local external-beam radiotherapy, particularly stereotactic body radiotherapy (SBRT), should be the treatment of first choice (1B).',
      '全身療法後も改善しない難治性骨痛、病的骨折、脊髄圧迫を有する患者では、局所外照射、特に体幹部定位放射線治療（SBRT）を第一選択の治療とすべきである（1B）。',
    ),
    ...grade('1B'),
    direction: 'for',
    topics: ['radiotherapy', 'sbrt', 'analgesia', 'cord-compression'],
  },
  {
    id: 'lc-bone-rec-11',
    ...printedIn('§4'),
    discussedIn: ['§4.5.2', '§4.5.3', '§4.5.4.2'],
    ...chinese(
      '对于全身治疗有效、但局部或孤立性骨转移病灶、有脊柱受累的患者,可在外科充分评估的情况下进行外科干预(2B)。',
      'For patients in whom systemic therapy is effective but who have a local or solitary bone metastasis with spinal involvement, surgical intervention may be undertaken after thorough surgical assessment (2B).',
      '全身療法が奏効しているが、局所性または孤立性の骨転移病変があり脊椎に病変が及ぶ患者では、外科的に十分評価したうえで外科的介入を行ってもよい（2B）。',
    ),
    ...grade('2B'),
    direction: 'for',
    topics: ['surgery'],
  },
  {
    id: 'lc-bone-rec-12',
    ...printedIn('§4'),
    discussedIn: ['§4.6.1', '§4.6.2'],
    ...chinese(
      '对于肺癌溶骨性骨转移病灶,可使用消融联合骨成形术(骨水泥)的介入治疗,控制转移病灶的同时恢复骨结构的稳定性(2B)。',
      'For osteolytic bone metastases of lung cancer, interventional treatment with ablation combined with osteoplasty (bone cement) may be used to control the metastatic lesion while restoring the stability of the bone structure (2B).',
      '肺癌の溶骨性骨転移病変には、アブレーションと骨形成術（骨セメント）を併用するIVR治療を用いて、転移病変を制御すると同時に骨構造の安定性を回復させてもよい（2B）。',
    ),
    ...grade('2B'),
    direction: 'for',
    topics: ['ablation', 'cementoplasty', 'osteolytic'],
  },
];
