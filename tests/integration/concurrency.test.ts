import { describe, expect, it } from "vitest";
import { AppError } from "../../lib/errors";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { lettersOf, makeIntake } from "../../prisma/factories";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();

describe("staff acting at the same moment", () => {
  it("20 executors taking the same package: exactly one wins, the others are told who", async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerk = await createStaff(db, "CLERK", "ZHANAOZEN-SCH-16");
    const executors = await Promise.all(
      Array.from({ length: 20 }, (_, i) => createStaff(db, "EXECUTOR", "ZHANAOZEN-SCH-16", `Орындаушы ${i + 1}`)),
    );
    const { applicationId } = await registerPackage(ctx, clerk, makeIntake());

    const results = await Promise.allSettled(executors.map((executor) => takeForReview(ctx, executor, applicationId)));
    const winners = results.filter((r) => r.status === "fulfilled");
    const losers = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);

    const stored = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
    const winner = executors.find((e) => e.userId === stored.assignedExecutorId)!;
    for (const loser of losers) {
      const error = loser.reason as AppError;
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe("CONFLICT");
      expect(error.messageKey).toBe("errors.alreadyDone");
      expect(error.params.name).toBe(winner.name);
    }
    expect(await db.auditEvent.count({ where: { applicationId, action: "TAKE_FOR_REVIEW" } })).toBe(1);
    expect(stored.version).toBe(1);
  });

  it("keeps registration numbers unique and gap-free under parallel registration", async () => {
    const db = testDb.db;
    // a year no other test uses; the 2020 rules are in force then, with their category names and
    // their providers (the education departments, not schools)
    const ctx = contextAt(db, new Date("2031-03-04T06:00:00Z"));
    const clerks = await Promise.all(Array.from({ length: 5 }, () => createStaff(db, "CLERK", "MUNAILY-EDU")));
    const attempts = Array.from({ length: 30 }, (_, i) =>
      registerPackage(ctx, clerks[i % clerks.length]!, makeIntake({ firstName: `Тест-${lettersOf(i)}`, categorySought: "PEDAGOG_MODERATOR" })),
    );
    // a few invalid ones in the same burst must not burn numbers
    const invalid = Array.from({ length: 5 }, () => registerPackage(ctx, clerks[0]!, makeIntake({ categorySought: "NO_SUCH" })));
    const settled = await Promise.allSettled([...attempts, ...invalid]);
    expect(settled.filter((r) => r.status === "fulfilled")).toHaveLength(30);

    const numbers = (await db.application.findMany({ where: { registrationNumber: { startsWith: "2031-" } }, select: { registrationNumber: true } }))
      .map((a) => Number(a.registrationNumber.slice(5)))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const versions = await db.application.findMany({
      where: { registrationNumber: { startsWith: "2031-" } },
      select: { regulationVersion: { select: { code: true } } },
      distinct: ["regulationVersionId"],
    });
    expect(versions.map((v) => v.regulationVersion.code)).toEqual(["RULES-2020"]);
  });
});
