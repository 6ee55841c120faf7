import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

/** Statement numbers only: the questionnaire's wording is not shipped. */
export const rmdqText = defineTexts('rmdq', {
  name: L('Roland–Morris Disability Questionnaire (RMDQ)', 'Roland–Morris 功能障碍问卷（RMDQ）', 'Roland–Morris 障害質問票（RMDQ）'),
  summary: L(
    'Back-pain disability, 24 yes/no statements → 0–24 (higher = more disability)',
    '腰痛功能障碍，24 项是/否陈述 → 0~24 分（分值越高障碍越重）',
    '腰痛による障害、24 の「はい／いいえ」項目 → 0~24 点（高いほど障害が大きい）',
  ),
  statement: L('Statement {n}', '第 {n} 项', '項目 {n}'),
  appliesToday: L('Statements that apply today (numbers of the licensed questionnaire)', '今天符合的陈述（授权问卷中的编号）', '今日該当する項目（ライセンス版質問票の番号）'),
  yes: L('applies', '符合', '該当'),
  band: L('No validated severity bands (0 = no disability, 24 = maximal)', '无公认的严重程度分级（0 = 无障碍，24 = 最重）', '確立した重症度区分はない（0 = 障害なし、24 = 最大）'),
  interpretation: L(
    'RMDQ {total}/24: {checked} of 24 statements apply.',
    'RMDQ {total}/24：24 项中有 {checked} 项符合。',
    'RMDQ {total}/24：24 項目中 {checked} 項目が該当。',
  ),
  change: L(
    'Change from baseline {baseline}: {delta} points ({percent} %); {verdict}.',
    '相对基线 {baseline} 分：变化 {delta} 分（{percent}%）；{verdict}。',
    'ベースライン {baseline} からの変化：{delta} 点（{percent}%）、{verdict}。',
  ),
  important: L(
    'a clinically important improvement (≥ 5 points or ≥ 30 %)',
    '达到有临床意义的改善（≥ 5 分或 ≥ 30%）',
    '臨床的に意味のある改善（5 点以上または 30% 以上）',
  ),
  notImportant: L(
    'below the clinically important improvement (≥ 5 points or ≥ 30 %)',
    '未达到有临床意义的改善（≥ 5 分或 ≥ 30%）',
    '臨床的に意味のある改善（5 点以上または 30% 以上）に達しない',
  ),
  pvpNote: L(
    'After vertebroplasty RMDQ improved significantly at 1 and 6 weeks in the reports 001 reviews.',
    '001 综述的报道中，椎体成形术后 1 周和 6 周 RMDQ 均显著改善。',
    '001 が引用する報告では、椎体形成術後 1 週および 6 週で RMDQ が有意に改善した。',
  ),
  /** Validation error (a zod refusal's `params.text`). */
  statementTwice: L('each statement number may be listed once', '每个陈述编号只填一次', '各項目番号は一度だけ'),
});
