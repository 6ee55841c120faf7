-- bonemet trust (issue 6): users, sessions and API tokens, sign-in throttling, and the audit log
-- made append-only and tamper-evident by a hash chain. See docs/security.md.

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL,
  role text NOT NULL CHECK (role IN ('clinician', 'researcher', 'admin')),
  password_hash text NOT NULL,
  disabled_at timestamptz,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  updated_by text NOT NULL,
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX users_username ON users (lower(username));

-- Browser sessions and API tokens: only the SHA-256 of the secret is stored, so a copy of the
-- database does not hold a usable credential.
CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  secret_hash text NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES users (id),
  kind text NOT NULL CHECK (kind IN ('cookie', 'token')),
  name text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  client_ip text
);
CREATE INDEX sessions_user ON sessions (user_id) WHERE revoked_at IS NULL;

-- Failed sign-ins, the throttle's memory (in the database, so several servers share it).
CREATE TABLE sign_in_failures (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  username text NOT NULL,
  client_ip text NOT NULL
);
CREATE INDEX sign_in_failures_username ON sign_in_failures (lower(username), at);
CREATE INDEX sign_in_failures_ip ON sign_in_failures (client_ip, at);

-- The audit log: who (actor, role), what (action, entity, outcome, a non-clinical detail), when
-- (UTC), from where (client ip, request id), which record (record and patient id). hash =
-- sha256(prev_hash || canonical row): a changed, removed or inserted row breaks the chain.
ALTER TABLE audit_events ALTER COLUMN record_id TYPE text;
ALTER TABLE audit_events ALTER COLUMN patient_id TYPE text;
ALTER TABLE audit_events ADD COLUMN actor_role text;
ALTER TABLE audit_events ADD COLUMN detail text;
ALTER TABLE audit_events ADD COLUMN client_ip text;
ALTER TABLE audit_events ADD COLUMN request_id text;
ALTER TABLE audit_events ADD COLUMN prev_hash text;
ALTER TABLE audit_events ADD COLUMN hash text;
CREATE INDEX audit_events_record ON audit_events (record_id);

CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$ LANGUAGE plpgsql;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
