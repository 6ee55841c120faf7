-- Lookups by reference: visit completion reads a visit's assessments, scheduling reads a
-- treatment's visits.
CREATE INDEX assessments_visit ON assessments (visit_id) WHERE visit_id IS NOT NULL;
CREATE INDEX follow_up_visits_treatment ON follow_up_visits (treatment_id);
CREATE INDEX adverse_events_treatment ON adverse_events (treatment_id) WHERE treatment_id IS NOT NULL;
