-- Issue 17, item 9: the identity document's name once said it is handed back ("…, қайтарылады"), and
-- the papers add "(қайтарылды)" after every document handed back: the receipt said it twice. The
-- reference data was corrected (commit 995370c), but an install seeded before keeps the old name in
-- its versions' rules. It is renamed there, only where the name is still exactly the old one.
UPDATE "RegulationVersion" AS v
SET "rules" = jsonb_set(
  v."rules",
  '{checklist}',
  (
    SELECT jsonb_agg(
      CASE
        WHEN e.item ->> 'code' = 'IDENTITY_DOCUMENT'
          AND e.item -> 'name' = '{"kk": "Жеке басын куәландыратын құжат (сәйкестендіру үшін, қайтарылады)", "ru": "Документ, удостоверяющий личность (для идентификации, возвращается)", "en": "Identity document (for identification, handed back)"}'::jsonb
        THEN jsonb_set(e.item, '{name}', '{"kk": "Жеке басын куәландыратын құжат (сәйкестендіру үшін)", "ru": "Документ, удостоверяющий личность (для идентификации)", "en": "Identity document (for identification)"}'::jsonb)
        ELSE e.item
      END
      ORDER BY e.ord
    )
    FROM jsonb_array_elements(v."rules" -> 'checklist') WITH ORDINALITY AS e(item, ord)
  )
)
WHERE v."rules" -> 'checklist' @> '[{"code": "IDENTITY_DOCUMENT", "name": {"kk": "Жеке басын куәландыратын құжат (сәйкестендіру үшін, қайтарылады)"}}]'::jsonb;
