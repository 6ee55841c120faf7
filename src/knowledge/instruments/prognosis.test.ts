import { describe, expect, it } from 'vitest';
import { render, type Text } from '../text.js';
import { problemOf } from './test-support.js';
import { HISTOLOGIES } from '../histology.js';
import { extraspinalBonePoints, tokuhashi, tokuhashiBand, tokuhashiBandOfMonths, vertebralBodyPoints } from './tokuhashi.js';
import { tomita, tomitaBand } from './tomita.js';

const tokuhashiBase = {
  kps: 80, extraspinalBoneMetastases: 0, vertebralBodyMetastases: 1, visceralMetastases: 'none', primary: 'thyroid', frankel: 'E',
} as const;

describe('revised Tokuhashi (002 §2.2, REFERENCE S2)', () => {
  // 002 §2.2: "预期生存时间分别为＜6 个月、6~12 个月和＞12 个月" — an estimate in months falls in the same bands.
  it.each([
    [0, 'under-6-months'], [5.9, 'under-6-months'], [6, '6-to-12-months'], [12, '6-to-12-months'], [12.1, 'over-12-months'], [36, 'over-12-months'],
  ] as const)('an estimate of %s months lies in the band %s', (months, band) => {
    expect(tokuhashiBandOfMonths(months)).toBe(band);
  });
  it('scores the maximum 15 and the minimum 0', () => {
    expect(tokuhashi.score(tokuhashiBase).total).toBe(15);
    expect(tokuhashi.score({ kps: 40, extraspinalBoneMetastases: 3, vertebralBodyMetastases: 3, visceralMetastases: 'unresectable', primary: 'lung-nsclc', frankel: 'A' }).total).toBe(0);
  });
  it.each([[10, 0], [40, 0], [50, 1], [70, 1], [80, 2], [100, 2]])('KPS %i → %i', (value, points) => {
    expect(tokuhashi.score({ ...tokuhashiBase, kps: value }).items[0]?.points).toBe(points);
  });
  it.each([[0, 2], [1, 1], [2, 1], [3, 0], [7, 0]])('extraspinal bone metastases %i → %i', (n, p) => expect(extraspinalBonePoints(n)).toBe(p));
  it.each([[1, 2], [2, 1], [3, 0], [5, 0]])('vertebral-body metastases %i → %i', (n, p) => expect(vertebralBodyPoints(n)).toBe(p));
  it.each([['unresectable', 0], ['resectable', 1], ['none', 2]] as const)('visceral %s → %i', (visceral, points) => {
    expect(tokuhashi.score({ ...tokuhashiBase, visceralMetastases: visceral }).items[3]?.points).toBe(points);
  });
  it.each([
    ['lung-nsclc', 0], ['lung-sclc', 0], ['osteosarcoma', 0], ['stomach', 0], ['bladder', 0], ['esophagus', 0], ['pancreas', 0],
    ['liver', 1], ['gallbladder', 1], ['unknown-primary', 1],
    ['colon', 2], ['melanoma', 2], ['other', 2],
    ['kidney', 3], ['uterus', 3], ['rectum', 4],
    ['thyroid', 5], ['breast', 5], ['prostate', 5], ['carcinoid', 5],
  ] as const)('primary %s → %i', (primary, points) => {
    expect(tokuhashi.score({ ...tokuhashiBase, primary }).items[4]?.points).toBe(points);
  });
  it.each([['A', 0], ['B', 0], ['C', 1], ['D', 1], ['E', 2]] as const)('Frankel %s → %i', (grade, points) => {
    expect(tokuhashi.score({ ...tokuhashiBase, frankel: grade }).items[5]?.points).toBe(points);
  });
  it.each([[8, 'under-6-months'], [9, '6-to-12-months'], [11, '6-to-12-months'], [12, 'over-12-months']] as const)(
    'total %i → %s', (total, bandId) => expect(tokuhashiBand(total)).toBe(bandId),
  );
  it('lowers breast 5 → 3 for ER/HR-negative and triple-negative disease (002 §2.2)', () => {
    const base = { ...tokuhashiBase, primary: 'breast' } as const;
    expect(tokuhashi.score({ ...base, breastSubtype: 'triple-negative' }).items[4]?.points).toBe(3);
    expect(tokuhashi.score({ ...base, breastSubtype: 'er-hr-negative' })).toMatchObject({
      total: 13, band: { id: 'over-12-months' }, publishedTotal: 15, publishedBand: { id: 'over-12-months' },
    });
    expect(tokuhashi.score({ ...base, breastSubtype: 'hormone-receptor-positive' }).total).toBe(15);
    expect(render(tokuhashi.score(base), 'en').caveats[0]).toMatch(/without receptor status/);
  });
  it('always carries the 002 §2.2 caveats', () => {
    const caveats = render(tokuhashi.score(tokuhashiBase), 'en').caveats.join(' ');
    expect(caveats).toMatch(/63 %/);
    expect(caveats).toMatch(/18\.4 months/);
    expect(caveats).toMatch(/stability/);
  });
  it('rejects KPS 0, an unknown histology, a subtype on a non-breast primary and zero vertebral metastases', () => {
    expect(problemOf(() => tokuhashi.score({ ...tokuhashiBase, kps: 0 }))).toEqual([{ path: 'input.kps', message: '0 is too small; minimum 10' }]);
    expect(() => tokuhashi.score({ ...tokuhashiBase, primary: 'spleen' } as never)).toThrow(/lung-nsclc/);
    expect(() => tokuhashi.score({ ...tokuhashiBase, breastSubtype: 'triple-negative' })).toThrow(/only applies/);
    expect(() => tokuhashi.score({ ...tokuhashiBase, vertebralBodyMetastases: 0 })).toThrow();
  });
});

describe('Tomita score (002 §2.1, REFERENCE S2)', () => {
  it.each([
    ['breast', 1], ['thyroid', 1], ['prostate', 1], ['kidney', 2], ['uterus', 2],
    ['lung-nsclc', 4], ['liver', 4], ['stomach', 4], ['colon', 4], ['unknown-primary', 4],
  ] as const)('growth points of %s = %i', (primary, points) => {
    expect(tomita.score({ primary, visceralMetastases: 'none', boneMetastases: 'solitary' }).items[0]?.points).toBe(points);
  });
  it('ranges 2–10', () => {
    expect(tomita.score({ primary: 'breast', visceralMetastases: 'none', boneMetastases: 'solitary' }).total).toBe(2);
    expect(tomita.score({ primary: 'lung-sclc', visceralMetastases: 'untreatable', boneMetastases: 'multiple' }).total).toBe(10);
    expect(tomita.score({ primary: 'kidney', visceralMetastases: 'treatable', boneMetastases: 'multiple' }).total).toBe(6);
  });
  it.each([[2, 'wide-or-marginal'], [3, 'wide-or-marginal'], [4, 'marginal-or-intralesional'], [5, 'marginal-or-intralesional'], [6, 'palliative-surgery'], [7, 'palliative-surgery'], [8, 'supportive-care'], [10, 'supportive-care']] as const)(
    'total %i → %s', (total, bandId) => expect(tomitaBand(total)).toBe(bandId),
  );
  it('moves triple-negative breast from slow (1) to moderate (2) growth (002 §2.2)', () => {
    const result = tomita.score({ primary: 'breast', breastSubtype: 'triple-negative', visceralMetastases: 'none', boneMetastases: 'solitary' });
    expect(result.items[0]?.points).toBe(2);
    expect(result.total).toBe(3);
    expect(result.publishedTotal).toBe(2);
    expect(result.derived.breastModifierApplied).toBe(true);
  });
  it('requires the growth class for a histology Tomita does not classify, and accepts it when given', () => {
    expect(() => tomita.score({ primary: 'melanoma', visceralMetastases: 'none', boneMetastases: 'solitary' })).toThrow(/growth.*slow, moderate, rapid/s);
    expect(tomita.score({ primary: 'melanoma', growth: 'rapid', visceralMetastases: 'none', boneMetastases: 'solitary' }).total).toBe(5);
  });
  it('its refusals keep their English message and carry their text, rendered in the user\'s language', () => {
    const issues = tomita.schema.safeParse({ primary: 'melanoma', breastSubtype: 'triple-negative', visceralMetastases: 'none', boneMetastases: 'solitary' }).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message, render((i as { params?: { text?: Text } }).params?.text, 'zh')])).toEqual([
      ['growth', 'required for primary "melanoma": Tomita 2001 publishes no growth class for it; accepted: slow, moderate, rapid', '原发肿瘤为 "melanoma" 时必填：Tomita 2001 未给出其生长速度分类；可填 slow, moderate, rapid'],
      ['breastSubtype', 'only applies when primary is "breast" (primary is "melanoma")', '仅在原发肿瘤为 "breast" 时适用（原发肿瘤为 "melanoma"）'],
    ]);
  });
  it('notes when the given growth class overrides the published one', () => {
    const result = render(tomita.score({ primary: 'kidney', growth: 'rapid', visceralMetastases: 'none', boneMetastases: 'solitary' }), 'en');
    expect(result.total).toBe(5);
    expect(result.caveats[0]).toMatch(/overrid|given class was used/);
  });
  it('every histology has Tokuhashi points 0–5', () => {
    for (const h of Object.values(HISTOLOGIES)) expect([0, 1, 2, 3, 4, 5]).toContain(h.tokuhashi);
  });
});
