-- bonemet issue 14: the board's plan stored with its decision (chosen schedule and dates, extra score
-- inputs, attendees, sign-off), and every version of a decision as it was saved, for its history.
ALTER TABLE decisions ADD COLUMN plan jsonb;

CREATE TABLE decision_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  decision_id uuid NOT NULL REFERENCES decisions (id),
  version integer NOT NULL,
  chosen_options jsonb NOT NULL,
  plan jsonb,
  plan_note text,
  saved_at timestamptz NOT NULL DEFAULT now(),
  saved_by text NOT NULL,
  UNIQUE (decision_id, version)
);
