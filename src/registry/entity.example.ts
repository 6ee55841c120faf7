/**
 * The worked example of README.md "Adding an entity": an imaging study, described as entities.ts
 * describes every entity, with the migration that creates its table. Kept compiling by tsc and
 * checked by entity.example.test.ts (the migration applies on PGlite after the real ones and has a
 * column for every field). It is not registered: ENTITY_NAMES and ENTITIES do not list it.
 */
import { z } from 'zod';
import { isoDate } from '../knowledge/facts/common.js';
import type { EntityDef } from './entities.js';

/** In a real entity this code list goes to codes.ts (`as const`, one list, one type). */
export const IMAGING_MODALITIES = ['x-ray', 'ct', 'mri', 'pet-ct', 'bone-scan'] as const;

/**
 * The description: the create body (`base`, strict), jsonb fields, list filters, the date lists
 * sort and filter on, and references that must belong to the same patient. The repository, the
 * REST routes, OpenAPI, the import and the export read it; nothing else is written per entity.
 */
export const imagingStudies = {
  // A real entity adds 'imaging-studies' to ENTITY_NAMES and this value to ENTITIES.
  name: 'imaging-studies',
  table: 'imaging_studies',
  singular: 'imaging study',
  summary: 'An imaging study: modality, date, the levels it shows and whether it is conclusive',
  base: z.strictObject({
    patientId: z.uuid().describe('The patient this record belongs to'),
    lesionId: z.uuid().nullish().describe('The lesion the study was done for'),
    modality: z.enum(IMAGING_MODALITIES),
    performedOn: isoDate,
    levels: z.array(z.string().trim().toUpperCase()).optional().describe('Spinal levels shown'),
    conclusive: z.boolean().nullish().describe('Imaging conclusive enough to omit a biopsy (002 §1.4)'),
    // Free text: a real entity classifies it 'free-text' in phi.ts ENTITY_PHI (researchers never see it).
    report: z.string().trim().min(1).max(10000).nullish(),
  }),
  json: ['levels'],
  filters: ['patientId', 'modality', 'lesionId'],
  dateField: 'performedOn',
  refs: { lesionId: 'lesions' },
} satisfies Omit<EntityDef, 'name'> & { name: string };

/**
 * Its table, as a new file src/registry/migrations/NNNN_imaging_studies.sql (never edit an applied
 * migration). Columns are the fields in snake_case plus the columns every entity has (version,
 * timestamps, soft delete, who). One statement per `;` at the end of a line (PGlite).
 */
export const IMAGING_STUDIES_MIGRATION = `
CREATE TABLE imaging_studies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  lesion_id uuid REFERENCES lesions (id),
  modality text NOT NULL,
  performed_on date NOT NULL,
  levels jsonb,
  conclusive boolean,
  report text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  created_by text NOT NULL,
  updated_by text NOT NULL
);
CREATE INDEX imaging_studies_patient ON imaging_studies (patient_id);
`;
