import { describe, expect, it } from 'vitest';
import { render } from '../text.js';
import { modifiedBauer } from './modified-bauer.js';
import { nesms, type NesmsInput } from './nesms.js';
import { problemOf } from './test-support.js';

const bauer3 = { primary: 'breast', visceralMetastases: false, skeletalMetastases: 'multiple' } as const; // 3/4
const bauer2 = { primary: 'prostate', visceralMetastases: true, skeletalMetastases: 'solitary' } as const; // 2/4
const best: NesmsInput = { ...bauer3, ambulatory: 'independent', albumin: 3.5 };
const points = (input: NesmsInput) => nesms.score(input).items.map((i) => i.points);

describe('NESMS (Ghori 2015; Schoenfeld 2021)', () => {
  it('weights modified Bauer 2, ambulation 1, albumin 1, with a ceiling of 3', () => {
    expect(points(best)).toEqual([2, 1, 1]);
    const result = render(nesms.score(best), 'en');
    expect(result.total).toBe(3);
    expect(result.derived.pointsBeforeCeiling).toBe(4);
    expect(result.caveats[0]).toMatch(/ceiling of 3/);
    expect(render(nesms.score({ ...best, albumin: 3 }), 'en').caveats[0]).not.toMatch(/ceiling/);
    expect(nesms.score({ ...bauer2, ambulatory: 'non-ambulatory', albumin: 2.9 }).total).toBe(0);
  });
  it.each([
    [{ primary: 'kidney', visceralMetastases: false, skeletalMetastases: 'solitary' }, 4, 2],
    [bauer3, 3, 2],
    [bauer2, 2, 0],
    [{ primary: 'colon', visceralMetastases: true, skeletalMetastases: 'multiple' }, 1, 0],
    [{ primary: 'lung-sclc', visceralMetastases: true, skeletalMetastases: 'multiple' }, 0, 0],
  ] as const)('modified Bauer part %j = %i → %i points, scored by the modified Bauer instrument', (part, bauerTotal, expected) => {
    expect(modifiedBauer.score(part).total).toBe(bauerTotal);
    const result = nesms.score({ ...part, ambulatory: 'non-ambulatory', albumin: 3 });
    expect(result.derived.modifiedBauer).toBe(bauerTotal);
    expect(result.items[0]?.points).toBe(expected);
  });
  it.each([['independent', 1], ['assisted', 0], ['non-ambulatory', 0]] as const)('ambulatory %s → %i', (ambulatory, expected) => {
    expect(points({ ...best, ambulatory })[1]).toBe(expected);
  });
  it.each([[3.4, 0], [3.49, 0], [3.5, 1], [4.2, 1]])('albumin %f g/dL → %i', (albumin, expected) => {
    expect(points({ ...best, albumin })[2]).toBe(expected);
  });
  it.each([
    [{ ...best }, '3'],
    [{ ...best, albumin: 3.0 }, '3'],
    [{ ...best, ambulatory: 'assisted', albumin: 3.0 }, '2'],
    [{ ...bauer2, ambulatory: 'independent', albumin: 3.8 }, '2'],
    [{ ...bauer2, ambulatory: 'assisted', albumin: 3.8 }, '1'],
    [{ ...bauer3, ambulatory: 'assisted', albumin: 3.1 }, '2'],
  ] as const)('%j → band %s', (input, id) => {
    const result = nesms.score(input);
    expect(result.band.id).toBe(id);
    expect(String(result.total)).toBe(id);
  });
  it('rejects an albumin given in g/L', () => {
    expect(problemOf(() => nesms.score({ ...best, albumin: 38 })).map((p) => p.path)).toEqual(['input.albumin']);
  });
  it('names the unconfirmed cut-offs instead of printing unconfirmed survival percentages', () => {
    const result = render(nesms.score(best), 'en');
    expect(result.caveats.join(' ')).toMatch(/not confirmed/);
    expect(result.band.label).not.toMatch(/%/);
  });
});
