import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from './sources.js';

const VENDORED = fileURLToPath(new URL('../../sources/seeds/', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

describe('vendored source documents', () => {
  it('holds one file for every cited document', async () => {
    const files = await readdir(VENDORED);
    for (const id of Object.keys(DOCUMENTS)) expect(files.some((f) => f.startsWith(`${id}_`))).toBe(true);
  });
  // Only where the shared folder sits beside the checkout, as on a developer machine.
  it.runIf(existsSync(SHARED))('is identical to ../shared/seeds', async () => {
    for (const file of await readdir(SHARED)) {
      expect(await readFile(`${VENDORED}${file}`, 'utf8'), file).toBe(await readFile(`${SHARED}${file}`, 'utf8'));
    }
  });
});
