import { describe, expect, it } from 'vitest';
import { render, type Text } from '../text.js';
import { problemOf } from './test-support.js';
import { ecogFromKps, kps, kpsBand } from './kps.js';
import { escc } from './escc.js';
import { frankel } from './frankel.js';
import { painBand, painResponse, vas } from './vas.js';

describe('ESCC / Bilsky (002 §2.4, NOMS)', () => {
  it.each([
    ['0', 'low-grade', false], ['1a', 'low-grade', false], ['1b', 'low-grade', false],
    ['1c', 'cord-abutment', false], ['2', 'high-grade', true], ['3', 'high-grade', true],
  ])('grade %s → %s', (grade, bandId, high) => {
    const result = escc.score({ grade });
    expect(result.band.id).toBe(bandId);
    expect(result.derived.highGrade).toBe(high);
    expect(result.total).toBeNull();
  });
  it('grade 0 suggests radiotherapy alone, 2–3 separation surgery + RT', () => {
    expect(render(escc.score({ grade: 0 }), 'en').interpretation).toMatch(/radiotherapy alone/);
    expect(render(escc.score({ grade: 3 }), 'en').interpretation).toMatch(/separation surgery/);
    expect(render(escc.score({ grade: '2' }), 'zh').interpretation).toContain('分离手术加术后');
  });
  it('accepts upper-case and numeric grades, rejects others', () => {
    expect(escc.score({ grade: '1C' }).derived.grade).toBe('1c');
    expect(() => escc.score({ grade: '1d' })).toThrow(/1a/);
    expect(() => escc.score({ grade: 4 })).toThrow();
  });
});

describe('KPS and ECOG (REFERENCE S1)', () => {
  it.each([
    [100, 0], [90, 0], [80, 1], [70, 1], [60, 2], [50, 2], [40, 3], [30, 3], [20, 4], [10, 4], [0, 5],
  ] as const)('KPS %i → ECOG %i', (value, ecog) => {
    expect(ecogFromKps(value)).toBe(ecog);
    expect(kps.score({ kps: value }).derived.ecog).toBe(ecog);
  });
  it.each([
    [100, 'good'], [80, 'good'], [70, 'moderate'], [50, 'moderate'], [40, 'poor'], [10, 'poor'], [0, 'dead'],
  ] as const)('KPS %i is in band %s (Tokuhashi bands, 002 §2.2)', (value, bandId) => {
    expect(kpsBand(value)).toBe(bandId);
  });
  it('puts 80 in the 000 group 80–100 and 70 in 10–70', () => {
    expect(kps.score({ kps: 80 }).derived.group000).toBe('80–100');
    expect(kps.score({ kps: 70 }).derived.group000).toBe('10–70');
  });
  it.each([75, 110, -10, 7.5])('rejects KPS %s', (value) => {
    expect(() => kps.score({ kps: value })).toThrow();
  });
  it('localises the standard description', () => {
    expect(render(kps.score({ kps: 70 }), 'ja').items[0]?.answerLabel).toBe('身の回りのことはできるが、通常の活動や仕事はできない');
  });
});

describe('VAS / NRS', () => {
  it.each([[0, 'none'], [1, 'mild'], [3, 'mild'], [3.9, 'mild'], [4, 'moderate'], [6, 'moderate'], [6.9, 'moderate'], [7, 'severe'], [10, 'severe']] as const)(
    'score %s → %s', (score, bandId) => expect(painBand(score)).toBe(bandId),
  );
  it('flags the 000 inclusion threshold VAS > 6 (000 §1.1)', () => {
    expect(vas.score({ score: 6 }).derived.above000InclusionThreshold).toBe(false);
    expect(vas.score({ score: 6.1 }).derived.above000InclusionThreshold).toBe(true);
  });
  it('a 50 % reduction is a response, 49 % is not (001 review 1(6))', () => {
    expect(painResponse(8, 4)).toEqual({ reduction: 0.5, responder: true });
    expect(painResponse(7.03, 3.02).responder).toBe(true); // 000 Table 2, PVP+IMRT baseline → 1 month
    expect(painResponse(6.96, 5.43).responder).toBe(false); // 000 Table 2, IMRT baseline → 1 month
    expect(painResponse(10, 5.1).responder).toBe(false);
    const result = vas.score({ score: 4, baseline: 8, scale: 'nrs' });
    expect(result.derived.reductionPercent).toBe(50);
    expect(result.derived.responder).toBe(true);
  });
  it('explains the pain type (002 §1.2)', () => {
    expect(render(vas.score({ score: 7, painType: 'mechanical' }), 'en').interpretation).toMatch(/vertebral augmentation or surgical fixation/);
    expect(render(vas.score({ score: 7, painType: 'local' }), 'zh').interpretation).toContain('放疗效果较好');
  });
  it('rejects decimals on the NRS and scores outside 0–10', () => {
    expect(() => vas.score({ score: 6.5, scale: 'nrs' })).toThrow(/integers 0–10/);
    expect(() => vas.score({ score: 11 })).toThrow();
    expect(() => vas.score({ score: 5, painType: 'burning' } as never)).toThrow();
  });
  it('the NRS refusal keeps its English message and carries its text, rendered in the user\'s language', () => {
    const issues = vas.schema.safeParse({ score: 6.5, scale: 'nrs', baseline: 8 }).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([['score', '6.5 is not accepted on the NRS; accepted: integers 0–10']]);
    const texts = issues.map((i) => (i as { params?: { text?: Text } }).params?.text);
    expect(render(texts, 'zh')).toEqual(['NRS 不接受 6.5；可填 0~10 的整数']);
    expect(render(texts, 'ja')).toEqual(['NRS では 6.5 は入力できない；0~10 の整数']);
  });
});

describe('Frankel', () => {
  it.each([['A', 'complete', 0], ['B', 'complete', 0], ['C', 'incomplete', 1], ['D', 'incomplete', 1], ['E', 'none', 2]] as const)(
    'grade %s → %s, Tokuhashi palsy %i', (grade, bandId, points) => {
      const result = frankel.score({ grade });
      expect(result.band.id).toBe(bandId);
      expect(result.derived.tokuhashiPalsyPoints).toBe(points);
    },
  );
  it('warns that incomplete paralysis contraindicates PVP (002 §3.4)', () => {
    expect(render(frankel.score({ grade: 'c' }), 'en').caveats[0]).toMatch(/contraindicates PVP/);
    expect(problemOf(() => frankel.score({ grade: 'F' }))).toEqual([{ path: 'input.grade', message: '"F" is not accepted; accepted: "A", "B", "C", "D", "E"' }]);
  });
});
