-- A password someone else chose (the one-time password `npm run admin:create` prints) must be
-- replaced by its owner before anything else: every workspace page and action refuses until then
-- (lib/auth/pending-step.ts).
ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
