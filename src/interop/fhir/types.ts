/** The little of FHIR R4's JSON shape that bonemet's mapping needs (kept loose: FHIR is open-ended). */
export type FhirResource = { resourceType: string; id?: string } & Record<string, unknown>;

export interface BundleEntry {
  fullUrl?: string;
  resource?: FhirResource;
  request?: { method: string; url: string };
  response?: { status: string; location?: string; outcome?: FhirResource };
  search?: { mode: 'match' | 'include' };
}

export interface Bundle extends FhirResource {
  resourceType: 'Bundle';
  type: string;
  entry?: BundleEntry[];
}

export interface Identifier {
  system: string;
  value: string;
}

/** A registry record as the repository reads it. */
export type RegistryRecord = Record<string, unknown> & { id: string };

/** Everything the registry holds of one patient that the FHIR export maps. */
export interface PatientRecords {
  patient: RegistryRecord;
  primaryTumours: RegistryRecord[];
  metastaticSites: RegistryRecord[];
  lesions: RegistryRecord[];
  treatments: RegistryRecord[];
  assessments: RegistryRecord[];
  adverseEvents: RegistryRecord[];
  outcomeEvents: RegistryRecord[];
  /** Follow-up visits (their analgesic regimens are exported). */
  followUpVisits: RegistryRecord[];
}

/** A patient's follow-up visits: their analgesic regimens are exported (a MedicationStatement per analgesic); absent = none read. */
export interface VisitRecords {
  followUpVisits?: RegistryRecord[];
}

export interface OperationOutcomeIssue {
  severity: 'fatal' | 'error' | 'warning' | 'information';
  code: string;
  diagnostics: string;
  expression?: string[];
}
