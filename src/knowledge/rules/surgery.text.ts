import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

const tomitaBandLines = {
  tes: {
    'wide-or-marginal': L(
      'Tomita {total} (2–3): wide or marginal excision for long-term local control — TES fits this strategy.',
      'Tomita {total} 分（2~3 分）：行广泛或边缘切除以获得长期局部控制，TES 符合该策略。',
      'Tomita {total} 点（2~3 点）：長期局所制御のための広範または辺縁切除。TES はこの戦略に合致する。',
    ),
    'marginal-or-intralesional': L(
      'Tomita {total} (4–5): marginal or intralesional excision for middle-term local control — TES only as a marginal excision, after individual assessment.',
      'Tomita {total} 分（4~5 分）：行边缘或病灶内切除以获得中期局部控制，TES 仅作为边缘切除、需个体化评估。',
      'Tomita {total} 点（4~5 点）：中期局所制御のための辺縁または腫瘍内切除。TES は辺縁切除として個別に検討する。',
    ),
    'palliative-surgery': L(
      'Tomita {total} (6–7): palliative surgery, not en-bloc excision.',
      'Tomita {total} 分（6~7 分）：行姑息性手术，而非整块切除。',
      'Tomita {total} 点（6~7 点）：一塊切除ではなく姑息的手術。',
    ),
    'supportive-care': L(
      'Tomita {total} (8–10): non-operative supportive care only.',
      'Tomita {total} 分（8~10 分）：仅行非手术支持治疗。',
      'Tomita {total} 点（8~10 点）：非手術的支持療法のみ。',
    ),
  },
  palliative: {
    'wide-or-marginal': L(
      'Tomita {total} (2–3): the strategy is wide or marginal excision (TES); a palliative operation only where excision is not feasible.',
      'Tomita {total} 分（2~3 分）：策略为广泛或边缘切除（TES）；仅在无法切除时行姑息性手术。',
      'Tomita {total} 点（2~3 点）：戦略は広範または辺縁切除（TES）。切除が困難な場合にのみ姑息的手術を行う。',
    ),
    'marginal-or-intralesional': L(
      'Tomita {total} (4–5): the strategy is marginal or intralesional excision for middle-term local control.',
      'Tomita {total} 分（4~5 分）：策略为边缘或病灶内切除，以获得中期局部控制。',
      'Tomita {total} 点（4~5 点）：戦略は中期局所制御のための辺縁または腫瘍内切除。',
    ),
    'palliative-surgery': L(
      'Tomita {total} (6–7): palliative surgery is the strategy the score gives.',
      'Tomita {total} 分（6~7 分）：评分对应的策略即为姑息性手术。',
      'Tomita {total} 点（6~7 点）：スコアが示す戦略は姑息的手術である。',
    ),
    'supportive-care': L(
      'Tomita {total} (8–10): non-operative supportive care only.',
      'Tomita {total} 分（8~10 分）：仅行非手术支持治疗。',
      'Tomita {total} 点（8~10 点）：非手術的支持療法のみ。',
    ),
  },
};

export const surgeryText = defineTexts('surgery', {
  separator: L(', ', '、', '、'),
  cannotTolerate: L(
    'The patient cannot tolerate surgery: operation contraindicated.',
    '患者身体无法耐受手术：视为手术禁忌。',
    '手術に耐えられない全身状態：手術は禁忌。',
  ),
  cannotTolerateReading: L(
    'Reading: 002 states this contraindication in its laminectomy section (§3.3) and makes the patient’s tolerance of surgery the first pre-operative assessment of every operation (§1.1); applied to this operation.',
    '解读：002 在椎板切除一节（§3.3）明确该禁忌证，并将手术耐受力作为各类手术术前评估的首要内容（§1.1）；此处适用于本手术。',
    '解釈：002 はこの禁忌を椎弓切除の節（§3.3）で述べ、手術耐容能をあらゆる手術の術前評価の第一とする（§1.1）；本手術に適用する。',
  ),
  tomita: {
    ...tomitaBandLines,
    missing: L(
      'The Tomita score cannot be computed yet; it decides between excision, palliative surgery and supportive care.',
      '尚无法计算 Tomita 评分；该评分决定行切除、姑息性手术还是支持治疗。',
      'Tomita スコアがまだ算出できない。切除、姑息的手術、支持療法のいずれかを決めるスコアである。',
    ),
    visceralReading: {
      resectable: L(
        'Visceral metastases recorded as resectable were scored as treatable (2).',
        '记录为可切除的内脏转移按“可治疗”（2 分）计分。',
        '切除可能と記録された内臓転移は「治療可能」（2 点）として採点した。',
      ),
      unresectable: L(
        'Visceral metastases recorded as unresectable were scored as untreatable (4); if they are controllable by other treatment, Tomita counts them as treatable (2).',
        '记录为不可切除的内脏转移按“无法治疗”（4 分）计分；若可通过其他治疗控制，Tomita 评分应计为“可治疗”（2 分）。',
        '切除不能と記録された内臓転移は「治療不能」（4 点）として採点した。他の治療で制御可能であれば Tomita では「治療可能」（2 点）となる。',
      ),
      systemic: L(
        'Visceral metastases unresectable but controllable by systemic therapy were scored as treatable (2).',
        '不可切除但可经全身治疗控制的内脏转移按“可治疗”（2 分）计分。',
        '切除不能だが全身療法で制御可能な内臓転移は「治療可能」（2 点）として採点した。',
      ),
    },
    underestimate: L(
      'A prognostic score does not veto surgery: Tomita and the revised Tokuhashi predate targeted therapy and underestimate survival (002 §2.2: Tokuhashi accuracy 63 %, falling); the deficit, ESCC and SINS are weighed on their own.',
      '预后评分不能否决手术：Tomita 与修订版 Tokuhashi 评分早于靶向治疗时代，会低估生存期（002 §2.2：Tokuhashi 准确率 63% 且逐年下降）；神经功能、ESCC 和 SINS 需单独权衡。',
      '予後スコアは手術を否定しない：Tomita と改訂 Tokuhashi は分子標的治療以前のもので生存期間を過小評価する（002 §2.2：Tokuhashi の正確度 63%、低下傾向）。神経症状・ESCC・SINS はそれぞれ評価する。',
    ),
  },
  tokuhashi: {
    missing: L(
      'The revised Tokuhashi score cannot be computed yet.',
      '尚无法计算修订版 Tokuhashi 评分。',
      '改訂 Tokuhashi スコアがまだ算出できない。',
    ),
    notApplicable: L(
      'No vertebral metastasis recorded: the revised Tokuhashi score does not apply.',
      '未记录椎体转移：不适用修订版 Tokuhashi 评分。',
      '椎体転移の記録がない：改訂 Tokuhashi スコアは適用されない。',
    ),
    active: L(
      'Revised Tokuhashi {total} (12–15) with a solitary metastasis of a relatively low-grade primary (slow or moderate growth): active surgery gives good results.',
      '修订版 Tokuhashi {total} 分（12~15 分），单发且原发肿瘤恶性程度相对较低（生长缓慢或中速）：采取积极的手术治疗可取得较好的疗效。',
      '改訂 Tokuhashi {total} 点（12~15 点）、単発で原発巣の悪性度が比較的低い（緩徐または中等度の増殖）：積極的な手術で良好な成績が得られる。',
    ),
    scoreReading: L(
      '002 §2.2 makes the score itself the criterion for active surgery (12–15 predicts > 12 months); this is the score’s reading, not a life expectancy.',
      '002 §2.2 以评分本身作为积极手术的标准（12~15 分预示 > 12 个月）；此为评分的判读，而非预期寿命。',
      '002 §2.2 は積極的手術の基準をスコアそのものとする（12~15 点は 12 か月超を予測）。これはスコアの読みであり、予測余命ではない。',
    ),
    estimateAgrees: L(
      'The clinician’s life expectancy of {months} months lies in the score’s band ({band}).',
      '临床估计的预期寿命 {months} 个月与评分区间（{band}）一致。',
      '臨床医の予測余命 {months} か月はスコアの区分（{band}）に一致する。',
    ),
    estimateDisagrees: L(
      'The clinician’s life expectancy of {months} months lies outside the score’s band ({band}): the clinician’s estimate decides, and the score’s reading is not adopted.',
      '临床估计的预期寿命 {months} 个月不在评分区间（{band}）内：以临床估计为准，不采纳评分的判读。',
      '臨床医の予測余命 {months} か月はスコアの区分（{band}）外：臨床医の推定が決め、スコアの読みは採用しない。',
    ),
    highNotSolitaryLowGrade: L(
      'Revised Tokuhashi {total} (12–15), but active surgery is advised only for a solitary metastasis of a relatively low-grade primary.',
      '修订版 Tokuhashi {total} 分（12~15 分），但积极手术仅适用于单发且原发肿瘤恶性程度相对较低者。',
      '改訂 Tokuhashi {total} 点（12~15 点）だが、積極的手術は単発かつ原発巣の悪性度が比較的低い場合に限られる。',
    ),
  },
  spine: {
    noSpinalMetastasis: L(
      'No spinal metastasis: a spinal operation is not indicated.',
      '无脊柱转移：不需脊柱手术。',
      '脊椎転移なし：脊椎手術の適応はない。',
    ),
    noSpinalLesion: L(
      'No spinal lesion has been described; the operation is decided on the lesion (level, ESCC, WBB zones).',
      '尚未描述脊柱病灶；手术取决于病灶情况（节段、ESCC、WBB 分区）。',
      '脊椎病変の記載がない。手術の適否は病変（椎体高位、ESCC、WBB 区域）で決まる。',
    ),
  },
  tes: {
    summary: {
      met: L(
        'All TES criteria of 002 §3.1 are met; decide with the team’s experience, the surgical trauma and complications, the overall treatment and the patient’s means, individually and with caution.',
        '符合 002 §3.1 的全部 TES 适应证；同时需结合肿瘤综合治疗、主刀医生团队经验、手术创伤和并发症评估及患者经济情况，个体化评估、谨慎使用 TES。',
        '002 §3.1 の TES 適応基準をすべて満たす。集学的治療、術者チームの経験、手術侵襲と合併症、患者の経済状況を踏まえ、個別に慎重に判断する。',
      ),
      relative: L(
        'TES is a relative indication only (Tomita type 1 or 6).',
        'TES 仅为相对适应证（Tomita 1 型或 6 型）。',
        'TES は相対的適応にとどまる（富田分類 1 型または 6 型）。',
      ),
      unknown: L(
        'TES criteria still to establish (002 §3.1):',
        '尚需确认的 TES 适应证（002 §3.1）：',
        '確認が必要な TES の適応基準（002 §3.1）：',
      ),
      unmet: L(
        'Not every TES criterion of 002 §3.1 is met:',
        '不完全符合 002 §3.1 的 TES 适应证：',
        '002 §3.1 の TES 適応基準を満たさない項目がある：',
      ),
    },
    general: {
      met: L(
        'General condition good: KPS {kps} (ECOG {ecog}); "good" is taken as KPS ≥ 70 / ECOG 0–1 — this system’s threshold, the source gives none.',
        '全身一般情况良好：KPS {kps}（ECOG {ecog}）；“良好”按 KPS ≥ 70／ECOG 0~1 判断，此阈值为本系统设定，原文未给出。',
        '全身状態良好：KPS {kps}（ECOG {ecog}）。「良好」は KPS ≥ 70／ECOG 0~1 とした。これは本システムの閾値であり、原典には記載がない。',
      ),
      unmet: L(
        'General condition not good: KPS {kps} (ECOG {ecog}) is below 70; "good" is taken as KPS ≥ 70 / ECOG 0–1 — this system’s threshold, the source gives none.',
        '全身一般情况欠佳：KPS {kps}（ECOG {ecog}）低于 70；“良好”按 KPS ≥ 70／ECOG 0~1 判断，此阈值为本系统设定，原文未给出。',
        '全身状態不良：KPS {kps}（ECOG {ecog}）は 70 未満。「良好」は KPS ≥ 70／ECOG 0~1 とした。これは本システムの閾値であり、原典には記載がない。',
      ),
      unknown: L(
        'General condition: KPS not given.',
        '全身一般情况：未提供 KPS。',
        '全身状態：KPS 未入力。',
      ),
    },
    life: {
      clinician: {
        met: L('Life expectancy {months} months (> 6).', '预期寿命 {months} 个月（> 6 个月）。', '予測余命 {months} か月（6 か月超）。'),
        unmet: L('Life expectancy {months} months: not more than 6.', '预期寿命 {months} 个月：未超过 6 个月。', '予測余命 {months} か月：6 か月を超えない。'),
      },
      unknown: L(
        'Life expectancy not estimated by the clinician: give the estimate — a prognostic score alone does not decide it (002 §2.2: the scores underestimate survival); what the scores suggest is shown as a note.',
        '临床未估计预期寿命：请给出估计——仅凭预后评分不作决定（002 §2.2：评分低估生存期）；各评分的提示另作备注列出。',
        '臨床的な予測余命が未入力：推定を入力する。予後スコアだけでは判定しない（002 §2.2：スコアは生存期間を過小評価する）。スコアの示唆は注記に示す。',
      ),
    },
    solitary: {
      met: L('Solitary spinal metastasis.', '孤立性脊柱转移。', '孤立性脊椎転移。'),
      unmet: L('Not a solitary spinal metastasis ({n} spinal lesions).', '非孤立性脊柱转移（{n} 处脊柱病灶）。', '孤立性脊椎転移ではない（脊椎病変 {n} か所）。'),
      unknown: L('Number of spinal metastases not given.', '未提供脊柱转移数目。', '脊椎転移の数が未入力。'),
    },
    primary: {
      met: L('Primary tumour controlled by treatment.', '原发肿瘤病灶治疗有效。', '原発巣は治療で制御されている。'),
      unmet: L('Primary tumour not controlled.', '原发肿瘤未得到控制。', '原発巣が制御されていない。'),
      unknown: L('Whether the primary tumour is controlled is not given.', '未说明原发肿瘤是否得到控制。', '原発巣が制御されているか未入力。'),
    },
    type: {
      indicated: L('Tomita type {type} at {level}: TES indicated (types 2–5).', '{level} Tomita {type} 型：TES 适应证（2~5 型）。', '{level} 富田分類 {type} 型：TES の適応（2~5 型）。'),
      relative: L('Tomita type {type} at {level}: relative indication (types 1 and 6).', '{level} Tomita {type} 型：相对适应证（1 型和 6 型）。', '{level} 富田分類 {type} 型：相対的適応（1 型と 6 型）。'),
      contraindicated: L('Tomita type 7 (multiple skip lesions): TES contraindicated.', 'Tomita 7 型（多发跳跃性病灶）：TES 禁忌。', '富田分類 7 型（多発性スキップ病変）：TES は禁忌。'),
      posteriorOnly: L(
        'At {level} only the posterior elements are involved (no Tomita type): laminectomy with fixation rather than TES.',
        '{level} 仅累及后部附件（不属于 Tomita 分型）：宜行后路椎板切除内固定术而非 TES。',
        '{level} は後方要素のみの病変（富田分類の対象外）：TES ではなく椎弓切除・固定術。',
      ),
      unknown: L('Tomita type: the parts of the vertebra involved are not given.', 'Tomita 分型：未提供椎骨受累部位。', '富田分類：椎骨の病変部位が未入力。'),
    },
    typeSeven: L(
      'Several spinal lesions (Tomita type 7, multiple skip lesions): TES is contraindicated.',
      '多处脊柱病灶（Tomita 7 型，多发跳跃性病灶）：TES 禁忌。',
      '複数の脊椎病変（富田分類 7 型、多発性スキップ病変）：TES は禁忌。',
    ),
    wbb: {
      'oncological-en-bloc': L(
        'WBB zones {zones}: at most one pedicle involved — osteotomy through the uninvolved lamina and pedicle gives an oncological total en-bloc spondylectomy.',
        'WBB {zones} 区：至多一侧椎弓根受累，经肿瘤未累及侧的正常椎板及椎弓根截骨可达到肿瘤学意义上的全脊椎整块切除。',
        'WBB {zones} 区：椎弓根浸潤は片側まで。腫瘍のない側の椎弓板・椎弓根で骨切りし、腫瘍学的な全脊椎一塊切除が可能。',
      ),
      'anatomical-en-bloc': L(
        'WBB zones {zones}: both pedicles involved — only an anatomical en-bloc resection (intralesional at the pedicles) is possible.',
        'WBB {zones} 区：双侧椎弓根均受累，只能做到解剖学意义上的全脊椎整块切除（椎弓根处属瘤内切除）。',
        'WBB {zones} 区：両側椎弓根に浸潤。解剖学的一塊切除（椎弓根では腫瘍内切除）のみ可能。',
      ),
      'posterior-only': L(
        'WBB zones {zones}: posterior elements only — laminectomy with fixation rather than TES (002 §3.3).',
        'WBB {zones} 区：仅累及后部结构，宜行后路椎板切除内固定术而非 TES（002 §3.3）。',
        'WBB {zones} 区：後方要素のみ。TES ではなく椎弓切除・固定術（002 §3.3）。',
      ),
      'anterior-and-posterior': L(
        'WBB zones {zones}: anterior and posterior elements involved; 002 §3.1 describes en-bloc routes only for zones 4–8/5–9 and 4–9 — plan the resection individually.',
        'WBB {zones} 区：前、后部结构均受累；002 §3.1 仅描述 4~8／5~9 区及 4~9 区的整块切除方式，需个体化制定切除方案。',
        'WBB {zones} 区：前方・後方要素とも病変あり。002 §3.1 は 4~8／5~9 区と 4~9 区の一塊切除のみを記載しており、切除法は個別に計画する。',
      ),
      missing: L(
        'WBB zones not given: they decide between oncological and anatomical en-bloc resection.',
        '未提供 WBB 分区：其决定行肿瘤学意义还是解剖学意义上的整块切除。',
        'WBB 区域が未入力。腫瘍学的一塊切除か解剖学的一塊切除かを決める。',
      ),
    },
  },
  separation: {
    indicated: L(
      'ESCC {grade} at {level} with a radioresistant tumour: separation surgery (circumferential 2–3 mm decompression, posterior fixation as stability requires) followed by SSRS.',
      '{level} ESCC {grade} 级且肿瘤对传统放疗不敏感：行分离手术（环形切除硬脊膜周围 2~3 mm 的肿瘤，根据稳定性行后方内固定），术后行 SSRS。',
      '{level} ESCC {grade}、放射線抵抗性腫瘍：分離手術（硬膜周囲 2~3 mm の全周性除圧、安定性に応じて後方固定）の後に SSRS を行う。',
    ),
    cordAbutment: L(
      'ESCC {grade} at {level}: the cord is abutted but not compressed — between low and high grade; decide separation surgery in the MDT.',
      '{level} ESCC {grade} 级：肿瘤接触脊髓但脊髓未受压，介于低级别与高级别之间，需 MDT 讨论是否行分离手术。',
      '{level} ESCC {grade}：脊髄に接するが圧迫はない（低・高グレードの中間）。分離手術の適否は MDT で決める。',
    ),
    sensitivityUnknown: L(
      'ESCC {grade} at {level}: separation surgery is for radioresistant tumours, and the radiosensitivity is not known.',
      '{level} ESCC {grade} 级：分离手术适用于放疗不敏感肿瘤，目前放疗敏感性不明。',
      '{level} ESCC {grade}：分離手術は放射線抵抗性腫瘍が対象だが、放射線感受性が不明。',
    ),
    esccMissing: L(
      'ESCC not graded at every spinal lesion: separation surgery depends on the grade of epidural compression.',
      '并非所有脊柱病灶都有 ESCC 分级：是否行分离手术取决于硬膜外脊髓受压程度。',
      'すべての脊椎病変で ESCC が評価されていない。分離手術の適否は硬膜外圧迫の程度による。',
    ),
    hypervascular: {
      imaging: L(
        'Hypervascular tumour on imaging: separation surgery contraindicated.',
        '影像学提示富血运肿瘤：分离手术禁忌。',
        '画像で多血性腫瘍：分離手術は禁忌。',
      ),
      histology: L(
        'Hypervascular tumour ({histology}): separation surgery contraindicated.',
        '富血运肿瘤（{histology}）：分离手术禁忌。',
        '多血性腫瘍（{histology}）：分離手術は禁忌。',
      ),
    },
    radiosensitive: L(
      'Radiosensitive tumour ({basis}): separation surgery contraindicated; radiotherapy alone can treat it.',
      '放疗敏感肿瘤（{basis}）：分离手术禁忌。',
      '放射線感受性腫瘍（{basis}）：分離手術は禁忌。',
    ),
    clinicianBasis: L('clinician', '临床判断', '臨床判断'),
    lowGrade: L(
      'Low-grade ESCC (worst grade {grade}): separation surgery contraindicated.',
      '低级别 ESCC（最重为 {grade} 级）：分离手术禁忌。',
      '低グレード ESCC（最重 {grade}）：分離手術は禁忌。',
    ),
  },
  laminectomy: {
    posteriorOnly: L(
      'At {level} the tumour destroys only the posterior elements (WBB zones {zones}): posterior laminectomy with internal fixation.',
      '{level} 肿瘤只破坏后侧附件（WBB {zones} 区）：适用后路椎板切除内固定术。',
      '{level} の腫瘍は後方要素のみを破壊（WBB {zones} 区）：後方椎弓切除・内固定術の適応。',
    ),
    decompression: L(
      'Cord or root compression needing decompression: laminectomy with fixation as a palliative decompression.',
      '存在需减压的脊髓或神经根压迫：可行后路椎板切除内固定术作为姑息减压手术。',
      '除圧を要する脊髄または神経根の圧迫：姑息的除圧として椎弓切除・固定術を行いうる。',
    ),
    undecided: L(
      'Laminectomy with fixation depends on WBB zones (posterior-only disease) or on compression needing a palliative decompression.',
      '后路椎板切除内固定术取决于 WBB 分区（仅后侧附件受累）或是否存在需姑息减压的压迫。',
      '椎弓切除・固定術の適否は WBB 区域（後方要素のみの病変）または姑息的除圧を要する圧迫の有無による。',
    ),
    notIndicated: L(
      'The disease is not confined to the posterior elements and there is no compression to decompress.',
      '病变并非仅累及后侧附件，也无需减压的压迫。',
      '病変は後方要素に限局せず、除圧を要する圧迫もない。',
    ),
    fixation: L(
      'Avoid posterior laminectomy alone without fixation: it worsens spinal instability.',
      '应避免单纯后路椎板减压术，防止加重脊柱不稳定。',
      '固定を伴わない後方椎弓切除単独は脊椎の不安定性を悪化させるため避ける。',
    ),
  },
  palliative: {
    criteria: {
      refractory: L('destruction or pain progressing despite conservative treatment', '保守治疗后骨破坏和/或疼痛仍持续加重', '保存的治療後も骨破壊・疼痛が増悪'),
      fracture: L('pathological fracture', '已出现病理性骨折', '病的骨折'),
      motor: L('motor function not recovering after conservative treatment', '保守治疗后运动功能仍无法恢复', '保存的治療後も運動機能が回復しない'),
      compression: L('nerve compression', '出现神经压迫症状', '神経圧迫症状'),
      instability: L('spinal instability with paraplegia risk (SINS ≥ 13)', '脊柱不稳定、易发生截瘫（SINS ≥ 13）', '対麻痺の危険を伴う脊椎不安定性（SINS ≥ 13）'),
      insensitive: L('insensitive to both radiotherapy and chemotherapy', '对放、化疗均不敏感', '放射線治療・化学療法とも感受性なし'),
    },
    met: L(
      'Surgical intervention is advised: {criteria}.',
      '建议采取外科治疗干预：{criteria}。',
      '外科的介入を勧める：{criteria}。',
    ),
    unconfirmed: L(
      'The bone metastasis is not yet confirmed: confirm it first unless a progressing deficit calls for direct decompression.',
      '骨转移尚未确诊：除神经症状进行性加重需直接减压外，应先明确诊断。',
      '骨転移が未確定：神経症状の進行で直ちに除圧が必要な場合を除き、まず診断を確定する。',
    ),
    unknown: L(
      'None of the 004 §4.5.3 criteria is met yet; still to establish: {criteria}.',
      '尚未满足 004 §4.5.3 的任一手术时机指征；待确认：{criteria}。',
      '004 §4.5.3 の手術適応はまだ満たされない。確認が必要：{criteria}。',
    ),
    none: L(
      'None of the 004 §4.5.3 criteria is met: no surgical indication now.',
      '不符合 004 §4.5.3 的任一手术时机指征：目前无手术指征。',
      '004 §4.5.3 の手術適応をいずれも満たさない：現時点で手術適応なし。',
    ),
    noneButIndeterminate: L(
      'None of the 004 §4.5.3 criteria is met, but the spine is potentially unstable (SINS 7–12): see the surgical consultation.',
      '不符合 004 §4.5.3 的任一手术时机指征，但脊柱可能不稳定（SINS 7~12）：需外科会诊讨论。',
      '004 §4.5.3 の手術適応は満たさないが、脊椎は潜在的に不安定（SINS 7~12）：外科的評価を参照。',
    ),
    unstable: L(
      'SINS {sins} at {level} (13–18, unstable): surgery to restore spinal stability.',
      '{level} SINS {sins} 分（13~18 分，不稳定）：需手术恢复脊柱稳定。',
      '{level} SINS {sins} 点（13~18 点、不安定）：脊椎の安定性を再建する手術を行う。',
    ),
    potentiallyUnstable: L(
      'SINS {sins} at {level} (7–12, potentially unstable): discuss surgery with the spine surgeon; the decision rests on the surgeon’s judgement.',
      '{level} SINS {sins} 分（7~12 分，潜在不稳定）：需进一步讨论是否手术，主要取决于医师经验判断。',
      '{level} SINS {sins} 点（7~12 点、潜在的不安定）：手術の要否を脊椎外科医と検討する（医師の経験的判断による）。',
    ),
    sinsTreatedLevel: L(
      'This level was operated on or irradiated before, where SINS is not valid.',
      '该节段既往已手术或放疗，SINS 评分在此无法准确评估。',
      'この椎体は手術または照射済みであり、SINS は評価できない。',
    ),
    progressiveDeficit: L(
      'Neurological deficit progressing (Frankel {frankel}): decompress directly.',
      '神经症状进行性加重（Frankel {frankel} 级）：应直接手术减压。',
      '神経症状が進行している（Frankel {frankel}）：直ちに除圧術を行う。',
    ),
    impendingFracture: L(
      'Impending pathological fracture ({lesions}): surgery is used for complete or impending pathological fracture.',
      '存在病理性骨折倾向（{lesions}）：骨转移手术主要用于完全性病理性骨折或有病理性骨折倾向的病变。',
      '切迫骨折（{lesions}）：骨転移の手術は完全な病的骨折または切迫骨折に用いられる。',
    ),
    rec11: L(
      'Lung cancer responding to systemic therapy with a solitary bone metastasis involving the spine: surgery may be done after full surgical assessment.',
      '肺癌全身治疗有效、但有孤立性骨转移病灶且有脊柱受累：可在外科充分评估的情况下进行外科干预。',
      '全身療法が奏効している肺癌で、脊椎に及ぶ孤立性骨転移：外科的に十分評価したうえで手術を行ってもよい。',
    ),
  },
  pelvis: {
    intro: L(
      'Pelvic metastasis: surgery is mainly palliative — remove the tumour and reconstruct with PMMA bone cement.',
      '骨盆转移：以姑息性治疗为主，多选择去除肿瘤转移灶后用 PMMA 骨水泥成形。',
      '骨盤転移：主に姑息的治療。腫瘍を切除し PMMA 骨セメントで再建する。',
    ),
    acetabulumSpared: L(
      'Acetabulum not involved: reinforce the load-bearing zones with an implant or bone cement.',
      '尚未累及髋臼：可选择植入物或骨水泥强化应力传导区。',
      '寛骨臼に及ばない：荷重伝達部をインプラントまたは骨セメントで補強する。',
    ),
    acetabulum: L(
      'Acetabulum involved: consider total hip arthroplasty.',
      '累及髋臼：可考虑行全髋关节置换术。',
      '寛骨臼に及ぶ：人工股関節全置換術を考慮する。',
    ),
    pubisIschium: L(
      'Pubis or ischium (not load-bearing): simple resection.',
      '病变位于耻骨、坐骨等非应力传导区：可行单纯切除术。',
      '恥骨・坐骨（非荷重部）：単純切除。',
    ),
    acetabulumUnknown: L(
      'Iliac lesion: whether the acetabulum is involved decides between reinforcement and total hip arthroplasty.',
      '髂骨病灶：是否累及髋臼决定行强化还是全髋关节置换术。',
      '腸骨病変：寛骨臼に及ぶかどうかで補強か人工股関節全置換術かが決まる。',
    ),
  },
  hold: {
    intro: L(
      'Targeted agents impair tissue blood supply and delay wound healing: stop them before surgery.',
      '分子靶向药物影响组织血供、推迟手术切口愈合：术前应停药。',
      '分子標的薬は組織血流を障害し創傷治癒を遅らせる：術前に休薬する。',
    ),
    dated: L(
      '{agent}: hold {days} days after the last dose ({last}) — surgery from {until}.',
      '{agent}：末次给药（{last}）后停药 {days} 天，{until} 起可手术。',
      '{agent}：最終投与（{last}）から {days} 日休薬し、{until} 以降に手術可能。',
    ),
    undated: L(
      '{agent}: hold {days} days after the last dose; the last-dose date is needed to date the surgery.',
      '{agent}：末次给药后停药 {days} 天；需末次给药日期以确定手术日期。',
      '{agent}：最終投与から {days} 日休薬。手術日の算出には最終投与日が必要。',
    ),
    unknownClass: L(
      '{agent}: the consensus gives no hold interval for this class — agree it with the prescriber from the drug’s half-life and nature; no date is computed.',
      '{agent}：共识未给出此类药物的停药时间，需与处方医师根据药物半衰期及性质确定；未计算日期。',
      '{agent}：このクラスの休薬期間はコンセンサスに記載がない。薬剤の半減期と性質に基づき処方医と決める。日付は算出しない。',
    ),
  },
  embolisation: {
    advised: {
      histology: L(
        'Hypervascular primary ({histology}): pre-operative arterial embolisation reduces intra-operative bleeding and transfusion.',
        '富血供肿瘤（{histology}）：术前动脉栓塞可显著减少术中出血量及输血量。',
        '多血性腫瘍（{histology}）：術前動脈塞栓術で術中出血量と輸血量が減少する。',
      ),
      imaging: L(
        'Hypervascular lesion on imaging (DSA, CT-DSA): pre-operative arterial embolisation, even for a usually hypovascular primary.',
        '影像学（DSA、CT-DSA）提示转移灶富血供：即使原发为乏血供肿瘤也可行术前动脉栓塞。',
        '画像（DSA、CT-DSA）で多血性の病変：通常は乏血性の原発巣でも術前動脈塞栓術を行いうる。',
      ),
    },
    timing: L(
      'Embolise on the day of surgery if possible; operate within 24 h and never later than 48 h. Do not embolise a vessel that shares its trunk with a hairpin anterior spinal artery on selective DSA.',
      '手术当天栓塞效果优于术前 1 天，应尽量在栓塞后 24 h 内手术，最迟不晚于 48 h。选择性 DSA 显示“发卡状”脊髓前动脉与拟栓塞血管共干时禁忌栓塞。',
      '塞栓は可能なら手術当日に行い、24 時間以内、遅くとも 48 時間以内に手術する。選択的 DSA でヘアピン状の前脊髄動脈が塞栓予定血管と共通幹をなす場合は塞栓禁忌。',
    ),
    hairpin: L(
      'Selective DSA shows a hairpin anterior spinal artery sharing the trunk of the target vessel: embolisation is contraindicated; plan for blood loss without it.',
      '选择性 DSA 显示“发卡状”脊髓前动脉且与拟栓塞椎体血管共干：禁忌栓塞，需在无栓塞条件下做好出血准备。',
      '選択的 DSA でヘアピン状の前脊髄動脈が塞栓予定の血管と共通幹をなす：塞栓は禁忌。塞栓なしでの出血に備える。',
    ),
  },
  rt: {
    afterRadiotherapy: L(
      'Radiotherapy ended {date}: more than 2 weeks must separate it from surgery — operate from {from}.',
      '放疗结束于 {date}：手术与放疗间隔应大于 2 周，{from} 起可手术。',
      '放射線治療終了 {date}：手術まで 2 週を超える間隔が必要。{from} 以降に手術。',
    ),
    radiotherapyNearby: L(
      'Radiotherapy to {levels} ended {date}, not at the lesion levels: 002 §3.7 does not name the site of its 2-week interval — confirm its field is away from the wound.',
      '{levels} 放疗结束于 {date}，不在病灶节段：002 §3.7 的 2 周间隔未指明部位，请确认照射野不在切口范围内。',
      '{levels} への放射線治療は {date} に終了し、病変の椎体ではない：002 §3.7 の 2 週の間隔は部位を示していない。照射野が創部から離れていることを確認する。',
    ),
    noPreoperative: L(
      'Pathological or impending fracture: no pre-operative radiotherapy (it also raises wound complications).',
      '已出现病理性骨折或濒临骨折：不建议术前放疗（术前放疗也会增加切口并发症）。',
      '病的骨折または切迫骨折：術前照射は勧めない（創合併症も増える）。',
    ),
    postoperative: L(
      'Post-operative radiotherapy once the wound has healed or 2 weeks after the operation.',
      '术后放疗应在伤口愈合或间隔 2 周后进行。',
      '術後照射は創傷治癒後または術後 2 週以降に行う。',
    ),
    ssrs: L(
      'Separation surgery must be followed by SSRS within 3–5 weeks, otherwise it loses its purpose.',
      '分离手术后的定向放射治疗必须在术后 3~5 周内进行，否则失去意义。',
      '分離手術後の定位放射線治療は術後 3~5 週以内に必ず行う。さもなければ意味を失う。',
    ),
  },
  vte: {
    combined: L(
      'Peri-operative DVT in spinal metastasis surgery 14.1 %, 8 % already before surgery: combined VTE prophylaxis unless there is a bleeding risk.',
      '脊柱转移性肿瘤患者围手术期 DVT 发生率为 14.1%，8% 的患者术前即已发生：在无出血风险的情况下应采用联合的 VTE 预防措施。',
      '脊椎転移手術の周術期 DVT は 14.1%、8% は術前から発生：出血リスクがなければ複合的な VTE 予防を行う。',
    ),
    bleedingRisk: L(
      'Peri-operative DVT 14.1 % (8 % before surgery), but there is a bleeding risk: the consensus advises combined VTE prophylaxis only without one — decide the prophylaxis individually.',
      '围手术期 DVT 发生率 14.1%（术前 8%），但存在出血风险：共识仅在无出血风险时建议联合 VTE 预防，需个体化决定预防措施。',
      '周術期 DVT は 14.1%（術前 8%）だが出血リスクあり：コンセンサスは出血リスクがない場合にのみ複合的 VTE 予防を勧めており、予防法は個別に決める。',
    ),
  },
  ssi: {
    factors: {
      malnutrition: L('malnutrition', '营养不良', '低栄養'),
      chemotherapy: L('chemotherapy exposure', '化疗暴露', '化学療法歴'),
      radiotherapy: L('radiotherapy exposure', '放疗暴露', '放射線治療歴'),
      smoking: L('smoking', '吸烟', '喫煙'),
      obesity: L('obesity', '肥胖', '肥満'),
      comorbidity: L('medical comorbidity', '内科合并症', '内科的合併症'),
    },
    present: L(
      'Surgical-site infection in spinal metastasis surgery reaches 30 %; risk factors present: {factors}.',
      '脊柱转移性肿瘤手术 SSI 发生率高达 30%；存在的危险因素：{factors}。',
      '脊椎転移手術の手術部位感染（SSI）は最大 30%。該当する危険因子：{factors}。',
    ),
    noneRecorded: L(
      'Surgical-site infection in spinal metastasis surgery reaches 30 %; no risk factor (malnutrition, chemo- or radiotherapy, smoking, obesity, comorbidity) recorded.',
      '脊柱转移性肿瘤手术 SSI 发生率高达 30%；未记录危险因素（营养不良、放化疗、吸烟、肥胖、内科合并症）。',
      '脊椎転移手術の SSI は最大 30%。危険因子（低栄養、化学・放射線治療、喫煙、肥満、内科的合併症）の記録なし。',
    ),
    prevention: L(
      'Give enough nutritional support around the operation and leave enough time between radiotherapy and surgery.',
      '围手术期应提供足够的营养支持，并确保放疗和手术之间有足够的时间间隔。',
      '周術期に十分な栄養サポートを行い、放射線治療と手術の間隔を十分にとる。',
    ),
  },
  dates: {
    hold: L(
      '{agent}: last dose {last}, hold {days} days — surgery from {until} (002 §1.5).',
      '{agent}：末次给药 {last}，停药 {days} 天，{until} 起可手术（002 §1.5）。',
      '{agent}：最終投与 {last}、{days} 日休薬、{until} 以降に手術可能（002 §1.5）。',
    ),
    holdNoLastDose: L(
      '{agent}: hold {days} days after the last dose, but the last-dose date is missing — the earliest surgery date does not include this hold (002 §1.5).',
      '{agent}：末次给药后需停药 {days} 天，但缺少末次给药日期，最早手术日期未计入此停药期（002 §1.5）。',
      '{agent}：最終投与から {days} 日休薬が必要だが最終投与日が未入力のため、最早手術日にこの休薬期間は含まれていない（002 §1.5）。',
    ),
    holdUnknownClass: L(
      '{agent}: no hold interval in 002 §1.5 for this class — agree it with the prescriber; the earliest surgery date does not include it.',
      '{agent}：002 §1.5 未给出此类药物的停药时间，需与处方医师确定；最早手术日期未计入。',
      '{agent}：このクラスの休薬期間は 002 §1.5 に記載がない。処方医と決める。最早手術日には含まれていない。',
    ),
    earliestProvisional: L(
      'The earliest surgery date is provisional: at least one targeted-therapy hold could not be dated.',
      '最早手术日期为暂定：至少有一项靶向药物停药期无法确定日期。',
      '最早手術日は暫定：少なくとも 1 つの分子標的薬の休薬期間が日付を算出できない。',
    ),
    afterRadiotherapy: L(
      'Radiotherapy ended {date}: surgery from {from} (interval more than 2 weeks, 002 §3.7).',
      '放疗结束于 {date}：{from} 起可手术（间隔大于 2 周，002 §3.7）。',
      '放射線治療終了 {date}：{from} 以降に手術（2 週を超える間隔、002 §3.7）。',
    ),
    urgentDecompression: L(
      'Progressing neurological deficit: decompress without waiting for the drug hold or the radiotherapy interval (002 §1.4: “对于神经症状进行性加重的患者，则应直接手术减压”); the hold (§1.5, an empirical interval) and the interval (§3.7) are risks for the surgeon to weigh.',
      '神经症状进行性加重：不等待停药期或放疗间隔，直接手术减压（002 §1.4：“对于神经症状进行性加重的患者，则应直接手术减压”）；停药期（§1.5，依据临床经验）与放疗间隔（§3.7）作为风险由术者权衡。',
      '神経症状の進行：休薬期間や放射線治療との間隔を待たずに減圧術を行う（002 §1.4：「对于神经症状进行性加重的患者，则应直接手术减压」）。休薬（§1.5、経験的な期間）と間隔（§3.7）は術者が考慮するリスクとする。',
    ),
    radiotherapyNearby: L(
      'Radiotherapy to {levels} ended {date}, not at the levels to be operated: 002 §3.7 (more than 2 weeks between radiotherapy and surgery) does not name the site — confirm its field is away from the wound.',
      '{levels} 放疗结束于 {date}，不在拟手术节段：002 §3.7（放疗与手术间隔应大于 2 周）未指明部位，请确认照射野不在切口范围内。',
      '{levels} への放射線治療は {date} に終了し、手術予定の椎体ではない：002 §3.7（放射線治療と手術の間隔は 2 週を超える）は部位を示していない。照射野が創部から離れていることを確認する。',
    ),
    noDecisionDate: L(
      'No decision date: the earliest surgery date cannot be computed.',
      '缺少决策日期：无法计算最早手术日期。',
      '決定日が未入力：最早手術日を算出できない。',
    ),
    embolisation: L(
      'Hypervascular tumour: embolise on {embolise} (the day of surgery if possible) and operate by {by} at the latest (within 24 h, never after 48 h; 002 §1.6).',
      '富血供肿瘤：{embolise} 栓塞（尽量手术当天），最迟于 {by} 前手术（24 h 内，最迟不晚于 48 h；002 §1.6）。',
      '多血性腫瘍：{embolise} に塞栓（可能なら手術当日）、遅くとも {by} までに手術（24 時間以内、48 時間を超えない；002 §1.6）。',
    ),
    embolisationUndated: L(
      'Hypervascular tumour: embolise on the day of surgery and operate within 24 h (never after 48 h); no date without the earliest surgery date (002 §1.6).',
      '富血供肿瘤：手术当天栓塞，24 h 内手术（最迟 48 h）；无最早手术日期，无法给出日期（002 §1.6）。',
      '多血性腫瘍：手術当日に塞栓し 24 時間以内（遅くとも 48 時間）に手術。最早手術日がないため日付は算出しない（002 §1.6）。',
    ),
    embolisationContraindicated: L(
      'Hairpin anterior spinal artery sharing the trunk of the target vessel: no embolisation (002 §1.6).',
      '“发卡状”脊髓前动脉与拟栓塞血管共干：禁忌栓塞（002 §1.6）。',
      'ヘアピン状の前脊髄動脈が塞栓予定血管と共通幹：塞栓は禁忌（002 §1.6）。',
    ),
    ssrsWindow: L(
      'SSRS after the separation surgery between {from} and {to} (day 14 once the wound has healed, to day 35; 002 §3.7).',
      '分离手术后定向放疗时间窗：{from} 至 {to}（伤口愈合且满 2 周起至术后第 35 天；002 §3.7）。',
      '分離手術後の定位放射線治療：{from}〜{to}（創傷治癒かつ 14 日目から 35 日目まで；002 §3.7）。',
    ),
    ssrsWindowPassed: L(
      'The SSRS window closed {days} days before the decision date: SSRS after it loses its purpose (002 §3.7).',
      '定向放疗时间窗已于决策日期前 {days} 天结束：此后放疗失去意义（002 §3.7）。',
      '定位放射線治療の期間は決定日の {days} 日前に終了している：以後の照射は意味を失う（002 §3.7）。',
    ),
    postoperativeRadiotherapy: L(
      'Post-operative radiotherapy from {from} (wound healed or 2 weeks after the operation; 002 §3.7).',
      '术后放疗自 {from} 起（伤口愈合或间隔 2 周后；002 §3.7）。',
      '術後照射は {from} 以降（創傷治癒後または術後 2 週以降；002 §3.7）。',
    ),
  },
  why: {
    tomita: L('the Tomita score decides excision, palliative surgery or supportive care (002 §2.1)', 'Tomita 评分决定切除、姑息手术或支持治疗（002 §2.1）', 'Tomita スコアで切除・姑息的手術・支持療法が決まる（002 §2.1）'),
    tokuhashi: L('the revised Tokuhashi score estimates survival and selects active surgery (002 §2.2)', '修订版 Tokuhashi 评分预测生存期并筛选积极手术的患者（002 §2.2）', '改訂 Tokuhashi スコアで生存期間を予測し積極的手術の適否を判断する（002 §2.2）'),
    kps: L('"good general condition" is a TES criterion (002 §3.1)', '“全身一般情况良好”是 TES 适应证之一（002 §3.1）', '「全身状態良好」は TES の適応基準（002 §3.1）'),
    lifeExpectancy: L('TES needs a life expectancy over 6 months (002 §3.1)', 'TES 要求预期寿命 > 6 个月（002 §3.1）', 'TES には 6 か月を超える予測余命が必要（002 §3.1）'),
    spinalCount: L('TES is for a solitary spinal metastasis (002 §3.1)', 'TES 适用于孤立性脊柱转移（002 §3.1）', 'TES は孤立性脊椎転移が対象（002 §3.1）'),
    primaryControlled: L('TES needs a primary tumour controlled by treatment (002 §3.1)', 'TES 要求原发肿瘤治疗有效（002 §3.1）', 'TES には治療で制御された原発巣が必要（002 §3.1）'),
    tomitaType: L('the Tomita type (parts of the vertebra involved) decides TES (002 §3.1)', 'Tomita 分型（椎骨受累部位）决定是否行 TES（002 §3.1）', '富田分類（椎骨の病変部位）で TES の適否が決まる（002 §3.1）'),
    wbb: L('WBB zones decide the resection route (002 §3.1, §3.3)', 'WBB 分区决定切除方式（002 §3.1、§3.3）', 'WBB 区域で切除法が決まる（002 §3.1、§3.3）'),
    spinalLesion: L('a spinal operation is decided on the lesion: level, ESCC, WBB zones, SINS', '脊柱手术取决于病灶：节段、ESCC、WBB 分区、SINS', '脊椎手術は病変（高位、ESCC、WBB 区域、SINS）で決まる'),
    escc: L('the ESCC grade decides separation surgery (002 §2.4, §3.2)', 'ESCC 分级决定是否行分离手术（002 §2.4、§3.2）', 'ESCC グレードで分離手術の適否が決まる（002 §2.4、§3.2）'),
    radiosensitivity: L('separation surgery is for radioresistant tumours (002 §1.3, §3.2)', '分离手术适用于放疗不敏感肿瘤（002 §1.3、§3.2）', '分離手術は放射線抵抗性腫瘍が対象（002 §1.3、§3.2）'),
    neurology: L('neurological status decides decompression (002 §1.4, 004 §4.5.3)', '神经功能状态决定是否减压（002 §1.4、004 §4.5.3）', '神経学的状態で除圧の要否が決まる（002 §1.4、004 §4.5.3）'),
    refractory: L('pain or destruction progressing despite conservative treatment indicates surgery (004 §4.5.3)', '保守治疗后疼痛或骨破坏持续加重为手术指征（004 §4.5.3）', '保存的治療後も疼痛・骨破壊が増悪すれば手術適応（004 §4.5.3）'),
    fracture: L('a pathological fracture indicates surgery (004 §4.5.3)', '病理性骨折为手术指征（004 §4.5.3）', '病的骨折は手術適応（004 §4.5.3）'),
    motorRecovering: L('motor function not recovering after conservative treatment indicates surgery (004 §4.5.3)', '保守治疗后运动功能无法恢复为手术指征（004 §4.5.3）', '保存的治療後も運動機能が回復しなければ手術適応（004 §4.5.3）'),
    radicular: L('nerve compression indicates surgery (004 §4.5.3)', '神经压迫症状为手术指征（004 §4.5.3）', '神経圧迫症状は手術適応（004 §4.5.3）'),
    sins: L('SINS measures instability, a surgical indication (002 §2.3, 004 §4.5.3)', 'SINS 评估脊柱稳定性，不稳定为手术指征（002 §2.3、004 §4.5.3）', 'SINS は不安定性を評価し、不安定は手術適応（002 §2.3、004 §4.5.3）'),
    chemotherapy: L('a lesion insensitive to both RT and chemotherapy indicates surgery (004 §4.5.3)', '病灶对放、化疗均不敏感为手术指征（004 §4.5.3）', '放射線・化学療法とも感受性がない病変は手術適応（004 §4.5.3）'),
    confirmed: L('surgery presumes a confirmed bone metastasis (004 §4.5.3)', '手术以确诊骨转移为前提（004 §4.5.3）', '手術は骨転移の確定が前提（004 §4.5.3）'),
    acetabulum: L('acetabular involvement decides reinforcement vs total hip arthroplasty (004 §4.5.4.3)', '是否累及髋臼决定强化还是全髋关节置换（004 §4.5.4.3）', '寛骨臼浸潤の有無で補強か人工股関節全置換術かが決まる（004 §4.5.4.3）'),
    lastDose: L('the last dose of {agent} dates the pre-operative hold (002 §1.5)', '{agent} 的末次给药日期决定术前停药期（002 §1.5）', '{agent} の最終投与日で術前休薬期間が決まる（002 §1.5）'),
    decisionDate: L('the earliest surgery date counts from the decision date', '最早手术日期自决策日期起算', '最早手術日は決定日から算出する'),
    bleedingRisk: L('combined VTE prophylaxis is advised only without a bleeding risk (002 §3.6)', '仅在无出血风险时建议联合 VTE 预防（002 §3.6）', '複合的 VTE 予防は出血リスクがない場合に限り勧められる（002 §3.6）'),
  },
});
