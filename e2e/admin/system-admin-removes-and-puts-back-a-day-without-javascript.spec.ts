// Issue 17, item 6: the confirmation of a removed day and its undo are plain forms and links,
// so they work in a browser without JavaScript, as the rest of the calendar does.
import { expect, test } from "@playwright/test";
import { messages, savedSession, useLocale } from "../support";
import { e2eDb } from "../staff/fixtures";

const m = messages("ru");
const a = m.dashboard.admin;
const c = a.calendarChange;

test.use({ storageState: savedSession("admin"), javaScriptEnabled: false });

test("without JavaScript the administrator confirms a removal on its own page, then puts the day back", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "ru");
  const db = e2eDb();
  const date = "2031-05-21";
  const at = new Date(`${date}T00:00:00Z`);
  await db.holiday.deleteMany({ where: { date: at } });
  await db.holiday.create({ data: { date: at, kind: "DAY_OFF", nameKk: "Сынақ күні", nameRu: "Тестовый день", nameEn: "Test day", source: "Постановление (e2e без JS)" } });

  await page.goto("/admin?tab=holidays");
  const day = page.getByTestId("holiday-list").locator("li", { has: page.locator(`time[datetime="${date}"]`) });
  await day.getByText(a.delete).click();
  await day.getByLabel(c.removalSource, { exact: true }).fill("Отмена (e2e без JS)");
  await day.getByRole("button", { name: c.previewRemove }).click();
  await expect(page).toHaveURL(/\/admin\/calendar-change\?/);
  expect(await db.holiday.count({ where: { date: at } })).toBe(1);
  await page.getByRole("button", { name: c.apply }).click();
  await expect(page).toHaveURL(new RegExp(`removed=${date}`));
  expect(await db.holiday.count({ where: { date: at } })).toBe(0);

  await page.getByTestId("holiday-removed").getByRole("button", { name: c.undo }).click();
  await expect(page).toHaveURL(/\/admin\/calendar-change\?op=add/);
  await page.getByRole("button", { name: c.apply }).click();
  await expect(page).toHaveURL(/tab=holidays/);
  expect(await db.holiday.findUnique({ where: { date: at }, select: { source: true } })).toEqual({ source: "Постановление (e2e без JS)" });
});
