-- bonemet CDS Hooks (issue 16): the JWT ids (jti) each EHR client has used, so a token is
-- accepted once; rows past their expiry are pruned.
CREATE TABLE cds_jti (
  id text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX cds_jti_expires ON cds_jti (expires_at);
