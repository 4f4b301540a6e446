-- A regulation version has an end in the portal and a legal record: its acts and the period the
-- law gives it, each fact with its source (filled by the reference data loader).
ALTER TABLE "RegulationVersion" ADD COLUMN "effectiveTo" DATE, ADD COLUMN "legal" JSONB;
