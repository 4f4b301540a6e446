-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('REGIONAL_DEPARTMENT', 'DISTRICT_DEPARTMENT', 'PRESCHOOL', 'SCHOOL', 'COLLEGE', 'STATE_CORP_BRANCH', 'STATE_CORP_CENTRE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('APPLICANT', 'CLERK', 'EXECUTOR', 'CORP_OPERATOR', 'REGION_ADMIN', 'SYSTEM_ADMIN');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('OFFICE', 'STATE_CORP');

-- CreateEnum
CREATE TYPE "ApplicationState" AS ENUM ('CORP_ACCEPTED', 'IN_TRANSIT_TO_PROVIDER', 'REGISTERED', 'UNDER_REVIEW', 'ACCEPTED', 'REFUSED', 'RESULT_SENT_TO_CORP', 'RESULT_ISSUED');

-- CreateEnum
CREATE TYPE "Purpose" AS ENUM ('ASSIGN', 'CONFIRM');

-- CreateEnum
CREATE TYPE "VersionStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "bin" TEXT,
    "addressKk" TEXT,
    "addressRu" TEXT,
    "localityCode" TEXT NOT NULL,
    "parentId" TEXT,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "login" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "fullName" TEXT NOT NULL,
    "organizationId" TEXT,
    "applicantId" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'kk',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Applicant" (
    "id" TEXT NOT NULL,
    "iin" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "middleName" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'kk',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Applicant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegulationVersion" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "titleKk" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "status" "VersionStatus" NOT NULL DEFAULT 'PUBLISHED',
    "rules" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegulationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "date" DATE NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "RegistrationCounter" (
    "year" INTEGER NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RegistrationCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "registrationNumber" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "state" "ApplicationState" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "applicantId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "corpCentreId" TEXT,
    "regulationVersionId" TEXT NOT NULL,
    "purpose" "Purpose" NOT NULL,
    "categorySought" TEXT NOT NULL,
    "categoryHeld" TEXT,
    "documents" JSONB NOT NULL,
    "refusalGroundCodes" TEXT[],
    "missingDocumentCodes" TEXT[],
    "decisionNote" TEXT,
    "previousApplicationId" TEXT,
    "assignedExecutorId" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "intakeStartedAt" TIMESTAMP(3) NOT NULL,
    "corpAcceptedAt" TIMESTAMP(3),
    "forwardedAt" TIMESTAMP(3),
    "registeredAt" TIMESTAMP(3),
    "takenAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "resultSentAt" TIMESTAMP(3),
    "issuedAt" TIMESTAMP(3),
    "serviceDeadline" TIMESTAMP(3),
    "resultToCorpDeadline" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "applicationId" TEXT,
    "actorId" TEXT,
    "actorRole" "Role",
    "organizationId" TEXT,
    "action" TEXT NOT NULL,
    "fromState" "ApplicationState",
    "toState" "ApplicationState",
    "reason" TEXT,
    "data" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_code_key" ON "Organization"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_bin_key" ON "Organization"("bin");

-- CreateIndex
CREATE INDEX "Organization_parentId_idx" ON "Organization"("parentId");

-- CreateIndex
CREATE INDEX "Organization_kind_idx" ON "Organization"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "User_login_key" ON "User"("login");

-- CreateIndex
CREATE UNIQUE INDEX "User_applicantId_key" ON "User"("applicantId");

-- CreateIndex
CREATE INDEX "User_organizationId_role_idx" ON "User"("organizationId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Applicant_iin_key" ON "Applicant"("iin");

-- CreateIndex
CREATE UNIQUE INDEX "RegulationVersion_code_key" ON "RegulationVersion"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Application_registrationNumber_key" ON "Application"("registrationNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Application_previousApplicationId_key" ON "Application"("previousApplicationId");

-- CreateIndex
CREATE INDEX "Application_providerId_state_idx" ON "Application"("providerId", "state");

-- CreateIndex
CREATE INDEX "Application_corpCentreId_state_idx" ON "Application"("corpCentreId", "state");

-- CreateIndex
CREATE INDEX "Application_applicantId_idx" ON "Application"("applicantId");

-- CreateIndex
CREATE INDEX "Application_state_receivedAt_idx" ON "Application"("state", "receivedAt");

-- CreateIndex
CREATE INDEX "Application_receivedAt_idx" ON "Application"("receivedAt");

-- CreateIndex
CREATE INDEX "AuditEvent_applicationId_at_idx" ON "AuditEvent"("applicationId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "Applicant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "Applicant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_corpCentreId_fkey" FOREIGN KEY ("corpCentreId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_regulationVersionId_fkey" FOREIGN KEY ("regulationVersionId") REFERENCES "RegulationVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_previousApplicationId_fkey" FOREIGN KEY ("previousApplicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;
