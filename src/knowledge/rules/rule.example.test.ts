import { describe, expect, it } from 'vitest';
import { factsFor } from './test-support.js';
import { render } from '../texts.js';
import { verbatim } from '../text.js';
import { finding } from './finding.js';
import { cite } from '../sources.js';
import { EXAMPLE_RULES, exampleAssessBiopsy, exampleDecompressFirst } from './rule.example.js';

/** Keeps the worked example of README.md "Adding a rule" compiling and true. */
const facts = factsFor({ age: 62, sex: 'male' });

describe('README "Adding a rule": the worked example', () => {
  it('fires on a progressing deficit, with its source, tier and text in every language', () => {
    const f = render(exampleDecompressFirst(facts({ neurology: { frankel: 'C', deficitProgressing: true } })), 'ja');
    expect(f).toMatchObject({ id: 'biopsy.example-decompress-first', verdict: 'not-recommended', strength: 'consensus', tier: 'recommendation', source: { document: '002', section: '§1.4' }, needs: [] });
    expect(f?.because[0]).toContain('直ちに除圧術');
  });
  it('returns null when it does not apply, and asks for the fact when it is unknown', () => {
    expect(render(exampleDecompressFirst(facts({ neurology: { frankel: 'E', deficitProgressing: false } })), 'en')).toBeNull();
    const open = render(exampleAssessBiopsy(facts({})), 'en');
    expect(open).toMatchObject({ verdict: 'needs-information', decidedBy: 'biopsy.example-decompress-first' });
    expect(open.findings[0]?.needs.map((n) => n.fact)).toEqual(['neurology.deficitProgressing']);
  });
  it('decides the option, and a same-tier "recommended" it overrules is returned as a conflict', () => {
    const recommended = finding({ id: 'biopsy.no-history-or-unknown-primary', verdict: 'recommended', strength: 'consensus', evidence: null, source: cite('002', '§1.4'), because: [verbatim('no cancer history')] });
    const result = exampleAssessBiopsy(facts({ neurology: { frankel: 'C', deficitProgressing: true } }), [recommended]);
    expect(result).toMatchObject({ verdict: 'not-recommended', decidedBy: 'biopsy.example-decompress-first' });
    expect(result.conflicts).toEqual([expect.objectContaining({ prevailing: 'biopsy.example-decompress-first', overruled: 'biopsy.no-history-or-unknown-primary', kind: 'same-tier' })]);
  });
  it('has a catalogue line', () => {
    expect(EXAMPLE_RULES.map((r) => r.id)).toEqual(['biopsy.example-decompress-first']);
  });
});
