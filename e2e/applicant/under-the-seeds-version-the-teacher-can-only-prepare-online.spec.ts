// Issue 16, item 5: the seed's version (MANGYSTAU-2018) is paper only, with no portal channel: the
// teacher's account offers "prepare online" and no online application, and the online page says
// why and sends her to prepare instead.
import { expect, test } from "@playwright/test";
import { messages, savedSession, useLocale } from "../support";

test.use({ storageState: savedSession("teacher") });

test("under the seed's paper-only version the teacher is offered 'prepare online' only", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "kk");
  const m = messages("kk");
  await page.goto("/applicant");
  await expect(page.getByRole("link", { name: m.applicant.account.prepareCta })).toBeVisible();
  await expect(page.getByRole("link", { name: m.onlineApplication.entry })).toHaveCount(0);

  await page.goto("/applicant/apply");
  await expect(page.getByText(m.onlineApplication.notServed)).toBeVisible();
  await expect(page.locator('input[type="file"]')).toHaveCount(0);
  await page.getByRole("link", { name: m.applicant.account.prepareCta }).click();
  await expect(page).toHaveURL(/\/applicant\/prepare$/);
});
