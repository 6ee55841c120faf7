-- bonemet registry: the longitudinal record (REFERENCE.md S9).
-- Every table carries the same bookkeeping: a UUID, a version for optimistic concurrency, UTC
-- timestamps, a soft-delete mark and the actor who created and last changed the row.

CREATE TABLE patients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL,
  name text NOT NULL,
  sex text NOT NULL CHECK (sex IN ('female', 'male')),
  birth_year integer,
  cohort text,
  study_arm text,
  enrolled_on date,
  last_contact_on date,
  synthetic boolean NOT NULL DEFAULT false,
  notes text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  created_by text NOT NULL,
  updated_by text NOT NULL
);
CREATE UNIQUE INDEX patients_code_live ON patients (code) WHERE deleted_at IS NULL;
CREATE INDEX patients_cohort ON patients (cohort, study_arm);

CREATE TABLE primary_tumours (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  histology text NOT NULL,
  diagnosed_on date,
  breast_subtype text,
  egfr text,
  alk text,
  notes text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  created_by text NOT NULL,
  updated_by text NOT NULL
);
CREATE INDEX primary_tumours_patient ON primary_tumours (patient_id);

CREATE TABLE metastatic_sites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  kind text NOT NULL,
  location text,
  detected_on date,
  resectable boolean,
  notes text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  created_by text NOT NULL,
  updated_by text NOT NULL
);
CREATE INDEX metastatic_sites_patient ON metastatic_sites (patient_id);

CREATE TABLE lesions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  level text NOT NULL,
  detected_on date,
  character text,
  posterior_wall_intact boolean,
  pedicles_involved text,
  collapse_percent double precision,
  escc text,
  tomita_type integer,
  wbb_zones jsonb,
  notes text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  created_by text NOT NULL,
  updated_by text NOT NULL
);
CREATE INDEX lesions_patient ON lesions (patient_id);

CREATE TABLE treatments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  kind text NOT NULL,
  started_on date NOT NULL,
  ended_on date,
  details jsonb NOT NULL,
  notes text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  created_by text NOT NULL,
  updated_by text NOT NULL
);
CREATE INDEX treatments_patient ON treatments (patient_id);

CREATE TABLE follow_up_visits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  treatment_id uuid NOT NULL REFERENCES treatments (id),
  month integer NOT NULL,
  due_on date NOT NULL,
  window_start date NOT NULL,
  window_end date NOT NULL,
  instruments jsonb NOT NULL,
  status text NOT NULL,
  completed_on date,
  notes text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  created_by text NOT NULL,
  updated_by text NOT NULL
);
CREATE INDEX follow_up_visits_patient ON follow_up_visits (patient_id);
CREATE INDEX follow_up_visits_due ON follow_up_visits (status, window_end);

CREATE TABLE assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  instrument text NOT NULL,
  assessed_on date NOT NULL,
  visit_id uuid REFERENCES follow_up_visits (id),
  lesion_id uuid REFERENCES lesions (id),
  inputs jsonb NOT NULL,
  total double precision,
  band text NOT NULL,
  result jsonb NOT NULL,
  rule_version text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  created_by text NOT NULL,
  updated_by text NOT NULL
);
CREATE INDEX assessments_patient ON assessments (patient_id, instrument, assessed_on);

CREATE TABLE decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  decided_on date NOT NULL,
  facts jsonb NOT NULL,
  recommendation jsonb NOT NULL,
  chosen_options jsonb NOT NULL,
  plan_note text,
  knowledge_version text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  created_by text NOT NULL,
  updated_by text NOT NULL
);
CREATE INDEX decisions_patient ON decisions (patient_id);

CREATE TABLE adverse_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  treatment_id uuid REFERENCES treatments (id),
  occurred_on date NOT NULL,
  kind text NOT NULL,
  level text,
  symptomatic boolean,
  severity text,
  notes text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  created_by text NOT NULL,
  updated_by text NOT NULL
);
CREATE INDEX adverse_events_patient ON adverse_events (patient_id);

CREATE TABLE outcome_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  treatment_id uuid REFERENCES treatments (id),
  kind text NOT NULL,
  occurred_on date NOT NULL,
  notes text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  created_by text NOT NULL,
  updated_by text NOT NULL
);
CREATE INDEX outcome_events_patient ON outcome_events (patient_id, kind);

-- Issue 6 (sign-in, roles, audit) writes here: one row per access that passes the gate.
CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  entity text NOT NULL,
  record_id uuid,
  patient_id uuid,
  outcome text NOT NULL
);
