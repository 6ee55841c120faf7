import { describe, expect, it } from 'vitest';
import { renderText, type Text } from '../text.js';
import { odi, odiBand, odiInput, odiPercent } from './odi.js';
import { rmdq, rmdqImportantImprovement } from './rmdq.js';

const full = { painIntensity: 3, personalCare: 1, lifting: 3, walking: 2, sitting: 2, standing: 2, sleeping: 1, sexLife: 0, socialLife: 1, travelling: 1 };

describe('Oswestry Disability Index (REFERENCE S1, 003)', () => {
  it('16/50 = 32 % with all sections (Fairbank worked example)', () => {
    const result = odi.score({ sections: full });
    expect(result.total).toBe(32);
    expect(result.band.id).toBe('moderate');
  });
  it('16/45 = 35.6 % with one section missing', () => {
    const result = odi.score({ sections: { ...full, sexLife: null } });
    expect(result.total).toBe(35.6);
    expect(result.derived.sectionsAnswered).toBe(9);
    expect(result.derived.percentExact).toBeCloseTo(35.5556, 4);
  });
  it('omitted sections count as missing; three missing is refused', () => {
    const { sexLife: _sexLife, travelling: _travelling, ...eight } = full;
    expect(odi.score({ sections: eight }).derived.sectionsAnswered).toBe(8);
    const { sleeping: _sleeping, ...seven } = eight;
    expect(() => odi.score({ sections: seven })).toThrow(/3 sections unanswered/);
    const issue = odiInput.safeParse({ sections: seven }).error?.issues[0];
    const text = (issue as { params?: { text?: Text } } | undefined)?.params?.text;
    expect(text && renderText(text, 'en')).toBe('3 sections unanswered (Sleeping, Sex life (if applicable), Travelling); at most 2 may be missing; each section accepts 0–5');
    expect(text && renderText(text, 'zh')).toBe('3 个部分未作答（睡眠、性生活（如适用）、旅行）；最多允许 2 个部分未作答；每个部分可填 0~5');
  });
  it.each([[0, 'minimal'], [20, 'minimal'], [22, 'moderate'], [40, 'moderate'], [42, 'severe'], [60, 'severe'], [62, 'crippled'], [80, 'crippled'], [82, 'bed-bound'], [100, 'bed-bound']] as const)(
    '%i %% → %s', (percent, bandId) => expect(odiBand(percent)).toBe(bandId),
  );
  it('computes percent from raw answers', () => {
    expect(odiPercent([5, 5, 5, 5, 5, 5, 5, 5, 5, 5]).percent).toBe(100);
    expect(odiPercent([1, null, 1, 1, 1, 1, 1, 1, 1, 1]).percent).toBeCloseTo(20, 12);
  });
  it('reports change from baseline', () => {
    expect(odi.score({ sections: full, baselinePercent: 48 }).derived.changeFromBaseline).toBe(-16);
  });
  it('rejects section values outside 0–5 and unknown sections', () => {
    expect(() => odi.score({ sections: { ...full, lifting: 6 } })).toThrow();
    expect(() => odi.score({ sections: { ...full, driving: 2 } } as never)).toThrow(/driving/);
  });
});

describe('Roland–Morris (001 review 1(7))', () => {
  it('counts the ticked statements', () => {
    expect(rmdq.score({ checked: [] }).total).toBe(0);
    expect(rmdq.score({ checked: Array.from({ length: 24 }, (_, i) => i + 1) }).total).toBe(24);
    expect(rmdq.score({ checked: [3, 1, 2] }).items.map((i) => i.id)).toEqual(['s1', 's2', 's3']);
  });
  it('important improvement is ≥ 5 points or ≥ 30 % (Ostelo 2008)', () => {
    expect(rmdqImportantImprovement(20, 15)).toBe(true);
    expect(rmdqImportantImprovement(20, 16)).toBe(false);
    expect(rmdqImportantImprovement(10, 7)).toBe(true);
    expect(rmdqImportantImprovement(10, 8)).toBe(false);
    expect(rmdq.score({ checked: [1, 2, 3], baseline: 9 }).derived).toEqual({ changeFromBaseline: -6, importantImprovement: true });
  });
  it.each([[[0]], [[25]], [[1, 1]]])('rejects %j', (checked) => {
    expect(() => rmdq.score({ checked })).toThrow();
  });
  it('a repeated statement is refused with its text, rendered in the user\'s language', () => {
    const [issue] = rmdq.schema.safeParse({ checked: [1, 1] }).error?.issues ?? [];
    expect(issue?.message).toBe('each statement number may be listed once');
    const text = (issue as { params?: { text?: Text } } | undefined)?.params?.text;
    expect(text && renderText(text, 'zh')).toBe('每个陈述编号只填一次');
  });
});
