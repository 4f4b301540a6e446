import { describe, expect, it } from "vitest";
import { loadQueue, queueFilters, type QueueQuery } from "../../lib/applications/staff-queue";
import { QUEUE_VIEWS, viewFilter, type StaffRole } from "../../lib/applications/queue-views";
import type { Actor } from "../../lib/domain/permissions";
import { acceptDocuments } from "../../lib/workflow/accept-documents";
import { refuseDocuments } from "../../lib/workflow/refuse-documents";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { forwardToProvider } from "../../lib/workflow/forward-to-provider";
import { registerArrival } from "../../lib/workflow/register-arrival";
import { versionsCheckedBy } from "../../lib/regulation/in-force";
import { ALL_DOCUMENTS_PRESENT, lettersOf, makeIntake } from "../../prisma/factories";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();

// The counts of every view are one SQL statement (count(*) FILTER per view); the page's rows go
// through the Prisma filters. Both must count the same packages, for every view and filter.
describe("the queue's view counts", () => {
  it("equal the Prisma count of each view under every kind of filter", { timeout: 60_000 }, async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const executor = await createStaff(db, "EXECUTOR", "AKTAU-SCH-12");
    const other = await createStaff(db, "EXECUTOR", "AKTAU-SCH-12");
    const operator = await createStaff(db, "CORP_OPERATOR", "GOVCORP-AKTAU-1");
    const ids: string[] = [];
    for (let i = 0; i < 9; i++) {
      const { applicationId } = await registerPackage(ctx, clerk, makeIntake({ lastName: i % 2 ? "Ахметова" : "O'Neil-Smith", firstName: `Ай-${lettersOf(i)}` }));
      ids.push(applicationId);
      ctx.advance(7);
    }
    for (let i = 0; i < 3; i++) {
      const { applicationId } = await registerPackage(ctx, operator, makeIntake({ firstName: `Корп-${lettersOf(i)}`, providerId: clerk.organizationId! }));
      // two arrive at the provider, where the office clerk checks them (MANGYSTAU-2018, p.10)
      if (i < 2) {
        await forwardToProvider(ctx, operator, applicationId);
        await registerArrival(ctx, clerk, applicationId);
      }
      if (i === 0) await takeForReview(ctx, clerk, applicationId);
    }
    await takeForReview(ctx, executor, ids[0]!);
    await takeForReview(ctx, other, ids[1]!);
    await takeForReview(ctx, executor, ids[2]!);
    await acceptDocuments(ctx, executor, { applicationId: ids[2]!, marks: ALL_DOCUMENTS_PRESENT });
    await takeForReview(ctx, executor, ids[3]!);
    await refuseDocuments(ctx, executor, {
      applicationId: ids[3]!,
      marks: { ...ALL_DOCUMENTS_PRESENT, TRAINING_CERTIFICATE: "MISSING" },
      groundCodes: ["INCOMPLETE_PACKAGE"],
      missingCodes: ["TRAINING_CERTIFICATE"],
    });
    const { registrationNumber, iin } = await db.application.findUniqueOrThrow({
      where: { id: ids[4]! },
      select: { registrationNumber: true, applicant: { select: { iin: true } } },
    }).then((a) => ({ registrationNumber: a.registrationNumber, iin: a.applicant.iin }));

    const queries: QueueQuery[] = [
      {},
      { state: "REGISTERED" },
      { channel: "OFFICE" },
      { category: "FIRST" },
      { from: "2026-11-25", to: "2026-11-25" },
      { from: "2026-11-26" },
      { norm: "OVERDUE" },
      { norm: "ON_TIME" },
      { q: registrationNumber.slice(0, 8) },
      { q: iin },
      { q: "ахмет" },
      // "_" and "%" are LIKE's wildcards: unescaped, "_" would match the hyphen of "O'Neil-Smith"
      { q: "o'neil_%" },
      { q: "Ай-г ахметова" },
    ];
    // later, so some deadlines have passed and "overdue" and "due soon" are not all empty
    const at = new Date(ctx.now().getTime() + 3 * 86_400_000);
    const actors: (Actor & { role: StaffRole })[] = [
      { ...clerk, role: "CLERK" },
      { ...executor, role: "EXECUTOR" },
      { ...operator, role: "CORP_OPERATOR" },
    ];
    let nonZero = 0;
    for (const actor of actors) {
      const checked = await versionsCheckedBy(db, actor.role);
      for (const query of queries) {
        const page = await loadQueue(db, actor, query, "kk", at);
        for (const view of QUEUE_VIEWS[actor.role]) {
          const expected = await db.application.count({ where: { AND: [...queueFilters(actor, query, at), viewFilter(view, actor, at, checked)] } });
          expect(page.counts[view], `${actor.role} ${view} ${JSON.stringify(query)}`).toBe(expected);
          if (expected > 0) nonZero += 1;
        }
      }
    }
    expect(nonZero).toBeGreaterThan(20);
  });

  it("show the clerk the State Corporation packages waiting for her check, and the executor only the office's", { timeout: 60_000 }, async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const executor = await createStaff(db, "EXECUTOR", "AKTAU-SCH-12");
    const operator = await createStaff(db, "CORP_OPERATOR", "GOVCORP-AKTAU-1");
    const office = await registerPackage(ctx, clerk, makeIntake({ firstName: "Кеңсе" }));
    const corp = await registerPackage(ctx, operator, makeIntake({ firstName: "Корпорация", providerId: clerk.organizationId! }));
    await forwardToProvider(ctx, operator, corp.applicationId);
    await registerArrival(ctx, clerk, corp.applicationId);

    const ofView = async (actor: Actor & { role: StaffRole }, view: QueueQuery["view"]) =>
      (await loadQueue(db, actor, { view }, "kk", ctx.now())).rows.filter((r) => [office.applicationId, corp.applicationId].includes(r.id));
    const toCheck = await ofView({ ...clerk, role: "CLERK" }, "toCheck");
    expect(toCheck.map((r) => [r.id, r.canTake])).toEqual([[corp.applicationId, true]]);
    const unassigned = await ofView({ ...executor, role: "EXECUTOR" }, "unassigned");
    expect(unassigned.map((r) => [r.id, r.canTake])).toEqual([[office.applicationId, true]]);
    // the clerk's "being checked" view still shows both, and offers her only her own check
    const waiting = await ofView({ ...clerk, role: "CLERK" }, "waiting");
    expect(waiting.map((r) => [r.id, r.canTake])).toEqual([[office.applicationId, false], [corp.applicationId, true]]);
  });
});
