-- Issue 17, item 9: the reference names of organizations whose own name carries quotation marks were
-- put in a second pair (««Күншуақ» балабақшасы» МКҚК). Each is corrected only where it still reads
-- as the seed wrote it, so a name an administrator has edited stays as it is.
UPDATE "Organization" SET "nameKk" = '№ 5 «Балапан» бөбекжай-бақшасы МКҚК' WHERE "code" = 'AKTAU-PRE-05' AND "nameKk" = '«№ 5 «Балапан» бөбекжай-бақшасы» МКҚК';
UPDATE "Organization" SET "nameRu" = 'ГККП Ясли-сад № 5 «Балапан»' WHERE "code" = 'AKTAU-PRE-05' AND "nameRu" = 'ГККП «Ясли-сад № 5 «Балапан»»';
UPDATE "Organization" SET "nameKk" = '№ 19 «Айгөлек» балабақшасы МКҚК' WHERE "code" = 'AKTAU-PRE-19' AND "nameKk" = '«№ 19 «Айгөлек» балабақшасы» МКҚК';
UPDATE "Organization" SET "nameRu" = 'ГККП Детский сад № 19 «Айгөлек»' WHERE "code" = 'AKTAU-PRE-19' AND "nameRu" = 'ГККП «Детский сад № 19 «Айгөлек»»';
UPDATE "Organization" SET "nameKk" = '№ 2 «Ақбота» балабақшасы МКҚК' WHERE "code" = 'ZHANAOZEN-PRE-02' AND "nameKk" = '«№ 2 «Ақбота» балабақшасы» МКҚК';
UPDATE "Organization" SET "nameRu" = 'ГККП Детский сад № 2 «Акбота»' WHERE "code" = 'ZHANAOZEN-PRE-02' AND "nameRu" = 'ГККП «Детский сад № 2 «Акбота»»';
UPDATE "Organization" SET "nameKk" = '«Күншуақ» балабақшасы МКҚК' WHERE "code" = 'BEINEU-PRE-01' AND "nameKk" = '««Күншуақ» балабақшасы» МКҚК';
UPDATE "Organization" SET "nameRu" = 'ГККП Детский сад «Куншуак»' WHERE "code" = 'BEINEU-PRE-01' AND "nameRu" = 'ГККП «Детский сад «Куншуак»»';
UPDATE "Organization" SET "nameKk" = '«Еркетай» балабақшасы МКҚК' WHERE "code" = 'KARAKIYA-PRE-01' AND "nameKk" = '««Еркетай» балабақшасы» МКҚК';
UPDATE "Organization" SET "nameRu" = 'ГККП Детский сад «Еркетай»' WHERE "code" = 'KARAKIYA-PRE-01' AND "nameRu" = 'ГККП «Детский сад «Еркетай»»';
UPDATE "Organization" SET "nameKk" = '«Шұғыла» балабақшасы МКҚК' WHERE "code" = 'MANGYSTAU-PRE-01' AND "nameKk" = '««Шұғыла» балабақшасы» МКҚК';
UPDATE "Organization" SET "nameRu" = 'ГККП Детский сад «Шугыла»' WHERE "code" = 'MANGYSTAU-PRE-01' AND "nameRu" = 'ГККП «Детский сад «Шугыла»»';
UPDATE "Organization" SET "nameKk" = '«Арай» балабақшасы МКҚК' WHERE "code" = 'MUNAILY-PRE-01' AND "nameKk" = '««Арай» балабақшасы» МКҚК';
UPDATE "Organization" SET "nameRu" = 'ГККП Детский сад «Арай»' WHERE "code" = 'MUNAILY-PRE-01' AND "nameRu" = 'ГККП «Детский сад «Арай»»';
