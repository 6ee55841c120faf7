/**
 * The report's fonts: Noto Sans SC and Noto Sans JP (SIL Open Font License 1.1) from the npm packages
 * @fontsource/noto-sans-sc and @fontsource/noto-sans-jp, installed with the project — nothing is
 * downloaded at run time. Each package splits its font into unicode-range slices; the slice that
 * holds a character is read from the package's own CSS, so Chinese text gets the Chinese glyph forms
 * and Japanese text the Japanese ones (the family of the report's language is tried first).
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Lang } from '../../i18n/lang.js';

const require = createRequire(import.meta.url);

export type Weight = 400 | 700;
const FAMILIES = { sc: '@fontsource/noto-sans-sc', jp: '@fontsource/noto-sans-jp' } as const;
type Family = keyof typeof FAMILIES;
const ORDER: Record<Lang, Family[]> = { en: ['sc', 'jp'], zh: ['sc', 'jp'], ja: ['jp', 'sc'] };

export interface Face {
  /** A name for the PDF writer, unique per file. */
  key: string;
  file: string;
  ranges: [number, number][];
}

/** No font slice holds these (Greek letters, subscript digits): written the way the text still reads. */
const SUBSTITUTES: Record<string, string> = {
  'α': 'alpha', 'β': 'beta', '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9',
};

const facesCache = new Map<string, Face[]>();

/** The slices of one family and weight, as its CSS lists them (`src` .woff file, `unicode-range`). */
export function familyFaces(family: Family, weight: Weight): Face[] {
  const cacheKey = `${family}-${weight}`;
  const cached = facesCache.get(cacheKey);
  if (cached) return cached;
  const css = require.resolve(`${FAMILIES[family]}/${weight}.css`);
  const text = readFileSync(css, 'utf8');
  const faces: Face[] = [];
  for (const block of text.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+?)\.woff2\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
    });
    faces.push({ key: `${file}`, file: join(dirname(css), 'files', `${file}.woff`), ranges });
  }
  if (faces.length === 0) throw new Error(`no font faces in ${css}`);
  // Named slices (latin, latin-ext, …) before the numbered CJK slices: Latin letters, digits and
  // signs such as § then keep their proportional Latin forms instead of full-width CJK ones.
  const named = (face: Face) => !/-\d+-\d{3}-normal$/.test(face.key);
  faces.sort((a, b) => Number(named(b)) - Number(named(a)));
  facesCache.set(cacheKey, faces);
  return faces;
}

export interface Run {
  face: Face;
  text: string;
}

/** Splits a text into runs, each in the first slice (language's family first) that holds its characters. */
const lookups = new Map<string, Map<number, Face | null>>();

export function fontRuns(text: string, lang: Lang, weight: Weight): Run[] {
  const families = ORDER[lang].map((family) => familyFaces(family, weight));
  const lookupKey = `${lang}-${weight}`;
  const lookup = lookups.get(lookupKey) ?? new Map<number, Face | null>();
  lookups.set(lookupKey, lookup);
  const faceOf = (cp: number): Face | null => {
    let face = lookup.get(cp);
    if (face === undefined) {
      face = families.flatMap((f) => f.find((candidate) => candidate.ranges.some(([a, b]) => cp >= a && cp <= b)) ?? [])[0] ?? null;
      lookup.set(cp, face);
    }
    return face;
  };
  const runs: Run[] = [];
  for (const raw of text) {
    const chars = SUBSTITUTES[raw] ?? raw;
    for (const ch of chars) {
      const cp = ch.codePointAt(0)!;
      const face = faceOf(cp);
      if (!face) continue; // a character no slice holds is left out rather than drawn as a box
      const last = runs[runs.length - 1];
      if (last && last.face === face) last.text += ch;
      else runs.push({ face, text: ch });
    }
  }
  return runs;
}

const sfntCache = new Map<string, Buffer>();

/**
 * A face's font as an uncompressed sfnt (TrueType/OpenType), read once per process. The packages ship
 * WOFF 1.0; pdfkit would inflate every table in pure JavaScript on every report (≈ 90 % of a zh/ja
 * report's time), so the tables are inflated here with node's zlib (WOFF 1.0, W3C 2012, §4–5).
 */
export function faceFont(face: Face): Buffer {
  const cached = sfntCache.get(face.file);
  if (cached) return cached;
  const sfnt = woffToSfnt(readFileSync(face.file));
  sfntCache.set(face.file, sfnt);
  return sfnt;
}

export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((k) => woff.readUInt32BE(at + k)) as [number, number, number, number, number];
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    if (data.length !== origLength) throw new Error('WOFF table length mismatch');
    return { tag, checksum, data };
  });
  let power = 1;
  while (power * 2 <= numTables) power *= 2;
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(numTables * 16 - power * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    header.writeUInt32BE(table.tag, at);
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.data.length, at + 12);
    const padded = (table.data.length + 3) & ~3;
    parts.push(table.data, Buffer.alloc(padded - table.data.length));
    offset += padded;
  });
  return Buffer.concat(parts);
}
