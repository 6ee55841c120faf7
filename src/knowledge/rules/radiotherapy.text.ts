import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

/** Texts of the EBRT and SBRT rules and of the radiotherapy plan (src/knowledge/rules/radiotherapy.ts). */
export const radiotherapyText = defineTexts('radiotherapy', {
  separator: L(', ', '、', '、'),
  levelsNotGiven: L('levels not given', '节段未注明', '椎体未記載'),
  radiosensitivity: {
    sensitive: L(
      'Conventional radiosensitivity: {histology} is radiosensitive ({basis}).',
      '传统放疗敏感性：{histology}对放疗敏感（{basis}）。',
      '従来の放射線感受性：{histology}は放射線感受性が高い（{basis}）。',
    ),
    insensitive: L(
      'Conventional radiosensitivity: {histology} is radioresistant ({basis}).',
      '传统放疗敏感性：{histology}对放疗不敏感（{basis}）。',
      '従来の放射線感受性：{histology}は放射線抵抗性である（{basis}）。',
    ),
    unknown: L(
      'The sources do not classify the radiosensitivity of {histology}: the clinician must say whether it is radiosensitive, since that decides between conventional EBRT and SRS or separation surgery + SRS.',
      '资料未界定{histology}的放疗敏感性：需由临床医师判断其是否对放疗敏感，因为这决定选择常规外照射，还是 SRS 或分离手术加 SRS。',
      '資料は{histology}の放射線感受性を分類していない：通常外照射か、SRS または分離手術＋SRS かを決めるため、放射線感受性の有無を臨床医が判断する必要がある。',
    ),
    noHistology: L('this primary', '该原发肿瘤', 'この原発腫瘍'),
    basis: {
      clinician: L('clinician’s assessment', '临床医师判断', '臨床医の判断'),
      noms: L('public NOMS literature', '公开的 NOMS 文献', '公開されている NOMS の文献'),
    },
  },
  rec10: {
    because: L(
      'Refractory pain, pathological fracture or cord compression ({conditions}): local external-beam radiotherapy, particularly SBRT, is the first choice when systemic therapy has not improved them (004 rec 10).',
      '存在顽固性骨痛、病理性骨折或脊髓压迫（{conditions}）：经全身治疗后仍无法改善者，局部体外放射治疗，特别是 SBRT 应作为首选治疗（004 推荐 10）。',
      '難治性骨痛、病的骨折または脊髄圧迫あり（{conditions}）：全身療法後も改善しない場合、局所外照射、特に SBRT を第一選択とする（004 推奨 10）。',
    ),
    extrapolated: L(
      '004 grades this recommendation for lung cancer; it is applied here to {histology} by extension.',
      '该推荐的分级针对肺癌；此处外推用于{histology}。',
      'この推奨の格付けは肺癌を対象としている。ここでは{histology}に外挿して適用する。',
    ),
    refractoryPain: L('refractory bone pain', '顽固性骨痛', '難治性骨痛'),
    fracture: L('pathological fracture ({levels})', '病理性骨折（{levels}）', '病的骨折（{levels}）'),
    cordCompression: L('spinal cord compression', '脊髓压迫', '脊髄圧迫'),
  },
  uncomplicatedPain: {
    relief: L(
      'Painful bone metastasis without pathological fracture or cord compression: external-beam radiotherapy is the standard treatment; 50–80 % of patients get pain relief and up to 1/3 complete relief.',
      '骨转移疼痛，无病理性骨折或脊髓压迫：外照射是单纯性骨转移的标准治疗，可使 50%~80% 的患者疼痛缓解，多达 1/3 的患者疼痛完全缓解。',
      '病的骨折や脊髄圧迫を伴わない有痛性骨転移：外照射は単純性骨転移の標準治療であり、50~80% の患者で疼痛が緩和し、最大 1/3 で完全緩解が得られる。',
    ),
    singleFraction: L(
      'For uncomplicated bone metastasis a single 8 Gy fraction relieves pain as well as fractionated schedules (ASTRO, ESMO) and is more convenient and cost-effective, even though some patients need re-treatment.',
      '对于单纯骨转移，单次 8 Gy 方案与分割方案的疼痛缓解效果相同（ASTRO、ESMO），且可能更方便、性价比更高，即便有的患者需要再次外照射治疗。',
      '単純性骨転移では、8 Gy 単回照射は分割照射と同等の疼痛緩和効果をもち（ASTRO、ESMO）、より簡便で費用対効果も高い。ただし再照射を要する患者もいる。',
    ),
  },
  painType: {
    local: L(
      'Local pain from tumour growth in the bone: radiotherapy shrinks the tumour and relieves this kind of pain effectively.',
      '局限性疼痛（肿瘤在骨内生长所致）：放疗可缩小肿瘤体积，因此对减轻此类疼痛较为有效。',
      '局所性疼痛（骨内での腫瘍増大による）：放射線治療は腫瘍を縮小させ、この種の疼痛の軽減に有効である。',
    ),
    mechanical: L(
      'Mechanical pain: the vertebra cannot bear physiological load and needs vertebral augmentation or internal fixation; radiotherapy alone does not treat it and follows the augmentation.',
      '机械性疼痛：受损椎体无法承受生理上的机械负荷，需行椎体强化或手术内固定治疗；单纯放疗不能解决，应在椎体强化后再行放疗。',
      '機械的疼痛：罹患椎体が生理的荷重に耐えられず、椎体補強術または内固定術が必要である。放射線治療単独では改善せず、補強後に照射する。',
    ),
    radicular: L(
      'Radicular pain from nerve compression: it mostly eases once the tumour volume and the compression are reduced, which radiotherapy can achieve.',
      '神经根性疼痛：有效减少肿瘤体积、减轻神经压迫后，疼痛多可缓解，放疗可缩小肿瘤体积。',
      '神経根性疼痛：腫瘍量を減らし神経圧迫を軽減すれば多くは緩和し、放射線治療で腫瘍の縮小が期待できる。',
    ),
  },
  noms: {
    ebrtSensitive: L(
      'NOMS: {histology} is radiosensitive — conventional EBRT treats {levels} whatever the ESCC grade (separation surgery is contraindicated for radiosensitive tumours).',
      'NOMS：{histology}对放疗敏感——无论 ESCC 分级，{levels} 均以常规外照射治疗（放疗敏感的肿瘤是分离手术的禁忌证）。',
      'NOMS：{histology}は放射線感受性が高い — ESCC グレードにかかわらず {levels} は通常外照射で治療する（放射線感受性腫瘍は分離手術の禁忌）。',
    ),
    ebrtResistantLow: L(
      'NOMS: radioresistant tumour with low-grade ESCC at {levels}: stereotactic radiosurgery (SRS) gives durable local control; conventional EBRT remains a palliative option.',
      'NOMS：放疗不敏感肿瘤，{levels} 为低级别 ESCC：立体定向放射外科（SRS）可获得持久的局部控制；常规外照射仍可作为姑息选择。',
      'NOMS：放射線抵抗性腫瘍で {levels} は低グレード ESCC：定位放射線手術（SRS）で持続的な局所制御が得られる。通常外照射は緩和的選択肢にとどまる。',
    ),
    ebrtResistantAbutment: L(
      'NOMS: radioresistant tumour with ESCC 1c at {levels}: whether cord abutment counts as low or high grade is debated — SRS, or separation surgery followed by SRS; conventional EBRT alone controls a radioresistant tumour poorly.',
      'NOMS：放疗不敏感肿瘤，{levels} 为 ESCC 1c 级：接触脊髓归属低或高级别存在争议——选择 SRS，或分离手术后行 SRS；单纯常规外照射对放疗不敏感肿瘤的局部控制较差。',
      'NOMS：放射線抵抗性腫瘍で {levels} は ESCC 1c：脊髄接触を低／高グレードのどちらとみなすかは議論がある — SRS、または分離手術後に SRS を行う。通常外照射単独では放射線抵抗性腫瘍の局所制御は不良である。',
    ),
    resistantLead: L(
      'NOMS: radioresistant tumour with epidural disease at {levels}: conventional EBRT alone controls it poorly.',
      'NOMS：放疗不敏感肿瘤，{levels} 有硬膜外病变：单纯常规外照射局部控制较差。',
      'NOMS：放射線抵抗性腫瘍で {levels} に硬膜外病変：通常外照射単独では局所制御は不良である。',
    ),
    ebrtResistantHigh: L(
      'NOMS: radioresistant tumour with high-grade ESCC at {levels}: conventional EBRT alone is not the treatment — separation surgery followed by stereotactic radiotherapy is.',
      'NOMS：放疗不敏感肿瘤，{levels} 为高级别 ESCC：不宜单纯常规外照射——应行分离手术，术后配合立体定向放疗。',
      'NOMS：放射線抵抗性腫瘍で {levels} は高グレード ESCC：通常外照射単独は適さない — 分離手術とその後の定位放射線治療を行う。',
    ),
    sbrtSensitive: L(
      'NOMS: {histology} is radiosensitive — conventional EBRT is enough for {levels}; SBRT is not needed to overcome radioresistance (it keeps its place for re-irradiation and small-volume oligometastases).',
      'NOMS：{histology}对放疗敏感——{levels} 常规外照射即可；无需为克服放疗抵抗而行 SBRT（SBRT 仍适用于再程放疗和小体积骨寡转移）。',
      'NOMS：{histology}は放射線感受性が高い — {levels} は通常外照射で十分であり、放射線抵抗性を克服するための SBRT は不要である（再照射や小体積の骨オリゴ転移では SBRT の適応が残る）。',
    ),
    sbrtResistantLow: L(
      'NOMS: radioresistant tumour with low-grade ESCC at {levels}: stereotactic radiosurgery (SRS) is the radiotherapy of choice.',
      'NOMS：放疗不敏感肿瘤，{levels} 为低级别 ESCC：首选立体定向放射外科（SRS）。',
      'NOMS：放射線抵抗性腫瘍で {levels} は低グレード ESCC：定位放射線手術（SRS）が第一選択の放射線治療である。',
    ),
    sbrtResistantAbutment: L(
      'NOMS: radioresistant tumour with ESCC 1c at {levels} (low vs high grade debated): SRS directly, or separation surgery first when the gap to the cord is too small.',
      'NOMS：放疗不敏感肿瘤，{levels} 为 ESCC 1c 级（高低级别归属有争议）：直接行 SRS，或在肿瘤与脊髓间距不足时先行分离手术。',
      'NOMS：放射線抵抗性腫瘍で {levels} は ESCC 1c（低／高グレードの扱いに議論あり）：直接 SRS を行うか、脊髄との距離が不十分なら先に分離手術を行う。',
    ),
    needsEscc: L(
      'Radioresistant tumour: the ESCC grade of {levels} decides between radiotherapy alone and separation surgery + SRS.',
      '放疗不敏感肿瘤：{levels} 的 ESCC 分级决定单纯放疗还是分离手术加 SRS。',
      '放射線抵抗性腫瘍：{levels} の ESCC グレードにより放射線治療単独か分離手術＋SRS かが決まる。',
    ),
  },
  noSeparationHypervascular: L(
    'Separation surgery is contraindicated for a hypervascular tumour (002 §3.2, {histology}): it is not the partner here — weigh radiotherapy (004 rec 10) and decompression with stabilisation after pre-operative embolisation (002 §1.6, §3.3) at the tumour board.',
    '富血供肿瘤（{histology}）禁忌分离手术（002 §3.2）：此处不能以其为配合——应在 MDT 中权衡放疗（004 推荐 10）与术前栓塞后的减压固定（002 §1.6、§3.3）。',
    '富血性腫瘍（{histology}）では分離手術は禁忌（002 §3.2）：ここでは併用相手にならない — 放射線治療（004 推奨 10）と術前塞栓後の除圧・固定（002 §1.6、§3.3）をキャンサーボードで検討する。',
  ),
  sbrtHighGrade: L(
    'High-grade ESCC at {levels}: SSRS needs a gap between tumour and cord — separation surgery first (2–3 mm circumferential decompression), then stereotactic radiotherapy within 3–5 weeks.',
    '{levels} 为高级别 ESCC：SSRS 的前提是肿瘤与脊髓之间存在一定的空间距离——先行分离手术（环形切除硬脊膜周围 2~3 mm 的肿瘤），术后 3~5 周内行立体定向放疗。',
    '{levels} は高グレード ESCC：SSRS には腫瘍と脊髄の間に距離が必要 — まず分離手術（硬膜周囲 2~3 mm の全周性切除）を行い、術後 3~5 週以内に定位放射線治療を行う。',
  ),
  overridesRadiosensitivity: L(
    'SSRS can disregard conventional radiosensitivity: {histology} resists conventional radiotherapy, yet SSRS controls it; where the tumour reaches the cord, separating the two (separation surgery) is the prerequisite.',
    '采用 SSRS 可以无视传统意义上的放疗敏感性：{histology}对常规放疗不敏感，但 SSRS 仍能控制；肿瘤累及脊髓周围时，通过分离手术将肿瘤与脊髓分开是 SSRS 的重要前提。',
    'SSRS は従来の放射線感受性にとらわれない：{histology}は通常照射に抵抗性だが SSRS で制御できる。腫瘍が脊髄に及ぶ場合は、分離手術で両者を離すことが前提となる。',
  ),
  escc0: L(
    'ESCC 0 at {levels} (tumour confined to bone): radiotherapy alone may be considered.',
    '{levels} 为 ESCC 0 级（肿瘤局限于骨内）：可考虑单纯放疗。',
    '{levels} は ESCC 0（腫瘍は骨内に限局）：放射線治療単独を考慮しうる。',
  ),
  instability: L(
    'Unstable spine ({lesions}; SINS 13–18): a high SINS calls for surgery to restore stability; radiotherapy does not restore it and follows stabilisation.',
    '脊柱不稳定（{lesions}；SINS 13~18 分）：高 SINS 评分提示需要手术恢复脊柱稳定；放疗不能重建稳定性，应在稳定后进行。',
    '脊椎不安定（{lesions}；SINS 13~18）：高 SINS は手術による安定性の再建を要する。放射線治療は安定性を回復させないため、安定化の後に行う。',
  ),
  sinsOf: L('{level} SINS {sins}', '{level} SINS {sins} 分', '{level} SINS {sins}'),
  reirradiation: {
    ebrt: L(
      '{levels} already irradiated: 004 names SBRT for pain that persists or recurs after a standard EBRT course and needs re-irradiation; a repeat EBRT course is possible.',
      '{levels} 已接受过放疗：004 指出在标准疗程外照射后仍有骨痛或骨痛复发并需要再次照射者宜行 SBRT；亦可再次外照射。',
      '{levels} は照射済み：004 は標準的な外照射後も疼痛が持続・再燃し再照射を要する患者に SBRT を挙げている。外照射の再施行も可能である。',
    ),
    sbrt: L(
      '{levels} already irradiated and still painful: SBRT is mainly for patients whose pain persists or recurs after a standard EBRT course and who need re-irradiation.',
      '{levels} 已接受过放疗且仍有疼痛：SBRT 主要用于在标准疗程外照射后仍有骨痛或骨痛复发、并需要再次照射的患者。',
      '{levels} は照射済みで疼痛が残る：SBRT は主に、標準的な外照射後も疼痛が持続・再燃し再照射を要する患者に用いる。',
    ),
    priorCourse: L(
      'Previous course at {level}: {dose} Gy in {fractions} fractions = EQD2 {eqd2} Gy at α/β 2 (spinal cord).',
      '{level} 既往放疗 {dose} Gy/{fractions} 次，脊髓 EQD2（α/β = 2）为 {eqd2} Gy。',
      '{level} の前回照射：{dose} Gy/{fractions} 回、脊髄の EQD2（α/β = 2）は {eqd2} Gy。',
    ),
    cumulative: L(
      'With the planned {dose} Gy in {fractions} fractions over the same level, the cumulative EQD2 at α/β 2 would be {total} Gy (prescription doses; the cord dose itself comes from the plan).',
      '若计划的 {dose} Gy/{fractions} 次照射同一节段，累计 EQD2（α/β = 2）为 {total} Gy（按处方剂量计算；脊髓实际受量以计划为准）。',
      '予定の {dose} Gy/{fractions} 回を同じ椎体に照射すると、累積 EQD2（α/β = 2）は {total} Gy（処方線量による値。脊髄の実線量は治療計画で確認する）。',
    ),
  },
  afterPvp: {
    done: L(
      'PVP/PKP done at {levels}: patients need further radiotherapy after vertebral augmentation.',
      '{levels} 已行 PVP/PKP：PVP 和 PKP 术后的患者也需进一步放疗。',
      '{levels} に PVP/PKP 施行済み：椎体形成術後の患者にはさらに放射線治療が必要である。',
    ),
    planned: L(
      'PVP/PKP planned at {levels}: radiotherapy should follow the vertebral augmentation.',
      '拟于 {levels} 行 PVP/PKP：PVP 和 PKP 术后的患者也需进一步放疗。',
      '{levels} に PVP/PKP を予定：椎体形成術後にはさらに放射線治療が必要である。',
    ),
  },
  combinedWithPvp: L(
    'PVP combined with radiotherapy is suggested when the combination is expected to help; a case series of IMRT 30 Gy/10 fractions over 2 weeks with PVP for non-small-cell lung cancer vertebral metastases reported pain relief and better quality of life to 12 months without serious complications.',
    '当估计联合 PVP 可获得预期效果时，建议实施；一项非小细胞肺癌椎体转移 PVP 联合 IMRT（30 Gy/10 次/2 周）的病例系列报告，疼痛缓解和生活质量改善持续至 12 个月，未见严重并发症。',
    'PVP 併用で望ましい効果が得られると推定される場合には実施することを提案する。非小細胞肺癌の椎体転移に PVP と IMRT（30 Gy/10 回/2 週）を併用した症例集積では、12 か月後まで疼痛緩和と QOL 改善が続き、重大な合併症は認められなかった。',
  ),
  imrtAfterPvp: {
    dated: L(
      'In the 000 cohort the combined arm received IMRT within 1 week after PVP: PVP on {pvp}, IMRT by {by}.',
      '000 队列中 PVP+IMRT 组于 PVP 治疗后 1 周内行 IMRT：PVP 于 {pvp}，IMRT 应于 {by} 前开始。',
      '000 のコホートでは併用群は PVP 後 1 週以内に IMRT を行った：PVP {pvp}、IMRT は {by} までに開始。',
    ),
    planned: L(
      'In the 000 cohort the combined arm received IMRT within 1 week after PVP: schedule the IMRT accordingly.',
      '000 队列中 PVP+IMRT 组于 PVP 治疗后 1 周内行 IMRT：据此安排 IMRT。',
      '000 のコホートでは併用群は PVP 後 1 週以内に IMRT を行った：これに合わせて IMRT を計画する。',
    ),
  },
  fracturePreoperative: L(
    'Pathological or impending fracture at {levels}: if surgery is planned, do not irradiate before it — pre-operative radiotherapy is not advised for these patients and raises wound complications; irradiate after the wound has healed or 2 weeks after surgery.',
    '{levels} 已出现病理性骨折或濒临骨折：如拟手术，不建议术前放疗，术前放疗也会增加切口并发症的发生率；建议在伤口愈合或间隔 2 周后再进行放疗。',
    '{levels} に病的骨折または切迫骨折：手術を予定するなら術前照射は行わない（術前照射は創合併症も増やす）。創傷治癒後または術後 2 週以降に照射する。',
  ),
  postoperative: {
    pending: L(
      'Surgery on {date}: post-operative radiotherapy once the wound has healed or 2 weeks have passed ({from}).',
      '{date} 手术：建议在伤口愈合或间隔 2 周（{from}）后再进行放疗。',
      '{date} 手術：術後照射は創傷治癒後または 2 週経過後（{from}）に行う。',
    ),
    healed: L(
      'Surgery on {date}, wound healed: post-operative radiotherapy may start.',
      '{date} 手术，伤口已愈合：可开始术后放疗。',
      '{date} 手術、創傷治癒済み：術後照射を開始してよい。',
    ),
  },
  separationSurgery: {
    stereotacticPartner: L(
      'Separation surgery on {date} at {levels}: it must be followed by stereotactic radiotherapy — conventional EBRT is not its partner there.',
      '{date} 于 {levels} 行分离手术：该节段术后一定要配合定向放疗，而非常规外照射。',
      '{date} {levels} の分離手術：同部位は術後に必ず定位放射線治療を併用する。通常外照射はその代わりにならない。',
    ),
    otherLevels: L(
      'Separation surgery on {date} at {levels}: those levels take stereotactic radiotherapy, not conventional EBRT; EBRT for the other lesions is unaffected.',
      '{date} 于 {levels} 行分离手术：这些节段需定向放疗而非常规外照射；其他病灶的外照射不受影响。',
      '{date} {levels} の分離手術：同部位は通常外照射ではなく定位照射とする。他の病変への外照射には影響しない。',
    ),
    levelsUnknown: L(
      'Separation surgery on {date} without recorded levels: the rule that reserves its levels for stereotactic radiotherapy cannot be placed.',
      '{date} 的分离手术未记录节段：无法确定哪些节段应行定向放疗。',
      '{date} の分離手術に部位の記録がない：定位照射とすべき部位を特定できない。',
    ),
    window: L(
      'Separation surgery on {date}: stereotactic radiotherapy must follow within 3–5 weeks — read as from {from} (day 14, once the wound has healed) to {to} (day 35).',
      '{date} 行分离手术：术后定向放射治疗必须在术后 3~5 周内进行——按伤口愈合且满 2 周（{from}）起、至第 35 天（{to}）止理解。',
      '{date} 分離手術：定位放射線治療は術後 3~5 週以内に行う — 創傷治癒かつ 14 日目（{from}）から 35 日目（{to}）までと解釈する。',
    ),
    woundOpen: L(
      'The wound has not healed yet: irradiate once it has, and no later than {to}.',
      '伤口尚未愈合：待愈合后放疗，且不迟于 {to}。',
      '創傷は未治癒：治癒後に照射し、{to} までに行う。',
    ),
    inWindow: L(
      'Separation surgery on {date}: now inside the window for stereotactic radiotherapy (day 14, once the wound has healed, to day 35), which closes on {to}.',
      '{date} 行分离手术：目前处于定向放疗窗口内（伤口愈合且满 2 周至第 35 天），窗口于 {to} 结束。',
      '{date} 分離手術：現在は定位照射の期間内（創傷治癒かつ 14 日目から 35 日目）であり、期限は {to}。',
    ),
    passed: L(
      'Separation surgery on {date}: the 3–5-week window for stereotactic radiotherapy closed on {to}; later irradiation loses the purpose of the separation — reassess the epidural disease before deciding.',
      '{date} 行分离手术：术后 3~5 周的定向放疗窗口已于 {to} 结束，此后放疗已失去分离手术的意义——应重新评估硬膜外病变后再决定。',
      '{date} 分離手術：術後 3~5 週の定位照射期間は {to} に終了した。これ以降の照射では分離手術の意義が失われるため、硬膜外病変を再評価して判断する。',
    ),
  },
  radiopharmaceuticals: {
    because: L(
      'Multifocal bone pain persisting after external-beam radiotherapy: bone-targeted radionuclides suit pain that persists or recurs after EBRT, not first-line treatment; ⁸⁹Sr relieves pain in 40–95 %.',
      '外照射后仍有多灶性骨痛：骨靶向放射性核素更适用于经外照射后仍有疼痛或疼痛复发的多灶性骨痛患者，而不是作为初始治疗；⁸⁹Sr 疼痛缓解率为 40%~95%。',
      '外照射後も多発性骨痛が持続：骨標的放射性核種は外照射後も疼痛が持続・再燃する多発性骨痛に適し、初回治療ではない。⁸⁹Sr の疼痛緩和率は 40~95%。',
    ),
    prostate: L(
      '²²³Ra improved overall survival and time to the first symptomatic SRE in prostate cancer bone metastasis.',
      '²²³Ra 在前列腺癌骨转移中改善了总生存和首次症状性 SREs 的时间。',
      '²²³Ra は前立腺癌骨転移で全生存期間と初回症候性 SRE までの期間を改善した。',
    ),
    lung: L(
      'The benefit of ²²³Ra in lung cancer bone metastasis is still to be shown.',
      '²²³Ra 在肺癌骨转移人群中的疗效仍待观察。',
      '肺癌骨転移における ²²³Ra の有効性はまだ明らかでない。',
    ),
  },
  sbrtLifeExpectancy: {
    long: L(
      'Life expectancy {months} months (> 6). 004 §4.4.2 names SBRT mainly for patients expected to live > 6 months AND whose pain persists or recurs after a standard EBRT course AND who need re-irradiation; as a first treatment, SBRT/SSRS is decided by 004 rec 10 (1B) and 002 §3.7 in their own situations.',
      '期望寿命 {months} 个月（> 6 个月）。004 §4.4.2 将 SBRT 主要用于期望寿命 > 6 个月、且在标准疗程外照射后仍有骨痛或骨痛复发、并需要再次照射的患者；作为初始治疗，SBRT/SSRS 由 004 推荐 10（1B）与 002 §3.7 在各自适用情形下决定。',
      '予測生存期間 {months} か月（> 6）。004 §4.4.2 は SBRT を主に、予測生存期間 > 6 か月かつ標準的外照射後も疼痛が持続・再燃しかつ再照射を要する患者に用いるとする。初回治療としての SBRT/SSRS は、それぞれの状況で 004 推奨 10（1B）と 002 §3.7 が決める。',
    ),
    short: L(
      'Life expectancy {months} months (≤ 6): SBRT is mainly for patients expected to live longer than 6 months; conventional EBRT, such as a single 8 Gy, serves shorter survival.',
      '期望寿命 {months} 个月（≤ 6 个月）：SBRT 主要用于期望寿命 > 6 个月的患者；生存期较短者宜行常规外照射（如单次 8 Gy）。',
      '予測生存期間 {months} か月（≤ 6）：SBRT は主に予測生存期間が 6 か月を超える患者に用いる。生存期間が短ければ通常外照射（8 Gy 単回など）を行う。',
    ),
    unknown: L(
      'SBRT is mainly for patients expected to live longer than 6 months (004 §4.4.2): give the life expectancy.',
      'SBRT 主要用于期望寿命 > 6 个月的患者（004 §4.4.2）：需提供期望寿命。',
      'SBRT は主に予測生存期間が 6 か月を超える患者に用いる（004 §4.4.2）：予測生存期間を入力する。',
    ),
    reirradiationShort: L(
      'Life expectancy {months} months (≤ 6): 004 §4.4.2 reserves SBRT re-irradiation mainly for patients expected to live longer than 6 months; repeat conventional EBRT is the alternative.',
      '期望寿命 {months} 个月（≤ 6 个月）：004 §4.4.2 将 SBRT 再程放疗主要用于期望寿命 > 6 个月者；可改行常规外照射再程放疗。',
      '予測生存期間 {months} か月（≤ 6）：004 §4.4.2 は SBRT 再照射を主に予測生存期間 6 か月超の患者に用いるとする。通常外照射での再照射が代替となる。',
    ),
  },
  firstChoice: {
    stable: L(
      'No obvious spinal instability and no cord deficit: SSRS may be the first-choice treatment.',
      '无明显脊柱不稳及脊髓损害症状：SSRS 可作为首选治疗方法。',
      '明らかな脊椎不安定性や脊髄障害症状がない：SSRS を第一選択の治療としうる。',
    ),
    notFirst: L(
      '{problems}: SSRS is the first choice only without obvious instability or cord deficit — stabilise or decompress first.',
      '{problems}：SSRS 仅对无明显脊柱不稳及脊髓损害症状者可作为首选——应先稳定或减压。',
      '{problems}：SSRS を第一選択とするのは明らかな不安定性や脊髄障害がない場合のみ — まず安定化または除圧を行う。',
    ),
    unstable: L('unstable spine at {levels} (SINS ≥ 13)', '{levels} 脊柱不稳定（SINS ≥ 13 分）', '{levels} の脊椎不安定（SINS ≥ 13）'),
    separated: L(
      '{levels} already decompressed and stabilised by separation surgery: its instability and compression do not hold SSRS back there.',
      '{levels} 已经分离手术减压固定：其不稳与压迫不再妨碍该节段 SSRS。',
      '{levels} は分離手術で除圧・固定済み：その不安定性と圧迫は同部位の SSRS を妨げない。',
    ),
    deficit: L('neurological deficit (Frankel {grade})', '神经功能障碍（Frankel {grade} 级）', '神経障害（Frankel {grade}）'),
    unknown: L(
      'Whether SSRS can be the first choice depends on spinal stability (SINS) and on any cord deficit.',
      'SSRS 能否作为首选取决于脊柱稳定性（SINS）及有无脊髓损害症状。',
      'SSRS を第一選択にできるかは脊椎の安定性（SINS）と脊髄障害の有無による。',
    ),
  },
  singleFractionSsrs: L(
    'Single-fraction SSRS gives better local control than fractionated SSRS; for pain the two are equal, though single high-dose SSRS may mean more re-treatment, and the best schedule is not settled.',
    '单次大剂量的 SSRS 局部控制效果要优于分次的 SSRS；在疼痛控制方面两者效果等同，但单次大剂量可能增加再次治疗的几率，最佳剂量分割模式有待进一步研究明确。',
    '単回大線量 SSRS は分割 SSRS より局所制御に優れる。疼痛緩和は同等だが再治療が増える可能性があり、最適な線量分割はまだ定まっていない。',
  ),
  fractureRisk: L(
    'SBRT raises the vertebral compression fracture risk (fracture rates: stereotactic 11–39 %, conventional external beam 3 %); PVP to prevent fracture is suggested when it is expected to help — consider it for {levels}.',
    'SBRT 会增加椎骨压缩骨折风险（骨折率：立体定向放疗 11%~39%，外照射 3%）；当估计 PVP 可获得预期效果时，建议以预防骨折为目的实施 PVP——可考虑用于 {levels}。',
    'SBRT は椎体圧迫骨折のリスクを高める（骨折率：定位放射線治療 11-39%、外照射 3%）。PVP で望ましい効果が得られると推定される場合には骨折予防目的の PVP を提案する — {levels} で考慮する。',
  ),
  undecided: {
    ebrt: L(
      'Whether to irradiate depends on pain, the sites of the bone metastases, their ESCC grade and the tumour’s radiosensitivity.',
      '是否放疗取决于疼痛、骨转移灶部位、ESCC 分级及肿瘤放疗敏感性。',
      '照射の要否は疼痛、骨転移巣の部位、ESCC グレード、腫瘍の放射線感受性による。',
    ),
    sbrt: L(
      'Whether to offer SBRT depends on the bone metastases to treat, the pain and the life expectancy.',
      '是否行 SBRT 取决于需治疗的骨转移灶、疼痛及期望寿命。',
      'SBRT の適否は治療対象の骨転移巣、疼痛、予測生存期間による。',
    ),
  },
  why: {
    separationLevels: L(
      'the levels of a separation surgery are reserved for stereotactic radiotherapy (002 §3.2)',
      '分离手术节段须行定向放疗（002 §3.2）',
      '分離手術の部位は定位照射とする（002 §3.2）',
    ),
    radiosensitivity: L(
      'radiosensitive vs radioresistant decides conventional EBRT vs SRS or separation surgery + SRS (002 §1.3, NOMS)',
      '放疗敏感与否决定常规外照射还是 SRS 或分离手术加 SRS（002 §1.3，NOMS）',
      '放射線感受性の有無で通常外照射か SRS／分離手術＋SRS かが決まる（002 §1.3、NOMS）',
    ),
    escc: L(
      'the ESCC grade on axial T2 MRI decides radiotherapy alone vs separation surgery + SRS (002 §2.4, NOMS)',
      '横断面 MRI T2 加权像上的 ESCC 分级决定单纯放疗还是分离手术加 SRS（002 §2.4，NOMS）',
      '横断 MRI T2 強調像での ESCC グレードで放射線治療単独か分離手術＋SRS かが決まる（002 §2.4、NOMS）',
    ),
    kps: L(
      'performance status is assessed before external-beam radiotherapy (004 §4.4.1)',
      '外照射前应评估体能状态评分（004 §4.4.1）',
      '外照射の前に全身状態を評価する（004 §4.4.1）',
    ),
    pain: L(
      'bone pain is the main indication for palliative external-beam radiotherapy (004 §4.4.1)',
      '骨痛是姑息性外照射的主要适应证（004 §4.4.1）',
      '骨痛は緩和的外照射の主な適応である（004 §4.4.1）',
    ),
    lesions: L(
      'the sites of the bone metastases must be known before radiotherapy (004 §4.4.1)',
      '放疗前应明确骨转移灶的部位（004 §4.4.1）',
      '照射前に骨転移巣の部位を明らかにする必要がある（004 §4.4.1）',
    ),
    lifeExpectancy: L(
      'SBRT is mainly for a life expectancy above 6 months (004 §4.4.2)',
      'SBRT 主要用于期望寿命 > 6 个月的患者（004 §4.4.2）',
      'SBRT は主に予測生存期間 6 か月超の患者に用いる（004 §4.4.2）',
    ),
    sins: L(
      'spinal stability (SINS) decides whether SSRS can be the first choice (002 §3.7)',
      '脊柱稳定性（SINS）决定 SSRS 能否作为首选（002 §3.7）',
      '脊椎の安定性（SINS）で SSRS を第一選択にできるかが決まる（002 §3.7）',
    ),
    frankel: L(
      'a cord deficit decides whether SSRS can be the first choice (002 §3.7)',
      '有无脊髓损害症状决定 SSRS 能否作为首选（002 §3.7）',
      '脊髄障害の有無で SSRS を第一選択にできるかが決まる（002 §3.7）',
    ),
  },
  plan: {
    single: L('8 Gy × 1, single fraction (004 §4.4.1)', '8 Gy × 1，单次照射（004 §4.4.1）', '8 Gy × 1、単回照射（004 §4.4.1）'),
    fiveFractions: L('20 Gy / 5 fractions (ASTRO 2017)', '20 Gy / 5 次（ASTRO 2017）', '20 Gy / 5 回（ASTRO 2017）'),
    tenFractions: L('30 Gy / 10 fractions, with PVP (001 CQ4)', '30 Gy / 10 次，联合 PVP（001 CQ4）', '30 Gy / 10 回、PVP 併用（001 CQ4）'),
    imrtLow: L('IMRT 30 Gy / 15 fractions at 2 Gy (000 §1.2)', 'IMRT 30 Gy / 15 次，每次 2 Gy（000 §1.2）', 'IMRT 30 Gy / 15 回、1 回 2 Gy（000 §1.2）'),
    imrtHigh: L('IMRT 50 Gy / 25 fractions at 2 Gy (000 §1.2)', 'IMRT 50 Gy / 25 次，每次 2 Gy（000 §1.2）', 'IMRT 50 Gy / 25 回、1 回 2 Gy（000 §1.2）'),
    planned: L('Planned: {dose} Gy / {fractions} fractions', '计划：{dose} Gy / {fractions} 次', '予定：{dose} Gy / {fractions} 回'),
    imrtCoverage: L(
      'GTV: the gross tumour with its epidural and paravertebral extension on CT, checked against MRI or contrast CT; CTV = GTV + 5 mm; PTV = CTV + 5 mm; 6 MV X-rays, 4 fields; 30–50 Gy at 2 Gy a day in 15–25 fractions; include one vertebra above and one below and keep the spinal cord out of the high dose; with PVP, start within 1 week after it.',
      'GTV：CT 所示大体肿瘤及硬膜外、椎旁侵犯病变，参考 MRI、增强 CT 确定；CTV 为 GTV 外扩 5 mm；PTV 为 CTV 外扩 5 mm；6 MV X 线 4 野调强，处方剂量 30~50 Gy，每日 2 Gy，共 15~25 次；包含上下各 1 个椎体，避开脊髓；联合 PVP 时于 PVP 后 1 周内开始。',
      'GTV：CT 上の肉眼的腫瘍と硬膜外・傍脊椎進展を MRI や造影 CT を参考に決める。CTV = GTV + 5 mm、PTV = CTV + 5 mm。6 MV X 線 4 門 IMRT、30~50 Gy、1 日 2 Gy、15~25 回。上下各 1 椎体を含め、脊髄を避ける。PVP 併用時は PVP 後 1 週以内に開始する。',
    ),
  },
});
