import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_IDS } from '../../knowledge/instruments/index.js';
import { runCli } from '../test-support.js';

const SINS = JSON.stringify({ level: 'T11', pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'under-50', posterolateral: 'unilateral' });

describe('bonemet score', () => {
  it('--list names every instrument', async () => {
    const { code, stdout } = await runCli(['score', '--list']);
    expect(code).toBe(0);
    for (const id of INSTRUMENT_IDS) expect(stdout).toMatch(new RegExp(`^${id} `, 'm'));
  });
  it('--json prints the result object, its texts in the --lang language', async () => {
    const { code, stdout, stderr } = await runCli(['score', 'sins', '--json'], SINS);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ instrument: 'sins', total: 11, band: { id: 'potentially-unstable', label: 'Potentially unstable (7–12)' } });
    expect(Object.keys(result)).toEqual(['instrument', 'version', 'name', 'total', 'band', 'items', 'derived', 'interpretation', 'caveats', 'sources']);
    const ja = JSON.parse((await runCli(['score', 'sins', '--json', '--lang', 'ja'], SINS)).stdout);
    expect(ja.band.label).toBe('潜在的不安定（7~12 点）');
  });
  it('words a custom check in the --lang language', async () => {
    const zh = await runCli(['score', 'odi', '--lang', 'zh'], JSON.stringify({ sections: {} }));
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/input\.sections: 10 个部分未作答（疼痛程度、/);
  });
  it('prints a readable table in Japanese and Chinese', async () => {
    const ja = await runCli(['score', 'sins', '--lang', 'ja'], SINS);
    expect(ja.stdout).toContain('合計: 11');
    expect(ja.stdout).toContain('潜在的不安定（7~12 点）');
    const zh = await runCli(['score', 'sins', '--lang', 'zh'], SINS);
    expect(zh.stdout).toContain('来源: 002 §2.3');
  });
  it('prints the 002 §2.2 and the published prognosis total, each with its band and source', async () => {
    // ER/HR-negative breast, no visceral, multiple bone: Tomita 2001 scores 1 + 0 + 2 = 3; 002 §2.2 moves slow growth to moderate: 4.
    const input = JSON.stringify({ primary: 'breast', breastSubtype: 'er-hr-negative', visceralMetastases: 'none', boneMetastases: 'multiple' });
    const en = await runCli(['score', 'tomita'], input);
    expect(en.stdout).toContain('Total per 002 §2.2: 4 — 4–5: marginal or intralesional excision\nTotal as published (Tomita 2001): 3 — 2–3: wide or marginal excision\n');
    expect(en.stdout).not.toMatch(/^Total: /m);
    const zh = await runCli(['score', 'tomita', '--lang', 'zh'], input);
    expect(zh.stdout).toContain('按 002 §2.2 计算的总分: 4 — 4~5 分：边缘或病灶内切除');
    expect(zh.stdout).toContain('原版总分（Tomita 2001）: 3 — 2~3 分：广泛或边缘切除');
    expect(zh.stdout).toContain('分值上调');
    const json = JSON.parse((await runCli(['score', 'tomita', '--json'], input)).stdout);
    expect(json).toMatchObject({ total: 4, publishedTotal: 3, publishedBand: { id: 'wide-or-marginal' }, derived: { breastModifierApplied: true } });
  });
  it('reads --input FILE', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bonemet-'));
    const file = join(dir, 'kps.json');
    await writeFile(file, '{"kps": 60}');
    const { code, stdout } = await runCli(['score', 'kps', '--json', '--input', file]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).derived.ecog).toBe(2);
  });
  it('invalid input: exit 2, every bad field with accepted values, nothing on stdout', async () => {
    const { code, stdout, stderr } = await runCli(['score', 'sins', '--json'], JSON.stringify({ level: 'L6', pain: 'severe', boneLesion: 'lytic', alignment: 'normal', collapse: 'none' }));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('input.level: "L6" is not a vertebral level or span; accepted: C1–C7, T1–T12, L1–L5, S1–S5');
    expect(stderr).toContain('input.pain: "severe" is not accepted; accepted: "mechanical", "occasional-non-mechanical", "pain-free"');
    expect(stderr).toContain('input.posterolateral: required; accepted: "bilateral", "unilateral", "none"');
  });
  it.each([
    [['score', 'sins'], 'not json', /not valid JSON/],
    [['score', 'sins'], '', /empty input/],
    [['score', 'sinz'], '{}', /unknown instrument "sinz"; accepted: sins, escc/],
    [['score', 'sins', '--lang', 'fr'], SINS, /--lang "fr" is not supported; accepted: en, zh, ja/],
    [['score', 'kps', '--input', '/nonexistent.json'], '', /cannot read --input/],
    [['score', 'kps', '--frobnicate'], '{}', /Unknown option/],
    [['score', 'kps'], '{"kps": "seventy"}', /input.kps: expected number, got "seventy"/],
  ])('%j with %j → exit 2', async (args, stdin, message) => {
    const { code, stdout, stderr } = await runCli(args, stdin);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
  it('--example prints an input that scores', async () => {
    for (const id of INSTRUMENT_IDS) {
      const example = await runCli(['score', id, '--example']);
      const { code } = await runCli(['score', id, '--json'], example.stdout);
      expect(code).toBe(0);
    }
  });
});

describe('the installed bin', () => {
  it('exits 2 with nothing on stdout for bad input', async () => {
    const run = promisify(execFile);
    const bin = join(import.meta.dirname, '../../../bin/bonemet.js');
    const child = run('node', [bin, 'score', 'escc', '--json']);
    child.child.stdin?.end('{"grade":"4"}');
    await expect(child).rejects.toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('input.grade') });
    const ok = run('node', [bin, 'score', 'escc', '--json']);
    ok.child.stdin?.end('{"grade":"2"}');
    expect(JSON.parse((await ok).stdout).band.id).toBe('high-grade');
  }, 60_000); // two Node start-ups; slow while the rest of the suite loads the machine
});
