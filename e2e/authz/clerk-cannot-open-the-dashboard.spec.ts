import { expect, test } from "@playwright/test";
import { messages, savedSession, useLocale } from "../support";

test.use({ storageState: savedSession("clerk") });

test("a clerk can open neither the dashboard, its pages, nor its export", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "en");
  for (const path of ["/region", "/region/process", "/region/queue?state=REGISTERED", "/admin"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/forbidden$/);
    await expect(page.getByRole("heading", { name: messages("en").errors.forbidden })).toBeVisible();
  }
  const response = await page.request.get("/api/region/export?format=csv");
  expect(response.status()).toBe(403);
});
