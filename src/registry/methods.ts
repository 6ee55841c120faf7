import { LANGS, type Lang, type Localized } from '../i18n/lang.js';
import { cohortText } from '../i18n/web/ui.js';
import type { CohortAnalysis } from './cohort.js';

/**
 * The "Statistical methods" paragraph of a cohort analysis, in the manner of 000 §1.4, naming only
 * the tests that were actually run on this cohort (a test skipped for want of data is not named).
 */

type Analysis = Omit<CohortAnalysis, 'methods'>;

/** In English running text a label starts lower-case unless it is an acronym (KPS, SINS, VAS stay). */
const variable = (name: string, lang: Lang) => {
  const label = (cohortText.variables as Record<string, Localized>)[name]?.[lang] ?? name;
  return lang === 'en' ? label.replace(/\b([A-Z])([a-z])/g, (_, a: string, b: string) => a.toLowerCase() + b) : label;
};
/** Level names as printed: ≤ and ≥, en dash in ranges. */
export const printLevel = (level: string) => level.replace(/<=/g, '≤').replace(/>=/g, '≥').replace(/(\d)-(\d)/g, '$1–$2');
const level = (name: string, lang: Lang) => printLevel((cohortText.levels as Record<string, Localized>)[name]?.[lang] ?? name);

const ADJUST: Record<string, Localized> = {
  holm: { en: 'Holm', zh: 'Holm', ja: 'Holm' },
  bonferroni: { en: 'Bonferroni', zh: 'Bonferroni', ja: 'Bonferroni' },
  BH: { en: 'Benjamini–Hochberg', zh: 'Benjamini–Hochberg', ja: 'Benjamini–Hochberg' },
};

function list(items: string[], lang: Lang): string {
  if (lang !== 'en') return items.join('、');
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function paragraph(a: Analysis, lang: Lang): string {
  const out: string[] = [];
  const en = lang === 'en';
  const zh = lang === 'zh';
  const group = variable(a.groupBy, lang);
  const instruments = (names: readonly string[]) => list(names.map((n) => n.toUpperCase()), lang);
  const tested = a.baseline.filter((b) => b.chiSquare).map((b) => variable(b.variable, lang));
  if (tested.length) {
    out.push(en ? `Baseline characteristics (${list(tested, lang)}) were compared between groups defined by ${group} with Pearson's χ² test.`
      : zh ? `各${group}组间基线特征（${list(tested, lang)}）的比较采用 Pearson χ² 检验。`
      : `${group}間のベースライン特性（${list(tested, lang)}）の比較には Pearson χ² 検定を用いた。`);
  }
  const anovaRun = a.continuous.filter((c) => c.betweenGroups.some((b) => b.anova) || c.byGroup.some((g) => g.acrossTime)).map((c) => c.instrument);
  if (anovaRun.length) {
    const between = a.continuous.some((c) => c.betweenGroups.some((b) => b.anova));
    const within = a.continuous.some((c) => c.byGroup.some((g) => g.acrossTime));
    const bonferroni = a.continuous.some((c) => c.betweenGroups.some((b) => b.pairwise.length) || c.byGroup.some((g) => g.pairwise.length));
    const where = {
      en: [between ? 'between groups at each visit' : '', within ? 'within each group across visits' : ''].filter(Boolean).join(' and '),
      zh: [between ? '各时间点组间' : '', within ? '各组内不同时间点' : ''].filter(Boolean).join('及'),
      ja: [between ? '各時点の群間比較' : '', within ? '群内の経時比較' : ''].filter(Boolean).join('および'),
    };
    out.push(en ? `${instruments(anovaRun)} scores are given as mean ± SD at each visit and were compared ${where.en} by one-way ANOVA${bonferroni ? ', with Bonferroni-adjusted pairwise comparisons' : ''}.`
      : zh ? `${instruments(anovaRun)} 评分以均数 ± 标准差表示，${where.zh}的比较采用单因素方差分析${bonferroni ? '，两两比较采用 Bonferroni 校正' : ''}。`
      : `${instruments(anovaRun)} スコアは平均 ± 標準偏差で示し、${where.ja}には一元配置分散分析を用い${bonferroni ? '、対比較は Bonferroni 法で補正した' : 'た'}。`);
  }
  if (a.kps.betweenGroups.some((b) => b.chiSquare) || a.kps.byGroup.some((g) => g.acrossTime)) {
    out.push(en ? 'KPS groups (80–100, 10–70) were compared with Pearson\'s χ² test.'
      : zh ? 'KPS 分组（80–100、10–70）的比较采用 Pearson χ² 检验。'
      : 'KPS 群（80–100、10–70）の比較には Pearson χ² 検定を用いた。');
  }
  const modelled = a.repeated.filter((r) => !('error' in r.model)).map((r) => r.instrument);
  if (modelled.length) {
    out.push(en ? `Repeated measurements of ${instruments(modelled)} were analysed with a linear mixed model with a random intercept per patient (REML), visit as a categorical factor, group and the visit × group interaction as fixed effects; Type III (marginal) Wald F tests used sum-to-zero contrasts, with nlme's between- and within-patient denominator degrees of freedom (as anova(lme, type = "marginal")). Means are plotted with 95 % t confidence intervals.`
      : zh ? `${instruments(modelled)} 的重复测量采用以患者为随机截距的线性混合模型（REML）分析，固定效应为随访时间（分类因子）、分组及时间 × 分组交互作用；采用和为零对比的 III 型（边际）Wald F 检验，分母自由度按 nlme 的患者间/患者内规则计算（同 anova(lme, type = "marginal")）。图中为均数及其 95% t 置信区间。`
      : `${instruments(modelled)} の反復測定は、患者ごとのランダム切片をもつ線形混合モデル（REML）で解析し、固定効果は時点（カテゴリ因子）、群および時点 × 群の交互作用とした。和がゼロの対比による III 型（周辺）Wald F 検定を用い、分母自由度は nlme の患者間・患者内の規則によった（anova(lme, type = "marginal") と同じ）。図は平均と 95% t 信頼区間を示す。`);
  }
  const s = a.survival;
  if (s.overall.n > 0) {
    out.push(en ? 'Overall survival was estimated with the Kaplan–Meier method, with 95 % confidence intervals on the log scale (Greenwood variance); a median or limit not reached is reported as NR.'
      : zh ? '总生存期采用 Kaplan–Meier 法估计，95% 置信区间基于对数变换（Greenwood 方差）；未达到的中位数或置信限记为 NR。'
      : '全生存期は Kaplan–Meier 法で推定し、95% 信頼区間は対数変換（Greenwood 分散）によった。到達しない中央値または信頼限界は NR と記す。');
  }
  if (s.logRank) {
    out.push(en ? `Survival was compared between groups with the log-rank test${s.pairwise ? `, and between each pair of groups with log-rank tests whose p-values were adjusted with the ${ADJUST[s.pairwise.method]!.en} method` : ''}.`
      : zh ? `组间生存比较采用 log-rank 检验${s.pairwise ? `，两两比较采用 log-rank 检验并以 ${ADJUST[s.pairwise.method]!.zh} 法校正 P 值` : ''}。`
      : `群間の生存比較には log-rank 検定を用い${s.pairwise ? `、対比較の log-rank 検定の P 値は ${ADJUST[s.pairwise.method]!.ja} 法で補正した` : 'た'}。`);
  }
  const cox = a.cox;
  if (!('error' in cox)) {
    const covariates = [...new Set(cox.terms.map((t) => t.covariate))].map((c) => {
      const ref = cox.terms.find((t) => t.covariate === c)!.reference;
      return en ? `${variable(c, lang)} (reference ${level(ref, lang)})` : `${variable(c, lang)}（参照：${level(ref, lang)}）`;
    });
    out.push(en ? `Hazard ratios with 95 % Wald confidence intervals were estimated by Cox proportional-hazards regression (Efron ties) on ${list(covariates, lang)}${cox.zph ? '; the proportional-hazards assumption was checked for each covariate and globally with the score test of scaled Schoenfeld residuals against the Kaplan–Meier transform of time (cox.zph)' : ''}.`
      : zh ? `采用 Cox 比例风险回归（Efron 法处理结）估计风险比及其 95% Wald 置信区间，协变量为${list(covariates, lang)}${cox.zph ? '；比例风险假定采用标化 Schoenfeld 残差对 Kaplan–Meier 变换时间的得分检验（cox.zph）对各协变量及整体进行检验' : ''}。`
      : `ハザード比と 95% Wald 信頼区間は Cox 比例ハザード回帰（タイは Efron 法）で推定し、共変量は${list(covariates, lang)}とした${cox.zph ? '。比例ハザード性は、尺度化 Schoenfeld 残差と Kaplan–Meier 変換時間によるスコア検定（cox.zph）で共変量ごとおよび全体で検討した' : ''}。`);
  }
  out.push(en ? 'All tests were two-sided with P < 0.05 taken as significant; calculations used the bonemet statistics engine, validated against R (stats, survival, nlme).'
    : zh ? '所有检验均为双侧，P < 0.05 为差异有统计学意义；计算采用 bonemet 统计引擎（已与 R 的 stats、survival、nlme 结果核对）。'
    : '検定はすべて両側とし、P < 0.05 を有意とした。計算には R（stats、survival、nlme）と照合済みの bonemet 統計エンジンを用いた。');
  return out.join(en ? ' ' : '');
}

export function statisticalMethods(analysis: Analysis): Localized {
  return Object.fromEntries(LANGS.map((lang) => [lang, paragraph(analysis, lang)])) as Localized;
}
