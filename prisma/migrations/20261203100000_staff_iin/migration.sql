-- A staff member's IIN, set by the system administrator, so that staff may sign in with a digital
-- signature (ЭЦП) too: the certificate names its holder by IIN. Applicants keep theirs as their login.
ALTER TABLE "User" ADD COLUMN "iin" TEXT;
CREATE UNIQUE INDEX "User_iin_key" ON "User"("iin");
-- twelve digits or nothing (the checksum is checked by the administrator's form: lib/admin/users.ts)
ALTER TABLE "User" ADD CONSTRAINT "User_iin_format" CHECK ("iin" IS NULL OR "iin" ~ '^[0-9]{12}$');
