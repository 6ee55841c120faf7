-- The researchers' pseudonyms, stored and indexed (issue 12, defect 7): finding the record behind a
-- pseudonym was an HMAC per row per request. Filled by the server (src/trust/pseudonyms.ts) from the
-- secret, which never enters the database: a row holds the HMAC, not the key. pn_key names the
-- secret the row was made with (a fingerprint), so a new secret refills the table.
CREATE TABLE pseudonyms (
  pn_record uuid PRIMARY KEY,
  pn_key text NOT NULL,
  pn_mac bytea NOT NULL,
  pn_value uuid NOT NULL
);
CREATE UNIQUE INDEX pseudonyms_value ON pseudonyms (pn_key, pn_value);
