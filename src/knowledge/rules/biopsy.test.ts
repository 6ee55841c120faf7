import { describe, expect, it } from 'vitest';
import { factsFor } from './test-support.js';
import { render } from '../texts.js';
import { type PatientFactsInput } from '../facts/index.js';
import { BIOPSY_RULES, assessBiopsy } from './biopsy.js';

const facts = factsFor({ age: 62, sex: 'male' });
const ids = (input: Partial<PatientFactsInput>, lang: 'en' | 'zh' | 'ja' = 'en') => render(assessBiopsy(facts(input)), lang).findings.map((f) => f.id);

describe('biopsy and diagnosis pathway (002 §1.4, 004 recs 1–3)', () => {
  it('no cancer history → biopsy recommended, with the technique note', () => {
    const result = render(assessBiopsy(facts({ primary: { cancerHistory: 'none' } })), 'en');
    expect(result.verdict).toBe('recommended');
    expect(result.findings.map((f) => f.id)).toEqual(['biopsy.no-history-or-unknown-primary', 'biopsy.technique']);
    expect(result.findings[0]?.source).toEqual({ document: '002', section: '§1.4' });
  });
  it('unknown primary and long-inactive primary → biopsy recommended', () => {
    expect(render(assessBiopsy(facts({ primary: { histology: 'unknown-primary' } })), 'en').verdict).toBe('recommended');
    expect(ids({ primary: { histology: 'breast', cancerHistory: 'known-inactive' } })).toContain('biopsy.long-inactive-primary');
  });
  it('lung cancer with a solitary lesion → biopsy (1A); with multiple lesions → not needed (1A)', () => {
    const solitary = render(assessBiopsy(facts({ primary: { histology: 'lung-nsclc', cancerHistory: 'known-active' }, metastases: { spinal: 1, extraspinalBone: 0 } })), 'en');
    expect(solitary.verdict).toBe('recommended');
    expect(solitary.findings[0]).toMatchObject({ id: 'biopsy.solitary-lesion', strength: 'strong', evidence: '1A', recommendation: 'lc-bone-rec-3' });
    const multiple = render(assessBiopsy(facts({ primary: { histology: 'lung-nsclc', cancerHistory: 'known-active' }, metastases: { spinal: 2, extraspinalBone: 3 } })), 'zh');
    expect(multiple.verdict).toBe('not-recommended');
    expect(multiple.findings[0]?.because[0]).toBe('确诊肺癌伴全身多发骨破坏（5 处）：不必进行骨活检。');
  });
  it('a solitary lesion of another cancer → biopsy by 004 §3.1.7', () => {
    const result = render(assessBiopsy(facts({ primary: { histology: 'breast', cancerHistory: 'known-active' }, metastases: { spinal: 1, extraspinalBone: 0 } })), 'en');
    expect(result.findings[0]).toMatchObject({ id: 'biopsy.solitary-lesion', strength: 'narrative', source: { document: '004', section: '§3.1.7' } });
  });
  it('known active non-lung cancer with multiple metastases → biopsy when time allows', () => {
    expect(render(assessBiopsy(facts({ primary: { histology: 'kidney', cancerHistory: 'known-active' }, metastases: { spinal: 2, extraspinalBone: 1 } })), 'en').verdict).toBe('consider');
  });
  it('a progressing deficit overrides: decompress directly (002 §1.4)', () => {
    const result = render(assessBiopsy(facts({ primary: { cancerHistory: 'none' }, neurology: { frankel: 'C', deficitProgressing: true } })), 'ja');
    expect(result.verdict).toBe('not-recommended');
    expect(result.findings.find((f) => f.id === 'biopsy.progressive-deficit')?.because[0]).toContain('直ちに除圧術');
  });
  it('conclusive imaging with a plan histology would not change → may omit', () => {
    expect(ids({ primary: { histology: 'breast', cancerHistory: 'known-active' }, diagnosis: { imagingConclusive: true, histologyWouldChangePlan: false } })).toContain('biopsy.may-omit');
    expect(ids({ primary: { histology: 'breast', cancerHistory: 'known-active' }, diagnosis: { imagingConclusive: true } })).not.toContain('biopsy.may-omit');
  });
  it('lung cancer with bone pain and no confirmed metastasis → bone scan first (1A); positive scan → work-up (2A)', () => {
    const screening = render(assessBiopsy(facts({ primary: { histology: 'lung-nsclc', cancerHistory: 'known-active' }, pain: { score: 5 }, labs: { alpRaised: true } })), 'en');
    const scan = screening.findings.find((f) => f.id === 'biopsy.bone-scan-first');
    expect(scan).toMatchObject({ verdict: 'info', evidence: '1A' });
    expect(scan?.because[0]).toContain('bone pain, raised alkaline phosphatase');
    const positive = render(assessBiopsy(facts({ primary: { histology: 'lung-nsclc', cancerHistory: 'known-active' }, diagnosis: { boneScan: 'positive' } })), 'en');
    expect(positive.findings.map((f) => f.id)).toContain('biopsy.positive-scan-work-up');
    expect(ids({ primary: { histology: 'lung-nsclc', boneMetastasisConfirmed: true }, pain: { score: 5 } })).not.toContain('biopsy.bone-scan-first');
  });
  it('with nothing to decide on, names the missing facts', () => {
    const result = render(assessBiopsy(facts({})), 'en');
    expect(result.verdict).toBe('needs-information');
    expect(result.findings[0]?.needs.map((n) => n.fact)).toEqual(['primary.cancerHistory', 'metastases.spinal', 'metastases.extraspinalBone']);
  });
  it('every emitted finding id is catalogued', () => {
    const catalogued = new Set(BIOPSY_RULES.map((r) => r.id));
    const emitted = [
      ...ids({ primary: { cancerHistory: 'none' } }),
      ...ids({ primary: { histology: 'lung-nsclc', cancerHistory: 'known-active' }, pain: { score: 5 }, diagnosis: { boneScan: 'positive' }, metastases: { spinal: 2, extraspinalBone: 2 } }),
      ...ids({ primary: { histology: 'lung-nsclc', cancerHistory: 'known-active' }, pain: { score: 5 } }),
      ...ids({}),
    ];
    for (const id of emitted) expect(catalogued.has(id), id).toBe(true);
  });
});

describe('imaging pathway (004 §3.1.3–3.1.6)', () => {
  const findingOf = (input: Partial<PatientFactsInput>, id: string, lang: 'en' | 'zh' | 'ja' = 'en') => render(assessBiopsy(facts(input)), lang).findings.find((f) => f.id === id);
  it.each([
    // [facts, finding id, section]
    [{ pain: { score: 5 } }, 'biopsy.imaging-xray', '§3.1.3'],
    [{ diagnosis: { boneScan: 'positive', xray: 'negative' } }, 'biopsy.imaging-ct', '§3.1.4'],
    [{ diagnosis: { cordInvolvementSuspected: true } }, 'biopsy.imaging-mri', '§3.1.5'],
    [{ primary: { boneMetastasisConfirmed: true }, priorTreatments: [{ kind: 'radiotherapy', date: '2026-10-01' }] }, 'biopsy.response-imaging', '§3.1.6'],
  ] as const)('%o → %s (004 %s, note)', (input, id, section) => {
    expect(findingOf(input as Partial<PatientFactsInput>, id)).toMatchObject({ verdict: 'info', tier: 'narrative', source: { document: '004', section } });
  });
  it('X-ray: not an early screening test (30–75 % density loss, 3–6 months after a bone scan); gone once confirmed', () => {
    expect(findingOf({ pain: { score: 5 } }, 'biopsy.imaging-xray')?.because[0]).toContain('30–75 %');
    expect(findingOf({ pain: { score: 5 }, primary: { boneMetastasisConfirmed: true } }, 'biopsy.imaging-xray')).toBeUndefined();
  });
  it('CT only when the bone scan is positive and the X-ray negative', () => {
    expect(findingOf({ diagnosis: { boneScan: 'positive', xray: 'positive' } }, 'biopsy.imaging-ct')).toBeUndefined();
    expect(findingOf({ diagnosis: { boneScan: 'negative', xray: 'negative' } }, 'biopsy.imaging-ct')).toBeUndefined();
  });
  it('MRI for a deficit (Frankel A–D), not for Frankel E; names why, in ja', () => {
    expect(findingOf({ neurology: { frankel: 'C', deficitProgressing: false } }, 'biopsy.imaging-mri', 'ja')?.because[0]).toContain('Frankel C');
    expect(findingOf({ neurology: { frankel: 'E', deficitProgressing: false } }, 'biopsy.imaging-mri')).toBeUndefined();
  });
  it('response imaging quotes the reading that 004 does not exclude the bone scan', () => {
    const f = findingOf({ primary: { boneMetastasisConfirmed: true }, systemicTherapy: [{ agent: 'osimertinib', class: 'egfr-tki-oral', ongoing: true }] }, 'biopsy.response-imaging');
    expect(f?.because[0]).toContain('does not exclude bone scintigraphy');
    expect(findingOf({ primary: { boneMetastasisConfirmed: true } }, 'biopsy.response-imaging')).toBeUndefined();
  });
  it('the imaging notes never change the biopsy verdict', () => {
    const base = render(assessBiopsy(facts({ primary: { cancerHistory: 'none' } })), 'en');
    const withImaging = render(assessBiopsy(facts({ primary: { cancerHistory: 'none' }, pain: { score: 6 }, diagnosis: { cordInvolvementSuspected: true } })), 'en');
    // 002 §1.4: no cancer history → biopsy recommended; the X-ray (004 §3.1.3) and MRI (§3.1.5) notes only inform
    expect(base.verdict).toBe('recommended');
    expect(withImaging.verdict).toBe('recommended');
    expect(withImaging.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['biopsy.imaging-xray', 'biopsy.imaging-mri']));
    for (const id of withImaging.findings.map((f) => f.id)) expect(BIOPSY_RULES.map((r) => r.id), id).toContain(id);
  });
});
