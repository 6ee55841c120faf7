import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const kpsText = defineTexts('kps', {
  name: L('Karnofsky performance status (KPS) with ECOG', 'Karnofsky 功能状态评分（KPS）及 ECOG 对应', 'Karnofsky パフォーマンスステータス（KPS）と ECOG 換算'),
  summary: L(
    'General condition 0–100 in steps of 10, with the conventional ECOG 0–5 mapping',
    '全身状况 0~100 分（每档 10 分），并按惯例换算 ECOG 0~5',
    '全身状態 0~100（10 刻み）、慣用の ECOG 0~5 換算つき',
  ),
  itemLabel: L('Karnofsky score', 'Karnofsky 评分', 'Karnofsky スコア'),
  levels: {
    100: L('Normal; no complaints; no evidence of disease', '正常，无症状及体征', '正常、自覚症状・他覚所見なし'),
    90: L('Able to carry on normal activity; minor signs or symptoms of disease', '能进行正常活动，有轻微症状及体征', '通常の活動が可能、軽度の症状・所見あり'),
    80: L('Normal activity with effort; some signs or symptoms of disease', '勉强可进行正常活动，有一些症状或体征', '努力すれば通常の活動が可能、いくらかの症状・所見あり'),
    70: L('Cares for self; unable to carry on normal activity or to do active work', '生活能自理，但不能维持正常生活和工作', '身の回りのことはできるが、通常の活動や仕事はできない'),
    60: L('Requires occasional assistance, but is able to care for most personal needs', '生活大部分能自理，但偶尔需要别人帮助', '時々介助を要するが、身の回りのことの大部分はできる'),
    50: L('Requires considerable assistance and frequent medical care', '常需要他人帮助和经常的医疗护理', 'かなりの介助と頻繁な医療ケアを要する'),
    40: L('Disabled; requires special care and assistance', '生活不能自理，需要特别照顾和帮助', '活動不能、特別なケアと介助を要する'),
    30: L('Severely disabled; hospital admission indicated although death not imminent', '生活严重不能自理，需住院，但暂无死亡威胁', '高度に活動不能、死は差し迫っていないが入院が必要'),
    20: L('Very sick; hospital admission and active supportive treatment necessary', '病重，需住院和积极的支持治疗', '重症、入院と積極的な支持療法が必要'),
    10: L('Moribund; fatal processes progressing rapidly', '垂危，病情急剧恶化', '瀕死、致死的な病態が急速に進行'),
    0: L('Dead', '死亡', '死亡'),
  },
  ecog: {
    0: L('ECOG 0 — fully active', 'ECOG 0 — 活动能力完全正常', 'ECOG 0 — 全く問題なく活動できる'),
    1: L('ECOG 1 — restricted in strenuous activity, ambulatory', 'ECOG 1 — 不能从事剧烈活动，能走动', 'ECOG 1 — 激しい活動は制限されるが歩行可能'),
    2: L('ECOG 2 — ambulatory, self-care, up > 50 % of waking hours', 'ECOG 2 — 能走动和生活自理，日间卧床 < 50%', 'ECOG 2 — 歩行・身の回りのことは可能、日中の 50% 以上は起きている'),
    3: L('ECOG 3 — limited self-care, in bed or chair > 50 % of waking hours', 'ECOG 3 — 生活仅能部分自理，日间卧床或坐椅 > 50%', 'ECOG 3 — 限られた身の回りのことのみ可能、日中の 50% 以上をベッドか椅子で過ごす'),
    4: L('ECOG 4 — completely disabled, confined to bed or chair', 'ECOG 4 — 完全丧失活动能力，卧床或坐椅', 'ECOG 4 — 全く動けず、完全にベッドか椅子で過ごす'),
    5: L('ECOG 5 — dead', 'ECOG 5 — 死亡', 'ECOG 5 — 死亡'),
  },
  bands: {
    good: L('80–100: able to carry on normal activity and to work', '80~100 分：能进行正常活动和工作', '80~100：通常の活動と仕事が可能'),
    moderate: L('50–70: unable to work; lives at home, cares for most personal needs', '50~70 分：不能工作，可居家，生活大部分自理', '50~70：就労不能、在宅で身の回りのことの大部分は可能'),
    poor: L('10–40: unable to care for self; needs institutional or hospital care', '10~40 分：生活不能自理，需机构或住院护理', '10~40：身の回りのことができず、施設・入院でのケアを要する'),
    dead: L('0: dead', '0 分：死亡', '0：死亡'),
  },
  interpretation: L(
    'KPS {kps} corresponds to ECOG {ecog}. Revised Tokuhashi general-condition item: {tokuhashi} point(s) (10–40 → 0, 50–70 → 1, 80–100 → 2). 000 groups patients as 80–100 vs 10–70: this patient is in {group}.',
    'KPS {kps} 分相当于 ECOG {ecog}。修订版 Tokuhashi 评分全身状况项：{tokuhashi} 分（10~40 → 0，50~70 → 1，80~100 → 2）。000 研究将患者分为 80~100 与 10~70 两组：本例属 {group} 组。',
    'KPS {kps} は ECOG {ecog} に相当する。改訂 Tokuhashi スコアの全身状態項目：{tokuhashi} 点（10~40 → 0、50~70 → 1、80~100 → 2）。000 では 80~100 と 10~70 に分けており、本例は {group} 群。',
  ),
  deadInterpretation: L('KPS 0: dead (ECOG 5).', 'KPS 0 分：死亡（ECOG 5）。', 'KPS 0：死亡（ECOG 5）。'),
  caveats: {
    ecogMapping: L(
      'The KPS → ECOG mapping is the conventional one (100–90 → 0, 80–70 → 1, 60–50 → 2, 40–30 → 3, 20–10 → 4); the two scales are not exactly equivalent.',
      'KPS → ECOG 换算采用惯例（100~90 → 0，80~70 → 1，60~50 → 2，40~30 → 3，20~10 → 4），两量表并不完全等价。',
      'KPS → ECOG 換算は慣用のもの（100~90 → 0、80~70 → 1、60~50 → 2、40~30 → 3、20~10 → 4）であり、両尺度は厳密には等価でない。',
    ),
  },
});
