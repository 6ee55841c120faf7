import { describe, expect, it } from 'vitest';
import { factsFor } from './test-support.js';
import { isText, render, unknownKeys, type Rendered } from '../texts.js';
import type { Lang } from '../../i18n/lang.js';
import { type PatientFactsInput } from '../facts/index.js';
import type { OptionAssessment } from './finding.js';
import { recommendFromFacts } from './index.js';
import { PVP_RULES, assessPvp, cementPlan, postProcedureCare } from './pvp.js';

type LesionInput = NonNullable<PatientFactsInput['lesions']>[number];

const facts = factsFor({ age: 62, sex: 'male' });
const run = (input: Partial<PatientFactsInput>, lang: Lang = 'en') => render(assessPvp(facts(input)), lang);
const get = (result: Rendered<OptionAssessment>, id: string) => {
  const found = result.findings.find((f) => f.id === id);
  if (!found) throw new Error(`no finding ${id} in ${result.findings.map((f) => f.id).join(', ')}`);
  return found;
};
const ids = (result: Rendered<OptionAssessment>) => result.findings.map((f) => f.id);
const needFacts = (result: Rendered<OptionAssessment>) => result.findings.flatMap((f) => f.needs.map((n) => n.fact));

/** A painful lytic T11 lesion that meets every 002 §3.4 criterion. */
const eligible = (over: Partial<LesionInput> = {}): LesionInput => ({
  level: 'T11', character: 'lytic', painful: true, escc: '0', posteriorWallIntact: true, pediclesInvolved: 'none', collapsePercent: 20, ...over,
});
/** Pre-procedure safety facts all known and normal. */
const safe: Partial<PatientFactsInput> = {
  labs: { plateletsPerUl: 200_000, ptRatio: 1.0, apttRatio: 1.0 },
  infection: { local: false, systemic: false },
  pmmaAllergy: false,
};
const painfulDaily = { pain: { score: 6, limitsDailyLife: true } };
const typical = (over: Partial<PatientFactsInput> = {}) => ({ ...safe, ...painfulDaily, activityRestrictedForFractureRisk: false, lesions: [eligible()], ...over });

describe('PVP indications (001 CQ1–CQ3, 002 §3.4)', () => {
  it('CQ1-①: painful thoracic lesion restricting daily life → recommended (strong, B) with the expected effect', () => {
    const result = run(typical());
    expect(result.verdict).toBe('recommended');
    expect(get(result, 'pvp.painful-lesion')).toMatchObject({ verdict: 'recommended', strength: 'strong', evidence: 'B', recommendation: 'jsir-cq1-1', source: { document: '001', section: '§7 CQ1-①' } });
    expect(get(result, 'pvp.painful-lesion').because[1]).toContain('pain relief in 91 % (73–100 %)');
    expect(get(result, 'pvp.eligibility').verdict).toBe('info');
  });
  it('CQ1-① needs pain that restricts daily life: false → no CQ1-①, unknown → asked for', () => {
    const no = run(typical({ pain: { score: 6, limitsDailyLife: false } }));
    expect(ids(no)).not.toContain('pvp.painful-lesion');
    expect(get(no, 'pvp.no-indication').verdict).toBe('not-recommended');
    const unknown = run(typical({ pain: { score: 6 } }));
    expect(get(unknown, 'pvp.no-indication')).toMatchObject({ verdict: 'needs-information' });
    expect(get(unknown, 'pvp.no-indication').needs.map((n) => n.fact)).toEqual(['pain.limitsDailyLife']);
  });
  it('CQ1-① is for thoracic and lumbar lesions: a painful C5 lesion → consider (001 review 3(1))', () => {
    const result = run(typical({ lesions: [eligible({ level: 'C5' })] }));
    expect(ids(result)).not.toContain('pvp.painful-lesion');
    expect(get(result, 'pvp.cervical-or-sacral')).toMatchObject({ verdict: 'consider', source: { document: '001', section: 'review 3(1)' } });
    expect(result.verdict).toBe('consider');
  });
  it('CQ1-②: activity restricted for fracture risk at a painless lesion → recommended (strong, B), PVP may precede RT', () => {
    const result = run({ ...safe, pain: { score: 0 }, activityRestrictedForFractureRisk: true, lesions: [eligible({ level: 'L2', painful: false })] });
    expect(get(result, 'pvp.activity-restricted')).toMatchObject({ verdict: 'recommended', evidence: 'B', recommendation: 'jsir-cq1-2' });
    expect(get(result, 'pvp.activity-restricted').because[0]).toContain('(L2)');
    expect(get(result, 'pvp.before-chemo-radiotherapy').source).toEqual({ document: '001', section: 'review 1(8)' });
    expect(result.verdict).toBe('recommended');
  });
  it('002 §3.4: severe pain (VAS 7) from osteolytic destruction → recommended; 6.9 is not severe', () => {
    const severe = run(typical({ pain: { score: 7, limitsDailyLife: false } }));
    expect(get(severe, 'pvp.osteolytic-pain-or-fracture')).toMatchObject({ verdict: 'recommended', strength: 'consensus', source: { document: '002', section: '§3.4' } });
    const moderate = run(typical({ pain: { score: 6.9, limitsDailyLife: false } }));
    expect(ids(moderate)).not.toContain('pvp.osteolytic-pain-or-fracture');
  });
  it('002 §3.4: a pathological compression fracture of a mixed lesion → recommended without severe pain', () => {
    const result = run(typical({ pain: { score: 3, limitsDailyLife: false }, lesions: [eligible({ character: 'mixed', fracture: 'pathological', collapsePercent: 30 })] }));
    expect(get(result, 'pvp.osteolytic-pain-or-fracture').because[0]).toContain('(T11)');
  });
  it('CQ2: impending fracture or an irradiated level → fracture prevention (consider; weak, C); not once cemented', () => {
    const impending = run(typical({ pain: { score: 0 }, lesions: [eligible({ painful: false, fracture: 'impending' })] }));
    expect(get(impending, 'pvp.fracture-prevention')).toMatchObject({ verdict: 'consider', strength: 'weak', evidence: 'C', recommendation: 'jsir-cq2' });
    expect(get(impending, 'pvp.fracture-prevention').because[0]).toContain('11–39 % after SBRT');
    const irradiated = run(typical({ priorTreatments: [{ kind: 'sbrt', date: '2024-01-10', levels: ['T11'] }] }));
    expect(ids(irradiated)).toContain('pvp.fracture-prevention');
    const ablated = run(typical({ priorTreatments: [{ kind: 'ablation', date: '2024-01-10', levels: ['T10-T12'] }] }));
    expect(ids(ablated)).toContain('pvp.fracture-prevention');
    const cemented = run(typical({ lesions: [eligible({ previouslyIrradiated: true, previouslyCemented: true })] }));
    expect(ids(cemented)).not.toContain('pvp.fracture-prevention');
  });
  it('CQ3: only osteoblastic painful lesions → not recommended (weak, C, against); with a lytic level → consider', () => {
    const blastic = run(typical({ lesions: [eligible({ character: 'blastic' })] }));
    expect(blastic.verdict).toBe('not-recommended');
    expect(get(blastic, 'pvp.osteoblastic')).toMatchObject({ verdict: 'not-recommended', recommendation: 'jsir-cq3', strength: 'weak', evidence: 'C' });
    expect(ids(blastic)).not.toContain('pvp.no-indication');
    const planned = run(typical({ plannedPvpLevels: ['T11', 'L2'], lesions: [eligible(), eligible({ level: 'L2', character: 'blastic' })] }), 'ja');
    expect(get(planned, 'pvp.osteoblastic').verdict).toBe('consider');
    expect(get(planned, 'pvp.osteoblastic').because[0]).toBe('対象椎体に造骨性病変（L2）がある：これらへの PVP は実施しないことを提案する（001 CQ3）。溶骨性・混合性の椎体のみを治療する。');
    const plannedBlastic = run(typical({ plannedPvpLevels: ['L2'], lesions: [eligible({ level: 'L2', character: 'blastic' })] }));
    expect(plannedBlastic.verdict).toBe('not-recommended');
    expect(ids(plannedBlastic)).not.toContain('pvp.painful-lesion');
  });
  it('no indication with every fact known → not recommended; with nothing known → names the missing facts', () => {
    const none = run({ ...safe, pain: { score: 0 }, activityRestrictedForFractureRisk: false, lesions: [eligible({ painful: false })] });
    expect(none.verdict).toBe('not-recommended');
    expect(ids(none)).toEqual(['pvp.no-indication']);
    const unknown = run({ lesions: [{ level: 'T8' }] });
    expect(unknown.verdict).toBe('needs-information');
    expect(get(unknown, 'pvp.no-indication').needs.map((n) => n.fact)).toEqual(['pain', 'activityRestrictedForFractureRisk']);
  });
  it('no spinal metastasis → not recommended; no spinal lesion described → needs information', () => {
    expect(get(run({ metastases: { spinal: 0 }, lesions: [{ site: 'ilium', character: 'lytic' }] }), 'pvp.no-spinal-lesion').verdict).toBe('not-recommended');
    const missing = run({});
    expect(missing.verdict).toBe('needs-information');
    expect(needFacts(missing)).toEqual(['lesions']);
  });
});

describe('PVP scope (001 §3(7)–(8))', () => {
  it('age 19 → not recommended and the graded recommendations are not applied; age 20 → in scope', () => {
    const minor = run(typical({ patient: { age: 19, sex: 'male' } }));
    expect(get(minor, 'pvp.scope-age')).toMatchObject({ verdict: 'not-recommended', source: { document: '001', section: '§3(8)' } });
    expect(minor.findings.some((f) => f.recommendation !== undefined)).toBe(false);
    expect(minor.verdict).toBe('not-recommended');
    const adult = run(typical({ patient: { age: 20, sex: 'male' } }));
    expect(ids(adult)).not.toContain('pvp.scope-age');
    expect(ids(adult)).toContain('pvp.painful-lesion');
  });
  it('myeloma → outside the guideline, individual decision (consider), no graded recommendation', () => {
    const result = run(typical({ primary: { histology: 'myeloma' } }), 'zh');
    expect(result.verdict).toBe('consider');
    expect(get(result, 'pvp.scope-primary-bone-tumour').because[0]).toContain('骨原发性肿瘤');
    expect(ids(result)).not.toContain('pvp.painful-lesion');
  });
});

describe('PVP eligibility (002 §3.4)', () => {
  it.each([
    ['ESCC 2 (neural compression)', { escc: '2' }, 'neural compression (ESCC 2)'],
    ['posterior wall broken', { posteriorWallIntact: false }, 'posterior wall not intact'],
    ['a pedicle involved', { pediclesInvolved: 'unilateral' }, 'pedicles involved (unilateral)'],
    ['pedicle among the Tomita sites', { pediclesInvolved: undefined, tomitaSites: ['body', 'pedicle'] }, 'pedicles involved (Tomita sites)'],
    ['66.7 % collapse (more than 2/3)', { collapsePercent: 66.7 }, 'severe collapse (66.7 % height loss'],
  ] as const)('%s → not recommended', (_label, over, reason) => {
    const result = run(typical({ lesions: [eligible(over as Partial<LesionInput>)] }));
    expect(result.verdict).toBe('not-recommended');
    expect(get(result, 'pvp.eligibility').verdict).toBe('not-recommended');
    expect(get(result, 'pvp.eligibility').because[1]).toContain(reason);
  });
  it('boundaries that stay eligible: ESCC 1c (cord abutted, not compressed), collapse 66.6 %, Tomita sites without a pedicle', () => {
    for (const over of [{ escc: '1c' }, { collapsePercent: 66.6 }, { pediclesInvolved: undefined, tomitaSites: ['body'] }] as Partial<LesionInput>[]) {
      expect(get(run(typical({ lesions: [eligible(over)] })), 'pvp.eligibility').verdict).toBe('info');
    }
  });
  it('nerve-root compression counts as neural compression', () => {
    const result = run(typical({ neurology: { frankel: 'E', deficitProgressing: false, radicularCompression: true } }));
    expect(get(result, 'pvp.eligibility').because[1]).toBe('T11: nerve-root compression.');
  });
  it('a lesion without the imaging facts → needs information, with each fact path', () => {
    const result = run(typical({ lesions: [{ level: 'T11', painful: true }] }));
    expect(get(result, 'pvp.eligibility').verdict).toBe('needs-information');
    expect(get(result, 'pvp.eligibility').needs.map((n) => n.fact)).toEqual([
      'lesions[0].character', 'lesions[0].escc', 'lesions[0].posteriorWallIntact', 'lesions[0].pediclesInvolved', 'lesions[0].collapsePercent',
    ]);
    expect(result.verdict).toBe('needs-information');
  });
  it('no fracture means no collapse to ask about', () => {
    const result = run(typical({ lesions: [eligible({ collapsePercent: undefined, fracture: 'none' })] }));
    expect(get(result, 'pvp.eligibility').verdict).toBe('info');
  });
  it('unmet at one of two lesions → consider treating the other', () => {
    const result = run(typical({ lesions: [eligible(), eligible({ level: 'L1', posteriorWallIntact: false })] }));
    const eligibilityFinding = get(result, 'pvp.eligibility');
    expect(eligibilityFinding.verdict).toBe('consider');
    expect(eligibilityFinding.because).toEqual([
      'PVP/PKP suits patients without neural compression, with a relatively intact posterior wall, uninvolved pedicles and no severe collapse (002 §3.4).',
      'L1: posterior wall not intact.',
      'T11: all four criteria met.',
      'Treat only the levels that meet them.',
    ]);
  });
  it('a planned level without a lesion description is asked for; a level that is not a vertebra is refused at the boundary', () => {
    const result = run(typical({ plannedPvpLevels: ['T11', 'L3'] }));
    expect(get(result, 'pvp.eligibility').needs.map((n) => n.fact)).toEqual(['lesions']);
    expect(() => run(typical({ plannedPvpLevels: ['T11', 'L3', 'X9'] }))).toThrow(/X9\\" is not a vertebral level or span/);
  });
});

describe('PVP neurology (002 §3.4; 001 review 2(5))', () => {
  it('Frankel C with ESCC 2 → contraindicated (incomplete paralysis from cord compression)', () => {
    const result = run(typical({ lesions: [eligible({ escc: '2' })], neurology: { frankel: 'C', deficitProgressing: false } }), 'zh');
    expect(result.verdict).toBe('contraindicated');
    expect(get(result, 'pvp.incomplete-paralysis').because[0]).toBe('Frankel C（不全瘫）且椎体肿瘤压迫脊髓（T11 ESCC 2）：为 PVP/PKP 禁忌证（002 §3.4），应优先减压。');
  });
  it('Frankel D and B are incomplete paralysis too; Frankel A is not (not recommended, 001 review 2(5))', () => {
    for (const frankel of ['B', 'D'] as const) {
      expect(run(typical({ lesions: [eligible({ escc: '3' })], neurology: { frankel, deficitProgressing: false } })).verdict).toBe('contraindicated');
    }
    const complete = run(typical({ lesions: [eligible({ escc: '3' })], neurology: { frankel: 'A', deficitProgressing: false } }));
    expect(complete.verdict).toBe('not-recommended');
    expect(get(complete, 'pvp.neurological-deficit')).toMatchObject({ verdict: 'not-recommended', source: { document: '001', section: 'review 2(5)' } });
  });
  it('ESCC 2 without a Frankel grade → asks for it', () => {
    const result = run(typical({ lesions: [eligible({ escc: '2' })] }));
    expect(get(result, 'pvp.incomplete-paralysis')).toMatchObject({ verdict: 'needs-information' });
    expect(get(result, 'pvp.incomplete-paralysis').needs.map((n) => n.fact)).toEqual(['neurology.frankel']);
  });
  it('a deficit without an ESCC grade → needs information; progressing → not recommended until MRI', () => {
    const stable = run(typical({ lesions: [eligible({ escc: undefined })], neurology: { frankel: 'D', deficitProgressing: false } }));
    expect(get(stable, 'pvp.neurological-deficit')).toMatchObject({ verdict: 'needs-information' });
    expect(get(stable, 'pvp.neurological-deficit').needs.map((n) => n.fact)).toEqual(['lesions[0].escc']);
    const progressing = run(typical({ lesions: [eligible({ escc: undefined })], neurology: { frankel: 'D', deficitProgressing: true } }));
    expect(get(progressing, 'pvp.neurological-deficit').verdict).toBe('not-recommended');
  });
  it('a deficit with the cord not compressed (ESCC < 2) still gates PVP: consider, or not recommended while progressing (001 review 2(5), 002 §1.4)', () => {
    // 001 review 2(5): "一般的にPVPでの脊髓神経障害に対する改善効果は望めないことから適応外である。ただし…個々の症例で判断すべきである。"
    const stable = run(typical({ lesions: [eligible({ escc: '1c' })], neurology: { frankel: 'D', deficitProgressing: false } }));
    expect(get(stable, 'pvp.neurological-deficit')).toMatchObject({ verdict: 'consider', source: { document: '001', section: 'review 2(5)' } });
    expect(stable.verdict).not.toBe('recommended');
    // 002 §1.4: a progressing deficit is decompressed directly.
    const progressing = run(typical({ lesions: [eligible({ escc: '1a' })], neurology: { frankel: 'C', deficitProgressing: true } }));
    // "对于神经症状进行性加重的患者，则应直接手术减压" — consensus, the same tier as CQ1: the more cautious verdict stands.
    expect(get(progressing, 'pvp.neurological-deficit')).toMatchObject({ verdict: 'not-recommended', source: { document: '002', section: '§1.4' } });
    expect(progressing.verdict).toBe('not-recommended');
    expect(progressing.conflicts).toContainEqual(expect.objectContaining({ prevailing: 'pvp.neurological-deficit', overruled: 'pvp.painful-lesion', kind: 'same-tier' }));
    expect(get(run(typical({ lesions: [eligible({ escc: '0' })], neurology: { frankel: 'A', deficitProgressing: false } })), 'pvp.neurological-deficit').because[0]).toContain('cannot improve the deficit');
  });
  it('Frankel E with ESCC 2 → no neurological finding', () => {
    const normal = run(typical({ lesions: [eligible({ escc: '2' })], neurology: { frankel: 'E', deficitProgressing: false } }));
    expect(ids(normal).filter((id) => id.includes('paralysis') || id.includes('deficit'))).toEqual([]);
    expect(normal.verdict).toBe('not-recommended');
  });
});

describe('PVP pre-procedure safety (001 review 2; 002 §3.4)', () => {
  const withLabs = (labs: PatientFactsInput['labs']) => run(typical({ labs }));
  it('platelets 99 999/µL → caution (consider); 100 000 → none', () => {
    const low = withLabs({ plateletsPerUl: 99_999, ptRatio: 1, apttRatio: 1 });
    expect(get(low, 'pvp.bleeding-risk')).toMatchObject({ verdict: 'consider', source: { document: '001', section: 'review 2(3)' } });
    expect(get(low, 'pvp.bleeding-risk').because[0]).toContain('platelets 99999/µL');
    expect(low.verdict).toBe('consider');
    expect(ids(withLabs({ plateletsPerUl: 100_000, ptRatio: 1, apttRatio: 1 }))).not.toContain('pvp.bleeding-risk');
  });
  it('PT 1.61 × normal → caution, 1.6 → none; APTT 1.51 → caution, 1.5 → none', () => {
    expect(get(withLabs({ plateletsPerUl: 150_000, ptRatio: 1.61, apttRatio: 1 }), 'pvp.bleeding-risk').because[0]).toContain('PT 1.61 × normal');
    expect(ids(withLabs({ plateletsPerUl: 150_000, ptRatio: 1.6, apttRatio: 1 }))).not.toContain('pvp.bleeding-risk');
    expect(get(withLabs({ plateletsPerUl: 150_000, ptRatio: 1, apttRatio: 1.51 }), 'pvp.bleeding-risk').verdict).toBe('consider');
    expect(ids(withLabs({ plateletsPerUl: 150_000, ptRatio: 1, apttRatio: 1.5 }))).not.toContain('pvp.bleeding-risk');
  });
  it('uncontrollable bleeding → contraindicated; missing labs → asked for on a note', () => {
    expect(run(typical({ comorbidities: { uncontrollableBleeding: true } })).verdict).toBe('contraindicated');
    const missing = withLabs({ plateletsPerUl: 150_000 });
    expect(get(missing, 'pvp.bleeding-risk')).toMatchObject({ verdict: 'info' });
    expect(get(missing, 'pvp.bleeding-risk').needs.map((n) => n.fact)).toEqual(['labs.ptRatio', 'labs.apttRatio']);
    expect(missing.verdict).toBe('recommended');
  });
  it('local or systemic infection → contraindicated (postpone until resolved); unknown → asked for', () => {
    const local = run(typical({ infection: { local: true, systemic: false } }), 'ja');
    expect(local.verdict).toBe('contraindicated');
    expect(get(local, 'pvp.infection').because[0]).toContain('局所：骨髄炎、椎間板炎または硬膜外膿瘍');
    expect(run(typical({ infection: { local: false, systemic: true } })).verdict).toBe('contraindicated');
    const unknown = run(typical({ infection: undefined }));
    expect(get(unknown, 'pvp.infection')).toMatchObject({ verdict: 'info' });
    expect(get(unknown, 'pvp.infection').needs.map((n) => n.fact)).toEqual(['infection']);
  });
  it('diabetes or immunosuppression → infection-risk note; HIV → consider', () => {
    expect(get(run(typical({ comorbidities: { diabetes: true, immunosuppression: true } })), 'pvp.infection-risk').because[0]).toContain('(diabetes, immunosuppression)');
    expect(get(run(typical({ comorbidities: { hiv: true } })), 'pvp.hiv').verdict).toBe('consider');
  });
  it('PMMA allergy → contraindicated; unknown → asked for', () => {
    expect(get(run(typical({ pmmaAllergy: true })), 'pvp.pmma-allergy')).toMatchObject({ verdict: 'contraindicated', source: { document: '002', section: '§3.4' } });
    expect(get(run(typical({ pmmaAllergy: undefined })), 'pvp.pmma-allergy').needs.map((n) => n.fact)).toEqual(['pmmaAllergy']);
  });
  it('pregnancy → contraindicated; asked of women aged 15–49 only', () => {
    expect(run(typical({ patient: { age: 30, sex: 'female', pregnant: true } })).verdict).toBe('contraindicated');
    expect(get(run(typical({ patient: { age: 49, sex: 'female' } })), 'pvp.pregnancy').needs.map((n) => n.fact)).toEqual(['patient.pregnant']);
    expect(ids(run(typical({ patient: { age: 50, sex: 'female' } })))).not.toContain('pvp.pregnancy');
    expect(ids(run(typical({ patient: { age: 15, sex: 'female' } })))).toContain('pvp.pregnancy');
    expect(ids(run(typical({ patient: { age: 14, sex: 'female' } })))).not.toContain('pvp.pregnancy');
    expect(ids(run(typical({ patient: { age: 30, sex: 'male' } })))).not.toContain('pvp.pregnancy');
  });
  it('severe organ dysfunction → consider (PMMA monomer cardiopulmonary toxicity)', () => {
    const result = run(typical({ comorbidities: { severeCardiac: true, severeRenal: true } }), 'ja');
    expect(get(result, 'pvp.organ-dysfunction').verdict).toBe('consider');
    expect(get(result, 'pvp.organ-dysfunction').because[0]).toContain('重篤な心・腎機能低下');
  });
  it('work-up note lists ECG, pulmonary function and the chest X-ray baseline', () => {
    expect(get(run(typical()), 'pvp.work-up').because[0]).toContain('chest X-ray as the baseline for cement embolism');
  });
});

describe('PVP technique and combinations (001 reviews 1, 3; CQ4; 002 §3.4)', () => {
  it('3 vertebrae per session → no caution; 4 → consider (001 review 3(1))', () => {
    const three = run(typical({ plannedPvpLevels: ['T11-L1'], lesions: [eligible({ level: 'T11-L1', adjacentVertebrae: true })] }));
    expect(ids(three)).not.toContain('pvp.levels-per-session');
    const four = run(typical({ plannedPvpLevels: ['T11-L1', 'L3'], lesions: [eligible({ level: 'T11-L1' }), eligible({ level: 'L3' })] }));
    expect(get(four, 'pvp.levels-per-session')).toMatchObject({ verdict: 'consider' });
    expect(get(four, 'pvp.levels-per-session').because[0]).toContain('4 levels planned (T11, T12, L1, L3)');
  });
  it('a level already cemented (lesion flag or a prior PVP there) → re-treatment, consider', () => {
    expect(get(run(typical({ lesions: [eligible({ previouslyCemented: true })] })), 'pvp.retreatment').verdict).toBe('consider');
    expect(ids(run(typical({ priorTreatments: [{ kind: 'pvp', date: '2023-05-01', levels: ['T11'] }] })))).toContain('pvp.retreatment');
  });
  it('ongoing chemotherapy or planned radiotherapy → CQ4 note (weak, C); neither → none', () => {
    const chemo = run(typical({ systemicTherapy: [{ agent: 'carboplatin', class: 'chemotherapy', ongoing: true }] }));
    expect(get(chemo, 'pvp.with-chemo-radiotherapy')).toMatchObject({ verdict: 'info', recommendation: 'jsir-cq4' });
    expect(ids(run(typical({ plannedRadiotherapy: { doseGy: 30, fractions: 10 } })))).toContain('pvp.with-chemo-radiotherapy');
    expect(ids(run(typical()))).not.toContain('pvp.with-chemo-radiotherapy');
  });
  it('radiotherapy follows PVP/PKP (002 §3.4)', () => {
    expect(get(run(typical(), 'zh'), 'pvp.radiotherapy-afterwards').because[0]).toBe('PVP 和 PKP 术后的患者也需进一步放疗（002 §3.4）。');
  });
});

describe('cement plan (001 CQ5) and post-procedure care (001 review 4)', () => {
  it('one entry per planned vertebra: 3–5 mL, 50–70 %, stop at the posterior third or on any leak', () => {
    const plan = render(cementPlan(facts(typical({ plannedPvpLevels: ['T12-L1'] }))), 'en');
    expect(plan.map((p) => p.level)).toEqual(['T12', 'L1']);
    expect(plan[0]).toMatchObject({ volumeMl: { min: 3, max: 5 }, fillPercent: { min: 50, max: 70 } });
    expect(plan[0]?.stop).toEqual([
      'Inject from the anterior vertebral body and stop when the cement reaches the posterior third.',
      'Stop at once on any extravertebral leak, even before the target is reached.',
      'No fixed upper limit: the operator decides the volume during the procedure; volume does not correlate with effect, so do not inject more than needed (001 CQ5).',
    ]);
  });
  it('without planned levels: the painful lytic/mixed lesions, not blastic or painless ones', () => {
    const lesions: LesionInput[] = [eligible({ level: 'T9', character: 'mixed' }), eligible({ level: 'T11', character: 'blastic' }), eligible({ level: 'L4', painful: false })];
    const plan = render(cementPlan(facts(typical({ lesions }))), 'ja');
    expect(plan.map((p) => p.level)).toEqual(['T9']);
    expect(plan[0]?.stop[1]).toBe('目安に達する前でも椎体外への PMMA 漏出を認めた時点で速やかに注入を停止する。');
  });
  it('post-procedure care: 8 steps from bed rest to contrast MRI at 6–8 weeks; none without a target', () => {
    const care = render(postProcedureCare(facts(typical())), 'en');
    expect(care).toHaveLength(8);
    expect(care[0]).toContain('2–4 h bed rest with vital signs and neurological checks');
    expect(care[7]).toContain('contrast MRI 6–8 weeks');
    expect(render(postProcedureCare(facts(typical())), 'ja')[0]).toContain('2–4 時間のベッド上安静');
    expect(render(postProcedureCare(facts({ lesions: [eligible({ painful: false })], pain: { score: 0 } })), 'en')).toEqual([]);
  });
  it('the engine leaves the cement plan and care out when PVP is contraindicated', () => {
    const ok = recommendFromFacts(facts(typical()));
    expect(ok.plan.cement.map((c) => c.level)).toEqual(['T11']);
    expect(ok.plan.postProcedureCare).toHaveLength(8);
    const contraindicated = recommendFromFacts(facts(typical({ pmmaAllergy: true })));
    expect(contraindicated.plan.cement).toEqual([]);
    expect(contraindicated.plan.postProcedureCare).toEqual([]);
  });
});

describe('PVP results are language-neutral', () => {
  it('findings, cement plan and care carry catalogue texts, rendered only at the edge', () => {
    const input = facts(typical({ comorbidities: { severeCardiac: true, diabetes: true }, lesions: [eligible(), eligible({ level: 'L1', posteriorWallIntact: false })] }));
    const result = assessPvp(input);
    expect(result.findings.flatMap((f) => [...f.because, ...f.needs.map((n) => n.why)]).every(isText)).toBe(true);
    expect(result.findings.find((f) => f.id === 'pvp.painful-lesion')?.because[0]).toMatchObject({ key: 'pvp.painfulLesion' });
    const plan = [cementPlan(input), postProcedureCare(input)];
    expect(unknownKeys([result, plan])).toEqual([]);
    expect(JSON.stringify(render([result, plan], 'en'))).not.toContain('[object Object]');
  });
});

describe('PVP rule catalogue', () => {
  it('lists every finding id the rules emit, once', () => {
    const catalogued = PVP_RULES.map((r) => r.id);
    expect(new Set(catalogued).size).toBe(catalogued.length);
    const scenarios: Partial<PatientFactsInput>[] = [
      typical(),
      {},
      { metastases: { spinal: 0 } },
      { lesions: [{ level: 'T8' }] },
      typical({ patient: { age: 19, sex: 'female' }, primary: { histology: 'lymphoma' } }),
      typical({ pain: { score: 8, limitsDailyLife: true }, activityRestrictedForFractureRisk: true, plannedPvpLevels: ['C6', 'T11-L1', 'L3'], lesions: [eligible({ level: 'C6' }), eligible({ level: 'T11-L1', fracture: 'pathological', previouslyCemented: true }), eligible({ level: 'L3', character: 'blastic', fracture: 'impending' })], neurology: { frankel: 'C', deficitProgressing: false }, comorbidities: { hiv: true, diabetes: true, severePulmonary: true }, labs: { plateletsPerUl: 50_000 }, infection: undefined, pmmaAllergy: undefined, systemicTherapy: [{ agent: 'cisplatin', class: 'chemotherapy', ongoing: true }] }),
      typical({ lesions: [eligible({ escc: '2' })], neurology: { frankel: 'A', deficitProgressing: false }, infection: { local: true, systemic: false }, pmmaAllergy: true, comorbidities: { uncontrollableBleeding: true }, patient: { age: 30, sex: 'female', pregnant: true } }),
      typical({ lesions: [eligible({ escc: undefined })], neurology: { frankel: 'D', deficitProgressing: true } }),
    ];
    for (const scenario of scenarios) for (const id of ids(run(scenario))) expect(catalogued, id).toContain(id);
    for (const rule of PVP_RULES) expect(rule.option === 'pvp' || rule.option === 'plan', rule.id).toBe(true);
  });
});

describe('PVP complications (001 review 5) and infection risks (001 review 2(4))', () => {
  const lytic: LesionInput = { level: 'T11', character: 'lytic', painful: true, posteriorWallIntact: true, pediclesInvolved: 'none', collapsePercent: 10, escc: '0' };
  const base: Partial<PatientFactsInput> = { lesions: [lytic], pain: { score: 8, limitsDailyLife: true } };
  it('lists the complications with the rates of review 5', () => {
    const f = get(run(base), 'pvp.complications');
    expect(f).toMatchObject({ verdict: 'info', tier: 'narrative', source: { document: '001', section: 'review 5' } });
    for (const rate of ['3–76 %', '1.4 %', '0.8 %', '2.1–26 %', '4.8 %', '0.36–0.46 %']) expect(f.because[0]).toContain(rate);
  });
  it.each([
    ['asymptomatic', 'observation or anticoagulation'],
    ['symptomatic', 'removed percutaneously or surgically'],
  ] as const)('%s cement embolism → %s (review 5(2))', (cementEmbolism, text) => {
    expect(get(run({ ...base, pvpComplications: { cementEmbolism } }), 'pvp.cement-embolism').because[0]).toContain(text);
  });
  it('a symptomatic embolism raises the urgent alert; an asymptomatic one does not', () => {
    const alerts = (cementEmbolism: 'asymptomatic' | 'symptomatic') => render(recommendFromFacts(facts({ ...base, pvpComplications: { cementEmbolism } })), 'zh').alerts;
    expect(alerts('symptomatic')).toEqual([expect.objectContaining({ id: 'alert.symptomatic-cement-embolism', severity: 'urgent', sources: [{ document: '001', section: 'review 5(2)' }] })]);
    expect(alerts('symptomatic')[0]?.because[0]).toContain('骨水泥栓塞');
    expect(alerts('asymptomatic')).toEqual([]);
  });
  it.each([
    [{ comorbidities: { urinaryTractInfection: true } }, 'urinary-tract infection'],
    [{ comorbidities: { cholecystitis: true } }, 'cholecystitis'],
    [{ comorbidities: { meningitis: true } }, 'meningitis'],
    [{ comorbidities: { infectedPressureUlcer: true } }, 'infected pressure ulcer'],
    [{ systemicTherapy: [{ agent: 'carboplatin', class: 'chemotherapy', ongoing: true }] }, 'ongoing chemotherapy'],
  ] as const)('%o → infection-risk note naming %s', (extra, name) => {
    expect(get(run({ ...base, ...(extra as Partial<PatientFactsInput>) }), 'pvp.infection-risk').because[0]).toContain(name);
  });
  it('a chemotherapy that has ended is not an infection risk', () => {
    expect(ids(run({ ...base, systemicTherapy: [{ agent: 'carboplatin', class: 'chemotherapy', ongoing: false }] }))).not.toContain('pvp.infection-risk');
  });
});
