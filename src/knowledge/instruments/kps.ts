import { z } from 'zod';
import { kpsText as T } from './kps.text.js';
import { text } from '../text.js';
import { cite, publicSource } from '../sources.js';
import { band, defineInstrument, item } from './instrument.js';

export type KpsValue = 0 | 10 | 20 | 30 | 40 | 50 | 60 | 70 | 80 | 90 | 100;
export type KpsBand = 'good' | 'moderate' | 'poor' | 'dead';

export const kpsValueSchema = z
  .number()
  .int()
  .min(0)
  .max(100)
  .multipleOf(10)
  .transform((v) => v as KpsValue);

/** Conventional mapping (REFERENCE S1): 100–90 → 0, 80–70 → 1, 60–50 → 2, 40–30 → 3, 20–10 → 4, 0 → 5. */
export function ecogFromKps(kps: KpsValue): 0 | 1 | 2 | 3 | 4 | 5 {
  if (kps === 0) return 5;
  return Math.min(4, Math.floor((100 - kps) / 20)) as 0 | 1 | 2 | 3 | 4;
}

/** Karnofsky's three groups, also the revised Tokuhashi general-condition bands (002 §2.2). */
export function kpsBand(kps: KpsValue): KpsBand {
  if (kps === 0) return 'dead';
  return kps >= 80 ? 'good' : kps >= 50 ? 'moderate' : 'poor';
}

export const kpsInput = z.strictObject({ kps: kpsValueSchema.describe('Karnofsky score 0–100 in steps of 10') });
export type KpsInput = z.input<typeof kpsInput>;

export const kps = defineInstrument({
  id: 'kps',
  version: '1.0.0',
  name: T.name,
  summary: T.summary,
  schema: kpsInput,
  sources: [
    cite('000', '§1.3'),
    cite('002', '§1.1'),
    cite('002', '§2.2'),
    publicSource('Karnofsky DA, Burchenal JH 1949; Oken MM et al. Am J Clin Oncol 1982;5:649–55 (ECOG)'),
  ],
  examples: [{ kps: 70 }, { kps: 90 }],
  compute({ kps: value }) {
    const ecog = ecogFromKps(value);
    const bandId = kpsBand(value);
    const tokuhashi = bandId === 'good' ? 2 : bandId === 'moderate' ? 1 : 0;
    const group = value >= 80 ? '80–100' : '10–70';
    return {
      total: value,
      band: band(bandId, T.bands[bandId]),
      items: [item('kps', T.itemLabel, value, T.levels[value], value)],
      derived: { ecog, ecogLabel: text(T.ecog[ecog]), group000: value === 0 ? null : group },
      interpretation:
        value === 0
          ? text(T.deadInterpretation)
          : text(T.interpretation, { kps: value, ecog, tokuhashi, group }),
      caveats: [text(T.caveats.ecogMapping)],
    };
  },
});
