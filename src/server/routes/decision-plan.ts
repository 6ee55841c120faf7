import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { render } from '../../knowledge/texts.js';
import { verbatim } from '../../knowledge/text.js';
import type { Lang } from '../../i18n/lang.js';
import { OPTION_IDS, RT_SCHEDULES, recommendFromFacts, sequencePlan, prognosisPanel, targetChoices, lesionKeys } from '../../knowledge/rules/index.js';
import { fractionationSchedule } from '../../knowledge/rules/radiotherapy.js';
import { formatSource } from '../../knowledge/sources.js';
import { boardPlanSchema, planChoicesOf, verdictChanges } from '../../registry/board-plan.js';
import type { EntityRecord } from '../../registry/repository.js';
import type { Registry } from '../../registry/registry.js';
import { storedFacts, storedPlan } from '../../registry/report/board-report.js';
import { decisionReportPdf } from '../../registry/report/index.js';
import { json, problem } from '../openapi.js';
import { declare, readsPatientData, writesPatientData } from '../route.js';
import { langOf, langQuery } from './knowledge.js';
import { ifMatchVersion } from './registry.js';

interface Options {
  registry: Registry;
}

type IdParams = { Params: { id: string } };

export const planChange = z.strictObject({
  chosenOptions: z.array(z.enum(OPTION_IDS)).describe('Options the board chose'),
  plan: boardPlanSchema.omit({ signOff: true }),
  signOff: z.boolean().optional().describe('true: the signed-in user signs the plan off now; any other change clears a sign-off'),
});

const tags = ['decisions'];
const noDecision = problem('No such decision');
const planAnswer = json({ type: 'object', description: 'version, chosenOptions, the stored plan, verdicts, the sequenced plan (steps, conflicts), the prognosis panel and the schedule menu with BED/EQD2' });

/** The decision's plan as the board sees it: the stored choices, the sequenced plan, the prognosis panel, the schedule menu. */
function planView(decision: EntityRecord, lang: Lang) {
  const facts = storedFacts(decision.facts);
  const board = storedPlan(decision.plan);
  const recommendation = recommendFromFacts(facts);
  const chosen = decision.chosenOptions as (typeof OPTION_IDS)[number][];
  return render({
    id: decision.id,
    version: decision.version,
    chosenOptions: chosen,
    plan: board,
    verdicts: recommendation.options.map((o) => ({ option: o.option, verdict: o.verdict })),
    /** The verdicts above are this version's; the ones stored at decision time that differ, and who computed them. */
    decidedWith: { knowledgeVersion: decision.knowledgeVersion, changes: verdictChanges(decision.recommendation, recommendation.options) },
    sequenced: sequencePlan(facts, recommendation.options, chosen, planChoicesOf(board, facts.decisionDate ?? (decision.decidedOn as string))),
    prognosis: prognosisPanel(facts, board.scoreInputs),
    /** The lesions each local step can treat, for choosing its targets. */
    targetChoices: targetChoices(facts),
    /** The facts' lesions as targets remember them (send back as plan.targetLesions with the targets). */
    lesionKeys: lesionKeys(facts),
    schedules: RT_SCHEDULES.map((s) => ({ ...fractionationSchedule(verbatim(`${s.doseGy} Gy / ${s.fractions}`), s.doseGy, s.fractions), id: s.id, option: s.option, source: formatSource(s.source) })),
  }, lang);
}

/**
 * The board's plan of a decision (issue 14): read it sequenced, change it on the version read
 * (If-Match; 409 when stale), its saved versions, and the board report PDF.
 */
export const decisionPlanRoutes: FastifyPluginAsync<Options> = async (app, { registry }) => {
  // clinicians only, no researcher view (real dates, record code)
  app.get<IdParams>('/decisions/:id/plan', declare({
    access: readsPatientData('decisions'), tags, query: langQuery,
    summary: 'The decision’s board plan, sequenced: ordered dated steps with dependencies, reasons and sources, conflicts, prognosis panel (ETag: the version)',
    responses: { 200: planAnswer, 404: noDecision },
  }), async (request, reply) => {
    const lang = langOf(request.query);
    const decision = await registry.get(request.actor, 'decisions', request.params.id);
    return reply.header('etag', `"${decision.version}"`).send(planView(decision, lang));
  });

  app.put<IdParams>('/decisions/:id/plan', declare({
    access: writesPatientData('decisions'), tags, query: langQuery, body: { schema: planChange, name: 'DecisionPlanChange' }, invalid: { body: 'invalid plan' },
    summary: 'Change the board plan on the version read (If-Match required; 409 when stale); signOff: true signs it off as the signed-in user, any other change clears a sign-off',
    openapi: { parameters: [{ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }] },
    responses: { 200: planAnswer, 400: problem('Invalid plan (each field named)'), 404: noDecision, 409: problem('Changed since the version read'), 428: problem('No If-Match') },
  }), async (request, reply) => {
    const lang = langOf(request.query);
    const ifMatch = ifMatchVersion(request.headers['if-match']);
    const change = request.body as z.output<typeof planChange>;
    const signOff = change.signOff
      ? { by: request.actor.id, role: request.actor.roles[0] ?? request.actor.kind, at: new Date().toISOString() }
      : undefined;
    // targets are lesion numbers: remember which lesions they were, so a later change of the lesions is caught
    const targeted = Object.values(change.plan.targets ?? {}).some((list) => (list?.length ?? 0) > 0);
    const targetLesions = change.plan.targetLesions ?? (targeted ? lesionKeys(storedFacts((await registry.get(request.actor, 'decisions', request.params.id)).facts)) : undefined);
    const plan = { ...change.plan, ...(targetLesions ? { targetLesions } : {}), ...(signOff ? { signOff } : {}) };
    const updated = await registry.update(request.actor, 'decisions', request.params.id, { chosenOptions: change.chosenOptions, plan }, ifMatch, { signOff: true });
    return reply.header('etag', `"${updated.version}"`).send(planView(updated, lang));
  });

  app.get<IdParams>('/decisions/:id/plan/history', declare({
    access: readsPatientData('decisions'), tags, summary: 'Every saved version of the decision’s choices and plan, oldest first',
    responses: { 200: json({ type: 'array', items: { type: 'object' } }), 404: noDecision },
  }), async (request) => registry.decisionHistory(request.actor, request.params.id));

  app.get<IdParams>('/decisions/:id/report.pdf', declare({
    access: readsPatientData('decisions'), tags, query: langQuery,
    summary: 'The board report as PDF in the chosen language (record code only, no name)',
    responses: { 200: { description: 'The PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, 404: noDecision },
  }), async (request, reply) => {
    const lang = langOf(request.query);
    const { pdf, recordCode } = await decisionReportPdf(registry, request.actor, request.params.id, lang);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="board-report-${recordCode}-${lang}.pdf"`.replace(/[^\x20-\x7e]/g, '_'))
      .send(pdf);
  });
};
