import { z } from 'zod';
import { tomitaTypeText as T } from './tomita-type.text.js';
import { join, text } from '../text.js';
import { refusal } from '../facts/issues.js';
import { cite, publicSource } from '../sources.js';
import { band, defineInstrument, item } from './instrument.js';

export const TOMITA_SITES = ['body', 'pedicle', 'lamina', 'spinal-canal', 'paravertebral'] as const;
export type TomitaSite = (typeof TOMITA_SITES)[number];
export type TomitaType = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type TesIndication = 'indicated' | 'relative' | 'contraindicated';

export interface TomitaExtent {
  sites: readonly TomitaSite[];
  adjacentVertebrae: boolean;
  skipLesions: boolean;
}

/** The Tomita type of a lesion's extent, the most advanced that applies; null for posterior-only disease. */
export function tomitaTypeOf(extent: TomitaExtent): TomitaType | null {
  const has = (site: TomitaSite) => extent.sites.includes(site);
  if (extent.skipLesions) return 7;
  if (extent.adjacentVertebrae) return 6;
  if (has('paravertebral')) return 5;
  if (has('spinal-canal')) return 4;
  if (!has('body')) return null;
  if (has('lamina')) return 3;
  return has('pedicle') ? 2 : 1;
}

/** 002 §3.1: TES for types 2–5, types 1 and 6 relative, type 7 contraindicated. */
export function tesIndication(type: TomitaType): TesIndication {
  if (type === 7) return 'contraindicated';
  return type === 1 || type === 6 ? 'relative' : 'indicated';
}

export function compartmentOf(type: TomitaType): 'intracompartmental' | 'extracompartmental' | 'multiple' {
  return type <= 3 ? 'intracompartmental' : type <= 6 ? 'extracompartmental' : 'multiple';
}

export const tomitaTypeInput = z.strictObject({
  sites: z
    .array(z.enum(TOMITA_SITES))
    .min(1)
    .refine((sites) => new Set(sites).size === sites.length, refusal(text(T.siteTwice)))
    .describe('Parts of the vertebra the lesion involves'),
  adjacentVertebrae: z.boolean().describe('The lesion extends to the adjacent vertebra(e)'),
  skipLesions: z.boolean().describe('Multiple non-contiguous (skip) lesions'),
});
export type TomitaTypeInput = z.input<typeof tomitaTypeInput>;

export const tomitaType = defineInstrument({
  id: 'tomita-type',
  version: '1.0.0',
  name: T.name,
  summary: T.summary,
  schema: tomitaTypeInput,
  sources: [
    cite('002', '§3.1'),
    cite('002', '§3.3'),
    cite('002', '§3.5'),
    publicSource('Tomita K et al. Total en bloc spondylectomy. Spine 1997;22:324–33'),
  ],
  examples: [
    { sites: ['body', 'pedicle'], adjacentVertebrae: false, skipLesions: false },
    { sites: ['body', 'spinal-canal'], adjacentVertebrae: false, skipLesions: false },
  ],
  compute(input) {
    const type = tomitaTypeOf(input);
    const yesNo = (v: boolean) => text(v ? T.yes : T.no);
    const rows = [
      item('sites', T.items.sites, input.sites, join(input.sites.map((s) => text(T.sites[s]))), null),
      item('adjacentVertebrae', T.items.adjacentVertebrae, input.adjacentVertebrae, yesNo(input.adjacentVertebrae), null),
      item('skipLesions', T.items.skipLesions, input.skipLesions, yesNo(input.skipLesions), null),
    ];
    if (type === null) {
      return {
        total: null,
        band: band('posterior-only', T.bands['posterior-only']),
        items: rows,
        derived: { type: null, compartment: null, tesIndication: null, microwaveAloneSuitable: false },
        interpretation: text(T.interpretation['posterior-only']),
        caveats: [],
      };
    }
    const compartment = compartmentOf(type);
    const tes = tesIndication(type);
    return {
      total: type,
      band: band(compartment, T.bands[compartment]),
      items: rows,
      derived: { type, compartment, tesIndication: tes, microwaveAloneSuitable: type <= 3 },
      interpretation: text(T.interpretation[compartment], {
        type: text(T.types[type]),
        tes: text(T.tes[tes]),
      }),
      caveats: tes === 'contraindicated' ? [] : [text(T.caveatIndividual)],
    };
  },
});
