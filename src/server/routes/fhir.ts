import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { bonemetCodeSystem } from '../../interop/fhir/codes.js';
import { capabilityStatement } from '../../interop/fhir/capability.js';
import { everythingBundle } from '../../interop/fhir/export.js';
import { FhirImportError, allRecordIds, deidentifyRecords, identifiersOf, importFhirBundle, loadPatientRecords } from '../../registry/fhir-store.js';
import { operationOutcome } from '../../interop/fhir/import.js';
import type { Registry } from '../../registry/registry.js';
import type { Deidentifier } from '../../trust/deidentify.js';
import { roleOf } from '../../trust/roles.js';
import { VERSION } from '../../version.js';
import { BULK_TYPES, bulkFile, bulkFiles, deleteBulkJob, getBulkJob, runBulkExport, startBulkExport, type BulkType } from '../../registry/fhir-bulk.js';
import { ProblemError, notFound } from '../../boundary/problem.js';
import { fhir, json, outcome, problem } from '../openapi.js';
import { PUBLIC, declare, readsPatientData, writesPatientData } from '../route.js';
import type { UserActor } from '../../trust/roles.js';

interface Options {
  registry: Registry;
  /** The researchers' view (server/guard.ts); without trust nobody is a researcher. */
  deidentifier?: Deidentifier;
}

export const FHIR_JSON = 'application/fhir+json';

export const fhirBase = (request: FastifyRequest) => `${request.protocol}://${request.host}/fhir`;

/** FHIR R4: the patient's record as a Bundle, the bonemet CodeSystem, and the import (docs/interoperability.md). */
export const fhirRoutes: FastifyPluginAsync<Options> = async (app, { registry, deidentifier }) => {
  const tags = ['fhir'];
  app.addContentTypeParser(FHIR_JSON, { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch (error) {
      done(Object.assign(error as Error, { statusCode: 400 }), undefined);
    }
  });

  app.get('/metadata', declare({ access: PUBLIC, tags, summary: 'The FHIR CapabilityStatement of this server', responses: { 200: fhir('A CapabilityStatement') } }), async (request, reply) => reply.type(FHIR_JSON).send(capabilityStatement(VERSION, fhirBase(request))));

  app.get('/CodeSystem/bonemet', declare({
    access: PUBLIC, tags, summary: 'The bonemet CodeSystem (codes without an established LOINC, SNOMED CT or RxNorm concept)', responses: { 200: fhir('A CodeSystem') },
  }), async (_request, reply) => reply.type(FHIR_JSON).send(bonemetCodeSystem(VERSION)));

  app.get<{ Params: { id: string } }>('/Patient/:id/$everything', declare({
    access: readsPatientData('patients', 'fhir'), tags,
    summary: 'The patient’s record as a FHIR R4 searchset Bundle: Patient, Conditions, Observations, Procedures, MedicationStatements, AdverseEvents (mCODE profiles where they apply)',
    description: 'Researchers name the patient by pseudonym and get de-identified resources (the rules of the REST researcher view), labelled PSEUDED.',
    responses: { 200: fhir('A Bundle of type searchset', { type: 'object', properties: { resourceType: { const: 'Bundle' }, type: { const: 'searchset' } } }), 404: problem('No such patient, or not visible to the caller') },
  }), async (request, reply) => {
    const records = await loadPatientRecords(registry, request.actor, request.params.id);
    const researcher = roleOf(request.actor) === 'researcher';
    if (researcher && !deidentifier) throw new Error('a researcher without the de-identifier');
    const bundle = researcher
      ? everythingBundle(deidentifyRecords(deidentifier!, records), fhirBase(request), { deidentified: true })
      : everythingBundle(records, fhirBase(request), { identifiers: await identifiersOf(registry.db, allRecordIds(records)) });
    return reply.type(FHIR_JSON).send(bundle);
  });

  await app.register(fhirImportRoute, { registry });

  // -- Bulk Data export (in the spirit of FHIR Bulk Data $export) --------------------------------
  const OUTPUT_FORMATS = ['application/fhir+ndjson', 'application/ndjson', 'ndjson'];
  const bad = (expression: string, diagnostics: string) => ({ severity: 'error' as const, code: 'invalid', diagnostics, expression: [expression] });
  // bulk export: the job de-identifies for a researcher when it runs; status and files only for whoever started it
  const bulk = readsPatientData(undefined, 'bulk');
  app.get('/$export', declare({
    access: bulk, tags,
    summary: 'Bulk export kick-off (in the spirit of FHIR Bulk Data $export): every patient the caller may see, NDJSON per resource type; researchers get de-identified resources',
    openapi: {
      parameters: [
        { name: 'Prefer', in: 'header', required: true, schema: { type: 'string', const: 'respond-async' } },
        { name: '_type', in: 'query', required: false, schema: { type: 'string' }, description: 'Resource types, comma-separated (default all)' },
        { name: '_outputFormat', in: 'query', required: false, schema: { type: 'string', enum: OUTPUT_FORMATS } },
      ],
    },
    responses: { 202: { ...fhir('Started'), headers: { 'Content-Location': { description: 'The status URL to poll', schema: { type: 'string' } } } }, 400: outcome('Missing Prefer, unknown _type or parameter') },
  }), async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const issues = [];
    const prefer = String(request.headers.prefer ?? '');
    if (!/respond-async/i.test(prefer)) issues.push(bad('header.prefer', 'send "Prefer: respond-async" (the export runs asynchronously)'));
    const types = typeof query._type === 'string' ? query._type.split(',').map((t) => t.trim()).filter(Boolean) : [...BULK_TYPES];
    const unknownTypes = types.filter((t) => !(BULK_TYPES as readonly string[]).includes(t));
    if (unknownTypes.length || types.length === 0) issues.push(bad('_type', `${JSON.stringify(unknownTypes)} not exported; accepted: ${BULK_TYPES.join(', ')}`));
    if (query._outputFormat !== undefined && !OUTPUT_FORMATS.includes(String(query._outputFormat))) issues.push(bad('_outputFormat', `accepted: ${OUTPUT_FORMATS.join(', ')}`));
    for (const key of Object.keys(query)) if (!['_type', '_outputFormat'].includes(key)) issues.push(bad(key, `${key} is not supported; accepted: _type, _outputFormat`));
    if (issues.length) return reply.code(400).type(FHIR_JSON).send(operationOutcome(issues));
    const researcher = roleOf(request.actor) === 'researcher';
    if (researcher && !deidentifier) throw new Error('a researcher without the de-identifier');
    const id = await startBulkExport(registry, request.actor, { types: types as BulkType[], request: `${fhirBase(request)}/$export${request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''}`, deidentified: researcher, ...((request.actor as UserActor).userId ? { userId: (request.actor as UserActor).userId } : {}) });
    void runBulkExport(registry, request.actor, id, deidentifier).catch((error: unknown) => request.log.error({ err: error }, 'bulk export failed'));
    return reply.code(202).header('content-location', `${fhirBase(request)}/$export-status/${id}`).type(FHIR_JSON)
      .send(operationOutcome([{ severity: 'information', code: 'informational', diagnostics: 'export started: poll the Content-Location' }]));
  });

  /** The caller's own job (anyone else's: 404). */
  const ownJob = async (request: FastifyRequest<{ Params: { id: string } }>) => {
    const job = await getBulkJob(registry, request.params.id);
    if (!job || job.requestedBy !== request.actor.id || (roleOf(request.actor) === 'researcher' && !job.deidentified)) throw new ProblemError(notFound(`no export ${request.params.id}`));
    return job;
  };
  app.get<{ Params: { id: string } }>('/$export-status/:id', declare({
    access: bulk, tags, summary: 'Bulk export status: 202 while running (X-Progress, Retry-After), 200 with the manifest when done (only for whoever started it)',
    responses: { 200: json({ type: 'object', properties: { transactionTime: { type: 'string' }, request: { type: 'string' }, requiresAccessToken: { type: 'boolean' }, output: { type: 'array' }, error: { type: 'array' } } }, 'The manifest'), 202: { description: 'Still running' }, 404: problem('No such export of the caller, or cancelled'), 500: outcome('The export failed') },
  }), async (request, reply) => {
    const job = await ownJob(request);
    if (job.status === 'in-progress') return reply.code(202).header('x-progress', 'in progress').header('retry-after', '1').send();
    if (job.status === 'cancelled') throw new ProblemError(notFound(`export ${job.id} was cancelled`));
    if (job.status === 'failed') return reply.code(500).type(FHIR_JSON).send(operationOutcome([{ severity: 'error', code: 'exception', diagnostics: job.error ?? 'the export failed' }]));
    const files = await bulkFiles(registry, job.id);
    return reply.type('application/json').send({
      transactionTime: job.transactionTime,
      request: job.request,
      requiresAccessToken: true,
      output: files.map((f) => ({ type: f.type, url: `${fhirBase(request)}/$export-file/${job.id}/${f.type}.ndjson`, count: f.count })),
      error: [],
    });
  });
  app.delete<{ Params: { id: string } }>('/$export-status/:id', declare({
    access: bulk, tags, summary: 'Cancel a bulk export, or delete its files', responses: { 202: { description: 'Cancelled / deleted' }, 404: problem('No such export of the caller') },
  }), async (request, reply) => {
    const job = await ownJob(request);
    await deleteBulkJob(registry, job.id);
    return reply.code(202).send();
  });
  app.get<{ Params: { id: string; file: string } }>('/$export-file/:id/:file', declare({
    access: bulk, tags, summary: 'One NDJSON file of a completed bulk export (`<Type>.ndjson`)',
    responses: { 200: { description: 'NDJSON', content: { 'application/fhir+ndjson': { schema: { type: 'string' } } } }, 404: problem('No such file') },
  }), async (request, reply) => {
    const job = await ownJob(request);
    const type = request.params.file.replace(/\.ndjson$/, '');
    const ndjson = job.status === 'completed' && (BULK_TYPES as readonly string[]).includes(type) ? await bulkFile(registry, request.actor, job.id, type) : undefined;
    if (ndjson === undefined) throw new ProblemError(notFound(`no file ${request.params.file} in export ${job.id}`));
    return reply.type('application/fhir+ndjson').send(ndjson);
  });
};

/** POST /fhir: the import; a refused Bundle answers 400 with an OperationOutcome naming each element. */
export const fhirImportRoute: FastifyPluginAsync<Options> = async (app, { registry }) => {
  app.post('/', declare({
    access: writesPatientData(), tags: ['fhir'],
    summary: 'Import a transaction or collection Bundle (Patient, Condition, Observation, Procedure, MedicationStatement, AdverseEvent): creates or updates registry records by identifier, all or nothing',
    openapi: { requestBody: { required: true, content: { 'application/fhir+json': { schema: { type: 'object' } }, 'application/json': { schema: { type: 'object' } } } } },
    responses: { 200: fhir('A transaction-response Bundle: one entry per imported resource with its status and location'), 400: outcome('Nothing imported: every rejected element, by FHIRPath (Bundle.entry[3].resource.valueQuantity)') },
  }), async (request, reply) => {
    try {
      const result = await importFhirBundle(registry, request.actor, request.body);
      return reply.type(FHIR_JSON).send(result);
    } catch (error) {
      if (error instanceof FhirImportError) return reply.code(400).type(FHIR_JSON).send(operationOutcome(error.issues));
      throw error;
    }
  });
};
