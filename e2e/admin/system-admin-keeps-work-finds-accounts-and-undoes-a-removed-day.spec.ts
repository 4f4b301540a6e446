// Issue 17, item 6, in Kazakh and Russian: a refused staff form keeps everything typed (but the
// password) and says each error beside its field and in a summary, never a raw key; removing a day
// off is confirmed on a page that says what it moves, and can be undone right after; staff and
// organizations are found by a search the URL carries.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import type { Locale } from "../../lib/i18n/locales";
import { formatDate } from "../../lib/i18n/format";
import { messages, savedSession, useLocale } from "../support";
import { e2eDb } from "../staff/fixtures";

test.use({ storageState: savedSession("admin") });

/** Nothing on the page reads as a message key or a field's name where words belong. */
async function expectNoRawKeys(page: Page) {
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(/\b(dashboard|errors)\.[a-zA-Z]+/);
  expect(text).not.toMatch(/\b(login|fullName|organizationId|iin|password):/);
}

for (const locale of ["kk", "ru"] as const satisfies readonly Locale[]) {
  const m = messages(locale);
  const a = m.dashboard.admin;
  const c = a.calendarChange;

  test.describe(`in ${locale}`, () => {
    test.beforeEach(async ({ context, baseURL }) => {
      await useLocale(context, baseURL!, locale);
    });

    test("a refused new account and a refused edit keep what was typed, with translated errors beside the fields", async ({ page }) => {
      // five submissions, each hashing a password on a shared two-core machine
      test.slow();
      const db = e2eDb();
      const school = await db.organization.findUniqueOrThrow({ where: { code: "AKTAU-SCH-01" }, select: { id: true } });
      await page.goto("/admin?tab=users");
      await page.getByText(a.newUser).click();
      const form = page.locator("details", { hasText: a.newUser });
      const login = `keep.${locale}-${randomBytes(3).toString("hex")}`;
      await form.getByLabel(a.login, { exact: true }).fill("Not A Login!");
      await form.getByLabel(a.fullName, { exact: true }).fill("Айгүл Серікқызы");
      await form.getByLabel(a.role, { exact: true }).selectOption("EXECUTOR");
      await form.getByLabel(a.organization, { exact: true }).selectOption(school.id);
      await form.getByLabel(a.password, { exact: true }).fill("a-long-password");
      await form.getByRole("button", { name: a.create }).click();

      // the summary at the top names the field and links to it; the message stands beside the field
      const summary = form.getByRole("alert");
      await expect(summary).toContainText(`${a.login}: ${a.errors.loginFormat}`);
      await expect(summary.getByRole("link", { name: `${a.login}: ${a.errors.loginFormat}` })).toBeVisible();
      await expect(form.getByText(a.errors.loginFormat, { exact: true })).toBeVisible();
      // everything typed is still there, but the password
      await expect(form.getByLabel(a.login, { exact: true })).toHaveValue("Not A Login!");
      await expect(form.getByLabel(a.fullName, { exact: true })).toHaveValue("Айгүл Серікқызы");
      await expect(form.getByLabel(a.role, { exact: true })).toHaveValue("EXECUTOR");
      await expect(form.getByLabel(a.organization, { exact: true })).toHaveValue(school.id);
      await expect(form.getByLabel(a.password, { exact: true })).toHaveValue("");
      await expectNoRawKeys(page);
      // the summary's link takes the focus to the field
      await summary.getByRole("link").click();
      await expect(form.getByLabel(a.login, { exact: true })).toBeFocused();

      // fixed, with the password typed again: saved, and the old error is gone
      await form.getByLabel(a.login, { exact: true }).fill(login);
      await form.getByLabel(a.password, { exact: true }).fill("a-long-password");
      await form.getByRole("button", { name: a.create }).click();
      await expect(form.getByRole("status")).toHaveText(a.saved, { timeout: 15_000 });
      await expect(form.getByText(a.errors.loginFormat, { exact: true })).toHaveCount(0);
      const created = await db.user.findUniqueOrThrow({ where: { login }, select: { fullName: true, role: true, organizationId: true } });
      expect(created).toEqual({ fullName: "Айгүл Серікқызы", role: "EXECUTOR", organizationId: school.id });

      // the same login again: "taken", said at the login field, the rest kept
      await form.getByLabel(a.login, { exact: true }).fill(login);
      await form.getByLabel(a.fullName, { exact: true }).fill("Екінші Адам");
      await form.getByLabel(a.password, { exact: true }).fill("a-long-password");
      await form.getByRole("button", { name: a.create }).click();
      await expect(form.getByRole("alert", { name: a.errors.loginTaken })).toContainText(`${a.login}: ${a.errors.loginTaken}`, { timeout: 15_000 });
      await expect(form.getByLabel(a.fullName, { exact: true })).toHaveValue("Екінші Адам");
      await expect(form.getByLabel(a.login, { exact: true })).toHaveValue(login);

      // the account's own form: a wrong IIN is refused, the role and the unticked "active" stay as set
      await page.goto(`/admin?tab=users&q=${login}`);
      const account = page.getByTestId("staff-list").locator("li", { hasText: login });
      await account.locator("summary").click();
      const edit = account.locator("form").first();
      await edit.getByLabel(a.fullName, { exact: true }).fill("Айгүл Серікқызы-Жаңа");
      await edit.getByLabel(a.iin, { exact: true }).fill("12345");
      await edit.getByLabel(a.role, { exact: true }).selectOption("CLERK");
      await edit.getByLabel(a.isActive, { exact: true }).uncheck();
      await edit.getByLabel(a.password, { exact: true }).fill("another-long-password");
      await edit.getByRole("button", { name: a.save }).click();
      await expect(edit.getByRole("alert")).toContainText(`${a.iin}: ${m.errors.invalidIin}`, { timeout: 15_000 });
      await expect(edit.getByLabel(a.fullName, { exact: true })).toHaveValue("Айгүл Серікқызы-Жаңа");
      await expect(edit.getByLabel(a.iin, { exact: true })).toHaveValue("12345");
      await expect(edit.getByLabel(a.role, { exact: true })).toHaveValue("CLERK");
      await expect(edit.getByLabel(a.isActive, { exact: true })).not.toBeChecked();
      await expect(edit.getByLabel(a.password, { exact: true })).toHaveValue("");
      await expectNoRawKeys(page);
      // nothing was written
      expect(await db.user.findUniqueOrThrow({ where: { login }, select: { fullName: true, role: true, isActive: true } })).toEqual({
        fullName: "Айгүл Серікқызы",
        role: "EXECUTOR",
        isActive: true,
      });
    });

    test("removing a day off asks first, saying what it moves; right after, the same day can be put back with its act", async ({ page }) => {
      const db = e2eDb();
      // a weekday of its own, far from any demo package's term
      const date = locale === "kk" ? "2031-05-14" : "2031-05-15";
      const act = `Үкімет қаулысы (e2e ${locale})`;
      await db.holiday.deleteMany({ where: { date: new Date(`${date}T00:00:00Z`) } });
      await db.holiday.create({ data: { date: new Date(`${date}T00:00:00Z`), kind: "DAY_OFF", nameKk: "Сынақ күні", nameRu: "Тестовый день", nameEn: "Test day", source: act } });

      await page.goto("/admin?tab=holidays");
      const day = page.getByTestId("holiday-list").locator("li", { has: page.locator(`time[datetime="${date}"]`) });
      await day.getByText(a.delete).click();
      await expect(day).toContainText(c.removeConfirm);
      await day.getByLabel(c.removalSource, { exact: true }).fill("Қаулының күшін жою (e2e)");
      await day.getByRole("button", { name: c.previewRemove }).click();

      // the confirmation page: what it changes; nothing removed yet
      await expect(page).toHaveURL(/\/admin\/calendar-change\?/);
      await expect(page.getByRole("heading", { level: 2, name: /./ }).first()).toBeVisible();
      await expect(page.getByTestId("calendar-change-day")).toContainText(act);
      expect(await db.holiday.count({ where: { date: new Date(`${date}T00:00:00Z`) } })).toBe(1);
      await page.getByRole("button", { name: c.apply }).click();

      // removed, audited, and offered back
      await expect(page).toHaveURL(new RegExp(`removed=${date}`));
      expect(await db.holiday.count({ where: { date: new Date(`${date}T00:00:00Z`) } })).toBe(0);
      const removal = await db.auditEvent.findFirstOrThrow({ where: { action: "ADMIN_REMOVE_HOLIDAY", data: { path: ["date"], equals: date } }, orderBy: { id: "desc" }, select: { data: true } });
      expect(removal.data).toMatchObject({ date, source: act, removalSource: "Қаулының күшін жою (e2e)" });
      const notice = page.getByTestId("holiday-removed");
      await expect(notice.getByRole("status")).toContainText(formatDate(date, locale));
      await expect(notice).toContainText(act);
      await notice.getByRole("button", { name: c.undo }).click();

      // the undo is a calendar change too: previewed, then applied; the day is back with its act
      await expect(page).toHaveURL(/\/admin\/calendar-change\?op=add/);
      await expect(page.getByTestId("calendar-change-day")).toContainText(act);
      await page.getByRole("button", { name: c.apply }).click();
      await expect(page.getByRole("status")).toContainText(c.applied.split("{count}")[0]!);
      expect(await db.holiday.findUnique({ where: { date: new Date(`${date}T00:00:00Z`) }, select: { kind: true, nameRu: true, source: true } })).toEqual({
        kind: "DAY_OFF",
        nameRu: "Тестовый день",
        source: act,
      });
      const added = await db.auditEvent.findFirstOrThrow({ where: { action: "ADMIN_ADD_HOLIDAY", data: { path: ["date"], equals: date } }, orderBy: { id: "desc" }, select: { data: true } });
      expect(added.data).toMatchObject({ date, source: act });
      // back in the calendar: nothing left to undo
      await page.goto(`/admin?tab=holidays&moved=0&removed=${date}`);
      await expect(page.getByTestId("holiday-removed")).toHaveCount(0);
      await expectNoRawKeys(page);
    });

    test("staff and organizations are found by login, name or organization, with the search in a shareable URL", async ({ page, context }) => {
      const db = e2eDb();
      const school = await db.organization.findUniqueOrThrow({ where: { code: "AKTAU-SCH-01" }, select: { id: true, nameKk: true, nameRu: true } });
      const login = `find.${locale}-${randomBytes(3).toString("hex")}`;
      await db.user.create({ data: { login, fullName: `Іздеу Тексеру ${locale}`, role: "CLERK", organizationId: school.id, passwordHash: "x", mustChangePassword: true } });

      await page.goto("/admin?tab=users");
      const search = page.getByRole("search", { name: a.search.users });
      await search.getByRole("searchbox", { name: a.search.users }).fill(login.toUpperCase());
      await search.getByRole("button", { name: a.search.submit }).click();
      await expect(page).toHaveURL(/[?&]q=/);
      const list = page.getByTestId("staff-list");
      await expect(list.locator(":scope > li")).toHaveCount(1);
      await expect(list).toContainText(login);
      await expect(page.getByRole("status")).toContainText(a.search.found.split("{query}")[0]!);

      // the URL is the search: another tab opens it as it is
      const shared = await context.newPage();
      await shared.goto(page.url());
      await expect(shared.getByTestId("staff-list").locator(":scope > li")).toHaveCount(1);
      await expect(shared.getByRole("searchbox", { name: a.search.users })).toHaveValue(login.toUpperCase());
      await shared.close();

      // by name, and by the organization's name in the page's language: the account is among those found
      await page.goto(`/admin?tab=users&q=${encodeURIComponent(`Іздеу Тексеру ${locale}`)}`);
      await expect(list).toContainText(login);
      await page.goto(`/admin?tab=users&q=${encodeURIComponent(locale === "kk" ? school.nameKk : school.nameRu)}`);
      await expect(list).toContainText(login);
      // cleared: everyone again
      await page.getByRole("link", { name: a.search.clear }).click();
      await expect(page).toHaveURL(/\/admin\?tab=users$/);

      // organizations by code
      await page.goto("/admin?tab=organizations");
      const orgSearch = page.getByRole("search", { name: a.search.organizations });
      await orgSearch.getByRole("searchbox", { name: a.search.organizations }).fill("aktau-sch-01");
      await orgSearch.getByRole("button", { name: a.search.submit }).click();
      const tree = page.getByTestId("organization-tree");
      await expect(tree.locator(":scope > li")).toHaveCount(1);
      await expect(tree).toContainText("AKTAU-SCH-01");
      await expectNoRawKeys(page);
    });
  });
}
