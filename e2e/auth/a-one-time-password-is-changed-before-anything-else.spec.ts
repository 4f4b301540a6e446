// The first administrator's story in the browser (the command's own test is
// scripts/reliability/production-test.ts): signed in with a one-time password, every workspace
// page leads to the password page; once the password is changed, the workspace opens. The form
// works without JavaScript too.
import { expect, test, type BrowserContext } from "@playwright/test";
import { createAdministratorByCommand } from "../../lib/admin/installation";
import { e2eDb } from "../staff/fixtures";
import { messages, signIn, useLocale } from "../support";

const m = messages("en");
const p = m.passwordChange;
const NEW_PASSWORD = "a password of my own choosing";

let serial = 0;
const administrator = () => createAdministratorByCommand(e2eDb(), { login: `admin.e2e-${process.pid}-${Date.now()}-${++serial}`, allowAnother: true });

async function changePassword(page: import("@playwright/test").Page, currentPassword: string) {
  await page.getByLabel(p.currentPassword).fill(currentPassword);
  await page.getByLabel(p.newPassword, { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel(p.confirmPassword).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: p.submit }).click();
}

test("an administrator with a one-time password changes it first, then reaches the workspace", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "en");
  const admin = await administrator();
  await signIn(page, "en", admin.login, admin.oneTimePassword);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByText(p.leadRequired)).toBeVisible();

  await page.goto("/admin");
  await expect(page).toHaveURL(/\/account\/password$/);

  // a mistake is said beside its field, and nothing changes
  await page.getByLabel(p.currentPassword).fill(admin.oneTimePassword);
  await page.getByLabel(p.newPassword, { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel(p.confirmPassword).fill("something else entirely");
  await page.getByRole("button", { name: p.submit }).click();
  await expect(page.getByRole("link", { name: new RegExp(p.errors.mismatch) })).toBeVisible();
  expect((await e2eDb().user.findUniqueOrThrow({ where: { id: admin.id }, select: { mustChangePassword: true } })).mustChangePassword).toBe(true);

  await changePassword(page, admin.oneTimePassword);
  await expect(page.getByRole("status")).toHaveText(p.changed);
  await page.getByRole("link", { name: p.continue }).click();
  await expect(page).toHaveURL(/\/admin$/);
  expect((await e2eDb().user.findUniqueOrThrow({ where: { id: admin.id }, select: { mustChangePassword: true } })).mustChangePassword).toBe(false);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  /** Signs in through next-auth's endpoint with the context's own cookies (the sign-in form is another story). */
  async function signInOverHttp(context: BrowserContext, baseURL: string, login: string, password: string) {
    const { csrfToken } = (await (await context.request.get(`${baseURL}/api/auth/csrf`)).json()) as { csrfToken: string };
    await context.request.post(`${baseURL}/api/auth/callback/credentials`, { form: { csrfToken, login, password, json: "true" }, headers: { Origin: baseURL } });
  }

  test("the password form posts and answers as a plain page", async ({ page, context, baseURL }) => {
    await useLocale(context, baseURL!, "en");
    const admin = await administrator();
    await signInOverHttp(context, baseURL!, admin.login, admin.oneTimePassword);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/account\/password$/);
    await changePassword(page, admin.oneTimePassword);
    await expect(page.getByRole("status")).toHaveText(p.changed);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin$/);
  });
});
