import { describe, expect, it } from 'vitest';
import { factsFor } from './test-support.js';
import { render } from '../texts.js';
import { patientFactsSchema, type PatientFactsInput } from '../facts/index.js';
import { recommend } from './index.js';
import { assessLongBoneSurgery } from './long-bone.js';
import { assessPalliativeSurgery, assessTes } from './surgery.js';

const facts = factsFor({ age: 60, sex: 'male' });
const assessed = (input: Partial<PatientFactsInput>, lang: 'en' | 'zh' | 'ja' = 'en') => render(assessLongBoneSurgery(facts(input)), lang);
const findingOf = (input: Partial<PatientFactsInput>, id: string, lang: 'en' | 'zh' | 'ja' = 'en') => assessed(input, lang).findings.find((f) => f.id === id);
const femurShaft = { site: 'long-bone', longBone: 'femur', boneRegion: 'shaft' } as const;
const humerus = { site: 'long-bone', longBone: 'humerus' } as const;

describe('long-bone surgery (004 §4.5.4.1, §4.5.2)', () => {
  it.each([
    // [lesions, pain, verdict, decided by, section]
    [[{ ...femurShaft, fracture: 'pathological' }], undefined, 'recommended', 'long-bone-surgery.indication', '§4.5.4.1'],
    [[{ ...humerus, fracture: 'none', painful: true }], { score: 8, refractory: true }, 'recommended', 'long-bone-surgery.indication', '§4.5.4.1'],
    [[{ ...humerus, fracture: 'impending' }], undefined, 'consider', 'long-bone-surgery.indication', '§4.5.2'],
    [[{ ...humerus, fracture: 'none', painful: true }], { score: 8, refractory: false }, 'not-recommended', 'long-bone-surgery.indication', '§4.5.2'],
    [[{ ...humerus }], undefined, 'needs-information', 'long-bone-surgery.indication', '§4.5.4.1'],
  ] as const)('%j with pain %j → %s', (lesions, pain, verdict, decidedBy, section) => {
    const a = assessed({ lesions: [...lesions], ...(pain ? { pain } : {}), toleratesSurgery: true });
    expect(a.verdict).toBe(verdict);
    expect(a.decidedBy).toBe(decidedBy);
    expect(a.findings.find((f) => f.id === decidedBy)).toMatchObject({ tier: 'narrative', source: { document: '004', section } });
  });
  it('patient-level refractory pain is not read as a long bone\'s when another lesion is painful too', () => {
    const lesions = [{ level: 'L1', painful: true }, { ...humerus, fracture: 'none', painful: true }] as PatientFactsInput['lesions'];
    const a = assessed({ lesions, pain: { score: 8, refractory: true }, toleratesSurgery: true });
    expect(a.verdict).toBe('not-recommended'); // no fracture, no impending fracture: 004 §4.5.2
    expect(a.findings.find((f) => f.id === 'long-bone-surgery.indication')?.because[0]).toMatch(/^No long-bone lesion has a pathological or impending fracture or intolerable pain/);
    // the same humerus alone with the patient's refractory pain is the 004 §4.5.4.1 indication
    expect(assessed({ lesions: [{ ...humerus, fracture: 'none', painful: true }], pain: { score: 8, refractory: true }, toleratesSurgery: true }).verdict).toBe('recommended');
  });
  it('asks for the fracture status of the lesion it speaks of', () => {
    expect(findingOf({ lesions: [{ level: 'T10' }, { ...humerus }] }, 'long-bone-surgery.indication')?.needs.map((n) => n.fact)).toEqual(['lesions[1].fracture']);
  });
  it('reads long-bone lesions only: a fractured vertebra does not indicate long-bone surgery', () => {
    const a = assessed({ lesions: [{ level: 'L1', fracture: 'pathological' }, { ...humerus, fracture: 'none' }] });
    expect(a.verdict).toBe('not-recommended');
    expect(a.findings[0]?.because[0]).not.toContain('L1');
  });
  it('no long-bone lesion → not recommended; no lesion at all → needs information', () => {
    expect(assessed({ lesions: [{ level: 'L1' }, { site: 'ilium' }] })).toMatchObject({ verdict: 'not-recommended', decidedBy: 'long-bone-surgery.no-long-bone-lesion' });
    expect(assessed({}).findings[0]?.needs.map((n) => n.fact)).toEqual(['lesions']);
  });
  it('bone end → resection and prosthesis; shaft → cement-augmented fixation or segmental prosthesis; unknown → asked', () => {
    const f = findingOf({ lesions: [{ ...femurShaft, fracture: 'pathological' }, { site: 'long-bone', longBone: 'tibia', boneRegion: 'end', fracture: 'none' }, { ...humerus, fracture: 'none' }] }, 'long-bone-surgery.procedure');
    expect(f?.because[0]).toBe('femur (lesion 1), shaft (diaphysis): cement-augmented internal fixation or segmental prosthetic reconstruction (004 §4.5.4.1).');
    expect(f?.because[1]).toBe('tibia (lesion 2), bone end (epiphysis/metaphysis): resection of the tumour segment and prosthetic reconstruction (004 §4.5.4.1).');
    expect(f?.needs.map((n) => n.fact)).toEqual(['lesions[2].boneRegion']);
    expect(findingOf({ lesions: [{ ...femurShaft, fracture: 'pathological' }] }, 'long-bone-surgery.procedure', 'zh')?.because[0]).toBe('股骨（病灶 1） 骨干病灶：可考虑骨水泥填充内固定或节段假体重建（004 §4.5.4.1）。');
  });
  it('amputation: uncontrolled destruction with neurovascular involvement → a note quoting the open reading; destruction alone → none', () => {
    const candidate = { ...femurShaft, fracture: 'none', destructionUncontrolled: true, neurovascularInvolved: true } as const;
    const a = assessed({ lesions: [candidate], toleratesSurgery: true });
    expect(a.findings.find((f) => f.id === 'long-bone-surgery.amputation')?.because[0]).toContain('为提高生存质量可采用截肢手术');
    expect(a).toMatchObject({ verdict: 'consider', decidedBy: 'long-bone-surgery.indication' });
    expect(findingOf({ lesions: [{ ...candidate, neurovascularInvolved: false }] }, 'long-bone-surgery.amputation')).toBeUndefined();
  });
});

describe('Mirels in long-bone surgery (public, framework tier)', () => {
  const scored = { ...humerus, character: 'lytic', limbPain: 'moderate', cortexInvolved: 'third-to-two-thirds' } as const; // 1 + 2 + 3 + 2 = 8
  it('scores each unbroken long-bone lesion: 8 → consider', () => {
    const f = findingOf({ lesions: [{ ...scored, fracture: 'none' }] }, 'long-bone-surgery.mirels');
    expect(f).toMatchObject({ verdict: 'consider', tier: 'framework', strength: 'definition', source: { document: 'public' } });
    expect(f?.because[0]).toContain('8/12');
  });
  it('Mirels ≥ 9 makes the lesion an impending fracture: peritrochanteric, functional, lytic, > 2/3 = 12', () => {
    const lesion = { site: 'proximal-femur', peritrochanteric: true, character: 'lytic', limbPain: 'functional', cortexInvolved: 'over-two-thirds', fracture: 'none' } as const;
    const a = assessed({ lesions: [lesion], toleratesSurgery: true });
    expect(a.findings.find((f) => f.id === 'long-bone-surgery.mirels')).toMatchObject({ verdict: 'recommended' });
    expect(a).toMatchObject({ verdict: 'consider', decidedBy: 'long-bone-surgery.indication' });
  });
  it('a low score at one bone never tempers the operation another bone needs (info, no conflict)', () => {
    const low = { ...humerus, character: 'blastic', limbPain: 'mild', cortexInvolved: 'under-third', fracture: 'none' } as const; // 4
    const a = assessed({ lesions: [{ ...femurShaft, fracture: 'pathological' }, low], toleratesSurgery: true });
    expect(a.findings.find((f) => f.id === 'long-bone-surgery.mirels')?.verdict).toBe('info');
    expect(a.verdict).toBe('recommended');
  });
  it('asks for the missing items of the lesion, by path (proximal femur: whether peritrochanteric)', () => {
    const f = findingOf({ lesions: [{ site: 'proximal-femur', fracture: 'none' }] }, 'long-bone-surgery.mirels');
    expect(f?.needs.map((n) => n.fact)).toEqual(['lesions[0].peritrochanteric', 'lesions[0].limbPain', 'lesions[0].character', 'lesions[0].cortexInvolved']);
  });
});

describe('long-bone facts', () => {
  it('refuses long-bone fields on another lesion, and a proximal-femur lesion in another bone', () => {
    const issues = (lesion: object) => patientFactsSchema.safeParse({ patient: { age: 60, sex: 'male' }, lesions: [lesion] }).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ level: 'T10', longBone: 'femur' })).toEqual(['lesions.0.longBone']);
    expect(issues({ site: 'proximal-femur', longBone: 'humerus' })).toEqual(['lesions.0.longBone']);
    expect(issues({ site: 'long-bone', longBone: 'tibia', peritrochanteric: true })).toEqual(['lesions.0.peritrochanteric']);
    expect(issues({ site: 'long-bone', longBone: 'femur', peritrochanteric: true, limbPain: 'functional' })).toBeUndefined();
  });
});

describe('pre-operative general condition (002 §1.1): a caution, not a contraindication', () => {
  const deficit: Partial<PatientFactsInput> = { neurology: { frankel: 'C', deficitProgressing: true }, lesions: [{ level: 'T10', escc: '3' }], toleratesSurgery: true };
  it.each([
    [{ plateletsPerUl: 99_999 }, true],
    [{ plateletsPerUl: 100_000 }, false],
    [{ ptRatio: 1.61 }, true],
    [{ ptRatio: 1.6 }, false],
    [{ apttRatio: 1.51 }, true],
    [{ apttRatio: 1.5 }, false],
  ] as const)('labs %o → caution %s (001 review 2(3) thresholds as the reading)', (labs, fires) => {
    const f = render(assessPalliativeSurgery(facts({ ...deficit, labs })), 'en').findings.find((x) => x.id === 'palliative-surgery.general-condition');
    expect(f !== undefined).toBe(fires);
  });
  it('low counts temper a recommended operation to consider (correct first) and name themselves; a stated contraindication still decides', () => {
    const suppressed: Partial<PatientFactsInput> = { ...deficit, comorbidities: { marrowSuppression: true } };
    const a = render(assessPalliativeSurgery(facts(suppressed)), 'en');
    expect(a).toMatchObject({ verdict: 'consider', decidedBy: 'palliative-surgery.general-condition' });
    expect(a.findings.find((f) => f.id === 'palliative-surgery.general-condition')).toMatchObject({ tier: 'narrative', source: { document: '002', section: '§1.1' } });
    expect(render(assessTes(facts({ ...suppressed, toleratesSurgery: false })), 'en').verdict).toBe('contraindicated');
  });
  it('dexamethasone for MSCC, diabetes or low bone density are listed and never temper the decompression', () => {
    const listed: Partial<PatientFactsInput> = { ...deficit, comorbidities: { diabetes: true, lowBoneDensity: true }, systemicTherapy: [{ agent: 'dexamethasone', class: 'corticosteroid', ongoing: true }] };
    const a = render(assessPalliativeSurgery(facts(listed)), 'en');
    expect(a.verdict).toBe('recommended');
    const f = a.findings.find((x) => x.id === 'palliative-surgery.general-condition');
    expect(f?.verdict).toBe('info');
    expect(f?.because[0]).toContain('corticosteroid treatment, low bone density (poor purchase for fixation), diabetes');
  });
  it('lists marrow suppression and low bone density in every language', () => {
    const input: Partial<PatientFactsInput> = { lesions: [{ ...femurShaft, fracture: 'pathological' }], comorbidities: { marrowSuppression: true, lowBoneDensity: true } };
    expect(findingOf(input, 'long-bone-surgery.general-condition', 'zh')?.because[0]).toContain('骨髓抑制、骨密度低');
    expect(findingOf(input, 'long-bone-surgery.general-condition', 'ja')?.because[0]).toContain('骨髄抑制、骨密度低下');
  });
});

describe('long-bone surgery in recommend()', () => {
  it('waits on the fitness screen with the verdict it would have', () => {
    const r = recommend({ patient: { age: 60, sex: 'male' }, lesions: [{ ...femurShaft, fracture: 'pathological' }] });
    expect(r.options.find((o) => o.option === 'long-bone-surgery')).toMatchObject({ verdict: 'needs-information', pending: { verdict: 'recommended', facts: ['toleratesSurgery'] } });
  });
});

describe('vignette: EGFR-mutant NSCLC, femoral shaft fracture and a painful L1', () => {
  const r = recommend({
    patient: { age: 58, sex: 'female', weightKg: 60 },
    primary: { histology: 'lung-nsclc', egfr: 'mutant', alk: 'wild-type', boneMetastasisConfirmed: true },
    metastases: { spinal: 1, extraspinalBone: 1, visceral: 'none' },
    lesions: [{ level: 'L1', character: 'lytic', painful: true }, { ...femurShaft, character: 'lytic', fracture: 'pathological' }],
    pain: { score: 7 },
    toleratesSurgery: true,
    anxietyDepression: 'severe',
    boneAgents: { invasiveDentalPlanned: true },
  });
  const option = (id: string) => render(r, 'en').options.find((o) => o.option === id);
  it('each new option answers with its own source', () => {
    expect(option('long-bone-surgery')).toMatchObject({ verdict: 'recommended', decidedBy: 'long-bone-surgery.indication' });
    // Two bone metastases: 004 rec 9 (1C) puts systemic therapy first; EGFR-TKIs per §4.2.3.
    expect(option('systemic-therapy')).toMatchObject({ verdict: 'recommended', decidedBy: 'systemic-therapy.indication' });
    expect(option('systemic-therapy')?.findings[0]?.evidence).toBe('1C');
    expect(option('systemic-therapy')?.findings.some((f) => f.because.some((b) => b.includes('EGFR tyrosine-kinase inhibitors')))).toBe(true);
    expect(option('supportive-care')?.verdict).toBe('recommended');
    expect(option('supportive-care')?.findings[1]?.because[0]).toContain('psychotropic');
  });
  it('the long-bone rules do not speak of L1, and the dental plan tempers the bone agent', () => {
    for (const f of option('long-bone-surgery')?.findings ?? []) for (const b of f.because) expect(b).not.toContain('L1');
    expect(option('bma')?.findings.some((f) => f.id === 'bma.invasive-dental-work' && f.verdict === 'consider')).toBe(true);
  });
});
