// The audit trail is append-only by the database's own triggers, for every role that could try,
// the tables' owner and a superuser included (the portal's role lacks the privileges too:
// scripts/reliability/production-test.ts checks it from that role).
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();

describe("the audit trail", () => {
  it("takes new rows and refuses UPDATE, DELETE and TRUNCATE, even from a superuser", async () => {
    const { id } = await testDb.db.auditEvent.create({ data: { action: "TEST_APPEND_ONLY", data: { n: 1 } }, select: { id: true } });
    await expect(testDb.db.$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'REWRITTEN' WHERE id = ${id}`)).rejects.toThrow(/AuditEvent is append-only: UPDATE/);
    await expect(testDb.db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = ${id}`)).rejects.toThrow(/AuditEvent is append-only: DELETE/);
    await expect(testDb.db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/AuditEvent is append-only: TRUNCATE/);
    // a TRUNCATE that reaches the trail through a cascade is refused all the same
    await expect(testDb.db.$executeRawUnsafe(`TRUNCATE "Application" CASCADE`)).rejects.toThrow(/AuditEvent is append-only: TRUNCATE/);
    expect(await testDb.db.auditEvent.findUnique({ where: { id }, select: { action: true } })).toEqual({ action: "TEST_APPEND_ONLY" });
  });
});
