import { describe, expect, it } from 'vitest';
import { sins } from '../instruments/sins.js';
import { lesionPainfulFromSins, painTypeFromSins, sinsPainOf } from './sins-pain.js';

const base = { level: 'T11', boneLesion: 'blastic', alignment: 'normal', collapse: 'none', posterolateral: 'none' } as const;

describe('the SINS pain item as the lesion\'s pain (Fisher 2010; 002 §2.3)', () => {
  // Fisher 2010: mechanical pain 3, occasional non-mechanical pain 1, pain-free lesion 0.
  it.each([
    ['mechanical', true, 3],
    ['occasional-non-mechanical', true, 1],
    ['pain-free', false, 0],
  ] as const)('%s: painful %s (SINS pain points %i)', (pain, painful, points) => {
    expect(lesionPainfulFromSins(pain)).toBe(painful);
    // the instrument scores the same item: a painful lesion is one with pain points
    const item = sins.score({ ...base, pain }).items.find((i) => i.id === 'pain');
    expect(item?.points).toBe(points);
  });

  it('says nothing of a lesion without a SINS, or with a pain item SINS does not have', () => {
    expect(lesionPainfulFromSins(undefined)).toBeUndefined();
    expect(sinsPainOf({ level: 'L1', pain: 'mechanical' })).toBe('mechanical');
    expect(sinsPainOf({ level: 'L1', pain: 'severe' })).toBeUndefined();
    expect(sinsPainOf(undefined)).toBeUndefined();
  });
});

describe('SINS mechanical pain as the patient\'s pain type (002 §1.2: local, mechanical, radicular)', () => {
  it('one lesion with mechanical pain makes the scored pain mechanical', () => {
    expect(painTypeFromSins(['pain-free', 'mechanical'], { score: '7' })).toBe('mechanical');
    expect(painTypeFromSins([undefined, 'mechanical'], { score: 0 })).toBe('mechanical');
  });

  it('occasional non-mechanical pain names no type (local or radicular is not said by SINS)', () => {
    expect(painTypeFromSins(['occasional-non-mechanical', 'pain-free', undefined], { score: '7' })).toBeUndefined();
  });

  it('fills nothing without a pain score, and never replaces a recorded type', () => {
    expect(painTypeFromSins(['mechanical'], {})).toBeUndefined();
    expect(painTypeFromSins(['mechanical'], { score: ' ' })).toBeUndefined();
    expect(painTypeFromSins(['mechanical'], { score: '7', type: 'radicular' })).toBeUndefined();
    expect(painTypeFromSins(['mechanical'], { score: '7', type: '' })).toBe('mechanical');
  });
});
