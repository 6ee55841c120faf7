/** Properties every recommendation must have, over many random but valid patients. */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../i18n/lang.js';
import { HISTOLOGY_IDS } from '../histology.js';
import { OPIOIDS, patientFactsSchema, type PatientFactsInput } from '../facts/index.js';
import { SPINAL_LEVELS } from '../anatomy/spine.js';
import { mulberry32 } from '../../stats/prng.js';
import { RULE_CATALOGUE } from './catalog.js';
import { OPTION_IDS, recommend } from './index.js';

function randomFacts(seed: number): PatientFactsInput {
  const r = mulberry32(seed); // replayable from the seed
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const maybe = <T>(value: () => T): T | undefined => (r() < 0.6 ? value() : undefined);
  const bool = () => r() < 0.5;
  const lesionCount = Math.floor(r() * 4);
  return {
    decisionDate: maybe(() => '2026-11-25'),
    patient: { age: 15 + Math.floor(r() * 75), sex: pick(['female', 'male'] as const), weightKg: maybe(() => 40 + r() * 60), pregnant: maybe(bool) },
    primary: {
      histology: maybe(() => pick(HISTOLOGY_IDS)),
      cancerHistory: maybe(() => pick(['none', 'known-active', 'known-inactive'] as const)),
      controlled: maybe(bool),
      boneMetastasisConfirmed: maybe(bool),
    },
    kps: maybe(() => 10 * Math.floor(r() * 11)),
    pain: maybe(() => {
      const score = Math.floor(r() * 11);
      // "controlled" with pain of 4 or more is a contradiction the facts refuse.
      return { score, type: pick(['local', 'mechanical', 'radicular', 'none'] as const), limitsDailyLife: maybe(bool), controlled: score < 4 ? maybe(bool) : maybe(() => false), refractory: maybe(bool) };
    }),
    neurology: maybe(() => ({ frankel: pick(['A', 'B', 'C', 'D', 'E'] as const), deficitProgressing: bool() })),
    lesions: Array.from({ length: lesionCount }, () =>
      r() < 0.8
        ? {
            level: pick(SPINAL_LEVELS),
            character: maybe(() => pick(['lytic', 'blastic', 'mixed'] as const)),
            painful: maybe(bool),
            posteriorWallIntact: maybe(bool),
            pediclesInvolved: maybe(() => pick(['none', 'unilateral', 'bilateral'] as const)),
            collapsePercent: maybe(() => Math.floor(r() * 100)),
            escc: maybe(() => pick(['0', '1a', '1b', '1c', '2', '3'] as const)),
            sins: maybe(() => Math.floor(r() * 19)),
            tomitaSites: maybe(() => [pick(['body', 'pedicle', 'lamina', 'spinal-canal', 'paravertebral'] as const)]),
            wbbZones: maybe(() => [1 + Math.floor(r() * 12)]),
            cordDistanceMm: maybe(() => r() * 30),
            hypervascular: maybe(bool),
            fracture: maybe(() => pick(['none', 'impending', 'pathological'] as const)),
            previouslyIrradiated: maybe(bool),
          }
        : { site: pick(['ilium', 'acetabulum', 'pubis-ischium', 'proximal-femur'] as const), character: maybe(() => pick(['lytic', 'blastic', 'mixed'] as const)), acetabulumInvolved: maybe(bool) },
    ),
    metastases: { spinal: maybe(() => Math.floor(r() * 5)), extraspinalBone: maybe(() => Math.floor(r() * 5)), visceral: maybe(() => pick(['none', 'resectable', 'unresectable'] as const)), brain: maybe(bool) },
    labs: { plateletsPerUl: maybe(() => 1000 + r() * 400000), ptRatio: maybe(() => 0.8 + r() * 1.5), apttRatio: maybe(() => 0.8 + r() * 1.5), creatinineMgDl: maybe(() => 0.4 + r() * 4) },
    infection: maybe(() => ({ local: bool(), systemic: bool() })),
    pmmaAllergy: maybe(bool),
    lifeExpectancyMonths: maybe(() => Math.floor(r() * 48)),
    systemicTherapy: r() < 0.3 ? [{ agent: 'x', class: pick(['vegf-targeted-iv', 'egfr-tki-oral', 'chemotherapy', 'bisphosphonate', 'denosumab'] as const), ongoing: bool(), lastDoseDate: maybe(() => '2026-11-01') }] : [],
    opioids: r() < 0.4 ? [{ drug: pick(OPIOIDS), dailyDose: 5 + r() * 200 }] : [],
    plannedRadiotherapy: maybe(() => ({ doseGy: 8 + Math.floor(r() * 42), fractions: 1 + Math.floor(r() * 25) })),
  };
}

describe('recommend invariants over 300 random valid patients', () => {
  const catalogued = new Set(RULE_CATALOGUE.map((rule) => rule.id));
  it.each(Array.from({ length: 300 }, (_, seed) => seed))('seed %i', (seed) => {
    const facts = randomFacts(seed);
    expect(() => patientFactsSchema.parse(facts)).not.toThrow();
    const result = recommend(facts, LANGS[seed % 3]);
    expect(result.options.map((o) => o.option)).toEqual(expect.arrayContaining([...OPTION_IDS]));
    for (const option of result.options) {
      // Every option is decided by at least one finding, and its verdict is the most decisive.
      expect(option.findings.some((f) => f.verdict !== 'info'), `${option.option} has no deciding finding`).toBe(true);
      for (const f of option.findings) {
        expect(catalogued.has(f.id), f.id).toBe(true);
        expect(f.source.document).toMatch(/^(000|001|002|003|004|public)$/);
        expect(f.because.length, f.id).toBeGreaterThan(0);
        expect(f.because.join(' '), f.id).not.toMatch(/\{\w+\}|undefined|NaN/);
      }
    }
    for (const step of result.plan.opioidTaper) expect(Number.isFinite(step.totalMme)).toBe(true);
    if (result.plan.crclMlPerMin !== null) expect(result.plan.crclMlPerMin).toBeGreaterThan(0);
  });
});
