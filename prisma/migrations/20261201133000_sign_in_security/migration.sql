-- Sessions end after a spell without requests (lib/auth/user-sessions.ts)
ALTER TABLE "UserSession" ADD COLUMN "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- A staff member's second factor (TOTP)
CREATE TABLE "UserSecondFactor" (
    "userId" TEXT NOT NULL,
    "secretEncrypted" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "lastUsedStep" INTEGER,
    "recoveryCodeHashes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserSecondFactor_pkey" PRIMARY KEY ("userId")
);

ALTER TABLE "UserSecondFactor" ADD CONSTRAINT "UserSecondFactor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Failed sign-ins to an account, until its owner is told at the next sign-in
CREATE TABLE "SignInFailure" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "clientKey" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "SignInFailure_userId_at_idx" ON "SignInFailure"("userId", "at");
CREATE INDEX "SignInFailure_at_idx" ON "SignInFailure"("at");

ALTER TABLE "SignInFailure" ADD CONSTRAINT "SignInFailure_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
