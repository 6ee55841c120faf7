import { describe, expect, it } from 'vitest';
import { isText, render, unknownKeys } from '../texts.js';
import { patientFactsSchema } from '../facts/index.js';
import { prognosisPanel } from './prognosis-panel.js';

// Breast cancer (not lung, favourable primary), no visceral metastasis, multiple bone metastases:
// modified Bauer = 1 (no visceral) + 1 (not lung) + 1 (favourable) + 0 (not solitary) = 3 (Leithner 2008).
const facts = patientFactsSchema.parse({
  decisionDate: '2026-11-25',
  patient: { age: 60, sex: 'female' },
  primary: { histology: 'breast', breastSubtype: 'hormone-receptor-positive' },
  kps: 70,
  neurology: { frankel: 'E', deficitProgressing: false },
  metastases: { spinal: 2, extraspinalBone: 1, visceral: 'none' },
});

describe('prognosisPanel', () => {
  it('scores what the facts allow, names what the others need, and does not decide without the clinician', () => {
    const panel = render(prognosisPanel(facts, {}), 'en');
    const bauer = panel.scores.find((s) => s.instrument === 'modified-bauer')!;
    expect(bauer.total).toBe(3);
    expect(bauer.sources[0]).toContain('Leithner');
    expect(panel.scores.find((s) => s.instrument === 'nesms')!.missing).toEqual(['ambulatory', 'albumin']);
    // what a score still needs is named as people read it, in the panel's language (the report and the page show these)
    const zh = render(prognosisPanel(facts, {}), 'zh');
    expect(zh.scores.find((s) => s.instrument === 'nesms')!.missingLabels).toEqual(['行走能力（独立行走计 1 分）', '血清白蛋白（≥ 3.5 g/dL 计 1 分）']);
    expect(zh.scores.find((s) => s.instrument === 'katagiri')!.missingLabels).toContain('既往化疗');
    expect(panel.scores.map((s) => s.instrument)).toEqual(['tokuhashi', 'tomita', 'modified-bauer', 'nesms', 'katagiri']);
    expect(panel.clinicianEstimateMonths).toBeNull();
    expect(panel.statement).toMatch(/^No clinician estimate.*They do not decide/);
    expect(panel.statement).toContain('3 (');
  });

  it('NESMS from the board inputs: Bauer ≥ 3 → 2, independent ambulation 1, albumin ≥ 3.5 → 1 (Ghori 2015)', () => {
    const panel = render(prognosisPanel({ ...facts, lifeExpectancyMonths: 12 }, { nesms: { ambulatory: 'independent', albumin: 3.8 } }), 'zh');
    expect(panel.scores.find((s) => s.instrument === 'nesms')!.total).toBe(3);
    expect(panel.statement).toContain('12 个月');
  });

  it('carries catalogue texts, rendered only at the edge', () => {
    const panel = prognosisPanel(facts, {});
    const scores = panel.scores.flatMap((s) => [s.name, ...(s.band ? [s.band] : []), ...(s.estimate ? [s.estimate] : []), ...s.caveats, ...s.missingLabels]);
    expect([panel.statement, ...scores].every(isText)).toBe(true);
    expect(unknownKeys(panel)).toEqual([]);
    expect(JSON.stringify(render(panel, 'ja'))).not.toContain('[object Object]');
  });
});
