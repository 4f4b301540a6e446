import { expect, test } from "@playwright/test";

for (const path of ["/applicant", "/clerk", "/executor", "/corp", "/region", "/admin"]) {
  test(`a signed-out visitor asking for ${path} is sent to sign-in and back`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path)}`));
    await expect(page.getByLabel("Логин", { exact: true })).toBeVisible();
  });
}

test("the queue API answers 401 without a session", async ({ request }) => {
  const response = await request.get("/api/staff/queue");
  expect(response.status()).toBe(401);
});
