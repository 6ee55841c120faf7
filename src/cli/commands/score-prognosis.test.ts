import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support.js';

describe('bonemet score: prognosis scores beyond the sources', () => {
  it('modified-bauer --json', async () => {
    const { code, stdout } = await runCli(['score', 'modified-bauer', '--json'], JSON.stringify({ primary: 'breast', visceralMetastases: false, skeletalMetastases: 'multiple' }));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ instrument: 'modified-bauer', total: 3, band: { id: '3-4' } });
  });
  it('nesms --json, with the ceiling of 3 and the modified Bauer part', async () => {
    const input = { primary: 'kidney', visceralMetastases: false, skeletalMetastases: 'solitary', ambulatory: 'independent', albumin: 4 };
    const { code, stdout } = await runCli(['score', 'nesms', '--json'], JSON.stringify(input));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ instrument: 'nesms', total: 3, band: { id: '3' }, derived: { modifiedBauer: 4, pointsBeforeCeiling: 4 } });
  });
  it('katagiri in Japanese, and the growth group required where the table does not place the histology', async () => {
    const input = {
      primary: 'uterus', growth: 'rapid', visceralMetastases: 'none',
      laboratory: { crp: 0.5, ldh: 200, albumin: 4, platelets: 200000, calcium: 9, bilirubin: 0.5 },
      ecog: 3, previousChemotherapy: true, skeletalMetastases: 'multiple',
    };
    const ja = await runCli(['score', 'katagiri', '--lang', 'ja'], JSON.stringify(input));
    expect(ja.code).toBe(0);
    expect(ja.stdout).toContain('合計: 7');
    expect(ja.stdout).toContain('7〜10 点：高リスク');
    const { growth: _growth, ...missing } = input;
    const bad = await runCli(['score', 'katagiri', '--json'], JSON.stringify(missing));
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('input.growth: required for primary "uterus"');
  });
});
