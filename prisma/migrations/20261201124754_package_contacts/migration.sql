-- Contacts given at a counter belong to that package: its notifications go to them, and another
-- organization's intake of the same teacher can no longer redirect them by rewriting her record.
-- Filled at registration ("contactLocale" always: a package without it predates this column, or
-- was bulk-loaded, and its notifications use the teacher's record).
ALTER TABLE "Application" ADD COLUMN "contactPhone" TEXT,
  ADD COLUMN "contactEmail" TEXT,
  ADD COLUMN "contactLocale" TEXT;

-- Every package so far notified the teacher's record: it keeps those contacts as its own.
UPDATE "Application" a
SET "contactPhone" = p.phone, "contactEmail" = p.email, "contactLocale" = p.locale
FROM "Applicant" p
WHERE p.id = a."applicantId";
