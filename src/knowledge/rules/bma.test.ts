import { describe, expect, it } from 'vitest';
import { factsFor } from './test-support.js';
import { isText, render, unknownKeys } from '../texts.js';
import { patientFactsSchema, type PatientFactsInput } from '../facts/index.js';
import { BMA_RULES, assessBma, bmaDoses, creatinineClearance, denosumabOnjPercent, table2Row, type Bisphosphonate } from './bma.js';

const facts = factsFor({ age: 60, sex: 'male' });
/** Weight 72 kg and creatinine 1.0 mg/dL make the Cockcroft–Gault clearance of a man 140 − age. */
const man = (age: number) => ({ age, sex: 'male' as const, weightKg: 72 });
const lungConfirmed = { histology: 'lung-nsclc' as const, boneMetastasisConfirmed: true };
const onZoledronic = [{ agent: 'zoledronic acid', class: 'bisphosphonate' as const, ongoing: true }];
const onDenosumab = [{ agent: 'denosumab', class: 'denosumab' as const, ongoing: true }];
const findingOf = (input: Partial<PatientFactsInput>, id: string, lang: 'en' | 'zh' | 'ja' = 'en') => render(assessBma(facts(input)), lang).findings.find((f) => f.id === id);
const ids = (input: Partial<PatientFactsInput>) => render(assessBma(facts(input)), 'en').findings.map((f) => f.id);

describe('Cockcroft–Gault creatinine clearance', () => {
  it('(140 − age) × weight / (72 × creatinine), × 0.85 for women, to one decimal', () => {
    expect(creatinineClearance(facts({ patient: man(80), labs: { creatinineMgDl: 1 } }))).toBe(60);
    // (140 − 60) × 60 × 0.85 / (72 × 0.8) = 70.83
    expect(creatinineClearance(facts({ patient: { age: 60, sex: 'female', weightKg: 60 }, labs: { creatinineMgDl: 0.8 } }))).toBe(70.8);
    expect(creatinineClearance(facts({ patient: { age: 60, sex: 'male', weightKg: 60 }, labs: { creatinineMgDl: 0.8 } }))).toBe(83.3);
  });
  it('is null without body weight or serum creatinine', () => {
    expect(creatinineClearance(facts({ labs: { creatinineMgDl: 1 } }))).toBeNull();
    expect(creatinineClearance(facts({ patient: man(60) }))).toBeNull();
  });
});

describe('004 Table 2 renal dosing: both sides of every boundary', () => {
  const dose = (agent: Bisphosphonate, crcl: number) => table2Row(agent, crcl).row.doseMg;
  const between = (agent: Bisphosphonate, crcl: number) => table2Row(agent, crcl).between?.printed ?? null;
  it('zoledronic acid: > 60 → 4.0, 50–60 → 3.5, 40–49 → 3.3, 30–39 → 3.0, < 30 not recommended', () => {
    expect([60.1, 60, 50, 49.9, 49.5, 49, 40, 39.9, 39, 30, 29.9].map((c) => dose('zoledronic-acid', c))).toEqual([4.0, 3.5, 3.5, 3.3, 3.3, 3.3, 3.3, 3.0, 3.0, 3.0, null]);
  });
  it('zoledronic acid: a clearance in the printed gaps (49–50, 39–40) takes the lower-clearance row and says so', () => {
    expect(between('zoledronic-acid', 49.5)).toBe('50~60');
    expect(between('zoledronic-acid', 39.9)).toBe('40~49');
    expect(between('zoledronic-acid', 49)).toBeNull();
    expect(between('zoledronic-acid', 39)).toBeNull();
    expect(between('zoledronic-acid', 60)).toBeNull();
  });
  it('pamidronate: > 30 → 90 mg; exactly 30 and below not recommended', () => {
    expect([30.1, 30, 29.9].map((c) => dose('pamidronate', c))).toEqual([90, null, null]);
    expect(between('pamidronate', 30)).toBe('>30');
    expect(between('pamidronate', 29.9)).toBeNull();
  });
  it('ibandronate: 50–80 → 6.0, 30–< 50 → 4.0, < 30 → 2.0; above 80 the table gives no dose', () => {
    expect([80.1, 80, 50, 49.9, 30, 29.9].map((c) => dose('ibandronate', c))).toEqual([null, 6.0, 6.0, 4.0, 4.0, 2.0]);
    expect(table2Row('ibandronate', 80.1).row.listed).toBe(false);
    expect(table2Row('ibandronate', 80).row.listed).toBe(true);
    expect(between('ibandronate', 49.9)).toBeNull();
  });
  it('incadronate: > 30 → 10.0; exactly 30 and below → 5.0', () => {
    expect([30.1, 30, 29.9].map((c) => dose('incadronate', c))).toEqual([10, 5, 5]);
    expect(between('incadronate', 30)).toBe('>30');
  });
});

describe('bmaDoses', () => {
  it('one dose per agent at clearance 60 mL/min, with the Table 2 row and pamidronate infusion time', () => {
    const doses = render(bmaDoses(facts({ patient: man(80), labs: { creatinineMgDl: 1 } })), 'en');
    expect(doses.map((d) => [d.agent, d.doseMg])).toEqual([
      ['zoledronic-acid', 3.5], ['pamidronate', 90], ['ibandronate', 6], ['incadronate', 10], ['denosumab', 120],
    ]);
    expect(doses[0]?.note).toBe('3.5 mg at creatinine clearance 60 mL/min (Table 2 row 50~60).');
    expect(doses[1]?.note).toContain('Infusion time 2–4 h or ≥ 4 h');
    expect(doses[4]?.note).toContain('every 4 weeks; no renal adjustment');
  });
  it('clearance 29 mL/min: zoledronic acid and pamidronate not recommended, ibandronate 2.0, incadronate 5.0', () => {
    const doses = render(bmaDoses(facts({ patient: man(111), labs: { creatinineMgDl: 1 } })), 'zh');
    expect(doses.map((d) => d.doseMg)).toEqual([null, null, 2, 5, 120]);
    expect(doses[0]?.note).toBe('肌酐清除率 29 mL/min：不推荐使用（表 2 <30 行）。');
  });
  it('clearance 30 mL/min exactly: zoledronic 3.0; pamidronate and incadronate read with the "< 30" row', () => {
    const doses = render(bmaDoses(facts({ patient: man(110), labs: { creatinineMgDl: 1 } })), 'en');
    expect(doses.map((d) => d.doseMg)).toEqual([3.0, null, 4.0, 5.0, 120]);
    expect(doses[1]?.note).toContain('between the printed rows <30 and >30');
  });
  it('ibandronate above 80 mL/min: no dose, the table is silent', () => {
    const ibandronate = render(bmaDoses(facts({ patient: man(50), labs: { creatinineMgDl: 1 } })), 'ja').find((d) => d.agent === 'ibandronate');
    expect(ibandronate).toMatchObject({ doseMg: null });
    expect(ibandronate?.note).toContain('80 mL/min までしか記載がなく');
  });
  it('unknown clearance: no bisphosphonate dose, denosumab still 120 mg', () => {
    const doses = render(bmaDoses(facts({})), 'en');
    expect(doses.map((d) => d.doseMg)).toEqual([null, null, null, null, 120]);
    expect(doses[0]?.note).toContain('Creatinine clearance unknown');
  });
});

describe('BMA indication (004 recs 5–6)', () => {
  it('confirmation unknown → needs information', () => {
    const result = render(assessBma(facts({ primary: { histology: 'lung-nsclc' } })), 'en');
    expect(result.verdict).toBe('needs-information');
    expect(result.findings.map((f) => f.id)).toEqual(['bma.confirmation-needed']);
    expect(result.findings[0]?.needs.map((n) => n.fact)).toEqual(['primary.boneMetastasisConfirmed']);
  });
  it('lung cancer without a confirmed bone metastasis → not as routine prophylaxis (2B)', () => {
    const result = render(assessBma(facts({ primary: { histology: 'lung-nsclc', boneMetastasisConfirmed: false } })), 'en');
    expect(result.verdict).toBe('not-recommended');
    expect(result.findings[0]).toMatchObject({ id: 'bma.no-prophylaxis', strength: 'weak', evidence: '2B', recommendation: 'lc-bone-rec-5' });
  });
  it('confirmed lung-cancer bone metastasis → recommended (1A), bisphosphonate or RANKL inhibitor (1A)', () => {
    const result = render(assessBma(facts({ primary: lungConfirmed })), 'en');
    expect(result.verdict).toBe('recommended');
    expect(result.findings[0]).toMatchObject({ id: 'bma.confirmed-bone-metastasis', verdict: 'recommended', strength: 'strong', evidence: '1A', recommendation: 'lc-bone-rec-5' });
    expect(result.findings[1]).toMatchObject({ id: 'bma.agent-choice', verdict: 'recommended', evidence: '1A', recommendation: 'lc-bone-rec-6' });
  });
  it('other histologies: extrapolated from a lung-cancer guideline → consider', () => {
    const result = render(assessBma(facts({ primary: { histology: 'breast', boneMetastasisConfirmed: true } })), 'en');
    expect(result.verdict).toBe('consider');
    const indication = result.findings[0];
    expect(indication).toMatchObject({ verdict: 'consider', strength: 'narrative', evidence: null, source: { document: '004', section: '§4.1' } });
    expect(indication?.recommendation).toBeUndefined();
    expect(indication?.because[1]).toBe('004 is a lung-cancer guideline; for breast its recommendation is extrapolated, so it is offered for consideration rather than recommended.');
    const zh = render(assessBma(facts({ primary: { histology: 'prostate', boneMetastasisConfirmed: false } })), 'zh');
    expect(zh.verdict).toBe('not-recommended');
    expect(zh.findings[0]?.because[1]).toContain('对前列腺癌仅为外推应用');
  });
  it('unknown histology: consider, and ask for the histology', () => {
    const indication = findingOf({ primary: { boneMetastasisConfirmed: true } }, 'bma.confirmed-bone-metastasis');
    expect(indication?.verdict).toBe('consider');
    expect(indication?.needs.map((n) => n.fact)).toEqual(['primary.histology']);
  });
});

describe('second SRE on a bisphosphonate (004 rec 7)', () => {
  it('SRE count 2 on zoledronic acid → keep it (1B); switching is an option (2B), not a verdict', () => {
    const result = render(assessBma(facts({ primary: lungConfirmed, systemicTherapy: onZoledronic, boneAgents: { sreCount: 2 } })), 'en');
    expect(result.verdict).toBe('recommended');
    expect(result.findings.find((f) => f.id === 'bma.second-sre-continue')).toMatchObject({ verdict: 'recommended', evidence: '1B', recommendation: 'lc-bone-rec-7' });
    expect(result.findings.find((f) => f.id === 'bma.second-sre-switch')).toMatchObject({ verdict: 'info', evidence: '2B' });
  });
  it('one SRE, or a second SRE on denosumab, does not fire rec 7', () => {
    expect(ids({ primary: lungConfirmed, systemicTherapy: onZoledronic, boneAgents: { sreCount: 1 } })).not.toContain('bma.second-sre-continue');
    expect(ids({ primary: lungConfirmed, systemicTherapy: onDenosumab, boneAgents: { sreCount: 3 } })).not.toContain('bma.second-sre-continue');
  });
});

describe('dental examination and ONJ (004 rec 8, §4.1.4.1)', () => {
  it('before starting: examine the mouth (1B), asking whether it was done', () => {
    const dental = findingOf({ primary: lungConfirmed }, 'bma.dental-examination');
    expect(dental).toMatchObject({ verdict: 'info', evidence: '1B', recommendation: 'lc-bone-rec-8' });
    expect(dental?.needs.map((n) => n.fact)).toEqual(['boneAgents.dentalExamDone']);
    expect(findingOf({ primary: lungConfirmed, boneAgents: { dentalExamDone: true } }, 'bma.dental-examination')?.because[0]).toContain('repeat it regularly');
    expect(findingOf({ primary: lungConfirmed, systemicTherapy: onDenosumab }, 'bma.dental-examination')?.because[0]).toContain('during therapy');
  });
  it('denosumab ONJ by treatment year: 1.1 % year 1, 3.7 % year 2, 4.6 % after', () => {
    expect([0, 11.9, 12, 23.9, 24, 60].map((m) => denosumabOnjPercent(m).percent)).toEqual([1.1, 1.1, 3.7, 3.7, 4.6, 4.6]);
    const onj = findingOf({ primary: lungConfirmed, systemicTherapy: onDenosumab, boneAgents: { monthsOnTherapy: 12 } }, 'bma.onj-risk');
    expect(onj?.because[1]).toBe('On denosumab for 12 months (treatment year 2): ONJ risk 3.7 % in this year.');
    expect(findingOf({ primary: lungConfirmed, systemicTherapy: onZoledronic, boneAgents: { monthsOnTherapy: 12 } }, 'bma.onj-risk')?.because).toHaveLength(1);
  });
});

describe('renal function (004 §4.1.4.2)', () => {
  it('clearance 29 → zoledronic acid and pamidronate not recommended; 30 → no such warning', () => {
    const at29 = findingOf({ primary: lungConfirmed, patient: man(111), labs: { creatinineMgDl: 1 } }, 'bma.renal-dosing');
    expect(at29?.because).toHaveLength(2);
    expect(at29?.because[1]).toContain('zoledronic acid and pamidronate are not recommended');
    expect(findingOf({ primary: lungConfirmed, patient: man(110), labs: { creatinineMgDl: 1 } }, 'bma.renal-dosing')?.because).toHaveLength(1);
  });
  it('unknown clearance → asks for weight and creatinine', () => {
    expect(findingOf({ primary: lungConfirmed }, 'bma.renal-dosing')?.needs.map((n) => n.fact)).toEqual(['patient.weightKg', 'labs.creatinineMgDl']);
  });
  it('risk flags: age 66 but not 65; clearance 59.9 but not 60; diabetes, NSAIDs, cisplatin', () => {
    expect(ids({ primary: lungConfirmed, patient: { age: 65, sex: 'male' } })).not.toContain('bma.renal-risk');
    expect(findingOf({ primary: lungConfirmed, patient: { age: 66, sex: 'male' } }, 'bma.renal-risk')?.because[0]).toContain('age 66 > 65');
    // (140 − 60) × 72 / (72 × 1.3356) = 59.9; / (72 × 1.3333) = 60.0
    expect(findingOf({ primary: lungConfirmed, patient: man(60), labs: { creatinineMgDl: 1.3356 } }, 'bma.renal-risk')?.because[0]).toContain('creatinine clearance 59.9 < 60');
    expect(ids({ primary: lungConfirmed, patient: man(60), labs: { creatinineMgDl: 1.3333 } })).not.toContain('bma.renal-risk');
    const flags = findingOf({ primary: lungConfirmed, comorbidities: { diabetes: true }, medications: { nsaids: true, cisplatin: true } }, 'bma.renal-risk', 'zh');
    expect(flags?.because[0]).toBe('使用双膦酸盐时应警惕肾功能不全甚至急性肾损伤（合并糖尿病；服用非甾体抗炎药（NSAIDs）；正在进行含顺铂化疗）；一般中位发生时间为 4.7~5.4 个月。');
  });
});

describe('calcium (004 §4.1.4.3)', () => {
  it('hypocalcaemia → consider, correct it first (a correctable precondition); unknown → asked', () => {
    // 004 §4.1.4.3: "在给予地舒单抗前,有必要常规监测低钙血症并将其纠正" — the option waits on the correction, it is not refused.
    const low = findingOf({ primary: lungConfirmed, hypocalcaemia: true }, 'bma.calcium-check');
    expect(low).toMatchObject({ verdict: 'consider' });
    expect(low?.because[1]).toBe('Hypocalcaemia is present: correct it before the first dose, then start.');
    // Corrected calcium 7.9 mg/dL is below the 8.5 mg/dL reference limit.
    expect(findingOf({ primary: lungConfirmed, labs: { calciumMgDl: 7.9 } }, 'bma.calcium-check')).toMatchObject({ verdict: 'consider', needs: [] });
    expect(findingOf({ primary: lungConfirmed, labs: { calciumMgDl: 9.3 } }, 'bma.calcium-check')).toMatchObject({ verdict: 'info', needs: [] });
    expect(findingOf({ primary: lungConfirmed }, 'bma.calcium-check')?.needs.map((n) => n.fact)).toEqual(['hypocalcaemia']);
    expect(findingOf({ primary: lungConfirmed, hypocalcaemia: false }, 'bma.calcium-check')).toMatchObject({ needs: [], because: [expect.stringContaining('18 % on denosumab')] });
  });
  it('calcium 1000 mg + vitamin D 800–1200 IU unless hypercalcaemia', () => {
    expect(findingOf({ primary: lungConfirmed, hypercalcaemia: false }, 'bma.calcium-vitamin-d', 'ja')?.because[0]).toBe('骨修飾薬投与中はカルシウム 1000 mg とビタミン D 800~1200 IU を毎日補充する。');
    expect(findingOf({ primary: lungConfirmed, hypercalcaemia: true }, 'bma.calcium-vitamin-d')?.because[0]).toContain('do not add calcium');
    expect(findingOf({ primary: lungConfirmed }, 'bma.calcium-vitamin-d')?.needs.map((n) => n.fact)).toEqual(['hypercalcaemia']);
  });
});

describe('duration (004 §4.1.3)', () => {
  it('on a BMA without its duration → asked', () => {
    expect(findingOf({ primary: lungConfirmed, systemicTherapy: onZoledronic }, 'bma.duration')?.needs.map((n) => n.fact)).toEqual(['boneAgents.monthsOnTherapy']);
    expect(findingOf({ primary: lungConfirmed }, 'bma.duration')?.needs).toEqual([]);
  });
  it('stopping is reasonable at 24 months (not 23.9) of well-controlled oligometastatic disease', () => {
    const controlled = (months: number) => ({ primary: lungConfirmed, systemicTherapy: onZoledronic, boneAgents: { monthsOnTherapy: months, oligometastaticControlled: true } });
    expect(ids(controlled(23.9))).not.toContain('bma.stop-after-two-years');
    expect(findingOf(controlled(24), 'bma.stop-after-two-years')).toMatchObject({ verdict: 'info', source: { document: '004', section: '§4.1.3' } });
    expect(ids({ ...controlled(30), boneAgents: { monthsOnTherapy: 30 } })).not.toContain('bma.stop-after-two-years');
  });
});

describe('BMA rule catalogue', () => {
  it('every emitted finding id is catalogued', () => {
    const catalogued = new Set(BMA_RULES.map((r) => r.id));
    const emitted = [
      ...ids({}),
      ...ids({ primary: { histology: 'lung-nsclc', boneMetastasisConfirmed: false } }),
      ...ids({
        primary: lungConfirmed, patient: { age: 70, sex: 'female', weightKg: 50 }, labs: { creatinineMgDl: 2 }, comorbidities: { diabetes: true },
        systemicTherapy: onZoledronic, boneAgents: { sreCount: 2, monthsOnTherapy: 30, oligometastaticControlled: true },
      }),
    ];
    expect(emitted).toHaveLength(15);
    for (const id of emitted) expect(catalogued.has(id), id).toBe(true);
  });
});

describe('Table 2 is read with the unrounded clearance, and a second SRE on zoledronic acid below 30 mL/min carries the renal caveat', () => {
  it('29.96 mL/min shows as 30.0 but reads the "< 30" row: zoledronic acid not recommended', () => {
    // Man 80 years, 60 kg: (140 − 80) × 60 / (72 × c) = 29.96 → c = 3600 / (72 × 29.96) = 1.66889…
    const facts = patientFactsSchema.parse({ patient: { age: 80, sex: 'male', weightKg: 60 }, labs: { creatinineMgDl: 3600 / (72 * 29.96) } });
    expect(creatinineClearance(facts)).toBe(30);
    expect(render(bmaDoses(facts), 'en').find((d) => d.agent === 'zoledronic-acid')?.doseMg).toBeNull();
  });
  it('004 rec 7 "do not stop" becomes consider with the Table 2 caveat on zoledronic acid below 30 mL/min', () => {
    const onZoledronic: Partial<PatientFactsInput> = { primary: lungConfirmed, systemicTherapy: [{ agent: 'zoledronic acid', class: 'bisphosphonate', ongoing: true }], boneAgents: { sreCount: 2 } };
    const renal = findingOf({ ...onZoledronic, patient: { age: 80, sex: 'male', weightKg: 50 }, labs: { creatinineMgDl: 2.0 } }, 'bma.second-sre-continue');
    // (140 − 80) × 50 / (72 × 2.0) = 20.8 mL/min
    expect(renal).toMatchObject({ verdict: 'consider' });
    expect(renal?.because.at(-1)).toContain('creatinine clearance is 20.8 mL/min');
    const normal = findingOf({ ...onZoledronic, patient: { age: 60, sex: 'male', weightKg: 70 }, labs: { creatinineMgDl: 1.0 } }, 'bma.second-sre-continue');
    expect(normal).toMatchObject({ verdict: 'recommended' });
  });
});

describe('bone-agent safety (004 §4.1.4, §4.1.4.1, §4.1.3)', () => {
  const lung = { primary: lungConfirmed };
  it('lists the adverse effects of both classes as a note', () => {
    const f = findingOf(lung, 'bma.adverse-effects');
    expect(f).toMatchObject({ verdict: 'info', tier: 'narrative', source: { document: '004', section: '§4.1.4' } });
    // 004 §4.1.4: acute-phase reaction, ocular toxicity and atrial fibrillation are bisphosphonate-only.
    expect(f?.because[0]).toContain('acute-phase reaction, ocular toxicity');
    expect(f?.because[0]).toContain('atrial fibrillation');
  });
  it.each([
    // [facts, finding, verdict, option verdict]: rec 5 (1A) is tempered, never vetoed, by a narrative pause.
    [{ onj: true }, 'bma.onj-present', 'not-recommended', '§4.1.4.1'],
    [{ invasiveDentalPlanned: true }, 'bma.invasive-dental-work', 'consider', '§4.1.4.1'],
    [{ atypicalFemoralFracture: true }, 'bma.atypical-femoral-fracture', 'consider', '§4.1.4'],
    [{ ocularInflammation: true }, 'bma.ocular-toxicity', 'consider', '§4.1.4'],
    [{ acutePhaseReaction: true }, 'bma.acute-phase-reaction', 'info', '§4.1.4'],
  ] as const)('%o → %s (%s, 004 %s)', (boneAgents, id, verdict, section) => {
    const input = { ...lung, boneAgents: { dentalExamDone: true, ...boneAgents }, labs: { calciumMgDl: 9.2, creatinineMgDl: 1 }, patient: man(60), hypercalcaemia: false };
    const assessment = render(assessBma(facts(input)), 'en');
    expect(assessment.findings.find((f) => f.id === id)).toMatchObject({ verdict, tier: 'narrative', source: { document: '004', section } });
    if (verdict === 'info') expect(assessment.verdict).toBe('recommended');
    else {
      expect(assessment.verdict).toBe('consider');
      expect(assessment.decidedBy).toBe(id);
      if (verdict === 'not-recommended') expect(assessment.conflicts).toContainEqual(expect.objectContaining({ overruled: id, kind: 'tempered' }));
    }
  });
  it('ONJ: conservative care first, and the §4.1.3 stop question quoted as a reading (zh)', () => {
    const zh = findingOf({ ...lung, boneAgents: { onj: true } }, 'bma.onj-present', 'zh');
    expect(zh?.because[0]).toContain('抗菌含漱剂');
    expect(zh?.because[0]).toContain('§4.1.3');
  });
  it('nothing fires without the facts', () => {
    const emitted = ids(lung);
    for (const id of ['bma.onj-present', 'bma.invasive-dental-work', 'bma.atypical-femoral-fracture', 'bma.ocular-toxicity', 'bma.acute-phase-reaction']) expect(emitted).not.toContain(id);
  });
});

describe('BMA results are language-neutral', () => {
  const renal = { primary: { histology: 'breast' as const, boneMetastasisConfirmed: true }, patient: { age: 70, sex: 'female' as const, weightKg: 50 }, labs: { creatinineMgDl: 2 },
    comorbidities: { diabetes: true }, systemicTherapy: onZoledronic, boneAgents: { sreCount: 2, monthsOnTherapy: 30, oligometastaticControlled: true } };
  it('findings and dose notes carry catalogue texts, rendered only at the edge', () => {
    const result = assessBma(facts(renal));
    const doses = bmaDoses(facts(renal));
    expect(result.findings.flatMap((f) => [...f.because, ...f.needs.map((n) => n.why)]).every(isText)).toBe(true);
    expect(doses.every((d) => isText(d.note))).toBe(true);
    expect(unknownKeys([result, doses])).toEqual([]);
    expect(JSON.stringify(render([result, doses], 'en'))).not.toContain('[object Object]');
  });
  it('the extrapolation names the histology as it reads inside a sentence (lower case in English only)', () => {
    const indication = assessBma(facts(renal)).findings[0];
    expect(indication?.because[1]).toEqual({ key: 'bma.extrapolated', params: { histology: { key: 'histologyInSentence.breast' } } });
    expect(render(indication, 'ja')?.because[1]).toContain('乳癌への適用は外挿');
    expect(render(assessBma(facts({ primary: { boneMetastasisConfirmed: true } })), 'en').findings[0]?.because[1]).toContain('for a primary whose histology is not given');
  });
  it('a dose note of several sentences joins them as each language does: a space in English, none in Chinese and Japanese', () => {
    const pamidronate = bmaDoses(facts({ patient: man(80), labs: { creatinineMgDl: 1 } }))[1];
    expect(render(pamidronate, 'en')?.note).toBe('90.0 mg at creatinine clearance 60 mL/min (Table 2 row >30). Infusion time 2–4 h or ≥ 4 h, as Table 2 prints it.');
    expect(render(pamidronate, 'zh')?.note).toBe('肌酐清除率 60 mL/min：90.0 mg（表 2 >30 行）。推荐输注时间 2~4 h 或 ≥4 h（按表 2 原文）。');
  });
});
