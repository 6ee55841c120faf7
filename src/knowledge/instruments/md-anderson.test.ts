import { describe, expect, it } from 'vitest';
import { render, type Text } from '../text.js';
import { mdAnderson, sumOfProducts } from './md-anderson.js';

const measured = (baseline: [number, number][], followUp: [number, number][]) => ({ newBoneMetastases: false, measurable: { baseline, followUp } });

/** Each refusal of the schema for `input`: its path, English message and its text rendered in Chinese. */
const refusals = (input: unknown) =>
  (mdAnderson.schema.safeParse(input).error?.issues ?? []).map((i) => ({
    path: i.path.join('.'),
    en: i.message,
    zh: render((i as { params?: { text?: Text } }).params?.text, 'zh'),
  }));

describe('MD Anderson bone response (004 §3.1.6 Table 1)', () => {
  it('sums products of perpendicular diameters', () => {
    expect(sumOfProducts([[30, 20], [15, 10]])).toBe(750);
  });
  it.each([
    [[[20, 10]], [[20, 12.5]], 'PD'], // +25 %
    [[[20, 10]], [[20, 12.4]], 'SD'], // +24 %
    [[[20, 10]], [[20, 5]], 'PR'], // −50 %
    [[[20, 10]], [[20, 5.1]], 'SD'], // −49 %
  ] as const)('measurable %j → %j is %s', (baseline, followUp, response) => {
    expect(mdAnderson.score(measured(baseline as never, followUp as never)).band.id).toBe(response);
  });
  it('a new bone metastasis is PD whatever else improved', () => {
    const result = render(mdAnderson.score({ newBoneMetastases: true, lyticSclerosis: 'complete' }), 'en');
    expect(result.band.id).toBe('PD');
    expect(result.interpretation).toMatch(/new bone metastases/);
  });
  it('complete sclerosis or normalisation is CR; partial sclerosis or flare is PR', () => {
    expect(mdAnderson.score({ newBoneMetastases: false, lyticSclerosis: 'complete' }).band.id).toBe('CR');
    expect(mdAnderson.score({ newBoneMetastases: false, normalisation: ['mri-signal'] }).band.id).toBe('CR');
    expect(mdAnderson.score({ newBoneMetastases: false, lyticSclerosis: 'partial' }).band.id).toBe('PR');
    expect(mdAnderson.score({ newBoneMetastases: false, osteoblasticFlare: true }).band.id).toBe('PR');
  });
  it('subjective changes use the same thresholds', () => {
    expect(mdAnderson.score({ newBoneMetastases: false, boneScanUptakeChangePercent: 25 }).band.id).toBe('PD');
    expect(mdAnderson.score({ newBoneMetastases: false, nonMeasurableChangePercent: -50 }).band.id).toBe('PR');
    expect(mdAnderson.score({ newBoneMetastases: false, nonMeasurableChangePercent: 0 }).band.id).toBe('SD');
  });
  it('localises the category', () => {
    expect(render(mdAnderson.score({ newBoneMetastases: false, lyticSclerosis: 'partial' }), 'zh').band.label).toBe('PR — 部分缓解');
  });
  it('rejects no findings, mismatched lesion lists and a zero baseline', () => {
    expect(() => mdAnderson.score({ newBoneMetastases: false })).toThrow(/no imaging finding/);
    expect(() => mdAnderson.score(measured([[10, 10]], [[10, 10], [5, 5]]))).toThrow(/same lesions/);
    expect(() => mdAnderson.score(measured([[0, 10]], [[5, 5]]))).toThrow(/size > 0/);
  });
  it('each refusal keeps its English message and carries its text, rendered in the user\'s language', () => {
    expect(refusals({ newBoneMetastases: false })).toEqual([{
      path: '',
      en: 'no imaging finding given: add at least one of measurable, nonMeasurableChangePercent, boneScanUptakeChangePercent, lyticSclerosis, normalisation, osteoblasticFlare',
      zh: '未提供任何影像学所见：请至少填写 measurable、nonMeasurableChangePercent、boneScanUptakeChangePercent、lyticSclerosis、normalisation、osteoblasticFlare 中的一项',
    }]);
    expect(refusals(measured([[10, 10]], [[10, 10], [5, 5]]))).toEqual([{
      path: 'measurable.followUp',
      en: 'baseline and followUp must list the same lesions in the same order (use [0, 0] for a lesion that disappeared)',
      zh: 'baseline 与 followUp 须按相同顺序列出相同的病灶（已消失的病灶填 [0, 0]）',
    }]);
    expect(refusals(measured([[0, 10]], [[5, 5]]))).toEqual([
      { path: 'measurable.baseline', en: 'baseline lesions must have a size > 0', zh: 'baseline 病灶的大小须 > 0' },
    ]);
  });
});
