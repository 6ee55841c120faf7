import { describe, expect, it } from 'vitest';
import { OPTION_IDS } from '../../knowledge/rules/index.js';
import { runCli } from '../test-support.js';

const FACTS = {
  decisionDate: '2026-11-25',
  patient: { age: 66, sex: 'female', weightKg: 55 },
  primary: { histology: 'lung-nsclc', cancerHistory: 'known-active', boneMetastasisConfirmed: true },
  kps: 70,
  pain: { score: 7, type: 'mechanical', limitsDailyLife: true },
  lesions: [{ level: 'L1', character: 'lytic', painful: true, posteriorWallIntact: true, pediclesInvolved: 'none', collapsePercent: 30, escc: '1a' }],
  metastases: { spinal: 3, extraspinalBone: 2, visceral: 'none', brain: false },
  labs: { plateletsPerUl: 180000, ptRatio: 1.1, apttRatio: 1.0, creatinineMgDl: 0.9 },
};

describe('bonemet recommend', () => {
  it('--json prints { options, needs, conflicts, plan } with a verdict and its deciding finding for every option', async () => {
    const { code, stdout, stderr } = await runCli(['recommend', '--json'], JSON.stringify(FACTS));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['alerts', 'options', 'needs', 'conflicts', 'plan']);
    for (const o of result.options) expect(Object.keys(o)).toEqual(expect.arrayContaining(['verdict', 'decidedBy', 'findings', 'conflicts']));
    expect(result.options.map((o: { option: string }) => o.option).sort()).toEqual([...OPTION_IDS].sort());
    expect(Object.keys(result.plan)).toEqual(['crclMlPerMin', 'bma', 'opioidTaper', 'cement', 'postProcedureCare', 'radiotherapy', 'dates']);
    const biopsy = result.options.find((o: { option: string }) => o.option === 'biopsy');
    expect(biopsy.verdict).toBe('not-recommended');
    expect(biopsy.decidedBy).toBe(biopsy.findings.find((f: { verdict: string }) => f.verdict === 'not-recommended').id);
  });
  it('renders a readable report in Chinese', async () => {
    const { code, stdout } = await runCli(['recommend', '--lang', 'zh'], JSON.stringify(FACTS));
    expect(code).toBe(0);
    expect(stdout).toContain('诊断路径与活检 — 不推荐');
    expect(stdout).toContain('确诊肺癌伴全身多发骨破坏（5 处）：不必进行骨活检。');
  });
  it('invalid facts: exit 2, every bad field by path, nothing on stdout', async () => {
    const bad = { ...FACTS, patient: { age: 'old', sex: 'x' }, lesions: [{ level: 'T13' }, { site: 'ilium', level: 'L1' }], kps: 75 };
    const { code, stdout, stderr } = await runCli(['recommend'], JSON.stringify(bad));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('facts.patient.age: expected number, got "old"');
    expect(stderr).toContain('facts.patient.sex: "x" is not accepted; accepted: "female", "male"');
    expect(stderr).toContain('facts.lesions[0].level: "T13" is not a vertebral level or span');
    expect(stderr).toContain('facts.lesions[1].level: only for spinal lesions (site is "ilium")');
    expect(stderr).toContain('facts.kps: 75 is not a multiple of 10');
  });
  it('rejects stray arguments and unknown fields', async () => {
    expect((await runCli(['recommend', 'now'], JSON.stringify(FACTS))).code).toBe(2);
    const unknown = await runCli(['recommend'], JSON.stringify({ ...FACTS, smoker: true }));
    expect(unknown.stderr).toContain('facts: unknown field "smoker"');
  });
});
