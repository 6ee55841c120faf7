import { describe, expect, it } from 'vitest';
import { render, type Rendered } from '../texts.js';
import { daysBetween, patientFactsSchema, type PatientFactsInput } from '../facts/index.js';
import type { OptionAssessment } from './finding.js';
import { SURGERY_RULES, assessLaminectomyFixation, assessPalliativeSurgery, perioperativeDates } from './surgery.js';

type Input = Partial<PatientFactsInput>;
const facts = (input: Input) => patientFactsSchema.parse({ patient: { age: 58, sex: 'male' }, ...input });
const dates = (input: Input, lang: 'en' | 'zh' | 'ja' = 'en') => render(perioperativeDates(facts(input)), lang);
const byId = (result: Rendered<OptionAssessment>, id: string) => result.findings.find((f) => f.id === id);

/** Pathological fracture at L1: palliative surgery recommended, so the peri-operative findings are shown. */
const operable = {
  decisionDate: '2025-03-01',
  primary: { histology: 'lung-nsclc', boneMetastasisConfirmed: true },
  lesions: [{ site: 'spine', level: 'L1', fracture: 'pathological' }],
} satisfies Input;
const periop = (input: Input, lang: 'en' | 'zh' | 'ja' = 'en') => render(assessPalliativeSurgery(facts({ ...operable, ...input })), lang);

describe('targeted-therapy hold before surgery (002 §1.5)', () => {
  it('IV VEGF-targeted: 28 days after the last dose; it sets the earliest surgery date when latest', () => {
    const plan = dates({ ...operable, systemicTherapy: [{ agent: 'bevacizumab', class: 'vegf-targeted-iv', ongoing: true, lastDoseDate: '2025-02-20' }] });
    expect(plan.targetedTherapyHoldUntil).toBe('2025-03-20');
    expect(daysBetween('2025-02-20', plan.targetedTherapyHoldUntil ?? '')).toBe(28);
    expect(plan.earliestSurgery).toBe('2025-03-20');
  });
  it('daily oral EGFR TKI: 14 days; a hold already over leaves the decision date', () => {
    const recent = dates({ ...operable, systemicTherapy: [{ agent: 'osimertinib', class: 'egfr-tki-oral', ongoing: true, lastDoseDate: '2025-02-28' }] });
    expect(recent.targetedTherapyHoldUntil).toBe('2025-03-14');
    expect(recent.earliestSurgery).toBe('2025-03-14');
    const over = dates({ ...operable, systemicTherapy: [{ agent: 'osimertinib', class: 'egfr-tki-oral', ongoing: false, lastDoseDate: '2025-02-15' }] });
    expect(over.targetedTherapyHoldUntil).toBe('2025-03-01');
    expect(over.earliestSurgery).toBe('2025-03-01');
  });
  it('the latest of several holds counts', () => {
    const plan = dates({ ...operable, systemicTherapy: [
      { agent: 'bevacizumab', class: 'vegf-targeted-iv', ongoing: false, lastDoseDate: '2025-02-10' },
      { agent: 'gefitinib', class: 'egfr-tki-oral', ongoing: true, lastDoseDate: '2025-03-01' },
    ] });
    expect(plan.targetedTherapyHoldUntil).toBe('2025-03-15');
  });
  it('a missing last dose is a need on the finding and a note on the plan', () => {
    const input = { systemicTherapy: [{ agent: 'osimertinib', class: 'egfr-tki-oral', ongoing: true }] } satisfies Input;
    const hold = byId(periop(input), 'palliative-surgery.targeted-therapy-hold');
    expect(hold?.needs.map((n) => n.fact)).toEqual(['systemicTherapy[0].lastDoseDate']);
    expect(hold?.because[1]).toContain('hold 14 days after the last dose');
    const plan = dates({ ...operable, ...input });
    expect(plan.targetedTherapyHoldUntil).toBeUndefined();
    expect(plan.notes).toContain('osimertinib: hold 14 days after the last dose, but the last-dose date is missing — the earliest surgery date does not include this hold (002 §1.5).');
    expect(plan.notes).toContain('The earliest surgery date is provisional: at least one targeted-therapy hold could not be dated.');
  });
  it('other targeted classes are flagged for the prescriber, never given an invented interval', () => {
    const plan = dates({ ...operable, systemicTherapy: [{ agent: 'alectinib', class: 'alk-tki-oral', ongoing: true, lastDoseDate: '2025-02-28' }] });
    expect(plan.targetedTherapyHoldUntil).toBeUndefined();
    expect(plan.earliestSurgery).toBe('2025-03-01');
    expect(plan.notes[0]).toContain('alectinib: no hold interval in 002 §1.5');
    const hold = byId(periop({ systemicTherapy: [{ agent: 'alectinib', class: 'alk-tki-oral', ongoing: true }] }, 'ja'), 'palliative-surgery.targeted-therapy-hold');
    expect(hold?.because[1]).toContain('処方医と決める');
    expect(hold?.needs).toEqual([]);
  });
  it('chemotherapy is not held by this rule', () => {
    expect(byId(periop({ systemicTherapy: [{ agent: 'pemetrexed', class: 'chemotherapy', ongoing: true }] }), 'palliative-surgery.targeted-therapy-hold')).toBeUndefined();
  });
});

describe('radiotherapy and surgery (002 §3.7)', () => {
  it('surgery more than 2 weeks after radiotherapy: day 15, not day 14', () => {
    const plan = dates({ ...operable, priorTreatments: [{ kind: 'radiotherapy', date: '2025-02-25' }] });
    expect(plan.earliestSurgery).toBe('2025-03-12');
    expect(daysBetween('2025-02-25', plan.earliestSurgery ?? '')).toBe(15);
    const timing = byId(periop({ priorTreatments: [{ kind: 'sbrt', date: '2025-02-25' }] }), 'palliative-surgery.radiotherapy-timing');
    expect(timing?.because[0]).toBe('Radiotherapy ended 2025-02-25: more than 2 weeks must separate it from surgery — operate from 2025-03-12.');
  });
  it('radiotherapy to another bone does not delay spine surgery; at other spinal levels it is noted for the team, not dated', () => {
    const femur = dates({ ...operable, priorTreatments: [{ kind: 'radiotherapy', date: '2025-02-25', site: 'long-bone', longBone: 'femur' }] });
    expect(femur.earliestSurgery).toBe('2025-03-01');
    const t4 = dates({ ...operable, priorTreatments: [{ kind: 'radiotherapy', date: '2025-02-25', levels: ['T4'] }] });
    expect(t4.earliestSurgery).toBe('2025-03-01');
    expect(t4.notes.join(' ')).toContain('Radiotherapy to T4 ended 2025-02-25, not at the levels to be operated');
    // at L1, the operated level: 2025-02-25 + 15 days
    expect(dates({ ...operable, priorTreatments: [{ kind: 'radiotherapy', date: '2025-02-25', levels: ['T12-L1'] }] }).earliestSurgery).toBe('2025-03-12');
  });
  it('radiotherapy long past leaves the decision date', () => {
    expect(dates({ ...operable, priorTreatments: [{ kind: 'radiotherapy', date: '2025-02-14' }] }).earliestSurgery).toBe('2025-03-01');
    expect(dates({ ...operable, priorTreatments: [{ kind: 'radiotherapy', date: '2025-02-15' }] }).earliestSurgery).toBe('2025-03-02');
  });
  it('pathological or impending fracture: no pre-operative radiotherapy', () => {
    expect(byId(periop({}), 'palliative-surgery.radiotherapy-timing')?.because).toContain('Pathological or impending fracture: no pre-operative radiotherapy (it also raises wound complications).');
  });
  it('post-operative radiotherapy 14 days after the recorded operation, or now if the wound has healed', () => {
    expect(dates({ ...operable, priorTreatments: [{ kind: 'surgery', date: '2025-02-20' }] }).postoperativeRadiotherapyFrom).toBe('2025-03-06');
    expect(dates({ ...operable, priorTreatments: [{ kind: 'surgery', date: '2025-02-20', woundHealed: true }] }).postoperativeRadiotherapyFrom).toBe('2025-03-01');
    expect(dates({ ...operable, priorTreatments: [{ kind: 'surgery', date: '2025-02-01', woundHealed: true }] }).postoperativeRadiotherapyFrom).toBe('2025-02-15');
    expect(dates(operable).postoperativeRadiotherapyFrom).toBeUndefined();
  });
  it('SSRS from day 14 (once the wound has healed) to day 35 after separation surgery (002 §3.7, a reading); a passed window is said', () => {
    const plan = dates({ decisionDate: '2025-03-01', priorTreatments: [{ kind: 'separation-surgery', date: '2025-02-20' }] });
    expect(plan.ssrsAfterSeparationSurgery).toEqual({ from: '2025-03-06', to: '2025-03-27' });
    expect(plan.postoperativeRadiotherapyFrom).toBe('2025-03-06');
    const late = dates({ decisionDate: '2025-04-01', priorTreatments: [{ kind: 'separation-surgery', date: '2025-02-20' }] }, 'zh');
    expect(late.notes).toContain('定向放疗时间窗已于决策日期前 5 天结束：此后放疗失去意义（002 §3.7）。');
    expect(plan.notes).toContain('SSRS after the separation surgery between 2025-03-06 and 2025-03-27 (day 14 once the wound has healed, to day 35; 002 §3.7).');
  });
});

describe('pre-operative embolisation (002 §1.6)', () => {
  it('renal primary: embolise on the earliest surgery date, operate within 48 h', () => {
    const plan = dates({ ...operable, primary: { histology: 'kidney' } });
    expect(plan.embolisationToSurgery).toEqual({ embolise: '2025-03-01', operateBy: '2025-03-03' });
    const finding = byId(periop({ primary: { histology: 'kidney', boneMetastasisConfirmed: true } }, 'zh'), 'palliative-surgery.preoperative-embolisation');
    expect(finding?.because[0]).toContain('富血供肿瘤');
    expect(finding?.because[1]).toContain('最迟不晚于 48 h');
  });
  it('hypervascular on imaging for a usually hypovascular primary', () => {
    const result = periop({ primary: { histology: 'breast', boneMetastasisConfirmed: true }, lesions: [{ site: 'spine', level: 'L1', fracture: 'pathological', hypervascular: true }] });
    expect(byId(result, 'palliative-surgery.preoperative-embolisation')?.because[0]).toContain('Hypervascular lesion on imaging');
  });
  it('hairpin anterior spinal artery sharing the trunk → no embolisation, window null', () => {
    const input = { primary: { histology: 'thyroid' }, lesions: [{ site: 'spine', level: 'L1', fracture: 'pathological', hairpinAnteriorSpinalArtery: true }] } satisfies Input;
    expect(dates({ ...operable, ...input }).embolisationToSurgery).toBeNull();
    expect(byId(periop(input), 'palliative-surgery.preoperative-embolisation')?.because).toHaveLength(1);
  });
  it('no hypervascular tumour → no window, no finding', () => {
    expect(dates(operable).embolisationToSurgery).toBeUndefined();
    expect(byId(periop({}), 'palliative-surgery.preoperative-embolisation')).toBeUndefined();
  });
});

describe('without a decision date', () => {
  it('no earliest surgery or embolisation date; the notes and findings say so', () => {
    const input = { primary: { histology: 'kidney' }, systemicTherapy: [{ agent: 'bevacizumab', class: 'vegf-targeted-iv', ongoing: true, lastDoseDate: '2025-02-20' }] } satisfies Input;
    const plan = dates(input);
    expect(plan.earliestSurgery).toBeUndefined();
    expect(plan.embolisationToSurgery).toBeUndefined();
    expect(plan.targetedTherapyHoldUntil).toBe('2025-03-20');
    expect(plan.notes).toContain('No decision date: the earliest surgery date cannot be computed.');
    const result = render(assessPalliativeSurgery(facts({ ...input, primary: { histology: 'kidney', boneMetastasisConfirmed: true }, lesions: operable.lesions })), 'en');
    expect(byId(result, 'palliative-surgery.targeted-therapy-hold')?.needs.map((n) => n.fact)).toEqual(['decisionDate']);
  });
});

describe('VTE and surgical-site infection (002 §3.6)', () => {
  it('combined VTE prophylaxis without bleeding risk; with it, individual; unknown → need', () => {
    expect(byId(periop({ comorbidities: { bleedingRisk: false } }), 'palliative-surgery.vte-prophylaxis')?.because[0]).toContain('14.1 %, 8 % already before surgery: combined VTE prophylaxis');
    expect(byId(periop({ comorbidities: { bleedingRisk: true } }), 'palliative-surgery.vte-prophylaxis')?.because[0]).toContain('decide the prophylaxis individually');
    expect(byId(periop({}), 'palliative-surgery.vte-prophylaxis')?.needs.map((n) => n.fact)).toEqual(['comorbidities.bleedingRisk']);
  });
  it('SSI up to 30 %: lists the risk factors present', () => {
    const result = periop({
      comorbidities: { malnutrition: true, smoking: true, obesity: true, diabetes: true },
      systemicTherapy: [{ agent: 'docetaxel', class: 'chemotherapy', ongoing: false }],
      priorTreatments: [{ kind: 'radiotherapy', date: '2024-12-01' }],
    });
    expect(byId(result, 'palliative-surgery.ssi-risk')?.because[0]).toBe(
      'Surgical-site infection in spinal metastasis surgery reaches 30 %; risk factors present: malnutrition, chemotherapy exposure, radiotherapy exposure, smoking, obesity, medical comorbidity.',
    );
    expect(byId(periop({}), 'palliative-surgery.ssi-risk')?.because[0]).toContain('no risk factor');
  });
  it('peri-operative findings follow a possible operation only', () => {
    const lam = render(assessLaminectomyFixation(facts({ ...operable, lesions: [{ site: 'spine', level: 'T4', wbbZones: [11, 12, 1] }] })), 'en');
    expect(lam.verdict).toBe('recommended');
    expect(lam.findings.map((f) => f.id)).toContain('laminectomy-fixation.ssi-risk');
    const unfit = render(assessLaminectomyFixation(facts({ ...operable, toleratesSurgery: false, lesions: [{ site: 'spine', level: 'T4', wbbZones: [11, 12, 1] }] })), 'en');
    expect(unfit.verdict).toBe('contraindicated');
    expect(unfit.findings.map((f) => f.id)).not.toContain('laminectomy-fixation.ssi-risk');
  });
  it('every peri-operative finding id is catalogued', () => {
    const catalogued = new Set(SURGERY_RULES.map((r) => r.id));
    const result = periop({ primary: { histology: 'kidney', boneMetastasisConfirmed: true }, systemicTherapy: [{ agent: 'bevacizumab', class: 'vegf-targeted-iv', ongoing: true }], priorTreatments: [{ kind: 'radiotherapy', date: '2025-02-01' }] });
    expect(result.findings.length).toBeGreaterThan(5);
    for (const f of result.findings) expect(catalogued.has(f.id), f.id).toBe(true);
  });
});
