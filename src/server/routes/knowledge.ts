import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { render } from '../../knowledge/texts.js';
import { ProblemError, notFound } from '../../boundary/problem.js';
import { LANGS, localize, type Lang } from '../../i18n/lang.js';
import { patientFactsSchema } from '../../knowledge/facts/index.js';
import { INSTRUMENT_IDS, INSTRUMENTS, isInstrumentId, scoreInstrument, type QuestionnaireText } from '../../knowledge/instruments/index.js';
import { recommend } from '../../knowledge/rules/index.js';
import { json, pascal } from '../openapi.js';
import { SIGNED_IN, declare } from '../route.js';

export const langQuery = z.strictObject({ lang: z.enum(LANGS).optional().describe('Language of labels and findings (default en)') });

/** The language a request asks for (`?lang=`, checked by langQuery), English by default. */
export const langOf = (query: unknown): Lang => (query as z.output<typeof langQuery>).lang ?? 'en';


/** The knowledge core over HTTP: score an instrument, recommend from a patient's facts. */
export const knowledgeRoutes: FastifyPluginAsync<{ questionnaireText?: QuestionnaireText }> = async (app, options) => {
  // a site's licensed ODI/RMDQ wording, or nothing: the workspace then shows titles and statement numbers
  app.get('/questionnaire-text', declare({
    access: SIGNED_IN, tags: ['knowledge'],
    summary: "A site's licensed ODI/RMDQ wording (BONEMET_QUESTIONNAIRE_TEXT; docs/instruments.md), or {} when none is configured",
    responses: { 200: json({ type: 'object' }) },
  }), async () => options.questionnaireText ?? {});

  app.get('/score', declare({
    access: SIGNED_IN, tags: ['knowledge'], summary: 'The instruments', query: langQuery,
    responses: { 200: json({ type: 'array' }) },
  }), async (request) => {
    const lang = langOf(request.query);
    return INSTRUMENT_IDS.map((id) => ({
      id,
      version: INSTRUMENTS[id].version,
      name: localize(INSTRUMENTS[id].name, lang),
      summary: localize(INSTRUMENTS[id].summary, lang),
    }));
  });

  // the instrument's input is checked by scoreInstrument (its own schema); an unknown instrument is 404
  app.post<{ Params: { instrument: string } }>('/score/:instrument', declare({
    access: SIGNED_IN, tags: ['knowledge'], summary: 'Score an instrument',
    params: { schema: z.object({ instrument: z.enum(INSTRUMENT_IDS) }), checked: 'handler' },
    query: langQuery, invalid: { body: (request) => `invalid ${(request.params as { instrument: string }).instrument} input` },
    // documented as one path per instrument, with its own input schema
    variants: INSTRUMENT_IDS.map((id) => ({
      params: { instrument: id },
      summary: INSTRUMENTS[id].summary.en,
      body: { schema: (INSTRUMENTS[id] as unknown as { schema: z.ZodType }).schema, name: `Score${pascal(id)}Input`, checked: 'handler' as const },
    })),
    responses: { 200: json({ type: 'object' }, 'The instrument result') },
  }), async (request) => {
    const { instrument } = request.params;
    if (!isInstrumentId(instrument)) throw new ProblemError(notFound(`no instrument "${instrument}"; accepted: ${INSTRUMENT_IDS.join(', ')}`));
    // a ZodError of the input becomes the problem `invalid <instrument> input` (problem-reply.ts)
    return render(scoreInstrument(instrument, request.body ?? {}), langOf(request.query));
  });

  app.post('/recommend', declare({
    access: SIGNED_IN, tags: ['knowledge'], summary: 'A sourced verdict on every treatment option from one patient’s facts',
    query: langQuery,
    // recommend() checks the facts with this schema
    body: { schema: patientFactsSchema, name: 'PatientFacts', checked: 'handler' }, invalid: { body: 'invalid patient facts' },
    responses: { 200: json({ type: 'object' }, 'Options, missing facts and a computed plan') },
  }), async (request) => {
    const lang = langOf(request.query);
    return render(recommend(request.body ?? {}), lang);
  });
};
