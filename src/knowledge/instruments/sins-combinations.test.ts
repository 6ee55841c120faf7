import { describe, expect, it } from 'vitest';
import { render } from '../text.js';
import { sinsText } from './sins.text.js';
import { LANGS, localize } from '../../i18n/lang.js';
import { sins, type SinsInput } from './sins.js';
import { failures } from './test-support.js';

/*
 * Every SINS input against an oracle written here from REFERENCE.md S1 (Fisher 2010 points) and
 * 002 §2.3 (bands 0–6, 7–12, 13–18; operated, irradiated or chemotherapy-treated levels cannot be
 * assessed): every span C1…S5 (435, single levels included) × every item combination (324).
 */

const LEVELS = [
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => `C${n}`),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `T${n}`),
  ...[1, 2, 3, 4, 5].map((n) => `L${n}`),
  ...[1, 2, 3, 4, 5].map((n) => `S${n}`),
];
// Fisher 2010: junctional occiput–C2, C7–T2, T11–L1, L5–S1 (3); mobile C3–C6, L2–L4 (2); semi-rigid T3–T10 (1); rigid S2–S5 (0).
const CATEGORY_POINTS = { junctional: 3, mobile: 2, 'semi-rigid': 1, rigid: 0 } as const;
type Category = keyof typeof CATEGORY_POINTS;
const categoryOf = (level: string): Category =>
  ['C1', 'C2', 'C7', 'T1', 'T2', 'T11', 'T12', 'L1', 'L5', 'S1'].includes(level) ? 'junctional'
    : ['C3', 'C4', 'C5', 'C6', 'L2', 'L3', 'L4'].includes(level) ? 'mobile'
      : ['S2', 'S3', 'S4', 'S5'].includes(level) ? 'rigid' : 'semi-rigid';
const bandOf = (total: number) => (total <= 6 ? 'stable' : total <= 12 ? 'potentially-unstable' : 'unstable');

const SPANS: { text: string; levels: string[] }[] = LEVELS.flatMap((from, i) =>
  LEVELS.slice(i).map((to, k) => ({ text: k === 0 ? from : `${from}-${to}`, levels: LEVELS.slice(i, i + k + 1) })));

const ITEMS = {
  pain: { mechanical: 3, 'occasional-non-mechanical': 1, 'pain-free': 0 },
  boneLesion: { lytic: 2, mixed: 1, blastic: 0 },
  alignment: { 'subluxation-translation': 4, 'de-novo-deformity': 2, normal: 0 },
  collapse: { 'over-50': 3, 'under-50': 2, 'none-over-50-involved': 1, none: 0 },
  posterolateral: { bilateral: 3, unilateral: 1, none: 0 },
} as const;
type Items = { [K in keyof typeof ITEMS]: keyof (typeof ITEMS)[K] };
const ITEM_SETS: { items: Items; points: number }[] = [];
for (const pain of Object.keys(ITEMS.pain) as Items['pain'][])
  for (const boneLesion of Object.keys(ITEMS.boneLesion) as Items['boneLesion'][])
    for (const alignment of Object.keys(ITEMS.alignment) as Items['alignment'][])
      for (const collapse of Object.keys(ITEMS.collapse) as Items['collapse'][])
        for (const posterolateral of Object.keys(ITEMS.posterolateral) as Items['posterolateral'][])
          ITEM_SETS.push({
            items: { pain, boneLesion, alignment, collapse, posterolateral },
            points: ITEMS.pain[pain] + ITEMS.boneLesion[boneLesion] + ITEMS.alignment[alignment] + ITEMS.collapse[collapse] + ITEMS.posterolateral[posterolateral],
          });

const SLOW = 60_000; // 140 940 scorings on a shared machine

function* inputs(spans: typeof SPANS, treatment?: SinsInput['previousTreatmentAtLevel']) {
  for (const span of spans) for (const set of ITEM_SETS) yield { span, set, input: { level: span.text, ...set.items, ...(treatment ? { previousTreatmentAtLevel: treatment } : {}) } as SinsInput };
}

describe('SINS: every span × every item combination', () => {
  it('enumerates 435 spans × 324 item combinations', () => {
    expect([SPANS.length, ITEM_SETS.length, SPANS.length * ITEM_SETS.length]).toEqual([435, 324, 140_940]);
  });

  it('total and band match the oracle; a span crossing categories takes the higher and names the other reading when it changes the band', () => {
    const t = sinsText.caveats;
    const wrong = failures(inputs(SPANS), ({ span, set, input }) => {
      const categories = [...new Set(span.levels.map(categoryOf))].sort((a, b) => CATEGORY_POINTS[b] - CATEGORY_POINTS[a]);
      const location = categories[0]!;
      const total = CATEGORY_POINTS[location] + set.points;
      const result = render(sins.score(input), 'en');
      const problems: string[] = [];
      if (result.total !== total || result.band.id !== bandOf(total) || result.derived.location !== location || result.derived.assessable !== true) {
        problems.push(`got ${result.total} ${result.band.id} ${String(result.derived.location)}, expected ${total} ${bandOf(total)} ${location}`);
      }
      const expected = [t.noPrognosis.en];
      if (categories.length > 1) {
        const others = categories.slice(1)
          .map((other) => ({ other, otherTotal: total - CATEGORY_POINTS[location] + CATEGORY_POINTS[other] }))
          .filter(({ otherTotal }) => bandOf(otherTotal) !== bandOf(total))
          .map(({ other, otherTotal }) => localize(t.spanOtherReading, 'en', {
            other: sinsText.location.short[other].en, otherPoints: CATEGORY_POINTS[other], otherTotal,
            otherBand: sinsText.bands[bandOf(otherTotal)].en, band: sinsText.bands[bandOf(total)].en,
          }));
        expected.unshift([localize(t.span, 'en', {
          span: span.text, categories: categories.map((c) => sinsText.location.short[c].en).join(', '), category: sinsText.location.short[location].en, points: CATEGORY_POINTS[location],
        }), ...others].join(' '));
      }
      if (JSON.stringify(result.caveats) !== JSON.stringify(expected)) problems.push(`caveats ${JSON.stringify(result.caveats)}, expected ${JSON.stringify(expected)}`);
      return problems;
    });
    expect(wrong).toEqual([]);
  }, SLOW);

  it.each(['operated', 'irradiated', 'chemotherapy'] as const)('a level %s cannot be assessed: no total, no band, the items and the reason (002 §2.3)', (treatment) => {
    // Every single level and two-level span × every item combination.
    const spans = SPANS.filter((s) => s.levels.length <= 2);
    const wrong = failures(inputs(spans, treatment), ({ span, set, input }) => {
      const result = render(sins.score(input), 'en');
      const location = [...new Set(span.levels.map(categoryOf))].sort((a, b) => CATEGORY_POINTS[b] - CATEGORY_POINTS[a])[0]!;
      const itemPoints = result.items.map((row) => row.points ?? 0);
      const problems: string[] = [];
      if (result.total !== null || result.band.id !== 'not-assessable') problems.push(`got ${result.total} ${result.band.id}`);
      if (itemPoints.length !== 6 || itemPoints.reduce((a, b) => a + b, 0) !== CATEGORY_POINTS[location] + set.points) problems.push(`items ${itemPoints.join()}`);
      if (result.derived.assessable !== false || result.derived.previousTreatmentAtLevel !== treatment) problems.push(`derived ${JSON.stringify(result.derived)}`);
      if (!result.interpretation.includes('cannot be assessed with SINS (002 §2.3)')) problems.push(result.interpretation);
      // No stability band is named anywhere: not in the band, the interpretation or a caveat.
      const said = [result.band.label, result.interpretation, ...result.caveats].join(' ');
      if (/\bstable\b|unstable|\b1[3-8]\b/i.test(said.replace(span.text, ''))) problems.push(`names a band or total: ${said}`);
      return problems;
    });
    expect(wrong).toEqual([]);
  }, SLOW);

  it('"none" scores exactly as no answer', () => {
    const spans = SPANS.filter((s) => s.levels.length <= 2);
    const wrong = failures(inputs(spans, 'none'), ({ input }) => {
      const { previousTreatmentAtLevel: _none, ...rest } = input;
      return JSON.stringify(sins.score(input)) === JSON.stringify(sins.score(rest)) ? [] : ['differs from no answer'];
    });
    expect(wrong).toEqual([]);
  }, SLOW);
});

describe('SINS examples (002 §2.3 and the issue)', () => {
  const items = { pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'under-50', posterolateral: 'bilateral' } as const;
  it('T10-T11 is 13 unstable as junctional, 11 potentially unstable if semi-rigid', () => {
    const result = render(sins.score({ level: 'T10-T11', ...items }), 'en');
    expect([result.total, result.band.id]).toEqual([13, 'unstable']);
    expect(result.caveats[0]).toBe(
      'The lesion spans T10-T11, which crosses location categories (junctional, semi-rigid); the higher-scoring category was used (junctional, scoring 3). '
      + 'Read as semi-rigid (scoring 1), the total would be 11: Potentially unstable (7–12) instead of Unstable (13–18).',
    );
    expect(render(sins.score({ level: 'T10-T11', ...items }), 'zh').caveats[0]).toBe(
      '病灶跨越 T10-T11，涉及不同位置类别（交界区、半固定节段），按分值较高的类别计分（交界区，3 分）。'
      + '若按半固定节段（1 分）计，总分为 11 分，属潜在不稳定（7~12 分），而非不稳定（13~18 分）。',
    );
  });
  it('a span whose other reading keeps the band only names the categories', () => {
    const result = render(sins.score({ level: 'T10-T11', ...items, posterolateral: 'none' }), 'en');
    expect([result.total, result.band.id]).toEqual([10, 'potentially-unstable']);
    expect(result.caveats[0]).toBe('The lesion spans T10-T11, which crosses location categories (junctional, semi-rigid); the higher-scoring category was used (junctional, scoring 3).');
  });
  it.each(LANGS)('at an irradiated level the reason is given instead of a total (%s)', (lang) => {
    const result = render(sins.score({ level: 'T11', ...items, previousTreatmentAtLevel: 'chemotherapy' }), lang);
    expect(result.total).toBeNull();
    expect(result.band).toEqual({ id: 'not-assessable', label: localize(sinsText.bands['not-assessable'], lang) });
    expect(result.items.map((row) => row.points)).toEqual([3, 3, 2, 0, 2, 3]);
    expect(result.interpretation).toContain({ en: 'treated with chemotherapy', zh: '该节段已行化疗', ja: '化学療法後' }[lang]);
  });
});
