-- A teacher's account from her first receipt, and sign-in by one-time code (issue 16, items 1-2):
-- the codes, kept as HMACs, and the demo's local SMS outbox.
CREATE TYPE "SignInCodeKind" AS ENUM ('ACTIVATION', 'ONE_TIME');

CREATE TABLE "SignInCode" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "SignInCodeKind" NOT NULL,
    "codeHash" TEXT NOT NULL,
    "sealedCode" TEXT,
    "applicationId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SignInCode_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "SignInCode_userId_kind_idx" ON "SignInCode"("userId", "kind");
CREATE INDEX "SignInCode_applicationId_idx" ON "SignInCode"("applicationId");
CREATE INDEX "SignInCode_expiresAt_idx" ON "SignInCode"("expiresAt");
ALTER TABLE "SignInCode" ADD CONSTRAINT "SignInCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "SmsOutboxMessage" (
    "id" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SmsOutboxMessage_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "SmsOutboxMessage_receivedAt_idx" ON "SmsOutboxMessage"("receivedAt");
