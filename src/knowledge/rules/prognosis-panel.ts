/**
 * The prognosis panel: every applicable score (revised Tokuhashi, Tomita, modified Bauer, NESMS,
 * new Katagiri) side by side with its estimate and validation caveats, and the clinician's life
 * expectancy beside them. The panel informs; it never sets the life expectancy the rules read.
 */
import { prognosisPanelText as T } from './sequence.text.js';
import { text, join, verbatim, type Msg, type Text } from '../text.js';
import { katagiriText } from '../instruments/katagiri.text.js';
import { nesmsText } from '../instruments/nesms.text.js';
import { factLabels } from '../facts/labels.js';
import type { PatientFacts } from '../facts/index.js';
import type { InstrumentId, InstrumentResult } from '../instruments/index.js';
import { katagiri } from '../instruments/katagiri.js';
import { modifiedBauer } from '../instruments/modified-bauer.js';
import { nesms } from '../instruments/nesms.js';
import { tokuhashi as tokuhashiInstrument } from '../instruments/tokuhashi.js';
import { tomita as tomitaInstrument } from '../instruments/tomita.js';
import { formatSource } from '../sources.js';
import { boneExtent, tokuhashiFromFacts, tomitaFromFacts } from './surgery-scores.js';

export interface PanelScore {
  instrument: InstrumentId;
  name: Text;
  total: number | null;
  band: Text | null;
  /** The instrument's own reading of the total (survival estimate or strategy). */
  estimate: Text | null;
  caveats: Text[];
  sources: string[];
  /** Facts (paths) or inputs the score still needs; empty when scored. */
  missing: string[];
  /** The same, as people read them (fact labels, the score's item names; the path where neither names it). */
  missingLabels: Text[];
}

/** Score inputs that are not patient facts: the board enters them with the plan. */
const INPUT_LABELS: Readonly<Record<string, Msg>> = {
  ambulatory: nesmsText.items.ambulatory,
  albumin: nesmsText.items.albumin,
  ...Object.fromEntries(Object.entries(katagiriText.items).map(([key, label]) => [`katagiri.${key}`, label])),
};

export interface PrognosisPanel {
  clinicianEstimateMonths: number | null;
  /** What the panel says about life expectancy: the clinician's estimate, or what the scores suggest. */
  statement: Text;
  scores: PanelScore[];
}

/** Inputs the facts do not carry (albumin, ambulation, laboratory grade …), given by the board per score. */
export interface ExtraScoreInputs {
  /** NESMS's own items; the modified Bauer part always comes from the facts. */
  nesms?: { ambulatory: unknown; albumin: unknown };
  katagiri?: unknown;
}

function fromResult(result: InstrumentResult): PanelScore {
  return {
    instrument: result.instrument,
    name: result.name,
    total: result.total,
    band: result.band.label,
    estimate: result.interpretation,
    caveats: result.caveats,
    sources: result.sources.map(formatSource),
    missing: [],
    missingLabels: [],
  };
}

function unscored(instrument: InstrumentId, name: Msg, missing: string[]): PanelScore {
  const label = (key: string): Text => {
    const known = factLabels[key] ?? INPUT_LABELS[key];
    return known ? text(known) : verbatim(key);
  };
  return { instrument, name: text(name), total: null, band: null, estimate: null, caveats: [], sources: [], missing, missingLabels: missing.map(label) };
}

export function prognosisPanel(facts: PatientFacts, extra: ExtraScoreInputs): PrognosisPanel {
  const scores: PanelScore[] = [];
  const tokuhashi = tokuhashiFromFacts(facts);
  scores.push(tokuhashi.result ? fromResult(tokuhashi.result) : unscored('tokuhashi', tokuhashiInstrument.name, tokuhashi.missing));
  const tomita = tomitaFromFacts(facts);
  scores.push(tomita.result ? fromResult(tomita.result) : unscored('tomita', tomitaInstrument.name, tomita.missing));

  const histology = facts.primary.histology;
  const visceral = facts.metastases.visceral;
  const extent = boneExtent(facts);
  const bauerInput = histology && visceral && extent && extent !== 'none'
    ? { primary: histology, visceralMetastases: visceral !== 'none', skeletalMetastases: extent }
    : null;
  const bauerMissing = [...(histology ? [] : ['primary.histology']), ...(visceral ? [] : ['metastases.visceral']), ...(extent ? [] : ['metastases.spinal', 'metastases.extraspinalBone'])];
  scores.push(bauerInput ? fromResult(modifiedBauer.score(bauerInput)) : unscored('modified-bauer', modifiedBauer.name, bauerMissing));
  scores.push(extra.nesms !== undefined && bauerInput
    ? fromResult(nesms.score({ ...bauerInput, ambulatory: extra.nesms.ambulatory, albumin: extra.nesms.albumin } as Parameters<typeof nesms.score>[0]))
    : unscored('nesms', nesms.name, [...bauerMissing, 'ambulatory', 'albumin']));
  scores.push(extra.katagiri !== undefined
    ? fromResult(katagiri.score(extra.katagiri as Parameters<typeof katagiri.score>[0]))
    : unscored('katagiri', katagiri.name, Object.keys(katagiriText.items).map((key) => `katagiri.${key}`)));

  const months = facts.lifeExpectancyMonths ?? null;
  const scored = scores.filter((s) => s.total !== null);
  const suggestions = scored.length === 0
    ? text(T.noScore)
    : join(scored.map((s) => text(T.suggestion, { name: s.name, total: s.total ?? '', band: s.band ?? '' })), T.suggestionSeparator);
  return {
    clinicianEstimateMonths: months,
    statement: months !== null ? text(T.clinicianEstimate, { months }) : text(T.noEstimate, { suggestions }),
    scores,
  };
}
