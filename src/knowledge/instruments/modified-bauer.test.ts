import { describe, expect, it } from 'vitest';
import { render } from '../text.js';
import { HISTOLOGY_IDS } from '../histology.js';
import { modifiedBauer, modifiedBauerBand } from './modified-bauer.js';
import { problemOf } from './test-support.js';

const best = { primary: 'kidney', visceralMetastases: false, skeletalMetastases: 'solitary' } as const;
const points = (input: Parameters<typeof modifiedBauer.score>[0]) => modifiedBauer.score(input).items.map((i) => i.points);

describe('modified Bauer score (Leithner 2008)', () => {
  it('scores the four kept items, one point each: maximum 4, minimum 0', () => {
    expect(modifiedBauer.score(best).total).toBe(4);
    expect(modifiedBauer.score({ primary: 'lung-nsclc', visceralMetastases: true, skeletalMetastases: 'multiple' }).total).toBe(0);
    expect(modifiedBauer.score(best).items.map((i) => i.id)).toEqual(['noVisceral', 'notLung', 'favourablePrimary', 'solitary']);
  });
  it('has no pathological-fracture item (the item Leithner dropped) and rejects one', () => {
    expect(problemOf(() => modifiedBauer.score({ ...best, pathologicalFracture: true } as never)).length).toBeGreaterThan(0);
  });
  it.each(HISTOLOGY_IDS.map((h) => [h] as const))('primary %s: "not lung" and "favourable primary" as published', (primary) => {
    const lung = primary === 'lung-nsclc' || primary === 'lung-sclc';
    const favourable = ['breast', 'kidney', 'lymphoma', 'myeloma'].includes(primary);
    expect(points({ ...best, primary }).slice(1, 3)).toEqual([lung ? 0 : 1, favourable ? 1 : 0]);
  });
  it.each([
    [true, 'solitary', [0, 1, 1, 1]],
    [false, 'multiple', [1, 1, 1, 0]],
  ] as const)('visceral %s, skeletal %s → %j', (visceralMetastases, skeletalMetastases, expected) => {
    expect(points({ ...best, visceralMetastases, skeletalMetastases })).toEqual(expected);
  });
  it.each([[0, '0-1'], [1, '0-1'], [2, '2'], [3, '3-4'], [4, '3-4']] as const)('total %i → band %s', (total, id) => {
    expect(modifiedBauerBand(total)).toBe(id);
  });
  it.each([
    // Worked examples: breast, no visceral, multiple → 3; prostate, visceral, solitary → 2; NSCLC, visceral, multiple → 0.
    [{ primary: 'breast', visceralMetastases: false, skeletalMetastases: 'multiple' }, 3, '3-4'],
    [{ primary: 'prostate', visceralMetastases: true, skeletalMetastases: 'solitary' }, 2, '2'],
    [{ primary: 'lung-sclc', visceralMetastases: false, skeletalMetastases: 'solitary' }, 2, '2'],
    [{ primary: 'colon', visceralMetastases: true, skeletalMetastases: 'multiple' }, 1, '0-1'],
  ] as const)('%j → %i (%s)', (input, total, id) => {
    const result = modifiedBauer.score(input);
    expect(result.total).toBe(total);
    expect(result.band.id).toBe(id);
  });
  it('says that the band survivals were not confirmed rather than printing them', () => {
    const result = render(modifiedBauer.score(best), 'en');
    expect(result.caveats.join(' ')).toMatch(/not confirmed/);
    expect(JSON.stringify(result.band)).not.toMatch(/month/);
  });
});
