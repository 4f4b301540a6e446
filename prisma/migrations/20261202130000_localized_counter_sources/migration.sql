-- The source of each version's rule for an incomplete package at the counter is written in each
-- language (it was one English string, shown on the Kazakh and Russian intake form and versions
-- page). A stored source that still reads as the English one takes the three languages of
-- prisma/reference/regulation-versions.ts (COUNTER_SOURCES); any other string stays, and the
-- rules' schema reads a single string as all three until an administrator edits it.
WITH sources ("english", "localized") AS (VALUES
  ($src$The seed, p.5: the office clerk registers the documents and gives a receipt; the executor then checks completeness (p.5.2)$src$, $src${"kk": "Регламенттің 5-тармағы: кеңсе қызметкері құжаттарды тіркеп, қолхат береді; толықтығын содан кейін жауапты орындаушы тексереді (5.2-тармақ)", "ru": "Пункт 5 регламента: сотрудник канцелярии регистрирует документы и выдаёт расписку; полноту затем проверяет ответственный исполнитель (пункт 5.2)", "en": "The seed, p.5: the office clerk registers the documents and gives a receipt; the executor then checks completeness (p.5.2)"}$src$::jsonb),
  ($src$The typical pattern of the Standards of that time (issue 15, item 4): the State Corporation operator refuses to accept an incomplete set and gives a receipt of refusal to accept documents; not checked against Standard No. 632$src$, $src${"kk": "Сол кездегі стандарттардың әдеттегі тәртібі (15-мәселе, 4-тармақ): Мемлекеттік корпорацияның қызметкері толық емес топтаманы қабылдамай, құжаттарды қабылдаудан бас тарту туралы қолхат береді; № 632 Стандартпен салыстырылмаған", "ru": "Типичный порядок стандартов того времени (задача 15, пункт 4): работник Государственной корпорации отказывает в приёме неполного пакета и выдаёт расписку об отказе в приёме документов; со Стандартом № 632 не сверено", "en": "The typical pattern of the Standards of that time (issue 15, item 4): the State Corporation operator refuses to accept an incomplete set and gives a receipt of refusal to accept documents; not checked against Standard No. 632"}$src$::jsonb),
  ($src$Kept from MANGYSTAU-2018; the 2020 rules' text is not checked here$src$, $src${"kk": "2018 жылғы регламенттен сақталды; 2020 жылғы қағидалардың мәтіні мұнда тексерілмеген", "ru": "Сохранено из регламента 2018 года; текст правил 2020 года здесь не проверен", "en": "Kept from MANGYSTAU-2018; the 2020 rules' text is not checked here"}$src$::jsonb),
  ($src$Kept from MANGYSTAU-2018 (the typical pattern, issue 15, item 4); not checked against the 2020 rules$src$, $src${"kk": "2018 жылғы регламенттен сақталды (әдеттегі тәртіп, 15-мәселе, 4-тармақ); 2020 жылғы қағидалармен салыстырылмаған", "ru": "Сохранено из регламента 2018 года (типичный порядок, задача 15, пункт 4); с правилами 2020 года не сверено", "en": "Kept from MANGYSTAU-2018 (the typical pattern, issue 15, item 4); not checked against the 2020 rules"}$src$::jsonb)
)
UPDATE "RegulationVersion" v
SET "rules" = jsonb_set(v."rules"::jsonb, '{incompleteAtCounter}', (
  SELECT jsonb_object_agg(channel, CASE
    WHEN jsonb_typeof(rule -> 'source') = 'string' AND s."localized" IS NOT NULL THEN jsonb_set(rule, '{source}', s."localized")
    ELSE rule END)
  FROM jsonb_each(v."rules"::jsonb -> 'incompleteAtCounter') AS c(channel, rule)
  LEFT JOIN sources s ON s."english" = rule ->> 'source'
))
WHERE v."rules"::jsonb ? 'incompleteAtCounter';
