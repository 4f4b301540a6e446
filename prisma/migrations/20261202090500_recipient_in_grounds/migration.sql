-- The refusal grounds name the teacher as the seed does, «көрсетілетін қызметті алушы» (the
-- service recipient), not «өтініш беруші» (the applicant). The wording changes, not the meaning:
-- stored versions take the same text as prisma/reference/regulation-versions.ts wherever a ground
-- still reads as it did. The sentences hold no character JSON escapes, so the whole sentence is
-- replaced in the document's text.
UPDATE "RegulationVersion"
SET "rules" = replace(replace(replace(replace("rules"::text,
  '"Өтініш беруші Стандарттың 9-тармағында көзделген құжаттардың толық топтамасын ұсынбаған"',
  '"Көрсетілетін қызметті алушы Стандарттың 9-тармағында көзделген құжаттардың толық топтамасын ұсынбаған"'),
  '"The applicant did not submit the full package of documents listed in paragraph 9 of the Standard"',
  '"The service recipient did not submit the full package of documents listed in paragraph 9 of the Standard"'),
  '"Өтініш беруші және (немесе) ұсынылған материалдар нормативтік құқықтық актілердің талаптарына сәйкес келмейді"',
  '"Көрсетілетін қызметті алушының және (немесе) ұсынылған материалдардың нормативтік құқықтық актілердің талаптарына сәйкес келмеуі"'),
  '"The applicant or the materials submitted do not meet the requirements of the legal acts"',
  '"The service recipient or the materials submitted do not meet the requirements of the legal acts"')::jsonb;
