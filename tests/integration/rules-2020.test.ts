// Issue 15, item 7: under the 2020 rules the education departments provide the service, not
// schools. A package sent to a department is received and decided by the department's own staff.
import { describe, expect, it } from "vitest";
import { localDateTime } from "../../lib/domain/working-calendar";
import { acceptDocuments } from "../../lib/workflow/accept-documents";
import { forwardToProvider } from "../../lib/workflow/forward-to-provider";
import { registerArrival } from "../../lib/workflow/register-arrival";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { regulationInForce } from "../../lib/regulation/in-force";
import { loadIntakeOptions } from "../../lib/staff-pages/intake-page";
import { ALL_DOCUMENTS_PRESENT, makeIntake } from "../../prisma/factories";
import { contextAt, createStaff, organizationId } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
// Tuesday 12 January 2027, 11:00 in Aqtau: RULES-2020 is in force from 1 January 2027
const UNDER_2020 = localDateTime("2027-01-12", "11:00");

describe("a package under the 2020 rules", () => {
  it("is governed by RULES-2020 from 2027, while MANGYSTAU-2018 governs today", async () => {
    expect((await regulationInForce(testDb.db, localDateTime("2026-12-31", "12:00")))?.code).toBe("MANGYSTAU-2018");
    expect((await regulationInForce(testDb.db, UNDER_2020))?.code).toBe("RULES-2020");
  });

  it("sent to the Aktau city department through the State Corporation, is received and decided by the department's staff, not a school's", async () => {
    const db = testDb.db;
    const ctx = contextAt(db, UNDER_2020);
    const operator = await createStaff(db, "CORP_OPERATOR", "GOVCORP-AKTAU-1");
    const departmentClerk = await createStaff(db, "CLERK", "AKTAU-EDU");
    const departmentExecutor = await createStaff(db, "EXECUTOR", "AKTAU-EDU");
    const schoolClerk = await createStaff(db, "CLERK", "AKTAU-SCH-07");
    const schoolExecutor = await createStaff(db, "EXECUTOR", "AKTAU-SCH-07");
    const department = await organizationId(db, "AKTAU-EDU");

    // a school is no provider under these rules: the counter cannot send a package to one
    await expect(
      registerPackage(ctx, operator, makeIntake({ providerId: await organizationId(db, "AKTAU-SCH-07"), categorySought: "PEDAGOG_MODERATOR" })),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", messageKey: "errors.unknownProvider" });

    const { applicationId } = await registerPackage(ctx, operator, makeIntake({ providerId: department, categorySought: "PEDAGOG_MODERATOR" }));
    const accepted = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { providerId: true, regulationVersion: { select: { code: true } } } });
    expect(accepted).toEqual({ providerId: department, regulationVersion: { code: "RULES-2020" } });

    ctx.advance(10);
    await forwardToProvider(ctx, operator, applicationId);
    ctx.advance(60);
    // a school's staff do not see the department's package ("not found")
    await expect(registerArrival(ctx, schoolClerk, applicationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await registerArrival(ctx, departmentClerk, applicationId);
    ctx.advance(5);
    await expect(takeForReview(ctx, schoolExecutor, applicationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // the 2020 rules give the check to the provider's executor on every channel
    await takeForReview(ctx, departmentExecutor, applicationId);
    ctx.advance(10);
    await expect(acceptDocuments(ctx, schoolExecutor, { applicationId, marks: ALL_DOCUMENTS_PRESENT })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await acceptDocuments(ctx, departmentExecutor, { applicationId, marks: ALL_DOCUMENTS_PRESENT });

    const decided = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { state: true, assignedExecutorId: true } });
    expect(decided).toEqual({ state: "ACCEPTED", assignedExecutorId: departmentExecutor.userId });
    const actors = await db.auditEvent.findMany({ where: { applicationId }, orderBy: { id: "asc" }, select: { action: true, organizationId: true } });
    expect(actors.filter((e) => e.organizationId === schoolClerk.organizationId)).toEqual([]);
    expect(actors.slice(2).map((e) => [e.action, e.organizationId])).toEqual([
      ["REGISTER_ARRIVAL", department],
      ["TAKE_FOR_REVIEW", department],
      ["ACCEPT_DOCUMENTS", department],
    ]);
  });

  it("at the office: a department registers it with the 20-minute term; a school's clerk registers nothing", async () => {
    const db = testDb.db;
    const ctx = contextAt(db, UNDER_2020);
    const schoolClerk = await createStaff(db, "CLERK", "AKTAU-SCH-07");
    await expect(registerPackage(ctx, schoolClerk, makeIntake({ categorySought: "PEDAGOG_EXPERT" }))).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "errors.notAProviderUnderVersion",
    });
    expect(await db.application.count({ where: { providerId: schoolClerk.organizationId!, receivedAt: { gte: UNDER_2020 } } })).toBe(0);

    const regionClerk = await createStaff(db, "CLERK", "MANG-EDU");
    const intakeStartedAt = new Date(UNDER_2020.getTime() - 2 * 60_000);
    const { applicationId } = await registerPackage(ctx, regionClerk, makeIntake({ categorySought: "PEDAGOG_EXPERT", intakeStartedAt }));
    const stored = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { providerId: true, serviceDeadline: true } });
    expect(stored.providerId).toBe(regionClerk.organizationId);
    // 20 minutes at the provider (egov.kz), not the 2018 regulation's two norms of 20
    expect(stored.serviceDeadline).toEqual(localDateTime("2027-01-12", "11:18"));
  });

  it("offers the State Corporation's counter the education departments only", async () => {
    // the form signs its intake stamp with the documents' key: the portal's configuration, as the demo has it
    process.env.DATABASE_URL ??= testDb.url;
    process.env.NEXTAUTH_SECRET ??= "rules-2020-test-secret-at-least-32-characters";
    const options = await loadIntakeOptions(testDb.db, { isCorp: true, locale: "en", now: UNDER_2020, userId: "someone" });
    const departments = await testDb.db.organization.findMany({ where: { kind: { in: ["REGIONAL_DEPARTMENT", "DISTRICT_DEPARTMENT"] } }, select: { id: true } });
    expect(options!.providers.map((p) => p.id).sort()).toEqual(departments.map((d) => d.id).sort());
    const today = await loadIntakeOptions(testDb.db, { isCorp: true, locale: "en", now: localDateTime("2026-12-14", "11:00"), userId: "someone" });
    // the 2018 regulation names the education organizations too
    expect(today!.providers.length).toBeGreaterThan(departments.length);
  });
});
