-- Server-side sessions: the JWT carries only the row's id, and a token is accepted only while
-- its row is live. Signing out, deactivating an account or changing its role or organization
-- ends the row, and with it every copy of the token.

-- CreateEnum
CREATE TYPE "SessionEndReason" AS ENUM ('SIGNED_OUT', 'ACCOUNT_DEACTIVATED', 'ACCOUNT_CHANGED');

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "endedReason" "SessionEndReason",

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id"),
    -- an ended session always says why
    CONSTRAINT "UserSession_ended_with_reason" CHECK (("endedAt" IS NULL) = ("endedReason" IS NULL))
);

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE INDEX "UserSession_expiresAt_idx" ON "UserSession"("expiresAt");

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
