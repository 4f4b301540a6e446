import { describe, expect, it } from "vitest";
import { AppError } from "../../lib/errors";
import { acceptDocuments } from "../../lib/workflow/accept-documents";
import { issueResult } from "../../lib/workflow/issue-result";
import { refuseDocuments } from "../../lib/workflow/refuse-documents";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { ALL_DOCUMENTS_PRESENT, makeIntake, HANDED_TO_APPLICANT } from "../../prisma/factories";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();

async function expectAppError(promise: Promise<unknown>, code: AppError["code"], messageKey?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (messageKey) expect((error as AppError).messageKey).toBe(messageKey);
  return error as AppError;
}

describe("a walk-in package at the provider's office", () => {
  it("is registered, checked, accepted and issued, with one audit event per step", async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const executor = await createStaff(db, "EXECUTOR", "AKTAU-SCH-12");

    const { applicationId, registrationNumber } = await registerPackage(ctx, clerk, makeIntake());
    expect(registrationNumber).toMatch(/^2026-\d{6}$/);
    ctx.advance(5);
    await takeForReview(ctx, executor, applicationId);
    ctx.advance(12);
    await acceptDocuments(ctx, executor, { applicationId, marks: ALL_DOCUMENTS_PRESENT });
    ctx.advance(3);
    await issueResult(ctx, clerk, { applicationId, handover: HANDED_TO_APPLICANT });

    const stored = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(stored.state).toBe("RESULT_ISSUED");
    expect(stored.channel).toBe("OFFICE");
    expect(stored.version).toBe(3);
    expect(stored.assignedExecutorId).toBe(executor.userId);
    expect(stored.takenAt!.getTime() - stored.registeredAt!.getTime()).toBe(5 * 60_000);
    // the figures the dashboard aggregates: working minutes per step, nothing due any more
    expect(stored.registrationMinutes).toBe(0);
    expect(stored.checkMinutes).toBe(17);
    expect(stored.currentStepDeadline).toBeNull();
    const events = await db.auditEvent.findMany({ where: { applicationId }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.fromState, e.toState, e.actorRole])).toEqual([
      ["REGISTER_AT_OFFICE", null, "REGISTERED", "CLERK"],
      ["TAKE_FOR_REVIEW", "REGISTERED", "UNDER_REVIEW", "EXECUTOR"],
      ["ACCEPT_DOCUMENTS", "UNDER_REVIEW", "ACCEPTED", "EXECUTOR"],
      ["ISSUE_RESULT", "ACCEPTED", "RESULT_ISSUED", "CLERK"],
    ]);
  });

  it("keeps the audit trail append-only: the database refuses to change or delete it", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const { applicationId } = await registerPackage(contextAt(db), clerk, makeIntake());
    const event = await db.auditEvent.findFirstOrThrow({ where: { applicationId } });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { reason: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).reason).toBeNull();
  });

  it("starts the executor's 20-minute clock at registration", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const ctx = contextAt(db, new Date("2026-11-25T05:00:00Z")); // 10:00 in Aqtau
    const { applicationId } = await registerPackage(ctx, clerk, makeIntake({ intakeStartedAt: new Date("2026-11-25T04:52:00Z") }));
    const stored = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(stored.registrationMinutes).toBe(8);
    expect(stored.currentStepDeadline).toEqual(new Date("2026-11-25T05:20:00Z"));
    expect(stored.serviceDeadline).toEqual(new Date("2026-11-25T05:32:00Z"));
  });

  it("takes an intake clock from the future, from before this shift, from 1970 or from year 1 (a crafted form) to start now", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const now = new Date("2026-11-25T05:00:00Z");
    // issue 14, finding 7: 1970-01-01 made a service deadline in 1970 and a registration of 7,063,920 minutes
    for (const startedAt of ["1970-01-01", "0001-01-01", "1900-01-01T00:00:00Z", "2026-11-23T05:00:00Z", "2026-11-24T18:59:00Z", "2026-11-25T05:01:00Z", "+275760-09-13T00:00:00.000Z"]) {
      const { applicationId } = await registerPackage(contextAt(db, now), clerk, makeIntake({ intakeStartedAt: startedAt }));
      const stored = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
      expect(stored.intakeStartedAt, startedAt).toEqual(now);
      expect(stored.registrationMinutes, startedAt).toBe(0);
      expect(stored.serviceDeadline!.getTime(), startedAt).toBeGreaterThan(now.getTime());
    }
  });

  it("cannot be accepted when a document is missing, and the refusal must be reasoned", async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const executor = await createStaff(db, "EXECUTOR", "AKTAU-SCH-12");
    const { applicationId } = await registerPackage(ctx, clerk, makeIntake());
    await takeForReview(ctx, executor, applicationId);
    const marks = { ...ALL_DOCUMENTS_PRESENT, TRAINING_CERTIFICATE: "MISSING" as const };

    await expectAppError(acceptDocuments(ctx, executor, { applicationId, marks }), "INVALID_INPUT", "errors.cannotAcceptIncomplete");
    await expectAppError(
      refuseDocuments(ctx, executor, { applicationId, marks, groundCodes: [], missingCodes: [] }),
      "INVALID_INPUT",
      "errors.refusalNeedsGround",
    );
    await expectAppError(
      refuseDocuments(ctx, executor, { applicationId, marks, groundCodes: ["INCOMPLETE_PACKAGE"], missingCodes: [] }),
      "INVALID_INPUT",
      "errors.incompleteNeedsMissingItems",
    );
    // nothing was written by the rejected attempts
    expect((await db.application.findUniqueOrThrow({ where: { id: applicationId } })).state).toBe("UNDER_REVIEW");

    await refuseDocuments(ctx, executor, {
      applicationId,
      marks,
      groundCodes: ["INCOMPLETE_PACKAGE"],
      missingCodes: ["TRAINING_CERTIFICATE"],
      note: "Курс сертификаты жоқ",
    });
    const refused = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(refused.state).toBe("REFUSED");
    expect(refused.refusalGroundCodes).toEqual(["INCOMPLETE_PACKAGE"]);
    expect(refused.missingDocumentCodes).toEqual(["TRAINING_CERTIFICATE"]);
    expect(await db.auditEvent.count({ where: { applicationId } })).toBe(3);
  });

  it("lets a refused teacher apply again, linked to the refusal, once", async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-01");
    const executor = await createStaff(db, "EXECUTOR", "AKTAU-SCH-01");
    const intake = makeIntake();
    const first = await registerPackage(ctx, clerk, intake);
    await takeForReview(ctx, executor, first.applicationId);
    const marks = { ...ALL_DOCUMENTS_PRESENT, EDUCATION_DIPLOMA: "UNREADABLE" as const };
    await refuseDocuments(ctx, executor, {
      applicationId: first.applicationId,
      marks,
      groundCodes: ["INCOMPLETE_PACKAGE"],
      missingCodes: ["EDUCATION_DIPLOMA"],
    });
    const second = await registerPackage(ctx, clerk, { ...intake, previousApplicationId: first.applicationId });
    const stored = await db.application.findUniqueOrThrow({ where: { id: second.applicationId } });
    expect(stored.previousApplicationId).toBe(first.applicationId);
    await expectAppError(
      registerPackage(ctx, clerk, { ...intake, previousApplicationId: first.applicationId }),
      "INVALID_INPUT",
      "errors.previousNotRefused",
    );
  });

  it("rejects a bad IIN with a field error and stores nothing", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const before = await db.application.count();
    const error = await expectAppError(registerPackage(contextAt(db), clerk, makeIntake({ iin: "880412400001" })), "INVALID_INPUT");
    expect(error.fieldErrors.iin).toBe("errors.invalidIin");
    expect(await db.application.count()).toBe(before);
  });

  it("registers nothing when nothing was handed over (p.4): no package, so no receipt for an empty one", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const before = await db.application.count();
    await expectAppError(registerPackage(contextAt(db), clerk, makeIntake({ documents: {} })), "INVALID_INPUT", "errors.nothingHandedOver");
    const allMissing = Object.fromEntries(Object.keys(ALL_DOCUMENTS_PRESENT).map((code) => [code, "MISSING" as const]));
    await expectAppError(registerPackage(contextAt(db), clerk, makeIntake({ documents: allMissing })), "INVALID_INPUT", "errors.nothingHandedOver");
    expect(await db.application.count()).toBe(before);
  });

  it("hides another organization's package: an executor of school B gets 'not found'", async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerkA = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const executorB = await createStaff(db, "EXECUTOR", "BEINEU-SCH-01");
    const { applicationId } = await registerPackage(ctx, clerkA, makeIntake());
    await expectAppError(takeForReview(ctx, executorB, applicationId), "NOT_FOUND", "errors.applicationNotFound");
  });

  it("does not let a clerk do the executor's step", async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const { applicationId } = await registerPackage(ctx, clerk, makeIntake());
    await expectAppError(takeForReview(ctx, clerk, applicationId), "FORBIDDEN", "errors.actionNotAllowed");
  });
});
