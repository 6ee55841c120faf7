import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GUIDELINE_RECOMMENDATIONS, normalizeExtractedText as normalize } from './index.js';

// The seeds are vendored in sources/seeds (a copy of ../shared/seeds); a missing folder must fail, not skip.
const SEEDS_DIR = fileURLToPath(new URL('../../../sources/seeds/', import.meta.url));
const SEED_FILES = { '001': '001_f95be265ab98f0c9.txt', '004': '004_490c6f1922c18f69.txt' } as const;

function seed(document: keyof typeof SEED_FILES): string {
  const path = `${SEEDS_DIR}${SEED_FILES[document]}`;
  expect(existsSync(path), `seed file ${path} is missing`).toBe(true);
  return normalize(readFileSync(path, 'utf8'));
}

describe('guideline texts are verbatim from the seed documents', () => {
  it('finds the seeds directory', () => {
    expect(existsSync(SEEDS_DIR), `${SEEDS_DIR} is missing`).toBe(true);
  });

  it.each(GUIDELINE_RECOMMENDATIONS.map((rec) => [rec.id, rec] as const))('%s original occurs in its source', (_id, rec) => {
    expect(rec.original).toBe(normalize(rec.original));
    expect(seed(rec.document)).toContain(rec.original);
  });

  it.each(GUIDELINE_RECOMMENDATIONS.filter((rec) => rec.document === '001').map((rec) => [rec.id, rec] as const))(
    '%s: question heading and the printed grade line follow each other in §7',
    (_id, rec) => {
      const cq = rec.section.replace('§7 ', '');
      // "CQ3: PVPは…か？ 回答) PVPの…提案する。 推奨度：弱い エビデンスの強さ：C"
      const block = normalize(`${cq}: ${rec.question.original} 回答) ${rec.original} ${rec.grade}`);
      expect(seed('001')).toContain(block);
    },
  );

  it.each(GUIDELINE_RECOMMENDATIONS.filter((rec) => rec.document === '004').map((rec) => [rec.id, rec] as const))(
    '%s: numbered, with the grade printed where the data says',
    (id, rec) => {
      const number = id.replace('lc-bone-rec-', '');
      expect(seed('004')).toContain(normalize(`推荐 ${number}: ${rec.original}`));
      const clauses = rec.clauses ?? [{ original: rec.original.replace(`(${rec.grade})。`, ''), grade: rec.grade }];
      expect(clauses.map((c) => `${c.original}(${c.grade})`).join(',') + '。').toBe(rec.original);
    },
  );

  it('004 prints recs 1–3 in §3 (诊断) and recs 4–12 in §4 (治疗), before their subsections', () => {
    const text = seed('004');
    const diagnosis = text.indexOf('3诊断');
    const methods = text.indexOf('3.1诊断方法');
    const treatment = text.indexOf('4治疗');
    const agents = text.indexOf('4.1骨改良药物');
    expect(Math.min(diagnosis, methods, treatment, agents)).toBeGreaterThanOrEqual(0);
    for (const rec of GUIDELINE_RECOMMENDATIONS.filter((r) => r.document === '004')) {
      const at = text.indexOf(rec.original);
      const [from, to] = rec.section === '§3' ? [diagnosis, methods] : [treatment, agents];
      expect(at, rec.id).toBeGreaterThan(from);
      expect(at, rec.id).toBeLessThan(to);
    }
  });
});
