import { BONEMET_CS, PROFILE } from './codes.js';

/** The server's FHIR CapabilityStatement (GET /fhir/metadata): what bonemet's FHIR interface does, no more. */
export function capabilityStatement(version: string, baseUrl: string): Record<string, unknown> {
  const read = (type: string, profile?: string) => ({ type, ...(profile ? { supportedProfile: [profile] } : {}) });
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-12-01',
    kind: 'instance',
    software: { name: 'bonemet', version },
    implementation: { description: 'bonemet FHIR R4 interface (docs/interoperability.md)', url: baseUrl },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    rest: [{
      mode: 'server',
      documentation: `Patient records as Bundles ($everything), import of transaction and collection Bundles (POST [base]), bulk $export (NDJSON); codes without an established terminology concept are in ${BONEMET_CS}.`,
      security: { description: 'A bonemet session cookie or API token (Authorization: Bearer bmt_…); researchers get de-identified resources (meta.security PSEUDED).' },
      resource: [
        { ...read('Patient', PROFILE.cancerPatient), operation: [{ name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' }] },
        read('Condition', PROFILE.primaryCancerCondition),
        read('Observation'),
        read('Procedure', PROFILE.radiotherapyCourseSummary),
        read('MedicationStatement'),
        read('AdverseEvent'),
        { type: 'CodeSystem', interaction: [{ code: 'read' }] },
      ],
      interaction: [{ code: 'transaction', documentation: 'All or nothing; records matched by identifier; 400 OperationOutcome with a FHIRPath for every rejected element' }, { code: 'batch', documentation: 'Processed as a transaction (all or nothing)' }],
      operation: [{ name: 'export', definition: 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export' }],
    }],
  };
}
