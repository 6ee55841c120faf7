/** Properties every recommendation must have, over many random but valid patients. */
import { describe, expect, it } from 'vitest';
import { render } from '../texts.js';
import { LANGS } from '../../i18n/lang.js';
import { patientFactsSchema } from '../facts/index.js';
import { randomFacts } from './test-support.js';
import { RULE_CATALOGUE } from './catalog.js';
import { OPTION_IDS, recommend } from './index.js';

describe('recommend invariants over 300 random valid patients', () => {
  const catalogued = new Set(RULE_CATALOGUE.map((rule) => rule.id));
  it.each(Array.from({ length: 300 }, (_, seed) => seed))('seed %i', (seed) => {
    const facts = randomFacts(seed);
    expect(() => patientFactsSchema.parse(facts)).not.toThrow();
    const result = render(recommend(facts), LANGS[seed % 3] ?? 'en');
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
