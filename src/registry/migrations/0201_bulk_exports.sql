-- bonemet FHIR Bulk Data export (issue 16): the jobs and their NDJSON files live in the database,
-- so any server instance can answer a status poll or a download.
CREATE TABLE bulk_exports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  requested_by text NOT NULL,
  user_id uuid,
  deidentified boolean NOT NULL,
  request text NOT NULL,
  types jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('in-progress', 'completed', 'failed', 'cancelled')),
  transaction_time timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  error text
);
CREATE TABLE bulk_export_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  export_id uuid NOT NULL REFERENCES bulk_exports (id),
  type text NOT NULL,
  count integer NOT NULL,
  ndjson text NOT NULL
);
CREATE UNIQUE INDEX bulk_export_files_type ON bulk_export_files (export_id, type);
