import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { DEMO_PASSWORD, messages, savedSession, useLocale } from "../support";

test.describe(() => {
  test.use({ storageState: savedSession("clerk") });
  test("a clerk who opens the regional dashboard gets the 403 page", async ({ page, context, baseURL }) => {
    await useLocale(context, baseURL!, "ru");
    await page.goto("/region");
    await expect(page).toHaveURL(/\/forbidden$/);
    await expect(page.getByRole("heading", { name: messages("ru").errors.forbidden })).toBeVisible();
  });
});

test("after signing in from a protected link, the visitor lands where they were going", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "en");
  await page.goto("/executor");
  await page.getByLabel("Login", { exact: true }).fill(DEMO_ACCOUNTS.executor.login);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/executor$/);
});
