import { describe, expect, it } from 'vitest';
import { factsFor } from './test-support.js';
import { isText, render, unknownKeys, type Rendered } from '../texts.js';
import type { Lang } from '../../i18n/lang.js';
import { patientFactsSchema, type PatientFactsInput } from '../facts/index.js';
import { ABLATION_RULES, assessCementoplasty, assessMwa, assessRfa } from './ablation.js';
import type { OptionAssessment } from './finding.js';

type LesionInput = NonNullable<PatientFactsInput['lesions']>[number];

const facts = factsFor({ age: 62, sex: 'male' });
const rfa = (input: Partial<PatientFactsInput>, lang: Lang = 'en') => render(assessRfa(facts(input)), lang);
const mwa = (input: Partial<PatientFactsInput>, lang: Lang = 'en') => render(assessMwa(facts(input)), lang);
const cementoplasty = (input: Partial<PatientFactsInput>, lang: Lang = 'en') => render(assessCementoplasty(facts(input)), lang);
const get = (result: Rendered<OptionAssessment>, id: string) => {
  const found = result.findings.find((f) => f.id === id);
  if (!found) throw new Error(`no finding ${id} in ${result.findings.map((f) => f.id).join(', ')}`);
  return found;
};
const ids = (result: Rendered<OptionAssessment>) => result.findings.map((f) => f.id);

/** A painful lytic T9 lesion 15 mm from the cord, SINS 8. */
const spinal = (over: Partial<LesionInput> = {}): LesionInput => ({ level: 'T9', character: 'lytic', painful: true, cordDistanceMm: 15, sins: 8, ...over });
const known: Partial<PatientFactsInput> = { infection: { local: false, systemic: false }, pain: { score: 6 } };

describe('RFA (002 §3.5; 004 §4.6.1)', () => {
  it('painful spinal metastasis 10 mm from the cord → palliative RFA (consider), electrode and cement notes', () => {
    const result = rfa({ ...known, lesions: [spinal({ cordDistanceMm: 10 })] });
    expect(result.verdict).toBe('consider');
    expect(get(result, 'rfa.palliative-pain')).toMatchObject({ verdict: 'consider', strength: 'consensus', source: { document: '002', section: '§3.5' } });
    expect(ids(result)).not.toContain('rfa.cord-distance');
    expect(get(result, 'rfa.electrode-placement').because[0]).toContain('posterior wall');
    expect(get(result, 'rfa.with-cement').verdict).toBe('info');
  });
  it('9.9 mm from the cord → contraindicated (within 1 cm)', () => {
    const result = rfa({ ...known, lesions: [spinal({ cordDistanceMm: 9.9 })] }, 'zh');
    expect(result.verdict).toBe('contraindicated');
    expect(get(result, 'rfa.cord-distance').because).toEqual(['肿瘤距离脊髓 1 cm 内：为射频消融的禁忌（002 §3.5）。', 'T9：距脊髓 9.9 mm。']);
  });
  it('no distance: ESCC 1c touches the cord → contraindicated; ESCC 1b → distance asked for', () => {
    expect(get(rfa({ ...known, lesions: [spinal({ cordDistanceMm: undefined, escc: '1c' })] }), 'rfa.cord-distance').verdict).toBe('contraindicated');
    const unknown = rfa({ ...known, lesions: [spinal({ cordDistanceMm: undefined, escc: '1b' })] });
    expect(get(unknown, 'rfa.cord-distance')).toMatchObject({ verdict: 'needs-information' });
    expect(get(unknown, 'rfa.cord-distance').needs.map((n) => n.fact)).toEqual(['lesions[0].cordDistanceMm']);
  });
  it('one of two painful lesions too close → consider the other', () => {
    const result = rfa({ ...known, lesions: [spinal({ cordDistanceMm: 5 }), spinal({ level: 'L3' })] });
    expect(result.verdict).toBe('consider');
    expect(get(result, 'rfa.cord-distance').because).toEqual([
      'Tumour within 1 cm of the spinal cord: radiofrequency ablation is contraindicated there (002 §3.5).',
      'T9: 5 mm from the cord.',
      'Ablate only the other lesions.',
    ]);
  });
  it('SINS 13 (unstable) or a broken posterior wall → paraplegia risk, contraindicated; SINS 12 → none; SINS unknown → asked for', () => {
    expect(get(rfa({ ...known, lesions: [spinal({ sins: 13 })] }), 'rfa.paraplegia-risk').verdict).toBe('contraindicated');
    expect(ids(rfa({ ...known, lesions: [spinal({ sins: 12 })] }))).not.toContain('rfa.paraplegia-risk');
    expect(get(rfa({ ...known, lesions: [spinal({ sins: undefined, posteriorWallIntact: false })] }), 'rfa.paraplegia-risk').because[1]).toBe('T9: posterior wall not intact.');
    expect(get(rfa({ ...known, lesions: [spinal({ sins: undefined })] }), 'rfa.paraplegia-risk').needs.map((n) => n.fact)).toEqual(['lesions[0].sins']);
  });
  it('severe coagulopathy, infection or severe organ failure → contraindicated; infection unknown → asked for', () => {
    expect(get(rfa({ ...known, lesions: [spinal()], comorbidities: { uncontrollableBleeding: true } }), 'rfa.coagulopathy').verdict).toBe('contraindicated');
    expect(get(rfa({ ...known, lesions: [spinal()], infection: { local: false, systemic: true } }), 'rfa.infection').because[0]).toContain('(systemic)');
    expect(get(rfa({ ...known, lesions: [spinal()], comorbidities: { severeHepatic: true } }), 'rfa.organ-failure').verdict).toBe('contraindicated');
    expect(get(rfa({ ...known, lesions: [spinal()], comorbidities: { severeHepatic: true, severeRenal: true } }, 'zh'), 'rfa.organ-failure').because[0]).toBe('重要脏器功能严重衰竭（肝、肾）：为射频消融禁忌证（002 §3.5）。');
    const unknown = rfa({ pain: { score: 6 }, lesions: [spinal()] });
    expect(get(unknown, 'rfa.infection')).toMatchObject({ verdict: 'info' });
    expect(unknown.verdict).toBe('consider');
  });
  it('painful extraspinal lesion → ablation per 004 §4.6.1 without spinal checks', () => {
    const result = rfa({ ...known, lesions: [{ site: 'ilium', character: 'lytic', painful: true }] }, 'ja');
    expect(result.verdict).toBe('consider');
    expect(get(result, 'rfa.extraspinal').source).toEqual({ document: '004', section: '§4.6.1' });
    expect(ids(result).filter((id) => ['rfa.cord-distance', 'rfa.paraplegia-risk', 'rfa.electrode-placement'].includes(id))).toEqual([]);
  });
  it('a painful lesion already irradiated → ablation for pain after radiotherapy', () => {
    expect(get(rfa({ ...known, lesions: [spinal({ previouslyIrradiated: true })] }), 'rfa.after-radiotherapy').because[0]).toContain('(T9)');
  });
  it('lung cancer with a painful osteolytic lesion → ablation with cement (004 rec 12, weak 2B); breast → none', () => {
    const lung = rfa({ ...known, primary: { histology: 'lung-nsclc' }, lesions: [spinal()] });
    expect(get(lung, 'rfa.lung-lytic-ablation-cement')).toMatchObject({ verdict: 'consider', strength: 'weak', evidence: '2B', recommendation: 'lc-bone-rec-12' });
    expect(ids(rfa({ ...known, primary: { histology: 'breast' }, lesions: [spinal()] }))).not.toContain('rfa.lung-lytic-ablation-cement');
  });
  it('no painful lesion → not recommended; no lesion or no pain recorded → needs information', () => {
    expect(rfa({ pain: { score: 0 }, lesions: [spinal({ painful: false })] }).verdict).toBe('not-recommended');
    expect(get(rfa({}), 'rfa.no-painful-lesion').needs.map((n) => n.fact)).toEqual(['lesions']);
    expect(get(rfa({ lesions: [{ level: 'T9' }] }), 'rfa.no-painful-lesion').needs.map((n) => n.fact)).toEqual(['pain']);
  });
});

describe('MWA (002 §3.5)', () => {
  const typed = (tomitaSites: LesionInput['tomitaSites'], over: Partial<LesionInput> = {}) => mwa({ ...known, lesions: [spinal({ tomitaSites, ...over })] });
  it('Tomita types 1–3 (intracompartmental) → MWA alone (consider)', () => {
    expect(get(typed(['body']), 'mwa.intracompartmental').because[0]).toContain('(T9 (Tomita type 1))');
    expect(get(typed(['body', 'pedicle', 'lamina']), 'mwa.intracompartmental').because[0]).toContain('Tomita type 3');
    expect(ids(typed(['body']))).not.toContain('mwa.extracompartmental');
  });
  it('type 4 (spinal canal) or 6 (a span over two vertebrae) → only combined with surgery or RT', () => {
    expect(get(typed(['body', 'spinal-canal']), 'mwa.extracompartmental').because[0]).toContain('Tomita type 4');
    expect(get(typed(['body'], { level: 'T12-L1' }), 'mwa.extracompartmental').because[0]).toContain('Tomita type 6');
    expect(ids(typed(['body'], { level: 'T12-L1', adjacentVertebrae: false }))).toContain('mwa.intracompartmental');
  });
  it('posterior elements only → no Tomita type 1–3, so combined', () => {
    expect(get(typed(['lamina'], {}), 'mwa.extracompartmental').because[0]).toContain('posterior elements only');
  });
  it('Tomita sites missing → needs information', () => {
    const result = typed(undefined);
    expect(result.verdict).toBe('needs-information');
    expect(get(result, 'mwa.tomita-type').needs.map((n) => n.fact)).toEqual(['lesions[0].tomitaSites']);
  });
  it('severe coagulopathy, cerebrovascular disease, severe cardiac or pulmonary dysfunction → contraindicated', () => {
    expect(get(mwa({ ...known, lesions: [spinal({ tomitaSites: ['body'] })], comorbidities: { uncontrollableBleeding: true } }), 'mwa.coagulopathy').verdict).toBe('contraindicated');
    const vascular = mwa({ ...known, lesions: [spinal({ tomitaSites: ['body'] })], comorbidities: { cerebrovascular: true, severePulmonary: true } }, 'zh');
    expect(vascular.verdict).toBe('contraindicated');
    expect(get(vascular, 'mwa.cardiopulmonary').because[0]).toBe('心脑血管疾病或肺功能障碍（脑血管疾病、严重肺功能障碍）：为微波消融禁忌证（002 §3.5）。');
    expect(ids(mwa({ ...known, lesions: [spinal({ tomitaSites: ['body'] })], comorbidities: { severeHepatic: true } }))).not.toContain('mwa.cardiopulmonary');
  });
  it('combined with vertebroplasty or separation surgery (note)', () => {
    expect(get(typed(['body']), 'mwa.combined-procedures').source).toEqual({ document: '002', section: '§3.5' });
  });
  it('painful extraspinal lesions only: not recommended, unless lytic lung cancer (004 rec 12)', () => {
    const extra = { ...known, lesions: [{ site: 'proximal-femur', character: 'lytic', painful: true }] } satisfies Partial<PatientFactsInput>;
    expect(get(mwa(extra), 'mwa.no-spinal-lesion').verdict).toBe('not-recommended');
    const lung = mwa({ ...extra, primary: { histology: 'lung-sclc' } });
    expect(lung.verdict).toBe('consider');
    expect(ids(lung)).toEqual(['mwa.lung-lytic-ablation-cement']);
  });
});

describe('extraspinal cementoplasty (004 §4.5.4.3, §4.6.2–§4.6.3; 003)', () => {
  const safe: Partial<PatientFactsInput> = { labs: { plateletsPerUl: 200_000, ptRatio: 1, apttRatio: 1 }, infection: { local: false, systemic: false }, pmmaAllergy: false };
  it('lytic iliac lesion sparing the acetabulum → cementoplasty as load-bearing reinforcement (consider), with the 003 guidance note', () => {
    const result = cementoplasty({ ...safe, lesions: [{ site: 'ilium', character: 'lytic', painful: true, acetabulumInvolved: false }] });
    expect(result.verdict).toBe('consider');
    expect(get(result, 'cementoplasty.osteolytic')).toMatchObject({ verdict: 'consider', strength: 'narrative', source: { document: '004', section: '§4.6.2' } });
    expect(get(result, 'cementoplasty.load-bearing-reinforcement').source).toEqual({ document: '004', section: '§4.5.4.3' });
    expect(get(result, 'cementoplasty.iliac-guidance')).toMatchObject({ verdict: 'info', strength: 'study', source: { document: '003', section: 'abstract' } });
    expect(get(result, 'cementoplasty.iliac-guidance').because[0]).toContain('leaks in 1 vs 2');
  });
  it('acetabulum involved → arthroplasty is the surgical option (note); ilium with acetabulum unknown → asked for', () => {
    const involved = cementoplasty({ ...safe, lesions: [{ site: 'acetabulum', character: 'mixed' }, { site: 'ilium', character: 'lytic', acetabulumInvolved: true }] }, 'zh');
    expect(get(involved, 'cementoplasty.acetabulum-involved').because[0]).toContain('全髋关节置换');
    expect(ids(involved)).not.toContain('cementoplasty.load-bearing-reinforcement');
    const unknown = cementoplasty({ ...safe, lesions: [{ site: 'ilium', character: 'lytic' }] });
    expect(get(unknown, 'cementoplasty.acetabulum-unknown').needs.map((n) => n.fact)).toEqual(['lesions[0].acetabulumInvolved']);
  });
  it('pubis/ischium → non-load-bearing note; proximal femur → 004 §4.6.2 note', () => {
    expect(get(cementoplasty({ ...safe, lesions: [{ site: 'pubis-ischium', character: 'lytic' }] }), 'cementoplasty.non-load-bearing').verdict).toBe('info');
    expect(get(cementoplasty({ ...safe, lesions: [{ site: 'proximal-femur', character: 'lytic' }] }, 'ja'), 'cementoplasty.proximal-femur').because[0]).toContain('大腿骨近位部');
  });
  it('only osteoblastic lesions → not recommended; unknown character → needs information', () => {
    const blastic = cementoplasty({ ...safe, lesions: [{ site: 'ilium', character: 'blastic', acetabulumInvolved: false }] });
    expect(blastic.verdict).toBe('not-recommended');
    expect(ids(blastic)).not.toContain('cementoplasty.load-bearing-reinforcement');
    const unknown = cementoplasty({ ...safe, lesions: [{ site: 'long-bone' }] });
    expect(unknown.verdict).toBe('needs-information');
    expect(get(unknown, 'cementoplasty.character').needs.map((n) => n.fact)).toEqual(['lesions[0].character']);
  });
  it('a blastic lesion beside a lytic one is only a note', () => {
    const result = cementoplasty({ ...safe, lesions: [{ site: 'long-bone', character: 'lytic' }, { site: 'other-bone', character: 'blastic' }] });
    expect(get(result, 'cementoplasty.osteoblastic').verdict).toBe('info');
    expect(result.verdict).toBe('consider');
  });
  it('lung cancer with an osteolytic extraspinal lesion → ablation with cement (004 rec 12, 2B)', () => {
    expect(get(cementoplasty({ ...safe, primary: { histology: 'lung-nsclc' }, lesions: [{ site: 'long-bone', character: 'lytic' }] }), 'cementoplasty.lung-lytic-ablation-cement').evidence).toBe('2B');
  });
  it('refractory pain or an irradiated painful lesion → I-125 brachytherapy note', () => {
    expect(ids(cementoplasty({ ...safe, pain: { score: 7, refractory: true }, lesions: [{ site: 'sacrum', character: 'lytic' }] }))).toContain('cementoplasty.brachytherapy');
    expect(ids(cementoplasty({ ...safe, pain: { score: 7 }, lesions: [{ site: 'sacrum', character: 'lytic', previouslyIrradiated: true }] }))).toContain('cementoplasty.brachytherapy');
    expect(ids(cementoplasty({ ...safe, pain: { score: 7 }, lesions: [{ site: 'sacrum', character: 'lytic' }] }))).not.toContain('cementoplasty.brachytherapy');
  });
  it('the vertebral-cement contraindications apply to PMMA elsewhere: infection, PMMA allergy, bleeding, pregnancy', () => {
    const infected = cementoplasty({ ...safe, infection: { local: true, systemic: false }, lesions: [{ site: 'long-bone', character: 'lytic' }] });
    expect(infected.verdict).toBe('contraindicated');
    expect(get(infected, 'cementoplasty.infection').because[1]).toBe('The sources list this for vertebral cement; it applies equally to percutaneous PMMA injection elsewhere.');
    expect(get(cementoplasty({ ...safe, pmmaAllergy: true, lesions: [{ site: 'long-bone', character: 'lytic' }] }), 'cementoplasty.pmma-allergy').verdict).toBe('contraindicated');
    expect(get(cementoplasty({ ...safe, labs: { plateletsPerUl: 99_999, ptRatio: 1, apttRatio: 1 }, lesions: [{ site: 'long-bone', character: 'lytic' }] }), 'cementoplasty.bleeding-risk').verdict).toBe('consider');
    expect(get(cementoplasty({ ...safe, patient: { age: 30, sex: 'female' }, lesions: [{ site: 'long-bone', character: 'lytic' }] }), 'cementoplasty.pregnancy').needs.map((n) => n.fact)).toEqual(['patient.pregnant']);
  });
  it('no extraspinal lesion → not recommended; counted but not described, or nothing at all → needs information', () => {
    expect(cementoplasty({ lesions: [{ level: 'T9', character: 'lytic' }] }).verdict).toBe('not-recommended');
    expect(get(cementoplasty({ metastases: { extraspinalBone: 2 }, lesions: [{ level: 'T9' }] }), 'cementoplasty.no-extraspinal-lesion').because[0]).toContain('2 extraspinal bone metastases');
    expect(cementoplasty({}).verdict).toBe('needs-information');
  });
});

describe('ablation results are language-neutral', () => {
  it('RFA, MWA and cementoplasty carry catalogue texts, rendered only at the edge', () => {
    const input = facts({ ...known, comorbidities: { severeCardiac: true, cerebrovascular: true }, labs: { plateletsPerUl: 45_000 },
      lesions: [spinal({ cordDistanceMm: 5, sins: 14, tomitaSites: ['body'] }), spinal({ level: 'L2', tomitaSites: ['lamina'] }), { site: 'ilium', character: 'lytic', painful: true }] });
    const results = [assessRfa(input), assessMwa(input), assessCementoplasty(input)];
    expect(results.flatMap((r) => r.findings.flatMap((f) => [...f.because, ...f.needs.map((n) => n.why)])).every(isText)).toBe(true);
    expect(unknownKeys(results)).toEqual([]);
    expect(JSON.stringify(render(results, 'en'))).not.toContain('[object Object]');
  });
});

describe('ablation rule catalogue', () => {
  it('lists every finding id the rules emit, once', () => {
    const catalogued = ABLATION_RULES.map((r) => r.id);
    expect(new Set(catalogued).size).toBe(catalogued.length);
    const scenarios: Partial<PatientFactsInput>[] = [
      {},
      { lesions: [{ level: 'T9' }] },
      { pain: { score: 0 }, lesions: [{ level: 'T9', painful: false }] },
      { primary: { histology: 'lung-nsclc' }, pain: { score: 8, refractory: true }, comorbidities: { uncontrollableBleeding: true, severeCardiac: true, cerebrovascular: true }, patient: { age: 30, sex: 'female' },
        lesions: [spinal({ cordDistanceMm: 3, sins: 14, tomitaSites: ['body'], previouslyIrradiated: true }), spinal({ level: 'L2', cordDistanceMm: undefined, sins: undefined }), spinal({ level: 'L4', tomitaSites: ['body', 'paravertebral'] }),
          { site: 'ilium', character: 'lytic' }, { site: 'ilium', character: 'lytic', acetabulumInvolved: false }, { site: 'acetabulum', character: 'lytic' }, { site: 'pubis-ischium', character: 'blastic' }, { site: 'pubis-ischium', character: 'mixed' }, { site: 'proximal-femur', character: 'lytic', previouslyIrradiated: true }, { site: 'long-bone' }] },
      { infection: { local: true, systemic: true }, pmmaAllergy: true, comorbidities: { severeRenal: true }, pain: { score: 5 }, lesions: [{ site: 'long-bone', character: 'blastic' }] },
      { metastases: { extraspinalBone: 1 }, pain: { score: 5 }, lesions: [{ site: 'proximal-femur', character: 'lytic' }] },
      { metastases: { extraspinalBone: 3 }, lesions: [{ level: 'L1' }] },
    ];
    for (const scenario of scenarios) {
      for (const result of [rfa(scenario), mwa(scenario), cementoplasty(scenario)]) for (const id of ids(result)) expect(catalogued, id).toContain(id);
    }
  });
});

describe('ablation and coagulation values (002 §3.5 with 001 review 2(3))', () => {
  const base = { patient: { age: 66, sex: 'male' }, pain: { score: 7 }, lesions: [{ level: 'L2', painful: true, escc: '0', sins: 8, cordDistanceMm: 15 }], infection: { local: false, systemic: false } } as const;
  it('values beyond the caution thresholds → consider (correct first), not recommended silently', () => {
    // 002 §3.5: "禁忌证还包括：（1）有严重的凝血功能障碍" (RFA) and "禁忌证包括：（1）严重的凝血功能障碍" (MWA)
    for (const [option, run] of [['rfa', assessRfa], ['mwa', assessMwa]] as const) {
      const low = render(run(patientFactsSchema.parse({ ...base, labs: { plateletsPerUl: 45_000, ptRatio: 1.1, apttRatio: 1.0 } })), 'en');
      expect(low.findings.find((f) => f.id === `${option}.coagulopathy`)).toMatchObject({ verdict: 'consider', source: { document: '002', section: '§3.5' } });
      expect(low.findings.find((f) => f.id === `${option}.coagulopathy`)?.because[0]).toContain('platelets 45000/µL');
      expect(low.verdict).not.toBe('recommended');
      const pt = render(run(patientFactsSchema.parse({ ...base, labs: { plateletsPerUl: 200_000, ptRatio: 1.8, apttRatio: 1.0 } })), 'en');
      expect(pt.findings.find((f) => f.id === `${option}.coagulopathy`)?.because[0]).toContain('PT 1.8 ×');
      const normal = render(run(patientFactsSchema.parse({ ...base, labs: { plateletsPerUl: 200_000, ptRatio: 1.0, apttRatio: 1.0 } })), 'en');
      expect(normal.findings.map((f) => f.id)).not.toContain(`${option}.coagulopathy`);
      const bleeding = render(run(patientFactsSchema.parse({ ...base, comorbidities: { uncontrollableBleeding: true } })), 'en');
      expect(bleeding.verdict).toBe('contraindicated');
    }
  });
});
