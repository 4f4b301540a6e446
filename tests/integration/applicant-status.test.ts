import { describe, expect, it } from "vitest";
import { matchPackage, publicStatusOf, STATUS_RATE_LIMITS, statusQuerySchema } from "../../lib/applications/public-status";
import { makeIin } from "../../lib/domain/identity";
import { consumeRateLimit } from "../../lib/rate-limit/fixed-window";
import { createPostgresStore } from "../../lib/rate-limit/postgres-store";
import { refuseDocuments } from "../../lib/workflow/refuse-documents";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { ALL_DOCUMENTS_PRESENT, makeIntake } from "../../prisma/factories";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { attachScan } from "../../lib/scans/attach-scan";
import { LocalFolderStorage } from "../../lib/storage/local-folder-storage";

const testDb = useTestDatabase();

describe("the public status lookup", () => {
  it("finds a package only when both the number and the IIN match, and answers every miss alike", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const intake = makeIntake();
    const { applicationId, registrationNumber } = await registerPackage(contextAt(db), clerk, intake);
    const other = await registerPackage(contextAt(db), clerk, makeIntake());
    const iin = String(intake.iin);
    const strangerIin = makeIin("1979-02-03", "MALE", 4242);

    expect(await matchPackage(db, { registrationNumber, iin })).toBe(applicationId);
    expect(await matchPackage(db, { registrationNumber, iin: strangerIin })).toBeNull();
    expect(await matchPackage(db, { registrationNumber: "2026-999999", iin })).toBeNull();
    // another real package's number with this IIN is no match either
    expect(await matchPackage(db, { registrationNumber: other.registrationNumber, iin })).toBeNull();
  });

  it("accepts the number and IIN as people type them, and rejects malformed ones before any query", () => {
    const iin = makeIin("1988-04-12", "FEMALE", 77);
    expect(statusQuerySchema.parse({ registrationNumber: " 2026-000123 ", iin: `${iin.slice(0, 6)} ${iin.slice(6)}` })).toEqual({
      registrationNumber: "2026-000123",
      iin,
    });
    expect(statusQuerySchema.safeParse({ registrationNumber: "2026-123", iin }).success).toBe(false);
    expect(statusQuerySchema.safeParse({ registrationNumber: "2026-000123", iin: "123456789012" }).success).toBe(false);
  });

  it("shows steps with time, role and organization but no staff names; the open step; the reasoned refusal", async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12", "Clerk Secretname");
    const executor = await createStaff(db, "EXECUTOR", "AKTAU-SCH-12", "Executor Secretname");
    const { applicationId } = await registerPackage(ctx, clerk, makeIntake());

    const registered = (await publicStatusOf(db, applicationId, "en", ctx.now()))!;
    expect(registered.state).toBe("REGISTERED");
    expect(registered.openStep).toMatchObject({ step: "COMPLETENESS_CHECK", nextRoles: ["EXECUTOR"] });
    expect(registered.steps).toEqual([
      { action: "REGISTER_AT_OFFICE", toState: "REGISTERED", at: ctx.now().toISOString(), actorRole: "CLERK", actorName: null, organizationName: "Economic Lyceum No. 12" },
    ]);

    ctx.advance(3);
    await takeForReview(ctx, executor, applicationId);
    ctx.advance(5);
    await refuseDocuments(ctx, executor, {
      applicationId,
      marks: { ...ALL_DOCUMENTS_PRESENT, TRAINING_CERTIFICATE: "MISSING" },
      groundCodes: ["INCOMPLETE_PACKAGE"],
      missingCodes: ["TRAINING_CERTIFICATE"],
    });
    const refused = (await publicStatusOf(db, applicationId, "en", ctx.now()))!;
    expect(refused.state).toBe("REFUSED");
    expect(refused.refusal?.grounds.map((g) => g.code)).toEqual(["INCOMPLETE_PACKAGE"]);
    expect(refused.refusal?.grounds[0]?.clause).toBeTruthy();
    expect(refused.refusal?.missing).toEqual([{ code: "TRAINING_CERTIFICATE", name: "Copy of the in-service training certificate" }]);
    expect(refused.steps.map((s) => s.action)).toEqual(["REGISTER_AT_OFFICE", "TAKE_FOR_REVIEW", "REFUSE_DOCUMENTS"]);
    expect(JSON.stringify(refused)).not.toContain("Secretname");
    expect(JSON.stringify(refused)).not.toMatch(/\d{12}/); // no IIN
  });

  it("shows the applicant the steps of the regulation only, not staff-side events such as an attached scan", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const { applicationId } = await registerPackage(contextAt(db), clerk, makeIntake());
    const storage = new LocalFolderStorage(mkdtempSync(path.join(tmpdir(), "sanat-status-scans-")));
    await attachScan(contextAt(db), storage, clerk, { applicationId, fileName: "a.pdf", bytes: new TextEncoder().encode("%PDF-1.4 x") });
    const status = (await publicStatusOf(db, applicationId, "kk"))!;
    expect(status.steps.map((step) => step.action)).toEqual(["REGISTER_AT_OFFICE"]);
  });

  it("rate-limits lookups per client in PostgreSQL, counting parallel attempts exactly", async () => {
    const store = createPostgresStore(testDb.db);
    const now = new Date("2026-11-25T05:00:00Z");
    const attempt = () => consumeRateLimit(store, [{ rule: STATUS_RATE_LIMITS.perClient, subject: "client-under-test" }], now);
    const decisions = await Promise.all(Array.from({ length: STATUS_RATE_LIMITS.perClient.limit + 5 }, attempt));
    expect(decisions.filter((d) => d.isAllowed)).toHaveLength(STATUS_RATE_LIMITS.perClient.limit);
    expect(decisions.filter((d) => !d.isAllowed)).toHaveLength(5);
    const later = new Date(now.getTime() + STATUS_RATE_LIMITS.perClient.windowSeconds * 1000);
    expect(await consumeRateLimit(store, [{ rule: STATUS_RATE_LIMITS.perClient, subject: "client-under-test" }], later)).toEqual({ isAllowed: true });
  });

  it("counts both limits of a lookup in one statement, each exactly, parallel attempts included", async () => {
    const store = createPostgresStore(testDb.db);
    const now = new Date("2026-11-25T06:00:00Z");
    const attempt = (client: string) =>
      consumeRateLimit(store, [{ rule: STATUS_RATE_LIMITS.perClient, subject: client }, { rule: STATUS_RATE_LIMITS.perNumber, subject: "2026-424242" }], now);
    // many clients, one number: the number's hourly limit stops them, each client counted once
    const decisions = await Promise.all(Array.from({ length: STATUS_RATE_LIMITS.perNumber.limit + 3 }, (_, i) => attempt(`parallel-${i}`)));
    expect(decisions.filter((d) => d.isAllowed)).toHaveLength(STATUS_RATE_LIMITS.perNumber.limit);
    expect(decisions.find((d) => !d.isAllowed)).toEqual({ isAllowed: false, retryAfterSeconds: 3600 });
    const buckets = await testDb.db.rateLimitBucket.findMany({ where: { key: { startsWith: "status:" }, windowStart: { gte: new Date("2026-11-25T05:30:00Z") } } });
    expect(buckets.find((b) => b.key === "status:number:2026-424242")?.count).toBe(STATUS_RATE_LIMITS.perNumber.limit + 3);
    expect(buckets.filter((b) => b.key.startsWith("status:client:parallel-")).map((b) => b.count)).toEqual(
      Array.from({ length: STATUS_RATE_LIMITS.perNumber.limit + 3 }, () => 1),
    );
    // the same counter twice in one attempt counts twice, as two attempts would
    expect(await store.increment([{ key: "twice", windowStart: now }, { key: "twice", windowStart: now }])).toEqual([1, 2]);
    expect(await store.increment([{ key: "twice", windowStart: now }])).toEqual([3]);
  });
});
