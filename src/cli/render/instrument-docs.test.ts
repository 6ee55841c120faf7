import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support.js';
import { renderInstrumentDocs } from './instrument-docs.js';

const docs = await readFile(new URL('../../../docs/instruments.md', import.meta.url), 'utf8');

/** Each documented command (`echo '<json>' | npx bonemet score …`) with the output block that follows it. */
function documentedRuns(): { args: string[]; stdin: string; output: string }[] {
  const pattern = /```sh\necho '(.*)' \| npx bonemet (score .*)\n```\n```text\n([\s\S]*?)\n```/g;
  return [...docs.matchAll(pattern)].map((m) => ({ stdin: m[1] ?? '', args: (m[2] ?? '').split(' '), output: m[3] ?? '' }));
}

describe('docs/instruments.md', () => {
  it('is what the code generates (run `npm run docs` after changing an instrument)', () => {
    expect(docs).toBe(renderInstrumentDocs());
  });
  it('shows, for every instrument, a command that prints exactly the output shown', async () => {
    const runs = documentedRuns();
    expect(runs.length).toBe(18);
    for (const run of runs) {
      const result = await runCli(run.args, run.stdin);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${run.output}\n`);
    }
  });
  it('shows the error an invalid input really gets', async () => {
    const block = /```text\n\$ echo '(.*)' \| npx bonemet score sins\n([\s\S]*?)\n```/.exec(docs);
    const result = await runCli(['score', 'sins'], block?.[1] ?? '');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${block?.[2] ?? ''}\n`);
  });
});
