import { describe, expect, it } from 'vitest';
import { render, type Rendered } from '../texts.js';
import { patientFactsSchema, type PatientFactsInput } from '../facts/index.js';
import type { OptionAssessment } from './finding.js';
import {
  SURGERY_RULES,
  assessLaminectomyFixation,
  assessPalliativeSurgery,
  assessSeparationSurgery,
  assessTes,
  perioperativeDates,
} from './surgery.js';

type Input = Partial<PatientFactsInput>;
const facts = (input: Input) => patientFactsSchema.parse({ patient: { age: 60, sex: 'female' }, ...input });
const byId = (result: Rendered<OptionAssessment>, id: string) => result.findings.find((f) => f.id === id);
const ids = (result: Rendered<OptionAssessment>) => result.findings.map((f) => f.id);
const needFacts = (result: Rendered<OptionAssessment>, id: string) => byId(result, id)?.needs.map((n) => n.fact);

const l2 = { site: 'spine', level: 'L2', tomitaSites: ['body', 'pedicle'], wbbZones: [4, 5, 6, 7, 8] } satisfies NonNullable<Input['lesions']>[number];
/** A solitary L2 metastasis of hormone-receptor-positive breast cancer: every TES criterion met. */
const tesCandidate = {
  kps: 80,
  lifeExpectancyMonths: 24,
  primary: { histology: 'breast', breastSubtype: 'hormone-receptor-positive', controlled: true, boneMetastasisConfirmed: true },
  metastases: { spinal: 1, extraspinalBone: 0, visceral: 'none' },
  neurology: { frankel: 'E', deficitProgressing: false },
  lesions: [l2],
} satisfies Input;
const tes = (input: Input, lang: 'en' | 'zh' | 'ja' = 'en') => render(assessTes(facts({ ...tesCandidate, ...input })), lang);

describe('TES (002 §3.1)', () => {
  it('every criterion met → recommended, with the Tomita and Tokuhashi strategy (002 §2.1, §2.2)', () => {
    const result = tes({});
    expect(result.verdict).toBe('recommended');
    expect(byId(result, 'tes.indication')).toMatchObject({ verdict: 'recommended', strength: 'consensus', source: { document: '002', section: '§3.1' } });
    expect(byId(result, 'tes.tomita-strategy')?.because[0]).toContain('Tomita 2 (2–3)');
    expect(byId(result, 'tes.tokuhashi')).toMatchObject({ verdict: 'recommended', source: { document: '002', section: '§2.2' } });
    expect(byId(result, 'tes.tokuhashi')?.because[0]).toContain('Revised Tokuhashi 15');
    expect(byId(result, 'tes.wbb-route')?.because[0]).toContain('oncological total en-bloc');
  });
  it('general condition: KPS 70 is good (ECOG 1), KPS 60 is not — the threshold is named as this system’s', () => {
    const good = byId(tes({ kps: 70 }), 'tes.indication');
    expect(good?.verdict).toBe('recommended');
    expect(good?.because[1]).toContain('KPS 70 (ECOG 1)');
    expect(good?.because[1]).toContain('this system’s threshold');
    expect(byId(tes({ kps: 60 }), 'tes.indication')?.verdict).toBe('not-recommended');
  });
  it('life expectancy must exceed 6 months: 7 yes, 6 no', () => {
    expect(byId(tes({ lifeExpectancyMonths: 7 }), 'tes.indication')?.verdict).toBe('recommended');
    expect(byId(tes({ lifeExpectancyMonths: 6 }), 'tes.indication')?.verdict).toBe('not-recommended');
  });
  it('without the clinician’s estimate TES asks for it (002 §3.1 "预期寿命>6 个月"); the scores are a framework note that decides nothing', () => {
    const base = { lifeExpectancyMonths: undefined, kps: 70, neurology: { frankel: 'A', deficitProgressing: false }, metastases: { spinal: 1, extraspinalBone: 1, visceral: 'unresectable' } } satisfies Input;
    const result = tes(base);
    const indication = byId(result, 'tes.indication');
    expect(indication?.verdict).toBe('needs-information');
    expect(indication?.needs.map((n) => n.fact)).toEqual(['lifeExpectancyMonths']);
    expect(indication?.because[2]).toContain('Life expectancy not estimated by the clinician');
    expect(indication?.because.join(' ')).not.toContain('Tokuhashi 9');
    expect(result).toMatchObject({ verdict: 'needs-information', decidedBy: 'tes.indication' });
    // Revised Tokuhashi: breast 5 + KPS 70 → 1 + one extraspinal → 1 + one vertebra 2 + unresectable 0 + Frankel A 0 = 9
    // (002 §2.2: 9–11 → 6–12 months); Tomita: slow 1 + unresectable 4 + multiple bone 2 = 7 (002 §2.1: palliative surgery).
    const note = byId(result, 'tes.life-expectancy-scores');
    expect(note).toMatchObject({ verdict: 'info', tier: 'framework', source: { document: '002', section: '§2.2' }, needs: [] });
    expect(note?.because[0]).toContain('Revised Tokuhashi score 9 (9–11: predicted survival 6–12 months)');
    expect(note?.because[0]).toContain('Tomita score 7');
    expect(note?.because[0]).toContain('They do not decide');
    // Given, the estimate decides and the note is gone.
    expect(byId(tes({ ...base, lifeExpectancyMonths: 9 }), 'tes.indication')?.verdict).toBe('recommended');
    expect(ids(tes({ ...base, lifeExpectancyMonths: 9 }))).not.toContain('tes.life-expectancy-scores');
    expect(byId(tes(base, 'zh'), 'tes.life-expectancy-scores')?.because[0]).toMatch(/^无临床医师的预期生存期估计/);
  });
  it('a second spinal metastasis → not solitary; an unknown count → needs information', () => {
    expect(byId(tes({ metastases: { spinal: 2, extraspinalBone: 0, visceral: 'none' } }), 'tes.indication')?.verdict).toBe('not-recommended');
    const unknown = tes({ metastases: { extraspinalBone: 0, visceral: 'none' } });
    expect(byId(unknown, 'tes.indication')?.verdict).toBe('needs-information');
    expect(needFacts(unknown, 'tes.indication')).toContain('metastases.spinal');
  });
  it('primary not controlled → not recommended; unknown → needs primary.controlled', () => {
    expect(tes({ primary: { ...tesCandidate.primary, controlled: false } }).verdict).toBe('not-recommended');
    const unknown = tes({ primary: { histology: 'breast', breastSubtype: 'hormone-receptor-positive' } });
    expect(unknown.verdict).toBe('needs-information');
    expect(needFacts(unknown, 'tes.indication')).toEqual(['primary.controlled']);
  });
  it('Tomita type 2–5 indicated, 1 and 6 relative (consider), posterior-only not TES', () => {
    const lesion = (over: object) => ({ lesions: [{ ...l2, ...over }] });
    expect(byId(tes(lesion({ tomitaSites: ['body', 'paravertebral'] })), 'tes.indication')?.verdict).toBe('recommended');
    expect(byId(tes(lesion({ tomitaSites: ['body'] })), 'tes.indication')?.verdict).toBe('consider');
    const spanning = tes(lesion({ level: 'T12-L1', tomitaSites: ['body', 'pedicle'] }));
    expect(byId(spanning, 'tes.indication')?.verdict).toBe('consider');
    expect(byId(spanning, 'tes.indication')?.because[5]).toContain('Tomita type 6 at T12-L1');
    expect(byId(tes(lesion({ tomitaSites: ['lamina'] })), 'tes.indication')?.verdict).toBe('not-recommended');
    const untyped = tes(lesion({ tomitaSites: undefined }));
    expect(needFacts(untyped, 'tes.indication')).toEqual(['lesions[0].tomitaSites']);
  });
  it('two spinal lesions → Tomita type 7: contraindicated', () => {
    const result = tes({ metastases: { spinal: 2, extraspinalBone: 0, visceral: 'none' }, lesions: [l2, { site: 'spine', level: 'T8' }] });
    expect(result.verdict).toBe('contraindicated');
    expect(byId(result, 'tes.tomita-type-7')?.verdict).toBe('contraindicated');
    expect(ids(result)).not.toContain('tes.vte-prophylaxis');
  });
  it('WBB: both pedicles (4–9) → anatomical en bloc only; zones missing → need', () => {
    expect(byId(tes({ lesions: [{ ...l2, wbbZones: [4, 5, 6, 7, 8, 9, 3, 10] }] }), 'tes.wbb-route')?.because[0]).toContain('anterior and posterior');
    const both = tes({ lesions: [{ ...l2, wbbZones: [4, 5, 6, 7, 8, 9] }] });
    expect(byId(both, 'tes.wbb-route')?.because[0]).toContain('WBB zones 4, 5, 6, 7, 8, 9');
    expect(byId(both, 'tes.wbb-route')?.because[0]).toContain('both pedicles involved');
    const missing = tes({ lesions: [{ ...l2, wbbZones: undefined }] });
    expect(needFacts(missing, 'tes.wbb-route')).toEqual(['lesions[0].wbbZones']);
  });
  it('cannot tolerate surgery → contraindicated: TES needs a good general condition (002 §3.1), stated as a reading of §3.3', () => {
    const result = tes({ toleratesSurgery: false });
    expect(result.verdict).toBe('contraindicated');
    expect(byId(result, 'tes.cannot-tolerate-surgery')?.source).toEqual({ document: '002', section: '§3.1' });
    expect(byId(result, 'tes.cannot-tolerate-surgery')?.because[1]).toContain('002 states this contraindication in its laminectomy section (§3.3)');
  });
  it('speaks Chinese and Japanese', () => {
    expect(byId(tes({}, 'zh'), 'tes.indication')?.because[3]).toBe('孤立性脊柱转移。');
    expect(byId(tes({ lesions: [l2, { site: 'spine', level: 'T8' }], metastases: { spinal: 2, extraspinalBone: 0, visceral: 'none' } }, 'ja'), 'tes.tomita-type-7')?.because[0]).toContain('TES は禁忌');
  });
});

describe('Tomita strategy from the facts (002 §2.1)', () => {
  // growth slow 1 / moderate 2 / rapid 4; visceral none 0 / treatable 2 / untreatable 4; bone solitary 1 / multiple 2.
  const scored = (histology: string, visceral: string, spinal: number, extraspinalBone = 0) =>
    tes({ primary: { histology, controlled: true } as never, metastases: { spinal, extraspinalBone, visceral } as never });
  const strategy = (result: Rendered<OptionAssessment>) => byId(result, 'tes.tomita-strategy');
  it('3 → wide or marginal (recommended) vs 4 → marginal or intralesional (consider)', () => {
    expect(strategy(scored('breast', 'none', 1, 1))).toMatchObject({ verdict: 'recommended' });
    expect(strategy(scored('breast', 'none', 1, 1))?.because[0]).toContain('Tomita 3');
    expect(strategy(scored('kidney', 'none', 1, 1))).toMatchObject({ verdict: 'consider' });
    expect(strategy(scored('kidney', 'none', 1, 1))?.because[0]).toContain('Tomita 4');
  });
  it('5 → consider vs 6 → palliative surgery (TES not recommended)', () => {
    expect(strategy(scored('kidney', 'resectable', 1))?.because[0]).toContain('Tomita 5');
    expect(strategy(scored('kidney', 'resectable', 1))?.verdict).toBe('consider');
    expect(strategy(scored('lung-nsclc', 'none', 1, 1))?.because[0]).toContain('Tomita 6');
    expect(strategy(scored('lung-nsclc', 'none', 1, 1))?.verdict).toBe('not-recommended');
  });
  it('7 → palliative surgery vs 8 → supportive care only: a score that tempers an indicated operation, never vetoes it (002 §2.2)', () => {
    const seven = { primary: { histology: 'lung-nsclc' }, metastases: { spinal: 1, extraspinalBone: 0, visceral: 'resectable' }, lesions: [{ site: 'spine', level: 'T10', escc: '3' }] } satisfies Input;
    const eight = { ...seven, metastases: { spinal: 1, extraspinalBone: 1, visceral: 'resectable' } } satisfies Input;
    expect(byId(render(assessPalliativeSurgery(facts(seven)), 'en'), 'palliative-surgery.tomita-strategy')).toMatchObject({ verdict: 'info' });
    expect(byId(render(assessPalliativeSurgery(facts(seven)), 'en'), 'palliative-surgery.tomita-strategy')?.because[0]).toContain('Tomita 7');
    for (const assess of [assessSeparationSurgery, assessLaminectomyFixation, assessPalliativeSurgery]) {
      const result = render(assess(facts(eight)), 'en');
      const strategy = result.findings.find((f) => f.id.endsWith('.tomita-strategy'));
      expect(strategy).toMatchObject({ verdict: 'not-recommended', tier: 'framework' });
      expect(strategy?.because[0]).toContain('Tomita 8');
      // 002 §2.2: "文献报道两项评分的准确性有待进一步提高…Tokuhashi 改良评分预测低估了患者实际的生存时间"
      expect(strategy?.because.at(-1)).toContain('underestimate survival');
      expect(result.verdict).not.toBe('not-recommended');
    }
    // ESCC 3 of a radioresistant NSCLC: 002 §3.2 indicates separation surgery; Tomita 8 lowers it to consider.
    const separation = render(assessSeparationSurgery(facts(eight)), 'en');
    expect(separation.verdict).toBe('consider');
    expect(separation.conflicts).toContainEqual(expect.objectContaining({ prevailing: 'separation-surgery.indication', overruled: 'separation-surgery.tomita-strategy', kind: 'tempered' }));
  });
  it('unresectable visceral metastases are read as untreatable, and the reading is shown', () => {
    const result = scored('breast', 'unresectable', 1);
    expect(strategy(result)?.because[0]).toContain('Tomita 6');
    expect(strategy(result)?.because[1]).toContain('scored as untreatable (4)');
  });
  it('a histology without a published growth class needs primary.growth; given, it scores', () => {
    const missing = scored('bladder', 'none', 1);
    expect(strategy(missing)).toMatchObject({ verdict: 'info' });
    expect(needFacts(missing, 'tes.tomita-strategy')).toEqual(['primary.growth']);
    const given = tes({ primary: { histology: 'bladder', growth: 'rapid', controlled: true } });
    expect(strategy(given)?.because[0]).toContain('Tomita 5');
  });
});

describe('revised Tokuhashi and active surgery (002 §2.2)', () => {
  // breast 5 + KPS 70 → 1 + no extraspinal 2 + one vertebra 2 + resectable viscera 1 + Frankel D 1 = 12.
  const twelve = { kps: 70, neurology: { frankel: 'D', deficitProgressing: false }, metastases: { spinal: 1, extraspinalBone: 0, visceral: 'resectable' } } satisfies Input;
  it('12 with a solitary metastasis of a slow-growing primary → active surgery; 11 → score only', () => {
    expect(byId(tes(twelve), 'tes.tokuhashi')).toMatchObject({ verdict: 'recommended' });
    const eleven = byId(tes({ ...twelve, kps: 40 }), 'tes.tokuhashi');
    expect(eleven?.verdict).toBe('info');
    expect(eleven?.because[0]).toContain('Revised Tokuhashi 11');
  });
  it('12 with a rapid-growing primary is not "relatively low grade"', () => {
    // colon 2 + KPS 80 2 + 2 + 2 + none 2 + Frankel E 2 = 12
    const colon = byId(tes({ primary: { histology: 'colon', controlled: true } }), 'tes.tokuhashi');
    expect(colon?.verdict).toBe('info');
    expect(colon?.because[0]).toContain('Revised Tokuhashi 12 (12–15), but active surgery');
  });
  // 002 §2.2: "总分 0~8 分、9~11 分和 12~15 分预示着患者的预期生存时间分别为＜6 个月、6~12 个月和＞12 个月" — the score is the
  // source's criterion for active surgery; the clinician's estimate, when given, decides and a disagreement is a conflict.
  it.each([
    { months: undefined, verdict: 'recommended', conflict: false, line: 'this is the score’s reading' },
    { months: 24, verdict: 'recommended', conflict: false, line: 'lies in the score’s band (12–15: predicted survival > 12 months)' },
    { months: 13, verdict: 'recommended', conflict: false, line: 'lies in the score’s band' },
    { months: 12, verdict: 'info', conflict: true, line: 'outside the score’s band' },
    { months: 8, verdict: 'info', conflict: true, line: 'the clinician’s estimate decides' },
  ])('Tokuhashi 12 (> 12 months) with a clinician’s estimate of $months months → $verdict', ({ months, verdict, conflict, line }) => {
    const result = tes({ ...twelve, lifeExpectancyMonths: months });
    const score = byId(result, 'tes.tokuhashi');
    expect(score).toMatchObject({ verdict, tier: 'framework' });
    expect(score?.because.join(' ')).toContain(line);
    const estimate = { option: 'tes', prevailing: 'tes.indication', overruled: 'tes.tokuhashi', kind: 'estimate' };
    if (conflict) expect(result.conflicts).toContainEqual(expect.objectContaining(estimate));
    else expect(result.conflicts).not.toContainEqual(expect.objectContaining(estimate));
  });
  it('the clinician’s 8 months meets TES’s "> 6 months" (002 §3.1) and prevails, though the score predicts > 12 months', () => {
    const result = tes({ ...twelve, lifeExpectancyMonths: 8 });
    expect(byId(result, 'tes.indication')?.verdict).toBe('recommended');
    expect(byId(result, 'tes.indication')?.because).toContain('Life expectancy 8 months (> 6).');
    expect(result.conflicts.find((c) => c.kind === 'estimate')?.prevailing).toBe('tes.indication');
    expect(result.conflicts.find((c) => c.kind === 'estimate')?.why).toBe('tes.tokuhashi is not adopted: the clinician’s life expectancy in tes.indication lies outside the survival band the score predicts, and the clinician’s estimate decides.');
    expect(byId(tes({ ...twelve, lifeExpectancyMonths: 8 }, 'zh'), 'tes.tokuhashi')?.because.join('')).toContain('临床估计的预期寿命 8 个月不在评分区间');
  });
  it('a score under 6 months (8) with a clinician’s 24 months: the estimate decides, the score is overruled', () => {
    // breast 5 + KPS 40 → 0 + one extraspinal 1 + one vertebra 2 + unresectable 0 + Frankel A 0 = 8
    const result = tes({ kps: 40, neurology: { frankel: 'A', deficitProgressing: false }, metastases: { spinal: 1, extraspinalBone: 1, visceral: 'unresectable' }, lifeExpectancyMonths: 24 });
    expect(byId(result, 'tes.tokuhashi')?.because[0]).toContain('Revised Tokuhashi 8');
    expect(result.conflicts).toContainEqual(expect.objectContaining({ overruled: 'tes.tokuhashi', kind: 'estimate' }));
  });
  it('missing inputs are reported as needs', () => {
    expect(needFacts(tes({ kps: undefined, neurology: undefined }), 'tes.tokuhashi')).toEqual(['kps', 'neurology.frankel']);
  });
  it('triple-negative breast cancer loses 2 primary points (5 → 3)', () => {
    const result = tes({ primary: { ...tesCandidate.primary, breastSubtype: 'triple-negative' } });
    expect(byId(result, 'tes.tokuhashi')?.because[0]).toContain('Revised Tokuhashi 13');
  });
});

describe('separation surgery (002 §3.2, §2.4)', () => {
  const epidural = (histology: string, escc: string, over: Input = {}) =>
    render(assessSeparationSurgery(facts({ primary: { histology } as never, lesions: [{ site: 'spine', level: 'T9', escc } as never], ...over })), 'en');
  it('ESCC 2 with a radioresistant tumour → recommended, then SSRS within 3–5 weeks', () => {
    const result = epidural('lung-nsclc', '2');
    expect(result.verdict).toBe('recommended');
    expect(byId(result, 'separation-surgery.indication')?.because[0]).toContain('ESCC 2 at T9');
    expect(byId(result, 'separation-surgery.radiotherapy-timing')?.because.at(-1)).toContain('within 3–5 weeks');
  });
  it('ESCC 1c → consider; ESCC 1b → contraindicated (low grade)', () => {
    expect(epidural('lung-nsclc', '1c').verdict).toBe('consider');
    const low = epidural('lung-nsclc', '1b');
    expect(low.verdict).toBe('contraindicated');
    expect(byId(low, 'separation-surgery.low-grade-escc')?.because[0]).toContain('worst grade 1b');
  });
  it('a low-grade lesion beside an ungraded one asks for the missing grade', () => {
    const result = render(assessSeparationSurgery(facts({ primary: { histology: 'lung-nsclc' }, lesions: [{ site: 'spine', level: 'T9', escc: '1a' }, { site: 'spine', level: 'L1' }] })), 'en');
    expect(result.verdict).toBe('needs-information');
    expect(needFacts(result, 'separation-surgery.indication')).toEqual(['lesions[1].escc']);
  });
  it('radiosensitive tumour → contraindicated', () => {
    const result = epidural('breast', '3');
    expect(result.verdict).toBe('contraindicated');
    expect(byId(result, 'separation-surgery.radiosensitive')?.because[0]).toContain('002 §1.3');
    expect(ids(result)).not.toContain('separation-surgery.indication');
  });
  it('hypervascular tumour (renal; or imaging) → contraindicated, unless imaging shows it is not', () => {
    expect(byId(epidural('kidney', '3'), 'separation-surgery.hypervascular')?.verdict).toBe('contraindicated');
    expect(epidural('kidney', '3', { lesions: [{ site: 'spine', level: 'T9', escc: '3', hypervascular: false }] }).verdict).toBe('recommended');
    expect(epidural('lung-nsclc', '3', { lesions: [{ site: 'spine', level: 'T9', escc: '3', hypervascular: true }] }).verdict).toBe('contraindicated');
  });
  it('radiosensitivity unknown → needs it; ESCC missing → needs it', () => {
    expect(needFacts(epidural('stomach', '3'), 'separation-surgery.indication')).toEqual(['primary.radiosensitivity']);
    const ungraded = render(assessSeparationSurgery(facts({ primary: { histology: 'lung-nsclc' }, lesions: [{ site: 'spine', level: 'T9' }] })), 'en');
    expect(ungraded.verdict).toBe('needs-information');
    expect(needFacts(ungraded, 'separation-surgery.indication')).toEqual(['lesions[0].escc']);
  });
  it('no spinal lesion described → needs information; no spinal metastasis → not recommended', () => {
    const none = render(assessSeparationSurgery(facts({})), 'en');
    expect(none.verdict).toBe('needs-information');
    expect(needFacts(none, 'separation-surgery.no-spinal-lesion')).toEqual(['lesions']);
    expect(render(assessSeparationSurgery(facts({ metastases: { spinal: 0 } })), 'en').verdict).toBe('not-recommended');
  });
});

describe('laminectomy with fixation (002 §3.3, 004 §4.5.4.2)', () => {
  const lam = (lesion: object, over: Input = {}) => render(assessLaminectomyFixation(facts({ lesions: [{ site: 'spine', level: 'T6', ...lesion } as never], ...over })), 'en');
  it('posterior elements only (WBB 10–3) → recommended, always with fixation', () => {
    const result = lam({ wbbZones: [10, 11, 12, 1, 2, 3] });
    expect(result.verdict).toBe('recommended');
    expect(byId(result, 'laminectomy-fixation.indication')?.because[0]).toContain('WBB zones 1, 2, 3, 10, 11, 12');
    expect(byId(result, 'laminectomy-fixation.fixation-required')).toMatchObject({ verdict: 'info', strength: 'narrative', source: { document: '004', section: '§4.5.4.2' } });
  });
  it('anterior disease with ESCC 2 → palliative decompression (consider); with ESCC 0 and no deficit → not recommended', () => {
    expect(lam({ wbbZones: [5, 6, 7], escc: '2' }).verdict).toBe('consider');
    expect(lam({ wbbZones: [5, 6, 7], escc: '0' }, { neurology: { frankel: 'E', deficitProgressing: false, radicularCompression: false } }).verdict).toBe('not-recommended');
  });
  it('zones, grade and neurology missing → needs information', () => {
    const result = lam({});
    expect(result.verdict).toBe('needs-information');
    expect(needFacts(result, 'laminectomy-fixation.indication')).toEqual(['lesions[0].wbbZones', 'lesions[0].escc', 'neurology.frankel']);
  });
  it('cannot tolerate surgery → contraindicated', () => {
    expect(lam({ wbbZones: [11, 12, 1] }, { toleratesSurgery: false }).verdict).toBe('contraindicated');
  });
});

describe('palliative surgery (004 §4.5.3, 002 §2.3, §1.4, 004 rec 11, §4.5.4.3)', () => {
  /** Every 004 §4.5.3 criterion known and unmet. */
  const quiet = {
    primary: { histology: 'breast', boneMetastasisConfirmed: true },
    pain: { score: 4, refractory: false },
    neurology: { frankel: 'E', deficitProgressing: false, radicularCompression: false },
    lesions: [{ site: 'spine', level: 'L3', fracture: 'none', sins: 6, escc: '0' }],
  } satisfies Input;
  const pal = (over: Input, lang: 'en' | 'zh' | 'ja' = 'en') => render(assessPalliativeSurgery(facts({ ...quiet, ...over })), lang);
  const indication = (over: Input) => byId(pal(over), 'palliative-surgery.indication');
  it('no criterion met → not recommended, no peri-operative findings', () => {
    const result = pal({});
    expect(result.verdict).toBe('not-recommended');
    expect(byId(result, 'palliative-surgery.indication')?.because[0]).toContain('None of the 004 §4.5.3 criteria is met');
    expect(ids(result)).not.toContain('palliative-surgery.vte-prophylaxis');
  });
  it('each criterion alone → recommended', () => {
    expect(indication({ pain: { score: 7, refractory: true } })?.because[0]).toContain('pain progressing despite conservative');
    expect(indication({ lesions: [{ ...quiet.lesions[0], fracture: 'pathological' }] })?.verdict).toBe('recommended');
    expect(indication({ neurology: { frankel: 'C', deficitProgressing: false, motorRecovering: false, radicularCompression: false } })?.because[0]).toContain('motor function not recovering');
    expect(indication({ neurology: { frankel: 'E', deficitProgressing: false, radicularCompression: true } })?.because[0]).toContain('nerve compression');
    expect(indication({ lesions: [{ ...quiet.lesions[0], sins: 13 }] })?.because[0]).toContain('SINS ≥ 13');
    const insensitive = { primary: { histology: 'kidney', boneMetastasisConfirmed: true }, systemicTherapy: [{ agent: 'gemcitabine', class: 'chemotherapy', ongoing: false, effective: false }] } satisfies Input;
    expect(indication(insensitive)?.because[0]).toContain('insensitive to both radiotherapy and chemotherapy');
  });
  it('Frankel D with motor function recovering and no compression → not met', () => {
    expect(indication({ neurology: { frankel: 'D', deficitProgressing: false, motorRecovering: true, radicularCompression: false } })?.verdict).toBe('not-recommended');
  });
  it('SINS 13 unstable → recommended; 12 and 7 → consider (surgical consultation); 6 → no instability finding', () => {
    expect(byId(pal({ lesions: [{ ...quiet.lesions[0], sins: 13 }] }), 'palliative-surgery.spinal-instability')?.verdict).toBe('recommended');
    const twelve = pal({ lesions: [{ ...quiet.lesions[0], sins: 12 }] });
    expect(twelve.verdict).toBe('consider');
    expect(byId(twelve, 'palliative-surgery.indication')?.verdict).toBe('info');
    expect(byId(twelve, 'palliative-surgery.spinal-instability')?.because[0]).toContain('SINS 12 at L3 (7–12');
    expect(pal({ lesions: [{ ...quiet.lesions[0], sins: 7 }] }).verdict).toBe('consider');
    expect(ids(pal({}))).not.toContain('palliative-surgery.spinal-instability');
  });
  it('SINS at an irradiated level carries the validity caveat', () => {
    const result = pal({ lesions: [{ ...quiet.lesions[0], sins: 14, previouslyIrradiated: true }] });
    expect(byId(result, 'palliative-surgery.spinal-instability')?.because[1]).toContain('SINS is not valid');
  });
  it('with surgery already indicated, SINS 7–12 and an impending fracture only advise', () => {
    const result = pal({ pain: { score: 8, refractory: true }, lesions: [{ ...quiet.lesions[0], sins: 10, fracture: 'impending' }] });
    expect(result.verdict).toBe('recommended');
    expect(byId(result, 'palliative-surgery.spinal-instability')?.verdict).toBe('info');
    expect(byId(result, 'palliative-surgery.impending-fracture')?.verdict).toBe('info');
    expect(byId(pal({ lesions: [{ ...quiet.lesions[0], fracture: 'impending' }] }), 'palliative-surgery.impending-fracture')).toMatchObject({ verdict: 'consider', source: { document: '004', section: '§4.5.2' } });
  });
  it('unknown criteria → needs information, naming the facts', () => {
    const result = render(assessPalliativeSurgery(facts({ lesions: [{ site: 'spine', level: 'L3' }] })), 'en');
    expect(result.verdict).toBe('needs-information');
    expect(needFacts(result, 'palliative-surgery.indication')).toEqual([
      'pain.refractory', 'lesions[0].fracture', 'neurology.frankel', 'lesions[0].sins', 'primary.histology',
    ]);
  });
  it('metastasis not confirmed → consider, unless a progressing deficit calls for decompression; confirmation unknown → need', () => {
    expect(indication({ primary: { histology: 'breast', boneMetastasisConfirmed: false }, pain: { score: 8, refractory: true } })?.verdict).toBe('consider');
    expect(indication({ primary: { histology: 'breast', boneMetastasisConfirmed: false }, neurology: { frankel: 'D', deficitProgressing: true } })?.verdict).toBe('recommended');
    const unknown = indication({ primary: { histology: 'breast' }, pain: { score: 8, refractory: true } });
    expect(unknown?.needs.map((n) => n.fact)).toEqual(['primary.boneMetastasisConfirmed']);
  });
  it('a progressing deficit → decompress directly (002 §1.4)', () => {
    const result = pal({ neurology: { frankel: 'C', deficitProgressing: true } }, 'zh');
    expect(result.verdict).toBe('recommended');
    expect(byId(result, 'palliative-surgery.progressive-deficit')?.because[0]).toBe('神经症状进行性加重（Frankel C 级）：应直接手术减压。');
  });
  it('004 rec 11 (2B): lung cancer on effective therapy with a solitary spinal metastasis → consider', () => {
    const lung = { primary: { histology: 'lung-nsclc', boneMetastasisConfirmed: true }, metastases: { spinal: 1, extraspinalBone: 0 }, systemicTherapy: [{ agent: 'osimertinib', class: 'egfr-tki-oral', ongoing: true, effective: true }] } satisfies Input;
    expect(byId(pal(lung), 'palliative-surgery.solitary-on-effective-systemic-therapy')).toMatchObject({ verdict: 'consider', strength: 'weak', evidence: '2B', recommendation: 'lc-bone-rec-11' });
    expect(ids(pal({ ...lung, metastases: { spinal: 1, extraspinalBone: 1 } }))).not.toContain('palliative-surgery.solitary-on-effective-systemic-therapy');
    expect(ids(pal({ ...lung, primary: { histology: 'breast', boneMetastasisConfirmed: true } }))).not.toContain('palliative-surgery.solitary-on-effective-systemic-therapy');
  });
  it('pelvic lesions: acetabulum → THA, spared ilium → reinforcement, pubis/ischium → resection, unknown → need', () => {
    const pelvis = pal({ pain: { score: 8, refractory: true }, lesions: [
      { site: 'acetabulum', fracture: 'none' },
      { site: 'ilium', acetabulumInvolved: false, fracture: 'none' },
      { site: 'pubis-ischium', fracture: 'none' },
      { site: 'ilium', fracture: 'none' },
    ] }, 'zh');
    const options = byId(pelvis, 'palliative-surgery.pelvic-options');
    expect(options?.because.slice(1)).toEqual([
      '累及髋臼：可考虑行全髋关节置换术。',
      '尚未累及髋臼：可选择植入物或骨水泥强化应力传导区。',
      '病变位于耻骨、坐骨等非应力传导区：可行单纯切除术。',
      '髂骨病灶：是否累及髋臼决定行强化还是全髋关节置换术。',
    ]);
    expect(options?.needs.map((n) => n.fact)).toEqual(['lesions[3].acetabulumInvolved']);
  });
});

describe('localisation', () => {
  it('every text is filled in every language (no {placeholder} left, no English in zh/ja reasons)', () => {
    const input = {
      decisionDate: '2025-03-01',
      kps: 70,
      primary: { histology: 'kidney', controlled: true, boneMetastasisConfirmed: false },
      metastases: { spinal: 1, extraspinalBone: 0, visceral: 'unresectable' },
      neurology: { frankel: 'C', deficitProgressing: true },
      pain: { score: 8, refractory: true },
      lesions: [
        { site: 'spine', level: 'T9', escc: '1c', sins: 10, tomitaSites: ['body', 'spinal-canal'], wbbZones: [3, 4, 5], fracture: 'impending', previouslyIrradiated: true },
        { site: 'ilium' },
      ],
      systemicTherapy: [
        { agent: 'bevacizumab', class: 'vegf-targeted-iv', ongoing: true },
        { agent: 'X', class: 'other-targeted-iv', ongoing: true },
      ],
      priorTreatments: [{ kind: 'radiotherapy', date: '2025-02-01' }, { kind: 'separation-surgery', date: '2025-01-01' }],
    } satisfies Input;
    for (const lang of ['en', 'zh', 'ja'] as const) {
      const texts = [assessTes, assessSeparationSurgery, assessLaminectomyFixation, assessPalliativeSurgery]
        .flatMap((assess) => render(assess(facts(input)), lang).findings)
        .flatMap((f) => [...f.because, ...f.needs.map((n) => n.why)])
        .concat(render(perioperativeDates(facts(input)), lang).notes);
      expect(texts.length).toBeGreaterThan(20);
      for (const text of texts) expect(text, text).not.toMatch(/\{\w+\}/);
      if (lang !== 'en') for (const text of texts) expect(text, text).not.toMatch(/\b(the|and|with)\b/);
    }
  });
});

describe('the rule catalogue', () => {
  it('lists every finding id the tests emit, once each', () => {
    const catalogued = new Set(SURGERY_RULES.map((r) => r.id));
    expect(catalogued.size).toBe(SURGERY_RULES.length);
    const everything = {
      decisionDate: '2025-03-01',
      kps: 80,
      primary: { histology: 'kidney', controlled: true },
      metastases: { spinal: 1, extraspinalBone: 0, visceral: 'none' },
      neurology: { frankel: 'C', deficitProgressing: true },
      lesions: [
        { site: 'spine', level: 'T9', escc: '2', sins: 13, tomitaSites: ['body'], wbbZones: [4, 5], fracture: 'impending' },
        { site: 'ilium', fracture: 'none' },
      ],
      systemicTherapy: [{ agent: 'bevacizumab', class: 'vegf-targeted-iv', ongoing: true }],
      priorTreatments: [{ kind: 'radiotherapy', date: '2025-02-01' }],
    } satisfies Input;
    const scenarios: Input[] = [
      everything,
      { ...everything, toleratesSurgery: false },
      { ...everything, primary: { histology: 'breast' }, lesions: [{ site: 'spine', level: 'T9', escc: '1a' }, { site: 'spine', level: 'T2', escc: '0' }] },
      { metastases: { spinal: 0 } },
      { primary: { histology: 'lung-nsclc' }, metastases: { spinal: 1, extraspinalBone: 0 }, systemicTherapy: [{ agent: 'osimertinib', class: 'egfr-tki-oral', ongoing: true, effective: true }] },
      {},
    ];
    for (const input of scenarios) {
      for (const assess of [assessTes, assessSeparationSurgery, assessLaminectomyFixation, assessPalliativeSurgery]) {
        const result = render(assess(facts(input)), 'en');
        expect(result.findings.length, `${result.option} always decides`).toBeGreaterThan(0);
        for (const id of ids(result)) expect(catalogued.has(id), id).toBe(true);
      }
    }
  });
});
