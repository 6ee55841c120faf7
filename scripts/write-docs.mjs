// Regenerates the docs that are derived from the code. Run after `npm run build`.
import { writeFile } from 'node:fs/promises';
import { renderInstrumentDocs } from '../dist/cli/render/instrument-docs.js';
import { renderRulesDocs } from '../dist/cli/render/rules-docs.js';

await writeFile(new URL('../docs/instruments.md', import.meta.url), renderInstrumentDocs());
await writeFile(new URL('../docs/rules.md', import.meta.url), renderRulesDocs());
console.log('wrote docs/instruments.md, docs/rules.md');
