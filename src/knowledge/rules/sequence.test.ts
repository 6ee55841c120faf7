/**
 * The sequenced plan on vignettes: order, dates and dependencies from the sources' intervals
 * (000 §1.2, 002 §1.5, §1.6, §3.4, §3.7, 004 rec 8), BED/EQD2 of the chosen schedule, and the
 * timing conflicts a board can create by setting dates.
 */
import { describe, expect, it } from 'vitest';
import { patientFactsSchema, type PatientFactsInput } from '../facts/index.js';
import { isText, render, unknownKeys } from '../texts.js';
import { recommendFromFacts, type OptionId } from './index.js';
import { RANK, RT_SCHEDULES, STEP_KEYS, planChoicesSchema, sequencePlan } from './sequence.js';
import { PAINFUL_LYTIC_L1 } from './test-support.js';

/** The board-plan patient (no metastasis count), fit for surgery, with the clinician's life expectancy. */
const { metastases: _counts, ...painfulL1 } = PAINFUL_LYTIC_L1;
const l1: PatientFactsInput = { ...painfulL1, decisionDate: '2026-11-25', toleratesSurgery: true, lifeExpectancyMonths: 9 };

function plan(input: PatientFactsInput, chosen: OptionId[], choices: unknown, lang: 'en' | 'zh' | 'ja' = 'en') {
  const facts = patientFactsSchema.parse(input);
  return render(sequencePlan(facts, recommendFromFacts(facts).options, chosen, choices), lang);
}

describe('sequencePlan', () => {
  it('PVP L1 → SBRT within a week → dental examination → denosumab, analgesia titrated then tapered', () => {
    const p = plan(l1, ['pvp', 'sbrt', 'bma', 'analgesia'], { schedules: { sbrt: 'sbrt-24x2' } });
    expect(p.conflicts).toEqual([]);
    expect(p.steps.map((s) => [s.key, s.date])).toEqual([
      ['pvp', '2026-11-25'],
      ['dental-examination', '2026-11-25'],
      ['bma', '2026-11-25'],
      ['analgesia', '2026-11-25'],
      ['sbrt', '2026-11-26'], // 002 §3.4 after augmentation, 000 §1.2 within a week: day 1 by default
    ]);
    const sbrt = p.steps.find((s) => s.key === 'sbrt')!;
    expect(sbrt.title).toBe('Stereotactic body radiotherapy (SBRT/SSRS) L1');
    expect(sbrt.after).toEqual(['pvp']);
    // 24 Gy/2: BED10 = 24 × (1 + 12/10) = 52.8; EQD2(10) = 52.8 / 1.2 = 44; EQD2(2) = 24 × (1 + 6) / 2 = 84
    expect(sbrt.schedule).toMatchObject({ id: 'sbrt-24x2', doseGy: 24, fractions: 2, bed: { '10': 52.8, '3': 120 }, eqd2: { '10': 44, '2': 84 } });
    expect(sbrt.schedule!.source).toContain('Lancet Oncol 2021');
    expect(sbrt.reasons.map((r) => r.source)).toEqual(expect.arrayContaining(['002 §3.4', '000 §1.2']));
    expect(p.steps.find((s) => s.key === 'bma')!.after).toEqual(['dental-examination']);
    expect(p.steps.find((s) => s.key === 'bma')!.reasons[0]!.source).toBe('004 rec 8 (1B)');
  });

  it('a targeted agent whose hold cannot be dated (002 §1.5) is an error before surgery, never planned around silently', () => {
    const onTki = { ...l1, systemicTherapy: [{ agent: 'osimertinib', class: 'egfr-tki-oral', ongoing: true }, { agent: 'alectinib', class: 'alk-tki-oral', ongoing: true }] } as PatientFactsInput;
    const p = plan(onTki, ['palliative-surgery'], { startDate: '2026-11-26' });
    const holds = p.conflicts.filter((c) => /osimertinib|alectinib/.test(c.text));
    expect(holds.map((c) => [c.severity, c.source])).toEqual([['error', '002 §1.5'], ['warning', '002 §1.5']]);
    expect(holds[0]!.text).toContain('osimertinib (14 days, 002 §1.5) cannot be dated without its last dose');
    // with the last dose the hold dates the surgery instead: 2026-11-20 + 14 days
    const dated = plan({ ...l1, systemicTherapy: [{ agent: 'osimertinib', class: 'egfr-tki-oral', ongoing: false, lastDoseDate: '2026-11-20' }] }, ['palliative-surgery'], { startDate: '2026-11-26' });
    expect(dated.conflicts.some((c) => /cannot be dated/.test(c.text))).toBe(false);
    expect(dated.steps.find((s) => s.key === 'palliative-surgery')!.date).toBe('2026-12-04');
  });

  it('SBRT after separation surgery keeps to the 3–5 week window of 002 §3.7 only while that window is open', () => {
    const separated = (date: string) => ({ ...l1, priorTreatments: [{ kind: 'separation-surgery', date, levels: ['L1'] }] }) as PatientFactsInput;
    const recent = plan(separated('2026-11-10'), ['sbrt'], { startDate: '2026-11-26', schedules: { sbrt: 'sbrt-24x2' } });
    // day 14 after 2026-11-10 is 2026-11-24, day 35 is 2026-12-15: the plan's start lies inside
    expect(recent.steps.find((x) => x.key === 'sbrt')!.reasons.map((r) => r.text)).toContain('Stereotactic radiotherapy within 3–5 weeks of separation surgery (read as day 14 to day 35).');
    const old = plan(separated('2025-06-01'), ['sbrt'], { startDate: '2026-11-26', schedules: { sbrt: 'sbrt-24x2' } });
    expect(old.steps.find((x) => x.key === 'sbrt')!.reasons.map((r) => r.text)).not.toContain('Stereotactic radiotherapy within 3–5 weeks of separation surgery (read as day 14 to day 35).');
    expect(old.conflicts.filter((c) => /3–5 weeks|day 35/.test(c.text))).toEqual([]);
  });

  it('only the chosen schedule enters the plan; SBRT without one is an error', () => {
    const without = plan(l1, ['sbrt'], {});
    expect(without.conflicts).toMatchObject([{ severity: 'error', steps: ['sbrt'] }]);
    expect(without.steps[0]!.schedule).toBeNull();
    const single = plan(l1, ['sbrt'], { schedules: { sbrt: 'sbrt-24x1' } });
    // 24 Gy × 1: BED10 = 24 × 3.4 = 81.6, EQD2(10) = 68
    expect(single.steps[0]!.schedule).toMatchObject({ bed: { '10': 81.6 }, eqd2: { '10': 68 } });
    expect(() => plan(l1, ['sbrt'], { schedules: { sbrt: 'ebrt-8x1' } })).toThrow(/SBRT schedule/);
    const [issue] = planChoicesSchema.safeParse({ schedules: { ebrt: 'sbrt-24x2' } }).error?.issues ?? [];
    expect(issue?.message).toBe('a EBRT schedule (ebrt-8x1, ebrt-20x5, ebrt-30x10)');
    expect(render((issue as { params?: { text?: unknown } } | undefined)?.params?.text, 'zh')).toBe('须为 EBRT 分割方案（ebrt-8x1, ebrt-20x5, ebrt-30x10）');
  });

  it('every public SBRT schedule has its citation; 27 Gy/3 gives BED10 51.3', () => {
    expect(RT_SCHEDULES.filter((s) => s.option === 'sbrt').map((s) => `${s.doseGy}/${s.fractions}`)).toEqual(['16/1', '18/1', '24/1', '24/2', '27/3', '30/5', '35/5']);
    const trial = { 'sbrt-16x1': 'RTOG 0631', 'sbrt-18x1': 'RTOG 0631', 'sbrt-24x1': 'Zelefsky', 'sbrt-24x2': 'SC.24', 'sbrt-27x3': 'Zelefsky', 'sbrt-30x5': 'Huo', 'sbrt-35x5': 'Huo', 'ebrt-20x5': 'ASTRO' } as Record<string, string>;
    for (const s of RT_SCHEDULES) {
      if (s.source.document === 'public') expect(s.source.citation, s.id).toContain(trial[s.id]);
      else expect(`${s.source.document} ${s.source.section}`, s.id).toBe(s.id === 'ebrt-8x1' ? '004 §4.4.1' : '001 §7 CQ4');
    }
    const p = plan(l1, ['sbrt'], { schedules: { sbrt: 'sbrt-27x3' } });
    expect(p.steps[0]!.schedule!.bed['10']).toBe(51.3); // 27 × (1 + 9/10)
  });

  it('timing conflict: radiotherapy dated before PVP is a warning with its reading (002 §3.4 sets no order); 10 days after is a warning (000 §1.2)', () => {
    const before = plan(l1, ['pvp', 'ebrt'], { dates: { pvp: '2026-11-27', ebrt: '2026-11-26' }, schedules: { ebrt: 'ebrt-8x1' } });
    expect(before.conflicts.map((c) => [c.severity, c.source])).toEqual([['warning', '002 §3.4']]);
    expect(before.conflicts[0]!.text).toContain('002 §3.4 says only that patients need further radiotherapy after PVP/PKP');
    expect(before.conflicts[0]!.text).toMatch(/^External-beam radiotherapy \(EBRT\) L1 on 2026-11-26 comes before .* \(2026-11-27\)\. Radiotherapy after the vertebral augmentation\./);
    const late = plan(l1, ['pvp', 'ebrt'], { dates: { pvp: '2026-11-25', ebrt: '2026-12-05' }, schedules: { ebrt: 'ebrt-8x1' } });
    expect(late.conflicts).toMatchObject([{ severity: 'warning', source: '000 §1.2' }]);
    expect(late.conflicts[0]!.text).toContain('at most 7 day(s)');
  });

  it('hypervascular renal primary: embolisation before surgery, surgery within 48 h (002 §1.6); a 3-day gap is an error', () => {
    const renal: PatientFactsInput = { ...l1, primary: { histology: 'kidney', cancerHistory: 'known-active', boneMetastasisConfirmed: true } };
    const ok = plan(renal, ['palliative-surgery'], { dates: { 'palliative-surgery': '2026-12-01' } });
    expect(ok.steps.map((s) => [s.key, s.date])).toEqual([['embolisation', '2026-11-25'], ['palliative-surgery', '2026-12-01']]);
    expect(ok.conflicts).toMatchObject([{ severity: 'error', source: '002 §1.6' }]);
    const sameDay = plan(renal, ['palliative-surgery'], { dates: { embolisation: '2026-11-30', 'palliative-surgery': '2026-12-01' } });
    expect(sameDay.conflicts).toEqual([]);
    const unset = plan(renal, ['palliative-surgery'], {});
    expect(unset.steps.map((s) => s.date)).toEqual(['2026-11-25', '2026-11-25']);
  });

  it('separation surgery then SSRS: default day 21 (the literal 3 weeks), day 14–20 a warning, day 40 breaks the 3–5 week window (002 §3.7); VEGF agent held 4 weeks (002 §1.5)', () => {
    const resistant: PatientFactsInput = {
      ...l1,
      primary: { histology: 'melanoma', cancerHistory: 'known-active', boneMetastasisConfirmed: true },
      lesions: [{ ...l1.lesions![0]!, escc: '2' }],
      systemicTherapy: [{ agent: 'bevacizumab', class: 'vegf-targeted-iv', ongoing: false, lastDoseDate: '2026-11-20' }],
    };
    const p = plan(resistant, ['separation-surgery', 'sbrt'], { schedules: { sbrt: 'sbrt-24x1' } });
    // bevacizumab last given 2026-11-20 → surgery not before 2026-12-18; SSRS from day 21 → 2027-01-08
    expect(p.steps.map((s) => [s.key, s.date])).toEqual([['separation-surgery', '2026-12-18'], ['sbrt', '2027-01-08']]);
    expect(p.conflicts).toEqual([]);
    const day16 = plan(resistant, ['separation-surgery', 'sbrt'], { dates: { 'separation-surgery': '2026-12-18', sbrt: '2027-01-03' }, schedules: { sbrt: 'sbrt-24x1' } });
    expect(day16.conflicts.map((c) => [c.severity, c.source])).toEqual([['warning', '002 §3.7']]);
    expect(day16.conflicts[0]!.text).toContain('分离手术后的定向放射治疗必须在术后 3~5 周内进行');
    // separation surgery without SSRS of its lesion: 002 §3.2 "在术后一定要配合定向放疗"
    expect(plan(resistant, ['separation-surgery'], {}).conflicts.map((c) => [c.severity, c.source])).toEqual([['error', '002 §3.2, §3.7']]);
    const late = plan(resistant, ['separation-surgery', 'sbrt'], { dates: { 'separation-surgery': '2026-12-10', sbrt: '2027-01-19' }, schedules: { sbrt: 'sbrt-24x1' } });
    expect(late.conflicts.map((c) => [c.severity, c.source])).toEqual([['error', '002 §3.7'], ['error', '002 §1.5']]);
  });

  it('a chosen contraindicated option is an error naming the deciding source', () => {
    const p = plan(l1, ['separation-surgery'], {}); // ESCC 1a: low grade, 002 §3.2
    expect(p.conflicts).toMatchObject([{ severity: 'error', steps: ['separation-surgery'], source: '002 §3.2, §3.7' }, { severity: 'error', steps: ['separation-surgery'], source: '002 §3.2' }]);
  });

  it('a chosen option whose contraindication screen is incomplete is an error naming the facts: nothing is recommended while it is unknown', () => {
    const p = plan({ ...l1, labs: undefined }, ['pvp'], {});
    // PVP would be recommended; the coagulation screen (002 §3.4) waits on platelets, PT and APTT.
    expect(p.conflicts).toMatchObject([{ severity: 'error', steps: ['pvp'], facts: ['labs.plateletsPerUl', 'labs.ptRatio', 'labs.apttRatio'], source: '002 §3.4' }]);
    expect(p.conflicts[0]!.text).toContain('contraindication screen is incomplete');
    expect(plan({ ...l1, labs: undefined }, ['pvp'], {}, 'zh').conflicts[0]!.text).toContain('禁忌证筛查尚未完成');
  });

  it('a chosen option that still needs information is a warning naming the missing facts', () => {
    const p = plan({ ...l1, lifeExpectancyMonths: undefined }, ['tes'], {});
    expect(p.conflicts).toMatchObject([{ severity: 'warning', steps: ['tes'], source: '002 §3.1' }]);
    expect(p.conflicts[0]!.facts).toContain('lifeExpectancyMonths');
    expect(p.conflicts[0]!.text).toContain('still needs information: Life expectancy, months; ');
  });

  it('the dental examination the plan schedules answers the bone agent’s screen (004 rec 8): no conflict for it', () => {
    const p = plan(l1, ['bma'], {});
    expect(p.steps.map((s) => s.key)).toEqual(['dental-examination', 'bma']);
    expect(p.conflicts).toEqual([]);
  });

  it('every chosen option becomes a step with its own title (long-bone surgery, systemic therapy, supportive care)', () => {
    const p = plan(l1, ['systemic-therapy', 'supportive-care', 'long-bone-surgery'], {});
    expect(p.steps.map((s) => s.key).sort()).toEqual(['long-bone-surgery', 'supportive-care', 'systemic-therapy']);
    for (const step of p.steps) expect(step.title).not.toMatch(/undefined/);
    expect(p.conflicts.map((c) => c.text).join(' ')).not.toMatch(/undefined/);
  });

  describe('each rule applies to the lesion and level it speaks of', () => {
    const femur = { site: 'long-bone', longBone: 'femur', character: 'lytic', painful: false, fracture: 'impending', boneRegion: 'shaft' } as const;
    const withFemur: PatientFactsInput = { ...l1, lesions: [...l1.lesions!, femur] };

    it('radiotherapy to a femur does not delay spine surgery; radiotherapy at L1 does (> 2 weeks, 002 §3.7); at T4 it is a warning to judge', () => {
      const rt = (t: Record<string, unknown>) => ({ ...withFemur, priorTreatments: [{ kind: 'radiotherapy', date: '2026-11-20', ...t }] }) as PatientFactsInput;
      const femurRt = plan(rt({ site: 'long-bone', longBone: 'femur' }), ['palliative-surgery'], { targets: { 'palliative-surgery': [1] } });
      expect(femurRt.steps.find((s) => s.key === 'palliative-surgery')!.date).toBe('2026-11-25');
      expect(femurRt.conflicts).toEqual([]);
      // 2026-11-20 + 15 days: more than 2 weeks
      const l1Rt = plan(rt({ levels: ['T12-L2'] }), ['palliative-surgery'], { targets: { 'palliative-surgery': [1] } });
      expect(l1Rt.steps.find((s) => s.key === 'palliative-surgery')!.date).toBe('2026-12-05');
      // where it was given is not recorded: read as possibly the operated level
      expect(plan(rt({}), ['palliative-surgery'], { targets: { 'palliative-surgery': [1] } }).steps[0]!.date).toBe('2026-12-05');
      const t4 = plan(rt({ levels: ['T4'] }), ['palliative-surgery'], { targets: { 'palliative-surgery': [1] } });
      expect(t4.steps[0]!.date).toBe('2026-11-25');
      expect(t4.conflicts).toMatchObject([{ severity: 'warning', source: '002 §3.7' }]);
      expect(t4.conflicts[0]!.text).toContain('radiotherapy to T4 ended 2026-11-20, at other spinal levels');
    });

    it('PVP at L1 and EBRT to the femur only: no PVP → radiotherapy order or week (002 §3.4, 000 §1.2)', () => {
      const p = plan(withFemur, ['pvp', 'ebrt'], { targets: { pvp: [1], ebrt: [2] }, dates: { pvp: '2026-11-27', ebrt: '2026-11-26' }, schedules: { ebrt: 'ebrt-8x1' } });
      expect(p.conflicts).toEqual([]);
      expect(p.steps.find((s) => s.key === 'ebrt')!.title).toBe('External-beam radiotherapy (EBRT) femur (lesion 2)');
      expect(p.steps.find((s) => s.key === 'ebrt')!.after).toEqual([]);
      // the same two steps at L1 are ordered and an error when reversed
      const same = plan(withFemur, ['pvp', 'ebrt'], { targets: { pvp: [1], ebrt: [1] }, dates: { pvp: '2026-11-27', ebrt: '2026-11-26' }, schedules: { ebrt: 'ebrt-8x1' } });
      expect(same.conflicts.map((c) => [c.severity, c.source])).toEqual([['warning', '002 §3.4']]);
    });

    it('a step that could treat several lesions asks which, and assumes all until told; a lesion it cannot treat is an error', () => {
      const p = plan(withFemur, ['ebrt'], { schedules: { ebrt: 'ebrt-8x1' } });
      expect(p.conflicts).toMatchObject([{ severity: 'warning', steps: ['ebrt'] }]);
      expect(p.conflicts[0]!.text).toBe('External-beam radiotherapy (EBRT): 2 lesions could be its target (L1, femur (lesion 2)); choose the ones to treat — until then the plan assumes all of them.');
      expect(plan(withFemur, ['ebrt'], { schedules: { ebrt: 'ebrt-8x1' } }, 'zh').steps[0]!.title).toBe('外照射放疗（EBRT） L1、股骨（病灶 2）');
      const wrong = plan(withFemur, ['pvp'], { targets: { pvp: [2] } });
      expect(wrong.conflicts).toMatchObject([{ severity: 'error', steps: ['pvp'] }]);
      expect(wrong.conflicts[0]!.text).toBe('Percutaneous vertebroplasty / kyphoplasty (PVP/PKP): lesion 2 is not a lesion this step can treat (it treats: L1).');
    });

    it('a lesion\'s missing fact is named with its lesion, not as a path', () => {
      const bare: PatientFactsInput = { ...l1, lesions: [{ level: 'L1', character: 'lytic', painful: true, escc: '1a', sins: 10 }] };
      const p = plan(bare, ['pvp'], {});
      expect(p.conflicts[0]!.text).toContain('L1: Posterior wall');
      expect(p.conflicts[0]!.text).not.toContain('lesions[0]');
    });

    it('targets remember their lesions: when the decision\'s lesions change under them, the plan refuses them instead of treating another lesion', () => {
      const chosen = { targets: { ebrt: [2] }, targetLesions: ['L1', 'long-bone femur'], schedules: { ebrt: 'ebrt-8x1' } };
      expect(plan(withFemur, ['ebrt'], chosen).conflicts).toEqual([]);
      // a T8 lesion recorded since, listed second: lesion 2 is no longer the femur
      const moved: PatientFactsInput = { ...l1, lesions: [l1.lesions![0]!, { level: 'T8', character: 'blastic' }, femur] };
      const p = plan(moved, ['ebrt'], chosen);
      expect(p.conflicts[0]).toMatchObject({ severity: 'error', steps: ['ebrt'] });
      expect(p.conflicts[0]!.text).toContain('its targets were chosen when the lesions read differently (long-bone femur)');
      expect(p.steps[0]!.title).toBe('External-beam radiotherapy (EBRT) L1, T8, femur (lesion 3)');
    });

    it('embolisation reads the operated spinal lesions: a hypervascular femur adds none; a renal primary is not cancelled by one non-hypervascular level', () => {
      const vascularFemur: PatientFactsInput = { ...l1, lesions: [...l1.lesions!, { ...femur, hypervascular: true }] };
      expect(plan(vascularFemur, ['palliative-surgery'], {}).steps.map((s) => s.key)).toEqual(['palliative-surgery']);
      const renal: PatientFactsInput = {
        ...l1,
        primary: { histology: 'kidney', cancerHistory: 'known-active', boneMetastasisConfirmed: true },
        lesions: [{ ...l1.lesions![0]!, hypervascular: false }, { level: 'T8', character: 'lytic', escc: '1a', sins: 8 }],
      };
      expect(plan(renal, ['palliative-surgery'], { targets: { 'palliative-surgery': [1, 2] } }).steps.map((s) => s.key)).toEqual(['embolisation', 'palliative-surgery']);
      // operating at L1 only, where DSA says not hypervascular: no embolisation
      expect(plan(renal, ['palliative-surgery'], { targets: { 'palliative-surgery': [1] } }).steps.map((s) => s.key)).toEqual(['palliative-surgery']);
    });

    it('long-bone surgery: the targeted-therapy hold (002 §1.5) and its own bone’s radiotherapy interval (002 §3.7) are warnings with the reading, the date is not moved', () => {
      const onTki: PatientFactsInput = {
        ...withFemur,
        systemicTherapy: [{ agent: 'osimertinib', class: 'egfr-tki-oral', ongoing: false, lastDoseDate: '2026-11-20' }],
        priorTreatments: [{ kind: 'radiotherapy', date: '2026-11-24', site: 'long-bone', longBone: 'femur' }],
      };
      const p = plan(onTki, ['long-bone-surgery'], {});
      // osimertinib 2026-11-20 + 14 = 2026-12-04; femoral radiotherapy 2026-11-24 + 15 = 2026-12-09: both shown, neither moves the fixation
      expect(p.steps).toMatchObject([{ key: 'long-bone-surgery', date: '2026-11-25', title: 'Long-bone surgery (fixation, prosthesis, amputation) femur (lesion 2)' }]);
      expect(p.conflicts.map((c) => [c.severity, c.source])).toEqual([['warning', '002 §1.5'], ['warning', '002 §3.7']]);
      expect(p.conflicts[0]!.text).toContain('for a long bone it is shown to weigh, not used to move the date');
      expect(p.conflicts[1]!.text).toContain('2026-12-09');
      expect(plan(onTki, ['long-bone-surgery'], { dates: { 'long-bone-surgery': '2026-12-10' } }).conflicts).toEqual([]);
    });

    it('a progressing deficit is decompressed without waiting: the hold and the radiotherapy interval are warnings quoting 002 §1.4', () => {
      const urgent: PatientFactsInput = {
        ...l1,
        neurology: { frankel: 'C', deficitProgressing: true },
        lesions: [{ ...l1.lesions![0]!, escc: '3' }],
        systemicTherapy: [{ agent: 'osimertinib', class: 'egfr-tki-oral', ongoing: true, lastDoseDate: '2026-11-24' }],
        priorTreatments: [{ kind: 'radiotherapy', date: '2026-11-15', levels: ['L1'] }],
      };
      const p = plan(urgent, ['palliative-surgery'], {});
      expect(p.steps[0]!.date).toBe('2026-11-25');
      expect(p.conflicts.map((c) => [c.severity, c.source])).toEqual([['warning', '002 §1.5'], ['warning', '002 §3.7']]);
      expect(p.conflicts[0]!.text).toContain('则应直接手术减压');
    });

    it('radiotherapy before the operation of the same lesion: more than 2 weeks before it, and not for a (threatened) fracture (002 §3.7)', () => {
      const first = plan(l1, ['laminectomy-fixation', 'ebrt'], { dates: { ebrt: '2026-11-25', 'laminectomy-fixation': '2026-12-16' }, schedules: { ebrt: 'ebrt-8x1' } });
      expect(first.conflicts.filter((c) => c.source === '002 §3.7')).toEqual([]);
      const close = plan(l1, ['laminectomy-fixation', 'ebrt'], { dates: { ebrt: '2026-11-25', 'laminectomy-fixation': '2026-12-05' }, schedules: { ebrt: 'ebrt-8x1' } });
      expect(close.conflicts.filter((c) => c.source === '002 §3.7').map((c) => c.severity)).toEqual(['error']);
      expect(close.conflicts.find((c) => c.source === '002 §3.7')!.text).toContain('at least 15 day(s) after External-beam radiotherapy (EBRT) L1');
      const fractured: PatientFactsInput = { ...l1, lesions: [{ ...l1.lesions![0]!, fracture: 'pathological' }] };
      const noPreop = plan(fractured, ['laminectomy-fixation', 'ebrt'], { dates: { ebrt: '2026-11-25', 'laminectomy-fixation': '2026-12-16' }, schedules: { ebrt: 'ebrt-8x1' } });
      expect(noPreop.conflicts.find((c) => c.source === '002 §3.7')!.text).toContain('不建议术前放疗');
    });

    it('an earlier separation surgery pins only SBRT at its levels', () => {
      const twoLevels: PatientFactsInput = { ...l1, lesions: [{ level: 'T6', character: 'lytic', escc: '2' }, l1.lesions![0]!], priorTreatments: [{ kind: 'separation-surgery', date: '2026-11-15', levels: ['T6'] }] };
      const other = plan(twoLevels, ['sbrt'], { targets: { sbrt: [2] }, schedules: { sbrt: 'sbrt-24x1' } });
      expect(other.steps[0]!.date).toBe('2026-11-25');
      expect(other.conflicts).toEqual([]);
      // at T6: the window opens on day 14 after 2026-11-15
      expect(plan(twoLevels, ['sbrt'], { targets: { sbrt: [1] }, schedules: { sbrt: 'sbrt-24x1' } }).steps[0]!.date).toBe('2026-11-29');
    });

    it('biopsy precedes spinal surgery (002 §1.4) unless the deficit progresses; other treatments wait for the diagnosis (004 §3.1.7)', () => {
      const p = plan(l1, ['biopsy', 'palliative-surgery', 'sbrt'], { schedules: { sbrt: 'sbrt-24x2' } });
      expect(p.steps.find((s) => s.key === 'palliative-surgery')!.reasons.map((r) => r.source)).toContain('002 §1.4');
      expect(p.steps.find((s) => s.key === 'sbrt')!.reasons.map((r) => r.source)).toContain('004 §3.1.7');
      const urgent = plan({ ...l1, neurology: { frankel: 'C', deficitProgressing: true } }, ['biopsy', 'palliative-surgery'], { dates: { biopsy: '2026-11-27', 'palliative-surgery': '2026-11-25' } });
      expect(urgent.steps.find((s) => s.key === 'palliative-surgery')!.after).toEqual([]);
      expect(urgent.conflicts.filter((c) => c.source === '002 §1.4' && /comes before/.test(c.text))).toEqual([]);
    });
  });

  it('carries catalogue texts, rendered only at the edge', () => {
    const facts = patientFactsSchema.parse({ ...l1, labs: undefined });
    const neutral = sequencePlan(facts, recommendFromFacts(facts).options, ['pvp', 'sbrt', 'bma', 'analgesia', 'tes'], { dates: { sbrt: '2026-11-24' }, schedules: { sbrt: 'sbrt-24x2' } });
    const texts = [...neutral.steps.flatMap((s) => [s.title, ...s.reasons.map((r) => r.text)]), ...neutral.conflicts.map((c) => c.text)];
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.every(isText)).toBe(true);
    expect(unknownKeys(neutral)).toEqual([]);
    expect(JSON.stringify(render(neutral, 'zh'))).not.toContain('[object Object]');
  });

  it('speaks Chinese and Japanese', () => {
    const zh = plan(l1, ['bma'], { dates: { 'dental-examination': '2026-11-27', bma: '2026-11-26' } }, 'zh');
    expect(zh.conflicts[0]!.text).toContain('须在其后');
    const ja = plan(l1, ['bma'], {}, 'ja');
    expect(ja.steps[0]!.title).toBe('歯科診察');
  });
});

it('the display order ranks every step key once', () => {
  expect([...RANK].sort()).toEqual([...STEP_KEYS].sort());
});
