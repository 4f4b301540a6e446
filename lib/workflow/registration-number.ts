import type { Tx } from "./context";

/**
 * The next registration number of the year, e.g. "2026-004127". The counter row is locked by
 * the UPDATE until the registering transaction ends, so concurrent registrations queue up and
 * a rolled-back registration gives its number back: numbers stay unique and gap-free.
 */
export async function nextRegistrationNumber(tx: Tx, year: number): Promise<string> {
  const [row] = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "RegistrationCounter" ("year", "lastNumber") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "lastNumber" = "RegistrationCounter"."lastNumber" + 1
    RETURNING "lastNumber"`;
  return formatRegistrationNumber(year, row!.lastNumber);
}

export function formatRegistrationNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(6, "0")}`;
}
