/**
 * Whole-patient vignettes for each defect class of the safe-verdicts review (issue 10): patients built from
 * the sources, several per class, asserting the verdict, the finding that decided it and the conflicts shown.
 */
import { describe, expect, it } from 'vitest';
import { render, type Rendered } from '../texts.js';
import type { PatientFactsInput } from '../facts/index.js';
import type { OptionAssessment, OptionId } from './finding.js';
import { recommend } from './index.js';

const option = (facts: PatientFactsInput, id: OptionId, lang: 'en' | 'zh' | 'ja' = 'en'): Rendered<OptionAssessment> => {
  const found = render(recommend(facts), lang).options.find((o) => o.option === id);
  if (!found) throw new Error(id);
  return found;
};

/** Screened and fit for surgery: only the class under test is left open. */
const screened = {
  decisionDate: '2026-11-25',
  infection: { local: false, systemic: false },
  pmmaAllergy: false,
  labs: { plateletsPerUl: 230_000, ptRatio: 1.0, apttRatio: 1.0, creatinineMgDl: 0.9, calciumMgDl: 9.4 },
  boneAgents: { dentalExamDone: true },
} satisfies Partial<PatientFactsInput>;

describe('1. a weaker statement never vetoes a graded one', () => {
  it('inoperable radioresistant cord compression (NSCLC, ESCC 3): EBRT stays open under 004 rec 10 (1B), NOMS shown as a conflict', () => {
    const facts: PatientFactsInput = {
      ...screened,
      patient: { age: 71, sex: 'male', weightKg: 64 },
      primary: { histology: 'lung-nsclc', boneMetastasisConfirmed: true },
      toleratesSurgery: false,
      neurology: { frankel: 'D', deficitProgressing: false },
      pain: { score: 6, type: 'local' },
      lesions: [{ level: 'T9', character: 'lytic', escc: '3', sins: 10 }],
    };
    const ebrt = option(facts, 'ebrt');
    expect(ebrt.verdict).toBe('consider');
    expect(ebrt.conflicts).toContainEqual(expect.objectContaining({ prevailing: 'ebrt.rec-10-first-choice', overruled: 'ebrt.noms-radioresistant-high-grade', kind: 'tempered' }));
    expect(option(facts, 'palliative-surgery').verdict).toBe('contraindicated');
    expect(option(facts, 'separation-surgery').verdict).toBe('contraindicated');
  });
  it('melanoma with ESCC 2 and a pathological fracture: EBRT consider, the conflict explained in Chinese', () => {
    const ebrt = option({
      ...screened,
      patient: { age: 55, sex: 'female', weightKg: 58, pregnant: false },
      primary: { histology: 'melanoma', boneMetastasisConfirmed: true },
      lesions: [{ level: 'L2', character: 'lytic', escc: '2', fracture: 'pathological' }],
    }, 'ebrt', 'zh');
    expect(ebrt.verdict).toBe('consider');
    expect(ebrt.conflicts[0]?.why).toContain('降为“可考虑”');
  });
});

describe('2. prognostic scores temper, never veto', () => {
  const progressing: PatientFactsInput = {
    ...screened,
    patient: { age: 66, sex: 'male', weightKg: 70 },
    primary: { histology: 'lung-nsclc', boneMetastasisConfirmed: true, egfr: 'mutant' },
    kps: 50,
    toleratesSurgery: true,
    neurology: { frankel: 'C', deficitProgressing: true },
    lesions: [{ level: 'T11', character: 'lytic', escc: '3', sins: 14 }],
    metastases: { spinal: 3, extraspinalBone: 2, visceral: 'unresectable', brain: false },
  };
  it('Tomita 10 with a progressing deficit, ESCC 3 and SINS 14: decompression stays recommended-or-consider (002 §1.4, §2.3)', () => {
    const surgery = option(progressing, 'palliative-surgery');
    expect(['recommended', 'consider']).toContain(surgery.verdict);
    const tomita = surgery.findings.find((f) => f.id === 'palliative-surgery.tomita-strategy');
    expect(tomita).toMatchObject({ verdict: 'not-recommended', tier: 'framework' });
    expect(surgery.conflicts).toContainEqual(expect.objectContaining({ overruled: 'palliative-surgery.tomita-strategy', kind: 'tempered' }));
  });
  it('visceral metastases controlled by osimertinib are scored treatable (2), not untreatable (4)', () => {
    const untreated = option(progressing, 'palliative-surgery').findings.find((f) => f.id === 'palliative-surgery.tomita-strategy');
    const treatable = option({ ...progressing, metastases: { spinal: 3, extraspinalBone: 2, visceral: 'unresectable', visceralTreatable: true, brain: false } }, 'palliative-surgery')
      .findings.find((f) => f.id === 'palliative-surgery.tomita-strategy');
    // growth rapid 4 (lung) + multiple bone 2 + visceral untreatable 4 = 10 → treatable 2 = 8
    expect(untreated?.because[0]).toContain('Tomita 10');
    expect(treatable?.because[0]).toContain('Tomita 8');
    expect(treatable?.because.join(' ')).toContain('controllable by systemic therapy were scored as treatable (2)');
  });
  it('TES: a Tokuhashi band alone does not decide the life expectancy', () => {
    const tes = option({ ...progressing, neurology: { frankel: 'E', deficitProgressing: false }, kps: 90, metastases: { spinal: 1, extraspinalBone: 0, visceral: 'none', brain: false }, primary: { histology: 'thyroid', controlled: true, boneMetastasisConfirmed: true }, lesions: [{ level: 'T11', character: 'lytic', escc: '0', tomitaSites: ['body'] }] }, 'tes');
    const indication = tes.findings.find((f) => f.id === 'tes.indication');
    expect(indication?.verdict).toBe('needs-information');
    expect(indication?.needs.map((n) => n.fact)).toContain('lifeExpectancyMonths');
  });
});

describe('3. rules apply to their level and time window', () => {
  const base: PatientFactsInput = {
    ...screened,
    patient: { age: 60, sex: 'male', weightKg: 75 },
    primary: { histology: 'kidney', boneMetastasisConfirmed: true },
    pain: { score: 6, type: 'local' },
  };
  it('separation surgery at T6 in 2023 does not block EBRT for a painful L4 in 2026', () => {
    const ebrt = option({ ...base, priorTreatments: [{ kind: 'separation-surgery', date: '2023-05-02', levels: ['T6'] }], lesions: [{ level: 'L4', character: 'lytic', escc: '0', painful: true }] }, 'ebrt');
    expect(ebrt.findings.map((f) => f.id)).not.toContain('ebrt.after-separation-surgery');
    expect(ebrt.verdict).not.toBe('not-recommended');
  });
  it('three weeks after separation surgery at T6, T6 takes SSRS while a painful L4 keeps EBRT open', () => {
    const facts: PatientFactsInput = {
      ...base,
      neurology: { frankel: 'E', deficitProgressing: false },
      priorTreatments: [{ kind: 'separation-surgery', date: '2026-11-04', levels: ['T6'], woundHealed: true }],
      lesions: [{ level: 'T6', character: 'lytic', escc: '3', sins: 13 }, { level: 'L4', character: 'lytic', escc: '0', painful: true, sins: 8 }],
    };
    const ebrt = option(facts, 'ebrt');
    expect(ebrt.findings.find((f) => f.id === 'ebrt.after-separation-surgery')?.verdict).toBe('info');
    const sbrt = option(facts, 'sbrt');
    expect(sbrt.findings.find((f) => f.id === 'sbrt.after-separation-surgery')?.verdict).toBe('recommended');
    expect(sbrt.findings.find((f) => f.id === 'sbrt.first-choice')?.because.join(' ')).toContain('T6 already decompressed and stabilised');
  });
});

describe('3b. the PVP cord-compression contraindication speaks of the treated vertebra (002 §3.4)', () => {
  // "禁忌证：…（2）椎体肿瘤压迫脊髓引起不全瘫"
  const facts = (planned: string[]): PatientFactsInput => ({
    ...screened,
    patient: { age: 63, sex: 'male', weightKg: 72 },
    primary: { histology: 'prostate', boneMetastasisConfirmed: true },
    pain: { score: 8, limitsDailyLife: true },
    neurology: { frankel: 'C', deficitProgressing: false },
    plannedPvpLevels: planned,
    lesions: [
      { level: 'T5', character: 'mixed', escc: '3' },
      { level: 'L3', character: 'lytic', painful: true, escc: '0', posteriorWallIntact: true, pediclesInvolved: 'none', collapsePercent: 20 },
    ],
  });
  it('compression at T5, PVP planned at L3: not contraindicated — consider, T5 decompressed first', () => {
    const pvp = option(facts(['L3']), 'pvp');
    expect(pvp.verdict).toBe('consider');
    expect(pvp.findings.find((f) => f.id === 'pvp.compression-elsewhere')?.because[0]).toContain('decompress and irradiate T5 first');
    expect(pvp.findings.map((f) => f.id)).not.toContain('pvp.incomplete-paralysis');
  });
  it('PVP planned at the compressed T5 itself: contraindicated', () => {
    expect(option(facts(['T5', 'L3']), 'pvp')).toMatchObject({ verdict: 'contraindicated', decidedBy: 'pvp.incomplete-paralysis' });
  });
});

describe('4. a neurological deficit gates PVP even without cord compression', () => {
  const pvpFacts = (frankel: 'A' | 'C' | 'D', progressing: boolean): PatientFactsInput => ({
    ...screened,
    patient: { age: 64, sex: 'male', weightKg: 68 },
    primary: { histology: 'breast', boneMetastasisConfirmed: true },
    pain: { score: 8, limitsDailyLife: true },
    neurology: { frankel, deficitProgressing: progressing },
    lesions: [{ level: 'L1', character: 'lytic', painful: true, escc: '1a', posteriorWallIntact: true, pediclesInvolved: 'none', collapsePercent: 20 }],
  });
  it('stable Frankel D with ESCC 1a: consider (PVP cannot improve the deficit)', () => {
    expect(option(pvpFacts('D', false), 'pvp')).toMatchObject({ verdict: 'consider', decidedBy: 'pvp.neurological-deficit' });
  });
  it('progressing Frankel C with ESCC 1a: not recommended — decompress first (002 §1.4)', () => {
    expect(option(pvpFacts('C', true), 'pvp')).toMatchObject({ verdict: 'not-recommended', decidedBy: 'pvp.neurological-deficit' });
  });
});

describe('5. nothing recommended before its contraindication screen', () => {
  const painfulL1: PatientFactsInput = {
    decisionDate: '2026-11-25',
    patient: { age: 45, sex: 'female', weightKg: 60 },
    primary: { histology: 'breast', boneMetastasisConfirmed: true },
    pain: { score: 8, limitsDailyLife: true },
    neurology: { frankel: 'E', deficitProgressing: false },
    lesions: [{ level: 'L1', character: 'lytic', painful: true, escc: '0', posteriorWallIntact: true, pediclesInvolved: 'none', collapsePercent: 10 }],
  };
  it('PVP for a woman of 45 with pregnancy, infection, PMMA allergy and coagulation unknown: recommended once confirmed', () => {
    const pvp = option(painfulL1, 'pvp');
    expect(pvp.verdict).toBe('needs-information');
    expect(pvp.decidedBy).toBe('pvp.screen');
    expect(pvp.pending).toEqual({ verdict: 'recommended', facts: ['infection', 'labs.plateletsPerUl', 'labs.ptRatio', 'labs.apttRatio', 'pmmaAllergy', 'patient.pregnant'] });
    expect(pvp.findings[0]?.because[0]).toBe('Would be "recommended" once the contraindication screen is complete: infection (local or systemic); coagulation (platelets, PT, APTT); PMMA allergy; pregnancy.');
  });
  it('with the screen complete the same patient is recommended; a positive screen contraindicates', () => {
    const complete = { ...painfulL1, ...screened, patient: { age: 45, sex: 'female' as const, weightKg: 60, pregnant: false } };
    expect(option(complete, 'pvp')).toMatchObject({ verdict: 'recommended', decidedBy: 'pvp.painful-lesion' });
    expect(option({ ...complete, pmmaAllergy: true }, 'pvp')).toMatchObject({ verdict: 'contraindicated', decidedBy: 'pvp.pmma-allergy' });
  });
  it('RFA and bone-modifying agents wait on their own screens, in Japanese', () => {
    const rfa = option({ ...painfulL1, lesions: [{ level: 'L1', painful: true, escc: '0', sins: 7, cordDistanceMm: 15 }] }, 'rfa', 'ja');
    expect(rfa.verdict).toBe('needs-information');
    expect(rfa.pending?.facts).toEqual(['infection', 'labs.plateletsPerUl', 'labs.ptRatio', 'labs.apttRatio']);
    const bma = option(painfulL1, 'bma', 'ja');
    expect(bma.pending?.facts).toEqual(['boneAgents.dentalExamDone', 'labs.calciumMgDl', 'labs.creatinineMgDl']);
    expect(bma.findings[0]?.because[0]).toContain('禁忌のスクリーニングが揃えば');
  });
});

describe('6. implausible facts never become a dose', () => {
  it('creatinine 88 (µmol/L) is refused instead of giving a clearance of 0.6 mL/min', () => {
    expect(() => recommend({ patient: { age: 70, sex: 'male', weightKg: 70 }, labs: { creatinineMgDl: 88 } })).toThrow(/enter 1 \(mg\/dL = µmol\/L ÷ 88\.4\)/);
  });
  it('pain 8/10 "controlled" on morphine is refused instead of tapering to zero', () => {
    expect(() => recommend({ patient: { age: 70, sex: 'male' }, pain: { score: 8, controlled: true }, opioids: [{ drug: 'morphine', dailyDose: 90 }] })).toThrow(/pain 8\/10 is not controlled/);
  });
});

describe('7–9. coagulation values, correctable preconditions and contraindicated partners', () => {
  it('ablation with platelets 40 000/µL: consider, correct first — not recommended silently', () => {
    const rfa = option({ ...screened, patient: { age: 58, sex: 'male' }, pain: { score: 7 }, labs: { plateletsPerUl: 40_000, ptRatio: 1.0, apttRatio: 1.0 }, lesions: [{ level: 'L3', painful: true, escc: '0', sins: 6, cordDistanceMm: 20 }] }, 'rfa');
    expect(rfa.verdict).toBe('consider');
    expect(rfa.findings.find((f) => f.id === 'rfa.coagulopathy')?.verdict).toBe('consider');
  });
  it('hypocalcaemia before zoledronic acid: consider, correct first', () => {
    const bma = option({ ...screened, patient: { age: 62, sex: 'male', weightKg: 70 }, primary: { histology: 'lung-nsclc', boneMetastasisConfirmed: true }, hypocalcaemia: true }, 'bma');
    expect(bma).toMatchObject({ verdict: 'consider', decidedBy: 'bma.calcium-check' });
  });
  it('renal-cell carcinoma with ESCC 3: radiotherapy does not send the patient to separation surgery', () => {
    const texts = (['ebrt', 'sbrt'] as const).flatMap((id) => option({ ...screened, patient: { age: 61, sex: 'male' }, primary: { histology: 'kidney' }, lesions: [{ level: 'T12', escc: '3' }] }, id).findings.flatMap((f) => f.because));
    expect(texts.join(' ')).toContain('Separation surgery is contraindicated for a hypervascular tumour');
    expect(texts.join(' ')).not.toContain('separation surgery followed by stereotactic radiotherapy is');
  });
});

describe('metastatic spinal cord compression is an emergency', () => {
  const compressed: PatientFactsInput = { patient: { age: 66, sex: 'male' }, primary: { histology: 'prostate' }, lesions: [{ level: 'T7', escc: '3' }] };
  it('a progressing Frankel C with ESCC 3: urgent, same-day review and dexamethasone 16 mg (NICE NG234 1.8.1)', () => {
    const { alerts } = render(recommend({ ...compressed, neurology: { frankel: 'C', deficitProgressing: true } }), 'en');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ id: 'alert.mscc-emergency', severity: 'urgent' });
    expect(alerts[0]?.because.join(' ')).toContain('T7 (ESCC 3)');
    expect(alerts[0]?.because.join(' ')).toContain('Dexamethasone 16 mg');
    expect(render(recommend({ ...compressed, neurology: { frankel: 'D', deficitProgressing: false, deficitNew: true } }), 'zh').alerts[0]?.because[0]).toContain('新发的');
  });
  it('no alert for a stable deficit, a normal examination, or ESCC below 2', () => {
    expect(recommend({ ...compressed, neurology: { frankel: 'D', deficitProgressing: false } }).alerts).toEqual([]);
    expect(recommend({ ...compressed, neurology: { frankel: 'E', deficitProgressing: false } }).alerts).toEqual([]);
    expect(recommend({ ...compressed, lesions: [{ level: 'T7', escc: '1c' }], neurology: { frankel: 'C', deficitProgressing: true } }).alerts).toEqual([]);
  });
});
