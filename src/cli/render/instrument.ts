import { localize, type Lang } from '../../i18n/lang.js';
import { ui } from '../../i18n/ui.js';
import { INSTRUMENTS, INSTRUMENT_IDS, type InstrumentResult } from '../../knowledge/instruments/index.js';
import { formatSource } from '../../knowledge/sources.js';
import { render } from '../../knowledge/texts.js';
import { table } from './text.js';

export function renderInstrumentList(lang: Lang): string {
  return table(
    [localize(ui.instrument, lang), localize(ui.description, lang)],
    INSTRUMENT_IDS.map((id) => [id, localize(INSTRUMENTS[id].summary, lang)]),
  );
}

function formatDerived(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export function renderInstrumentResult(neutral: InstrumentResult, lang: Lang): string {
  const result = render(neutral, lang);
  const t = (text: (typeof ui)[keyof typeof ui]) => localize(text, lang);
  const out: string[] = [`${result.name}  (${result.instrument} ${t(ui.version)} ${result.version})`, ''];
  const hasPoints = result.items.some((row) => row.points !== null);
  out.push(
    table(
      hasPoints ? [t(ui.item), t(ui.answer), t(ui.points)] : [t(ui.item), t(ui.answer)],
      result.items.map((row) =>
        hasPoints ? [row.label, row.answerLabel, row.points === null ? '' : String(row.points)] : [row.label, row.answerLabel],
      ),
      ['l', 'l', 'r'],
    ),
    '',
  );
  if (result.publishedTotal !== undefined && result.publishedBand && result.totalSources && result.total !== null) {
    // A score a source modifies (002 §2.2): both totals, each with its band and its source.
    out.push(
      `${result.totalSources.total}: ${result.total} — ${result.band.label}`,
      `${result.totalSources.published}: ${result.publishedTotal} — ${result.publishedBand.label}`,
    );
  } else {
    if (result.total !== null) out.push(`${t(ui.total)}: ${result.total}`);
    out.push(`${t(ui.band)}: ${result.band.label}`);
  }
  const derived = Object.entries(result.derived);
  if (derived.length > 0) out.push(`${t(ui.derived)}: ${derived.map(([k, v]) => `${k} = ${formatDerived(v)}`).join('; ')}`);
  out.push('', `${t(ui.interpretation)}: ${result.interpretation}`);
  if (result.caveats.length > 0) out.push('', `${t(ui.caveats)}:`, ...result.caveats.map((c) => `  - ${c}`));
  out.push('', `${t(ui.sources)}: ${result.sources.map(formatSource).join('; ')}`);
  return out.join('\n');
}
