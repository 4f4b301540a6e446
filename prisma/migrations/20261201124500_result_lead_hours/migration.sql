-- The result's lead before the State Corporation term is the regulation's "one day" of 24 hours
-- («бір тәуліктен кешіктірмей», p.10), no longer a count of working days: every stored version,
-- drafts too, gets the lead in hours (N working days read as N × 24 hours).
UPDATE "RegulationVersion"
SET "rules" = ("rules"::jsonb - 'resultToCorpLeadWorkingDays')
  || jsonb_build_object('resultToCorpLeadHours', 24 * COALESCE(("rules"::jsonb ->> 'resultToCorpLeadWorkingDays')::int, 1))
WHERE "rules"::jsonb ? 'resultToCorpLeadWorkingDays';
