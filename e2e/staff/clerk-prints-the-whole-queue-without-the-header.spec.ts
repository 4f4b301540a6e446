// Issue 17, item 9: a printed page is its content. The clerk prints her "all" view: the portal's
// header (its navigation and language buttons) and the view tabs stay off the paper, the table
// is on it; and a time late reads in hours and minutes, never "161 мин".
import { expect, test } from "@playwright/test";
import { messages, savedSession, useLocale } from "../support";

test.use({ storageState: savedSession("clerk") });

const r = messages("ru");

test("the clerk prints the whole queue in Russian without the header, the language buttons or the tabs", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "ru");
  await page.goto("/clerk?view=all");
  const header = page.getByRole("banner");
  const mainNav = page.getByRole("navigation", { name: r.nav.mainNavigation });
  const tabs = page.getByRole("navigation", { name: r.staff.queue.viewsLabel });
  const rows = page.getByTestId("queue-row");
  await expect(header).toBeVisible();
  await expect(mainNav).toBeVisible();
  await expect(tabs).toBeVisible();
  await expect(rows.first()).toBeVisible();

  // no norm badge counts a long span in minutes alone
  for (const badge of await page.locator("[data-norm]").allTextContents()) expect(badge).not.toMatch(/\b\d{3,} мин/);

  await page.emulateMedia({ media: "print" });
  await expect(header).toBeHidden();
  await expect(mainNav).toBeHidden();
  await expect(page.getByRole("button", { name: "Қазақша" })).toBeHidden();
  await expect(tabs).toBeHidden();
  await expect(rows.first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.emulateMedia({ media: "screen" });
  await expect(header).toBeVisible();
});
