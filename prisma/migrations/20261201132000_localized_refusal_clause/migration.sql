-- A refusal ground's clause is written in each language (`clause: { kk, ru, en }`): the reasoned
-- refusal printed in Kazakh or Russian said "(Standard No. 632, par. 10)" in English. Every stored
-- version, drafts too: the two clauses the portal shipped get their translations, any other text
-- stands for all three languages until an administrator translates it.
UPDATE "RegulationVersion" v
SET "rules" = jsonb_set(v."rules"::jsonb, '{refusalGrounds}', (
  SELECT jsonb_agg(
    CASE WHEN jsonb_typeof(g -> 'clause') = 'string' THEN
      g || jsonb_build_object('clause', CASE g ->> 'clause'
        WHEN 'Standard No. 632, par. 10'
          THEN '{"kk": "№ 632 Стандарттың 10-тармағы", "ru": "пункт 10 Стандарта № 632", "en": "Standard No. 632, par. 10"}'::jsonb
        WHEN 'Attestation rules (2020), grounds for refusal'
          THEN '{"kk": "Аттестаттау қағидалары (2020), бас тарту негіздері", "ru": "Правила аттестации (2020), основания для отказа", "en": "Attestation rules (2020), grounds for refusal"}'::jsonb
        ELSE jsonb_build_object('kk', g ->> 'clause', 'ru', g ->> 'clause', 'en', g ->> 'clause')
      END)
    ELSE g END
    ORDER BY position)
  FROM jsonb_array_elements(v."rules"::jsonb -> 'refusalGrounds') WITH ORDINALITY AS grounds(g, position)
))
WHERE jsonb_typeof(v."rules"::jsonb -> 'refusalGrounds') = 'array'
  AND EXISTS (SELECT 1 FROM jsonb_array_elements(v."rules"::jsonb -> 'refusalGrounds') AS grounds(g) WHERE jsonb_typeof(g -> 'clause') = 'string');
