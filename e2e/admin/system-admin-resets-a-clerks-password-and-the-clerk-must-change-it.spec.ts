// Issue 16, item 4: a clerk forgot her password. The system administrator presses "Reset password"
// on her account's form and reads a one-time password, shown this once; the clerk's open
// sessions end; she signs in with it and must choose her own before anything else. The audit row
// names the reset, never the password.
import { expect, test } from "@playwright/test";
import { signedInContext } from "../authz/api-session";
import { freshClerk, OWN_PASSWORD } from "../auth/accounts";
import { e2eDb } from "../staff/fixtures";
import { messages, savedSession, signIn, SIGNED_OUT, useLocale } from "../support";

const m = messages("en");
const a = m.dashboard.admin;
const NEW_PASSWORD = "the clerk's own new password";

test.use({ storageState: savedSession("admin") });

test("the administrator resets a clerk's password; the clerk signs in with the one-time password and must change it", async ({ page, context, baseURL, browser }) => {
  test.setTimeout(60_000);
  const clerk = await freshClerk("clerk.reset");
  // the clerk is signed in at her desk
  const desk = await signedInContext(baseURL!, clerk.login, OWN_PASSWORD);
  expect((await desk.get("/api/staff/queue")).status()).toBe(200);

  await useLocale(context, baseURL!, "en");
  await page.goto("/admin?tab=users");
  const row = page.getByTestId("staff-list").getByRole("listitem").filter({ hasText: clerk.login });
  await row.locator("summary").click();
  await expect(row.getByText(a.passwordReset.hint)).toBeVisible();
  await row.getByRole("button", { name: a.passwordReset.submit }).click();
  await expect(row.getByRole("status")).toContainText(a.passwordReset.done.replace("{login}", clerk.login));
  const oneTimePassword = (await row.getByTestId("one-time-password").textContent())!.trim();
  expect(oneTimePassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);

  // stored: a hash and "must change"; audited without the password; her desk's session has ended
  const stored = await e2eDb().user.findUniqueOrThrow({ where: { id: clerk.userId }, select: { passwordHash: true, mustChangePassword: true } });
  expect(stored.mustChangePassword).toBe(true);
  expect(stored.passwordHash).not.toContain(oneTimePassword);
  const audit = await e2eDb().auditEvent.findMany({ where: { action: "ADMIN_RESET_PASSWORD", data: { path: ["id"], equals: clerk.userId } }, select: { actorRole: true, data: true } });
  expect(audit).toHaveLength(1);
  expect(audit[0]!.actorRole).toBe("SYSTEM_ADMIN");
  expect(JSON.stringify(audit[0]!.data)).not.toContain(oneTimePassword);
  expect((await desk.get("/api/staff/queue")).status()).toBe(401);
  await desk.dispose();

  // the clerk, on a browser of her own: the old password no longer works, the one-time one does, once changed
  const own = await browser.newContext({ baseURL, storageState: SIGNED_OUT });
  await useLocale(own, baseURL!, "en");
  const clerkPage = await own.newPage();
  await signIn(clerkPage, "en", clerk.login, OWN_PASSWORD);
  await expect(clerkPage.getByText(m.signIn.invalidCredentials)).toBeVisible();
  await signIn(clerkPage, "en", clerk.login, oneTimePassword);
  await expect(clerkPage).toHaveURL(/\/account\/password$/);
  await expect(clerkPage.getByText(m.passwordChange.leadRequired)).toBeVisible();
  await clerkPage.goto("/clerk");
  await expect(clerkPage).toHaveURL(/\/account\/password$/);
  // the same password again is refused beside its field
  await clerkPage.getByLabel(m.passwordChange.currentPassword).fill(oneTimePassword);
  await clerkPage.getByLabel(m.passwordChange.newPassword, { exact: true }).fill(oneTimePassword);
  await clerkPage.getByLabel(m.passwordChange.confirmPassword).fill(oneTimePassword);
  await clerkPage.getByRole("button", { name: m.passwordChange.submit }).click();
  await expect(clerkPage.getByRole("link", { name: new RegExp(m.passwordChange.errors.sameAsCurrent) })).toBeVisible();
  await clerkPage.getByLabel(m.passwordChange.currentPassword).fill(oneTimePassword);
  await clerkPage.getByLabel(m.passwordChange.newPassword, { exact: true }).fill(NEW_PASSWORD);
  await clerkPage.getByLabel(m.passwordChange.confirmPassword).fill(NEW_PASSWORD);
  await clerkPage.getByRole("button", { name: m.passwordChange.submit }).click();
  await expect(clerkPage.getByRole("status")).toHaveText(m.passwordChange.changed);
  await clerkPage.getByRole("link", { name: m.passwordChange.continue }).click();
  await expect(clerkPage).toHaveURL(/\/clerk$/);
  expect((await e2eDb().user.findUniqueOrThrow({ where: { id: clerk.userId }, select: { mustChangePassword: true } })).mustChangePassword).toBe(false);
  await own.close();
});
