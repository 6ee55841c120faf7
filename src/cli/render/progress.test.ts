import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressBar } from './progress.js';

function stream(isTTY: boolean) {
  const s = Object.assign(new PassThrough(), { isTTY, columns: 60 });
  let text = '';
  s.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { s, text: () => text };
}

describe('progress bar', () => {
  it('redraws one line on a terminal and ends it', async () => {
    const { s, text } = stream(true);
    const bar = progressBar(s);
    bar.update({ phase: 'write', done: 5, total: 20 });
    bar.update({ phase: 'write', done: 20, total: 20 });
    bar.done();
    await new Promise((r) => setImmediate(r));
    expect(text()).toBe(`\rwrite    [#####...............]  25% 5/20\rwrite    [####################] 100% 20/20\n`);
  });

  it('stays silent when stderr is not a terminal', async () => {
    const { s, text } = stream(false);
    const bar = progressBar(s);
    bar.update({ phase: 'write', done: 1, total: 2 });
    bar.done();
    await new Promise((r) => setImmediate(r));
    expect(text()).toBe('');
  });
});
