import { describe, expect, it } from 'vitest';
import { localize } from '../../i18n/lang.js';
import { lesionFactsSchema, priorTreatmentSchema } from '../../knowledge/facts/index.js';
import { mirelsItemsOfLesion, scoreInstrument } from '../../knowledge/instruments/index.js';
import type { Rec } from '../api.js';
import { lesionCounts, mirelsItemsOfRecord, orderRecordLesions, priorTreatmentTargets, recordLesionFacts, recordLesionName } from './record-lesions.js';

const rec = (id: string, fields: Record<string, unknown>): Rec => ({ id, version: 1, ...fields });
// as the registry answers them: every field present, null where not recorded
const none = { site: 'spine', level: null, character: null, posteriorWallIntact: null, pediclesInvolved: null, collapsePercent: null, escc: null, tomitaType: null, wbbZones: null, fracture: null, acetabulumInvolved: null, longBone: null, boneRegion: null, peritrochanteric: null, limbPain: null, cortexInvolved: null };
const femur = rec('f', { ...none, site: 'proximal-femur', longBone: 'femur', boneRegion: 'end', peritrochanteric: true, limbPain: 'functional', character: 'lytic', cortexInvolved: 'third-to-two-thirds', fracture: 'impending' });
const t12 = rec('s', { ...none, level: 'T12', character: 'mixed', posteriorWallIntact: false, collapsePercent: 30, escc: '1b', tomitaType: 3, wbbZones: [4, 5, 6] });
const ilium = rec('i', { ...none, site: 'ilium', acetabulumInvolved: false });

/** Fact text back to values as the facts form reads it (booleans and numbers by their text). */
const read = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k,
  v === 'true' ? true : v === 'false' ? false : k === 'collapsePercent' ? Number(v) : k === 'wbbZones' ? v.split(', ').map(Number) : v]));

describe('record lesions as decision facts', () => {
  it('gives a femoral lesion its site, bone and Mirels items, and no level', () => {
    expect(recordLesionFacts(femur)).toEqual({
      site: 'proximal-femur', longBone: 'femur', boneRegion: 'end', peritrochanteric: 'true', limbPain: 'functional', character: 'lytic',
      cortexInvolved: 'third-to-two-thirds', fracture: 'impending',
    });
    const facts = lesionFactsSchema.parse(read(recordLesionFacts(femur)));
    // the core reads the same Mirels items the registry stores: peritrochanteric 3 + functional 3 + lytic 3 + 1/3–2/3 2 = 11 (Mirels 1989, Table 1)
    const items = mirelsItemsOfLesion(facts);
    expect(items).toEqual({ site: 'peritrochanteric', pain: 'functional', lesion: 'lytic', size: 'third-to-two-thirds' });
    expect(scoreInstrument('mirels', items).total).toBe(11);
  });

  it('gives a spinal lesion its level and spinal fields as before (no site: the facts default to the spine)', () => {
    expect(recordLesionFacts(t12)).toEqual({ level: 'T12', character: 'mixed', posteriorWallIntact: 'false', collapsePercent: '30', escc: '1b', wbbZones: '4, 5, 6' });
    expect(lesionFactsSchema.parse(read(recordLesionFacts(t12)))).toMatchObject({ site: 'spine', level: { text: 'T12' }, wbbZones: [4, 5, 6] });
    expect(lesionFactsSchema.parse(read(recordLesionFacts(ilium)))).toMatchObject({ site: 'ilium', acetabulumInvolved: false });
  });

  it('orders spinal lesions first and counts spinal and extraspinal lesions apart', () => {
    const l1 = rec('l', { ...none, level: 'L1' });
    expect(orderRecordLesions([femur, ilium, t12, l1]).map((l) => l.id)).toEqual(['l', 's', 'i', 'f']);
    expect(lesionCounts([femur, ilium, t12, l1])).toEqual({ spinal: 2, extraspinalBone: 2 });
  });

  it('gives a treatment naming its lesions one prior-treatment target per site; none named: its levels, site unrecorded', () => {
    const rt = rec('rt', { kind: 'radiotherapy', endedOn: '2024-01-26', details: { technique: 'sbrt', doseGy: 24, fractions: 3, levels: ['T12'] }, lesionIds: ['s', 'f', 'i'] });
    const targets = priorTreatmentTargets(rt, [femur, t12, ilium]);
    expect(targets).toEqual([{ site: 'spine', levels: ['T12'] }, { site: 'proximal-femur', longBone: 'femur' }, { site: 'ilium' }]);
    for (const target of targets) expect(priorTreatmentSchema.safeParse({ kind: 'radiotherapy', date: '2024-01-26', ...target }).success).toBe(true);
    const pvp = rec('p', { kind: 'pvp', details: { levels: [{ level: 'L1', cementMl: 3 }, { level: 'L2', cementMl: 2.5 }] } });
    expect(priorTreatmentTargets(pvp, [femur, t12])).toEqual([{ levels: ['L1', 'L2'] }]);
    expect(priorTreatmentTargets(rec('x', { kind: 'surgery', details: { procedure: 'other' }, lesionIds: ['gone'] }), [femur])).toEqual([{}]);
  });

  it('names a lesion by its level or its bone, in the language asked for', () => {
    const zh = (label: Parameters<typeof localize>[0]) => localize(label, 'zh');
    expect(recordLesionName(t12, zh)).toBe('T12');
    expect(recordLesionName(femur, zh)).toBe('股骨近端');
    expect(recordLesionName(rec('h', { ...none, site: 'long-bone', longBone: 'humerus' }), (label) => localize(label, 'en'))).toBe('humerus');
  });
});

describe('the Mirels items of a lesion record', () => {
  it('an unrecorded (null) field answers no item: a proximal-femur lesion with the trochanteric region unknown leaves the site open', () => {
    const femur = { id: 'f', version: 1, site: 'proximal-femur', longBone: 'femur', peritrochanteric: null, limbPain: 'moderate', character: null, cortexInvolved: 'over-two-thirds' } as Rec;
    expect(mirelsItemsOfRecord(femur)).toEqual({ pain: 'moderate', size: 'over-two-thirds' });
    const unnamed = { id: 'b', version: 1, site: 'long-bone', longBone: null, limbPain: null, character: 'lytic', cortexInvolved: null } as Rec;
    expect(mirelsItemsOfRecord(unnamed)).toEqual({ lesion: 'lytic' });
    // recorded as peritrochanteric: Mirels site 3
    expect(mirelsItemsOfRecord({ ...femur, peritrochanteric: true } as Rec).site).toBe('peritrochanteric');
  });
});

