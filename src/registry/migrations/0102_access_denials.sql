-- Denied requests of no one (no session, an ended session, a forged cookie or token, CSRF without
-- a session, a rate-limited sign-in): kept outside the audit hash chain so that a flood of them
-- does not queue on the chain's lock (issue "trust under attack", defect 6). Append-only as well.
CREATE TABLE access_denials (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  method text NOT NULL,
  route text NOT NULL,
  record_id text,
  detail text,
  client_ip text,
  request_id text
);
CREATE INDEX access_denials_at ON access_denials (at);
CREATE INDEX access_denials_ip ON access_denials (client_ip, at);

CREATE FUNCTION access_denials_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'access_denials is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$ LANGUAGE plpgsql;
CREATE TRIGGER access_denials_no_update BEFORE UPDATE OR DELETE ON access_denials FOR EACH ROW EXECUTE FUNCTION access_denials_append_only();
CREATE TRIGGER access_denials_no_truncate BEFORE TRUNCATE ON access_denials FOR EACH STATEMENT EXECUTE FUNCTION access_denials_append_only();
