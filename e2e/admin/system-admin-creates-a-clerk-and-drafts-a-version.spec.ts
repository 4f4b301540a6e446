import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl, messages, savedSession, signIn, SIGNED_OUT, useLocale } from "../support";

const m = messages("en");
const a = m.dashboard.admin;

test.use({ storageState: savedSession("admin") });

/** What the audit trail holds, read from the end-to-end server's database. */
async function auditRows(action: string, field: string, value: string) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT "applicationId", "actorRole", data FROM "AuditEvent" WHERE action = $1 AND data->>$2 = $3`, [action, field, value]);
    return rows as { applicationId: string | null; actorRole: string; data: Record<string, unknown> }[];
  } finally {
    await client.end();
  }
}

test("the system administrator creates a clerk account, who can then sign in; the change is audited", async ({ page, context, baseURL, browser }) => {
  await useLocale(context, baseURL!, "en");
  await page.goto("/admin");
  await page.getByRole("link", { name: a.tabs.users }).click();
  await page.getByText(a.newUser).click();
  const login = `clerk.e2e-${randomBytes(3).toString("hex")}`;
  const form = page.locator("details", { hasText: a.newUser });
  await form.getByLabel(a.login).fill(login);
  await form.getByLabel(a.fullName).fill("Test Clerk");
  await form.getByLabel(a.role).selectOption({ label: m.roles.CLERK });
  await form.getByLabel(a.organization).selectOption({ label: "· · AKTAU-SCH-01 — Secondary School No. 1" });
  await form.getByLabel(a.password).fill("a-long-password");
  await form.getByRole("button", { name: a.create }).click();
  await expect(form.getByRole("status")).toHaveText(a.saved);
  await page.reload();
  await expect(page.getByTestId("staff-list")).toContainText(login);

  const [event] = await auditRows("ADMIN_CREATE_USER", "login", login);
  expect(event).toMatchObject({ applicationId: null, actorRole: "SYSTEM_ADMIN", data: { login, role: "CLERK" } });
  expect(JSON.stringify(event!.data)).not.toContain("a-long-password");

  // the new clerk signs in on a browser of their own: a password the administrator chose is
  // one-time, so the password page comes first, then the workspace
  const other = await browser.newContext({ baseURL, storageState: SIGNED_OUT });
  await useLocale(other, baseURL!, "en");
  const clerkPage = await other.newPage();
  await signIn(clerkPage, "en", login, "a-long-password");
  await expect(clerkPage).toHaveURL(/\/account\/password$/);
  await clerkPage.getByLabel(m.passwordChange.currentPassword).fill("a-long-password");
  await clerkPage.getByLabel(m.passwordChange.newPassword, { exact: true }).fill("a password of the clerk's own");
  await clerkPage.getByLabel(m.passwordChange.confirmPassword).fill("a password of the clerk's own");
  await clerkPage.getByRole("button", { name: m.passwordChange.submit }).click();
  await clerkPage.getByRole("link", { name: m.passwordChange.continue }).click();
  await expect(clerkPage).toHaveURL(/\/clerk$/);
  await other.close();
});

test("the system administrator clones the published regulation into a draft; the published one stays read-only", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "en");
  await page.goto("/admin");
  await page.getByRole("link", { name: a.tabs.versions }).click();
  await page.getByRole("link", { name: "MANGYSTAU-2018" }).click();
  await expect(page.getByRole("note")).toHaveText(a.publishedReadOnly);
  await expect(page.getByRole("button", { name: a.save })).toHaveCount(0);
  const code = `E2E-${randomBytes(3).toString("hex").toUpperCase()}`;
  await page.getByLabel(a.newCode).fill(code);
  await page.getByRole("button", { name: a.cloneAsDraft }).click();
  await expect(page.getByRole("status")).toHaveText(a.saved);
  await page.goto("/admin?tab=versions");
  await page.getByRole("link", { name: code }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(a.statuses.DRAFT);
  await page.getByLabel(m.dashboard.steps.COMPLETENESS_CHECK).fill("15");
  // who checks completeness is the version's rule: the clone keeps the seed's (p.10: the office clerk on the State Corporation route)
  const checkedBy = page.getByRole("group", { name: a.checkedBy });
  await expect(checkedBy.getByLabel(m.channels.OFFICE)).toHaveValue("EXECUTOR");
  await expect(checkedBy.getByLabel(m.channels.STATE_CORP)).toHaveValue("CLERK");
  await page.getByRole("button", { name: a.save }).click();
  await expect(page.getByRole("status").first()).toHaveText(a.saved);
  expect(await auditRows("ADMIN_CLONE_VERSION", "code", code)).toHaveLength(1);
});
