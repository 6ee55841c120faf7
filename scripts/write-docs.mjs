// Regenerates the docs that are derived from the code. Run after `npm run build`.
import { writeFile } from 'node:fs/promises';
import { renderInstrumentDocs } from '../dist/cli/render/instrument-docs.js';

await writeFile(new URL('../docs/instruments.md', import.meta.url), renderInstrumentDocs());
console.log('wrote docs/instruments.md');
