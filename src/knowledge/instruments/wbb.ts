import { z } from 'zod';
import { wbbText as T } from './wbb.text.js';
import { join, text, verbatim } from '../text.js';
import { refusal } from '../facts/issues.js';
import { cite, publicSource } from '../sources.js';
import { band, defineInstrument, item } from './instrument.js';

export const WBB_LAYERS = ['A', 'B', 'C', 'D', 'E'] as const;
export type WbbLayer = (typeof WBB_LAYERS)[number];
export type WbbRoute = 'oncological-en-bloc' | 'anatomical-en-bloc' | 'posterior-only' | 'anterior-and-posterior';

// 002 §3.1: anterior structures zones 4–9, posterior 1–3 and 10–12.
const ANTERIOR = new Set([4, 5, 6, 7, 8, 9]);
const PEDICLE_SIDES = [
  { name: '3–4', zones: [3, 4] },
  { name: '9–10', zones: [9, 10] },
] as const;

export interface WbbAnalysis {
  anterior: boolean;
  posterior: boolean;
  pedicleSides: string[];
  route: WbbRoute;
}

/** Anterior/posterior involvement, pedicles involved and the en-bloc route 002 §3.1 and §3.3 give. */
export function analyseWbb(zones: readonly number[]): WbbAnalysis {
  const anterior = zones.some((z) => ANTERIOR.has(z));
  const posterior = zones.some((z) => !ANTERIOR.has(z));
  const pedicleSides = PEDICLE_SIDES.filter((side) => side.zones.some((z) => zones.includes(z))).map((s) => s.name);
  let route: WbbRoute;
  if (!anterior) route = 'posterior-only';
  else if (posterior) route = 'anterior-and-posterior';
  else route = pedicleSides.length === 2 ? 'anatomical-en-bloc' : 'oncological-en-bloc';
  return { anterior, posterior, pedicleSides, route };
}

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

export const wbbInput = z.strictObject({
  zones: z.array(z.number().int().min(1).max(12)).min(1).refine(unique, refusal(text(T.refusals.zoneTwice)))
    .describe('Radial zones 1–12 (clockwise; 4–9 anterior, 10–3 posterior)'),
  layers: z
    .array(z.preprocess((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v), z.enum(WBB_LAYERS)))
    .min(1)
    .refine(unique, refusal(text(T.refusals.layerTwice)))
    .describe('Layers A (extraosseous soft tissue) … E (intradural)'),
});
export type WbbInput = z.input<typeof wbbInput>;

/** Zones in ascending order, comma-separated. */
export function formatZones(zones: readonly number[]): string {
  return [...zones].sort((a, b) => a - b).join(', ');
}

export const wbb = defineInstrument({
  id: 'wbb',
  version: '1.0.0',
  name: T.name,
  summary: T.summary,
  schema: wbbInput,
  sources: [
    cite('002', '§3.1'),
    cite('002', '§3.3'),
    cite('004', '§4.5.4.2'),
    publicSource('Boriani S, Weinstein JN, Biagini R. Primary bone tumors of the spine: terminology and surgical staging. Spine 1997;22:1036–44'),
  ],
  examples: [
    { zones: [4, 5, 6, 7, 8], layers: ['B', 'C'] },
    { zones: [10, 11, 12, 1, 2], layers: ['A', 'B', 'D'] },
  ],
  compute({ zones, layers }) {
    const analysis = analyseWbb(zones);
    const zoneText = formatZones(zones);
    const pedicles =
      analysis.pedicleSides.length === 0
        ? text(T.pedicles.none)
        : analysis.pedicleSides.length === 2
          ? text(T.pedicles.both)
          : text(T.pedicles.one, { side: analysis.pedicleSides[0] ?? '' });
    const caveats = [text(T.caveats.pedicleZones)];
    if (layers.includes('D')) caveats.push(text(T.caveats.epidural));
    if (layers.includes('E')) caveats.push(text(T.caveats.intradural));
    if (layers.includes('A')) caveats.push(text(T.caveats.paravertebral));
    const sortedLayers = [...layers].sort();
    return {
      total: null,
      band: band(analysis.route, T.bands[analysis.route]),
      items: [
        item('zones', T.items.zones, zones, verbatim(zoneText), null),
        item('layers', T.items.layers, sortedLayers, join(sortedLayers.map((l) => text(T.layers[l]))), null),
      ],
      derived: {
        anterior: analysis.anterior,
        posterior: analysis.posterior,
        pediclesInvolved: analysis.pedicleSides.length,
        pedicleSides: analysis.pedicleSides,
        epidural: layers.includes('D'),
        intradural: layers.includes('E'),
      },
      interpretation: text(T.interpretation[analysis.route], { zones: zoneText, pedicles }),
      caveats,
    };
  },
});
