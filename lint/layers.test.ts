import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED, CORE, SHARED, SHELLS, violation } from './layers.js';

/**
 * The layer lint on fixture sources: each is linted as if it were the named file under src/ (the
 * file need not exist), with the project's eslint.config.js, so what fails here fails `npm run lint`.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function layerMessages(file: string, code: string): Promise<{ rule: string | null; severity: number; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  return result!.messages.filter((m) => m.ruleId?.startsWith('bonemet/') || m.fatal).map((m) => ({ rule: m.ruleId, severity: m.severity, message: m.message }));
}

describe('lint/layers.js', () => {
  it.each([
    ['src/knowledge/rules/fixture.ts', "import { buildApp } from '../../server/app.js';", 'server/app'],
    ['src/knowledge/fixture.ts', "export { openDatabase } from '../registry/db.js';", 'registry/db'],
    ['src/stats/survival/fixture.ts', "import type { Lang } from '../../i18n/lang.js';", 'i18n/lang'],
    ['src/stats/fixture.ts', "const m = await import('../knowledge/histology.js');", 'knowledge/histology'],
    ['src/registry/fixture.ts', "import { verifyAudit } from '../trust/audit.js';", 'trust/audit'],
    ['src/registry/fixture.ts', "import { buildApp } from '../server/app.js';", 'server/app'],
    ['src/web/pages/fixture.tsx', "import { pvpRules } from '../../knowledge/rules/pvp.js';", 'knowledge/rules/pvp'],
    ['src/web/fixture.ts', "import { cox } from '../stats/survival/cox.js';", 'stats/survival/cox'],
    ['src/web/fixture.ts', "import { Registry } from '../registry/registry.js';", 'registry/registry'],
    ['src/knowledge/rules/fixture.ts', "import { webText } from '../../i18n/web/ui.js';", 'i18n/web/ui'],
  ])('%s: %s is an error', async (file, code, target) => {
    const messages = await layerMessages(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ rule: 'bonemet/layers', severity: 2 });
    expect(messages[0]!.message).toContain(`may not import src/${target}`);
  }, 30_000);

  it.each([
    ['src/knowledge/rules/fixture.ts', "import { cite } from '../sources.js';\nimport { seeded } from '../../stats/prng.js';\nimport type { Lang } from '../../i18n/lang.js';\nimport { text } from '../text.js';"],
    ['src/web/pages/fixture.tsx', "import { recommend } from '../../knowledge/rules/index.js';\nimport { SPINAL_LEVELS } from '../../knowledge/anatomy/index.js';\nimport { HISTOLOGY_IDS } from '../../knowledge/histology.js';\nimport { z } from 'zod';"],
    ['src/server/fixture.ts', "import { Registry } from '../registry/registry.js';\nimport { cox } from '../stats/survival/cox.js';\nimport { pvp } from '../knowledge/rules/pvp.js';"],
    ['src/cli/commands/fixture.ts', "const { serveCommand } = await import('./serve.js');"],
  ])('%s: allowed imports pass', async (file, code) => {
    expect(await layerMessages(file, code)).toEqual([]);
  }, 30_000);

  it('reports every allow-listed violation as a warning, and each entry still matches an import', async () => {
    for (const entry of ALLOWED) {
      expect(violation(entry.from, entry.to), `${entry.from} → ${entry.to} breaks no zone: remove it from ALLOWED`).toBeDefined();
      const file = ['.ts', '.tsx'].map((ext) => `src/${entry.from}${ext}`);
      const source = await readFile(`${ROOT}${file[0]}`, 'utf8').then((text) => ({ text, path: file[0]! }), () => readFile(`${ROOT}${file[1]}`, 'utf8').then((text) => ({ text, path: file[1]! })));
      const messages = await layerMessages(source.path, source.text);
      expect(messages, `${entry.from} no longer imports ${entry.to}: remove it from ALLOWED`).toContainEqual(
        expect.objectContaining({ rule: 'bonemet/layers-allowed', severity: 1, message: expect.stringContaining(`src/${entry.to}:`) }),
      );
      expect(messages.filter((m) => m.severity === 2)).toEqual([]);
    }
  }, 60_000);
});

describe('every top-level folder of src/', async () => {
  const folders = (await readdir(`${ROOT}src`, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  const readme = await readFile(`${ROOT}README.md`, 'utf8');
  it.each(folders)('src/%s has a layer in lint/layers.js and a row in the README layout table', (folder) => {
    expect([...CORE, ...SHARED, ...SHELLS]).toContain(folder);
    expect(readme).toContain(`| \`src/${folder}/\` |`);
  });
});
