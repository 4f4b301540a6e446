import { expect, test } from "@playwright/test";

test("a visitor switches to Russian, then English, and the choice survives a reload", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Знайте, где ваши документы на аттестацию");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Know where your attestation documents are");
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in to the portal" })).toBeVisible();
});
