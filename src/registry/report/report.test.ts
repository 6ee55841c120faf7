/**
 * The board report PDF in en/zh/ja, read back with pdftotext (poppler-utils, installed by .ci/run):
 * the facts, verdicts, sources, plan dates and doses, sign-off and page numbers must be in the text,
 * the patient's name never. Set BONEMET_REPORT_DIR to keep the PDFs (and page-1 PNGs when pdftoppm is there).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../i18n/lang.js';
import { PAINFUL_LYTIC_L1 } from '../../knowledge/rules/test-support.js';
import { buildBoardReport, type StoredDecision } from './board-report.js';
import { renderBoardReportPdf } from './pdf.js';

function has(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const PDFTOTEXT = has('pdftotext');
if (!PDFTOTEXT) console.warn('report.test: pdftotext (poppler-utils) is not installed — the PDF text checks are skipped; install it with apt-get install poppler-utils');

const decision: StoredDecision = {
  decidedOn: '2026-11-25',
  knowledgeVersion: 'test',
  chosenOptions: ['pvp', 'sbrt', 'bma', 'analgesia'],
  facts: {
    ...PAINFUL_LYTIC_L1,
    toleratesSurgery: true,
  },
  plan: {
    dates: { pvp: '2026-11-27', sbrt: '2026-11-26' },
    schedules: { sbrt: 'sbrt-24x2' },
    attendees: [{ name: 'Dr Wang', role: 'spine surgeon' }, { name: 'Dr Sato', role: 'radiation oncologist' }],
    signOff: { by: 'user:clinician', role: 'clinician', at: '2026-11-25T10:30:00.000Z' },
  },
  // as stored at decision time by an earlier version: PVP then read "consider"
  recommendation: { options: [{ option: 'pvp', verdict: 'consider' }, { option: 'analgesia', verdict: 'recommended' }] },
};

const EXPECTED: Record<Lang, string[]> = {
  en: ['Multidisciplinary board report', 'Record code: BM-0042', 'KPS / ECOG: 70 / 1', 'Pain (VAS/NRS): 8/10', 'Frankel grade: E', 'L1 — SINS 10 · ESCC 1a · Tomita type 1',
    'at the decision (version test) these read otherwise', 'consider → recommended', 'Revised Tokuhashi', 'No clinician estimate of life expectancy', 'Percutaneous vertebroplasty', 'recommended', '001', 'WARNING', '002 §3.4',
    'Stereotactic body radiotherapy (SBRT/SSRS) L1', '24 Gy in 2 fraction(s)', '52.8', 'Lancet Oncol 2021', '004 rec 8 (1B)', 'Dr Sato — radiation oncologist', 'Signed off by user:clinician (clinician)', 'Page 1 of'],
  zh: ['骨转移多学科诊疗', '登记编码: BM-0042', 'KPS / ECOG: 70 / 1', 'Frankel 分级: E', '经皮椎体成形术', '推荐', '警告', '002 §3.4', '24 Gy/2 次', '52.8', '口腔检查', '004 rec 8 (1B)', '签署', '第 1 页'],
  ja: ['骨転移 多職種カンファレンス報告書', '登録コード: BM-0042', 'KPS / ECOG: 70 / 1', '経皮的椎体形成術', '推奨', '警告', '002 §3.4', '24 Gy/2 回', '52.8', '歯科診察', '004 rec 8 (1B)', '承認', '1 / '],
};

const keep = process.env.BONEMET_REPORT_DIR;
const dir = keep ?? mkdtempSync(join(tmpdir(), 'bonemet-report-'));

describe('board report PDF', () => {
  it('names the verdicts that changed since the decision was stored, and the version that stored them', () => {
    const report = buildBoardReport(decision, 'BM-0042', 'en', new Date('2026-11-25T12:00:00Z'));
    expect(report.decidedWith).toEqual({ knowledgeVersion: 'test', changes: [{ name: 'Percutaneous vertebroplasty / kyphoplasty (PVP/PKP)', then: 'consider', now: 'recommended' }] });
    expect(buildBoardReport({ ...decision, recommendation: 'stored in an older shape' }, 'BM-0042', 'en').decidedWith.changes).toEqual([]);
  });

  for (const lang of ['en', 'zh', 'ja'] as const) {
    it.skipIf(!PDFTOTEXT)(`${lang}: facts, verdicts, sources, plan, sign-off and page numbers in the text`, async () => {
      const report = buildBoardReport(decision, 'BM-0042', lang, new Date('2026-11-25T12:00:00Z'));
      const pdf = await renderBoardReportPdf(report);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const file = join(dir, `report-${lang}.pdf`);
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
      const flat = text.replace(/\s*\n\s*/g, ' ');
      for (const expected of EXPECTED[lang]) expect(flat, expected).toContain(expected);
      expect(flat).not.toContain('\uFFFD');
      if (keep && has('pdftoppm')) execFileSync('pdftoppm', ['-png', '-r', '80', file, join(dir, `report-${lang}`)]);
    }, 120_000);
  }
});
