import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { LOCALES } from "../../lib/i18n/locales";
import { messages, signIn, useLocale } from "../support";

// The demo teacher's IIN comes from the deterministic seed (the README lists it).
const DEMO_TEACHER_IIN = "760907410001";

const accounts = [
  { login: DEMO_TEACHER_IIN, path: "/applicant", workspace: "applicant", role: "APPLICANT" },
  { login: DEMO_ACCOUNTS.clerk.login, path: "/clerk", workspace: "clerk", role: "CLERK" },
  { login: DEMO_ACCOUNTS.executor.login, path: "/executor", workspace: "executor", role: "EXECUTOR" },
  { login: DEMO_ACCOUNTS.operator.login, path: "/corp", workspace: "corp", role: "CORP_OPERATOR" },
  { login: DEMO_ACCOUNTS.region.login, path: "/region", workspace: "region", role: "REGION_ADMIN" },
  { login: DEMO_ACCOUNTS.admin.login, path: "/admin", workspace: "admin", role: "SYSTEM_ADMIN" },
  { login: DEMO_ACCOUNTS.head.login, path: "/head", workspace: "head", role: "PROVIDER_HEAD" },
] as const;

for (const locale of LOCALES) {
  for (const account of accounts) {
    test(`${account.role} signs in and lands on the ${account.workspace} workspace (${locale})`, async ({ page, context, baseURL }) => {
      await useLocale(context, baseURL!, locale);
      const m = messages(locale);
      await signIn(page, locale, account.login);
      // landing means the workspace has rendered: the region's is the whole dashboard, which on a
      // cold server under two parallel browsers took longer than the default 5 s in CI
      await expect(page).toHaveURL(new RegExp(`${account.path}$`), { timeout: 15_000 });
      await expect(page.getByRole("heading", { level: 1, name: m.workspaces[account.workspace].title })).toBeVisible();
      await expect(page.getByTestId("signed-in-user")).toContainText(m.roles[account.role]);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
    });
  }
}

test("a clerk sees the packages of their own school, with masked IINs", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "ru");
  await signIn(page, "ru", DEMO_ACCOUNTS.clerk.login);
  await expect(page.getByTestId("organization-name")).toContainText("Школа-гимназия № 7 имени Абая");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  await expect(page.getByRole("table")).toContainText(/\d{4}\*{6}\d{2}/);
  await expect(page.getByRole("table")).not.toContainText("Бейнеу");
});

test("signing out ends the session", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "en");
  await signIn(page, "en", DEMO_ACCOUNTS.region.login);
  await expect(page).toHaveURL(/\/region$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  await page.goto("/region");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fregion/);
});
