-- Who checks a package's completeness is the version's rule, per channel (`completenessCheckedBy`).
-- The 2018 regulation gives the State Corporation route to the provider's office clerk (p.10:
-- «көрсетілетін қызметті берушінің кеңсе қызметкері құжаттардың толықтығын тексеріп…») and the
-- office route to the responsible executor (p.5.2); every other stored version, drafts too, keeps
-- what the portal did until now: the executor checks on both channels.
UPDATE "RegulationVersion"
SET "rules" = "rules"::jsonb || jsonb_build_object(
  'completenessCheckedBy',
  CASE WHEN "code" = 'MANGYSTAU-2018'
    THEN '{"OFFICE": "EXECUTOR", "STATE_CORP": "CLERK"}'::jsonb
    ELSE '{"OFFICE": "EXECUTOR", "STATE_CORP": "EXECUTOR"}'::jsonb
  END)
WHERE NOT ("rules"::jsonb ? 'completenessCheckedBy');
