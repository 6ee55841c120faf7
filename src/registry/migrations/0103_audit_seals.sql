-- The keyed audit chain (issue 12, defect 4; docs/security.md "Audit trail"). Audit rows are now
-- appended without a lock: a plain INSERT taking its id from the sequence. A sealer (one at a
-- time, src/trust/audit.ts sealAudit) seals every second the rows whose ids can no longer change
-- (every transaction that could still hold an id below the bound has ended) into audit_seals:
-- hash = HMAC-SHA-256(audit key, previous seal's hash, the seal's range and every row in it). The
-- key is never in the database, so whoever can write the tables cannot recompute a seal. Rows
-- written before this migration are covered by the first seal.

-- ids came from max(id) + 1 under the old chain lock: the sequence catches up
SELECT setval(pg_get_serial_sequence('audit_events', 'id'), coalesce((SELECT max(id) FROM audit_events), 0) + 1, false);

CREATE TABLE audit_seals (
  seq bigint PRIMARY KEY,
  after_id bigint NOT NULL,
  upto_id bigint NOT NULL,
  rows integer NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  sealed_at timestamptz NOT NULL DEFAULT now(),
  CHECK (upto_id > after_id)
);

CREATE FUNCTION audit_seals_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit_seals is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$ LANGUAGE plpgsql;
CREATE TRIGGER audit_seals_no_update BEFORE UPDATE OR DELETE ON audit_seals FOR EACH ROW EXECUTE FUNCTION audit_seals_append_only();
CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals FOR EACH STATEMENT EXECUTE FUNCTION audit_seals_append_only();

-- Denials of no one are counted per client, route and reason per minute (one row per flush)
ALTER TABLE access_denials ADD COLUMN count integer NOT NULL DEFAULT 1;
