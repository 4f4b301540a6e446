-- Under the 2020 rules an incomplete package falls short of the attestation rules' list, not of
-- "paragraph 9 of the Standard" (the 2015 Standard's, which RULES-2020 had kept). The stored
-- RULES-2020 takes the text of prisma/reference/regulation-versions.ts (INCOMPLETE_2020) wherever
-- its ground still reads as the 2018 one.
UPDATE "RegulationVersion"
SET "rules" = replace(replace(replace("rules"::text,
  '"Көрсетілетін қызметті алушы Стандарттың 9-тармағында көзделген құжаттардың толық топтамасын ұсынбаған"',
  '"Көрсетілетін қызметті алушы аттестаттау қағидаларында көзделген құжаттардың толық топтамасын ұсынбаған"'),
  '"Услугополучателем не представлен полный пакет документов, предусмотренных пунктом 9 Стандарта"',
  '"Услугополучателем не представлен полный пакет документов, предусмотренных правилами аттестации"'),
  '"The service recipient did not submit the full package of documents listed in paragraph 9 of the Standard"',
  '"The service recipient did not submit the full package of documents listed in the attestation rules"')::jsonb
WHERE "code" = 'RULES-2020';
