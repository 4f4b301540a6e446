-- Issue 16, item 5: a teacher applies online where the version in force serves the e-government
-- portal's channel. The package's channel, and the one-time code that confirms the submission
-- (kept as the sign-in codes are: an HMAC, short-lived, single use; never accepted as a sign-in).
ALTER TYPE "Channel" ADD VALUE IF NOT EXISTS 'E_GOV_PORTAL';
ALTER TYPE "SignInCodeKind" ADD VALUE IF NOT EXISTS 'SUBMISSION';
