import { describe, expect, it } from 'vitest';
import { render, type Text } from '../text.js';
import { problemOf } from './test-support.js';
import { tomitaType, tomitaTypeOf, tesIndication } from './tomita-type.js';
import { analyseWbb, wbb } from './wbb.js';

const extent = (sites: string[], adjacentVertebrae = false, skipLesions = false) =>
  ({ sites, adjacentVertebrae, skipLesions }) as Parameters<typeof tomitaTypeOf>[0];

describe('Tomita surgical classification (002 §3.1)', () => {
  it.each([
    [['body'], 1], [['body', 'pedicle'], 2], [['body', 'pedicle', 'lamina'], 3], [['body', 'lamina'], 3],
    [['body', 'spinal-canal'], 4], [['body', 'pedicle', 'lamina', 'spinal-canal'], 4],
    [['body', 'paravertebral'], 5], [['body', 'spinal-canal', 'paravertebral'], 5],
  ])('%j → type %i', (sites, type) => expect(tomitaTypeOf(extent(sites))).toBe(type));
  it('adjacent vertebrae → 6, skip lesions → 7, posterior-only → unclassified', () => {
    expect(tomitaTypeOf(extent(['body'], true))).toBe(6);
    expect(tomitaTypeOf(extent(['body'], true, true))).toBe(7);
    expect(tomitaTypeOf(extent(['lamina']))).toBeNull();
  });
  it.each([[1, 'relative'], [2, 'indicated'], [5, 'indicated'], [6, 'relative'], [7, 'contraindicated']] as const)(
    'TES for type %i is %s', (type, verdict) => expect(tesIndication(type)).toBe(verdict),
  );
  it('reports compartment, TES and microwave suitability', () => {
    const t3 = tomitaType.score({ sites: ['body', 'pedicle', 'lamina'], adjacentVertebrae: false, skipLesions: false });
    expect(t3.total).toBe(3);
    expect(t3.band.id).toBe('intracompartmental');
    expect(t3.derived.microwaveAloneSuitable).toBe(true);
    const t4 = render(tomitaType.score({ sites: ['body', 'spinal-canal'], adjacentVertebrae: false, skipLesions: false }), 'zh');
    expect(t4.band.label).toBe('间室外（4~6 型）');
    expect(t4.derived.microwaveAloneSuitable).toBe(false);
    const posterior = render(tomitaType.score({ sites: ['lamina'], adjacentVertebrae: false, skipLesions: false }), 'en');
    expect(posterior.band.id).toBe('posterior-only');
    expect(posterior.interpretation).toMatch(/laminectomy with fixation/);
  });
  it('rejects an empty or repeated site list and a missing flag', () => {
    expect(() => tomitaType.score({ sites: [], adjacentVertebrae: false, skipLesions: false })).toThrow();
    expect(() => tomitaType.score({ sites: ['body', 'body'], adjacentVertebrae: false, skipLesions: false })).toThrow(/once/);
    const [issue] = tomitaType.schema.safeParse({ sites: ['body', 'body'], adjacentVertebrae: false, skipLesions: false }).error?.issues ?? [];
    expect(issue?.message).toBe('each site may be listed once');
    expect(render((issue as { params?: { text?: Text } } | undefined)?.params?.text, 'zh')).toBe('每个部位只填一次');
    expect(() => tomitaType.score({ sites: ['body'] } as never)).toThrow();
  });
});

describe('WBB (002 §3.1, §3.3)', () => {
  it('zones 4–8: one pedicle → oncological en bloc through the other', () => {
    expect(analyseWbb([4, 5, 6, 7, 8])).toEqual({ anterior: true, posterior: false, pedicleSides: ['3–4'], route: 'oncological-en-bloc' });
    expect(analyseWbb([5, 6, 7, 8, 9]).route).toBe('oncological-en-bloc');
  });
  it('zones 4–9: both pedicles → anatomical en bloc only', () => {
    expect(analyseWbb([4, 5, 6, 7, 8, 9])).toMatchObject({ pedicleSides: ['3–4', '9–10'], route: 'anatomical-en-bloc' });
  });
  it('zones 10–3: posterior only → laminectomy + fixation', () => {
    expect(analyseWbb([10, 11, 12, 1, 2, 3]).route).toBe('posterior-only');
    expect(render(wbb.score({ zones: [11, 12, 1], layers: ['B'] }), 'en').interpretation).toMatch(/Avoid laminectomy without fixation/);
  });
  it('anterior + posterior → no 002 route', () => {
    expect(analyseWbb([2, 3, 4, 5]).route).toBe('anterior-and-posterior');
  });
  it('flags epidural and intradural layers', () => {
    const result = render(wbb.score({ zones: [5, 6, 7], layers: ['c', 'D', 'E'] }), 'en');
    expect(result.derived.epidural).toBe(true);
    expect(result.derived.intradural).toBe(true);
    expect(result.caveats.join(' ')).toMatch(/ESCC/);
  });
  it.each([[[0]], [[13]], [[4, 4]], [[]]])('rejects zones %j', (zones) => {
    expect(() => wbb.score({ zones, layers: ['B'] })).toThrow();
  });
  it('each refusal keeps its English message and carries its text, rendered in the user\'s language', () => {
    const refusals = (input: unknown) =>
      (wbb.schema.safeParse(input).error?.issues ?? []).map((i) => ({
        path: i.path.join('.'),
        en: i.message,
        zh: render((i as { params?: { text?: Text } }).params?.text, 'zh'),
      }));
    expect(refusals({ zones: [4, 4], layers: ['B', 'b'] })).toEqual([
      { path: 'zones', en: 'each zone may be listed once', zh: '每个扇区只填一次' },
      { path: 'layers', en: 'each layer may be listed once', zh: '每个层次只填一次' },
    ]);
  });
  it('rejects layer F', () => {
    expect(problemOf(() => wbb.score({ zones: [5], layers: ['F'] }))).toEqual([{ path: 'input.layers[0]', message: '"F" is not accepted; accepted: "A", "B", "C", "D", "E"' }]);
  });
});
