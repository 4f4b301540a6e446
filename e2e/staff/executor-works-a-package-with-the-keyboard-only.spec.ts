import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { savedSession, useLocale } from "../support";
import { registerAtOffice, storedApplication } from "./fixtures";

test.use({ storageState: savedSession("executor") });

test("an executor finds, takes and accepts a package without touching the mouse", async ({ page, context, baseURL }) => {
  const { applicationId, registrationNumber } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login);
  await useLocale(context, baseURL!, "en");
  await page.goto("/executor");
  await expect(page.getByRole("heading", { name: "Responsible executor's queue" })).toBeVisible();

  // likewise the search shortcut, on a page loaded afresh (no longer reached by the sign-in's navigation)
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(page.getByRole("searchbox")).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.type(registrationNumber);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("queue-row")).toHaveCount(1);

  // the rows are server-rendered; the shortcut works once the page has hydrated
  await expect(async () => {
    await page.keyboard.press("j");
    await expect(page.getByTestId("queue-row").first()).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.press("t");
  await expect(page).toHaveURL(new RegExp(`/executor/applications/${applicationId}$`));
  await expect(page.getByRole("heading", { name: "Completeness check" })).toBeVisible();

  // every document is already marked present: Tab through the form to the accept button
  const accept = page.getByRole("button", { name: "Accept documents" });
  for (let presses = 0; presses < 40 && !(await accept.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(accept).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Documents accepted").first()).toBeVisible();
  expect((await storedApplication(applicationId)).state).toBe("ACCEPTED");

  // and back to the queue, still without the mouse
  await page.locator("body").press("Escape");
  await expect(page).toHaveURL(/\/executor$/);
});
