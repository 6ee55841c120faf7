-- Issue 11: dated laboratory values, and the CTCAE grade and relation to treatment of an adverse event.

CREATE TABLE laboratory_values (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  analyte text NOT NULL,
  measured_on date NOT NULL,
  value double precision NOT NULL,
  unit text NOT NULL,
  notes text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  created_by text NOT NULL,
  updated_by text NOT NULL
);
CREATE INDEX laboratory_values_patient ON laboratory_values (patient_id, analyte, measured_on);

ALTER TABLE adverse_events ADD COLUMN ctcae_grade integer;
ALTER TABLE adverse_events ADD COLUMN relation text;
