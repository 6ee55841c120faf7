-- The analgesic regimen recorded at a follow-up visit: opioids with daily doses (for the oral
-- morphine equivalent) and the non-opioid analgesics (004 §4.3).
ALTER TABLE follow_up_visits ADD COLUMN analgesics jsonb;
