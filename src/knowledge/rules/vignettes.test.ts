/**
 * Whole-patient vignettes written from the sources: each builds one patient's facts and asserts
 * the verdict of the options the vignette is about, and the doses and dates the plan computes.
 */
import { describe, expect, it } from 'vitest';
import type { PatientFactsInput } from '../facts/index.js';
import { RULE_CATALOGUE } from './catalog.js';
import { recommend as recommendFacts, type OptionId, type Recommendation, type Verdict } from './index.js';

/** Every finding id the vignettes produce, checked against the rule catalogue at the end. */
const emitted = new Set<string>();
function recommend(facts: PatientFactsInput): Recommendation {
  const result = recommendFacts(facts);
  for (const option of result.options) for (const f of option.findings) emitted.add(f.id);
  return result;
}

const verdicts = (result: Recommendation): Record<OptionId, Verdict> =>
  Object.fromEntries(result.options.map((o) => [o.option, o.verdict])) as Record<OptionId, Verdict>;
const findingIds = (result: Recommendation, option: OptionId): string[] =>
  result.options.find((o) => o.option === option)?.findings.map((f) => f.id) ?? [];
const dose = (result: Recommendation, agent: string) => result.plan.bma.find((b) => b.agent === agent)?.doseMg;

/** A patient who meets every inclusion criterion of 000 §1.1 (PVP + IMRT arm). */
const included000: PatientFactsInput = {
  decisionDate: '2026-11-25',
  patient: { age: 56, sex: 'male', weightKg: 62 },
  primary: { histology: 'lung-nsclc', cancerHistory: 'known-active', boneMetastasisConfirmed: true },
  kps: 70,
  pain: { score: 8, type: 'mechanical', limitsDailyLife: true },
  neurology: { frankel: 'E', deficitProgressing: false },
  lesions: [{ level: 'L1', character: 'lytic', painful: true, posteriorWallIntact: true, pediclesInvolved: 'none', collapsePercent: 20, escc: '1b', sins: 10, tomitaSites: ['body'] }],
  metastases: { spinal: 1, extraspinalBone: 2, visceral: 'none', brain: false },
  labs: { plateletsPerUl: 210000, ptRatio: 1.0, apttRatio: 1.1, creatinineMgDl: 1.0, calciumMgDl: 9.4 },
  infection: { local: false, systemic: false },
  pmmaAllergy: false,
  // The screens of surgery (002 §3.3) and of bone-modifying agents (004 rec 8, §4.1.4.3) are complete.
  toleratesSurgery: true,
  boneAgents: { dentalExamDone: true },
  lifeExpectancyMonths: 9, // 000 requires > 3 months; SBRT needs > 6 (004 §4.4.2)
};

describe('vignettes', () => {
  it('1. 000 inclusion: lung cancer, painful lytic L1, VAS 8, ESCC 1b → SBRT/EBRT, BMA with Table 2 dose, IMRT plan of 000', () => {
    const result = recommend(included000);
    const v = verdicts(result);
    expect(v.sbrt).toBe('recommended');
    expect(v['separation-surgery']).toBe('contraindicated'); // low-grade ESCC, 002 §3.2
    expect(v.bma).toBe('recommended'); // 004 rec 5 (1A)
    // Cockcroft–Gault: (140 − 56) × 62 / (72 × 1.0) = 72.33 → zoledronic acid 4.0 mg (> 60)
    expect(result.plan.crclMlPerMin).toBeCloseTo(72.3, 1);
    expect(dose(result, 'zoledronic-acid')).toBe(4);
    expect(dose(result, 'denosumab')).toBe(120);
    expect(result.plan.radiotherapy?.imrt).toMatchObject({ ctvMarginMm: 5, ptvMarginMm: 5, energyMv: 6, fields: 4, doseRangeGy: { min: 30, max: 50 }, dosePerFractionGy: 2, fractionRange: { min: 15, max: 25 } });
  });

  it('2. EGFR-mutant NSCLC on osimertinib: surgery from 14 days after the last dose (002 §1.5)', () => {
    const result = recommend({ ...included000, systemicTherapy: [{ agent: 'osimertinib', class: 'egfr-tki-oral', ongoing: true, lastDoseDate: '2026-11-24' }] });
    expect(result.plan.dates.targetedTherapyHoldUntil).toBe('2026-12-08');
    expect(result.plan.dates.earliestSurgery).toBe('2026-12-08');
  });

  it('3. hypervascular renal-cell carcinoma, solitary T10 with ESCC 2, on bevacizumab: embolisation window and a 4-week hold', () => {
    const result = recommend({
      decisionDate: '2026-11-25',
      patient: { age: 58, sex: 'male', weightKg: 80 },
      primary: { histology: 'kidney', cancerHistory: 'known-active', boneMetastasisConfirmed: true, controlled: true },
      kps: 80,
      pain: { score: 7, type: 'mechanical' },
      neurology: { frankel: 'D', deficitProgressing: false },
      lesions: [{ level: 'T10', character: 'lytic', painful: true, escc: '2', hypervascular: true, sins: 12, tomitaSites: ['body', 'pedicle', 'spinal-canal'], wbbZones: [4, 5, 6, 7, 8] }],
      metastases: { spinal: 1, extraspinalBone: 0, visceral: 'none', brain: false },
      labs: { plateletsPerUl: 220000, ptRatio: 1.0, apttRatio: 1.0, creatinineMgDl: 1.3 },
      infection: { local: false, systemic: false },
      lifeExpectancyMonths: 18,
      toleratesSurgery: true,
      systemicTherapy: [{ agent: 'bevacizumab', class: 'vegf-targeted-iv', ongoing: true, lastDoseDate: '2026-11-18' }],
    });
    const v = verdicts(result);
    expect(v.tes).toBe('recommended'); // solitary, controlled, KPS 80, > 6 months, Tomita type 4, Tomita score 3
    expect(v['separation-surgery']).toBe('contraindicated'); // hypervascular (002 §3.2)
    // Radioresistant with high-grade ESCC: NOMS (public framework) is against EBRT alone, but 004 rec 10 (1B)
    // makes local radiotherapy the first choice for cord compression — NOMS tempers it to "consider".
    expect(v.ebrt).toBe('consider');
    expect(v.biopsy).toBe('recommended'); // solitary bone lesion (004 §3.1.7)
    // IV VEGF-targeted agent: hold ≈ 4 weeks → 2026-11-18 + 28 days
    expect(result.plan.dates.earliestSurgery).toBe('2026-12-16');
    expect(result.plan.dates.embolisationToSurgery).toEqual({ embolise: '2026-12-16', operateBy: '2026-12-18' });
    // (140 − 58) × 80 / (72 × 1.3) = 70.1 → zoledronic acid 4.0, ibandronate 6.0
    expect(result.plan.crclMlPerMin).toBeCloseTo(70.1, 1);
    expect(dose(result, 'ibandronate')).toBe(6);
  });

  it('4. cord compression with a progressing deficit (NSCLC, ESCC 3, Frankel C): separation surgery, decompress without waiting for biopsy', () => {
    const result = recommend({
      ...included000,
      primary: { histology: 'lung-nsclc', cancerHistory: 'none' },
      neurology: { frankel: 'C', deficitProgressing: true },
      lesions: [{ level: 'T8', character: 'lytic', painful: true, escc: '3', sins: 9 }],
    });
    const v = verdicts(result);
    expect(v['separation-surgery']).toBe('recommended');
    expect(v['palliative-surgery']).toBe('recommended');
    expect(v.biopsy).toBe('not-recommended'); // 002 §1.4: decompress directly
    expect(findingIds(result, 'palliative-surgery')).toContain('palliative-surgery.progressive-deficit');
  });

  it('5. separation surgery done: SSRS 3–5 weeks later, read as day 14 once healed to day 35 (002 §3.7)', () => {
    const result = recommend({
      ...included000,
      lesions: [{ level: 'T8', character: 'lytic', painful: true, escc: '3', previouslyOperated: true }],
      priorTreatments: [{ kind: 'separation-surgery', date: '2026-11-20', levels: ['T8'] }],
    });
    expect(result.plan.dates.ssrsAfterSeparationSurgery).toEqual({ from: '2026-12-04', to: '2026-12-25' });
  });

  it('6. posterior-only disease (WBB 10–3): laminectomy with fixation', () => {
    const result = recommend({
      ...included000,
      lesions: [{ level: 'T6', character: 'lytic', painful: true, escc: '1a', wbbZones: [10, 11, 12, 1, 2] }],
    });
    expect(verdicts(result)['laminectomy-fixation']).toBe('recommended');
    expect(findingIds(result, 'laminectomy-fixation')).toContain('laminectomy-fixation.fixation-required');
  });

  it('7. TES candidate: hormone-receptor-positive breast cancer, solitary T8, Tomita type 2, controlled primary', () => {
    const result = recommend({
      decisionDate: '2026-11-25',
      patient: { age: 48, sex: 'female', weightKg: 60 },
      primary: { histology: 'breast', breastSubtype: 'hormone-receptor-positive', cancerHistory: 'known-active', boneMetastasisConfirmed: true, controlled: true },
      kps: 90,
      pain: { score: 5, type: 'local' },
      neurology: { frankel: 'E', deficitProgressing: false },
      lesions: [{ level: 'T8', character: 'lytic', painful: true, escc: '0', tomitaSites: ['body', 'pedicle'], wbbZones: [5, 6, 7, 8] }],
      metastases: { spinal: 1, extraspinalBone: 0, visceral: 'none', brain: false },
      lifeExpectancyMonths: 36,
      toleratesSurgery: true,
    });
    const v = verdicts(result);
    expect(v.tes).toBe('recommended'); // Tomita score: slow 1 + none 0 + solitary 1 = 2 → wide/marginal excision
    expect(v.ebrt).toBe('recommended'); // radiosensitive (002 §1.3), ESCC 0
  });

  it('8. every row of Table 2 (004 §4.1.4.2): doses follow Cockcroft–Gault clearance', () => {
    // Man, 60 years, 70 kg: CrCl = 80 × 70 / (72 × creatinine)
    const at = (creatinineMgDl: number) =>
      recommend({ ...included000, patient: { age: 60, sex: 'male', weightKg: 70 }, labs: { ...included000.labs, creatinineMgDl } });
    const rows: [number, number, number | null, number | null, number | null, number | null][] = [
      // creatinine, CrCl, zoledronic, pamidronate, ibandronate, incadronate
      [0.8, 97.2, 4.0, 90, null, 10.0], // ibandronate: the table is silent above 80 mL/min
      [1.0, 77.8, 4.0, 90, 6.0, 10.0],
      [1.4, 55.6, 3.5, 90, 6.0, 10.0],
      [1.75, 44.4, 3.3, 90, 4.0, 10.0],
      [2.2, 35.4, 3.0, 90, 4.0, 10.0],
      [3.0, 25.9, null, null, 2.0, 5.0],
    ];
    for (const [creatinine, crcl, zoledronic, pamidronate, ibandronate, incadronate] of rows) {
      const result = at(creatinine);
      expect(result.plan.crclMlPerMin).toBeCloseTo(crcl, 1);
      expect([dose(result, 'zoledronic-acid'), dose(result, 'pamidronate'), dose(result, 'ibandronate'), dose(result, 'incadronate')], `creatinine ${creatinine}`)
        .toEqual([zoledronic, pamidronate, ibandronate, incadronate]);
      expect(dose(result, 'denosumab')).toBe(120); // no renal adjustment
    }
  });

  it('9. opioid taper from a mixed regimen: oxycodone 60 mg/day + fentanyl 25 µg/h = 150 mg MME, 25 % a day to 30, hold 2 days, stop', () => {
    const result = recommend({
      ...included000,
      pain: { score: 2, controlled: true },
      opioids: [{ drug: 'oxycodone', dailyDose: 60 }, { drug: 'fentanyl-patch', dailyDose: 25 }],
    });
    // 60 × 1.5 + 25 × 2.4 = 150; each day 75 % of the day before, rounded up: 113, 85, 64, 48, 36 → 30, 30, stop
    expect(result.plan.opioidTaper.map((s) => s.totalMme)).toEqual([150, 113, 85, 64, 48, 36, 30, 30, 0]);
    // 004 §4.3.2.2 "应考虑逐步减少": the taper is to consider, not a recommendation.
    expect(verdicts(result).analgesia).toBe('consider');
  });

  it('10. lung cancer with bone pain and raised ALP, no confirmed metastasis: bone scintigraphy first (004 rec 1)', () => {
    const result = recommend({
      patient: { age: 70, sex: 'male' },
      primary: { histology: 'lung-nsclc', cancerHistory: 'known-active', boneMetastasisConfirmed: false },
      pain: { score: 4 },
      labs: { alpRaised: true },
    });
    const scan = result.options.find((o) => o.option === 'biopsy')?.findings.find((f) => f.id === 'biopsy.bone-scan-first');
    expect(scan).toMatchObject({ evidence: '1A', recommendation: 'lc-bone-rec-1' });
    expect(verdicts(result).bma).toBe('not-recommended'); // not as routine prophylaxis (rec 5, 2B)
  });

  it('11. radiosensitive myeloma lesion with local pain, ESCC 2 and a deficit: separation surgery contraindicated (radiosensitive), EBRT recommended', () => {
    const result = recommend({
      ...included000,
      primary: { histology: 'myeloma', cancerHistory: 'known-active', boneMetastasisConfirmed: true },
      pain: { score: 7, type: 'local' },
      neurology: { frankel: 'D', deficitProgressing: false },
      lesions: [{ level: 'T9', character: 'lytic', painful: true, escc: '2' }],
    });
    const v = verdicts(result);
    expect(v['separation-surgery']).toBe('contraindicated');
    expect(v.ebrt).toBe('recommended');
  });

  it('12. 000 inclusion, PVP side: CQ1-① strong recommendation, a cement plan for L1 and the post-procedure care of 001 review 4', () => {
    const result = recommend(included000);
    expect(verdicts(result).pvp).toBe('recommended');
    const cq1 = result.options.find((o) => o.option === 'pvp')?.findings.find((f) => f.id === 'pvp.painful-lesion');
    expect(cq1).toMatchObject({ strength: 'strong', evidence: 'B', recommendation: 'jsir-cq1-1' });
    expect(result.plan.cement).toEqual([
      expect.objectContaining({ level: 'L1', volumeMl: { min: 3, max: 5 }, fillPercent: { min: 50, max: 70 } }),
    ]);
    expect(result.plan.postProcedureCare.length).toBeGreaterThan(0);
    expect(findingIds(result, 'pvp')).toContain('pvp.radiotherapy-afterwards'); // 002 §3.4
  });

  it.each([
    ['13. severe coagulopathy (000 exclusion ④, 002 §3.4)', { labs: { ...included000.labs, plateletsPerUl: 40000 }, comorbidities: { uncontrollableBleeding: true } }, 'pvp.bleeding-risk'],
    ['14. local infection at the target (002 §3.4)', { infection: { local: true, systemic: false } }, 'pvp.infection'],
    ['15. systemic infection (002 §3.4)', { infection: { local: false, systemic: true } }, 'pvp.infection'],
    ['16. PMMA allergy (002 §3.4)', { pmmaAllergy: true }, 'pvp.pmma-allergy'],
    ['17. pregnancy (002 §3.4)', { patient: { age: 32, sex: 'female', weightKg: 60, pregnant: true } }, 'pvp.pregnancy'],
    ['18. cord compression with incomplete paralysis (002 §3.4)', { neurology: { frankel: 'D', deficitProgressing: false }, lesions: [{ ...included000.lesions?.[0], escc: '2' }] }, 'pvp.incomplete-paralysis'],
  ] as [string, Partial<PatientFactsInput>, string][])('%s: PVP contraindicated, no cement plan', (_name, change, ruleId) => {
    const result = recommend({ ...included000, ...change });
    expect(verdicts(result).pvp).toBe('contraindicated');
    expect(result.options.find((o) => o.option === 'pvp')?.findings.find((f) => f.id === ruleId)?.verdict).toBe('contraindicated');
    expect(result.plan.cement).toEqual([]);
  });

  it('19. platelets 99 999 /µL: PVP only with caution (001 review 2(3)); 100 000: no caution', () => {
    const low = recommend({ ...included000, labs: { ...included000.labs, plateletsPerUl: 99999 } });
    expect(verdicts(low).pvp).toBe('consider');
    const normal = recommend({ ...included000, labs: { ...included000.labs, plateletsPerUl: 100000 } });
    expect(verdicts(normal).pvp).toBe('recommended');
  });

  it('20. osteoblastic prostate metastasis: PVP not recommended (CQ3, weak/C against), EBRT recommended', () => {
    const result = recommend({
      ...included000,
      primary: { histology: 'prostate', cancerHistory: 'known-active', boneMetastasisConfirmed: true },
      pain: { score: 8, type: 'local', limitsDailyLife: true },
      lesions: [{ ...included000.lesions?.[0], character: 'blastic' }],
    });
    expect(verdicts(result).pvp).toBe('not-recommended');
    expect(result.options.find((o) => o.option === 'pvp')?.findings.find((f) => f.id === 'pvp.osteoblastic')).toMatchObject({ strength: 'weak', evidence: 'C' });
    expect(verdicts(result).ebrt).toBe('recommended');
  });

  it('21. scope of 001: an 18-year-old is outside it, yet 002 §3.4 still indicates PVP (consider, with the conflict); myeloma only with individual judgement (consider)', () => {
    // 001 §3(8) (guideline text, tier 3) puts under-20s outside its scope; 002 §3.4 (consensus, tier 2)
    // "对溶骨性骨转移肿瘤破坏椎体引起的剧烈疼痛…进行姑息性治疗" indicates PVP with no age limit: the scope note tempers, it does not veto.
    const young = recommend({ ...included000, patient: { age: 18, sex: 'male', weightKg: 62 } });
    expect(verdicts(young).pvp).toBe('consider');
    expect(young.options.find((o) => o.option === 'pvp')?.conflicts).toContainEqual(expect.objectContaining({ overruled: 'pvp.scope-age', kind: 'tempered' }));
    expect(verdicts(recommend({ ...included000, primary: { histology: 'myeloma', cancerHistory: 'known-active', boneMetastasisConfirmed: true } })).pvp).toBe('consider');
  });

  it('22. four levels planned in one session: more than 3 → caution (001 review 3)', () => {
    const result = recommend({ ...included000, plannedPvpLevels: ['T11', 'T12', 'L1', 'L2'] });
    expect(findingIds(result, 'pvp')).toContain('pvp.levels-per-session');
    expect(result.plan.cement.map((c) => c.level)).toEqual(['T11', 'T12', 'L1', 'L2']);
  });

  it('23. tumour 5 mm from the cord: RFA contraindicated (002 §3.5), PVP unaffected', () => {
    const result = recommend({ ...included000, lesions: [{ ...included000.lesions?.[0], cordDistanceMm: 5 }] });
    expect(verdicts(result).rfa).toBe('contraindicated');
    expect(verdicts(result).pvp).toBe('recommended');
  });

  it('24. cannot lie prone (000 exclusion ①): PVP only after adapting the position (consider)', () => {
    const result = recommend({ ...included000, patient: { ...included000.patient, canLieProne: false } });
    expect(verdicts(result).pvp).toBe('consider');
    expect(result.options.find((o) => o.option === 'pvp')?.findings.find((f) => f.id === 'pvp.prone-position')).toMatchObject({ strength: 'study', source: { document: '000', section: '§1.1' } });
    expect(verdicts(recommend({ ...included000, patient: { ...included000.patient, canLieProne: true } })).pvp).toBe('recommended');
  });

  it('every finding the vignettes produce is in the rule catalogue (docs/rules.md)', () => {
    const catalogued = new Set(RULE_CATALOGUE.map((r) => r.id));
    expect([...emitted].filter((id) => !catalogued.has(id))).toEqual([]);
    expect(emitted.size).toBeGreaterThan(60);
  });
});
