// Issue 17, item 6: the administration finds staff and organizations by a search the database
// runs, says a wrong or taken login at the login field, and can put back a day it removed.
import { describe, expect, it } from "vitest";
import { addHoliday, lastRemovedDay, removeHoliday } from "../../lib/admin/holidays";
import { findOrganizationIds } from "../../lib/admin/organizations";
import { createStaffAccount, listStaffAccounts } from "../../lib/admin/users";
import { AppError } from "../../lib/errors";
import { createStaff, organizationId } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const NOW = new Date("2026-11-25T05:00:00Z");

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("the system administrator's search", () => {
  it("finds staff by login, by name in any case, and by their organization's code or name; nothing for what no one matches", async () => {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const school = await organizationId(db, "AKTAU-SCH-01");
    await createStaffAccount(db, admin, { login: "search.clerk-1", fullName: "Гүлнар Сейітқызы", role: "CLERK", organizationId: school, password: "long-enough-1" }, NOW);
    await createStaffAccount(db, admin, { login: "search.exec-1", fullName: "Марат Иванов", role: "EXECUTOR", organizationId: await organizationId(db, "MANG-EDU"), password: "long-enough-1" }, NOW);
    const logins = async (q: string) => (await listStaffAccounts(db, admin, q)).map((u) => u.login).filter((l) => l.startsWith("search."));

    expect(await logins("SEARCH.CLERK")).toEqual(["search.clerk-1"]);
    expect(await logins("гүлнар")).toEqual(["search.clerk-1"]);
    expect(await logins("aktau-sch-01")).toEqual(["search.clerk-1"]);
    const schoolRow = await db.organization.findUniqueOrThrow({ where: { id: school }, select: { nameRu: true } });
    expect(await logins(schoolRow.nameRu)).toEqual(["search.clerk-1"]);
    expect((await listStaffAccounts(db, admin, "no-such-person-anywhere")).length).toBe(0);
    // no search, or only spaces: everyone
    expect((await logins("  ")).sort()).toEqual(["search.clerk-1", "search.exec-1"]);
    // a search longer than the box holds is cut to it, not an error
    expect(await listStaffAccounts(db, admin, "x".repeat(500))).toEqual([]);
  });

  it("finds organizations by code or a name in any language", async () => {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const school = await organizationId(db, "AKTAU-SCH-01");
    const { nameKk, nameEn } = await db.organization.findUniqueOrThrow({ where: { id: school }, select: { nameKk: true, nameEn: true } });
    expect(await findOrganizationIds(db, admin, "aktau-sch-01")).toEqual(new Set([school]));
    expect((await findOrganizationIds(db, admin, nameKk.toUpperCase())).has(school)).toBe(true);
    expect((await findOrganizationIds(db, admin, nameEn)).has(school)).toBe(true);
    expect((await findOrganizationIds(db, admin, "no-such-organization")).size).toBe(0);
  });

  it("is for the system administrator only", async () => {
    const clerk = await createStaff(testDb.db, "CLERK", "AKTAU-SCH-01");
    expect((await refusal(listStaffAccounts(testDb.db, clerk, "a"))).code).toBe("FORBIDDEN");
    expect((await refusal(findOrganizationIds(testDb.db, clerk, "a"))).code).toBe("FORBIDDEN");
    expect((await refusal(lastRemovedDay(testDb.db, clerk, "2027-06-07"))).code).toBe("FORBIDDEN");
  });
});

describe("a staff account's login", () => {
  it("is refused at the login field, in words of its own, when it has the wrong shape or is taken", async () => {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const school = await organizationId(db, "AKTAU-SCH-01");
    const account = { fullName: "Жаңа Қызметкер", role: "CLERK" as const, organizationId: school, password: "long-enough-1" };
    const wrong = await refusal(createStaffAccount(db, admin, { ...account, login: "a b" }));
    expect(wrong.fieldErrors).toMatchObject({ login: "dashboard.admin.errors.loginFormat" });
    await createStaffAccount(db, admin, { ...account, login: "taken.login" }, NOW);
    const taken = await refusal(createStaffAccount(db, admin, { ...account, login: "Taken.Login" }));
    expect([taken.code, taken.fieldErrors]).toEqual(["CONFLICT", { login: "dashboard.admin.errors.loginTaken" }]);
  });
});

describe("a removed day", () => {
  it("is found as it was (date, kind, names, act) until it is back in the calendar", async () => {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const day = { date: "2027-10-16", kind: "WORKING_DAY" as const, nameKk: "Жұмыс сенбісі", nameRu: "Рабочая суббота", nameEn: "Working Saturday", source: "ҚР Үкіметінің қаулысы, 2027 (e2e емес)" };
    expect(await lastRemovedDay(db, admin, day.date)).toBeNull();
    await addHoliday(db, admin, day, NOW);
    // in the calendar: nothing to put back
    expect(await lastRemovedDay(db, admin, day.date)).toBeNull();
    await removeHoliday(db, admin, { date: day.date, source: "Қаулының күшін жою" }, NOW);
    expect(await lastRemovedDay(db, admin, day.date)).toEqual(day);
    // the undo re-adds the same day with its act: after it there is nothing to undo
    await addHoliday(db, admin, (await lastRemovedDay(db, admin, day.date))!, NOW);
    expect(await db.holiday.findUnique({ where: { date: new Date(`${day.date}T00:00:00Z`) }, select: { source: true, kind: true } })).toEqual({ source: day.source, kind: day.kind });
    expect(await lastRemovedDay(db, admin, day.date)).toBeNull();
    // a date that is no date finds nothing
    expect(await lastRemovedDay(db, admin, "2027-02-30")).toBeNull();
    expect(await lastRemovedDay(db, admin, "'; DROP")).toBeNull();
  });
});
