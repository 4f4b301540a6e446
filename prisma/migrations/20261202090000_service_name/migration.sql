-- Every paper prints the service's name as its act gives it (`serviceName` in the version's rules,
-- the same text as prisma/reference/regulation-versions.ts). The stored 2018 version takes its
-- p.1 word for word; RULES-2020 the name of the 2020 rules (unconfirmed); any other stored
-- version, drafts too, the 2018 name marked unconfirmed, for an administrator to correct.
WITH names ("code", "serviceName") AS (VALUES
  ('MANGYSTAU-2018', jsonb_build_object(
    'name', jsonb_build_object(
      'kk', 'Мектепке дейінгі тәрбие мен оқыту, бастауыш, негізгі орта, жалпы орта, техникалық және кәсіптік, орта білімнен кейінгі білім беру бағдарламаларын іске асыратын білім беру ұйымдарының педагог қызметкерлері мен оларға теңестірілген тұлғаларға біліктілік санаттарын беру (растау) үшін оларды аттестаттаудан өткізуге құжаттарды қабылдау',
      'ru', 'Прием документов для прохождения аттестации на присвоение (подтверждение) квалификационных категорий педагогическим работникам и приравненным к ним лицам организаций образования, реализующих программы дошкольного воспитания и обучения, начального, основного среднего, общего среднего, технического и профессионального, послесреднего образования',
      'en', 'Acceptance of documents for attestation to assign (confirm) qualification categories to teachers and persons equated to them of education organizations implementing programmes of preschool education and training, primary, basic secondary, general secondary, technical and vocational, and post-secondary education'),
    'source', jsonb_build_object(
      'kk', 'Регламенттің 1-тармағы (қазақ тіліндегі мәтін); орыс және ағылшын тілдеріндегі атауы соның аудармасы',
      'ru', 'Пункт 1 регламента (текст на казахском языке); названия на русском и английском — его перевод',
      'en', 'The regulation''s p.1 (the Kazakh text); the Russian and English names translate it'),
    'isConfirmed', true)),
  ('RULES-2020', jsonb_build_object(
    'name', jsonb_build_object(
      'kk', 'Педагогтерге біліктілік санаттарын беру (растау) үшін оларды аттестаттаудан өткізуге құжаттарды қабылдау',
      'ru', 'Прием документов для прохождения аттестации на присвоение (подтверждение) квалификационных категорий педагогам',
      'en', 'Acceptance of documents for attestation to assign (confirm) qualification categories to teachers'),
    'source', jsonb_build_object(
      'kk', 'egov.kz порталындағы қызмет беті, 15-тапсырма үшін оқылған; бұйрықтың мәтінімен салыстырылмаған',
      'ru', 'Страница услуги на портале egov.kz, прочитанная для задачи 15; с текстом приказа не сверено',
      'en', 'The service''s page on egov.kz, as read for issue 15; not checked against the order''s text'),
    'isConfirmed', false))
)
UPDATE "RegulationVersion" v
SET "rules" = v."rules"::jsonb || jsonb_build_object('serviceName', COALESCE(
  (SELECT n."serviceName" FROM names n WHERE n."code" = v."code"),
  (SELECT n."serviceName" FROM names n WHERE n."code" = 'MANGYSTAU-2018')
    || jsonb_build_object(
      'source', jsonb_build_object(
        'kk', '2018 жылғы регламенттің атауы, осы нұсқаға тексерілмеген',
        'ru', 'Название из регламента 2018 года, для этой версии не проверено',
        'en', 'The 2018 regulation''s name, not checked for this version'),
      'isConfirmed', false)))
WHERE NOT (v."rules"::jsonb ? 'serviceName');
