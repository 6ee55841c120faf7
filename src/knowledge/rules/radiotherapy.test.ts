import { describe, expect, it } from 'vitest';
import { factsFor } from './test-support.js';
import type { Rendered } from '../text.js';
import { isText, render, unknownKeys } from '../texts.js';
import { LANGS } from '../../i18n/lang.js';
import { type PatientFactsInput } from '../facts/index.js';
import type { Finding, OptionAssessment } from './finding.js';
import { RADIOTHERAPY_RULES, assessEbrt, assessSbrt, bed, eqd2, radiotherapyPlan } from './radiotherapy.js';

const facts = factsFor({ age: 64, sex: 'female' });
const ebrt = (input: Partial<PatientFactsInput>, lang: 'en' | 'zh' | 'ja' = 'en') => render(assessEbrt(facts(input)), lang);
const sbrt = (input: Partial<PatientFactsInput>, lang: 'en' | 'zh' | 'ja' = 'en') => render(assessSbrt(facts(input)), lang);
const ids = (result: Rendered<OptionAssessment>) => result.findings.map((f) => f.id);
const get = (result: Rendered<OptionAssessment>, id: string): Rendered<Finding> => {
  const found = result.findings.find((f) => f.id === id);
  if (!found) throw new Error(`${id} not in ${ids(result).join(', ')}`);
  return found;
};

const breast = { histology: 'breast' } as const;
const kidney = { histology: 'kidney' } as const;
const T11 = (extra: Record<string, unknown> = {}) => ({ level: 'T11', ...extra });

describe('BED and EQD2 (linear-quadratic, α/β in Gy)', () => {
  it('reproduces the reference values computed by hand', () => {
    // 8 Gy × 1, α/β 10: d = 8; BED = 8 × (1 + 8/10) = 14.4; EQD2 = 14.4 / (1 + 2/10) = 14.4 / 1.2 = 12.0
    expect(bed(8, 1, 10)).toBeCloseTo(14.4, 12);
    expect(eqd2(8, 1, 10)).toBeCloseTo(12, 12);
    // 30 Gy / 10, α/β 10: d = 3; BED = 30 × 1.3 = 39; EQD2 = 39 / 1.2 = 32.5
    expect(bed(30, 10, 10)).toBeCloseTo(39, 12);
    expect(eqd2(30, 10, 10)).toBeCloseTo(32.5, 12);
    // 20 Gy / 5, α/β 10: d = 4; BED = 20 × 1.4 = 28; EQD2 = 28 / 1.2 = 23.333…
    expect(bed(20, 5, 10)).toBeCloseTo(28, 12);
    expect(eqd2(20, 5, 10)).toBeCloseTo(70 / 3, 12);
    // 24 Gy × 1, α/β 10: BED = 24 × (1 + 2.4) = 81.6; EQD2 = 81.6 / 1.2 = 68
    expect(bed(24, 1, 10)).toBeCloseTo(81.6, 12);
    expect(eqd2(24, 1, 10)).toBeCloseTo(68, 12);
  });
  it('uses the α/β it is given: late effects 3, spinal cord 2', () => {
    // 30 Gy / 10, α/β 3: BED = 30 × (1 + 3/3) = 60; EQD2 = 60 / (1 + 2/3) = 36
    expect(bed(30, 10, 3)).toBeCloseTo(60, 12);
    expect(eqd2(30, 10, 3)).toBeCloseTo(36, 12);
    // 8 Gy × 1, α/β 2: BED = 8 × (1 + 4) = 40; EQD2 = 40 / 2 = 20
    expect(bed(8, 1, 2)).toBeCloseTo(40, 12);
    expect(eqd2(8, 1, 2)).toBeCloseTo(20, 12);
    // 8 Gy × 1, α/β 3: BED = 8 × (1 + 8/3) = 29.333…; EQD2 = 29.333… × 3/5 = 17.6
    expect(eqd2(8, 1, 3)).toBeCloseTo(17.6, 12);
  });
  it('2-Gy fractions have EQD2 equal to the physical dose at any α/β', () => {
    for (const alphaBeta of [2, 3, 10]) expect(eqd2(50, 25, alphaBeta)).toBeCloseTo(50, 12);
  });
  it('rejects doses, fractions or α/β that are not positive numbers', () => {
    expect(() => bed(0, 1, 10)).toThrow(RangeError);
    expect(() => bed(8, 0, 10)).toThrow(RangeError);
    expect(() => eqd2(8, 1, -3)).toThrow(RangeError);
    expect(() => eqd2(Number.NaN, 1, 10)).toThrow(RangeError);
  });
});

describe('radiotherapy plan', () => {
  it('is null with neither a lesion nor a planned course', () => {
    expect(render(radiotherapyPlan(facts({ primary: breast })), 'en')).toBeNull();
  });
  it('lists 8 Gy × 1, 20 Gy/5, 30 Gy/10 and the 000 IMRT range for a spinal lesion, BED/EQD2 at α/β 10, 3, 2 to 2 decimals', () => {
    const plan = render(radiotherapyPlan(facts({ primary: breast, lesions: [T11()] })), 'en');
    expect(plan?.radiosensitivity).toBe('sensitive');
    expect(plan?.schedules.map((s) => [s.doseGy, s.fractions, s.dosePerFractionGy])).toEqual([[8, 1, 8], [20, 5, 4], [30, 10, 3], [30, 15, 2], [50, 25, 2]]);
    const [single, five, ten] = plan?.schedules ?? [];
    expect(single).toMatchObject({ label: '8 Gy × 1, single fraction (004 §4.4.1)', bed: { '10': 14.4, '3': 29.33, '2': 40 }, eqd2: { '10': 12, '3': 17.6, '2': 20 } });
    expect(five?.eqd2['10']).toBe(23.33);
    expect(ten).toMatchObject({ bed: { '10': 39, '3': 60, '2': 75 }, eqd2: { '10': 32.5, '3': 36, '2': 37.5 } });
    expect(plan?.imrt).toMatchObject({ ctvMarginMm: 5, ptvMarginMm: 5, energyMv: 6, fields: 4, doseRangeGy: { min: 30, max: 50 }, dosePerFractionGy: 2, fractionRange: { min: 15, max: 25 } });
    expect(plan?.imrt?.coverage).toContain('one vertebra above and one below');
  });
  it('has no IMRT (a spinal technique in 000) for extraspinal lesions only', () => {
    const plan = render(radiotherapyPlan(facts({ primary: breast, lesions: [{ site: 'proximal-femur' }] })), 'en');
    expect(plan?.imrt).toBeNull();
    expect(plan?.schedules).toHaveLength(3);
  });
  it('adds the planned course, also at its own α/β', () => {
    const plan = render(radiotherapyPlan(facts({ plannedRadiotherapy: { doseGy: 24, fractions: 1, alphaBeta: 5 } })), 'zh');
    const planned = plan?.schedules.at(-1);
    // 24 Gy × 1, α/β 5: BED = 24 × (1 + 24/5) = 139.2; EQD2 = 139.2 / 1.4 = 99.428… → 99.43
    expect(planned).toMatchObject({ label: '计划：24 Gy / 1 次', bed: { '5': 139.2, '10': 81.6 }, eqd2: { '5': 99.43, '10': 68 } });
    expect(new Set(Object.keys(planned?.bed ?? {}))).toEqual(new Set(['5', '10', '3', '2']));
    expect(plan?.radiosensitivity).toBe('unknown');
  });
  it('does not repeat an α/β the plan already uses', () => {
    const plan = render(radiotherapyPlan(facts({ plannedRadiotherapy: { doseGy: 30, fractions: 10, alphaBeta: 10 } })), 'en');
    expect(new Set(Object.keys(plan?.schedules.at(-1)?.bed ?? {}))).toEqual(new Set(['10', '3', '2']));
  });
});

describe('EBRT: radiosensitivity (002 §1.3)', () => {
  it('breast is radiosensitive by 002 §1.3', () => {
    const f = get(ebrt({ primary: breast, lesions: [T11()] }), 'ebrt.radiosensitivity');
    expect(f).toMatchObject({ verdict: 'info', strength: 'consensus', source: { document: '002', section: '§1.3' } });
    expect(f.because[0]).toBe('Conventional radiosensitivity: Breast is radiosensitive (002 §1.3).');
  });
  it('melanoma by 002 §3.7, lymphoma by the public NOMS literature, the clinician overrides', () => {
    expect(get(ebrt({ primary: { histology: 'melanoma' } }), 'ebrt.radiosensitivity').source).toEqual({ document: '002', section: '§3.7' });
    expect(get(ebrt({ primary: { histology: 'lymphoma' } }), 'ebrt.radiosensitivity')).toMatchObject({ strength: 'definition', source: { document: 'public' } });
    const override = get(ebrt({ primary: { histology: 'kidney', radiosensitivity: 'sensitive' } }, 'ja'), 'ebrt.radiosensitivity');
    expect(override.because[0]).toBe('従来の放射線感受性：腎癌は放射線感受性が高い（臨床医の判断）。');
  });
  it('unknown class asks for primary.radiosensitivity; it needs information only when ESCC is 1c or worse', () => {
    const low = get(ebrt({ primary: { histology: 'stomach' }, lesions: [T11({ escc: '1b' })] }), 'ebrt.radiosensitivity');
    expect(low.verdict).toBe('info');
    expect(low.needs.map((n) => n.fact)).toEqual(['primary.radiosensitivity']);
    expect(get(ebrt({ primary: { histology: 'stomach' }, lesions: [T11({ escc: '1c' })] }), 'ebrt.radiosensitivity').verdict).toBe('needs-information');
    // Without a graded indication, the open class holds EBRT at needs-information …
    expect(ebrt({ primary: { histology: 'stomach' }, lesions: [T11({ escc: '1c' })] }).verdict).toBe('needs-information');
    // … but it is NOMS's question (tier 4): it does not hold 004 rec 10 (1B) for cord compression (ESCC 2).
    const compressed = ebrt({ primary: { histology: 'stomach' }, lesions: [T11({ escc: '2' })] });
    expect(compressed.verdict).toBe('recommended');
    expect(compressed.decidedBy).toBe('ebrt.rec-10-first-choice');
  });
});

describe('EBRT: indications', () => {
  it('004 rec 10 (1B): refractory pain → recommended, graded, without an extrapolation note for lung cancer', () => {
    const f = get(ebrt({ primary: { histology: 'lung-nsclc' }, pain: { score: 8, refractory: true }, lesions: [T11()] }), 'ebrt.rec-10-first-choice');
    expect(f).toMatchObject({ verdict: 'recommended', strength: 'strong', evidence: '1B', recommendation: 'lc-bone-rec-10' });
    expect(f.because).toHaveLength(1);
    expect(f.because[0]).toContain('(refractory bone pain)');
  });
  it('004 rec 10: pathological fracture and a cord deficit, extended to another cancer with a note', () => {
    const f = get(ebrt({ primary: breast, lesions: [{ site: 'proximal-femur', fracture: 'pathological' }], neurology: { frankel: 'D', deficitProgressing: false } }, 'zh'), 'ebrt.rec-10-first-choice');
    expect(f.because[0]).toContain('（病理性骨折（proximal-femur）、脊髓压迫）');
    expect(f.because[1]).toBe('该推荐的分级针对肺癌；此处外推用于乳腺癌。');
  });
  it('004 rec 10 does not fire for Frankel E, ESCC 1c or an impending fracture', () => {
    const result = ebrt({ primary: breast, lesions: [T11({ escc: '1c', fracture: 'impending' })], neurology: { frankel: 'E', deficitProgressing: false } });
    expect(ids(result)).not.toContain('ebrt.rec-10-first-choice');
  });
  it('004 §4.4.1: painful uncomplicated metastasis → recommended, with 50–80 % relief and 8 Gy × 1; asks for KPS', () => {
    const f = get(ebrt({ primary: breast, pain: { score: 1 }, lesions: [T11({ escc: '0' })] }), 'ebrt.uncomplicated-pain');
    expect(f).toMatchObject({ verdict: 'recommended', strength: 'narrative', source: { document: '004', section: '§4.4.1' } });
    expect(f.because[0]).toContain('50–80 %');
    expect(f.because[1]).toContain('single 8 Gy fraction');
    expect(f.needs.map((n) => n.fact)).toEqual(['kps']);
    expect(get(ebrt({ primary: breast, kps: 70, pain: { score: 1 }, lesions: [T11()] }), 'ebrt.uncomplicated-pain').needs).toEqual([]);
  });
  it('004 §4.4.1 needs pain (score 0 does not fire) and an uncomplicated lesion (no impending fracture, no ESCC 2)', () => {
    expect(ids(ebrt({ primary: breast, pain: { score: 0 }, lesions: [T11()] }))).not.toContain('ebrt.uncomplicated-pain');
    expect(ids(ebrt({ primary: breast, pain: { score: 6 }, lesions: [T11({ fracture: 'impending' })] }))).not.toContain('ebrt.uncomplicated-pain');
    expect(ids(ebrt({ primary: breast, pain: { score: 6 }, lesions: [T11({ escc: '2' })] }))).not.toContain('ebrt.uncomplicated-pain');
    expect(ids(ebrt({ primary: breast, lesions: [T11({ painful: true })] }))).toContain('ebrt.uncomplicated-pain');
  });
  it('002 §1.2: local pain → recommended; mechanical and radicular pain → consider', () => {
    expect(get(ebrt({ pain: { score: 5, type: 'local' } }), 'ebrt.local-pain').verdict).toBe('recommended');
    expect(get(ebrt({ pain: { score: 5, type: 'mechanical' } }), 'ebrt.mechanical-pain')).toMatchObject({ verdict: 'consider', source: { document: '002', section: '§1.2' } });
    expect(get(ebrt({ pain: { score: 5, type: 'radicular' } }), 'ebrt.radicular-pain').verdict).toBe('consider');
  });
});

describe('EBRT: NOMS (ESCC × radiosensitivity) and 002 §2.4', () => {
  it('radiosensitive → cEBRT recommended whatever the ESCC grade', () => {
    const result = ebrt({ primary: breast, lesions: [T11({ escc: '3' }), { level: 'L2', escc: '0' }] });
    expect(get(result, 'ebrt.noms-radiosensitive').because[0]).toContain('treats T11, L2 whatever the ESCC grade');
    expect(result.verdict).toBe('recommended');
  });
  it('radioresistant: 1b → consider, 1c → consider (debated), 2 → NOMS against EBRT alone, tempering 004 rec 10 to consider', () => {
    expect(get(ebrt({ primary: kidney, lesions: [T11({ escc: '1b' })] }), 'ebrt.noms-radioresistant-low-grade').verdict).toBe('consider');
    expect(get(ebrt({ primary: kidney, lesions: [T11({ escc: '1c' })] }), 'ebrt.noms-radioresistant-1c').verdict).toBe('consider');
    const high = ebrt({ primary: kidney, lesions: [T11({ escc: '2' })] });
    expect(get(high, 'ebrt.noms-radioresistant-high-grade').verdict).toBe('not-recommended');
    // 004 rec 10 (1B): "脊髓压迫的患者, 局部体外放射治疗…应作为首选治疗 (1B)" — a graded recommendation; NOMS is a public
    // framework (tier 4): it lowers the recommendation to "consider" and is shown as a conflict, never a veto.
    expect(high.verdict).toBe('consider');
    expect(high.decidedBy).toBe('ebrt.noms-radioresistant-high-grade');
    expect(high.conflicts).toContainEqual(expect.objectContaining({ prevailing: 'ebrt.rec-10-first-choice', overruled: 'ebrt.noms-radioresistant-high-grade', kind: 'tempered' }));
  });
  it('radioresistant without an ESCC grade needs it, by the lesion’s path', () => {
    const f = get(ebrt({ primary: kidney, lesions: [{ site: 'ilium' }, T11()] }), 'ebrt.noms-needs-escc');
    expect(f.verdict).toBe('needs-information');
    expect(f.needs.map((n) => n.fact)).toEqual(['lesions[1].escc']);
  });
  it('002 §2.4: ESCC 0 → RT alone may be considered, unless NOMS already recommends cEBRT for a radiosensitive tumour', () => {
    expect(get(ebrt({ primary: kidney, lesions: [T11({ escc: '0' })] }), 'ebrt.escc-0-rt-alone')).toMatchObject({ verdict: 'consider', source: { section: '§2.4' } });
    expect(ids(ebrt({ primary: kidney, lesions: [T11({ escc: '1a' })] }))).not.toContain('ebrt.escc-0-rt-alone');
    expect(ids(ebrt({ primary: breast, lesions: [T11({ escc: '0' })] }))).not.toContain('ebrt.escc-0-rt-alone');
  });
  it('002 §2.3: SINS 13 → stabilise first (consider); SINS 12 does not fire', () => {
    const f = get(ebrt({ primary: breast, lesions: [T11({ sins: 13 })] }), 'ebrt.unstable-spine');
    expect(f.verdict).toBe('consider');
    expect(f.because[0]).toContain('T11 SINS 13');
    expect(ids(ebrt({ primary: breast, lesions: [T11({ sins: 12 })] }))).not.toContain('ebrt.unstable-spine');
  });
});

describe('EBRT: combinations, re-irradiation and timing', () => {
  it('re-irradiation (004 §4.4.2) shows the previous and cumulative cord EQD2 at α/β 2', () => {
    const f = get(ebrt({
      primary: breast,
      lesions: [T11()],
      priorTreatments: [{ kind: 'radiotherapy', date: '2024-01-10', levels: ['T10-T12'], doseGy: 30, fractions: 10 }],
      plannedRadiotherapy: { doseGy: 8, fractions: 1 },
    }), 'ebrt.re-irradiation');
    expect(f).toMatchObject({ verdict: 'consider', source: { document: '004', section: '§4.4.2' } });
    // 30 Gy/10 at α/β 2: 30 × (1 + 3/2) / 2 = 37.5; plus 8 Gy × 1: 8 × 5 / 2 = 20 → 57.5
    expect(f.because[1]).toBe('Previous course at T11: 30 Gy in 10 fractions = EQD2 37.5 Gy at α/β 2 (spinal cord).');
    expect(f.because[2]).toContain('cumulative EQD2 at α/β 2 would be 57.5 Gy');
  });
  it('a lesion flagged as irradiated counts too; a course at other levels does not', () => {
    expect(ids(ebrt({ lesions: [T11({ previouslyIrradiated: true })] }))).toContain('ebrt.re-irradiation');
    expect(ids(ebrt({ lesions: [T11()], priorTreatments: [{ kind: 'radiotherapy', date: '2024-01-10', levels: ['L3'] }] }))).not.toContain('ebrt.re-irradiation');
  });
  it('after PVP (002 §3.4) → recommended, with 001 CQ4 (weak C) and the 000 one-week IMRT date', () => {
    const result = ebrt({ primary: breast, lesions: [T11()], priorTreatments: [{ kind: 'pvp', date: '2024-03-01', levels: ['T11'] }] });
    expect(get(result, 'ebrt.after-pvp')).toMatchObject({ verdict: 'recommended', source: { document: '002', section: '§3.4' } });
    expect(get(result, 'ebrt.combined-with-pvp')).toMatchObject({ verdict: 'info', strength: 'weak', evidence: 'C', recommendation: 'jsir-cq4' });
    expect(get(result, 'ebrt.combined-with-pvp').because[0]).toContain('30 Gy/10 fractions over 2 weeks');
    expect(get(result, 'ebrt.imrt-within-week-of-pvp')).toMatchObject({ strength: 'study', source: { document: '000', section: '§1.2' } });
    expect(get(result, 'ebrt.imrt-within-week-of-pvp').because[0]).toContain('PVP on 2024-03-01, IMRT by 2024-03-08');
  });
  it('planned PVP → radiotherapy should follow', () => {
    const result = ebrt({ lesions: [T11()], plannedPvpLevels: ['T11', 'T12'] }, 'ja');
    expect(get(result, 'ebrt.after-pvp').because[0]).toBe('T11、T12 に PVP/PKP を予定：椎体形成術後にはさらに放射線治療が必要である。');
    expect(get(result, 'ebrt.imrt-within-week-of-pvp').because[0]).toContain('1 週以内');
  });
  it('002 §3.2: after separation surgery the partner is stereotactic radiotherapy → EBRT not recommended at its levels', () => {
    const separated = { kind: 'separation-surgery' as const, date: '2024-03-01', levels: ['T11'] };
    const result = ebrt({ decisionDate: '2024-03-10', primary: kidney, lesions: [T11({ escc: '1b' })], priorTreatments: [separated] });
    expect(get(result, 'ebrt.after-separation-surgery')).toMatchObject({ verdict: 'not-recommended', source: { document: '002', section: '§3.2' } });
    expect(result.verdict).toBe('not-recommended');
    expect(ids(ebrt({ primary: kidney, lesions: [T11({ escc: '1b' })], priorTreatments: [{ kind: 'surgery', date: '2024-03-01' }] }))).not.toContain('ebrt.after-separation-surgery');
  });
  it('scope: a separation surgery at another level, or one whose SSRS window closed long ago, does not block EBRT', () => {
    // Another lesion (L3, painful, uncomplicated) beside the separated T11: EBRT for L3 is decided on its own.
    const other = ebrt({
      decisionDate: '2024-03-10', primary: kidney, pain: { score: 6, type: 'local' },
      lesions: [T11({ escc: '1b' }), { level: 'L3', escc: '0', painful: true }],
      priorTreatments: [{ kind: 'separation-surgery', date: '2024-03-01', levels: ['T11'] }],
    });
    expect(get(other, 'ebrt.after-separation-surgery')).toMatchObject({ verdict: 'info' });
    expect(get(other, 'ebrt.after-separation-surgery').because[0]).toContain('EBRT for the other lesions is unaffected');
    expect(other.verdict).not.toBe('not-recommended');
    // Two years on: the rule speaks of that operation's post-operative radiotherapy, which is long past (002 §3.7: 3–5 weeks).
    const later = ebrt({ decisionDate: '2026-03-01', primary: kidney, lesions: [T11({ escc: '1b' })], priorTreatments: [{ kind: 'separation-surgery', date: '2024-03-01', levels: ['T11'] }] });
    expect(ids(later)).not.toContain('ebrt.after-separation-surgery');
    // Unrecorded levels: asked for, not assumed to be every level.
    const unplaced = ebrt({ decisionDate: '2024-03-10', primary: kidney, lesions: [T11({ escc: '1b' })], priorTreatments: [{ kind: 'separation-surgery', date: '2024-03-01' }] });
    expect(get(unplaced, 'ebrt.after-separation-surgery')).toMatchObject({ verdict: 'info', needs: [expect.objectContaining({ fact: 'priorTreatments[0].levels' })] });
  });
  it('002 §3.7: fracture → no pre-operative radiotherapy if surgery is planned (note)', () => {
    const f = get(ebrt({ lesions: [T11({ fracture: 'impending' })] }), 'ebrt.fracture-no-preoperative-rt');
    expect(f.verdict).toBe('info');
    expect(ids(ebrt({ lesions: [T11({ fracture: 'none' })] }))).not.toContain('ebrt.fracture-no-preoperative-rt');
  });
  it('002 §3.7: 13 days after surgery → wait for healing or day 14; on day 14 nothing to wait for', () => {
    const surgery = [{ kind: 'surgery' as const, date: '2024-03-01' }];
    const pending = get(ebrt({ decisionDate: '2024-03-14', lesions: [T11()], priorTreatments: surgery }), 'ebrt.postoperative-timing');
    expect(pending.because[0]).toBe('Surgery on 2024-03-01: post-operative radiotherapy once the wound has healed or 2 weeks have passed (2024-03-15).');
    expect(ids(ebrt({ decisionDate: '2024-03-15', lesions: [T11()], priorTreatments: surgery }))).not.toContain('ebrt.postoperative-timing');
    const healed = get(ebrt({ decisionDate: '2024-03-10', lesions: [T11()], priorTreatments: [{ ...surgery[0]!, woundHealed: true }] }), 'ebrt.postoperative-timing');
    expect(healed.because[0]).toContain('wound healed');
  });
  it('004 §4.4.3: multifocal pain after EBRT → radionuclides, ²²³Ra for prostate cancer', () => {
    const f = get(ebrt({
      primary: { histology: 'prostate' },
      pain: { score: 6 },
      metastases: { spinal: 3, extraspinalBone: 2 },
      priorTreatments: [{ kind: 'radiotherapy', date: '2023-11-01' }],
    }), 'ebrt.radiopharmaceuticals');
    expect(f.because).toHaveLength(2);
    expect(f.because[0]).toContain('40–95 %');
    expect(ids(ebrt({ primary: { histology: 'prostate' }, pain: { score: 6 }, metastases: { spinal: 1, extraspinalBone: 0 }, priorTreatments: [{ kind: 'radiotherapy', date: '2023-11-01' }] }))).not.toContain('ebrt.radiopharmaceuticals');
  });
  it('with nothing to decide on, asks for the pain and the lesions', () => {
    const result = ebrt({});
    expect(result.verdict).toBe('needs-information');
    expect(get(result, 'ebrt.undecided').needs.map((n) => n.fact)).toEqual(['pain.score', 'lesions']);
  });
});

describe('SBRT / SSRS', () => {
  it('004 §4.4.2 read conjunctively: outside re-irradiation ≤ 6 months speaks against SBRT, > 6 months is only a note, unknown is asked', () => {
    // "SBRT 应主要用于期望寿命较长(>6 个月),在标准疗程外照射后仍有骨痛或骨痛复发,并需要再次照射的患者"
    const short = sbrt({ primary: kidney, lesions: [{ site: 'ilium' }], lifeExpectancyMonths: 6 });
    expect(get(short, 'sbrt.life-expectancy').verdict).toBe('not-recommended');
    expect(short.verdict).toBe('not-recommended');
    const long = get(sbrt({ primary: kidney, lesions: [{ site: 'ilium' }], lifeExpectancyMonths: 6.5 }), 'sbrt.life-expectancy');
    expect(long.verdict).toBe('info');
    expect(long.because[0]).toContain('as a first treatment, SBRT/SSRS is decided by 004 rec 10 (1B) and 002 §3.7');
    // Unknown: asked (needs information at the narrative tier: it holds a framework-only verdict such as NOMS, never rec 10).
    const unknownResult = sbrt({ lesions: [{ site: 'ilium' }] });
    expect(get(unknownResult, 'sbrt.life-expectancy')).toMatchObject({ verdict: 'needs-information', tier: 'narrative', needs: [{ fact: 'lifeExpectancyMonths' }] });
    expect(get(unknownResult, 'sbrt.life-expectancy-scores')).toMatchObject({ verdict: 'info', tier: 'framework' });
    const rec10 = sbrt({ primary: { histology: 'lung-nsclc' }, pain: { score: 9, refractory: true }, neurology: { frankel: 'E', deficitProgressing: false }, lesions: [T11({ escc: '1a', sins: 8 })] });
    expect(rec10).toMatchObject({ verdict: 'recommended', decidedBy: 'sbrt.rec-10-first-choice' });
  });
  it('004 §4.4.2 does not veto 004 rec 10 (1B): with refractory pain and 4 months to live, SBRT is tempered to consider', () => {
    const result = sbrt({ primary: { histology: 'lung-nsclc' }, pain: { score: 9, refractory: true }, neurology: { frankel: 'E', deficitProgressing: false }, lesions: [T11({ escc: '1a', sins: 8 })], lifeExpectancyMonths: 4 });
    expect(result.verdict).toBe('consider');
    expect(result.conflicts).toContainEqual(expect.objectContaining({ prevailing: 'sbrt.rec-10-first-choice', overruled: 'sbrt.life-expectancy', kind: 'tempered' }));
  });
  it('004 rec 10 (1B) for SBRT', () => {
    expect(get(sbrt({ primary: { histology: 'lung-nsclc' }, pain: { score: 9, refractory: true } }), 'sbrt.rec-10-first-choice')).toMatchObject({ verdict: 'recommended', evidence: '1B' });
  });
  it('NOMS: radioresistant low grade → SRS recommended, with the 002 §1.3 note that SSRS overrides radiosensitivity', () => {
    const result = sbrt({ primary: kidney, lesions: [T11({ escc: '1a', sins: 8 })], neurology: { frankel: 'E', deficitProgressing: false }, lifeExpectancyMonths: 24 });
    expect(get(result, 'sbrt.noms-radioresistant-low-grade').verdict).toBe('recommended');
    expect(get(result, 'sbrt.overrides-radiosensitivity')).toMatchObject({ verdict: 'info', source: { document: '002', section: '§1.3' } });
    expect(result.verdict).toBe('recommended');
  });
  it('radioresistant ESCC 1c → consider; high grade → separation surgery first (002 §3.2) unless it was done', () => {
    expect(get(sbrt({ primary: kidney, lesions: [T11({ escc: '1c' })] }), 'sbrt.noms-radioresistant-1c').verdict).toBe('consider');
    expect(get(sbrt({ primary: kidney, lesions: [T11({ escc: '3' })] }), 'sbrt.high-grade-escc')).toMatchObject({ verdict: 'consider', source: { section: '§3.2' } });
    const separated = sbrt({ primary: kidney, lesions: [T11({ escc: '3' })], priorTreatments: [{ kind: 'separation-surgery', date: '2024-03-01', levels: ['T11'] }] });
    expect(ids(separated)).not.toContain('sbrt.high-grade-escc');
  });
  it('radioresistant without ESCC needs it', () => {
    expect(get(sbrt({ primary: kidney, lesions: [T11()] }), 'sbrt.noms-needs-escc').needs.map((n) => n.fact)).toEqual(['lesions[0].escc']);
  });
  it('radiosensitive: conventional EBRT is enough (consider), not at already irradiated levels', () => {
    expect(get(sbrt({ primary: breast, lesions: [T11()] }), 'sbrt.noms-radiosensitive').verdict).toBe('consider');
    expect(ids(sbrt({ primary: breast, lesions: [T11({ previouslyIrradiated: true })] }))).not.toContain('sbrt.noms-radiosensitive');
  });
  it('002 §3.7: SINS 12 and Frankel E → SSRS may be first choice; SINS 13 or Frankel D → consider', () => {
    const neurology = { frankel: 'E', deficitProgressing: false };
    expect(get(sbrt({ lesions: [T11({ sins: 12 })], neurology }), 'sbrt.first-choice').verdict).toBe('recommended');
    const unstable = get(sbrt({ lesions: [T11({ sins: 13 })], neurology }), 'sbrt.first-choice');
    expect(unstable.verdict).toBe('consider');
    expect(unstable.because[0]).toContain('unstable spine at T11 (SINS ≥ 13)');
    const deficit = get(sbrt({ lesions: [T11({ sins: 4 })], neurology: { frankel: 'D', deficitProgressing: false } }, 'zh'), 'sbrt.first-choice');
    expect(deficit.because[0]).toContain('神经功能障碍（Frankel D 级）');
  });
  it('002 §3.7: SINS or Frankel missing → needs information; SINS is not asked at an irradiated level (002 §2.3)', () => {
    const f = get(sbrt({ lesions: [T11(), { level: 'L1', previouslyIrradiated: true }] }), 'sbrt.first-choice');
    expect(f.verdict).toBe('needs-information');
    expect(f.needs.map((n) => n.fact)).toEqual(['lesions[0].sins', 'neurology.frankel']);
  });
  it('004 §4.4.2: painful previously irradiated lesion → SBRT re-irradiation recommended only with all three conditions; painless → not', () => {
    const irradiated = [T11({ previouslyIrradiated: true, painful: true })];
    expect(get(sbrt({ lesions: irradiated, lifeExpectancyMonths: 12 }), 'sbrt.re-irradiation').verdict).toBe('recommended');
    expect(get(sbrt({ lesions: irradiated, lifeExpectancyMonths: 5 }), 'sbrt.re-irradiation').verdict).toBe('consider');
    expect(get(sbrt({ lesions: irradiated }), 'sbrt.re-irradiation')).toMatchObject({ verdict: 'needs-information', needs: [expect.objectContaining({ fact: 'lifeExpectancyMonths' })] });
    expect(ids(sbrt({ lesions: irradiated }))).not.toContain('sbrt.life-expectancy');
    expect(ids(sbrt({ pain: { score: 5 }, lesions: [T11({ previouslyIrradiated: true, painful: false })] }))).not.toContain('sbrt.re-irradiation');
  });
  it('002 §3.7: SSRS 3–5 weeks after separation surgery, read as day 14 once the wound has healed to day 35 — days 13, 14, 35, 36', () => {
    // "准备术后放疗的患者，建议在伤口愈合或间隔 2 周后再进行放疗。分离手术后的定向放射治疗必须在术后 3~5 周内进行，否则失去意义。"
    const at = (decisionDate: string, woundHealed?: boolean) =>
      get(sbrt({ decisionDate, lesions: [T11()], priorTreatments: [{ kind: 'separation-surgery', date: '2024-03-01', levels: ['T11'], ...(woundHealed === undefined ? {} : { woundHealed }) }] }), 'sbrt.after-separation-surgery');
    const before = at('2024-03-14', true);
    expect(before.verdict).toBe('recommended');
    expect(before.because).toEqual(['Separation surgery on 2024-03-01: stereotactic radiotherapy must follow within 3–5 weeks — read as from 2024-03-15 (day 14, once the wound has healed) to 2024-04-05 (day 35).']);
    expect(at('2024-03-15', true).because[0]).toContain('now inside');
    expect(at('2024-03-15').because[1]).toBe('The wound has not healed yet: irradiate once it has, and no later than 2024-04-05.');
    expect(at('2024-04-05')).toMatchObject({ verdict: 'recommended' });
    expect(at('2024-04-05').because[0]).toContain('now inside');
    const passed = at('2024-04-06');
    expect(passed.verdict).toBe('consider');
    expect(passed.because[0]).toContain('closed on 2024-04-05');
  });
  it('scope: SSRS first choice (002 §3.7) is not held back at a level already decompressed and stabilised by separation surgery', () => {
    const separatedT11 = { kind: 'separation-surgery' as const, date: '2024-03-01', levels: ['T11'], woundHealed: true };
    const result = sbrt({ decisionDate: '2024-03-20', primary: kidney, neurology: { frankel: 'D', deficitProgressing: false }, lesions: [T11({ escc: '3', sins: 14 })], priorTreatments: [separatedT11] });
    expect(get(result, 'sbrt.first-choice')).toMatchObject({ verdict: 'recommended' });
    expect(get(result, 'sbrt.first-choice').because[1]).toContain('T11 already decompressed and stabilised by separation surgery');
    // An unstable L2 that nobody operated still holds SSRS back there.
    const unstableElsewhere = sbrt({ decisionDate: '2024-03-20', primary: kidney, neurology: { frankel: 'E', deficitProgressing: false }, lesions: [T11({ escc: '3', sins: 14 }), { level: 'L2', sins: 13, escc: '1a' }], priorTreatments: [separatedT11] });
    expect(get(unstableElsewhere, 'sbrt.first-choice')).toMatchObject({ verdict: 'consider' });
    expect(get(unstableElsewhere, 'sbrt.first-choice').because[0]).toContain('unstable spine at L2');
  });
  it('SBRT after other surgery: 2-week timing note; after separation surgery the 3–5-week rule applies instead', () => {
    expect(ids(sbrt({ decisionDate: '2024-03-05', lesions: [T11()], priorTreatments: [{ kind: 'surgery', date: '2024-03-01' }] }))).toContain('sbrt.postoperative-timing');
    expect(ids(sbrt({ decisionDate: '2024-03-05', lesions: [T11()], priorTreatments: [{ kind: 'separation-surgery', date: '2024-03-01' }] }))).not.toContain('sbrt.postoperative-timing');
  });
  it('notes single-fraction SSRS (002 §3.7) and fracture risk → prophylactic PVP (001 CQ2, weak C) except at cemented levels', () => {
    const result = sbrt({ lesions: [T11(), { level: 'L2', previouslyCemented: true }] });
    expect(get(result, 'sbrt.single-fraction').verdict).toBe('info');
    const risk = get(result, 'sbrt.fracture-risk');
    expect(risk).toMatchObject({ verdict: 'info', strength: 'weak', evidence: 'C', recommendation: 'jsir-cq2' });
    expect(risk.because[0]).toContain('11–39 %');
    expect(risk.because[0]).toContain('consider it for T11.');
    expect(ids(sbrt({ lesions: [{ level: 'L2', previouslyCemented: true }] }))).not.toContain('sbrt.fracture-risk');
  });
  it('with nothing to decide on, asks for the pain and the lesions', () => {
    const result = sbrt({});
    expect(result.verdict).toBe('needs-information');
    expect(get(result, 'sbrt.undecided').needs.map((n) => n.fact)).toEqual(['pain.score', 'lesions']);
  });
});

describe('catalogue and localisation', () => {
  const scenarios: Partial<PatientFactsInput>[] = [
    {},
    { primary: breast, kps: 80, pain: { score: 7, type: 'local' }, lesions: [T11({ escc: '0', sins: 8 })], neurology: { frankel: 'E', deficitProgressing: false }, lifeExpectancyMonths: 18, plannedPvpLevels: ['T11'] },
    { primary: kidney, pain: { score: 8, type: 'mechanical', refractory: true }, lesions: [T11({ escc: '2', sins: 14, fracture: 'pathological' }), { level: 'L2', escc: '1c' }, { level: 'L4', escc: '1b' }, { level: 'L5' }, { level: 'T8', escc: '0' }] },
    { primary: { histology: 'prostate' }, pain: { score: 6, type: 'radicular' }, decisionDate: '2024-03-10', metastases: { spinal: 2, extraspinalBone: 3 }, lesions: [T11({ previouslyIrradiated: true, fracture: 'impending' })], priorTreatments: [{ kind: 'pvp', date: '2024-03-02' }, { kind: 'surgery', date: '2024-03-01' }, { kind: 'radiotherapy', date: '2023-10-01', levels: ['T11'], doseGy: 8, fractions: 1 }], lifeExpectancyMonths: 3 },
    { primary: { histology: 'stomach' }, lesions: [T11({ escc: '3' })], priorTreatments: [{ kind: 'separation-surgery', date: '2024-03-01' }] },
  ];
  it('every emitted finding id is catalogued, once, with a source', () => {
    const catalogued = new Set(RADIOTHERAPY_RULES.map((r) => r.id));
    expect(catalogued.size).toBe(RADIOTHERAPY_RULES.length);
    const emitted = new Set(scenarios.flatMap((s) => [...ids(ebrt(s)), ...ids(sbrt(s))]));
    for (const id of emitted) expect(catalogued.has(id), id).toBe(true);
    expect(emitted.size).toBeGreaterThan(30);
    for (const rule of RADIOTHERAPY_RULES) expect(rule.sources.length, rule.id).toBeGreaterThan(0);
  });
  it('every option has a deciding finding and every text is filled in every language', () => {
    for (const lang of LANGS) {
      for (const s of scenarios) {
        for (const result of [ebrt(s, lang), sbrt(s, lang)]) {
          expect(result.findings.some((f) => f.verdict !== 'info')).toBe(true);
          for (const f of result.findings) {
            for (const text of [...f.because, ...f.needs.map((n) => n.why)]) expect(text, `${f.id} ${lang}`).not.toMatch(/\{\w+\}/);
          }
        }
        const plan = render(radiotherapyPlan(facts({ ...s, plannedRadiotherapy: { doseGy: 20, fractions: 5 } })), lang);
        for (const schedule of plan?.schedules ?? []) expect(schedule.label).not.toMatch(/\{\w+\}/);
      }
    }
  });
  it('results carry catalogue texts, rendered only at the edge', () => {
    for (const s of scenarios) {
      const results = [assessEbrt(facts(s)), assessSbrt(facts(s)), radiotherapyPlan(facts({ ...s, plannedRadiotherapy: { doseGy: 20, fractions: 5 } }))];
      expect(results.flatMap((r) => (r && 'findings' in r ? r.findings.flatMap((f) => [...f.because, ...f.needs.map((n) => n.why)]) : [])).every(isText)).toBe(true);
      expect(unknownKeys(results)).toEqual([]);
      expect(JSON.stringify(render(results, 'en'))).not.toContain('[object Object]');
    }
  });
});

describe('radiotherapy never points to a contraindicated partner (002 §3.2)', () => {
  it('renal-cell carcinoma with ESCC 3: no text sends the patient to separation surgery', () => {
    // 002 §3.2 lists hypervascular tumours among the contraindications of separation surgery.
    for (const lang of LANGS) {
      const input = { primary: kidney, neurology: { frankel: 'D' as const, deficitProgressing: false }, lesions: [T11({ escc: '3' })] };
      const texts = [...ebrt(input, lang).findings, ...sbrt(input, lang).findings].flatMap((f) => f.because).join('\n');
      expect(texts).not.toMatch(/separation surgery followed|separation surgery first|应行分离手术|先行分离手术|分離手術とその後|まず分離手術/);
    }
    const high = get(ebrt({ primary: kidney, lesions: [T11({ escc: '3' })] }), 'ebrt.noms-radioresistant-high-grade');
    expect(high.because[1]).toContain('Separation surgery is contraindicated for a hypervascular tumour (002 §3.2, Kidney (renal cell))');
    expect(get(sbrt({ primary: kidney, lesions: [T11({ escc: '2' })] }), 'sbrt.high-grade-escc').because[1]).toContain('contraindicated for a hypervascular tumour');
    // A radioresistant but not hypervascular tumour keeps the NOMS partner.
    expect(get(ebrt({ primary: { histology: 'lung-nsclc' }, lesions: [T11({ escc: '3' })] }), 'ebrt.noms-radioresistant-high-grade').because[0]).toContain('separation surgery followed by stereotactic radiotherapy');
  });
});
