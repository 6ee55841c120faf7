import { describe, expect, it } from 'vitest';
import { render } from '../text.js';
import { sins, sinsItemsOfLesion, sinsLocationOf } from './sins.js';
import { SPINAL_LEVELS } from '../anatomy/spine.js';

const base = { pain: 'pain-free', boneLesion: 'blastic', alignment: 'normal', collapse: 'none', posterolateral: 'none' } as const;

describe('SINS location mapping (REFERENCE S1, Fisher 2010)', () => {
  const expected: Record<string, string> = {
    C1: 'junctional', C2: 'junctional', C3: 'mobile', C6: 'mobile', C7: 'junctional',
    T1: 'junctional', T2: 'junctional', T3: 'semi-rigid', T10: 'semi-rigid', T11: 'junctional',
    T12: 'junctional', L1: 'junctional', L2: 'mobile', L4: 'mobile', L5: 'junctional',
    S1: 'junctional', S2: 'rigid', S5: 'rigid',
  };
  it.each(Object.entries(expected))('%s is %s', (level, category) => {
    expect(sinsLocationOf(level as never)).toBe(category);
  });
  it('maps every level C1–S5', () => {
    expect(SPINAL_LEVELS.map(sinsLocationOf)).toHaveLength(29);
  });
});

describe('SINS items and totals', () => {
  it('scores the minimum 0 at a rigid level and the maximum 18 at a junctional one', () => {
    expect(sins.score({ ...base, level: 'S3' }).total).toBe(0);
    const max = sins.score({
      level: 'L1', pain: 'mechanical', boneLesion: 'lytic', alignment: 'subluxation-translation',
      collapse: 'over-50', posterolateral: 'bilateral',
    });
    expect(max.total).toBe(18);
    expect(max.items.map((i) => i.points)).toEqual([3, 3, 2, 4, 3, 3]);
  });
  it.each([
    ['pain', 'mechanical', 3], ['pain', 'occasional-non-mechanical', 1], ['pain', 'pain-free', 0],
    ['boneLesion', 'lytic', 2], ['boneLesion', 'mixed', 1], ['boneLesion', 'blastic', 0],
    ['alignment', 'subluxation-translation', 4], ['alignment', 'de-novo-deformity', 2], ['alignment', 'normal', 0],
    ['collapse', 'over-50', 3], ['collapse', 'under-50', 2], ['collapse', 'none-over-50-involved', 1], ['collapse', 'none', 0],
    ['posterolateral', 'bilateral', 3], ['posterolateral', 'unilateral', 1], ['posterolateral', 'none', 0],
  ])('%s = %s scores %i', (field, value, points) => {
    const result = sins.score({ ...base, level: 'S3', [field]: value });
    expect(result.items.find((i) => i.id === field)?.points).toBe(points);
    expect(result.total).toBe(points);
  });
  it.each([
    [6, 'stable'], [7, 'potentially-unstable'], [12, 'potentially-unstable'], [13, 'unstable'],
  ])('band boundary: total %i is %s (002 §2.3)', (total, bandId) => {
    // Build the total from a semi-rigid level (1) plus items.
    const inputs: Record<number, object> = {
      6: { level: 'T5', pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'none', posterolateral: 'none' },
      7: { level: 'T5', pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'none-over-50-involved', posterolateral: 'none' },
      12: { level: 'T5', pain: 'mechanical', boneLesion: 'lytic', alignment: 'de-novo-deformity', collapse: 'over-50', posterolateral: 'unilateral' },
      13: { level: 'T12', pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'under-50', posterolateral: 'bilateral' },
    };
    const result = sins.score(inputs[total] as never);
    expect(result.total).toBe(total);
    expect(result.band.id).toBe(bandId);
  });
  it('a span crossing categories takes the higher one and says so', () => {
    const result = render(sins.score({ ...base, level: 'T10-T11' }), 'en');
    expect(result.derived.location).toBe('junctional');
    expect(result.total).toBe(3);
    expect(result.caveats[0]).toContain('T10-T11');
  });
  it('gives no total or band at an irradiated level, with the reason (002 §2.3)', () => {
    const result = render(sins.score({ ...base, level: 'T5', previousTreatmentAtLevel: 'irradiated' }), 'en');
    expect([result.total, result.band.id]).toEqual([null, 'not-assessable']);
    expect(result.interpretation).toMatch(/^This level has been irradiated: .*cannot be assessed/);
  });
  it('localises labels in zh and ja', () => {
    expect(render(sins.score({ ...base, level: 'T5' }), 'zh').band.label).toBe('稳定（0~6 分）');
    expect(render(sins.score({ ...base, level: 'T5' }), 'ja').band.label).toBe('安定（0~6 点）');
  });
});

describe('SINS invalid input', () => {
  it.each(['T13', 'L6', 'C0', 'X1', 'L1-T12'])('rejects level %s', (level) => {
    expect(() => sins.score({ ...base, level })).toThrow(/C1–C7, T1–T12, L1–L5, S1–S5/);
  });
  it('rejects a missing field and an unknown option', () => {
    expect(() => sins.score({ ...base, level: 'T5', pain: undefined } as never)).toThrow();
    expect(() => sins.score({ ...base, level: 'T5', pain: 'severe' } as never)).toThrow();
  });
});

describe('SINS items from the lesion facts entered once (Fisher 2010 item definitions)', () => {
  it('maps character, pedicle/posterolateral involvement and collapse %', () => {
    expect(sinsItemsOfLesion({ character: 'lytic', pediclesInvolved: 'unilateral', collapsePercent: 30 })).toEqual({ boneLesion: 'lytic', posterolateral: 'unilateral', collapse: 'under-50' });
    expect(sinsItemsOfLesion({ character: 'blastic', pediclesInvolved: 'bilateral', collapsePercent: 60 })).toEqual({ boneLesion: 'blastic', posterolateral: 'bilateral', collapse: 'over-50' });
  });
  it('splits collapse at 50 %, counting 50 % itself as "> 50 %" (the more unstable reading)', () => {
    expect(sinsItemsOfLesion({ collapsePercent: 49.9 }).collapse).toBe('under-50');
    expect(sinsItemsOfLesion({ collapsePercent: 50 }).collapse).toBe('over-50');
    expect(sinsItemsOfLesion({ collapsePercent: 0.5 }).collapse).toBe('under-50');
  });
  it('no collapse: none, or 1 point when more than half the body is involved', () => {
    expect(sinsItemsOfLesion({ collapsePercent: 0 }).collapse).toBe('none');
    expect(sinsItemsOfLesion({ collapsePercent: 0, bodyOver50Involved: true }).collapse).toBe('none-over-50-involved');
  });
  it('leaves out what is not recorded or impossible, so SINS asks for it', () => {
    expect(sinsItemsOfLesion({})).toEqual({});
    expect(sinsItemsOfLesion({ character: null, pediclesInvolved: null, collapsePercent: null })).toEqual({});
    expect(sinsItemsOfLesion({ collapsePercent: 120 })).toEqual({});
    expect(sinsItemsOfLesion({ collapsePercent: Number.NaN })).toEqual({});
  });
  it('scores the 002 §2.3 worked lesion the same from the lesion facts: T11 mechanical, lytic, normal, < 50 %, unilateral = 11', () => {
    const items = sinsItemsOfLesion({ character: 'lytic', pediclesInvolved: 'unilateral', collapsePercent: 30 });
    expect(sins.score({ level: 'T11', pain: 'mechanical', alignment: 'normal', ...items } as never).total).toBe(11);
  });
});
