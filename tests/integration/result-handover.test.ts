// Issue 15, item 9: where the result waits and until when (the status read model and the notice),
// and its hand-over recorded with the audit event, refused without the identity check.
import { describe, expect, it } from "vitest";
import { publicStatusOf } from "../../lib/applications/public-status";
import { getApplicationDetail } from "../../lib/applications/application-detail";
import { localDateTime } from "../../lib/domain/working-calendar";
import { AppError } from "../../lib/errors";
import { acceptDocuments } from "../../lib/workflow/accept-documents";
import { forwardToProvider } from "../../lib/workflow/forward-to-provider";
import { issueResult } from "../../lib/workflow/issue-result";
import { registerArrival } from "../../lib/workflow/register-arrival";
import { registerPackage } from "../../lib/workflow/register-package";
import { sendResultToCorp } from "../../lib/workflow/send-result-to-corp";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { ALL_DOCUMENTS_PRESENT, HANDED_TO_APPLICANT, makeIntake } from "../../prisma/factories";
import { contextAt, createStaff, organizationId } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function acceptedAtOffice() {
  const db = testDb.db;
  const ctx = contextAt(db, localDateTime("2026-12-01", "10:00"));
  const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-07");
  const executor = await createStaff(db, "EXECUTOR", "AKTAU-SCH-07");
  const { applicationId } = await registerPackage(ctx, clerk, makeIntake({ email: "handover@mail.kz", locale: "ru" }));
  await takeForReview(ctx, executor, applicationId);
  ctx.advance(10);
  await acceptDocuments(ctx, executor, { applicationId, marks: ALL_DOCUMENTS_PRESENT });
  return { db, ctx, clerk, executor, applicationId };
}

describe("a result waiting at the provider's office", () => {
  it("says where, its address and hours, and that the office keeps it until collected; so does the notice", async () => {
    const { db, ctx, applicationId } = await acceptedAtOffice();
    const status = (await publicStatusOf(db, applicationId, "ru", ctx.now()))!;
    expect(status.openStep).toBeNull();
    expect(status.collection).toEqual({
      place: "PROVIDER_OFFICE",
      organizationName: "КГУ «Школа-гимназия № 7 имени Абая»",
      address: "г. Актау, 7 микрорайон, дом 12",
      receptionHours: "Понедельник–пятница, 09:00–18:30; перерыв 13:00–14:30",
      keptUntil: null,
      isTermConfirmed: false,
      thenPassedTo: null,
    });
    expect((await publicStatusOf(db, applicationId, "en", ctx.now()))!.collection?.address).toBe("Aktau, microdistrict 7, building 12");
    const notice = await db.notification.findFirstOrThrow({ where: { applicationId, channel: "EMAIL" }, orderBy: { createdAt: "desc" } });
    expect(notice.body).toContain("Где получить результат: КГУ «Школа-гимназия № 7 имени Абая», г. Актау, 7 микрорайон, дом 12.");
    expect(notice.body).toContain("Часы приёма: Понедельник–пятница, 09:00–18:30; перерыв 13:00–14:30.");
  });

  it("is not handed over without the identity check: nothing stored, no audit event", async () => {
    const { db, ctx, clerk, applicationId } = await acceptedAtOffice();
    const before = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { state: true, version: true, issuedAt: true } });
    const error = await refusal(issueResult(ctx, clerk, { applicationId, handover: { recipient: "APPLICANT" } as never }));
    expect(error).toMatchObject({ code: "INVALID_INPUT", messageKey: "resultHandover.errors.invalid", fieldErrors: { isIdentityChecked: "resultHandover.errors.identityNotChecked" } });
    const representative = await refusal(issueResult(ctx, clerk, { applicationId, handover: { recipient: "REPRESENTATIVE", isIdentityChecked: "on" } }));
    expect(representative.fieldErrors).toEqual({
      representativeName: "resultHandover.errors.representativeNameRequired",
      powerOfAttorneyNumber: "resultHandover.errors.powerOfAttorneyRequired",
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { state: true, version: true, issuedAt: true } })).toEqual(before);
    expect(await db.auditEvent.count({ where: { applicationId, action: "ISSUE_RESULT" } })).toBe(0);
  });

  it("records a representative's hand-over on the package and in the audit event of the same change, and shows it to staff", async () => {
    const { db, ctx, clerk, applicationId } = await acceptedAtOffice();
    ctx.advance(60);
    await issueResult(ctx, clerk, {
      applicationId,
      handover: { recipient: "REPRESENTATIVE", representativeName: " Серікова Дана Әлібекқызы ", powerOfAttorneyNumber: "1234-Н", isIdentityChecked: "on" },
    });
    const stored = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(stored).toMatchObject({
      state: "RESULT_ISSUED",
      resultRecipient: "REPRESENTATIVE",
      resultRepresentativeName: "Серікова Дана Әлібекқызы",
      resultPowerOfAttorneyNumber: "1234-Н",
      isRecipientIdentityChecked: true,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { applicationId, action: "ISSUE_RESULT" } });
    expect(event).toMatchObject({ actorId: clerk.userId, fromState: "ACCEPTED", toState: "RESULT_ISSUED" });
    expect(event.at.getTime()).toBe(stored.issuedAt!.getTime());
    expect(event.data).toEqual({
      handover: { recipient: "REPRESENTATIVE", representativeName: "Серікова Дана Әлібекқызы", powerOfAttorneyNumber: "1234-Н", isIdentityChecked: true },
    });
    const detail = (await getApplicationDetail(db, clerk, applicationId, "en", ctx.now()))!;
    expect(detail.handover).toEqual({
      issuedAt: stored.issuedAt!.toISOString(),
      recipient: "REPRESENTATIVE",
      representativeName: "Серікова Дана Әлібекқызы",
      powerOfAttorneyNumber: "1234-Н",
      isIdentityChecked: true,
    });
    // handed over, it waits nowhere any more
    expect(detail.collection).toBeNull();
    expect((await publicStatusOf(db, applicationId, "en", ctx.now()))!.collection).toBeNull();
  });
});

describe("a result waiting at the State Corporation's centre", () => {
  it("is kept one month from its return (the version's unconfirmed rule), then goes to the provider; the operator records the hand-over", async () => {
    const db = testDb.db;
    const ctx = contextAt(db, localDateTime("2026-12-01", "10:00"));
    const operator = await createStaff(db, "CORP_OPERATOR", "GOVCORP-AKTAU-1");
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-07");
    const { applicationId } = await registerPackage(ctx, operator, makeIntake({ providerId: await organizationId(db, "AKTAU-SCH-07") }));
    ctx.advance(10);
    await forwardToProvider(ctx, operator, applicationId);
    ctx.advance(60);
    await registerArrival(ctx, clerk, applicationId);
    await takeForReview(ctx, clerk, applicationId);
    await acceptDocuments(ctx, clerk, { applicationId, marks: ALL_DOCUMENTS_PRESENT });
    // decided, but still at the provider: it waits nowhere for the teacher yet
    expect((await publicStatusOf(db, applicationId, "en", ctx.now()))!.collection).toBeNull();
    await sendResultToCorp(ctx, clerk, applicationId);
    const status = (await publicStatusOf(db, applicationId, "en", ctx.now()))!;
    expect(status.collection).toEqual({
      place: "CORP_CENTRE",
      organizationName: "Aktau Public Service Centre No. 1",
      address: "Aktau, microdistrict 11, building 1",
      receptionHours: "Monday to Friday, 09:00–18:00, no lunch break",
      keptUntil: "2027-01-01",
      isTermConfirmed: false,
      thenPassedTo: "Abai School-Gymnasium No. 7",
    });
    // the clerk hands results over at her office only
    await refusal(issueResult(ctx, clerk, { applicationId, handover: HANDED_TO_APPLICANT }));
    await issueResult(ctx, operator, { applicationId, handover: HANDED_TO_APPLICANT });
    const stored = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(stored).toMatchObject({ state: "RESULT_ISSUED", resultRecipient: "APPLICANT", resultRepresentativeName: null, resultPowerOfAttorneyNumber: null, isRecipientIdentityChecked: true });
    const event = await db.auditEvent.findFirstOrThrow({ where: { applicationId, action: "ISSUE_RESULT" } });
    expect(event).toMatchObject({ actorRole: "CORP_OPERATOR", data: { handover: { recipient: "APPLICANT", representativeName: null, powerOfAttorneyNumber: null, isIdentityChecked: true } } });
  });
});
