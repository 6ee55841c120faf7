import { describe, expect, it } from 'vitest';
import { factsFor } from './test-support.js';
import { isText, render, unknownKeys } from '../texts.js';
import { alertsFor } from './alerts.js';

const facts = factsFor({ age: 66, sex: 'male' });
const compressed = { lesions: [{ level: 'T7', escc: '3' }, { level: 'T9', escc: '2' }], neurology: { frankel: 'C' as const, deficitProgressing: true } };

describe('alerts', () => {
  it('MSCC: the flag names the course, Frankel grade and compressed levels in each language', () => {
    const [mscc] = alertsFor(facts(compressed));
    expect(render(mscc, 'en')?.because[0]).toBe('Metastatic spinal cord compression with a progressing deficit (Frankel C) at T7 (ESCC 3), T9 (ESCC 2): an emergency.');
    expect(render(mscc, 'zh')?.because[0]).toBe('转移性脊髓压迫伴进行性加重的神经功能障碍（Frankel C），T7 (ESCC 3)，T9 (ESCC 2)：属急症。');
    expect(render(mscc, 'ja')?.because).toHaveLength(3);
  });
  it('carry catalogue texts, rendered only at the edge', () => {
    const alerts = alertsFor(facts({ ...compressed, pvpComplications: { cementEmbolism: 'symptomatic' } }));
    expect(alerts.map((a) => a.id)).toEqual(['alert.mscc-emergency', 'alert.symptomatic-cement-embolism']);
    expect(alerts.flatMap((a) => a.because).every(isText)).toBe(true);
    expect(unknownKeys(alerts)).toEqual([]);
    expect(JSON.stringify(render(alerts, 'ja'))).not.toContain('[object Object]');
  });
  it('a symptomatic cement embolism (001 review 5(2)) is urgent until it is recorded as reviewed and managed', () => {
    expect(alertsFor(facts({ pvpComplications: { cementEmbolism: 'symptomatic' } })).map((a) => a.id)).toEqual(['alert.symptomatic-cement-embolism']);
    expect(alertsFor(facts({ pvpComplications: { cementEmbolism: 'symptomatic', cementEmbolismManaged: true } }))).toEqual([]);
    expect(alertsFor(facts({ pvpComplications: { cementEmbolism: 'asymptomatic' } }))).toEqual([]);
  });
});
