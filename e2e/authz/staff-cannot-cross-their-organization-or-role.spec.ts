import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { savedSession, useLocale } from "../support";
import { registerAtOffice, take } from "../staff/fixtures";

test.describe(() => {
  test.use({ storageState: savedSession("executor") });
  test("an executor of one school cannot open another school's package: it is not found", async ({ page, context, baseURL }) => {
    const { applicationId } = await registerAtOffice("clerk.beineu-sch-01");
    await useLocale(context, baseURL!, "en");
    await page.goto(`/executor/applications/${applicationId}`);
    await expect(page.getByRole("heading", { name: "No such page or application was found." })).toBeVisible();
  });
});

test.describe(() => {
  test.use({ storageState: savedSession("clerk") });
  test("a clerk cannot decide on an office package (the executor checks it): no decision is offered", async ({ page, context, baseURL }) => {
    const { applicationId } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login);
    await take(DEMO_ACCOUNTS.executor.login, applicationId);
    await useLocale(context, baseURL!, "en");
    await page.goto(`/clerk/applications/${applicationId}`);
    await expect(page.getByText("Completeness check").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Accept documents" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Refuse|Confirm the refusal/ })).toHaveCount(0);
  });
});

test.describe(() => {
  test.use({ storageState: savedSession("teacher") });
  test("a teacher cannot reach any staff page or the staff queue", async ({ page, context, baseURL }) => {
    await useLocale(context, baseURL!, "en");
    for (const path of ["/clerk", "/executor", "/corp", "/clerk/register", "/region", "/admin"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/forbidden$/);
    }
    const response = await page.request.get("/api/staff/queue");
    expect(response.status()).toBe(403);
  });
});
