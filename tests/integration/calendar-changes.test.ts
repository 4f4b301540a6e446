// Issue 15, item 8: an administrator's change of the calendar is previewed (which open packages'
// deadlines move, from what to what) and applied in one transaction with the deadlines it moves
// and its audit event.
import { describe, expect, it } from "vitest";
import { addHoliday, previewAddHoliday, previewRemoveHoliday, removeHoliday } from "../../lib/admin/holidays";
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
// Monday 14 December 2026, 11:00 in Aqtau; Wednesday 16 December is Independence Day
const MONDAY = localDateTime("2026-12-14", "11:00");
// a day off that is not in the calendar: Tuesday 22 December 2026
const NEW_DAY_OFF = { date: "2026-12-22", kind: "DAY_OFF", nameKk: "Демалыс күні", nameRu: "Выходной день", nameEn: "Day off", source: "Үкімет қаулысы (тест)" } as const;

const deadlinesOf = (id: string) =>
  testDb.db.application.findUniqueOrThrow({ where: { id }, select: { registrationNumber: true, serviceDeadline: true, resultToCorpDeadline: true, currentStepDeadline: true } });

describe("a change of the working calendar", () => {
  it("is previewed with exactly the open packages it moves, and applied with them in one audited transaction", async () => {
    const db = testDb.db;
    const ctx = contextAt(db, MONDAY);
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const operator = await createStaff(db, "CORP_OPERATOR", "GOVCORP-AKTAU-1");
    const officeClerk = await createStaff(db, "CLERK", "AKTAU-SCH-07");
    const nearClerk = await createStaff(db, "CLERK", "AKTAU-SCH-28");
    const beineuClerk = await createStaff(db, "CLERK", "BEINEU-SCH-04");
    const near = await organizationId(db, "AKTAU-SCH-28");
    const far = await organizationId(db, "BEINEU-SCH-04");

    // moved: 7 working days to Beineu run across 22 December, one just accepted, one in transit
    const farAccepted = await registerPackage(ctx, operator, makeIntake({ providerId: far }));
    const farInTransit = await registerPackage(ctx, operator, makeIntake({ providerId: far }));
    await forwardToProvider(ctx, operator, farInTransit.applicationId);
    // not moved: 3 working days in Aktau end on Friday 18th; an office package ends the same morning
    const nearAccepted = await registerPackage(ctx, operator, makeIntake({ providerId: near }));
    const atOffice = await registerPackage(ctx, officeClerk, makeIntake());
    // not moved either: its service is over, though its term ran across the day
    const finished = await registerPackage(ctx, operator, makeIntake({ providerId: far }));
    await forwardToProvider(ctx, operator, finished.applicationId);
    ctx.advance(30);
    await registerArrival(ctx, beineuClerk, finished.applicationId);
    await takeForReview(ctx, beineuClerk, finished.applicationId);
    await acceptDocuments(ctx, beineuClerk, { applicationId: finished.applicationId, marks: ALL_DOCUMENTS_PRESENT });
    await sendResultToCorp(ctx, beineuClerk, finished.applicationId);
    await issueResult(ctx, operator, { applicationId: finished.applicationId, handover: HANDED_TO_APPLICANT });
    void nearClerk;

    const before = {
      farAccepted: await deadlinesOf(farAccepted.applicationId),
      farInTransit: await deadlinesOf(farInTransit.applicationId),
      unmoved: await Promise.all([nearAccepted, atOffice, finished].map((p) => deadlinesOf(p.applicationId))),
    };
    // 15, 17, 18, 21, 22, 23, 24 December: the term ends Thursday 24th; the result is due back a day before
    expect(before.farAccepted.serviceDeadline).toEqual(localDateTime("2026-12-24", "18:00"));

    const preview = await previewAddHoliday(db, admin, NEW_DAY_OFF);
    expect(preview.openPackages).toBe(4);
    expect(preview.moved.map((m) => m.registrationNumber)).toEqual([farAccepted.registrationNumber, farInTransit.registrationNumber].sort());
    const farMoves = preview.moved.find((m) => m.applicationId === farAccepted.applicationId)!.moves;
    expect(farMoves).toEqual([
      { field: "serviceDeadline", from: localDateTime("2026-12-24", "18:00").toISOString(), to: localDateTime("2026-12-25", "18:00").toISOString() },
      { field: "resultToCorpDeadline", from: localDateTime("2026-12-23", "18:00").toISOString(), to: localDateTime("2026-12-24", "18:00").toISOString() },
    ]);
    // in transit the step's deadline is the result's return: it moves with it
    expect(preview.moved.find((m) => m.applicationId === farInTransit.applicationId)!.moves.map((m) => m.field)).toEqual([
      "serviceDeadline",
      "resultToCorpDeadline",
      "currentStepDeadline",
    ]);
    // the preview wrote nothing
    expect(await db.holiday.findUnique({ where: { date: new Date("2026-12-22T00:00:00Z") } })).toBeNull();
    expect(await deadlinesOf(farAccepted.applicationId)).toEqual(before.farAccepted);

    const applied = await addHoliday(db, admin, NEW_DAY_OFF, MONDAY);
    expect(applied).toEqual(preview.moved);
    expect(await db.holiday.findUnique({ where: { date: new Date("2026-12-22T00:00:00Z") }, select: { source: true } })).toEqual({ source: NEW_DAY_OFF.source });
    expect(await deadlinesOf(farAccepted.applicationId)).toEqual({
      ...before.farAccepted,
      serviceDeadline: localDateTime("2026-12-25", "18:00"),
      resultToCorpDeadline: localDateTime("2026-12-24", "18:00"),
    });
    expect((await deadlinesOf(farInTransit.applicationId)).currentStepDeadline).toEqual(localDateTime("2026-12-24", "18:00"));
    expect(await Promise.all([nearAccepted, atOffice, finished].map((p) => deadlinesOf(p.applicationId)))).toEqual(before.unmoved);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "ADMIN_ADD_HOLIDAY" }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ actorId: admin.userId, applicationId: null, data: { ...NEW_DAY_OFF, movedDeadlines: preview.moved } });

    // adding it again is refused before anything is computed
    await expect(previewAddHoliday(db, admin, NEW_DAY_OFF)).rejects.toMatchObject({ code: "CONFLICT", messageKey: "dashboard.admin.errors.holidayExists" });

    // removed again, with its source: the deadlines come back
    const removal = { date: NEW_DAY_OFF.date, source: "Үкімет қаулысының күшін жою (тест)" };
    const back = await previewRemoveHoliday(db, admin, removal);
    expect(back.moved.map((m) => m.registrationNumber)).toEqual(preview.moved.map((m) => m.registrationNumber));
    await removeHoliday(db, admin, removal, MONDAY);
    expect(await deadlinesOf(farAccepted.applicationId)).toEqual(before.farAccepted);
    expect(await deadlinesOf(farInTransit.applicationId)).toEqual(before.farInTransit);
  });

  it("removes a day off with the source of its removal: 30 August 2026, no longer Constitution Day (unconfirmed news of March 2026)", async () => {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const removal = { date: "2026-08-30", source: "Жаңа Конституция: Конституция күні 2027 жылдан 15 наурызда (БАҚ хабары, 2026 ж. наурыз; расталмаған)" };
    const preview = await previewRemoveHoliday(db, admin, removal);
    expect(preview.day).toMatchObject({ date: "2026-08-30", kind: "DAY_OFF", nameEn: "Constitution Day" });
    // the day is past: no open package's deadline runs across it
    expect(preview.moved).toEqual([]);
    await removeHoliday(db, admin, removal, MONDAY);
    expect(await db.holiday.findUnique({ where: { date: new Date("2026-08-30T00:00:00Z") } })).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "ADMIN_REMOVE_HOLIDAY" }, orderBy: { id: "desc" } });
    expect(event.data).toMatchObject({ date: "2026-08-30", nameEn: "Constitution Day", removalSource: removal.source, movedDeadlines: [] });
    // without a source, nothing is removed
    await expect(previewRemoveHoliday(db, admin, { date: "2026-08-31", source: "" })).rejects.toBeInstanceOf(AppError);
    await expect(removeHoliday(db, admin, { date: "2026-08-31", source: "" })).rejects.toBeInstanceOf(AppError);
    expect(await db.holiday.findUnique({ where: { date: new Date("2026-08-31T00:00:00Z") }, select: { date: true } })).not.toBeNull();
  });

  it("is the administrator's alone", async () => {
    const clerk = await createStaff(testDb.db, "CLERK", "AKTAU-SCH-07");
    await expect(previewAddHoliday(testDb.db, clerk, { ...NEW_DAY_OFF, date: "2026-12-23" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addHoliday(testDb.db, clerk, { ...NEW_DAY_OFF, date: "2026-12-23" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
