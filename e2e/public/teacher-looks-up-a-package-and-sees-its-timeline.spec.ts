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

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the number typed on a numeric keypad, without the hyphen, finds the package; a short one says the shape expected", async ({ page, context, baseURL }) => {
    await useLocale(context, baseURL!, "kk");
    const m = messages("kk");
    const pkg = await demoTeacherPackage();
    await page.goto("/status");
    const number = page.getByLabel(m.applicant.status.number);
    // the field asks for the numeric keypad, which has no "-"
    await expect(number).toHaveAttribute("inputmode", "numeric");
    await number.fill(pkg.registrationNumber.slice(0, 8));
    await page.getByLabel(m.applicant.status.iin).fill(pkg.iin);
    await page.getByLabel(m.applicant.status.accessCode).fill(pkg.accessCode);
    await page.getByRole("button", { name: m.applicant.status.submit }).click();
    await expect(page.locator("#registrationNumber-error")).toHaveText(m.applicant.status.invalidNumber);

    await page.getByLabel(m.applicant.status.number).fill(pkg.registrationNumber.replace("-", ""));
    await page.getByLabel(m.applicant.status.iin).fill(pkg.iin);
    await page.getByLabel(m.applicant.status.accessCode).fill(pkg.accessCode);
    await page.getByRole("button", { name: m.applicant.status.submit }).click();
    await expect(page.getByRole("heading", { level: 1, name: pkg.registrationNumber })).toBeVisible();
  });
});
