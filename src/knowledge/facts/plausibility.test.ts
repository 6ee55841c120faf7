/** Implausible or contradictory facts are refused with the field named and the unit they probably are in. */
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { patientFactsSchema, type PatientFactsInput } from './index.js';
import { render, type Text } from '../texts.js';

const base: PatientFactsInput = { decisionDate: '2026-11-25', patient: { age: 62, sex: 'male', weightKg: 70 } };

/** The issues of a refused input as "path: message". */
function refusal(input: PatientFactsInput): string[] {
  const parsed = patientFactsSchema.safeParse(input);
  if (parsed.success) throw new Error('accepted');
  return (parsed.error as ZodError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('laboratory values in their units', () => {
  it('creatinine 88 in the mg/dL field is refused as a µmol/L value, with its mg/dL equivalent', () => {
    // 88 µmol/L ÷ 88.4 = 1.00 mg/dL; taken as mg/dL it gave a clearance of 0.6 mL/min.
    expect(refusal({ ...base, labs: { creatinineMgDl: 88 } })).toEqual(['labs.creatinineMgDl: 88 mg/dL is outside 0.1–20 mg/dL; if it is 88 µmol/L, enter 1 (mg/dL = µmol/L ÷ 88.4)']);
    expect(refusal({ ...base, labs: { creatinineMgDl: 150 } })[0]).toContain('enter 1.7 (mg/dL');
    expect(patientFactsSchema.parse({ ...base, labs: { creatinineMgDl: 1.2 } }).labs.creatinineMgDl).toBe(1.2);
  });
  it('platelets 180 meaning 180 × 10⁹/L are refused with the per-µL value', () => {
    expect(refusal({ ...base, labs: { plateletsPerUl: 180 } })).toEqual(['labs.plateletsPerUl: 180 /µL is outside 1000–2000000 /µL; if it is 180 × 10⁹/L, enter 180000 (per µL)']);
    expect(patientFactsSchema.parse({ ...base, labs: { plateletsPerUl: 180_000 } }).labs.plateletsPerUl).toBe(180_000);
  });
  it('calcium in mmol/L and PT/APTT in seconds are refused with what to enter', () => {
    expect(refusal({ ...base, labs: { calciumMgDl: 2.3 } })[0]).toBe('labs.calciumMgDl: 2.3 mg/dL is outside 4–20 mg/dL; if it is 2.3 mmol/L, enter 9.2 (mg/dL = mmol/L × 4.008)');
    expect(refusal({ ...base, labs: { ptRatio: 13.5 } })[0]).toContain('enter PT as a multiple of normal');
    expect(refusal({ ...base, labs: { apttRatio: 32 } })[0]).toContain('enter APTT as a multiple of normal');
  });
  it('each refusal also carries its text, which the shells render in the user\'s language', () => {
    const parsed = patientFactsSchema.safeParse({ ...base, labs: { creatinineMgDl: 88, ptRatio: 13.5 }, plannedPvpLevels: ['T12', 'T12'] });
    const texts = (parsed.error as ZodError).issues.map((i) => (i as { params?: { text?: Text } }).params?.text);
    expect(render(texts, 'zh')).toEqual([
      '13.5 × 正常值 超出 0.5–10 × 正常值 的范围；请以正常值的倍数输入 PT（如 1.2），而非秒数',
      '88 mg/dL 超出 0.1–20 mg/dL 的范围；若为 88 µmol/L，请输入 1（mg/dL = µmol/L ÷ 88.4）',
      'T12 重复列出；每个节段只填一次',
    ]);
    expect(render(texts[0], 'ja')).toBe('13.5 × 基準値 は 0.5–10 × 基準値 の範囲外；PT は秒ではなく基準値に対する比（例：1.2）で入力');
  });
  it('body weight outside 1–350 kg is refused', () => {
    expect(refusal({ ...base, patient: { age: 62, sex: 'male', weightKg: 700 } })).toEqual(['patient.weightKg: at most 350 kg']);
  });
});

describe('levels, lists and dates', () => {
  it('planned PVP levels are spinal levels, each once, at most 29 — never free text', () => {
    expect(patientFactsSchema.parse({ ...base, plannedPvpLevels: [' t12 ', 'L1-L2'] }).plannedPvpLevels).toEqual(['T12', 'L1-L2']);
    expect(refusal({ ...base, plannedPvpLevels: ['T12', 'Wang Wei MRN 12345'] })).toEqual(['plannedPvpLevels.1: a vertebral level or span is at most 12 characters, such as "T11" or "T12-L1"']);
    expect(refusal({ ...base, plannedPvpLevels: ['T12', 'Wang'] })[0]).toMatch(/^plannedPvpLevels\.1: "Wang" is not a vertebral level or span/);
    expect(refusal({ ...base, plannedPvpLevels: ['T12-L1', 'L1'] })).toEqual(['plannedPvpLevels.1: L1 is listed twice; give each level once']);
    expect(refusal({ ...base, plannedPvpLevels: Array.from({ length: 30 }, () => 'L1') })).toContain('plannedPvpLevels: at most 29 levels');
  });
  it('a 1 MB list is refused by its bound, not parsed element by element into the rules', () => {
    const huge = Array.from({ length: 100_000 }, () => 'T1');
    expect(JSON.stringify(huge).length).toBeGreaterThan(500_000);
    expect(refusal({ ...base, plannedPvpLevels: huge })).toContain('plannedPvpLevels: at most 29 levels');
    expect(refusal({ ...base, lesions: Array.from({ length: 61 }, () => ({ level: 'T1' })) })).toContain('lesions: at most 60 lesions');
    expect(refusal({ ...base, systemicTherapy: [{ agent: 'x'.repeat(101), class: 'chemotherapy', ongoing: true }] })).toEqual(['systemicTherapy.0.agent: a drug name is at most 100 characters']);
  });
  it('levels of a previous treatment are validated the same way', () => {
    expect(refusal({ ...base, priorTreatments: [{ kind: 'radiotherapy', date: '2026-01-01', levels: ['T8', 'name'] }] })[0]).toMatch(/^priorTreatments\.0\.levels\.1: "name" is not a vertebral level/);
  });
  it('dates: years 1900–2100, and nothing done after the decision date', () => {
    expect(refusal({ ...base, decisionDate: '0000-01-01' })).toEqual(['decisionDate: a date in the years 1900–2100']);
    expect(refusal({ ...base, decisionDate: '9999-12-31' })).toEqual(['decisionDate: a date in the years 1900–2100']);
    expect(refusal({ ...base, priorTreatments: [{ kind: 'pvp', date: '2026-12-02', levels: ['L1'] }] })).toEqual(['priorTreatments.0.date: 2026-12-02 is after the decision date 2026-11-25; a previous treatment cannot be later']);
    expect(refusal({ ...base, systemicTherapy: [{ agent: 'osimertinib', class: 'egfr-tki-oral', ongoing: true, lastDoseDate: '2027-01-01' }] })[0]).toContain('systemicTherapy.0.lastDoseDate: 2027-01-01 is after the decision date');
  });
});

describe('contradictions', () => {
  it('pain 8/10 recorded as controlled is refused: it would taper opioids to zero', () => {
    expect(refusal({ ...base, pain: { score: 8, controlled: true }, opioids: [{ drug: 'morphine', dailyDose: 60 }] })).toEqual([
      'pain.controlled: pain 8/10 is not controlled (004 §4.3.2.2 tapers once pain is relieved, below 4/10); correct the score or the flag',
    ]);
    expect(patientFactsSchema.parse({ ...base, pain: { score: 3, controlled: true } }).pain?.controlled).toBe(true);
  });
});

describe('prior treatments name where they were given', () => {
  it('spinal levels only for a spinal treatment, a long bone only for a long-bone site', () => {
    expect(refusal({ ...base, priorTreatments: [{ kind: 'radiotherapy', date: '2026-10-01', site: 'long-bone', levels: ['L1'] }] })).toEqual(['priorTreatments.0.levels: only for spinal lesions (site is "long-bone")']);
    expect(refusal({ ...base, priorTreatments: [{ kind: 'radiotherapy', date: '2026-10-01', site: 'ilium', longBone: 'femur' }] })[0]).toMatch(/^priorTreatments\.0\.longBone: only for long-bone lesions/);
    expect(refusal({ ...base, priorTreatments: [{ kind: 'surgery', date: '2026-10-01', site: 'proximal-femur', longBone: 'humerus' }] })).toEqual(['priorTreatments.0.longBone: a proximal-femur lesion is in the femur, not the humerus']);
    expect(patientFactsSchema.parse({ ...base, priorTreatments: [{ kind: 'radiotherapy', date: '2026-10-01', site: 'long-bone', longBone: 'femur' }] }).priorTreatments[0]).toMatchObject({ site: 'long-bone', longBone: 'femur' });
  });
});
