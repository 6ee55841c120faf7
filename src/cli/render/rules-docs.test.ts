import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { RULE_CATALOGUE } from '../../knowledge/rules/catalog.js';
import { renderRulesDocs } from './rules-docs.js';

describe('docs/rules.md', () => {
  it('is what the code generates (run `npm run docs` after changing a rule)', async () => {
    const onDisk = await readFile(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderRulesDocs());
  });
  it('lists each rule id once', () => {
    const ids = RULE_CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
