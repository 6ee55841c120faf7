import { describe, expect, it } from 'vitest';
import { recommend } from '../../knowledge/rules/index.js';
import { cardsFor, clip, indicatorOf, langOf, optionOfOrder } from './cards.js';

describe('CDS Hooks cards', () => {
  it('maps verdicts to indicators', () => {
    expect(indicatorOf('contraindicated')).toBe('critical');
    expect(indicatorOf('not-recommended')).toBe('warning');
    expect(indicatorOf('needs-information')).toBe('warning');
    expect(indicatorOf('consider')).toBe('info');
    expect(indicatorOf('recommended')).toBe('info');
  });

  it('clips summaries to 140 characters, counting characters not UTF-16 units', () => {
    expect(clip('a'.repeat(140))).toHaveLength(140);
    expect([...clip('椎'.repeat(200))]).toHaveLength(140);
    expect(clip('x'.repeat(300)).endsWith('…')).toBe(true);
  });

  it('reads Accept-Language by q-value among en, zh, ja', () => {
    expect(langOf(undefined)).toBe('en');
    expect(langOf('ja-JP')).toBe('ja');
    expect(langOf('fr;q=0.9, zh-CN;q=0.8, en;q=0.1')).toBe('zh');
    expect(langOf('en;q=0, ja;q=0.5')).toBe('ja');
  });

  it('maps draft orders to options', () => {
    const bonemet = (code: string) => ({ code: { coding: [{ system: 'https://bonemet.dev/fhir/CodeSystem/bonemet', code }] } });
    expect(optionOfOrder(bonemet('treatment-pkp'))).toBe('pvp');
    expect(optionOfOrder(bonemet('surgery-separation-surgery'))).toBe('separation-surgery');
    expect(optionOfOrder(bonemet('agent-class-chemotherapy'))).toBeUndefined();
    expect(optionOfOrder({ medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '993449' }] } })).toBe('bma');
    expect(optionOfOrder({ code: { coding: [{ system: 'http://snomed.info/sct', code: '1217123003' }] } })).toBe('ebrt');
    expect(optionOfOrder({ code: { text: 'something else' } })).toBeUndefined();
  });

  it('gives every option a card in every language, with sources in the detail', () => {
    for (const lang of ['en', 'zh', 'ja'] as const) {
      let n = 0;
      const cards = cardsFor(recommend({ patient: { age: 70, sex: 'female' } }, lang), 'all', lang, { label: 'x', url: 'http://x/' }, () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`);
      expect(cards).toHaveLength(16);
      for (const card of cards) expect([...card.summary].length).toBeLessThanOrEqual(140);
      expect(new Set(cards.map((c) => c.uuid)).size).toBe(16);
    }
  });
});
