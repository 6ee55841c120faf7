import { describe, expect, it } from 'vitest';
import { render, type Rendered } from '../text.js';
import { breastSubtypeText } from '../histology.text.js';
import { tokuhashiText } from './tokuhashi.text.js';
import { tomitaText } from './tomita.text.js';
import { LANGS, localize, type Lang } from '../../i18n/lang.js';
import { BREAST_SUBTYPES, HISTOLOGY_IDS, type BreastSubtype, type Histology } from '../histology.js';
import type { InstrumentResult } from './instrument.js';
import { tokuhashi, type TokuhashiInput } from './tokuhashi.js';
import { failures } from './test-support.js';
import { tomita, type TomitaInput } from './tomita.js';

/*
 * Every input combination of revised Tokuhashi and Tomita against an oracle written here from
 * REFERENCE.md S2 and 002 §2.2 (not from the instrument tables), so a wrong table fails twice:
 * - `publishedTotal` / `publishedBand` are the scores as Tokuhashi 2005 and Tomita 2001 publish them;
 * - `total` / `band` apply 002 §2.2: ER/HR-negative and triple-negative breast cancer score the
 *   Tokuhashi primary site 3 instead of 5, and Tomita slow growth (1) as moderate (2);
 * - every caveat agrees with what was computed (`derived.breastModifierApplied`, the points).
 */

const AGGRESSIVE: readonly BreastSubtype[] = ['er-hr-negative', 'triple-negative'];
const subtypesOf = (primary: Histology): (BreastSubtype | undefined)[] => (primary === 'breast' ? [undefined, ...BREAST_SUBTYPES] : [undefined]);
const aggressive = (primary: Histology, subtype: BreastSubtype | undefined) => primary === 'breast' && subtype !== undefined && AGGRESSIVE.includes(subtype);

// Tokuhashi 2005 primary-site points (REFERENCE S2); unlisted histologies are "others" (2).
const TOKUHASHI_PRIMARY: Partial<Record<Histology, number>> = {
  'lung-nsclc': 0, 'lung-sclc': 0, osteosarcoma: 0, stomach: 0, bladder: 0, esophagus: 0, pancreas: 0,
  liver: 1, gallbladder: 1, 'unknown-primary': 1,
  kidney: 3, uterus: 3, rectum: 4,
  thyroid: 5, breast: 5, prostate: 5, carcinoid: 5,
};
const tokuhashiBandOf = (total: number) => (total <= 8 ? 'under-6-months' : total <= 11 ? '6-to-12-months' : 'over-12-months');

// Tomita 2001 growth classes the histology table publishes; the others need `growth`.
const TOMITA_GROWTH: Partial<Record<Histology, 'slow' | 'moderate' | 'rapid'>> = {
  breast: 'slow', thyroid: 'slow', prostate: 'slow',
  kidney: 'moderate', uterus: 'moderate',
  'lung-nsclc': 'rapid', 'lung-sclc': 'rapid', liver: 'rapid', stomach: 'rapid', colon: 'rapid', 'unknown-primary': 'rapid',
};
const GROWTH_POINTS = { slow: 1, moderate: 2, rapid: 4 } as const;
const tomitaBandOf = (total: number) =>
  total <= 3 ? 'wide-or-marginal' : total <= 5 ? 'marginal-or-intralesional' : total <= 7 ? 'palliative-surgery' : 'supportive-care';

/** Words that claim the modifier was applied, and that say which way the points went. */
const APPLIED: Record<Lang, string> = { en: 'as 002 §2.2 advises', zh: '已按 002 §2.2', ja: '002 §2.2 に従い' };
const UP: Record<Lang, RegExp> = { en: /rais/, zh: /上调/, ja: /上げ/ };
const DOWN: Record<Lang, RegExp> = { en: /lower/, zh: /下调/, ja: /下げ/ };

/** What is wrong with a prognosis result's caveats, whatever the instrument ([] when nothing). */
function caveatProblems(result: Rendered<InstrumentResult>, lang: Lang, direction: 'up' | 'down'): string[] {
  const problems: string[] = [];
  const applied = result.derived.breastModifierApplied === true;
  const claims = result.caveats.filter((c) => c.includes(APPLIED[lang]));
  if (claims.length !== (applied ? 1 : 0)) problems.push(`breastModifierApplied ${applied} but ${claims.length} caveat(s) say it was applied`);
  if (applied !== (result.total !== result.publishedTotal)) problems.push(`breastModifierApplied ${applied} with total ${result.total}, published ${result.publishedTotal}`);
  const moved = Math.sign((result.total ?? 0) - (result.publishedTotal ?? 0));
  if (applied && moved !== (direction === 'up' ? 1 : -1)) problems.push(`points moved ${moved}, expected ${direction}`);
  if (applied && !(direction === 'up' ? UP[lang] : DOWN[lang]).test(claims[0] ?? '')) problems.push(`the caveat does not say the points went ${direction}: ${claims[0]}`);
  // A score whose points only go one way never says they went the other.
  for (const caveat of result.caveats) if ((direction === 'up' ? DOWN[lang] : UP[lang]).test(caveat)) problems.push(`says the points went the wrong way: ${caveat}`);
  return problems;
}

const SLOW = 30_000; // tens of thousands of scorings per test on a shared machine

describe('revised Tokuhashi: every combination', () => {
  // Every KPS value; the counts up to the first that scores 0 (larger counts score alike, see prognosis.test.ts).
  const inputs: (TokuhashiInput & { frankel: 'A' | 'B' | 'C' | 'D' | 'E' })[] = [];
  for (const kps of [10, 20, 30, 40, 50, 60, 70, 80, 90, 100])
    for (const extraspinalBoneMetastases of [0, 1, 2, 3])
      for (const vertebralBodyMetastases of [1, 2, 3])
        for (const visceralMetastases of ['unresectable', 'resectable', 'none'] as const)
          for (const primary of HISTOLOGY_IDS)
            for (const breastSubtype of subtypesOf(primary))
              for (const frankel of ['A', 'B', 'C', 'D', 'E'] as const)
                inputs.push({ kps, extraspinalBoneMetastases, vertebralBodyMetastases, visceralMetastases, primary, frankel, ...(breastSubtype ? { breastSubtype } : {}) });

  it('published and 002 totals and bands match the oracle', () => {
    let bandChanged = 0;
    let expectedChanges = 0;
    const wrong = failures(inputs, (input) => {
      const published =
        (input.kps <= 40 ? 0 : input.kps <= 70 ? 1 : 2) +
        (input.extraspinalBoneMetastases >= 3 ? 0 : input.extraspinalBoneMetastases >= 1 ? 1 : 2) +
        (input.vertebralBodyMetastases >= 3 ? 0 : input.vertebralBodyMetastases === 2 ? 1 : 2) +
        { unresectable: 0, resectable: 1, none: 2 }[input.visceralMetastases] +
        (TOKUHASHI_PRIMARY[input.primary] ?? 2) +
        ({ A: 0, B: 0, C: 1, D: 1, E: 2 } as const)[input.frankel];
      const modified = aggressive(input.primary, input.breastSubtype) ? published - 2 : published;
      const result = tokuhashi.score(input);
      // The 5 → 3 breast modifier moves the band exactly when the published total is 9, 10, 12 or 13.
      if (result.band.id !== result.publishedBand?.id) bandChanged++;
      if (aggressive(input.primary, input.breastSubtype) && [9, 10, 12, 13].includes(published)) expectedChanges++;
      const got = [result.total, result.band.id, result.publishedTotal, result.publishedBand?.id, result.items.reduce((sum, row) => sum + (row.points ?? 0), 0)];
      const want = [modified, tokuhashiBandOf(modified), published, tokuhashiBandOf(published), modified];
      return got.join() === want.join() ? [] : [`got ${got.join()}, expected ${want.join()}`];
    });
    expect(wrong).toEqual([]);
    expect(bandChanged).toBeGreaterThan(0);
    expect(bandChanged).toBe(expectedChanges);
  }, SLOW);

  it.each(LANGS)('every caveat agrees with what was computed (%s)', (lang) => {
    const sources = { total: { en: 'Total per 002 §2.2', zh: '按 002 §2.2 计算的总分', ja: '002 §2.2 に基づく合計' }[lang], published: localize(tokuhashiText.publishedTotal, lang) };
    const wrong = failures(inputs, (input) => {
      const result = render(tokuhashi.score(input), lang);
      const subtype = input.breastSubtype;
      const expected = aggressive(input.primary, subtype) && subtype
        ? [localize(tokuhashiText.breastModifierApplied, lang, { subtype: localize(breastSubtypeText[subtype], lang) })]
        : input.primary === 'breast' && (subtype === undefined || subtype === 'unknown') ? [localize(tokuhashiText.breastSubtypeMissing, lang)] : [];
      const problems = caveatProblems(result, lang, 'down');
      // The breast note, then the three caveats 002 §2.2 attaches to every prognosis score.
      if (result.caveats.length !== expected.length + 3 || expected.some((e, i) => result.caveats[i] !== e)) problems.push(`caveats ${JSON.stringify(result.caveats)}`);
      if (JSON.stringify(result.totalSources) !== JSON.stringify(sources)) problems.push(`total sources ${JSON.stringify(result.totalSources)}`);
      return problems;
    });
    expect(wrong).toEqual([]);
  }, SLOW);
});

describe('Tomita: every combination', () => {
  const inputs: TomitaInput[] = [];
  for (const primary of HISTOLOGY_IDS)
    for (const growth of [undefined, 'slow', 'moderate', 'rapid'] as const)
      for (const breastSubtype of subtypesOf(primary))
        for (const visceralMetastases of ['none', 'treatable', 'untreatable'] as const)
          for (const boneMetastases of ['solitary', 'multiple'] as const) {
            if (growth === undefined && TOMITA_GROWTH[primary] === undefined) continue;
            inputs.push({ primary, visceralMetastases, boneMetastases, ...(growth ? { growth } : {}), ...(breastSubtype ? { breastSubtype } : {}) });
          }

  it('covers each histology, growth, subtype, visceral and bone answer', () => {
    expect(inputs.length).toBe(
      (HISTOLOGY_IDS.length - 1) * 3 * 6 + Object.keys(TOMITA_GROWTH).filter((h) => h !== 'breast').length * 6 + 4 * 5 * 6,
    );
  });

  it('published and 002 totals and bands match the oracle', () => {
    for (const input of inputs) {
      const growth = input.growth ?? TOMITA_GROWTH[input.primary]!;
      const rest = { none: 0, treatable: 2, untreatable: 4 }[input.visceralMetastases] + { solitary: 1, multiple: 2 }[input.boneMetastases];
      const published = GROWTH_POINTS[growth] + rest;
      const applies = aggressive(input.primary, input.breastSubtype) && growth === 'slow';
      const modified = applies ? GROWTH_POINTS.moderate + rest : published;
      const result = tomita.score(input);
      expect([result.total, result.band.id, result.publishedTotal, result.publishedBand?.id, result.derived.breastModifierApplied]).toEqual([
        modified, tomitaBandOf(modified), published, tomitaBandOf(published), applies,
      ]);
    }
  });

  it.each(LANGS)('every caveat agrees with what was computed (%s)', (lang) => {
    for (const input of inputs) {
      const result = render(tomita.score(input), lang);
      expect(caveatProblems(result, lang, 'up')).toEqual([]);
      const growth = input.growth ?? TOMITA_GROWTH[input.primary]!;
      const subtype = input.breastSubtype;
      const subtypeText = subtype ? localize(breastSubtypeText[subtype], lang) : '';
      const possible = new Set([
        localize(tomitaText.breastModifierApplied, lang, { subtype: subtypeText }),
        localize(tomitaText.breastSubtypeMissing, lang),
        ...(['slow', 'moderate', 'rapid'] as const).map((g) =>
          localize(tomitaText.breastModifierNotApplicable, lang, { subtype: subtypeText, growth: localize(tomitaText.growth[g], lang), points: GROWTH_POINTS[g] })),
      ]);
      const breastNotes = result.caveats.filter((c) => possible.has(c));
      const expected = !aggressive(input.primary, subtype)
        ? input.primary === 'breast' && (subtype === undefined || subtype === 'unknown') && growth === 'slow' ? [localize(tomitaText.breastSubtypeMissing, lang)] : []
        : growth === 'slow'
          ? [localize(tomitaText.breastModifierApplied, lang, { subtype: subtypeText })]
          : [localize(tomitaText.breastModifierNotApplicable, lang, { subtype: subtypeText, growth: localize(tomitaText.growth[growth], lang), points: GROWTH_POINTS[growth] })];
      expect(breastNotes).toEqual(expected);
      // Besides the breast note: a growth-override note, the three 002 §2.2 caveats and the points note.
      const overridden = input.growth !== undefined && TOMITA_GROWTH[input.primary] !== undefined && input.growth !== TOMITA_GROWTH[input.primary];
      expect(result.caveats).toHaveLength(expected.length + (overridden ? 1 : 0) + 4);
    }
  });

  it('the issue’s example: triple-negative, growth given as rapid, total 5, points unchanged and said so', () => {
    const input = { primary: 'breast', breastSubtype: 'triple-negative', growth: 'rapid', visceralMetastases: 'none', boneMetastases: 'solitary' } as const;
    const en = render(tomita.score(input), 'en');
    expect([en.total, en.publishedTotal, en.derived.breastModifierApplied]).toEqual([5, 5, false]);
    expect(en.caveats).toContain('Breast cancer, triple negative: 002 §2.2 moves slow growth (1 point) to moderate (2 points), but growth was given as "Rapid growth" (4 points); the points are unchanged.');
    expect(render(tomita.score(input), 'zh').caveats.join('')).not.toMatch(/下调|上调/);
  });
});
