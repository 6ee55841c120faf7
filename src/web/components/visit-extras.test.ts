import { describe, expect, it } from 'vitest';
import { ApiError } from '../api.js';
import { visitPartKey, writeVisitParts, type VisitPart } from './visit-extras.js';

const parts: VisitPart[] = [
  { kind: 'assessment', instrument: 'vas' },
  { kind: 'regimen' },
  { kind: 'complication', row: 0 },
  { kind: 'complication', row: 1 },
];

/** A server that stores each write under a new id and refuses the writes listed in `refuse`. */
function server(refuse: Set<string>) {
  const calls: string[] = [];
  let next = 0;
  return {
    calls,
    write: async (part: VisitPart) => {
      const key = visitPartKey(part);
      calls.push(key);
      if (refuse.has(key)) throw new ApiError({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'down' });
      return `id-${++next}`;
    },
  };
}

describe('a visit saved in several requests', () => {
  it('stops at the refused part, and a retry writes only what was not stored', async () => {
    const refuse = new Set(['complication:1']);
    const api = server(refuse);
    const first = await writeVisitParts(parts, new Map(), api.write);
    expect(first.failed?.part).toEqual({ kind: 'complication', row: 1 });
    expect(first.failed?.problem.status).toBe(500);
    expect([...first.written]).toEqual([['assessment:vas', 'id-1'], ['regimen', 'id-2'], ['complication:0', 'id-3']]);

    refuse.clear();
    const second = await writeVisitParts(parts, first.written, api.write);
    expect(second.failed).toBeNull();
    // the VAS, the regimen and the first complication were not sent again
    expect(api.calls).toEqual(['assessment:vas', 'regimen', 'complication:0', 'complication:1', 'complication:1']);
    expect(second.written.get('complication:1')).toBe('id-4');
    expect(second.written.size).toBe(4);
  });

  it('the first part refused: nothing is stored and nothing after it is tried', async () => {
    const api = server(new Set(['assessment:vas']));
    const result = await writeVisitParts(parts, new Map(), api.write);
    expect(result.written.size).toBe(0);
    expect(api.calls).toEqual(['assessment:vas']);
  });

  it('a fault in the page (not an answer of the server) is thrown on, not reported as a refusal', async () => {
    await expect(writeVisitParts(parts, new Map(), () => Promise.reject(new TypeError('bug')))).rejects.toThrow('bug');
  });
});
