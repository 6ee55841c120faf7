import { describe, expect, it } from 'vitest';
import { localize, type Localized } from '../../i18n/lang.js';
import { scoreInstrument } from '../../knowledge/instruments/index.js';
import { text } from '../../knowledge/texts.js';
import { odiText } from '../../knowledge/texts.js';
import { patientFactsSchema } from '../../knowledge/facts/index.js';
import { INSTRUMENT_FORMS } from './instruments.js';
import { issueMessage, issuesByPath, issuesOf, type Issue } from './issues.js';

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
  it("words a custom check of the core in the user's language: its text, else its English message", () => {
    let issues: Issue[] = [];
    try {
      scoreInstrument('odi', { sections: {} });
    } catch (error) {
      issues = issuesOf(error)!;
    }
    const zh = (text: Localized, params?: Record<string, string | number>) => localize(text, 'zh', params);
    expect(issuesByPath(issues, zh, undefined, 'zh').get('sections')).toEqual([
      '10 个部分未作答（疼痛程度、个人护理（洗漱、穿衣）、提物、行走、坐、站立、睡眠、性生活（如适用）、社会生活、旅行）；最多允许 2 个部分未作答；每个部分可填 0~5',
    ]);
    expect(issueMessage(issues[0]!, t)).toBe(issues[0]!.message);
    const custom: Issue = { code: 'custom', path: ['level'], message: 'English', params: { text: text(odiText.tooManyUnanswered, { missing: 3, sections: 'x', max: 2 }) } };
    expect(issueMessage(custom, zh, undefined, 'zh')).toBe('3 个部分未作答（x）；最多允许 2 个部分未作答；每个部分可填 0~5');
    expect(issueMessage({ ...custom, params: {} }, zh, undefined, 'zh')).toBe('English');
  });
});
