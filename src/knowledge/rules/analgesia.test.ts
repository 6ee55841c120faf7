import { describe, expect, it } from 'vitest';
import { factsFor } from './test-support.js';
import { isText, render, unknownKeys } from '../texts.js';
import { type PatientFactsInput } from '../facts/index.js';
import { analgesiaText as T } from './analgesia.text.js';
import { ANALGESIA_RULES, assessAnalgesia, boneLesionCountNeeds, opioidTaper, oralMorphineEquivalent, painSeverity, taperSchedule } from './analgesia.js';

const facts = factsFor({ age: 60, sex: 'male' });
const ids = (input: Partial<PatientFactsInput>) => render(assessAnalgesia(facts(input)), 'en').findings.map((f) => f.id);
const findingOf = (input: Partial<PatientFactsInput>, id: string, lang: 'en' | 'zh' | 'ja' = 'en') => render(assessAnalgesia(facts(input)), lang).findings.find((f) => f.id === id);
const mixedRegimen = [{ drug: 'oxycodone' as const, dailyDose: 60 }, { drug: 'fentanyl-patch' as const, dailyDose: 25 }];

describe('oral morphine equivalents (CDC 2022)', () => {
  it('each factor: codeine 0.15, fentanyl patch 2.4 per µg/h, hydrocodone 1, hydromorphone 5, methadone 4.7, morphine 1, oxycodone 1.5, oxymorphone 3, tapentadol 0.4, tramadol 0.2', () => {
    const drugs = ['codeine', 'fentanyl-patch', 'hydrocodone', 'hydromorphone', 'methadone', 'morphine', 'oxycodone', 'oxymorphone', 'tapentadol', 'tramadol'] as const;
    expect(drugs.map((drug) => oralMorphineEquivalent([{ drug, dailyDose: 100 }]))).toEqual([15, 240, 100, 500, 470, 100, 150, 300, 40, 20]);
  });
  it('sums a mixed regimen: oxycodone 60 mg/day (90) + fentanyl 25 µg/h (60) = 150', () => {
    expect(oralMorphineEquivalent(mixedRegimen)).toBe(150);
    expect(oralMorphineEquivalent([])).toBe(0);
  });
});

describe('opioid taper (004 §4.3.2.2)', () => {
  it('oxycodone 60 mg/day + fentanyl 25 µg/h at the default 25 %/day: every day', () => {
    expect(opioidTaper(facts({ opioids: mixedRegimen, pain: { score: 1, controlled: true } }))).toEqual([
      { day: 0, totalMme: 150 },
      { day: 1, totalMme: 113 }, // 112.5 rounded up
      { day: 2, totalMme: 85 }, // 84.75
      { day: 3, totalMme: 64 }, // 63.75
      { day: 4, totalMme: 48 },
      { day: 5, totalMme: 36 },
      { day: 6, totalMme: 30 }, // 27 held at 30: first day at 30
      { day: 7, totalMme: 30 }, // second day at 30
      { day: 8, totalMme: 0 },
    ]);
  });
  it('the same regimen at 10 %/day', () => {
    const taper = opioidTaper(facts({ opioids: mixedRegimen, pain: { score: 1, controlled: true } }), 10);
    expect(taper.map((s) => s.day)).toEqual([...Array(20).keys()]);
    expect(taper.map((s) => s.totalMme)).toEqual([150, 135, 122, 110, 99, 90, 81, 73, 66, 60, 54, 49, 45, 41, 37, 34, 31, 30, 30, 0]);
  });
  it('already at or below 30 mg: hold 2 days then stop; 31 mg reaches 30 the next day', () => {
    expect(taperSchedule(30)).toEqual([{ day: 0, totalMme: 30 }, { day: 1, totalMme: 30 }, { day: 2, totalMme: 30 }, { day: 3, totalMme: 0 }]);
    expect(opioidTaper(facts({ opioids: [{ drug: 'tramadol', dailyDose: 100 }], pain: { score: 0, controlled: true } })).map((s) => s.totalMme)).toEqual([20, 20, 20, 0]);
    expect(taperSchedule(31)).toEqual([{ day: 0, totalMme: 31 }, { day: 1, totalMme: 30 }, { day: 2, totalMme: 30 }, { day: 3, totalMme: 0 }]);
  });
  it('accepts 10–25 %/day only', () => {
    expect(() => taperSchedule(100, 9.9)).toThrow(RangeError);
    expect(() => taperSchedule(100, 25.1)).toThrow(RangeError);
    expect(taperSchedule(100, 10)[1]).toEqual({ day: 1, totalMme: 90 });
    expect(taperSchedule(100, 25)[1]).toEqual({ day: 1, totalMme: 75 });
  });
  it('no taper unless pain is controlled on opioids', () => {
    expect(opioidTaper(facts({ opioids: mixedRegimen, pain: { score: 2 } }))).toEqual([]);
    expect(opioidTaper(facts({ opioids: mixedRegimen, pain: { score: 2, controlled: false } }))).toEqual([]);
    expect(opioidTaper(facts({ pain: { score: 2, controlled: true } }))).toEqual([]);
  });
});

describe('pain severity bands (NRS 1–3 mild, 4–6 moderate, 7–10 severe)', () => {
  it('both sides of 4 and 7', () => {
    expect([0, 0.5, 3, 3.9, 4, 6.9, 7, 10].map(painSeverity)).toEqual(['none', 'mild', 'mild', 'mild', 'moderate', 'moderate', 'severe', 'severe']);
  });
});

describe('analgesic step (004 §4.3)', () => {
  it('no pain score → needs information', () => {
    const result = render(assessAnalgesia(facts({})), 'en');
    expect(result.verdict).toBe('needs-information');
    expect(result.findings.map((f) => f.id)).toEqual(['analgesia.pain-assessment']);
    expect(result.findings[0]?.needs.map((n) => n.fact)).toEqual(['pain.score']);
  });
  it('pain 0 without opioids → no analgesic now', () => {
    const result = render(assessAnalgesia(facts({ pain: { score: 0 } })), 'en');
    expect(result.verdict).toBe('not-recommended');
    expect(result.findings.map((f) => f.id)).toEqual(['analgesia.no-pain']);
  });
  it('mild pain 3.9 → NSAID or acetaminophen ≤ 4 g/day, topical diclofenac for joint pain; asks for the pain type', () => {
    const result = render(assessAnalgesia(facts({ pain: { score: 3.9 } })), 'zh');
    expect(result.verdict).toBe('recommended');
    expect(result.findings.map((f) => f.id)).toEqual(['analgesia.non-opioid', 'analgesia.topical-nsaid', 'analgesia.breakthrough-pain']);
    expect(result.findings[0]?.because[0]).toBe('轻度疼痛（3.9/10）：优选非甾体类抗炎药（阿司匹林、布洛芬、塞来昔布等）或对乙酰氨基酚，对乙酰氨基酚最大用量不宜超过 4 g/d。');
    expect(result.findings[0]?.needs.map((n) => n.fact)).toEqual(['pain.type']);
    expect(result.findings[1]?.because[0]).toContain('1% 双氯芬酸钠凝胶，每日 4 次');
  });
  it('mild pain on a bisphosphonate → the NSAID renal caution', () => {
    const nsaid = findingOf({ pain: { score: 2, type: 'local' }, systemicTherapy: [{ agent: 'zoledronic acid', class: 'bisphosphonate', ongoing: true }] }, 'analgesia.non-opioid');
    expect(nsaid?.because[1]).toContain('NSAIDs add to its risk of renal impairment');
  });
  it('pain 4 → opioids first line (moderate)', () => {
    const result = render(assessAnalgesia(facts({ pain: { score: 4, type: 'local' } })), 'en');
    expect(result.verdict).toBe('recommended');
    expect(result.findings[0]).toMatchObject({ id: 'analgesia.opioid', verdict: 'recommended', source: { document: '004', section: '§4.3.2.2' } });
    expect(result.findings[0]?.because[0]).toBe('Moderate pain (4/10): opioids are the first-line analgesics for moderate to severe bone-metastasis pain.');
    expect(ids({ pain: { score: 4 } })).not.toContain('analgesia.topical-nsaid');
  });
  it('severe pain 7 on opioids → adjuvants with the pain-crisis note, BMA with the opioid, current MME', () => {
    const input = { pain: { score: 7 }, opioids: mixedRegimen, primary: { boneMetastasisConfirmed: true } };
    const opioid = findingOf(input, 'analgesia.opioid', 'ja');
    expect(opioid?.because).toEqual([
      '高度の疼痛（7/10）：骨転移による中等度から高度の疼痛にはオピオイドが第一選択の鎮痛薬である。',
      '現在のオピオイドは経口モルヒネ換算で約 150 mg/日（CDC 2022 の換算係数による推定値で、切り替え用量ではない）。',
    ]);
    expect(findingOf(input, 'analgesia.adjuvants')?.because).toHaveLength(2);
    expect(findingOf(input, 'analgesia.bma-with-opioids')).toMatchObject({ verdict: 'info', source: { document: '004', section: '§4.3.2.3' } });
  });
  it('pain 6.9 on opioids → adjuvants without the crisis note, no BMA-with-opioid note; mild refractory pain on opioids → adjuvants', () => {
    const input = { pain: { score: 6.9 }, opioids: mixedRegimen, primary: { boneMetastasisConfirmed: true } };
    expect(findingOf(input, 'analgesia.adjuvants')?.because).toHaveLength(1);
    expect(ids(input)).not.toContain('analgesia.bma-with-opioids');
    expect(ids({ pain: { score: 3 }, opioids: mixedRegimen })).not.toContain('analgesia.adjuvants');
    expect(ids({ pain: { score: 3, refractory: true }, opioids: mixedRegimen })).toContain('analgesia.adjuvants');
    expect(ids({ pain: { score: 8 } })).not.toContain('analgesia.adjuvants');
  });
});

describe('multiple bone metastases (004 rec 9, 1C)', () => {
  it('painful lung cancer with 2 bone metastases → recommended (1C); 1 → not fired', () => {
    const rec = findingOf({ primary: { histology: 'lung-nsclc' }, pain: { score: 5 }, metastases: { spinal: 1, extraspinalBone: 1 } }, 'analgesia.multifocal-stepwise');
    expect(rec).toMatchObject({ verdict: 'recommended', strength: 'strong', evidence: '1C', recommendation: 'lc-bone-rec-9' });
    expect(rec?.because[0]).toContain('Multiple bone metastases (2)');
    expect(ids({ primary: { histology: 'lung-nsclc' }, pain: { score: 5 }, metastases: { spinal: 1, extraspinalBone: 0 } })).not.toContain('analgesia.multifocal-stepwise');
  });
  it('no pain yet → advice; other histology → extrapolated advice', () => {
    expect(findingOf({ primary: { histology: 'lung-sclc' }, pain: { score: 0 }, metastases: { spinal: 3, extraspinalBone: 0 } }, 'analgesia.multifocal-stepwise')?.verdict).toBe('info');
    const breast = render(assessAnalgesia(facts({ primary: { histology: 'breast' }, pain: { score: 5 }, metastases: { spinal: 3, extraspinalBone: 2 } })), 'en');
    expect(breast.verdict).toBe('recommended');
    expect(breast.findings.find((f) => f.id === 'analgesia.multifocal-stepwise')).toMatchObject({
      verdict: 'info', strength: 'narrative', source: { document: '004', section: '§4.3' },
      because: ['Multiple bone metastases (5): give priority to systemic therapy and to early, continuous and effective stepwise analgesia.', '004 is a lung-cancer guideline; for breast this recommendation is extrapolated.'],
    });
  });
  it('lung cancer with unknown bone-lesion counts → asked on the step finding', () => {
    expect(findingOf({ primary: { histology: 'lung-nsclc' }, pain: { score: 5, type: 'local' } }, 'analgesia.opioid')?.needs.map((n) => n.fact)).toEqual(['metastases.spinal', 'metastases.extraspinalBone']);
  });
});

describe('pain type (002 §1.2) and breakthrough pain (004 §4.3.1)', () => {
  it('mechanical → augmentation or fixation; radicular → decompression; local → radiotherapy', () => {
    expect(findingOf({ pain: { score: 6, type: 'mechanical' } }, 'analgesia.pain-type')).toMatchObject({ strength: 'consensus', source: { document: '002', section: '§1.2' } });
    expect(findingOf({ pain: { score: 6, type: 'mechanical' } }, 'analgesia.pain-type')?.because[0]).toContain('vertebral augmentation or internal fixation');
    expect(findingOf({ pain: { score: 6, type: 'radicular' } }, 'analgesia.pain-type', 'zh')?.because[0]).toContain('减轻神经压迫后疼痛多可缓解');
    expect(findingOf({ pain: { score: 2, type: 'local' } }, 'analgesia.pain-type', 'ja')?.because[0]).toContain('放射線治療がよく効く');
    expect(ids({ pain: { score: 2, type: 'none' } })).not.toContain('analgesia.pain-type');
  });
  it('names a recorded pathological fracture and ESCC 2 cord compression', () => {
    const lesions = [{ site: 'spine' as const, level: 'T11', escc: '2' }, { site: 'proximal-femur' as const, fracture: 'pathological' as const }];
    const breakthrough = findingOf({ pain: { score: 5 }, lesions }, 'analgesia.breakthrough-pain');
    expect(breakthrough?.because).toEqual([
      'At every assessment look for breakthrough pain caused by a pathological fracture or spinal cord compression.',
      'Present in this patient: pathological fracture, cord compression (ESCC 2–3).',
    ]);
    expect(findingOf({ pain: { score: 5 }, lesions: [{ site: 'spine', level: 'T11', escc: '1c' }] }, 'analgesia.breakthrough-pain')?.because).toHaveLength(1);
  });
});

describe('opioid taper finding', () => {
  it('pain relieved on opioids → consider the taper (004 §4.3.2.2 "在疼痛得到有效缓解后,应考虑逐步减少")', () => {
    const taper = findingOf({ pain: { score: 0, controlled: true }, opioids: mixedRegimen }, 'analgesia.opioid-taper');
    expect(taper).toMatchObject({ verdict: 'consider', source: { document: '004', section: '§4.3.2.2' } });
    expect(taper?.because[0]).toContain('by 25 % a day');
  });
  it('no pain on opioids, control not recorded → needs information', () => {
    const result = render(assessAnalgesia(facts({ pain: { score: 0 }, opioids: mixedRegimen })), 'en');
    expect(result.verdict).toBe('needs-information');
    expect(result.findings[0]).toMatchObject({ id: 'analgesia.opioid-taper', verdict: 'needs-information' });
    expect(result.findings[0]?.needs.map((n) => n.fact)).toEqual(['pain.controlled']);
  });
  it('mild pain on opioids, control not recorded → the step decides, the taper asks', () => {
    const result = render(assessAnalgesia(facts({ pain: { score: 2, type: 'local' }, opioids: mixedRegimen })), 'en');
    expect(result.verdict).toBe('recommended');
    expect(result.findings.find((f) => f.id === 'analgesia.opioid-taper')).toMatchObject({ verdict: 'info', needs: [{ fact: 'pain.controlled' }] });
  });
  it('moderate pain on opioids: not asked whether it is controlled (4), asked below (3.9)', () => {
    expect(ids({ pain: { score: 4, type: 'local' }, opioids: mixedRegimen })).not.toContain('analgesia.opioid-taper');
    expect(ids({ pain: { score: 3.9, type: 'local' }, opioids: mixedRegimen })).toContain('analgesia.opioid-taper');
    // Pain 5/10 is not relieved: "controlled" with it is a contradiction the facts boundary refuses (no taper to zero).
    expect(() => facts({ pain: { score: 5, controlled: true }, opioids: mixedRegimen })).toThrow(/pain 5\/10 is not controlled/);
    expect(findingOf({ pain: { score: 3, controlled: true }, opioids: mixedRegimen }, 'analgesia.opioid-taper')?.verdict).toBe('consider');
  });
  it('no pain but not controlled per the clinician → continue the opioid', () => {
    const result = render(assessAnalgesia(facts({ pain: { score: 0, controlled: false }, opioids: mixedRegimen })), 'en');
    expect(result.findings.map((f) => f.id)).toEqual(['analgesia.opioid']);
    expect(result.verdict).toBe('recommended');
  });
});

describe('analgesia rule catalogue', () => {
  it('every emitted finding id is catalogued', () => {
    const catalogued = new Set(ANALGESIA_RULES.map((r) => r.id));
    const emitted = [
      ...ids({}),
      ...ids({ pain: { score: 0 } }),
      ...ids({ pain: { score: 2, type: 'local', controlled: true }, opioids: mixedRegimen }),
      ...ids({ primary: { histology: 'lung-nsclc', boneMetastasisConfirmed: true }, pain: { score: 8, type: 'mechanical' }, opioids: mixedRegimen, metastases: { spinal: 2, extraspinalBone: 1 } }),
    ];
    expect(new Set(emitted).size).toBe(11);
    for (const id of emitted) expect(catalogued.has(id), id).toBe(true);
  });
});

describe('analgesia results are language-neutral', () => {
  const input = { primary: { histology: 'breast' as const, boneMetastasisConfirmed: true }, pain: { score: 8 }, opioids: mixedRegimen, metastases: { spinal: 2, extraspinalBone: 1 },
    lesions: [{ site: 'spine' as const, level: 'T11', escc: '3' }, { site: 'proximal-femur' as const, fracture: 'pathological' as const }] };
  it('findings carry catalogue texts, rendered only at the edge', () => {
    const result = assessAnalgesia(facts(input));
    expect(result.findings.flatMap((f) => [...f.because, ...f.needs.map((n) => n.why)]).every(isText)).toBe(true);
    expect(unknownKeys(result)).toEqual([]);
    expect(JSON.stringify(render(result, 'en'))).not.toContain('[object Object]');
  });
  it('the breakthrough causes are listed with each language\'s separator', () => {
    const because = (lang: 'zh' | 'ja') => render(assessAnalgesia(facts(input)), lang).findings.find((f) => f.id === 'analgesia.breakthrough-pain')?.because[1];
    expect(because('zh')).toBe('本例已有：病理性骨折、脊髓压迫（ESCC 2~3 级）。');
    expect(because('ja')).toBe('本例では：病的骨折、脊髄圧迫（ESCC 2~3）。');
  });
  it('the extrapolated rec 9 names the histology in lower case in English', () => {
    expect(findingOf(input, 'analgesia.multifocal-stepwise')?.because[1]).toBe('004 is a lung-cancer guideline; for breast this recommendation is extrapolated.');
  });
});

describe('bone-lesion count needs', () => {
  it('asks for both counts while either is unknown, for none once both are given', () => {
    const needs = (metastases: Partial<PatientFactsInput>['metastases']) => boneLesionCountNeeds(facts({ metastases }), T.why.boneLesionCount);
    expect(needs({ spinal: 2 })).toEqual([
      { fact: 'metastases.spinal', why: { key: 'analgesia.why.boneLesionCount' } },
      { fact: 'metastases.extraspinalBone', why: { key: 'analgesia.why.boneLesionCount' } },
    ]);
    expect(needs({ spinal: 2, extraspinalBone: 0 })).toEqual([]);
  });
});
