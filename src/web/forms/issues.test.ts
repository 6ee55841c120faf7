import { describe, expect, it } from 'vitest';
import { localize, type Localized } from '../../i18n/lang.js';
import { scoreInstrument } from '../../knowledge/instruments/index.js';
import { patientFactsSchema } from '../../knowledge/facts/index.js';
import { INSTRUMENT_FORMS } from './instruments.js';
import { issueMessage, issuesByPath, issuesOf } from './issues.js';

const t = (text: Localized, params?: Record<string, string | number>) => localize(text, 'en', params);
const sinsLabel = (path: string, value: string) => {
  const field = (INSTRUMENT_FORMS.sins ?? []).find((f) => f.path === path);
  const option = field && 'options' in field ? field.options.find((o) => o.value === value) : undefined;
  return option ? localize(option.label, 'en') : undefined;
};

describe('field errors in words', () => {
  it('names the accepted values of a short list by their labels, never their codes', () => {
    let messages: Map<string, string[]> = new Map();
    try {
      scoreInstrument('sins', { level: 'T11', pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', posterolateral: 'none' });
    } catch (error) {
      messages = issuesByPath(issuesOf(error)!, t, sinsLabel);
    }
    const collapse = messages.get('collapse')!.join(' ');
    expect(collapse).toBe('Choose: > 50 % collapse, < 50 % collapse, No collapse with > 50 % of the body involved, None of the above');
    expect(collapse).not.toMatch(/over-50|under-50/);
  });
  it('does not spell out a long list (29 levels, 20 histologies): "choose one from the list"', () => {
    const parsed = patientFactsSchema.safeParse({ patient: { age: 60, sex: 'male' }, primary: { histology: 'lung' } });
    expect(parsed.success).toBe(false);
    const issue = issuesOf(parsed.error)!.find((i) => i.path.join('.') === 'primary.histology')!;
    expect(issueMessage(issue, t)).toBe('Choose one from the list.');
  });
  it('an empty text is "Required.", not a character count; a wrong type is "not valid"', () => {
    const parsed = patientFactsSchema.safeParse({ patient: { age: 60, sex: 'male' }, systemicTherapy: [{ agent: '', class: 'chemotherapy', ongoing: true }] });
    const issue = issuesOf(parsed.error)!.find((i) => i.path.join('.') === 'systemicTherapy.0.agent')!;
    expect(issue.code).toBe('too_small');
    expect(issueMessage(issue, t)).toBe('Required.');
    expect(issueMessage({ code: 'invalid_type', path: ['x'], message: 'Invalid input: expected string, received boolean', input: true, expected: 'string' }, t)).toBe('This value is not valid.');
  });
});
