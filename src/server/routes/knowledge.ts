import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ProblemError, notFound, validationProblem } from '../../boundary/problem.js';
import { LANGS, localize } from '../../i18n/lang.js';
import { INSTRUMENT_IDS, INSTRUMENTS, isInstrumentId, scoreInstrument, type QuestionnaireText } from '../../knowledge/instruments/index.js';
import { recommend } from '../../knowledge/rules/index.js';

export const langQuery = z.strictObject({ lang: z.enum(LANGS).optional().describe('Language of labels and findings (default en)') });

function parseLang(query: unknown) {
  const parsed = langQuery.safeParse(query ?? {}, { reportInput: true });
  if (!parsed.success) throw new ProblemError(validationProblem(parsed.error, 'invalid query', 'query'));
  return parsed.data.lang ?? 'en';
}

/** The knowledge core over HTTP: score an instrument, recommend from a patient's facts. */
export const knowledgeRoutes: FastifyPluginAsync<{ questionnaireText?: QuestionnaireText }> = async (app, options) => {
  // a site's licensed ODI/RMDQ wording, or nothing: the workspace then shows titles and statement numbers
  app.get('/questionnaire-text', async () => options.questionnaireText ?? {});

  app.get('/score', async (request) => {
    const lang = parseLang(request.query);
    return INSTRUMENT_IDS.map((id) => ({
      id,
      version: INSTRUMENTS[id].version,
      name: localize(INSTRUMENTS[id].name, lang),
      summary: localize(INSTRUMENTS[id].summary, lang),
    }));
  });

  app.post<{ Params: { instrument: string } }>('/score/:instrument', async (request) => {
    const { instrument } = request.params;
    if (!isInstrumentId(instrument)) throw new ProblemError(notFound(`no instrument "${instrument}"; accepted: ${INSTRUMENT_IDS.join(', ')}`));
    const lang = parseLang(request.query);
    try {
      return scoreInstrument(instrument, request.body ?? {}, lang);
    } catch (error) {
      if (error instanceof z.ZodError) throw new ProblemError(validationProblem(error, `invalid ${instrument} input`, 'body'));
      throw error;
    }
  });

  app.post('/recommend', async (request) => {
    const lang = parseLang(request.query);
    try {
      return recommend(request.body ?? {}, lang);
    } catch (error) {
      if (error instanceof z.ZodError) throw new ProblemError(validationProblem(error, 'invalid patient facts', 'body'));
      throw error;
    }
  });
};
