import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../../lib/db/client";
import { acceptDocuments } from "../../lib/workflow/accept-documents";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { ALL_DOCUMENTS_PRESENT, lettersOf, makeIntake } from "../../prisma/factories";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const POOL = 2;
let small: Db;

beforeAll(() => {
  small = createPrismaClient(testDb.url, POOL);
});
afterAll(async () => {
  await small.$disconnect();
});

// An interactive transaction that awaits a query on the pool instead of on its own connection
// deadlocks once every connection of the pool is held by such a transaction: each waits for a
// connection only another can give back, "idle in transaction" forever. With far more use-cases
// in flight than connections, every one of them must still finish: the test then fails by its
// timeout instead of hanging.
describe("use-cases on a pool much smaller than the work in flight", () => {
  it("registrations and transitions, 24 at once on 2 connections, all finish and leave no transaction open", { timeout: 90_000 }, async () => {
    const ctx = contextAt(small);
    const clerk = await createStaff(testDb.db, "CLERK", "AKTAU-SCH-12");
    const executors = await Promise.all(Array.from({ length: 24 }, (_, i) => createStaff(testDb.db, "EXECUTOR", "AKTAU-SCH-12", `Small pool ${i}`)));

    // the wait for a connection (2 s by default) is not what is tested here: queue patiently
    const registered = await Promise.all(
      executors.map((_, i) => retryWhileThePoolIsBusy(() => registerPackage(ctx, clerk, makeIntake({ firstName: `Пул-${lettersOf(i)}`, email: `pool${i}@example.kz` })))),
    );
    await Promise.all(
      registered.map(({ applicationId }, i) =>
        retryWhileThePoolIsBusy(async () => {
          await takeForReview(ctx, executors[i]!, applicationId);
          await acceptDocuments(ctx, executors[i]!, { applicationId, marks: ALL_DOCUMENTS_PRESENT });
        }),
      ),
    );

    const numbers = registered.map((r) => Number(r.registrationNumber.slice(5))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => numbers[0]! + i));
    expect(await testDb.db.application.count({ where: { id: { in: registered.map((r) => r.applicationId) }, state: "ACCEPTED" } })).toBe(24);
    expect(await testDb.db.auditEvent.count({ where: { applicationId: { in: registered.map((r) => r.applicationId) } } })).toBe(24 * 3);

    const admin = new pg.Client({ connectionString: testDb.url });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
      );
      expect(Number(rows[0]!.n)).toBe(0);
    } finally {
      await admin.end();
    }
  });
});

async function retryWhileThePoolIsBusy<T>(run: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!String(error).includes("Unable to start a transaction in the given time")) throw error;
    }
  }
}
