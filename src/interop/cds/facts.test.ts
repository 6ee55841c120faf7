import { describe, expect, it } from 'vitest';
import { renderText } from '../../knowledge/texts.js';
import { recommend } from '../../knowledge/rules/index.js';
import { CDS_PREFETCH, factsFromFhir, mergeFacts, resourcesOf } from './facts.js';
import { BONEMET, RX, loinc, obs, qty, record, searchset } from './fixtures.js';


describe('facts from an EHR FHIR record', () => {
  it('maps an mCODE-style record to the facts the rules read, each with where it came from', () => {
    const { facts, questions, boneMetastasis } = factsFromFhir(record, '2026-11-25');
    expect(questions).toEqual([]);
    expect(boneMetastasis).toBe(true);
    // 2026-11-25 − 1956-03-10 = 70 full years; creatinine 106.08 µmol/L ÷ 88.4 = 1.2 mg/dL; calcium 2.5 mmol/L × 4.008 = 10.0 mg/dL
    expect(facts).toEqual({
      decisionDate: '2026-11-25',
      patient: { age: 70, sex: 'female', weightKg: 70 },
      primary: { histology: 'breast', boneMetastasisConfirmed: true },
      metastases: { spinal: 2 },
      kps: 60,
      pain: { score: 7 },
      labs: { creatinineMgDl: 1.2, calciumMgDl: 10, plateletsPerUl: 180_000 },
      lesions: [{ site: 'spine', level: 'T12', sins: 9 }, { site: 'spine', level: 'L2', escc: '1b' }],
      systemicTherapy: [{ agent: 'zoledronic-acid', class: 'bisphosphonate', ongoing: true }],
      opioids: [{ drug: 'morphine', dailyDose: 60 }],
      priorTreatments: [{ kind: 'radiotherapy', date: '2026-05-05', levels: ['T12'], doseGy: 20, fractions: 5 }],
    });
    // Cockcroft–Gault: (140 − 70) × 70 × 0.85 / (72 × 1.2) = 48.2 mL/min → 004 Table 2 row 40~49: zoledronic acid 3.3 mg
    const plan = recommend(facts).plan;
    expect(plan.crclMlPerMin).toBe(48.2);
    expect(plan.bma.find((d) => d.agent === 'zoledronic-acid')?.doseMg).toBe(3.3);
  });

  it('refuses a unit that contradicts its LOINC code, an unconverted unit and an implausible value: asked, never dosed', () => {
    const observations = searchset(
      obs('cr', loinc('2160-0'), qty(88, 'umol/L')),
      obs('plt', loinc('777-3'), qty(180, 'g/L')),
      obs('wt', loinc('29463-7'), qty(700, 'kg')),
      obs('ca', loinc('17861-6'), qty(9.2, 'mg/dL')),
    );
    const { facts, questions } = factsFromFhir({ ...record, observations }, '2026-11-25');
    expect(facts.labs).toBeUndefined();
    expect((facts.patient as { weightKg?: number }).weightKg).toBeUndefined();
    expect(questions.map((q) => `${q.fact} @ ${q.at}`)).toEqual([
      'labs.creatinineMgDl @ Observation/cr.valueQuantity',
      'labs.calciumMgDl @ Observation/ca.value',
      'labs.plateletsPerUl @ Observation/plt.valueQuantity',
      'patient.weightKg @ facts',
    ]);
    expect(renderText(questions[0]!.message, 'en')).toContain('contradicts the code');
    expect(renderText(questions[0]!.message, 'zh')).toContain('单位与编码矛盾；未使用');
    expect(renderText(questions[3]!.message, 'en')).toBe('at most 350 kg; not used');
    expect(recommend(facts).plan.crclMlPerMin).toBeNull();
  });

  it('a score that names no single vertebra is not applied to a lesion; ECOG is not turned into KPS', () => {
    const observations = searchset(
      obs('sins', { coding: [{ system: BONEMET, code: 'instrument-sins' }] }, { valueInteger: 13 }),
      obs('ecog', loinc('89247-1'), { valueInteger: 2 }),
    );
    const { facts, questions } = factsFromFhir({ ...record, observations }, '2026-11-25');
    expect(facts.kps).toBeUndefined();
    expect(facts.lesions).toEqual([{ site: 'spine', level: 'T12' }, { site: 'spine', level: 'L2' }]);
    expect(questions.map((q) => q.fact)).toEqual(['kps', 'lesions.sins']);
  });

  it('year-only birth dates take the older age; no gender means no patient facts', () => {
    expect(factsFromFhir({ patient: { resourceType: 'Patient', gender: 'male', birthDate: '1960' } }, '2026-01-01').facts.patient).toEqual({ age: 66, sex: 'male' });
    const { facts, questions } = factsFromFhir({ patient: { resourceType: 'Patient', id: 'x', birthDate: '1960-01-01', gender: 'unknown' } }, '2026-01-01');
    expect(facts.patient).toBeUndefined();
    expect(questions.map((q) => q.at)).toEqual(['Patient/x.gender']);
  });

  it('reads the daily rate bonemet\'s own FHIR export writes (mg/d; ug/h for a patch)', () => {
    const medicationStatements = searchset(
      { resourceType: 'MedicationStatement', id: 'm1', status: 'active', medicationCodeableConcept: { coding: [{ system: RX, code: '7052' }] }, dosage: [{ doseAndRate: [{ rateQuantity: { value: 60, unit: 'mg/day', system: 'http://unitsofmeasure.org', code: 'mg/d' } }] }] },
      { resourceType: 'MedicationStatement', id: 'm2', status: 'active', medicationCodeableConcept: { coding: [{ system: RX, code: '7804' }] }, dosage: [{ doseAndRate: [{ rateQuantity: { value: 20, unit: 'mg/h', system: 'http://unitsofmeasure.org', code: 'mg/h' } }] }] },
    );
    const { facts, questions } = factsFromFhir({ ...record, medicationStatements, procedures: null }, '2026-11-25');
    expect(facts.opioids).toEqual([{ drug: 'morphine', dailyDose: 60 }]);
    // a rate in another unit is not converted: asked, in the reader's language
    expect(questions.map((q) => [q.at, renderText(q.message, 'ja')])).toEqual([['MedicationStatement/m2.dosage', expect.stringContaining('1 日量を読み取れない')]]);
  });

  it('an opioid without a readable daily dose is asked; null prefetch is nothing found', () => {
    const medicationStatements = searchset({ resourceType: 'MedicationStatement', id: 'oxy', status: 'active', medicationCodeableConcept: { coding: [{ system: RX, code: '7804' }] }, dosage: [{ text: 'as needed' }] });
    const { facts, questions } = factsFromFhir({ ...record, medicationStatements, procedures: null }, '2026-11-25');
    expect(facts.opioids).toBeUndefined();
    expect(facts.priorTreatments).toBeUndefined();
    expect(questions).toEqual([expect.objectContaining({ fact: 'opioids', at: 'MedicationStatement/oxy.dosage' })]);
    expect(resourcesOf(null)).toEqual([]);
    // a bonemet agent code that is not a bone-modifying agent is not one; an agent class is systemic therapy
    const agents = searchset(
      { resourceType: 'MedicationStatement', id: 'x', status: 'active', medicationCodeableConcept: { coding: [{ system: BONEMET, code: 'agent-aspirin' }] } },
      { resourceType: 'MedicationStatement', id: 'b', status: 'completed', effectivePeriod: { start: '2026-10-01', end: '2026-11-10' }, medicationCodeableConcept: { text: 'bevacizumab', coding: [{ system: BONEMET, code: 'agent-class-vegf-targeted-iv' }] } },
    );
    expect(factsFromFhir({ ...record, medicationStatements: agents }, '2026-11-25').facts.systemicTherapy).toEqual([{ agent: 'bevacizumab', class: 'vegf-targeted-iv', ongoing: false, lastDoseDate: '2026-11-10' }]);
  });

  it('merges the EHR facts over the registry decision: fields one level deep, lesions by level', () => {
    const merged = mergeFacts(
      { patient: { age: 69, sex: 'female', canLieProne: true }, lesions: [{ level: 'T12', posteriorWallIntact: true, sins: 7 }, { level: 'T5' }], toleratesSurgery: true },
      { patient: { age: 70, sex: 'female' }, lesions: [{ site: 'spine', level: 'T12', sins: 9 }] },
    );
    expect(merged).toEqual({ patient: { age: 70, sex: 'female', canLieProne: true }, lesions: [{ level: 'T12', site: 'spine', posteriorWallIntact: true, sins: 9 }, { level: 'T5' }], toleratesSurgery: true });
    // past treatments: the union, the EHR's entry for the same kind and date winning — a PVP only the registry knows is kept
    const treatments = mergeFacts(
      { priorTreatments: [{ kind: 'pvp', date: '2026-01-10', levels: ['L1'] }, { kind: 'radiotherapy', date: '2026-05-05' }] },
      { priorTreatments: [{ kind: 'radiotherapy', date: '2026-05-05', levels: ['T12'], doseGy: 20, fractions: 5 }] },
    );
    expect(treatments.priorTreatments).toEqual([{ kind: 'pvp', date: '2026-01-10', levels: ['L1'] }, { kind: 'radiotherapy', date: '2026-05-05', levels: ['T12'], doseGy: 20, fractions: 5 }]);
  });

  it('prefetch templates use only the context.patientId token', () => {
    for (const template of Object.values(CDS_PREFETCH)) expect(template.match(/\{\{[^}]+\}\}/g)?.every((t) => t === '{{context.patientId}}')).toBe(true);
  });
});
