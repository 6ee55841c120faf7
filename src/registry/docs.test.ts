import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COHORT_COLUMNS } from './dataset.js';
import { ENTITY_NAMES } from './entities.js';
import { OBSERVATION_COLUMNS } from './export.js';
import { IMPORT_COLUMNS } from './import.js';

const doc = readFileSync(new URL('../../docs/registry.md', import.meta.url), 'utf8');

describe('docs/registry.md', () => {
  it('documents every exported column, import column and entity', () => {
    for (const [column] of [...OBSERVATION_COLUMNS, ...COHORT_COLUMNS]) expect(doc, column).toContain(`| \`${column}\` |`);
    for (const column of Object.keys(IMPORT_COLUMNS)) expect(doc, column).toContain(`| \`${column}\` |`);
    for (const name of ENTITY_NAMES) expect(doc, name).toContain(`/api/${name}`);
  });
});
