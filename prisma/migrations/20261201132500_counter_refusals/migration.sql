-- An incomplete package refused at the counter, and the version's rule, per channel, on whether
-- an incomplete package is refused at the counter or registered and passed on (`incompleteAtCounter`).
CREATE TABLE "CounterRefusal" (
    "id" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "organizationId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "regulationVersionId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "actorRole" "Role" NOT NULL,
    "iin" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "middleName" TEXT,
    "locale" TEXT NOT NULL,
    "purpose" "Purpose" NOT NULL,
    "categorySought" TEXT NOT NULL,
    "documents" JSONB NOT NULL,
    "missingDocumentCodes" TEXT[],
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CounterRefusal_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "CounterRefusal_organizationId_at_idx" ON "CounterRefusal"("organizationId", "at");
ALTER TABLE "CounterRefusal" ADD CONSTRAINT "CounterRefusal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CounterRefusal" ADD CONSTRAINT "CounterRefusal_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Until now every incomplete package was registered and passed on: stored versions keep that,
-- but the seed's MANGYSTAU-2018, whose State Corporation route follows the typical pattern of the
-- Standards of its time (unconfirmed for No. 632): the operator refuses an incomplete set.
UPDATE "RegulationVersion"
SET "rules" = "rules"::jsonb || jsonb_build_object('incompleteAtCounter',
  CASE WHEN "code" = 'MANGYSTAU-2018' THEN jsonb_build_object(
      'OFFICE', jsonb_build_object('outcome', 'REGISTER', 'source', 'The seed, p.5: the office clerk registers the documents and gives a receipt; the executor then checks completeness (p.5.2)', 'isConfirmed', true),
      'STATE_CORP', jsonb_build_object('outcome', 'REFUSE', 'source', 'The typical pattern of the Standards of that time (issue 15, item 4): the State Corporation operator refuses to accept an incomplete set and gives a receipt of refusal to accept documents; not checked against Standard No. 632', 'isConfirmed', false))
    ELSE jsonb_build_object(
      'OFFICE', jsonb_build_object('outcome', 'REGISTER', 'source', 'What the portal did before the rule was data (migration 20261201132500)', 'isConfirmed', false),
      'STATE_CORP', jsonb_build_object('outcome', 'REGISTER', 'source', 'What the portal did before the rule was data (migration 20261201132500)', 'isConfirmed', false))
  END)
WHERE NOT ("rules"::jsonb ? 'incompleteAtCounter');
