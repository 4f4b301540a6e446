import type { Tx } from "../db/context";

/**
 * Takes the year's next registration number (e.g. "2026-004127") and writes it on the
 * application, in one statement. The counter row is locked by the upsert until the registering
 * transaction ends, so concurrent registrations queue up and a rolled-back registration gives
 * its number back: numbers stay unique and gap-free. Callers make this their last write, so the
 * queue is held as briefly as possible.
 */
export async function assignRegistrationNumber(tx: Tx, applicationId: string, year: number): Promise<string> {
  const [row] = await tx.$queryRaw<{ registrationNumber: string }[]>`
    WITH counter AS (
      INSERT INTO "RegistrationCounter" ("year", "lastNumber") VALUES (${year}, 1)
      ON CONFLICT ("year") DO UPDATE SET "lastNumber" = "RegistrationCounter"."lastNumber" + 1
      RETURNING "lastNumber"::text AS n
    )
    UPDATE "Application" SET "registrationNumber" = ${`${year}-`} || lpad(counter.n, greatest(6, length(counter.n)), '0')
    FROM counter WHERE "Application".id = ${applicationId}
    RETURNING "registrationNumber"`;
  if (!row) throw new Error(`application ${applicationId} vanished before its number was assigned`);
  return row.registrationNumber;
}
