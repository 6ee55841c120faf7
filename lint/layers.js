/**
 * The layers of bonemet, enforced by ESLint (`npm run lint`, part of `npm test`).
 *
 *   core   src/knowledge (clinical knowledge) and src/stats (numerics): pure, no I/O
 *   text   src/i18n (the language type, shell words)   shared  src/boundary (the one problem shape)
 *   shells src/registry, src/trust, src/server, src/cli, src/web
 *
 * Each import (static, re-export or dynamic `import()`) inside src/ is resolved to the file it
 * names and checked against ZONES. A violation is an error (`bonemet/layers`), unless it is in
 * ALLOWED: then it is a warning (`bonemet/layers-allowed`) that every lint run prints until the
 * import is gone and its entry removed. lint/layers.test.ts proves both and fails on a stale entry.
 */
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = join(dirname(dirname(fileURLToPath(import.meta.url))), 'src');

export const CORE = ['knowledge', 'stats'];
export const SHARED = ['i18n', 'boundary'];
export const SHELLS = ['registry', 'interop', 'trust', 'server', 'cli', 'web'];

/**
 * The core's public entry points: the only core modules src/web may import (paths under src/,
 * without extension). A folder area is entered through its index; a one-file area is its file.
 */
export const WEB_ENTRY_POINTS = [
  'knowledge/instruments/index',
  'knowledge/rules/index',
  'knowledge/facts/index',
  'knowledge/guidelines/index',
  'knowledge/anatomy/index',
  'knowledge/histology',
  'knowledge/sources',
  'knowledge/texts',
];

/** `from`: top-level folders under src/ the importing file is in; `forbid`: folders it may not import. */
export const ZONES = [
  { from: ['knowledge', 'stats'], forbid: SHELLS, why: 'the core (knowledge, stats) imports no shell' },
  { from: ['stats'], forbid: ['knowledge', 'i18n'], why: 'src/stats is numerics: it imports nothing clinical (no knowledge, no i18n)' },
  {
    from: ['knowledge'],
    only: { folders: ['i18n'], entryPoints: ['i18n/lang'] },
    why: 'the knowledge core is language-neutral: from src/i18n it takes only the language type (lang.ts), never shell words',
  },
  { from: ['i18n', 'boundary'], forbid: SHELLS, why: 'text and the problem shape import no shell' },
  { from: ['registry'], forbid: ['trust', 'server', 'cli', 'web'], why: 'the registry imports no shell above it (trust, server, cli, web)' },
  { from: ['interop'], forbid: ['server', 'cli', 'web'], why: 'the FHIR and CDS Hooks mappings import no shell above them (server, cli, web)' },
  { from: ['web'], forbid: ['registry', 'interop', 'trust', 'server', 'cli'], why: 'the browser workspace talks to the server over HTTP, never imports it' },
  {
    from: ['web'],
    only: { folders: ['knowledge', 'stats'], entryPoints: WEB_ENTRY_POINTS },
    why: 'the web enters the core only through its entry points (WEB_ENTRY_POINTS)',
  },
];

/**
 * Known violations, each to be removed by fixing the import (issue 13). Paths under src/ without
 * extension. Reported as warnings by every lint run; an entry that no longer matches an import
 * fails lint/layers.test.ts.
 */
export const ALLOWED = [];

const withoutExtension = (path) => path.replace(/\.(js|jsx|ts|tsx|mjs|cjs|mts|cts)$/, '');

/** The path under src/ without extension (with `/`), or undefined outside src/. */
function underSrc(absolute) {
  const rel = relative(SRC, absolute);
  if (rel === '' || rel.startsWith('..') || resolve(SRC, rel) !== absolute) return undefined;
  return withoutExtension(rel.split(sep).join('/'));
}

/** Why importing `to` from `from` (both under src/, without extension) breaks a zone; undefined when it does not. */
export function violation(from, to) {
  const fromTop = from.split('/')[0];
  const toTop = to.split('/')[0];
  if (fromTop === toTop) return undefined;
  for (const zone of ZONES) {
    if (!zone.from.includes(fromTop)) continue;
    if (zone.forbid?.includes(toTop)) return zone.why;
    if (zone.only?.folders.includes(toTop) && !zone.only.entryPoints.includes(to)) return zone.why;
  }
  return undefined;
}

function isAllowed(from, to) {
  return ALLOWED.some((entry) => entry.from === from && entry.to === to);
}

function layerRule(reportAllowed) {
  return {
    meta: {
      type: 'problem',
      docs: { description: reportAllowed ? 'known layer violations still to remove (lint/layers.js ALLOWED)' : 'imports respect the layers of lint/layers.js' },
      schema: [],
      messages: {
        layer: "src/{{from}} may not import src/{{to}}: {{why}} (lint/layers.js)",
        allowed: "allow-listed layer violation, still to remove: src/{{from}} imports src/{{to}}: {{why}} (lint/layers.js ALLOWED)",
      },
    },
    create(context) {
      const from = underSrc(resolve(context.filename));
      if (from === undefined) return {};
      const check = (source) => {
        if (!source || source.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
        const to = underSrc(resolve(dirname(resolve(context.filename)), source.value));
        if (to === undefined) return;
        const why = violation(from, to);
        if (why === undefined || isAllowed(from, to) !== reportAllowed) return;
        context.report({ node: source, messageId: reportAllowed ? 'allowed' : 'layer', data: { from, to, why } });
      };
      return {
        ImportDeclaration: (node) => check(node.source),
        ExportNamedDeclaration: (node) => check(node.source),
        ExportAllDeclaration: (node) => check(node.source),
        ImportExpression: (node) => check(node.source),
      };
    },
  };
}

export const plugin = {
  meta: { name: 'bonemet-layers' },
  rules: { layers: layerRule(false), 'layers-allowed': layerRule(true) },
};
