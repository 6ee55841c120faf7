import { describe, expect, it } from 'vitest';
import { patientFactsSchema } from '../facts/index.js';
import { render } from '../texts.js';
import { recommendFromFacts } from './index.js';
import { dateCheck, doseCheck, optionOfOrder, reviewOrder, type OrderDescription, type OrderedItem } from './orders.js';
import type { BmaAgent } from './plan.js';

const BASE = { decisionDate: '2026-11-25', primary: { histology: 'breast', boneMetastasisConfirmed: true }, boneAgents: { dentalExamDone: true }, metastases: { spinal: 2 } };
/** A 60-year-old man of 80 kg: Cockcroft–Gault (140 − 60) × 80 / (72 × creatinine) = 88.9 / creatinine mL/min. */
const patient = (creatinineMgDl: number | undefined, extra: object = {}) => {
  const facts = patientFactsSchema.parse({ ...BASE, patient: { age: 60, sex: 'male', weightKg: 80 }, ...(creatinineMgDl === undefined ? {} : { labs: { creatinineMgDl } }), ...extra });
  return { facts, plan: recommendFromFacts(facts).plan };
};
const check = (agent: BmaAgent, orderedMg: number | undefined, creatinineMgDl: number | undefined, unread: string[] = []) => {
  const { facts, plan } = patient(creatinineMgDl);
  const result = doseCheck(agent, orderedMg, facts, plan, unread);
  return result && render(result, 'en');
};
const order = (items: OrderedItem[], extra: Partial<OrderDescription> = {}): OrderDescription => ({ items, medicationTexts: [], procedureTexts: [], ...extra });

describe('which option a draft order asks for', () => {
  it('reads bonemet treatments by the section that treats them as one option', () => {
    const option = (treatment: Extract<OrderedItem, { kind: 'treatment' }>['treatment']) => optionOfOrder(order([{ kind: 'treatment', treatment }]));
    expect(option('pkp')).toBe('pvp'); // 002 §3.4: PVP and PKP
    expect(option('ssrs')).toBe('sbrt');
    expect(option('radiotherapy')).toBe('ebrt'); // no technique: external beam, 004 §4.4.1
    expect(option('palliative-surgery')).toBe('palliative-surgery');
    expect(option('bone-modifying-agent')).toBe('bma');
  });

  it('reads agent classes of 004 §4.2 as systemic therapy, not endocrine therapy or corticosteroids; opioids as analgesia; cisplatin as systemic therapy', () => {
    const option = (item: OrderedItem) => optionOfOrder(order([item]));
    expect(option({ kind: 'agent-class', agentClass: 'vegf-targeted-iv' })).toBe('systemic-therapy');
    expect(option({ kind: 'agent-class', agentClass: 'endocrine' })).toBeUndefined();
    expect(option({ kind: 'agent-class', agentClass: 'corticosteroid' })).toBeUndefined();
    expect(option({ kind: 'agent-class', agentClass: 'bisphosphonate' })).toBeUndefined();
    expect(option({ kind: 'opioid', opioid: 'oxycodone' })).toBe('analgesia');
    expect(option({ kind: 'cisplatin' })).toBe('systemic-therapy');
    // the first coded item that is an option decides
    expect(optionOfOrder(order([{ kind: 'agent-class', agentClass: 'endocrine' }, { kind: 'bone-agent', agent: 'denosumab' }]))).toBe('bma');
  });

  it('reads texts only without a code it knows: a systemic agent by name; an open long-bone operation, not one on a femoral vessel, nerve or a platelet count', () => {
    expect(optionOfOrder(order([], { medicationTexts: ['Carboplatin AUC 5 IV'] }))).toBe('systemic-therapy');
    expect(optionOfOrder(order([], { medicationTexts: ['安罗替尼胶囊 12 mg'] }))).toBe('systemic-therapy');
    expect(optionOfOrder(order([], { medicationTexts: ['anastrozole 1 mg'] }))).toBeUndefined();
    const operation = (...procedureTexts: string[]) => optionOfOrder(order([], { procedureTexts }));
    expect(operation('Plate fixation', 'Right humerus')).toBe('long-bone-surgery');
    expect(operation('Tibial intramedullary nailing')).toBe('long-bone-surgery');
    expect(operation('Above-knee amputation, femur')).toBe('long-bone-surgery');
    expect(operation('肱骨近端肿瘤切除 假体重建')).toBe('long-bone-surgery');
    expect(operation('Femoral-popliteal bypass with prosthetic graft')).toBeUndefined();
    expect(operation('Replacement of femoral venous catheter')).toBeUndefined();
    expect(operation('Platelet transfusion before humerus biopsy')).toBeUndefined();
    expect(operation('股动脉人工血管置换')).toBeUndefined();
    expect(operation('Percutaneous cementoplasty of the femur')).toBeUndefined();
  });
});

describe('the ordered dose of a bone-modifying agent (004 Table 2, §4.1.2.1)', () => {
  // 004 Table 2, zoledronic acid: > 60 → 4.0; 50~60 → 3.5; 40~49 → 3.3; 30~39 → 3.0; < 30 "-" (the same as the US label of zoledronic acid 4 mg/5 mL)
  it.each([
    [1.0, 88.9, 4.0],
    [1.6, 55.6, 3.5],
    [2.0, 44.4, 3.3],
    [2.5, 35.6, 3.0],
  ])('creatinine %s mg/dL → CrCl %s mL/min → zoledronic acid %s mg', (creatinine, crcl, dose) => {
    expect(patient(creatinine).plan.crclMlPerMin).toBe(crcl);
    expect(check('zoledronic-acid', dose, creatinine)).toBeNull();
    const other = check('zoledronic-acid', 5, creatinine)!;
    expect(other).toMatchObject({ check: 'dose', outcome: 'differs', suggestion: { kind: 'set-dose', doseMg: dose }, source: { document: '004', section: '§4.1.4.2 Table 2' } });
    expect(other.summary).toBe(`zoledronic acid: 5 mg ordered, ${dose} mg at CrCl ${crcl} mL/min (004 Table 2)`);
  });

  it('exactly 60 mL/min is in the 50~60 row; 49.5, between printed rows, is read with the lower-clearance row', () => {
    // (140 − 80) × 72 / (72 × 1.0) = 60.0; (140 − 80) × 59.4 / 72 = 49.5
    const at = (weightKg: number) => {
      const facts = patientFactsSchema.parse({ ...BASE, patient: { age: 80, sex: 'male', weightKg }, labs: { creatinineMgDl: 1.0 } });
      return doseCheck('zoledronic-acid', 4, facts, recommendFromFacts(facts).plan);
    };
    expect(at(72)?.suggestion).toEqual({ kind: 'set-dose', doseMg: 3.5 });
    expect(at(59.4)?.suggestion).toEqual({ kind: 'set-dose', doseMg: 3.3 });
  });

  it('below 30 mL/min zoledronic acid is not recommended: remove the order', () => {
    // 88.9 / 3.2 = 27.8 mL/min
    expect(check('zoledronic-acid', 3, 3.2)).toMatchObject({ outcome: 'not-recommended', suggestion: { kind: 'remove' }, summary: 'zoledronic acid not recommended at CrCl 27.8 mL/min (004 Table 2)' });
  });

  it('ibandronate above 80 mL/min: Table 2 has no row, so the dose is unchecked — not "not recommended", nothing removed', () => {
    const above = check('ibandronate', 6, 1.0)!;
    expect(above).toMatchObject({ outcome: 'unchecked', summary: 'ibandronate: 004 Table 2 gives no dose at CrCl 88.9 mL/min; the ordered dose is not checked' });
    expect(above.suggestion).toBeUndefined();
    expect(check('ibandronate', 6, 1.6)).toBeNull(); // 50~80 → 6.0
    expect(check('ibandronate', 6, 3.2)?.suggestion).toEqual({ kind: 'set-dose', doseMg: 2 }); // < 30 → 2.0
  });

  it('denosumab is 120 mg whatever the clearance (004 §4.1.2.1)', () => {
    expect(check('denosumab', 120, undefined)).toBeNull();
    expect(check('denosumab', 60, undefined)).toMatchObject({ outcome: 'differs', suggestion: { kind: 'set-dose', doseMg: 120 }, summary: 'denosumab: 60 mg ordered, 120 mg for bone metastases (004 §4.1.2.1)', source: { section: '§4.1.2.1' } });
  });

  it('no clearance or no dose: unchecked, and the reason names a record that could not be read', () => {
    expect(check('zoledronic-acid', 4, undefined)).toMatchObject({ outcome: 'unchecked', summary: 'zoledronic acid: dose cannot be checked without creatinine clearance' });
    const unread = check('zoledronic-acid', 4, undefined, ['labs.creatinineMgDl', 'patient.weightKg'])!;
    expect(unread.because.at(-1)).toMatch(/^The creatinine and weight could not be read from the record/);
    expect(check('pamidronate', undefined, 1.0)).toMatchObject({ outcome: 'unchecked', summary: 'pamidronate: the ordered dose in mg could not be read; it is not checked' });
  });

  it('speaks every language', () => {
    const { facts, plan } = patient(2.0);
    const result = doseCheck('zoledronic-acid', 4, facts, plan)!;
    expect(render(result.summary, 'zh')).toBe('唑来膦酸：医嘱 4 mg，CrCl 44.4 mL/min 时应为 3.3 mg（004 表2）');
    expect(render(result.summary, 'ja')).toBe('ゾレドロン酸：オーダー 4 mg、CrCl 44.4 mL/min では 3.3 mg（004 表2）');
  });
});

describe('the date of an operation (002 §1.5, §3.7)', () => {
  // bevacizumab (IV VEGF-targeted), last dose 2026-11-20: held about 4 weeks → 2026-12-18 (002 §1.5)
  const bevacizumab = { systemicTherapy: [{ agent: 'bevacizumab', class: 'vegf-targeted-iv', ongoing: true, lastDoseDate: '2026-11-20' }] };

  it('an operation before the end of a targeted-therapy hold is too early — long-bone surgery as much as spinal', () => {
    const { facts, plan } = patient(1.0, bevacizumab);
    expect(plan.dates.earliestSurgery).toBe('2026-12-18');
    const longBone = reviewOrder(order([], { procedureTexts: ['Intramedullary nailing of femur'], date: '2026-12-01' }), facts, plan)!;
    expect(longBone.option).toBe('long-bone-surgery');
    expect(render(longBone.checks, 'en')).toEqual([expect.objectContaining({ check: 'date', outcome: 'too-early', summary: 'Long-bone surgery (fixation, prosthesis, amputation): ordered for 2026-12-01, earliest 2026-12-18' })]);
    expect(dateCheck('separation-surgery', '2026-12-18', plan.dates)).toBeNull();
  });

  it('more than 2 weeks after radiotherapy (002 §3.7: "大于 2 周" → day 15)', () => {
    const { plan } = patient(1.0, { priorTreatments: [{ kind: 'radiotherapy', date: '2026-11-20' }] });
    expect(plan.dates.earliestSurgery).toBe('2026-12-05');
    expect(dateCheck('tes', '2026-12-04', plan.dates)?.outcome).toBe('too-early');
    expect(dateCheck('tes', '2026-12-05', plan.dates)).toBeNull();
  });

  it('a long-bone operation reads the radiotherapy of its bone, not the spine\'s', () => {
    const femurLesion = { lesions: [{ site: 'long-bone', longBone: 'femur', fracture: 'impending' }] };
    const nail = order([], { procedureTexts: ['Intramedullary nailing of femur'], date: '2026-11-27' });
    const spineRt = patient(1.0, { ...femurLesion, priorTreatments: [{ kind: 'radiotherapy', date: '2026-11-20', levels: ['L1'] }] });
    expect(reviewOrder(nail, spineRt.facts, spineRt.plan)!.checks).toEqual([]);
    const femurRt = patient(1.0, { ...femurLesion, priorTreatments: [{ kind: 'radiotherapy', date: '2026-11-20', site: 'long-bone', longBone: 'femur' }] });
    // 2026-11-20 + 15 days
    expect(render(reviewOrder(nail, femurRt.facts, femurRt.plan)!.checks, 'en')).toEqual([expect.objectContaining({ outcome: 'too-early', summary: 'Long-bone surgery (fixation, prosthesis, amputation): ordered for 2026-11-27, earliest 2026-12-05' })]);
  });

  it('a progressing deficit: decompression is not dated after the hold or the radiotherapy interval (002 §1.4)', () => {
    const { plan } = patient(1.0, { ...bevacizumab, neurology: { frankel: 'C', deficitProgressing: true }, lesions: [{ level: 'T10', escc: '3' }] });
    expect(plan.dates.earliestSurgery).toBe('2026-11-25');
    expect(render(plan.dates.notes, 'en').join(' ')).toContain('则应直接手术减压');
    expect(dateCheck('palliative-surgery', '2026-11-25', plan.dates)).toBeNull();
  });

  it('medications or past treatments not read: the date is unchecked, never passed', () => {
    const { plan } = patient(1.0);
    const unchecked = dateCheck('laminectomy-fixation', '2026-12-01', plan.dates, ['systemicTherapy', 'opioids'])!;
    expect(render(unchecked, 'en')).toMatchObject({ outcome: 'unchecked', summary: 'Posterior laminectomy with fixation: the date could not be checked against drug holds and radiotherapy' });
    expect(render(unchecked.because, 'en').at(-1)).toMatch(/targeted-therapy hold before surgery \(002 §1\.5\)/);
    expect(dateCheck('laminectomy-fixation', '2026-12-01', plan.dates, ['kps'])).toBeNull();
  });

  it('a review checks only what an order is: a PVP order gets no date check, a zoledronic acid order its dose', () => {
    const { facts, plan } = patient(2.0, bevacizumab);
    expect(reviewOrder(order([{ kind: 'treatment', treatment: 'pvp' }], { date: '2026-11-26' }), facts, plan)).toEqual({ option: 'pvp', checks: [] });
    const zoledronic = reviewOrder(order([{ kind: 'bone-agent', agent: 'zoledronic-acid' }], { doseMg: 4 }), facts, plan)!;
    expect(zoledronic.checks.map((c) => [c.check, c.outcome])).toEqual([['dose', 'differs']]);
    expect(reviewOrder(order([], { procedureTexts: ['Chest X-ray'] }), facts, plan)).toBeUndefined();
  });
});
