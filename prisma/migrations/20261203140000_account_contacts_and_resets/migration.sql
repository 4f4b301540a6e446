-- A teacher's change of her own phone or e-mail is confirmed by a code sent to the new contact
-- (lib/account/change-contact.ts): the same SignInCode rows, kind CONTACT_CHANGE, holding the
-- contact they confirm until the code is used.
ALTER TYPE "SignInCodeKind" ADD VALUE 'CONTACT_CHANGE';
ALTER TABLE "SignInCode" ADD COLUMN "newPhone" TEXT, ADD COLUMN "newEmail" TEXT;

-- why a session ended: the owner's "sign out everywhere", an administrator's password reset
ALTER TYPE "SessionEndReason" ADD VALUE 'SIGNED_OUT_EVERYWHERE';
ALTER TYPE "SessionEndReason" ADD VALUE 'PASSWORD_RESET';
