import { describe, expect, it } from "vitest";
import { addHoliday, removeHoliday } from "../../lib/admin/holidays";
import { loadWorkingCalendar } from "../../lib/regulation/working-calendar";
import { createOrganization, updateOrganization } from "../../lib/admin/organizations";
import { createStaffAccount, updateStaffAccount } from "../../lib/admin/users";
import { cloneVersion, getVersion, publishVersion, updateDraft } from "../../lib/admin/versions";
import { authenticate } from "../../lib/auth/authenticate";
import { AppError } from "../../lib/errors";
import { createStaff, organizationId } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const NOW = new Date("2026-11-25T05:00:00Z");

async function expectAppError(promise: Promise<unknown>, code: AppError["code"], messageKey: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect([(error as AppError).code, (error as AppError).messageKey]).toEqual([code, messageKey]);
}

const lastAudit = (action: string) => testDb.db.auditEvent.findFirstOrThrow({ where: { action }, orderBy: { id: "desc" } });

describe("the system administrator", () => {
  it("creates and changes a staff account, audited without the password", async () => {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const school = await organizationId(db, "AKTAU-SCH-01");
    const { id } = await createStaffAccount(db, admin, { login: "Clerk.New-01", fullName: "Жаңа Қызметкер", role: "CLERK", organizationId: school, password: "long-enough-1" }, NOW);
    const created = await lastAudit("ADMIN_CREATE_USER");
    expect(created).toMatchObject({ applicationId: null, actorId: admin.userId, actorRole: "SYSTEM_ADMIN", at: NOW });
    expect(created.data).toEqual({ id, login: "clerk.new-01", fullName: "Жаңа Қызметкер", role: "CLERK", organizationId: school });
    expect(JSON.stringify(created.data)).not.toContain("long-enough");
    expect(await authenticate(db, "clerk.new-01", "long-enough-1")).toMatchObject({ role: "CLERK" });

    await expectAppError(
      createStaffAccount(db, admin, { login: "clerk.new-01", fullName: "x", role: "CLERK", organizationId: school, password: "long-enough-1" }),
      "CONFLICT",
      "dashboard.admin.errors.loginTaken",
    );
    await updateStaffAccount(db, admin, id, { fullName: "Жаңа Қызметкер", role: "EXECUTOR", organizationId: school, isActive: false, password: "another-pass-2" }, NOW);
    expect((await lastAudit("ADMIN_UPDATE_USER")).data).toEqual({ id, changes: { role: { from: "CLERK", to: "EXECUTOR" }, isActive: { from: true, to: false }, password: "changed" } });
    // a blocked account cannot sign in
    expect(await authenticate(db, "clerk.new-01", "another-pass-2")).toBeNull();
    await expectAppError(
      updateStaffAccount(db, admin, admin.userId, { fullName: "x", role: "SYSTEM_ADMIN", organizationId: school, isActive: false }),
      "INVALID_INPUT",
      "dashboard.admin.errors.cannotDeactivateSelf",
    );
  });

  it("grows and reshapes the organization tree, but never into a cycle", async () => {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const aktau = await organizationId(db, "AKTAU-EDU");
    const input = { code: "aktau-sch-99", kind: "SCHOOL" as const, nameKk: "№ 99 мектеп", nameRu: "Школа № 99", nameEn: "School No. 99", localityCode: "AKTAU", parentId: aktau };
    const { id } = await createOrganization(db, admin, input, NOW);
    expect((await lastAudit("ADMIN_CREATE_ORGANIZATION")).data).toMatchObject({ id, code: "AKTAU-SCH-99", parentId: aktau });
    await expectAppError(createOrganization(db, admin, input), "CONFLICT", "dashboard.admin.errors.codeTaken");
    await expectAppError(updateOrganization(db, admin, aktau, { ...input, code: "AKTAU-EDU", kind: "DISTRICT_DEPARTMENT", parentId: id }), "INVALID_INPUT", "dashboard.admin.errors.parentCycle");
    await updateOrganization(db, admin, id, { ...input, nameEn: "Lyceum No. 99" }, NOW);
    expect((await lastAudit("ADMIN_UPDATE_ORGANIZATION")).data).toEqual({ id, changes: { nameEn: { from: "School No. 99", to: "Lyceum No. 99" } } });
  });

  it("clones a published version into a draft, edits it, and publishes it from a future date; a published version stays as it was", async () => {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const source = await db.regulationVersion.findUniqueOrThrow({ where: { code: "MANGYSTAU-2018" }, select: { id: true, rules: true } });
    const { id } = await cloneVersion(db, admin, source.id, "mangystau-2027", NOW);
    const draft = (await getVersion(db, admin, id))!;
    expect(draft).toMatchObject({ code: "MANGYSTAU-2027", status: "DRAFT", applications: 0 });

    const edited = { titleKk: draft.title.kk, titleRu: draft.title.ru, titleEn: draft.title.en, legalBasis: draft.legalBasis, effectiveFrom: "2027-03-01" };
    const rules = { ...draft.rules!, stepNormMinutes: { ...draft.rules!.stepNormMinutes, COMPLETENESS_CHECK: 15 } };
    await updateDraft(db, admin, id, { ...edited, rules }, NOW);
    const audit = await lastAudit("ADMIN_UPDATE_VERSION");
    expect(Object.keys((audit.data as { changes: object }).changes).sort()).toEqual(["effectiveFrom", "rules"]);
    // saving the same draft again changes nothing and writes no audit row
    await updateDraft(db, admin, id, { ...edited, rules }, NOW);
    expect((await lastAudit("ADMIN_UPDATE_VERSION")).id).toBe(audit.id);

    await expectAppError(publishVersion(db, admin, id, "2026-11-25", NOW), "INVALID_INPUT", "dashboard.admin.errors.effectiveInPast");
    await publishVersion(db, admin, id, "2027-03-01", NOW);
    expect((await lastAudit("ADMIN_PUBLISH_VERSION")).data).toEqual({ id, code: "MANGYSTAU-2027", effectiveFrom: "2027-03-01" });

    // published: never edited in place, not even the one just published
    await expectAppError(updateDraft(db, admin, id, { ...edited, rules }), "CONFLICT", "dashboard.admin.errors.publishedIsReadOnly");
    await expectAppError(updateDraft(db, admin, source.id, { ...edited, rules }), "CONFLICT", "dashboard.admin.errors.publishedIsReadOnly");
    await expectAppError(publishVersion(db, admin, id, "2027-04-01", NOW), "CONFLICT", "dashboard.admin.errors.publishedIsReadOnly");
    expect((await db.regulationVersion.findUniqueOrThrow({ where: { id: source.id }, select: { rules: true } })).rules).toEqual(source.rules);
  });

  it("keeps the holiday calendar, audited both ways", async () => {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const holiday = { date: "2027-06-07", nameKk: "Құрбан айт", nameRu: "Курбан айт", nameEn: "Kurban Ait", source: "ҚМДБ хабарламасы, 2027" };
    await addHoliday(db, admin, holiday, NOW);
    await expectAppError(addHoliday(db, admin, holiday), "CONFLICT", "dashboard.admin.errors.holidayExists");
    expect((await lastAudit("ADMIN_ADD_HOLIDAY")).data).toEqual({ ...holiday, kind: "DAY_OFF", movedDeadlines: [] });
    // a removal cites its source as an addition does
    await expectAppError(removeHoliday(db, admin, { date: "2027-06-07", source: " " }, NOW), "INVALID_INPUT", "errors.invalidInput");
    await removeHoliday(db, admin, { date: "2027-06-07", source: "ҚМДБ түзетуі, 2027" }, NOW);
    expect((await lastAudit("ADMIN_REMOVE_HOLIDAY")).data).toEqual({ ...holiday, kind: "DAY_OFF", removalSource: "ҚМДБ түзетуі, 2027", movedDeadlines: [] });
    expect(await db.holiday.findUnique({ where: { date: new Date("2027-06-07T00:00:00Z") } })).toBeNull();
  });

  it("holds the government's swaps: a Saturday made working counts as a working day, with its act", async () => {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    // the reference calendar already has 5 January 2025, a working Sunday, and 3 January off
    const calendar = await loadWorkingCalendar(db);
    expect([calendar.isWorkingDay("2025-01-05"), calendar.isWorkingDay("2025-01-03")]).toEqual([true, false]);
    expect(calendar.isWorkingDay("2024-06-17")).toBe(false); // Kurban Ait 2024
    const saturday = { date: "2027-11-20", kind: "WORKING_DAY" as const, nameKk: "Жұмыс күні", nameRu: "Рабочий день", nameEn: "Working day", source: "Үкімет қаулысы (сынақ)" };
    expect(calendar.isWorkingDay(saturday.date)).toBe(false);
    await addHoliday(db, admin, saturday, NOW);
    expect((await loadWorkingCalendar(db)).isWorkingDay(saturday.date)).toBe(true);
    expect((await lastAudit("ADMIN_ADD_HOLIDAY")).data).toEqual({ ...saturday, movedDeadlines: [] });
    await expectAppError(addHoliday(db, admin, { ...saturday, date: "2027-11-27", source: " " }), "INVALID_INPUT", "errors.invalidInput");
  });

  it("is told, in words, of an organization that does not exist and of a day no calendar has; nothing is written", async () => {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const school = await organizationId(db, "AKTAU-SCH-01");
    const organization = { code: "NEW-SCH-99", kind: "SCHOOL" as const, nameKk: "Мектеп", nameRu: "Школа", nameEn: "School", localityCode: "AKTAU" };
    const unknown = "dashboard.admin.errors.unknownOrganization";
    await expectAppError(createOrganization(db, admin, { ...organization, parentId: "no-such-organization" }), "INVALID_INPUT", unknown);
    await expectAppError(updateOrganization(db, admin, school, { ...organization, code: "AKTAU-SCH-01", parentId: "no-such-organization" }), "INVALID_INPUT", unknown);
    const account = { fullName: "Жаңа Қызметкер", role: "CLERK" as const, organizationId: "no-such-organization", password: "long-enough-1" };
    await expectAppError(createStaffAccount(db, admin, { ...account, login: "clerk.nowhere" }), "INVALID_INPUT", unknown);
    await expectAppError(updateStaffAccount(db, admin, admin.userId, { ...account, role: "SYSTEM_ADMIN", isActive: true }), "INVALID_INPUT", unknown);
    // Date.parse takes 30 February (as 2 March); the calendar does not
    for (const date of ["2030-02-30", "2030-13-01", "2030-00-10"]) {
      await expectAppError(addHoliday(db, admin, { date, nameKk: "Мереке", nameRu: "Праздник", nameEn: "Holiday", source: "—" }), "INVALID_INPUT", "errors.invalidInput");
      await expectAppError(publishVersion(db, admin, "no-such-version", date, NOW), "INVALID_INPUT", "errors.invalidInput");
    }
    expect(await db.organization.count({ where: { code: "NEW-SCH-99" } })).toBe(0);
    expect(await db.user.count({ where: { login: "clerk.nowhere" } })).toBe(0);
  });

  it("is the only one who can change any of it", async () => {
    const db = testDb.db;
    const region = await createStaff(db, "REGION_ADMIN", "MANG-EDU");
    await expectAppError(addHoliday(db, region, { date: "2027-01-02", nameKk: "a", nameRu: "a", nameEn: "a", source: "a" }), "FORBIDDEN", "errors.forbidden");
    const source = await db.regulationVersion.findUniqueOrThrow({ where: { code: "MANGYSTAU-2018" }, select: { id: true } });
    await expectAppError(cloneVersion(db, region, source.id, "X-1"), "FORBIDDEN", "errors.forbidden");
  });
});
