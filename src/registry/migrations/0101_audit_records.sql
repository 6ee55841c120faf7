-- The records an access saw (issue "trust under attack", defect 9): a list's record ids, an
-- export's patient ids, as a JSON array; part of the row's hash when present (src/trust/audit.ts).
ALTER TABLE audit_events ADD COLUMN records text;
