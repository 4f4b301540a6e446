-- The calendar holds government transfers (a weekend day made working) and a source per day.
CREATE TYPE "CalendarDayKind" AS ENUM ('DAY_OFF', 'WORKING_DAY');
ALTER TABLE "Holiday"
  ADD COLUMN "kind" "CalendarDayKind" NOT NULL DEFAULT 'DAY_OFF',
  ADD COLUMN "source" TEXT NOT NULL DEFAULT '';

-- Kurban Ait 2024 was Monday 17 June, not Sunday 16 June (the reference data had it wrong); the
-- reference loader then fills in the sources and adds the government's swaps it lacks
UPDATE "Holiday" SET "date" = DATE '2024-06-17'
WHERE "date" = DATE '2024-06-16' AND "nameEn" = 'Kurban Ait'
  AND NOT EXISTS (SELECT 1 FROM "Holiday" WHERE "date" = DATE '2024-06-17');
