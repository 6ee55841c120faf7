import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ProblemError, badRequest, notFound, validationProblem } from '../../boundary/problem.js';
import { cohortAnalysis, cohortAnalysisSchema } from '../../registry/cohort.js';
import { exportCohort, type ExportFiles } from '../../registry/export.js';
import { importCohortCsv } from '../../registry/import.js';
import type { Registry } from '../../registry/registry.js';
import { DEFAULT_MIN_CELL, suppressSmallCells } from '../../trust/small-cells.js';

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

function parse<T>(schema: z.ZodType<T>, value: unknown, root: string, detail: string): T {
  const parsed = schema.safeParse(value ?? {}, { reportInput: true });
  if (!parsed.success) throw new ProblemError(validationProblem(parsed.error, detail, root));
  return parsed.data;
}

const EXPORT_FILES: readonly (keyof ExportFiles)[] = ['observations.csv', 'cohort.csv', 'data-dictionary.csv'];

/** Cohort-level routes: the analysis, the CSV import and the exports. */
export const cohortRoutes: FastifyPluginAsync<Options> = async (app, { registry, minCellSize = DEFAULT_MIN_CELL, importBodyLimit }) => {
  app.post('/cohorts/analysis', async (request) => {
    const body = parse(cohortAnalysisSchema, request.body, 'body', 'invalid cohort definition');
    if (!request.actor.roles.includes('researcher')) return cohortAnalysis(registry, request.actor, body);
    // researchers: no group, count or summary of fewer than minCellSize patients
    return suppressSmallCells(await cohortAnalysis(registry, request.actor, body, { minGroup: minCellSize }), minCellSize);
  });

  app.post('/import', importBodyLimit ? { bodyLimit: importBodyLimit } : {}, async (request, reply) => {
    if (typeof request.body !== 'string') throw new ProblemError(badRequest('send the cohort as text/csv'));
    const result = await importCohortCsv(registry, request.actor, request.body);
    return reply.code(201).send(result);
  });

  app.get<{ Params: { file: string } }>('/export/:file', async (request, reply) => {
    const file = request.params.file as keyof ExportFiles;
    if (!EXPORT_FILES.includes(file)) throw new ProblemError(notFound(`no export "${file}"; accepted: ${EXPORT_FILES.join(', ')}`));
    const query = parse(exportQuerySchema, request.query, 'query', 'invalid export query');
    const files = await exportCohort(registry, request.actor, {
      ...(query.cohort ? { cohort: query.cohort } : {}),
      ...(query.studyArm ? { studyArm: query.studyArm.split(',') } : {}),
    });
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file}"`).send(files[file]);
  });
};
