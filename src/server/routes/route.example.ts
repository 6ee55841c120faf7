import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { INSTRUMENT_IDS, scoreInstrument } from '../../knowledge/instruments/index.js';
import { render } from '../../knowledge/texts.js';
import { json } from '../openapi.js';
import { SIGNED_IN, declare } from '../route.js';
import { langQuery } from './knowledge.js';

/**
 * The worked example of src/registry/README.md "Adding a route": several instruments scored in
 * one call. Not registered by the app; route.example.test.ts registers it on a test app.
 */
export const scoreManyBody = z.strictObject({
  items: z.array(z.strictObject({
    instrument: z.enum(INSTRUMENT_IDS).describe('Instrument id'),
    input: z.record(z.string(), z.unknown()).describe('The instrument’s input'),
  })).min(1).max(20).describe('The instruments to score, each with its input'),
});

export const scoreManyRoute: FastifyPluginAsync = async (app) => {
  app.post('/score-many', declare({
    access: SIGNED_IN, // who: PUBLIC, SIGNED_IN, ADMIN, readsPatientData(entity, researcherView), writesPatientData(entity)
    tags: ['knowledge'],
    summary: 'Score several instruments in one call',
    query: langQuery, // checked before the handler: `request.query` is the parsed value
    body: { schema: scoreManyBody, name: 'ScoreManyRequest' }, // published as #/components/schemas/ScoreManyRequest
    invalid: { body: 'invalid instruments to score' }, // the 400 problem's detail
    responses: { 200: json({ type: 'array' }, 'One result per item') },
  }), async (request) => {
    const { items } = request.body as z.output<typeof scoreManyBody>;
    const { lang } = request.query as z.output<typeof langQuery>;
    // an instrument's own input is checked by the core: its ZodError becomes the same 400 problem
    return items.map((item) => render(scoreInstrument(item.instrument, item.input), lang ?? 'en'));
  });
};
