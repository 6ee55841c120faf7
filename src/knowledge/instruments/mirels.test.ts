import { describe, expect, it } from 'vitest';
import { render } from '../text.js';
import { mirels, mirelsBand, mirelsItemsOfLesion } from './mirels.js';
import { problemOf } from './test-support.js';

/** Mirels 1989, Table 1: each item scores 1, 2 or 3; the total runs 4–12. */
describe('Mirels score (Mirels 1989, public)', () => {
  it.each([
    // [site, pain, lesion, size, points per item, total]
    ['upper-limb', 'mild', 'blastic', 'under-third', [1, 1, 1, 1], 4],
    ['lower-limb', 'moderate', 'mixed', 'third-to-two-thirds', [2, 2, 2, 2], 8],
    ['peritrochanteric', 'functional', 'lytic', 'over-two-thirds', [3, 3, 3, 3], 12],
    ['upper-limb', 'moderate', 'lytic', 'third-to-two-thirds', [1, 2, 3, 2], 8],
    ['lower-limb', 'functional', 'lytic', 'under-third', [2, 3, 3, 1], 9],
    ['lower-limb', 'mild', 'lytic', 'third-to-two-thirds', [2, 1, 3, 2], 8],
    ['upper-limb', 'mild', 'mixed', 'third-to-two-thirds', [1, 1, 2, 2], 6],
  ] as const)('%s, %s pain, %s, %s → %j = %i', (site, pain, lesion, size, points, total) => {
    const result = mirels.score({ site, pain, lesion, size });
    expect(result.items.map((i) => i.points)).toEqual(points);
    expect(result.total).toBe(total);
  });
  it.each([[4, 'low'], [7, 'low'], [8, 'borderline'], [9, 'high'], [12, 'high']] as const)('total %i → %s (≥ 9 prophylactic fixation, 8 judgement, ≤ 7 irradiate)', (total, band) => {
    expect(mirelsBand(total)).toBe(band);
  });
  it('is cited as a public score and says the sources do not print it, in zh and ja too', () => {
    const result = render(mirels.score({ site: 'peritrochanteric', pain: 'functional', lesion: 'lytic', size: 'over-two-thirds' }), 'zh');
    expect(result.sources).toEqual([expect.objectContaining({ document: 'public', citation: expect.stringContaining('Clin Orthop Relat Res 1989') })]);
    expect(result.caveats[0]).toContain('004 §4.5.2');
    expect(render(mirels.score({ site: 'upper-limb', pain: 'mild', lesion: 'blastic', size: 'under-third' }), 'ja').interpretation).toBe('Mirels スコア 4/12 点：7 点以下：骨折リスク低——放射線治療と経過観察（Mirels）。');
  });
  it('refuses an unknown site or a missing item, naming the field', () => {
    expect(problemOf(() => mirels.score({ site: 'spine', pain: 'mild', lesion: 'lytic', size: 'under-third' } as never))[0]?.path).toBe('input.site');
    expect(problemOf(() => mirels.score({ site: 'upper-limb', pain: 'mild', lesion: 'lytic' } as never))[0]?.path).toBe('input.size');
  });
});

describe('the Mirels items a long-bone lesion answers', () => {
  it('reads the bone as the limb, peritrochanteric as its own site, and pain, character and cortex as they are', () => {
    expect(mirelsItemsOfLesion({ site: 'long-bone', longBone: 'humerus', limbPain: 'functional', character: 'lytic', cortexInvolved: 'over-two-thirds' }))
      .toEqual({ site: 'upper-limb', pain: 'functional', lesion: 'lytic', size: 'over-two-thirds' });
    expect(mirelsItemsOfLesion({ site: 'long-bone', longBone: 'tibia', character: 'blastic' })).toEqual({ site: 'lower-limb', lesion: 'blastic' });
    expect(mirelsItemsOfLesion({ site: 'proximal-femur', longBone: 'femur', peritrochanteric: true })).toEqual({ site: 'peritrochanteric' });
    expect(mirelsItemsOfLesion({ site: 'proximal-femur', longBone: 'femur', peritrochanteric: false })).toEqual({ site: 'lower-limb' });
  });
  it('leaves the site open where the bone, or whether a proximal-femur lesion is peritrochanteric, is not recorded', () => {
    expect(mirelsItemsOfLesion({ site: 'proximal-femur', longBone: 'femur', limbPain: 'mild' })).toEqual({ pain: 'mild' });
    expect(mirelsItemsOfLesion({ site: 'long-bone' })).toEqual({});
  });
});
