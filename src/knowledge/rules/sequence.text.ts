import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

/** Words of the sequenced plan (src/knowledge/rules/sequence.ts). */
export const sequenceText = defineTexts('sequence', {
  steps: {
    embolisation: L('Pre-operative embolisation', '术前栓塞', '術前塞栓術'),
    'dental-examination': L('Dental examination', '口腔检查', '歯科診察'),
  },
  atLevels: L('{step} {levels}', '{step} {levels}', '{step} {levels}'),
  levelSeparator: L(', ', '、', '、'),
  lesionNumber: L('{site} (lesion {n})', '{site}（病灶 {n}）', '{site}（病変 {n}）'),
  lesionFact: L('{lesion}: {fact}', '{lesion}：{fact}', '{lesion}：{fact}'),
  factSeparator: L('; ', '; ', '; '),
  schedule: L('{dose} Gy in {fractions} fraction(s)', '{dose} Gy/{fractions} 次', '{dose} Gy/{fractions} 回'),
  reasons: {
    biopsyBeforeSurgery: L('Biopsy before the operation (a progressing deficit is decompressed without waiting for it).', '术前行穿刺活检（神经症状进行性加重者直接手术减压，不等待活检）。', '手術前に生検を行う（神経症状が進行する場合は生検を待たず減圧術を行う）。'),
    biopsyFirst: L(
      'Diagnosis confirmed by the biopsy before this treatment (bone-tissue pathology is the gold standard of diagnosis; reading: treatment waits for it).',
      '本治疗前经活检明确诊断（骨组织病理学检查为确诊金标准；解读：治疗在其后）。',
      'この治療の前に生検で診断を確定する（骨組織の病理検査が診断のゴールドスタンダード；解釈：治療はその後）。',
    ),
    embolisationBeforeSurgery: L(
      'Hypervascular tumour: embolise, then operate the same day if possible, within 24 h, never later than 48 h.',
      '富血供肿瘤：先栓塞，尽量当天手术，24 h 内，不超过 48 h。',
      '多血性腫瘍：塞栓後、可能なら同日、24 時間以内、遅くとも 48 時間以内に手術する。',
    ),
    targetedHold: L(
      '{agent} held until {date} before surgery.',
      '术前停用{agent}至 {date}。',
      '手術前に{agent}を {date} まで休薬する。',
    ),
    afterPriorRadiotherapy: L(
      'More than 2 weeks after the last radiotherapy ({date}): not before {earliest}.',
      '距上次放疗（{date}）须大于 2 周：不早于 {earliest}。',
      '前回の放射線治療（{date}）から 2 週を超える間隔：{earliest} 以降。',
    ),
    longBoneRadiotherapyGap: L(
      'Reading: 002 §3.7 sets its 2-week interval between radiotherapy and surgery for the spine; applied here as a warning to radiotherapy and surgery of the same long bone, for the same wound.',
      '解读：002 §3.7 的放疗与手术间隔 2 周针对脊柱；此处对同一长骨的放疗与手术按同一切口作为警示适用。',
      '解釈：002 §3.7 の放射線治療と手術の 2 週の間隔は脊椎についてのもの；同じ長管骨の放射線治療と手術には同じ創として警告で適用する。',
    ),
    urgentDecompression: L(
      'Progressing deficit: decompression is not delayed for it (002 §1.4 “对于神经症状进行性加重的患者，则应直接手术减压”); the surgeon weighs the risk.',
      '神经症状进行性加重：不因此推迟减压（002 §1.4“对于神经症状进行性加重的患者，则应直接手术减压”）；由术者权衡风险。',
      '神経症状が進行中：このために減圧術を遅らせない（002 §1.4「对于神经症状进行性加重的患者，则应直接手术减压」）；リスクは術者が考慮する。',
    ),
    longBoneReading: L(
      'Reading: 002 (a spinal consensus) gives this for spinal surgery; for a long bone it is shown to weigh, not used to move the date (a fracture is not left waiting).',
      '解读：002（脊柱共识）针对脊柱手术；对长骨仅作为需权衡的提示，不据此推迟日期（骨折不应等待）。',
      '解釈：002（脊椎のコンセンサス）は脊椎手術について述べる；長管骨では考慮事項として示し、日付は動かさない（骨折を待たせない）。',
    ),
    radiotherapyFirst: L(
      'Radiotherapy first: more than 2 weeks must separate it from surgery (002 §3.7 “对于已经放疗的患者，手术和放疗的时间间隔应大于 2 周”).',
      '先行放疗：与手术间隔须大于 2 周（002 §3.7“对于已经放疗的患者，手术和放疗的时间间隔应大于 2 周”）。',
      '放射線治療が先：手術まで 2 週を超える間隔が必要（002 §3.7「对于已经放疗的患者，手术和放疗的时间间隔应大于 2 周」）。',
    ),
    ssrsLiteral: L(
      'The source says 3–5 weeks (002 §3.7 “分离手术后的定向放射治疗必须在术后 3~5 周内进行”); before day 21 is this system’s reading with “wound healed or 2 weeks”.',
      '原文为 3~5 周（002 §3.7“分离手术后的定向放射治疗必须在术后 3~5 周内进行”）；第 21 天之前为本系统结合“伤口愈合或间隔 2 周”的解读。',
      '原文は 3〜5 週（002 §3.7「分离手术后的定向放射治疗必须在术后 3~5 周内进行」）；第 21 日より前は「创口愈合或间隔 2 周」と合わせた本システムの解釈。',
    ),
    augmentationOrderReading: L(
      'Reading: 002 §3.4 says only that patients need further radiotherapy after PVP/PKP (“PVP 和 PKP 术后的患者也需进一步放疗”); the order is kept as a warning, and for cementoplasty it is extended from the spine.',
      '解读：002 §3.4 仅称 PVP/PKP 术后患者需进一步放疗（“PVP 和 PKP 术后的患者也需进一步放疗”）；先后顺序作为警示，骨水泥成形术系由脊柱推及。',
      '解釈：002 §3.4 は PVP/PKP 後に放射線治療が必要とのみ述べる（「PVP 和 PKP 术后的患者也需进一步放疗」）；順序は警告とし、セメント形成術には脊椎から拡張して適用する。',
    ),
    radiotherapyAfterSurgery: L(
      'Radiotherapy after the wound has healed or 2 weeks after surgery.',
      '伤口愈合或术后 2 周后放疗。',
      '創治癒後または術後 2 週以降に放射線治療を行う。',
    ),
    ssrsWindow: L(
      'Stereotactic radiotherapy within 3–5 weeks of separation surgery (read as day 14 to day 35).',
      '分离手术后 3~5 周内行定向放疗（按第 14 至第 35 天理解）。',
      '分離手術後 3〜5 週以内に定位放射線治療（第 14〜35 日と解釈）。',
    ),
    radiotherapyAfterAugmentation: L('Radiotherapy after the vertebral augmentation.', '椎体强化术后行放疗。', '椎体形成術の後に放射線治療を行う。'),
    radiotherapyWithinWeekOfPvp: L(
      'Radiotherapy within 1 week after PVP, as in the combined arm of 000.',
      '按 000 联合组，PVP 后 1 周内放疗。',
      '000 の併用群と同様に、PVP 後 1 週以内に放射線治療。',
    ),
    dentalBeforeBma: L(
      'Bone-modifying agent started after the dental examination.',
      '口腔检查后开始骨改良药物。',
      '歯科診察の後に骨修飾薬を開始する。',
    ),
    analgesia: L(
      'Titrate analgesia to relief, then taper once the pain is relieved.',
      '镇痛药物滴定至缓解，疼痛缓解后逐步减量。',
      '鎮痛薬を除痛まで漸増し、除痛後に漸減する。',
    ),
    taper: L('Taper (oral morphine mg/day): {steps}', '减量（口服吗啡 mg/d）：{steps}', '漸減（経口モルヒネ換算 mg/日）：{steps}'),
    schedule: L(
      '{schedule}: at α/β 10 BED {bed10} Gy, EQD2 {eqd210} Gy; at α/β 3 BED {bed3} Gy; at α/β 2 (cord) EQD2 {eqd22} Gy.',
      '{schedule}：α/β 10 时 BED {bed10} Gy，EQD2 {eqd210} Gy；α/β 3 时 BED {bed3} Gy；α/β 2（脊髓）时 EQD2 {eqd22} Gy。',
      '{schedule}：α/β 10 で BED {bed10} Gy、EQD2 {eqd210} Gy；α/β 3 で BED {bed3} Gy；α/β 2（脊髄）で EQD2 {eqd22} Gy。',
    ),
  },
  conflicts: {
    holdUndated: L(
      '{step}: the pre-operative hold of {agent} ({days} days, 002 §1.5) cannot be dated without its last dose; record the last dose or the day it will be stopped.',
      '{step}：{agent} 的术前停药期（{days} 天，002 §1.5）缺少末次给药日期，无法确定日期；请记录末次给药日期或计划停药日期。',
      '{step}：{agent} の術前休薬（{days} 日、002 §1.5）は最終投与日がないため日付を決められない；最終投与日または中止予定日を記録する。',
    ),
    holdNoInterval: L(
      '{step}: 002 §1.5 gives no pre-operative hold for {agent} (it names bevacizumab 4 weeks and EGFR-TKIs 2 weeks); decide its hold with the treating oncologist.',
      '{step}：002 §1.5 未给出 {agent} 的术前停药期（仅列出贝伐珠单抗 4 周、EGFR-TKI 2 周）；请与主管肿瘤科医生确定停药期。',
      '{step}：002 §1.5 は {agent} の術前休薬を示していない（ベバシズマブ 4 週、EGFR-TKI 2 週のみ）；休薬は主治の腫瘍内科医と決める。',
    ),
    contraindicated: L('{step} is contraindicated for this patient: resolve before it is planned.', '{step}对该患者为禁忌：须先解决。', '{step}はこの患者に禁忌：計画前に解決が必要。'),
    notRecommended: L('{step} is not recommended for this patient.', '{step}对该患者不推荐。', '{step}はこの患者に推奨されない。'),
    needsInformation: L(
      '{step} is chosen while its verdict still needs information: {facts}.',
      '{step}已选定，但其结论仍缺少信息：{facts}。',
      '{step}は判定に必要な情報が揃わないまま選択されている：{facts}。',
    ),
    screenPending: L(
      '{step} is chosen while its contraindication screen is incomplete: nothing is recommended until it is known — {facts}.',
      '{step}已选定，但其禁忌证筛查尚未完成：在明确前不作推荐——{facts}。',
      '{step}は禁忌のスクリーニングが未完了のまま選択されている：判明するまで推奨しない——{facts}。',
    ),
    tooEarly: L(
      '{after} on {afterDate} is too early: at least {min} day(s) after {before} ({beforeDate}). {reason}',
      '{after}（{afterDate}）过早：须在{before}（{beforeDate}）后至少 {min} 天。{reason}',
      '{after}（{afterDate}）は早すぎる：{before}（{beforeDate}）の {min} 日後以降。{reason}',
    ),
    outOfOrder: L(
      '{after} on {afterDate} comes before {before} ({beforeDate}); it must follow it. {reason}',
      '{after}（{afterDate}）早于{before}（{beforeDate}），须在其后。{reason}',
      '{after}（{afterDate}）が{before}（{beforeDate}）より前：その後に行う必要がある。{reason}',
    ),
    outOfOrderSoft: L(
      '{after} on {afterDate} comes before {before} ({beforeDate}). {reason}',
      '{after}（{afterDate}）早于{before}（{beforeDate}）。{reason}',
      '{after}（{afterDate}）が{before}（{beforeDate}）より前。{reason}',
    ),
    tooLate: L(
      '{after} on {afterDate} is too late: at most {max} day(s) after {before} ({beforeDate}). {reason}',
      '{after}（{afterDate}）过晚：须在{before}（{beforeDate}）后 {max} 天内。{reason}',
      '{after}（{afterDate}）は遅すぎる：{before}（{beforeDate}）の {max} 日後まで。{reason}',
    ),
    notBefore: L(
      '{step} on {date} is before {earliest}. {reason}',
      '{step}（{date}）早于 {earliest}。{reason}',
      '{step}（{date}）は {earliest} より前。{reason}',
    ),
    notAfter: L(
      '{step} on {date} is after {latest}. {reason}',
      '{step}（{date}）晚于 {latest}。{reason}',
      '{step}（{date}）は {latest} より後。{reason}',
    ),
    noSchedule: L(
      '{step}: choose a fractionation schedule.',
      '{step}：请选择分割方案。',
      '{step}：分割スケジュールを選択する。',
    ),
    chooseTargets: L(
      '{step}: {count} lesions could be its target ({lesions}); choose the ones to treat — until then the plan assumes all of them.',
      '{step}：可治疗的病灶有 {count} 个（{lesions}）；请选择拟治疗病灶——在此之前计划按全部病灶处理。',
      '{step}：対象となりうる病変が {count} 個ある（{lesions}）；治療する病変を選択する——それまで計画はすべてを対象とみなす。',
    ),
    targetsChanged: L(
      '{step}: its targets were chosen when the lesions read differently ({lesions}); the decision\'s lesions have changed since — choose its targets again (until then all it can treat).',
      '{step}：其治疗病灶是在病灶记录不同（{lesions}）时选择的；此后决策的病灶已改变——请重新选择（在此之前按全部可治疗病灶处理）。',
      '{step}：対象病変は病変の記録が異なる時（{lesions}）に選択された；その後、方針の病変が変わった——対象を選び直す（それまでは治療可能なすべて）。',
    ),
    notATarget: L(
      '{step}: lesion {n} is not a lesion this step can treat (it treats: {lesions}).',
      '{step}：病灶 {n} 不是该步骤可治疗的病灶（可治疗：{lesions}）。',
      '{step}：病変 {n} はこのステップで治療できる病変ではない（対象：{lesions}）。',
    ),
    radiotherapyNearby: L(
      '{step}: radiotherapy to {levels} ended {date}, at other spinal levels: 002 §3.7 (more than 2 weeks between radiotherapy and surgery) does not name the site — confirm its field is away from the wound.',
      '{step}：{levels} 放疗结束于 {date}，为其他脊柱节段：002 §3.7（放疗与手术间隔应大于 2 周）未指明部位，请确认照射野不在切口范围内。',
      '{step}：{levels} への放射線治療は {date} に終了、別の椎体：002 §3.7（放射線治療と手術の間隔は 2 週を超える）は部位を示していない。照射野が創部から離れていることを確認する。',
    ),
    longBoneEmbolisation: L(
      '{step}: hypervascular tumour in the bone to be operated. 002 §1.6 advises pre-operative embolisation for spinal surgery; for a long bone the team decides (not added to the plan).',
      '{step}：拟手术骨为富血供肿瘤。002 §1.6 针对脊柱手术建议术前栓塞；长骨由团队决定（未加入计划）。',
      '{step}：手術予定の骨に多血性腫瘍。002 §1.6 は脊椎手術に術前塞栓を勧める；長管骨ではチームが決める（計画には加えない）。',
    ),
    noPreoperativeRadiotherapy: L(
      '{step}: radiotherapy before the operation of a pathological or impending fracture is not advised (002 §3.7 “对于已经出现病理性骨折或者濒临骨折的患者，不建议术前放疗”).',
      '{step}：已出现病理性骨折或濒临骨折者不建议术前放疗（002 §3.7“对于已经出现病理性骨折或者濒临骨折的患者，不建议术前放疗”）。',
      '{step}：病的骨折・切迫骨折の手術前の放射線治療は勧められない（002 §3.7「对于已经出现病理性骨折或者濒临骨折的患者，不建议术前放疗」）。',
    ),
    separationWithoutSsrs: L(
      '{step}: separation surgery must be followed by stereotactic radiotherapy of the same lesion within 3–5 weeks (002 §3.2 “在术后一定要配合定向放疗”, §3.7) — choose SBRT/SSRS at its level.',
      '{step}：分离手术后须在 3~5 周内对同一病灶行定向放疗（002 §3.2“在术后一定要配合定向放疗”，§3.7）——请选择该节段的 SBRT/SSRS。',
      '{step}：分離手術後は 3〜5 週以内に同じ病変へ定位放射線治療が必要（002 §3.2「在术后一定要配合定向放疗」、§3.7）——その椎体の SBRT/SSRS を選択する。',
    ),
    hairpin: L(
      'Hypervascular tumour, but a hairpin anterior spinal artery shares the target trunk: embolisation is forbidden; plan the surgery without it.',
      '富血供肿瘤，但发卡状脊髓前动脉与靶血管共干：禁止栓塞，手术须在无栓塞条件下计划。',
      '多血性腫瘍だが、ヘアピン状前脊髄動脈が標的血管と共通幹：塞栓術は禁忌、塞栓なしで手術を計画する。',
    ),
  },
  /** Validation error of the plan choices (a zod refusal's `params.text`): the schedule chosen for SBRT or EBRT is of the other kind. */
  scheduleOfOption: L(
    'a {option} schedule ({accepted})',
    '须为 {option} 分割方案（{accepted}）',
    '{option} の分割スケジュール（{accepted}）を指定',
  ),
} as const);

/** Words of the prognosis panel (src/knowledge/rules/prognosis-panel.ts). */
export const prognosisPanelText = defineTexts('prognosisPanel', {
  clinicianEstimate: L(
    "Clinician's estimate: {months} months. The rules that need a life expectancy use it.",
    '临床医师估计：{months} 个月。需要预期生存期的规则采用此估计。',
    '臨床医の推定：{months} か月。余命を要する規則はこの推定を用いる。',
  ),
  noEstimate: L(
    'No clinician estimate of life expectancy. The scores suggest: {suggestions}. They do not decide: the board gives its own estimate.',
    '无临床医师的预期生存期估计。各评分提示：{suggestions}。评分不代替决定：由 MDT 给出估计。',
    '臨床医による余命推定なし。スコアの示唆：{suggestions}。スコアは決定しない：MDT が推定を示す。',
  ),
  noScore: L('no score could be computed', '无可计算的评分', '計算できるスコアなし'),
  suggestion: L('{name} {total} ({band})', '{name} {total} ({band})', '{name} {total} ({band})'),
  suggestionSeparator: L('; ', '; ', '; '),
  needs: L('not scored: needs {facts}', '未评分：需 {facts}', '未算出：{facts} が必要'),
} as const);
