import { describe, expect, it } from 'vitest';
import { patientFactsSchema } from '../../knowledge/facts/index.js';
import { recommend, recommendFromFacts } from '../../knowledge/rules/index.js';
import { optionOfOrder } from '../../knowledge/rules/orders.js';
import { cardsFor, clip, indicatorOf, langOf, orderCards, type CardContext } from './cards.js';
import { describeOrder } from './orders.js';
import { cardSchema, serviceResponseSchema } from './spec.js';

const counter = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};
const ctx = (lang: CardContext['lang'] = 'en'): CardContext => ({ lang, rulesUrl: 'https://bonemet.dev/docs/rules', decisionUrl: 'https://bonemet.example/patients/p1/decision', uuid: counter() });
const RX = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const zoledronic = (doseMg: number | undefined, id = 'mr1') => ({
  resourceType: 'MedicationRequest', id, status: 'draft', intent: 'order', subject: { reference: 'Patient/p1' },
  medicationCodeableConcept: { coding: [{ system: RX, code: '77655', display: 'zoledronic acid' }] },
  dosageInstruction: [{ timing: { repeat: { frequency: 1, period: 4, periodUnit: 'wk' } }, ...(doseMg === undefined ? {} : { doseAndRate: [{ doseQuantity: { value: doseMg, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' } }] }) }],
});
/** 70-year-old woman, 70 kg, creatinine 1.2 mg/dL: Cockcroft–Gault 48.2 mL/min → 004 Table 2 row 40~49: 3.3 mg. */
/** The facts and their recommendation, as the route gives them to orderCards. */
const reviewed = (input: unknown) => {
  const facts = patientFactsSchema.parse(input);
  return { facts, recommendation: recommendFromFacts(facts) };
};
const optionOf = (order: Record<string, unknown>) => optionOfOrder(describeOrder(order));
const RENAL = { decisionDate: '2026-11-25', patient: { age: 70, sex: 'female', weightKg: 70 }, primary: { histology: 'breast', boneMetastasisConfirmed: true }, labs: { creatinineMgDl: 1.2, calciumMgDl: 9.5 }, boneAgents: { dentalExamDone: true }, metastases: { spinal: 2 } };

describe('CDS Hooks cards', () => {
  it('maps verdicts to indicators', () => {
    expect(indicatorOf('contraindicated')).toBe('critical');
    expect(indicatorOf('not-recommended')).toBe('warning');
    expect(indicatorOf('needs-information')).toBe('warning');
    expect(indicatorOf('consider')).toBe('info');
    expect(indicatorOf('recommended')).toBe('info');
  });

  it('clips summaries below 140 characters (CDS Hooks: "<140-character"), counting characters not UTF-16 units', () => {
    expect(clip('a'.repeat(139))).toHaveLength(139);
    expect(clip('a'.repeat(140))).toHaveLength(139);
    expect([...clip('椎'.repeat(200))]).toHaveLength(139);
    expect(clip('x'.repeat(300)).endsWith('…')).toBe(true);
  });

  it('reads Accept-Language by q-value among en, zh, ja', () => {
    expect(langOf(undefined)).toBe('en');
    expect(langOf('ja-JP')).toBe('ja');
    expect(langOf('fr;q=0.9, zh-CN;q=0.8, en;q=0.1')).toBe('zh');
    expect(langOf('en;q=0, ja;q=0.5')).toBe('ja');
  });

  it('maps draft orders to options', () => {
    const bonemet = (code: string) => ({ code: { coding: [{ system: 'https://bonemet.dev/fhir/CodeSystem/bonemet', code }] } });
    expect(optionOf(bonemet('treatment-pkp'))).toBe('pvp');
    expect(optionOf(bonemet('surgery-separation-surgery'))).toBe('separation-surgery');
    expect(optionOf(bonemet('agent-class-chemotherapy'))).toBe('systemic-therapy');
    expect(optionOf(bonemet('agent-class-egfr-tki-oral'))).toBe('systemic-therapy');
    expect(optionOf(bonemet('agent-class-immunotherapy'))).toBe('systemic-therapy');
    expect(optionOf(bonemet('agent-class-vegf-targeted-iv'))).toBe('systemic-therapy');
    // Not systemic anticancer therapy in 004 §4.2: endocrine therapy, corticosteroids; bone agents are 'bma'.
    expect(optionOf(bonemet('agent-class-endocrine'))).toBeUndefined();
    expect(optionOf(bonemet('agent-class-corticosteroid'))).toBeUndefined();
    expect(optionOf(bonemet('agent-class-unknown'))).toBeUndefined();
    // a bonemet agent code is a bone-modifying agent only for one of the five (an aspirin order is not one)
    expect(optionOf(bonemet('agent-aspirin'))).toBeUndefined();
    expect(optionOf(bonemet('agent-ibandronate'))).toBe('bma');
    expect(optionOf(bonemet('constructor'))).toBeUndefined();
    expect(optionOf({ medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '993449' }] } })).toBe('bma');
    expect(optionOf({ code: { coding: [{ system: 'http://snomed.info/sct', code: '1217123003' }] } })).toBe('ebrt');
    expect(optionOf({ code: { text: 'something else' } })).toBeUndefined();
    expect(optionOf({ medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '7804' }] } })).toBe('analgesia');
  });

  it('maps systemic anticancer therapy orders by class, cisplatin by RxNorm, other agents by their text (no code list kept)', () => {
    const med = (concept: object) => ({ resourceType: 'MedicationRequest', medicationCodeableConcept: concept });
    expect(optionOf(med({ coding: [{ system: RX, code: '2555', display: 'cisplatin' }] }))).toBe('systemic-therapy');
    expect(optionOf(med({ text: 'Osimertinib 80 mg tablet' }))).toBe('systemic-therapy');
    expect(optionOf(med({ coding: [{ system: RX, code: '0000', display: 'pembrolizumab 100 MG in 4 ML Injection' }] }))).toBe('systemic-therapy');
    expect(optionOf(med({ text: '奥希替尼片 80 mg' }))).toBe('systemic-therapy');
    expect(optionOf(med({ text: 'ベバシズマブ点滴静注' }))).toBe('systemic-therapy');
    expect(optionOf(med({ text: 'letrozole 2.5 mg' }))).toBeUndefined();
    expect(optionOf(med({ text: 'paracetamol 1 g' }))).toBeUndefined();
  });

  it('maps long-bone fixation, prosthesis and amputation orders to long-bone surgery by text (004 §4.5.4.1); percutaneous cementoplasty is not', () => {
    const sr = (text: string, bodySite?: string) => ({ resourceType: 'ServiceRequest', code: { text }, ...(bodySite ? { bodySite: [{ text: bodySite }] } : {}) });
    expect(optionOf(sr('Prophylactic intramedullary nailing of femur'))).toBe('long-bone-surgery');
    expect(optionOf(sr('Internal fixation with cement', 'Left humerus'))).toBe('long-bone-surgery');
    expect(optionOf(sr('Proximal femoral replacement (tumour endoprosthesis)'))).toBe('long-bone-surgery');
    expect(optionOf(sr('股骨近端肿瘤切除 人工假体置换'))).toBe('long-bone-surgery');
    expect(optionOf(sr('大腿骨髄内釘固定術'))).toBe('long-bone-surgery');
    expect(optionOf(sr('Percutaneous cementoplasty', 'Femur'))).toBeUndefined();
    expect(optionOf(sr('Nailing', 'Thoracic spine'))).toBeUndefined();
    expect(optionOf(sr('X-ray of femur'))).toBeUndefined();
    // A bonemet code still wins over the text.
    expect(optionOf({ code: { text: 'femur fixation', coding: [{ system: 'https://bonemet.dev/fhir/CodeSystem/bonemet', code: 'treatment-cementoplasty' }] } })).toBe('cementoplasty');
  });

  it('an ordered systemic therapy gets the systemic-therapy verdict card', () => {
    const { recommendation, facts } = reviewed({ patient: { age: 60, sex: 'male' }, primary: { histology: 'lung-nsclc' }, metastases: { spinal: 2, extraspinalBone: 1 } });
    const cards = orderCards(recommendation, facts, [{ resourceType: 'MedicationRequest', id: 'mr9', status: 'draft', medicationCodeableConcept: { text: 'osimertinib 80 mg' } }], ctx());
    expect(cards).toHaveLength(1);
    expect(cards[0]!.summary).toContain('Systemic');
    expect(cards[0]!.detail).toContain('004 rec 9 (1C)');
  });

  it('gives every option a card in every language, with sources in the detail', () => {
    for (const lang of ['en', 'zh', 'ja'] as const) {
      const cards = cardsFor(recommend({ patient: { age: 70, sex: 'female' } }), 'all', ctx(lang));
      expect(cards).toHaveLength(16);
      for (const card of cards) expect(cardSchema.safeParse(card).error).toBeUndefined();
      expect(new Set(cards.map((c) => c.uuid)).size).toBe(16);
      expect(cards[0]!.links).toEqual([{ label: expect.any(String), url: 'https://bonemet.example/patients/p1/decision', type: 'absolute' }]);
      expect(cards[0]!.overrideReasons?.map((r) => r.code)).toEqual(['patient-declined', 'mdt-decision', 'record-outdated', 'other']);
    }
  });

  it('an ordered zoledronic acid dose above 004 Table 2 at the clearance gets an update suggestion with the table dose', () => {
    const { recommendation, facts } = reviewed(RENAL);
    expect(recommendation.plan.crclMlPerMin).toBe(48.2);
    const cards = orderCards(recommendation, facts, [zoledronic(4)], ctx());
    expect(serviceResponseSchema.safeParse({ cards }).error).toBeUndefined();
    const dose = cards.find((c) => c.suggestions?.[0]?.actions[0]?.type === 'update')!;
    expect(dose.summary).toBe('zoledronic acid: 4 mg ordered, 3.3 mg at CrCl 48.2 mL/min (004 Table 2)');
    expect(dose.indicator).toBe('warning');
    expect(dose.selectionBehavior).toBe('at-most-one');
    const resource = dose.suggestions![0]!.actions[0]!.resource as ReturnType<typeof zoledronic>;
    expect(resource.id).toBe('mr1');
    expect(resource.dosageInstruction[0]!.doseAndRate![0]!.doseQuantity.value).toBe(3.3);
    expect(resource.dosageInstruction[0]!.timing).toEqual({ repeat: { frequency: 1, period: 4, periodUnit: 'wk' } });
    expect(dose.detail).toContain('004 §4.1.4.2 Table 2');
    expect(orderCards(recommendation, facts, [zoledronic(4)], ctx('ja')).map((c) => c.summary)).toContain('ゾレドロン酸：オーダー 4 mg、CrCl 48.2 mL/min では 3.3 mg（004 表2）');
    // the table dose ordered: no dose card; no readable dose: asked, no suggestion
    expect(orderCards(recommendation, facts, [zoledronic(3.3)], ctx()).some((c) => c.suggestions)).toBe(false);
    const unreadable = orderCards(recommendation, facts, [zoledronic(undefined)], ctx());
    expect(unreadable.map((c) => c.summary)).toContain('zoledronic acid: the ordered dose in mg could not be read; it is not checked');
  });

  it('below 30 mL/min zoledronic acid is not recommended (004 Table 2 "-"): a remove suggestion naming the order', () => {
    // (140 − 70) × 70 × 0.85 / (72 × 2.5) = 23.1 mL/min
    const { recommendation, facts } = reviewed({ ...RENAL, labs: { creatinineMgDl: 2.5, calciumMgDl: 9.5 } });
    const cards = orderCards(recommendation, facts, [zoledronic(4)], ctx());
    expect(serviceResponseSchema.safeParse({ cards }).error).toBeUndefined();
    const removal = cards.flatMap((c) => c.suggestions ?? []).flatMap((s) => s.actions);
    expect(removal).toContainEqual({ type: 'delete', description: 'Remove the zoledronic acid order', resourceId: 'MedicationRequest/mr1' });
  });

  it('without a clearance the dose cannot be checked and nothing is suggested', () => {
    const { labs: _labs, ...noLabs } = RENAL;
    const cards = orderCards(reviewed(noLabs).recommendation, reviewed(noLabs).facts, [zoledronic(4)], ctx());
    expect(cards.some((c) => c.suggestions?.some((s) => s.actions.some((a) => a.type === 'update')))).toBe(false);
  });

  it('a surgery ordered before the end of a targeted-therapy hold gets a date card', () => {
    // 002 §1.5: bevacizumab (vegf-targeted-iv) is held before surgery; last dose 2026-11-20
    const { recommendation, facts } = reviewed({ ...RENAL, systemicTherapy: [{ agent: 'bevacizumab', class: 'vegf-targeted-iv', ongoing: true, lastDoseDate: '2026-11-20' }] });
    const earliest = recommendation.plan.dates.earliestSurgery!;
    expect(earliest > '2026-11-25').toBe(true);
    const order = { resourceType: 'ServiceRequest', id: 'sr1', status: 'draft', intent: 'order', code: { coding: [{ system: 'https://bonemet.dev/fhir/CodeSystem/bonemet', code: 'surgery-separation-surgery' }] }, occurrenceDateTime: '2026-11-27' };
    const cards = orderCards(recommendation, facts, [order], ctx());
    expect(cards.map((c) => c.summary)).toContain(`Separation surgery: ordered for 2026-11-27, earliest ${earliest}`);
    expect(orderCards(recommendation, facts, [{ ...order, occurrenceDateTime: earliest }], ctx()).some((c) => c.summary.includes('ordered for'))).toBe(false);
  });
});

describe('order checks by kind', () => {
  const sr = (id: string, system: string, code: string) => ({ resourceType: 'ServiceRequest', id, status: 'draft', intent: 'order', code: { coding: [{ system, code }] } });
  it('radiotherapy, spinal surgery and opioid orders get their option\'s verdict card; a contraindicated order a delete suggestion', () => {
    // a painful lytic T12 lesion (the indication) with a PMMA allergy: PVP contraindicated (002 §3.4)
    const { recommendation, facts } = reviewed({ ...RENAL, pmmaAllergy: true, pain: { score: 7, limitsDailyLife: true }, lesions: [{ level: 'T12', painful: true, character: 'lytic' }] });
    const verdict = (option: string) => recommendation.options.find((o) => o.option === option)!.verdict;
    expect(verdict('pvp')).toBe('contraindicated');
    const orders = [
      sr('rt', 'http://snomed.info/sct', '1217123003'),
      sr('op', 'https://bonemet.dev/fhir/CodeSystem/bonemet', 'surgery-laminectomy-fixation'),
      sr('pvp', 'https://bonemet.dev/fhir/CodeSystem/bonemet', 'treatment-pvp'),
      { resourceType: 'MedicationRequest', id: 'mo', status: 'draft', intent: 'order', medicationCodeableConcept: { coding: [{ system: RX, code: '7052' }] } },
    ];
    const cards = orderCards(recommendation, facts, orders, ctx());
    expect(serviceResponseSchema.safeParse({ cards }).error).toBeUndefined();
    expect(cards.map((c) => c.source.topic?.code).sort()).toEqual(['option-analgesia', 'option-ebrt', 'option-laminectomy-fixation', 'option-pvp']);
    const pvp = cards.find((c) => c.source.topic?.code === 'option-pvp')!;
    expect(pvp.indicator).toBe('critical');
    expect(pvp.suggestions?.[0]?.actions).toEqual([{ type: 'delete', description: 'Remove the Percutaneous vertebroplasty / kyphoplasty (PVP/PKP) order', resourceId: 'ServiceRequest/pvp' }]);
    for (const c of cards.filter((x) => x !== pvp)) expect(c.indicator).toBe(indicatorOf(verdict(c.source.topic!.code.slice(7))));
  });
});
