-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('EMAIL', 'SMS');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- DropIndex
DROP INDEX "Application_corpCentreId_state_idx";

-- DropIndex
DROP INDEX "Application_providerId_state_idx";

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "checkMinutes" DOUBLE PRECISION,
ADD COLUMN     "corpIntakeMinutes" DOUBLE PRECISION,
ADD COLUMN     "currentStepDeadline" TIMESTAMP(3),
ADD COLUMN     "isResultSentInTime" BOOLEAN,
ADD COLUMN     "registrationMinutes" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "Scan" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "documentCode" TEXT,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Scan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PreRegistration" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "iin" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "middleName" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'kk',
    "purpose" "Purpose" NOT NULL,
    "categorySought" TEXT NOT NULL,
    "categoryHeld" TEXT,
    "providerId" TEXT,
    "regulationVersionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "applicationId" TEXT,

    CONSTRAINT "PreRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "auditEventId" BIGINT,
    "channel" "NotificationChannel" NOT NULL,
    "recipient" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailboxMessage" (
    "id" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE UNIQUE INDEX "Scan_storageKey_key" ON "Scan"("storageKey");

-- CreateIndex
CREATE INDEX "Scan_applicationId_idx" ON "Scan"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "PreRegistration_code_key" ON "PreRegistration"("code");

-- CreateIndex
CREATE UNIQUE INDEX "PreRegistration_applicationId_key" ON "PreRegistration"("applicationId");

-- CreateIndex
CREATE INDEX "PreRegistration_iin_idx" ON "PreRegistration"("iin");

-- CreateIndex
CREATE INDEX "Notification_status_createdAt_idx" ON "Notification"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_applicationId_idx" ON "Notification"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_auditEventId_channel_key" ON "Notification"("auditEventId", "channel");

-- CreateIndex
CREATE INDEX "MailboxMessage_receivedAt_idx" ON "MailboxMessage"("receivedAt");

-- CreateIndex
CREATE INDEX "Application_providerId_state_receivedAt_id_idx" ON "Application"("providerId", "state", "receivedAt", "id");

-- CreateIndex
CREATE INDEX "Application_corpCentreId_state_receivedAt_id_idx" ON "Application"("corpCentreId", "state", "receivedAt", "id");

-- CreateIndex
CREATE INDEX "Application_state_currentStepDeadline_idx" ON "Application"("state", "currentStepDeadline");

-- AddForeignKey
ALTER TABLE "Scan" ADD CONSTRAINT "Scan_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreRegistration" ADD CONSTRAINT "PreRegistration_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
