import { expect, test } from "@playwright/test";
import { messages, savedSession, useLocale } from "../support";
import { DEMO_TEACHER_IIN, withE2eDatabase } from "./database";

test.use({ storageState: savedSession("teacher") });

test("a teacher prepares an application online, sees the checklist for the category, and gets a code with a QR", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "ru");
  const m = messages("ru");
  await page.goto("/applicant");
  await page.getByRole("link", { name: m.applicant.account.prepareCta }).click();
  await expect(page.getByRole("heading", { level: 1, name: m.applicant.prepare.title })).toBeVisible();

  // the account's data is filled in already
  await expect(page.getByLabel(m.applicant.prepare.iin)).toHaveValue(DEMO_TEACHER_IIN);
  await expect(page.getByLabel(m.applicant.prepare.lastName)).not.toHaveValue("");

  const checklist = page.getByTestId("checklist").getByRole("listitem");
  const withoutCategory = await checklist.count();
  await page.getByLabel(m.applicant.prepare.purpose).selectOption("CONFIRM");
  await page.getByLabel(m.applicant.prepare.categoryHeld).selectOption({ index: 1 });
  // holding a category adds the certificate of the category to the list
  await expect(checklist).toHaveCount(withoutCategory + 1);
  const held = await page.getByLabel(m.applicant.prepare.categoryHeld).inputValue();
  await page.getByLabel(m.applicant.prepare.categorySought, { exact: true }).selectOption(held);
  await page.getByLabel(m.applicant.prepare.provider).selectOption({ index: 1 });
  await page.getByRole("button", { name: m.applicant.prepare.submit }).click();

  await expect(page.getByRole("heading", { level: 1, name: m.applicant.prepare.codeTitle })).toBeVisible();
  const code = (await page.getByTestId("pre-registration-code").innerText()).trim();
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expect(page.getByRole("img", { name: m.applicant.prepare.codeTitle })).toBeVisible();

  // stored for the clerk: the teacher's data, waiting for the paper package
  const stored = await withE2eDatabase((db) =>
    db.preRegistration.findUniqueOrThrow({ where: { code }, select: { iin: true, purpose: true, categoryHeld: true, applicationId: true } }),
  );
  expect(stored).toEqual({ iin: DEMO_TEACHER_IIN, purpose: "CONFIRM", categoryHeld: held, applicationId: null });

  await page.getByRole("link", { name: m.applicant.prepare.backToAccount }).click();
  await expect(page.getByText(m.applicant.account.preparedCode.replace("{code}", code))).toBeVisible();
});
