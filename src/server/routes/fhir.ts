import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { bonemetCodeSystem } from '../../interop/fhir/codes.js';
import { everythingBundle } from '../../interop/fhir/export.js';
import type { PatientRecords, RegistryRecord } from '../../interop/fhir/types.js';
import type { EntityName } from '../../registry/entities.js';
import { FhirImportError, identifiersOf, importFhirBundle, loadPatientRecords } from '../../registry/fhir-store.js';
import { operationOutcome } from '../../interop/fhir/import.js';
import type { Registry } from '../../registry/registry.js';
import type { Deidentifier } from '../../trust/deidentify.js';
import { roleOf } from '../../trust/roles.js';
import { VERSION } from '../../version.js';

interface Options {
  registry: Registry;
  /** The researchers' view (server/auth.ts); without trust nobody is a researcher. */
  deidentifier?: Deidentifier;
}

export const FHIR_JSON = 'application/fhir+json';

const ENTITY_OF: Record<Exclude<keyof PatientRecords, 'patient'>, EntityName> = {
  primaryTumours: 'primary-tumours', metastaticSites: 'metastatic-sites', lesions: 'lesions', treatments: 'treatments',
  assessments: 'assessments', adverseEvents: 'adverse-events', outcomeEvents: 'outcome-events',
};

/** The records as a researcher may see them (src/trust/deidentify.ts, the same rules as the REST view). */
export function deidentifyRecords(deid: Deidentifier, records: PatientRecords): PatientRecords {
  const out = { patient: deid.record('patients', records.patient) as RegistryRecord } as PatientRecords;
  for (const [key, entity] of Object.entries(ENTITY_OF) as [Exclude<keyof PatientRecords, 'patient'>, EntityName][]) {
    out[key] = records[key].map((r) => deid.record(entity, r) as RegistryRecord);
  }
  return out;
}

export const fhirBase = (request: FastifyRequest) => `${request.protocol}://${request.host}/fhir`;

/** FHIR R4: the patient's record as a Bundle, the bonemet CodeSystem, and the import (docs/interoperability.md). */
export const fhirRoutes: FastifyPluginAsync<Options> = async (app, { registry, deidentifier }) => {
  app.addContentTypeParser(FHIR_JSON, { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch (error) {
      done(Object.assign(error as Error, { statusCode: 400 }), undefined);
    }
  });

  app.get('/CodeSystem/bonemet', async (_request, reply) => reply.type(FHIR_JSON).send(bonemetCodeSystem(VERSION)));

  app.get<{ Params: { id: string } }>('/Patient/:id/$everything', async (request, reply) => {
    const records = await loadPatientRecords(registry, request.actor, request.params.id);
    const researcher = roleOf(request.actor) === 'researcher';
    if (researcher && !deidentifier) throw new Error('a researcher without the de-identifier');
    const bundle = researcher
      ? everythingBundle(deidentifyRecords(deidentifier!, records), fhirBase(request), { deidentified: true })
      : everythingBundle(records, fhirBase(request), { identifiers: await identifiersOf(registry.db, allIds(records)) });
    return reply.type(FHIR_JSON).send(bundle);
  });

  await app.register(fhirImportRoute, { registry });
};

/** POST /fhir: the import; a refused Bundle answers 400 with an OperationOutcome naming each element. */
export const fhirImportRoute: FastifyPluginAsync<Options> = async (app, { registry }) => {
  app.post('/', async (request, reply) => {
    try {
      const result = await importFhirBundle(registry, request.actor, request.body);
      return reply.type(FHIR_JSON).send(result);
    } catch (error) {
      if (error instanceof FhirImportError) return reply.code(400).type(FHIR_JSON).send(operationOutcome(error.issues));
      throw error;
    }
  });
};

function allIds(records: PatientRecords): string[] {
  return [records.patient.id, ...Object.keys(ENTITY_OF).flatMap((key) => records[key as keyof typeof ENTITY_OF].map((r) => r.id))];
}
