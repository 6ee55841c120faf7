import { describe, expect, it } from 'vitest';
import { factsFor } from './test-support.js';
import { isText, render, unknownKeys } from '../texts.js';
import { type PatientFactsInput } from '../facts/index.js';
import { recommend } from './index.js';
import { SYSTEMIC_RULES, assessSupportiveCare, assessSystemicTherapy } from './systemic.js';

const facts = factsFor({ age: 60, sex: 'male' });
const systemic = (input: Partial<PatientFactsInput>, lang: 'en' | 'zh' | 'ja' = 'en') => render(assessSystemicTherapy(facts(input)), lang);
const findingOf = (input: Partial<PatientFactsInput>, id: string, lang: 'en' | 'zh' | 'ja' = 'en') => systemic(input, lang).findings.find((f) => f.id === id);
const nsclc = (extra: object = {}) => ({ histology: 'lung-nsclc', boneMetastasisConfirmed: true, ...extra }) as const;

describe('systemic therapy as an option (004 §4.2, rec 9)', () => {
  it.each([
    // [primary, metastases, verdict, evidence, source section]
    [nsclc(), { spinal: 2, extraspinalBone: 1 }, 'recommended', '1C', 'rec 9 (1C)'],
    [nsclc(), { spinal: 1, extraspinalBone: 0 }, 'recommended', null, '§4.2'],
    [{ histology: 'lung-sclc' }, {}, 'recommended', null, '§4.2.1'],
    [{ histology: 'breast' }, { spinal: 3, extraspinalBone: 0 }, 'consider', null, '§4.2'],
    [{}, {}, 'needs-information', null, '§4.2'],
  ] as const)('%o with %o → %s (%s, 004 %s)', (primary, metastases, verdict, evidence, section) => {
    const a = systemic({ primary, metastases });
    expect(a).toMatchObject({ verdict, decidedBy: 'systemic-therapy.indication' });
    expect(a.findings[0]).toMatchObject({ evidence, source: { document: '004', section } });
  });
  it('histology unknown → asks for it', () => {
    expect(systemic({}).findings[0]?.needs.map((n) => n.fact)).toEqual(['primary.histology']);
  });
  it('platinum doublet first line for lung cancer only (§4.2.1)', () => {
    expect(findingOf({ primary: { histology: 'lung-sclc' } }, 'systemic-therapy.chemotherapy')?.because[0]).toContain('platinum-based doublets');
    expect(findingOf({ primary: { histology: 'breast' } }, 'systemic-therapy.chemotherapy')).toBeUndefined();
  });
  it.each([
    // [egfr, alk, text the finding carries, needs]
    ['mutant', 'wild-type', 'EGFR tyrosine-kinase inhibitors', []],
    ['wild-type', 'rearranged', 'does not discuss ALK inhibitors', []],
    [undefined, undefined, 'record the driver status', ['primary.egfr', 'primary.alk']],
    ['wild-type', 'unknown', 'record the driver status', ['primary.alk']],
  ] as const)('NSCLC EGFR %s, ALK %s → targeted-by-driver (§4.2.3)', (egfr, alk, text, needs) => {
    const f = findingOf({ primary: nsclc({ ...(egfr ? { egfr } : {}), ...(alk ? { alk } : {}) }) }, 'systemic-therapy.targeted-by-driver');
    expect(f).toMatchObject({ verdict: 'info', source: { document: '004', section: '§4.2.3' } });
    expect(f?.because[0]).toContain(text);
    expect(f?.needs.map((n) => n.fact)).toEqual(needs);
  });
  it('both drivers negative → no targeted finding; the driver questions never hold the graded verdict', () => {
    expect(findingOf({ primary: nsclc({ egfr: 'wild-type', alk: 'wild-type' }) }, 'systemic-therapy.targeted-by-driver')).toBeUndefined();
    expect(systemic({ primary: nsclc(), metastases: { spinal: 2, extraspinalBone: 0 } }).verdict).toBe('recommended');
  });
  it('ICIs with denosumab (§4.2.2), bevacizumab (§4.2.4) and the open interplay readings, in zh', () => {
    expect(findingOf({ primary: nsclc() }, 'systemic-therapy.immunotherapy', 'zh')?.because[0]).toContain('地舒单抗');
    expect(findingOf({ primary: nsclc() }, 'systemic-therapy.anti-angiogenic')?.because[0]).toContain('bevacizumab');
    const interplay = findingOf({ primary: nsclc() }, 'systemic-therapy.interplay');
    expect(interplay?.because[0]).toContain('002 §1.5');
    expect(interplay?.because[0]).toContain('left open');
  });
  it('a deficit or ESCC 2–3 → local treatment first (002 §1.3)', () => {
    expect(findingOf({ primary: nsclc(), lesions: [{ level: 'T9', escc: '2' }] }, 'systemic-therapy.symptomatic-local-first')).toMatchObject({ source: { document: '002', section: '§1.3' } });
    expect(findingOf({ primary: nsclc(), lesions: [{ level: 'T9', escc: '1c' }] }, 'systemic-therapy.symptomatic-local-first')).toBeUndefined();
  });
});

describe('psychological and supportive care (004 §4.7)', () => {
  const care = (input: Partial<PatientFactsInput>, lang: 'en' | 'zh' | 'ja' = 'en') => render(assessSupportiveCare(facts(input)), lang);
  it.each([
    ['lung-nsclc', 'recommended'],
    ['lung-sclc', 'recommended'],
    ['breast', 'consider'],
  ] as const)('%s → %s', (histology, verdict) => {
    expect(care({ primary: { histology }, anxietyDepression: 'none' })).toMatchObject({ verdict, decidedBy: 'supportive-care.psychological-support' });
  });
  it.each([
    ['severe', '如患者合并焦虑抑郁障碍,可联合精神药物治疗,特别是重度焦虑抑郁障碍患者'],
    ['mild-moderate', 'may be combined'],
  ] as const)('anxiety or depression %s → psychotropic note', (anxietyDepression, text) => {
    expect(care({ anxietyDepression }).findings[1]?.because[0]).toContain(text);
  });
  it('not recorded → asked; none → no note', () => {
    expect(care({}).findings[1]?.needs.map((n) => n.fact)).toEqual(['anxietyDepression']);
    expect(care({ anxietyDepression: 'none' }).findings).toHaveLength(1);
  });
});

describe('catalogue', () => {
  it('every emitted finding id is catalogued', () => {
    const catalogued = new Set(SYSTEMIC_RULES.map((r) => r.id));
    const r = recommend({ patient: { age: 60, sex: 'male' }, primary: nsclc(), neurology: { frankel: 'D', deficitProgressing: false }, metastases: { spinal: 2, extraspinalBone: 0 } });
    const emitted = r.options.filter((o) => o.option === 'systemic-therapy' || o.option === 'supportive-care').flatMap((o) => o.findings.map((f) => f.id));
    expect(emitted.length).toBeGreaterThanOrEqual(8);
    for (const id of emitted) expect(catalogued.has(id), id).toBe(true);
  });
});

describe('systemic and supportive results are language-neutral', () => {
  it('findings carry catalogue texts, rendered only at the edge', () => {
    const results = [{ primary: nsclc(), lesions: [{ level: 'T9', escc: '2' }] }, { primary: { histology: 'kidney' as const } }, {}]
      .flatMap((input) => [assessSystemicTherapy(facts(input)), assessSupportiveCare(facts(input))]);
    expect(results.flatMap((r) => r.findings.flatMap((f) => [...f.because, ...f.needs.map((n) => n.why)])).every(isText)).toBe(true);
    expect(unknownKeys(results)).toEqual([]);
    expect(JSON.stringify(render(results, 'en'))).not.toContain('[object Object]');
  });
  it('another primary is named as it reads inside a sentence (lower case in English only)', () => {
    const kidney = { primary: { histology: 'kidney' as const }, anxietyDepression: 'none' as const };
    expect(findingOf(kidney, 'systemic-therapy.indication')?.because[0]).toContain('for kidney (renal cell) systemic therapy follows');
    expect(findingOf(kidney, 'systemic-therapy.indication', 'zh')?.because[0]).toContain('肾癌的全身治疗');
    expect(render(assessSupportiveCare(facts(kidney)), 'en').findings[0]?.because[0]).toContain('so for kidney (renal cell) it is offered');
    expect(render(assessSupportiveCare(facts({ anxietyDepression: 'none' })), 'ja').findings[0]?.because[0]).toContain('この原発腫瘍では');
  });
});
