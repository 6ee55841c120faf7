import { localize, type Lang } from '../../i18n/lang.js';
import { alertText, recommendText as T, synthesisText as S } from '../../knowledge/rules/common.text.js';
import type { Finding, Recommendation } from '../../knowledge/rules/index.js';
import { renderText, type Rendered } from '../../knowledge/texts.js';
import { sourceLabel } from '../../knowledge/sources.js';
import { table } from './text.js';

function grade(f: Rendered<Finding>, lang: Lang): string {
  const strength = localize(T.strengths[f.strength], lang);
  const graded = f.evidence ? `${strength}, ${f.evidence}` : strength;
  return `${graded}; ${localize(T.headings.tier, lang)}: ${localize(S.tiers[f.tier], lang)}`;
}

/** `shown` holds the reasons already printed: caveats shared by several findings are printed once. */
function renderFinding(f: Rendered<Finding>, lang: Lang, shown: Set<string>): string[] {
  const lines = [`  - [${localize(T.verdicts[f.verdict], lang)}] ${f.id} (${renderText(sourceLabel(f.source), lang)}; ${grade(f, lang)})`];
  f.because.forEach((reason, i) => {
    if (i > 0 && shown.has(reason)) return;
    shown.add(reason);
    lines.push(`      ${reason}`);
  });
  for (const need of f.needs) lines.push(`      ? ${need.fact}: ${need.why}`);
  return lines;
}

export function renderRecommendation(result: Rendered<Recommendation>, lang: Lang): string {
  const t = (text: Parameters<typeof localize>[0]) => localize(text, lang);
  const out: string[] = [];
  for (const alert of result.alerts) {
    out.push(`!! ${t(alertText.heading)}: ${alert.because.join(' ')}`, `   (${alert.sources.map((s) => renderText(sourceLabel(s), lang)).join('; ')})`, '');
  }
  out.push(t(T.headings.options), '');
  out.push(
    table(
      [t(T.headings.option), t(T.headings.verdict), t(T.headings.treatment)],
      result.options.map((o) => [o.option, t(T.verdicts[o.verdict]), t(T.options[o.option])]),
    ),
    '',
  );
  const shown = new Set<string>();
  for (const option of result.options) {
    out.push(`${t(T.options[option.option])} — ${t(T.verdicts[option.verdict])}${option.decidedBy ? ` (${t(T.headings.decidedBy)}: ${option.decidedBy})` : ''}`);
    if (option.pending) {
      out.push(`  ${localize(T.headings.pending, lang, { verdict: t(T.verdicts[option.pending.verdict]), facts: option.pending.facts.join(', ') })}`);
    }
    for (const f of option.findings) out.push(...renderFinding(f, lang, shown));
    out.push('');
  }
  if (result.conflicts.length > 0) {
    out.push(`${t(T.headings.conflicts)}:`);
    for (const c of result.conflicts) out.push(`  - ${c.option}: ${c.why}`);
    out.push('');
  }
  if (result.needs.length > 0) {
    out.push(`${t(T.headings.needs)}:`);
    for (const need of result.needs) out.push(`  - ${need.fact} (${t(T.headings.neededBy)}: ${need.options.join(', ')}): ${need.why.join(' ')}`);
    out.push('');
  }
  const { plan } = result;
  out.push(`${t(T.headings.plan)}:`);
  if (plan.crclMlPerMin !== null) out.push(`  ${t(T.headings.crcl)}: ${plan.crclMlPerMin.toFixed(1)} mL/min`);
  if (plan.bma.length > 0) {
    out.push(`  ${t(T.headings.bma)}:`);
    for (const dose of plan.bma) out.push(`    ${dose.agent}: ${dose.doseMg === null ? '—' : `${dose.doseMg} mg`}  ${dose.note}`);
  }
  if (plan.opioidTaper.length > 0) {
    out.push(`  ${t(T.headings.taper)}:`);
    out.push(...table([t(T.headings.day), 'MME'], plan.opioidTaper.map((s) => [String(s.day), String(s.totalMme)]), ['r', 'r']).split('\n').map((l) => `    ${l}`));
  }
  if (plan.cement.length > 0) {
    out.push(`  ${t(T.headings.cement)}:`);
    for (const level of plan.cement) {
      out.push(`    ${level.level}: ${level.volumeMl.min}–${level.volumeMl.max} mL, ${level.fillPercent.min}–${level.fillPercent.max} %; ${level.stop.join('; ')}`);
    }
  }
  if (plan.postProcedureCare.length > 0) {
    out.push(`  ${t(T.headings.care)}:`, ...plan.postProcedureCare.map((c) => `    - ${c}`));
  }
  if (plan.radiotherapy) {
    const rt = plan.radiotherapy;
    out.push(`  ${t(T.headings.radiotherapy)} (${rt.radiosensitivity}):`);
    for (const s of rt.schedules) {
      const bed = Object.entries(s.bed).map(([ab, v]) => `BED${ab} ${v.toFixed(1)}`).join(', ');
      const eqd2 = Object.entries(s.eqd2).map(([ab, v]) => `EQD2(${ab}) ${v.toFixed(1)}`).join(', ');
      out.push(`    ${s.label}: ${s.doseGy} Gy / ${s.fractions} fx (${s.dosePerFractionGy} Gy/fx); ${bed}; ${eqd2}`);
    }
    if (rt.imrt) {
      out.push(`    IMRT: CTV = GTV + ${rt.imrt.ctvMarginMm} mm, PTV = CTV + ${rt.imrt.ptvMarginMm} mm, ${rt.imrt.energyMv} MV, ${rt.imrt.fields} fields, ${rt.imrt.doseRangeGy.min}–${rt.imrt.doseRangeGy.max} Gy at ${rt.imrt.dosePerFractionGy} Gy/fx (${rt.imrt.fractionRange.min}–${rt.imrt.fractionRange.max} fx); ${rt.imrt.coverage}`);
    }
  }
  const dates = plan.dates;
  const dateLines = [
    dates.earliestSurgery && `earliestSurgery: ${dates.earliestSurgery}`,
    dates.targetedTherapyHoldUntil && `targetedTherapyHoldUntil: ${dates.targetedTherapyHoldUntil}`,
    dates.embolisationToSurgery && `embolisation: ${dates.embolisationToSurgery.embolise} → operate by ${dates.embolisationToSurgery.operateBy}`,
    dates.ssrsAfterSeparationSurgery && `ssrsAfterSeparationSurgery: ${dates.ssrsAfterSeparationSurgery.from} – ${dates.ssrsAfterSeparationSurgery.to}`,
    dates.postoperativeRadiotherapyFrom && `postoperativeRadiotherapyFrom: ${dates.postoperativeRadiotherapyFrom}`,
    ...dates.notes,
  ].filter((line): line is string => Boolean(line));
  if (dateLines.length > 0) out.push(`  ${t(T.headings.dates)}:`, ...dateLines.map((l) => `    ${l}`));
  return out.join('\n');
}
