import { describe, expect, it } from 'vitest';
import { render } from '../texts.js';
import { LANGS } from '../../i18n/lang.js';
import {
  GUIDELINE_RECOMMENDATIONS,
  GUIDELINE_RECOMMENDATION_IDS,
  GUIDELINE_TOPICS,
  formatGrade,
  gradedStatements,
  recommendation,
  recommendationsByTopic,
  type GuidelineRecommendationId,
} from './index.js';

describe('guideline recommendation catalogue', () => {
  it('holds 6 entries from 001 and 12 from 004, ids unique and in the id list order', () => {
    const ids = GUIDELINE_RECOMMENDATIONS.map((rec) => rec.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...GUIDELINE_RECOMMENDATION_IDS]);
    expect(GUIDELINE_RECOMMENDATIONS.filter((rec) => rec.document === '001')).toHaveLength(6);
    expect(GUIDELINE_RECOMMENDATIONS.filter((rec) => rec.document === '004')).toHaveLength(12);
  });

  it.each(GUIDELINE_RECOMMENDATIONS.map((rec) => [rec.id, rec] as const))(
    '%s: every language present, the original-language rendering is the original',
    (_id, rec) => {
      for (const lang of LANGS) expect(rec.text[lang].trim()).not.toBe('');
      expect(rec.text[rec.originalLang]).toBe(rec.original);
      expect(rec.originalLang).toBe(rec.document === '001' ? 'ja' : 'zh');
      for (const clause of gradedStatements(rec)) {
        for (const lang of LANGS) expect(clause.text[lang].trim()).not.toBe('');
        expect(clause.text[rec.originalLang]).toBe(clause.original);
      }
      if (rec.document === '001') {
        for (const lang of LANGS) expect(rec.question.text[lang].trim()).not.toBe('');
        expect(rec.question.text.ja).toBe(rec.question.original);
      }
    },
  );

  it.each(GUIDELINE_RECOMMENDATIONS.map((rec) => [rec.id, rec] as const))('%s: grading system, source and topics', (_id, rec) => {
    expect(rec.grading).toBe(rec.document === '001' ? 'minds-2017' : 'grade');
    expect(rec.source).toEqual({ document: rec.document, section: rec.section });
    expect(rec.topics.length).toBeGreaterThan(0);
    for (const part of gradedStatements(rec)) {
      if (part.grading === 'grade') {
        expect(part.grade).toBe(`${part.strength === 'strong' ? 1 : 2}${part.evidence}`);
      }
    }
    // A split recommendation is graded, at top level, like its first clause.
    const [first] = gradedStatements(rec);
    expect(first && [first.grade, first.strength, first.evidence, first.direction]).toEqual([
      rec.grade,
      rec.strength,
      rec.evidence,
      rec.direction,
    ]);
  });

  it('every topic of the controlled list is used', () => {
    for (const topic of GUIDELINE_TOPICS) expect(recommendationsByTopic(topic).length, topic).toBeGreaterThan(0);
  });
});

describe('grades as printed in the sources', () => {
  const minds: [GuidelineRecommendationId, string, string, string][] = [
    ['jsir-cq1-1', 'strong', 'B', '推奨度：強い エビデンスの強さ：B'],
    ['jsir-cq1-2', 'strong', 'B', '推奨度：強い エビデンスの強さ：B'],
    ['jsir-cq2', 'weak', 'C', '推奨度：弱い エビデンスの強さ：C'],
    ['jsir-cq3', 'weak', 'C', '推奨度：弱い エビデンスの強さ：C'],
    ['jsir-cq4', 'weak', 'C', '推奨度：弱い エビデンスの強さ：C'],
    ['jsir-cq5', 'weak', 'C', '推奨度：弱い エビデンスの強さ：C'],
  ];
  it.each(minds)('001 %s is %s / %s', (id, strength, evidence, printed) => {
    const rec = recommendation(id);
    expect([rec.grading, rec.strength, rec.evidence, rec.grade]).toEqual(['minds-2017', strength, evidence, printed]);
  });

  const grade: [GuidelineRecommendationId, string][] = [
    ['lc-bone-rec-1', '1A'],
    ['lc-bone-rec-2', '2A'],
    ['lc-bone-rec-3', '1A'],
    ['lc-bone-rec-4', '1A'],
    ['lc-bone-rec-5', '1A, 2B'],
    ['lc-bone-rec-6', '1A'],
    ['lc-bone-rec-7', '1B, 2B'],
    ['lc-bone-rec-8', '1B'],
    ['lc-bone-rec-9', '1C'],
    ['lc-bone-rec-10', '1B'],
    ['lc-bone-rec-11', '2B'],
    ['lc-bone-rec-12', '2B'],
  ];
  it.each(grade)('004 %s is %s', (id, printed) => {
    expect(gradedStatements(recommendation(id)).map((part) => part.grade).join(', ')).toBe(printed);
  });

  it('keeps the direction: CQ3 and the prophylaxis clause of rec 5 advise against', () => {
    expect(recommendation('jsir-cq3').direction).toBe('against');
    expect(gradedStatements(recommendation('lc-bone-rec-5')).map((c) => c.direction)).toEqual(['for', 'against']);
    expect(gradedStatements(recommendation('lc-bone-rec-7')).map((c) => c.direction)).toEqual(['against', 'for']);
  });
});

describe('lookups and formatting', () => {
  it('finds by id and by topic', () => {
    expect(recommendation('lc-bone-rec-11').section).toBe('§4');
    expect(recommendation('jsir-cq5').section).toBe('§7 CQ5');
    expect(() => recommendation('nope' as GuidelineRecommendationId)).toThrow();
    expect(recommendationsByTopic('pvp').map((r) => r.id)).toEqual([
      'jsir-cq1-1', 'jsir-cq1-2', 'jsir-cq2', 'jsir-cq3', 'jsir-cq4', 'jsir-cq5',
    ]);
    expect(recommendationsByTopic('biopsy').map((r) => r.id)).toEqual(['lc-bone-rec-2', 'lc-bone-rec-3']);
  });

  it('formats Minds grades in en, zh, ja', () => {
    const cq1 = recommendation('jsir-cq1-1');
    expect(render(formatGrade(cq1), 'en')).toBe('strong recommendation, evidence B (Minds 2017)');
    expect(render(formatGrade(cq1), 'zh')).toBe('强推荐，证据等级 B（Minds 2017）');
    expect(render(formatGrade(cq1), 'ja')).toBe('強い推奨、エビデンスの強さ B（Minds 2017）');
    expect(render(formatGrade(recommendation('jsir-cq3')), 'en')).toBe('weak recommendation, evidence C (Minds 2017)');
  });

  it('formats GRADE grades in en, zh, ja, listing split clauses in order', () => {
    const rec3 = recommendation('lc-bone-rec-3');
    expect(render(formatGrade(rec3), 'en')).toBe('1A (GRADE: strong, high-quality evidence)');
    expect(render(formatGrade(rec3), 'zh')).toBe('1A（GRADE：强推荐，高质量证据）');
    expect(render(formatGrade(rec3), 'ja')).toBe('1A（GRADE：強い推奨、質の高いエビデンス）');
    expect(render(formatGrade(recommendation('lc-bone-rec-9')), 'en')).toBe('1C (GRADE: strong, low-quality evidence)');
    expect(render(formatGrade(recommendation('lc-bone-rec-5')), 'en')).toBe(
      '1A (GRADE: strong, high-quality evidence); 2B (GRADE: weak, moderate-quality evidence)',
    );
    expect(render(formatGrade(recommendation('lc-bone-rec-7')), 'zh')).toBe(
      '1B（GRADE：强推荐，中等质量证据）；2B（GRADE：弱推荐，中等质量证据）',
    );
  });
});
