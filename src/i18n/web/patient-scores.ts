import { L } from '../lang.js';

/** Words of the patient's scores tab: long-bone Mirels and the prognosis scores (src/web/pages/scores.tsx). */
export const patientScoresText = {
  tab: L('Prognosis and long bones', '预后与长骨', '予後・長管骨'),
  save: L('Save score', '保存评分', 'スコアを保存'),
  recordedOn: L('Recorded on {date}', '记录于 {date}', '{date} に記録'),
  storedUnreadable: L('Stored result (its inputs no longer score): {result}', '已存结果（其输入已无法重新计分）：{result}', '保存済みの結果（入力は再計算できません）：{result}'),
  longBone: {
    title: L('Long-bone lesions: impending fracture (Mirels)', '长骨病灶：病理性骨折风险（Mirels）', '長管骨病変：切迫骨折（Mirels）'),
    help: L(
      "Long-bone lesions are described with the decision's facts (Decision tab). The Mirels items those facts answer are filled in: check them and complete the rest.",
      '长骨病灶在“治疗决策”页的临床信息中描述。这些信息已回答的 Mirels 项目已预先填入：请核对并补全其余项目。',
      '長管骨病変は「治療方針」タブの臨床情報で記述します。その情報で分かる Mirels の項目は入力済みです：確認し、残りを入力してください。',
    ),
    none: L(
      "The latest decision records no long-bone lesion: describe it with the decision's facts to have its items filled in. A Mirels score can still be recorded here.",
      '最近一次决策未记录长骨病灶：在“治疗决策”页的临床信息中描述后，其项目可自动填入。仍可在此记录 Mirels 评分。',
      '直近の治療方針に長管骨病変の記録はありません：「治療方針」タブの臨床情報で記述すると項目が自動入力されます。ここで Mirels スコアを記録することもできます。',
    ),
    unnamed: L('A long-bone lesion', '长骨病灶', '長管骨病変'),
    prefilled: L('Filled in from the decision of {date}: {items}.', '已根据 {date} 的决策填入：{items}。', '{date} の方針から入力：{items}。'),
    helpRecord: L(
      'The long-bone lesions recorded for this patient; the Mirels items the record answers are filled in: check them and complete the rest. The score is stored with its lesion.',
      '病历中记录的长骨病灶；病历已回答的 Mirels 项目已预先填入：请核对并补全其余项目。评分与其病灶一并保存。',
      '記録にある長管骨病変；記録で分かる Mirels の項目は入力済みです：確認し、残りを入力してください。スコアは病変と紐づけて保存されます。',
    ),
    prefilledRecord: L('Filled in from the record: {items}.', '已根据病历填入：{items}。', '記録から入力：{items}。'),
    nothingPrefilledRecord: L('The record answers none of the Mirels items for this lesion.', '病历未回答该病灶的任何 Mirels 项目。', '記録には、この病変の Mirels 項目の情報がありません。'),
    nothingPrefilled: L('The decision of {date} answers none of the Mirels items for this lesion.', '{date} 的决策未回答该病灶的任何 Mirels 项目。', '{date} の方針には、この病変の Mirels 項目の情報がありません。'),
    stored: L('Recorded Mirels scores', '已记录的 Mirels 评分', '記録済みの Mirels スコア'),
    noneStored: L('No Mirels score recorded yet.', '尚未记录 Mirels 评分。', 'Mirels スコアの記録はまだありません。'),
  },
  prognosis: {
    title: L('Prognosis scores', '预后评分', '予後スコア'),
    help: L(
      'Survival scores of the whole patient, recorded as assessments. What the record holds is filled in (primary tumour; for revised Tokuhashi the latest KPS and Frankel grade): check it and complete the rest.',
      '针对患者整体的生存评分，作为评估记录保存。病历中已有的信息已预先填入（原发肿瘤；修订版 Tokuhashi 另填入最近的 KPS 与 Frankel 分级）：请核对并补全其余项目。',
      '患者全体の生存予後スコアで、評価として記録します。記録にある情報は入力済みです（原発腫瘍。改訂 Tokuhashi では直近の KPS と Frankel 分類も）：確認し、残りを入力してください。',
    ),
    stored: L('Latest recorded prognosis scores', '最近记录的预后评分', '直近に記録した予後スコア'),
    noneStored: L('No prognosis score recorded yet.', '尚未记录预后评分。', '予後スコアの記録はまだありません。'),
    record: L('Record a prognosis score', '记录预后评分', '予後スコアを記録'),
  },
};
