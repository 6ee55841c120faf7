import { describe, expect, it } from 'vitest';
import { render, type Text } from '../text.js';
import { HISTOLOGY_IDS, type Histology } from '../histology.js';
import { KATAGIRI_GROWTH, katagiri, katagiriBand, katagiriLab, type KatagiriInput } from './katagiri.js';
import { problemOf } from './test-support.js';

const normalLab = { crp: 0.1, ldh: 180, albumin: 4.1, platelets: 250_000, calcium: 9.2, bilirubin: 0.5 };
const base: KatagiriInput = {
  primary: 'thyroid', visceralMetastases: 'none', laboratory: normalLab, ecog: 0, previousChemotherapy: false, skeletalMetastases: 'solitary',
};
const points = (input: KatagiriInput) => katagiri.score(input).items.map((i) => i.points);

/** Each refusal of the schema for `input`: its path, English message and its text rendered in Chinese. */
const refusals = (input: unknown) =>
  (katagiri.schema.safeParse(input).error?.issues ?? []).map((i) => ({
    path: i.path.join('.'),
    en: i.message,
    zh: render((i as { params?: { text?: Text } }).params?.text, 'zh'),
  }));

describe('new Katagiri score (Katagiri 2014)', () => {
  it('scores 0 at best and 10 at worst', () => {
    expect(katagiri.score(base).total).toBe(0);
    expect(katagiri.score({
      primary: 'pancreas', visceralMetastases: 'disseminated', laboratory: { ...normalLab, platelets: 80_000 },
      ecog: 4, previousChemotherapy: true, skeletalMetastases: 'multiple',
    }).total).toBe(10);
  });

  // The published primary-lesion groups, as read onto HISTOLOGY_IDS.
  const expected: Record<Histology, 0 | 2 | 3 | 'lung' | 'hormone' | null> = {
    thyroid: 0, myeloma: 0, lymphoma: 0,
    kidney: 2, ovary: 2, osteosarcoma: 2, 'soft-tissue-sarcoma': 2,
    colon: 3, rectum: 3, stomach: 3, pancreas: 3, esophagus: 3, 'head-and-neck': 3, bladder: 3, melanoma: 3, liver: 3, gallbladder: 3, 'unknown-primary': 3,
    'lung-sclc': 3, 'lung-nsclc': 'lung', breast: 'hormone', prostate: 'hormone',
    uterus: null, carcinoid: null, 'germ-cell': null, other: null,
  };
  it.each(HISTOLOGY_IDS.map((h) => [h, expected[h]] as const))('primary %s → %s', (primary, want) => {
    if (typeof want === 'number') {
      expect(points({ ...base, primary })[0]).toBe(want);
    } else if (want === 'lung') {
      expect(points({ ...base, primary, molecularTargetedTherapy: true })[0]).toBe(2);
      expect(points({ ...base, primary, molecularTargetedTherapy: false })[0]).toBe(3);
      expect(problemOf(() => katagiri.score({ ...base, primary })).map((p) => p.path)).toEqual(['input.molecularTargetedTherapy']);
    } else if (want === 'hormone') {
      expect(points({ ...base, primary, hormoneDependent: true })[0]).toBe(0);
      expect(points({ ...base, primary, hormoneDependent: false })[0]).toBe(2);
      expect(problemOf(() => katagiri.score({ ...base, primary })).map((p) => p.path)).toEqual(['input.hormoneDependent']);
    } else {
      expect(KATAGIRI_GROWTH[primary]).toBeNull();
      expect(problemOf(() => katagiri.score({ ...base, primary })).map((p) => p.path)).toEqual(['input.growth']);
      expect(points({ ...base, primary, growth: 'rapid' })[0]).toBe(3);
    }
  });
  it('uses a given growth group over the published one and says so', () => {
    const result = render(katagiri.score({ ...base, primary: 'kidney', growth: 'slow' }), 'en');
    expect(result.items[0]?.points).toBe(0);
    expect(result.derived.publishedGrowth).toBe('moderate');
    expect(result.caveats[0]).toMatch(/published table places in "moderate growth"/);
    expect(render(katagiri.score({ ...base, primary: 'kidney', growth: 'moderate' }), 'en').caveats[0]).not.toMatch(/was given/);
  });
  it('rejects qualifiers that do not apply to the histology', () => {
    expect(problemOf(() => katagiri.score({ ...base, hormoneDependent: true })).map((p) => p.path)).toEqual(['input.hormoneDependent']);
    expect(problemOf(() => katagiri.score({ ...base, primary: 'lung-sclc', molecularTargetedTherapy: true })).map((p) => p.path)).toEqual(['input.molecularTargetedTherapy']);
    expect(problemOf(() => katagiri.score({ ...base, primary: 'breast', hormoneDependent: true, molecularTargetedTherapy: true })).map((p) => p.path)).toEqual(['input.molecularTargetedTherapy']);
  });
  it('each refusal keeps its English message and carries its text, rendered in the user\'s language', () => {
    expect(refusals({ ...base, hormoneDependent: true, molecularTargetedTherapy: true })).toEqual([
      { path: 'molecularTargetedTherapy', en: 'only applies to non-small-cell lung cancer (primary is "thyroid")', zh: '仅适用于非小细胞肺癌（原发肿瘤为 "thyroid"）' },
      { path: 'hormoneDependent', en: 'only applies to breast and prostate cancer (primary is "thyroid")', zh: '仅适用于乳腺癌和前列腺癌（原发肿瘤为 "thyroid"）' },
    ]);
    expect(refusals({ ...base, primary: 'uterus' })).toEqual([{
      path: 'growth',
      en: 'required for primary "uterus": Katagiri 2014 does not place it unambiguously; accepted: slow, moderate, rapid',
      zh: '原发肿瘤为 "uterus" 时必填：Katagiri 2014 未对其明确分组；可填 slow, moderate, rapid',
    }]);
    expect(refusals({ ...base, primary: 'lung-nsclc' })).toEqual([{
      path: 'molecularTargetedTherapy',
      en: 'required for non-small-cell lung cancer (or give growth): with molecularly targeted therapy moderate, without rapid',
      zh: '非小细胞肺癌必填（或填写 growth）：接受分子靶向治疗为中等，未接受为迅速',
    }]);
    expect(refusals({ ...base, primary: 'prostate' })).toEqual([{
      path: 'hormoneDependent',
      en: 'required for prostate cancer (or give growth): hormone-dependent slow, hormone-independent moderate',
      zh: '原发肿瘤为 "prostate" 时必填（或填写 growth）：激素依赖性为缓慢，非激素依赖性为中等',
    }]);
  });
  it.each([['none', 0], ['nodular', 1], ['disseminated', 2]] as const)('visceral %s → %i', (visceralMetastases, want) => {
    expect(points({ ...base, visceralMetastases })[1]).toBe(want);
  });
  it.each([
    [{}, 'normal', []],
    [{ crp: 0.39 }, 'normal', []],
    [{ crp: 0.4 }, 'abnormal', ['crp']],
    [{ ldh: 249 }, 'normal', []],
    [{ ldh: 250 }, 'abnormal', ['ldh']],
    [{ albumin: 3.7 }, 'normal', []],
    [{ albumin: 3.69 }, 'abnormal', ['albumin']],
    [{ crp: 2, ldh: 400, albumin: 3 }, 'abnormal', ['crp', 'ldh', 'albumin']],
    [{ platelets: 100_000 }, 'normal', []],
    [{ platelets: 99_999 }, 'critical', ['platelets']],
    [{ calcium: 10.29 }, 'normal', []],
    [{ calcium: 10.3 }, 'critical', ['calcium']],
    [{ bilirubin: 1.39 }, 'normal', []],
    [{ bilirubin: 1.4 }, 'critical', ['bilirubin']],
    [{ crp: 3, bilirubin: 2 }, 'critical', ['bilirubin']],
  ] as const)('laboratory %j → %s %j', (change, grade, findings) => {
    expect(katagiriLab({ ...normalLab, ...change })).toEqual({ grade, findings });
    expect(points({ ...base, laboratory: { ...normalLab, ...change } })[2]).toBe({ normal: 0, abnormal: 1, critical: 2 }[grade]);
  });
  it.each([[0, 0], [1, 0], [2, 0], [3, 1], [4, 1]])('ECOG %i → %i', (ecog, want) => {
    expect(points({ ...base, ecog })[3]).toBe(want);
  });
  it('previous chemotherapy and multiple skeletal metastases score 1 each', () => {
    expect(points({ ...base, previousChemotherapy: true, skeletalMetastases: 'multiple' }).slice(4)).toEqual([1, 1]);
  });
  it.each([[0, 'low'], [3, 'low'], [4, 'intermediate'], [6, 'intermediate'], [7, 'high'], [10, 'high']] as const)('total %i → %s', (total, id) => {
    expect(katagiriBand(total)).toBe(id);
  });
  it.each([
    // Worked examples. NSCLC on targeted therapy, nodular lung metastases, CRP 1.2, ECOG 1, previous chemotherapy, multiple: 2+1+1+0+1+1 = 6.
    [katagiri.examples[0]!, 6, 'intermediate'],
    // Hormone-dependent breast, nothing else: 0.
    [katagiri.examples[1]!, 0, 'low'],
    // Colorectal (rectum), disseminated, albumin 3.2, ECOG 3, no chemotherapy, multiple: 3+2+1+1+0+1 = 8.
    [{ ...base, primary: 'rectum', visceralMetastases: 'disseminated', laboratory: { ...normalLab, albumin: 3.2 }, ecog: 3, skeletalMetastases: 'multiple' }, 8, 'high'],
    // Kidney, no visceral, normal lab, ECOG 1, chemotherapy, solitary: 2+0+0+0+1+0 = 3.
    [{ ...base, primary: 'kidney', ecog: 1, previousChemotherapy: true }, 3, 'low'],
  ] as const)('%j → %i (%s)', (input, total, id) => {
    const result = katagiri.score(input);
    expect(result.total).toBe(total);
    expect(result.band.id).toBe(id);
  });
  it('prints only the survival figures the abstract states, and says which are unconfirmed', () => {
    expect(render(katagiri.score(base), 'en').interpretation).toMatch(/91 % at one year and 78 % at two years/);
    expect(render(katagiri.score({ ...base, primary: 'pancreas', visceralMetastases: 'disseminated', ecog: 4, skeletalMetastases: 'multiple' }), 'en').interpretation).toMatch(/27 % at six months and 6 % at one year/);
    expect(render(katagiri.score(base), 'en').caveats.join(' ')).toMatch(/not confirmed/);
  });
});
