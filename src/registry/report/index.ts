import type { Lang } from '../../i18n/lang.js';
import type { Actor } from '../access.js';
import type { Registry } from '../registry.js';
import { buildBoardReport } from './board-report.js';
import { renderBoardReportPdf } from './pdf.js';

/** The board report PDF of a stored decision (read as `actor`), and the record code that names it. */
export async function decisionReportPdf(registry: Registry, actor: Actor, decisionId: string, lang: Lang): Promise<{ pdf: Buffer; recordCode: string }> {
  const decision = await registry.get(actor, 'decisions', decisionId);
  const patient = await registry.get(actor, 'patients', decision.patientId as string);
  const recordCode = patient.code as string;
  const report = buildBoardReport({
    decidedOn: decision.decidedOn as string,
    facts: decision.facts,
    chosenOptions: decision.chosenOptions as string[],
    plan: decision.plan,
    knowledgeVersion: decision.knowledgeVersion as string,
    recommendation: decision.recommendation,
  }, recordCode, lang);
  return { pdf: await renderBoardReportPdf(report), recordCode };
}
