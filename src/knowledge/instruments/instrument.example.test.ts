import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { LANGS } from '../../i18n/lang.js';
import { render } from '../text.js';
import { ecogExample } from './instrument.example.js';

/** Keeps the worked example of README.md "Adding an instrument" compiling and true. */
describe('README "Adding an instrument": the worked example', () => {
  it('scores every example in en, zh and ja, with its source and no unfilled placeholder', () => {
    for (const example of ecogExample.examples) {
      const result = ecogExample.score(example);
      expect(result).toMatchObject({ version: '1.0.0', total: example.grade });
      expect(result.sources).toEqual([{ document: 'public', section: '', citation: 'Oken MM et al. Am J Clin Oncol 1982;5:649–55' }]);
      for (const lang of LANGS) expect(JSON.stringify(render(result, lang))).not.toMatch(/\{\w+\}/);
    }
    expect(ecogExample.score({ grade: 3 })).toMatchObject({ band: { id: 'ecog-3' }, derived: { ambulatory: false } });
    expect(render(ecogExample.score({ grade: 3 }), 'zh').interpretation).toBe('ECOG 3 — 生活仅能部分自理，日间卧床或坐椅 > 50%。');
  });
  it('refuses bad input with a ZodError naming the field', () => {
    expect(() => ecogExample.score({ grade: 6 } as never)).toThrow(ZodError);
    const extra = ecogExample.schema.safeParse({ grade: 1, extra: true });
    expect(extra.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['extra'] });
  });
});
