-- One-time challenges for signing in with a digital signature (ЭЦП): the hash of the challenge,
-- the client it was given to, its expiry, and when it was used (once).

-- CreateTable
CREATE TABLE "EcpChallenge" (
    "id" TEXT NOT NULL,
    "challengeHash" TEXT NOT NULL,
    "clientKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "EcpChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EcpChallenge_challengeHash_key" ON "EcpChallenge"("challengeHash");

-- CreateIndex
CREATE INDEX "EcpChallenge_expiresAt_idx" ON "EcpChallenge"("expiresAt");
