import { expect, test } from "@playwright/test";
import { formatAccessCode } from "../../lib/applications/access-code";
import { messages, useLocale } from "../support";
import { demoTeacherPackage } from "../applicant/database";

test("a teacher looks up a package by number, IIN and access code, without an account, and sees its timeline", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "ru");
  const m = messages("ru");
  const pkg = await demoTeacherPackage();

  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: m.applicant.nav.status, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: m.applicant.status.title })).toBeVisible();
  await page.getByLabel(m.applicant.status.number).fill(pkg.registrationNumber);
  await page.getByLabel(m.applicant.status.iin).fill(pkg.iin);
  // as printed on the receipt, in two groups
  await page.getByLabel(m.applicant.status.accessCode).fill(formatAccessCode(pkg.accessCode));
  await page.getByRole("button", { name: m.applicant.status.submit }).click();

  await expect(page.getByRole("heading", { level: 1, name: pkg.registrationNumber })).toBeVisible();
  expect(page.url()).not.toContain(pkg.iin);
  expect(page.url()).not.toContain(pkg.accessCode);
  const steps = page.getByTestId("package-steps").getByRole("listitem");
  await expect(steps.first()).toBeVisible();
  await expect(steps.first()).toContainText(new RegExp(`${m.events.REGISTER_AT_OFFICE}|${m.events.ACCEPT_AT_CORP}`));
  await expect(page.getByTestId("package-state")).toBeVisible();
  await expect(page.getByRole("region", { name: m.applicant.status.currentTitle })).toBeVisible();
  // roles and organizations, never staff names or the IIN
  await expect(page.locator("main")).not.toContainText(pkg.iin);
});
