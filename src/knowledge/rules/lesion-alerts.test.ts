import { describe, expect, it } from 'vitest';
import { render } from '../text.js';
import { sins } from '../instruments/sins.js';
import { lesionAlerts } from './lesion-alerts.js';

const T11 = { id: 'l-t11', level: 'T11' };
const L2 = { id: 'l-l2', level: 'L2' };
const sinsOf = (lesionId: string, assessedOn: string, total: number | null) => ({ lesionId, instrument: 'sins', assessedOn, total });

describe('per-lesion alerts of the current status', () => {
  it('flags a latest SINS of 13 or more as unstable (13–18), not 12 (7–12: potentially unstable, 002 §2.3)', () => {
    // T11 junctional 3 + mechanical 3 + lytic 2 + normal alignment 0 + collapse > 50 % 3 + unilateral 1 = 12;
    // bilateral posterolateral involvement scores 3: 14 (Fisher 2010)
    const twelve = sins.score({ level: 'T11', pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'over-50', posterolateral: 'unilateral' }).total;
    const fourteen = sins.score({ level: 'T11', pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'over-50', posterolateral: 'bilateral' }).total;
    expect([twelve, fourteen]).toEqual([12, 14]);
    expect(lesionAlerts([T11], [sinsOf(T11.id, '2026-01-01', twelve)])).toEqual([]);
    expect(lesionAlerts([T11], [sinsOf(T11.id, '2026-01-01', 13)]).map((a) => a.id)).toEqual(['sins-unstable']);
    const [alert] = lesionAlerts([T11], [sinsOf(T11.id, '2026-01-01', fourteen)]);
    expect(render(alert!.message, 'en')).toBe('T11: SINS unstable (14; 13–18)');
    expect(render(alert!.message, 'zh')).toBe('T11：SINS 不稳定（14 分；13~18 分）');
    expect(alert!.sources).toEqual(expect.arrayContaining([{ document: '002', section: '§2.3' }]));
  });
  it('reads only the latest SINS of each lesion, and none where SINS cannot assess the level', () => {
    expect(lesionAlerts([T11], [sinsOf(T11.id, '2026-01-01', 14), sinsOf(T11.id, '2026-03-01', 9)])).toEqual([]);
    expect(lesionAlerts([T11], [sinsOf(T11.id, '2026-03-01', 14), sinsOf(T11.id, '2026-01-01', 9)])).toHaveLength(1);
    expect(lesionAlerts([T11], [sinsOf(T11.id, '2026-01-01', null)])).toEqual([]);
    // another lesion's SINS, or another instrument, is not this lesion's
    expect(lesionAlerts([T11, L2], [sinsOf(L2.id, '2026-01-01', 15), { lesionId: T11.id, instrument: 'wbb', assessedOn: '2026-01-01', total: 15 }]).map((a) => a.lesionId)).toEqual([L2.id]);
  });
  it('flags ESCC 2 and 3 as high-grade compression (002 §2.4: separation surgery for grades 2 and 3), not 1c', () => {
    const alerts = lesionAlerts([{ ...T11, escc: '1c' }, { ...L2, escc: '2' }, { id: 'l-t4', level: 'T4', escc: '3' }], []);
    expect(alerts.map((a) => [a.id, a.lesionId])).toEqual([['escc-high-grade', L2.id], ['escc-high-grade', 'l-t4']]);
    expect(render(alerts[0]!.message, 'ja')).toBe('L2：高グレード硬膜外圧迫（ESCC 2）');
    expect(alerts[0]!.sources).toEqual([{ document: '002', section: '§2.4' }]);
  });
  it('a level operated on or irradiated since its SINS asks for a new judgement (002 §2.3: treated levels are not assessed)', () => {
    const scored = [sinsOf(T11.id, '2026-01-01', 14)];
    const [after] = lesionAlerts([T11], scored, [{ kind: 'radiotherapy', startedOn: '2026-02-01', levels: ['T10', 'T11'] }]);
    expect(render(after!.message, 'en')).toBe('T11: SINS 14 (unstable) was scored before the treatment of 2026-02-01; a treated level is not assessed by SINS (002 §2.3) — judge its stability again');
    // treated elsewhere, or before the score: the alert stands
    expect(render(lesionAlerts([T11], scored, [{ kind: 'pvp', startedOn: '2026-02-01', levels: ['L2'] }])[0]!.message, 'en')).toBe('T11: SINS unstable (14; 13–18)');
    expect(render(lesionAlerts([T11], scored, [{ kind: 'surgery', startedOn: '2025-12-01', levels: ['T11'] }])[0]!.message, 'en')).toBe('T11: SINS unstable (14; 13–18)');
  });

  it('lists SINS alerts before ESCC alerts', () => {
    const alerts = lesionAlerts([{ ...T11, escc: '3' }, L2], [sinsOf(L2.id, '2026-01-01', 13)]);
    expect(alerts.map((a) => `${a.id}@${a.lesionId}`)).toEqual(['sins-unstable@l-l2', 'escc-high-grade@l-t11']);
  });
});
