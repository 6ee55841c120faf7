/** The board report as a PDF (pdfkit), laid out from buildBoardReport's content. */
import PDFDocument from 'pdfkit';
import { localize, type Lang } from '../../i18n/lang.js';
import { reportText as T } from '../../i18n/report.js';
import type { BoardReport } from './board-report.js';
import { faceFont, fontRuns, type Weight } from './fonts.js';

const MARGIN = 50;
const SIZES = { title: 16, heading: 12.5, text: 9.5, small: 8 } as const;

class Writer {
  private readonly registered = new Set<string>();

  constructor(readonly doc: PDFKit.PDFDocument, readonly lang: Lang) {}

  /** Writes one paragraph, each run in the font slice that holds its characters. */
  text(text: string, options: { size?: number; weight?: Weight; indent?: number; color?: string; gap?: number } = {}): void {
    const { size = SIZES.text, weight = 400, indent = 0, color = '#111111', gap = 2 } = options;
    const runs = fontRuns(text, this.lang, weight);
    if (runs.length === 0) return;
    const width = this.doc.page.width - 2 * MARGIN - indent;
    this.doc.fillColor(color).fontSize(size);
    runs.forEach((run, i) => {
      if (!this.registered.has(run.face.key)) {
        this.doc.registerFont(run.face.key, faceFont(run.face));
        this.registered.add(run.face.key);
      }
      this.doc.font(run.face.key);
      const last = i === runs.length - 1;
      if (i === 0) this.doc.text(run.text, MARGIN + indent, this.doc.y, { width, continued: !last, lineGap: 1 });
      else this.doc.text(run.text, { continued: !last, lineGap: 1 });
    });
    this.doc.moveDown(gap / 10);
  }

  heading(text: string): void {
    if (this.doc.y > this.doc.page.height - MARGIN - 80) this.doc.addPage();
    this.doc.moveDown(0.6);
    this.text(text, { size: SIZES.heading, weight: 700, color: '#0b3d6e' });
    const y = this.doc.y;
    this.doc.moveTo(MARGIN, y).lineTo(this.doc.page.width - MARGIN, y).lineWidth(0.5).strokeColor('#0b3d6e').stroke();
    this.doc.moveDown(0.3);
  }
}

/** Renders the report; resolves to the PDF bytes. */
export function renderBoardReportPdf(report: BoardReport): Promise<Buffer> {
  const lang = report.lang;
  const t = (text: Parameters<typeof localize>[0], params?: Record<string, string | number>) => localize(text, lang, params);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: { en: 'en', zh: 'zh-CN', ja: 'ja' }[lang],
    info: { Title: `${t(T.title)} — ${report.recordCode}`, Creator: 'bonemet', Producer: 'bonemet (pdfkit)' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const w = new Writer(doc, lang);

  w.text(t(T.title), { size: SIZES.title, weight: 700, color: '#0b3d6e' });
  w.text(`${t(T.record)}: ${report.recordCode}    ${t(T.decidedOn)}: ${report.decidedOn}`, { weight: 700 });
  w.text(`${t(T.generated)}: ${report.generatedAt}    ${t(T.knowledge)}: ${report.knowledgeVersion}`, { size: SIZES.small, color: '#555555' });

  if (report.alerts.length > 0) {
    w.heading(t(T.sections.alerts));
    for (const alert of report.alerts) w.text(`${alert.text} [${alert.sources.join('; ')}]`, { color: '#a00000', weight: 700 });
  }

  w.heading(t(T.sections.summary));
  for (const row of report.facts) w.text(`${row.label}: ${row.value}`);
  if (report.lesions.length > 0) {
    w.text(t(T.sections.lesions), { weight: 700, gap: 1 });
    for (const l of report.lesions) {
      w.text(`${l.level} — ${t(T.lesion.sins)} ${l.sins} · ${t(T.lesion.escc)} ${l.escc} · ${t(T.lesion.tomitaType)} ${l.tomitaType}`, { indent: 10 });
    }
  }

  w.heading(t(T.sections.prognosis));
  w.text(report.panel.statement, { weight: 700 });
  for (const s of report.panel.scores) {
    if (s.total === null) {
      w.text(`${s.name}: ${t(T.score.notScored, { facts: s.missingLabels.join('; ') })}`, { color: '#555555' });
      continue;
    }
    w.text(`${s.name}: ${s.total} — ${s.band ?? ''}`, { weight: 700, gap: 0 });
    if (s.estimate) w.text(`${t(T.score.estimate)}: ${s.estimate}`, { indent: 10, gap: 0 });
    for (const caveat of s.caveats) w.text(`• ${caveat}`, { indent: 10, size: SIZES.small, color: '#444444', gap: 0 });
    w.text(`${t(T.option.sources)}: ${s.sources.join('; ')}`, { indent: 10, size: SIZES.small, color: '#444444' });
  }

  if (report.decidedWith.changes.length > 0) {
    w.text(t(T.changedSinceDecision, { version: report.decidedWith.knowledgeVersion }), { color: '#8a5a00', weight: 700 });
    for (const c of report.decidedWith.changes) w.text(`• ${c.name}: ${c.then} → ${c.now}`, { color: '#8a5a00', gap: 0 });
  }
  w.heading(t(T.sections.options));
  for (const o of report.options) {
    w.text(`${o.chosen ? '■ ' : '□ '}${o.name}: ${o.verdict}${o.chosen ? ` (${t(T.option.chosen)})` : ''}`, { weight: 700, gap: 0 });
    for (const reason of o.reasons) w.text(`• ${reason}`, { indent: 12, gap: 0 });
    if (o.sources.length > 0) w.text(`${t(T.option.sources)}: ${o.sources.join('; ')}`, { indent: 12, size: SIZES.small, color: '#444444' });
  }
  if (report.conflicts.length > 0) {
    w.heading(t(T.sections.conflicts));
    for (const c of report.conflicts) w.text(`• ${c}`, { size: SIZES.small });
  }

  w.heading(t(T.sections.plan));
  if (report.plan.steps.length === 0) w.text(t(T.plan.none));
  for (const c of report.plan.conflicts) {
    w.text(`${c.severity === 'error' ? t(T.plan.error) : t(T.plan.warning)}: ${c.text}${c.source ? ` [${c.source}]` : ''}`, { color: c.severity === 'error' ? '#a00000' : '#8a5a00', weight: 700 });
  }
  if (report.plan.steps.length > 0 && report.plan.conflicts.length === 0) w.text(t(T.plan.noConflicts), { color: '#1c6b1c' });
  const titleOf = new Map(report.plan.steps.map((s) => [s.key, s.title]));
  for (const step of report.plan.steps) {
    const after = step.after.length > 0 ? ` (${t(T.plan.after, { steps: step.after.map((k) => titleOf.get(k) ?? k).join(', ') })})` : '';
    w.text(`${step.order}. ${step.date}  ${step.title}${after}`, { weight: 700, gap: 0 });
    w.text(step.dateSetBy === 'board' ? t(T.plan.boardDate) : t(T.plan.computedDate), { indent: 14, size: SIZES.small, color: '#555555', gap: 0 });
    for (const reason of step.reasons) w.text(`• ${reason.text}${reason.source ? ` [${reason.source}]` : ''}`, { indent: 14, gap: 0 });
    doc.moveDown(0.2);
  }

  w.heading(t(T.sections.attendees));
  if (report.attendees.length === 0) w.text(t(T.signOff.noAttendees));
  for (const a of report.attendees) w.text(`• ${a.name} — ${a.role}`);
  w.text(report.signOff ? t(T.signOff.signed, { by: report.signOff.by, role: report.signOff.role, at: report.signOff.at }) : t(T.signOff.none), { weight: 700 });

  // Footer on every page: record code and page numbers.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const footer = `${report.recordCode} · ${t(T.page, { page: i + 1, pages: range.count })}`;
    doc.y = doc.page.height - 35;
    w.text(footer, { size: SIZES.small, color: '#555555' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
