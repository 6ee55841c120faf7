import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ProblemError, badRequest, notFound } from '../../boundary/problem.js';
import { cohortAnalysis, cohortAnalysisSchema } from '../../registry/cohort.js';
import { exportCohort, type ExportFiles } from '../../registry/export.js';
import { IMPORT_COLUMNS, importCohortCsv } from '../../registry/import.js';
import type { Registry } from '../../registry/registry.js';
import { DEFAULT_MIN_CELL, suppressSmallCells } from '../../trust/small-cells.js';
import { json, problem } from '../openapi.js';
import { declare, readsPatientData, writesPatientData } from '../route.js';

interface Options {
  registry: Registry;
  /** Researchers' minimum cell size for analyses (trust/small-cells.ts). */
  minCellSize?: number;
  /** Largest CSV import body, bytes (the other routes keep the app's 1 MiB). */
  importBodyLimit?: number;
}

export const exportQuerySchema = z.strictObject({
  cohort: z.string().optional().describe('Cohort label'),
  studyArm: z.string().optional().describe('Study arms, comma-separated'),
});

const EXPORT_FILES = ['observations.csv', 'cohort.csv', 'data-dictionary.csv'] as const satisfies readonly (keyof ExportFiles)[];

/** Cohort-level routes: the analysis, the CSV import and the exports. */
export const cohortRoutes: FastifyPluginAsync<Options> = async (app, { registry, minCellSize = DEFAULT_MIN_CELL, importBodyLimit }) => {
  app.post('/cohorts/analysis', declare({
    access: readsPatientData(undefined, 'analysis'), tags: ['cohorts'],
    summary: 'Baseline table with tests, outcomes over time with the random-intercept mixed model (Type III F), Kaplan–Meier steps with log-rank and adjusted pairwise log-rank, Cox regression on chosen covariates with cox.zph, and the statistical methods paragraph (en/zh/ja) of a cohort',
    body: { schema: cohortAnalysisSchema, name: 'CohortAnalysisRequest' }, invalid: 'invalid cohort definition',
    responses: { 200: json({ type: 'object' }, 'The analysis (numbers from src/stats)'), 400: problem('Invalid cohort definition') },
  }), async (request) => {
    const body = request.body as z.output<typeof cohortAnalysisSchema>;
    if (!request.actor.roles.includes('researcher')) return cohortAnalysis(registry, request.actor, body);
    // researchers: no group, count or summary of fewer than minCellSize patients
    return suppressSmallCells(await cohortAnalysis(registry, request.actor, body, { minGroup: minCellSize }), minCellSize);
  });

  app.post('/import', {
    ...(importBodyLimit ? { bodyLimit: importBodyLimit } : {}),
    ...declare({
      access: writesPatientData(), tags: ['cohorts'],
      summary: `Import a cohort CSV (one row per record; reserved columns ${Object.keys(IMPORT_COLUMNS).join(', ')}; every other column a field). All or nothing: every bad row is reported.`,
      openapi: { requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string' } } } } },
      responses: { 201: json({ type: 'object' }, 'Rows imported per entity'), 400: problem('Bad rows, each as row N.field') },
    }),
  }, async (request, reply) => {
    if (typeof request.body !== 'string') throw new ProblemError(badRequest('send the cohort as text/csv'));
    const result = await importCohortCsv(registry, request.actor, request.body);
    return reply.code(201).send(result);
  });

  app.get<{ Params: { file: string } }>('/export/:file', declare({
    access: readsPatientData(undefined, 'export'), tags: ['cohorts'], summary: 'Tidy observations, the cohort dataset (SPSS, R) or the data dictionary, as CSV',
    params: { schema: z.object({ file: z.enum(EXPORT_FILES) }), checked: 'handler' },
    query: exportQuerySchema, invalid: 'invalid export query',
    responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, 404: problem('No such export') },
  }), async (request, reply) => {
    const file = request.params.file as keyof ExportFiles;
    if (!(EXPORT_FILES as readonly string[]).includes(file)) throw new ProblemError(notFound(`no export "${file}"; accepted: ${EXPORT_FILES.join(', ')}`));
    const query = request.query as z.output<typeof exportQuerySchema>;
    const files = await exportCohort(registry, request.actor, {
      ...(query.cohort ? { cohort: query.cohort } : {}),
      ...(query.studyArm ? { studyArm: query.studyArm.split(',') } : {}),
    });
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file}"`).send(files[file]);
  });
};
