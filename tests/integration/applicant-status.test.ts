import { describe, expect, it } from "vitest";
import { ACCESS_CODE_PATTERN, generateAccessCode } from "../../lib/applications/access-code";
import { matchPackage, publicStatusOf, STATUS_RATE_LIMITS, statusQuerySchema, withinLookupLimits, type StatusQuery } from "../../lib/applications/public-status";
import type { Db } from "../../lib/db/client";
import { makeIin } from "../../lib/domain/identity";
import { consumeRateLimit } from "../../lib/rate-limit/fixed-window";
import { createPostgresStore } from "../../lib/rate-limit/postgres-store";
import { refuseDocuments } from "../../lib/workflow/refuse-documents";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { ALL_DOCUMENTS_PRESENT, makeIntake, makeUniqueTeacher } from "../../prisma/factories";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { attachScan } from "../../lib/scans/attach-scan";
import { LocalFolderStorage } from "../../lib/storage/local-folder-storage";

const testDb = useTestDatabase();

/** A lookup as the form and the JSON route make it: behind the limits, then matched. */
const lookUp = (db: Db, query: StatusQuery, client: string, now: Date) => withinLookupLimits(db, query, client, now, () => matchPackage(db, query));

/** A code that is not this one. */
const otherCodeThan = (code: string) => {
  let other = generateAccessCode();
  while (other === code) other = generateAccessCode();
  return other;
};

describe("the public status lookup", () => {
  it("finds a package only when the number, the IIN and the access code all match, and answers every miss alike", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const intake = makeIntake();
    const { applicationId, registrationNumber, accessCode } = await registerPackage(contextAt(db), clerk, intake);
    const other = await registerPackage(contextAt(db), clerk, makeIntake());
    const iin = String(intake.iin);
    const strangerIin = makeIin("1979-02-03", "MALE", 4242);
    expect(accessCode).toMatch(ACCESS_CODE_PATTERN);
    expect((await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { accessCode: true } })).accessCode).toBe(accessCode);

    expect(await matchPackage(db, { registrationNumber, iin, accessCode })).toBe(applicationId);
    expect(await matchPackage(db, { registrationNumber, iin, accessCode: otherCodeThan(accessCode) })).toBeNull();
    expect(await matchPackage(db, { registrationNumber, iin: strangerIin, accessCode })).toBeNull();
    expect(await matchPackage(db, { registrationNumber: "2026-999999", iin, accessCode })).toBeNull();
    // another real package's number, even with its own code, is no match for this IIN
    expect(await matchPackage(db, { registrationNumber: other.registrationNumber, iin, accessCode: other.accessCode })).toBeNull();
  });

  it("gives every row inserted without a code (rows from before the column, bulk generators) one of the same alphabet", async () => {
    const rows = await testDb.db.$queryRaw<{ code: string }[]>`SELECT sanat_access_code() AS code FROM generate_series(1, 2000)`;
    for (const { code } of rows) expect(code).toMatch(ACCESS_CODE_PATTERN);
    expect(new Set(rows.map((row) => row.code)).size).toBeGreaterThan(1990);
  });

  it("accepts the number, IIN and code as people type them, and rejects malformed ones before any query", () => {
    const iin = makeIin("1988-04-12", "FEMALE", 77);
    expect(statusQuerySchema.parse({ registrationNumber: " 2026-000123 ", iin: `${iin.slice(0, 6)} ${iin.slice(6)}`, accessCode: "k7m q2p" })).toEqual({
      registrationNumber: "2026-000123",
      iin,
      accessCode: "K7MQ2P",
    });
    // typed on a Kazakh or Russian keyboard: Cyrillic К, М and Р for the Latin letters they look like
    expect(statusQuerySchema.parse({ registrationNumber: "2026-000123", iin, accessCode: "К7М-Q2Р" }).accessCode).toBe("K7MQ2P");
    // a phone's numeric keypad has no hyphen
    expect(statusQuerySchema.parse({ registrationNumber: "2026 000123", iin, accessCode: "K7MQ2P" }).registrationNumber).toBe("2026-000123");
    expect(statusQuerySchema.parse({ registrationNumber: "2026000123", iin, accessCode: "K7MQ2P" }).registrationNumber).toBe("2026-000123");
    expect(statusQuerySchema.safeParse({ registrationNumber: "202600012", iin, accessCode: "K7MQ2P" }).success).toBe(false);
    expect(statusQuerySchema.safeParse({ registrationNumber: "2026-123", iin, accessCode: "K7MQ2P" }).success).toBe(false);
    expect(statusQuerySchema.safeParse({ registrationNumber: "2026-000123", iin: "123456789012", accessCode: "K7MQ2P" }).success).toBe(false);
    for (const accessCode of ["", "K7MQ2", "K7MQ2PX", "K7MQ0P", "K7MQIP", "x".repeat(41)]) {
      const parsed = statusQuerySchema.safeParse({ registrationNumber: "2026-000123", iin, accessCode });
      expect(parsed.success, accessCode).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("applicant.status.invalidAccessCode");
    }
    expect(statusQuerySchema.safeParse({ registrationNumber: "2026-000123", iin }).success).toBe(false);
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
    // the same counter twice in one attempt counts twice, as two attempts would
    expect(await store.increment([{ key: "twice", windowStart: now }, { key: "twice", windowStart: now }])).toEqual([1, 2]);
    expect(await store.increment([{ key: "twice", windowStart: now }])).toEqual([3]);
  });

  // issue 14, finding 4: knowing a teacher's IIN, the numbers 2026-000001…000200 found all 8 of
  // her packages in 1.5 s, each request from a new address
  it("does not let someone who knows a teacher's IIN walk the numbers to her packages, from however many addresses", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const teacher = makeUniqueTeacher();
    const hers = [];
    for (let i = 0; i < 8; i++) {
      await registerPackage(contextAt(db), clerk, makeIntake({}, makeUniqueTeacher()));
      hers.push(await registerPackage(contextAt(db), clerk, makeIntake({}, teacher)));
    }
    const now = new Date("2026-11-26T05:00:00Z");
    const outcomes = [];
    for (let n = 1; n <= 200; n++) {
      const query = { registrationNumber: `2026-${String(n).padStart(6, "0")}`, iin: teacher.iin, accessCode: generateAccessCode() };
      outcomes.push((await lookUp(db, query, `walker-${n}`, now)).kind);
    }
    expect(outcomes.filter((kind) => kind === "found")).toEqual([]);
    // the IIN's misses stop the walk, whatever the addresses: the rest is refused before any match
    expect(outcomes.filter((kind) => kind === "notFound")).toHaveLength(STATUS_RATE_LIMITS.missesPerIin.limit);
    expect(outcomes.slice(STATUS_RATE_LIMITS.missesPerIin.limit).every((kind) => kind === "rateLimited")).toBe(true);
    // she herself, with her receipt, waits for the hour: that is the price of the IIN's limit
    const own = { registrationNumber: hers[0]!.registrationNumber, iin: teacher.iin, accessCode: hers[0]!.accessCode };
    expect((await lookUp(db, own, "her-phone", now)).kind).toBe("rateLimited");
    expect((await lookUp(db, own, "her-phone", new Date(now.getTime() + 60 * 60_000))).kind).toBe("found");
  });

  // issue 14, finding 4: nine lookups with a wrong IIN from other addresses made the owner's own
  // lookup answer "try again in 45 min"
  it("never lets other addresses' wrong guesses at a number lock its owner out", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const intake = makeIntake();
    const { applicationId, registrationNumber, accessCode } = await registerPackage(contextAt(db), clerk, intake);
    const now = new Date("2026-11-27T05:00:00Z");
    for (let i = 0; i < 30; i++) {
      const wrongIin = makeIin("1980-01-01", "MALE", 100 + i * 17);
      expect((await lookUp(db, { registrationNumber, iin: wrongIin, accessCode }, `stranger-${i}`, now)).kind).toBe("notFound");
    }
    expect(await lookUp(db, { registrationNumber, iin: String(intake.iin), accessCode }, "owner", now)).toEqual({ kind: "found", found: applicationId });
  });

  it("counts a client's misses at one number, and never the lookups that found the package", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const intake = makeIntake();
    const { applicationId, registrationNumber, accessCode } = await registerPackage(contextAt(db), clerk, intake);
    const right = { registrationNumber, iin: String(intake.iin), accessCode };
    const wrong = { ...right, accessCode: otherCodeThan(accessCode) };
    const now = new Date("2026-11-28T05:00:00Z");

    // a teacher looking her package up again and again is never slowed down by her successes…
    for (let i = 0; i < 15; i++) expect((await lookUp(db, right, "owner", now)).kind).toBe("found");
    // …and mistyping the code a few times costs only those misses
    const mistyped = [];
    for (let i = 0; i < STATUS_RATE_LIMITS.missesPerNumberAndClient.limit; i++) mistyped.push((await lookUp(db, wrong, "guesser", now)).kind);
    expect(mistyped.every((kind) => kind === "notFound")).toBe(true);
    // past the number's misses, this client is refused even the right code, before any match
    expect((await lookUp(db, right, "guesser", now)).kind).toBe("rateLimited");
    // another client is not
    expect(await lookUp(db, right, "owner", now)).toEqual({ kind: "found", found: applicationId });

    // parallel misses at one IIN from many clients pass the match no more often than its limit
    const later = new Date(now.getTime() + 60 * 60_000);
    const burst = await Promise.all(Array.from({ length: STATUS_RATE_LIMITS.missesPerIin.limit + 10 }, (_, i) => lookUp(db, wrong, `parallel-${i}`, later)));
    expect(burst.filter((d) => d.kind === "notFound")).toHaveLength(STATUS_RATE_LIMITS.missesPerIin.limit);
    expect(burst.filter((d) => d.kind === "rateLimited")).toHaveLength(10);
  });
});
