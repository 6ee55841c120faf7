import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { render } from './texts.js';
import { DOCUMENTS, cite, publicSource, sourceLabel } from './sources.js';

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

describe('sources as people name them', () => {
  it('names the document and translates the section words', () => {
    expect(render(sourceLabel(cite('001', '§7 CQ1-①')), 'en')).toBe('JSIR PVP guideline 2019 §7 CQ1-①');
    expect(render(sourceLabel(cite('004', 'rec 10 (1B)')), 'en')).toBe('Lung-cancer bone-metastasis guideline 2024 rec 10 (1B)');
    expect(render(sourceLabel(cite('004', 'rec 10 (1B)')), 'zh')).toBe('肺癌骨转移诊疗指南 2024 推荐 10 (1B)');
    expect(render(sourceLabel(cite('001', 'review 2(3)')), 'ja')).toBe('日本IVR学会 PVP ガイドライン 2019 総説 2(3)');
    expect(render(sourceLabel(publicSource('Laufer I et al. The NOMS framework')), 'ja')).toBe('Laufer I et al. The NOMS framework');
  });
});
