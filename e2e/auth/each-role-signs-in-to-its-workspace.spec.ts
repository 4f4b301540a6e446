import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { LOCALES } from "../../lib/i18n/locales";
import { signInTeacherByCode, uniqueMobilePhone } from "../applicant/teacher-code";
import { registerAtOffice, uniqueTeacher } from "../staff/fixtures";
import { DEMO_TEACHER_IIN, messages, signIn, useLocale } from "../support";

// staff sign in by password; a teacher has none (below)
const accounts = [
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

for (const locale of LOCALES) {
  test(`APPLICANT signs in by the code sent to her phone and lands on the applicant workspace (${locale})`, async ({ page, context, baseURL }) => {
    // a teacher of her own, with a phone of her own: the demo teacher's code requests are limited per IIN
    const teacher = { ...uniqueTeacher(locale), phone: uniqueMobilePhone() };
    await registerAtOffice(DEMO_ACCOUNTS.clerk.login, teacher);
    await useLocale(context, baseURL!, locale);
    const m = messages(locale);
    await signInTeacherByCode(page, locale, teacher.iin);
    await expect(page.getByRole("heading", { level: 1, name: m.workspaces.applicant.title })).toBeVisible();
    await expect(page.getByTestId("signed-in-user")).toContainText(m.roles.APPLICANT);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
  });
}

test("a teacher's IIN with a password gets the wrong-password answer: teachers have no password, and the form does not say so", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "ru");
  const m = messages("ru");
  await signIn(page, "ru", DEMO_TEACHER_IIN, "sanat2026");
  await expect(page.getByText(m.signIn.invalidCredentials)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  // the same words as for a login nobody has
  await signIn(page, "ru", "nobody.at.all", "sanat2026");
  await expect(page.getByText(m.signIn.invalidCredentials)).toBeVisible();
});

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
