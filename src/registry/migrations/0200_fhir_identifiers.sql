-- bonemet FHIR interface (issue 16): other systems' identifiers of registry records, so a FHIR
-- import creates a record once and updates it on the next import of the same identifier.
CREATE TABLE fhir_identifiers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  system text NOT NULL,
  value text NOT NULL,
  entity text NOT NULL,
  record_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL
);
CREATE UNIQUE INDEX fhir_identifiers_system_value ON fhir_identifiers (system, value);
CREATE INDEX fhir_identifiers_record ON fhir_identifiers (record_id);
