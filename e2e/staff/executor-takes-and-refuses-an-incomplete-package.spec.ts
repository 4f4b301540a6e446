import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { ALL_DOCUMENTS_PRESENT } from "../../prisma/factories";
import { savedSession, useLocale } from "../support";
import { registerAtOffice, storedApplication } from "./fixtures";

test.use({ storageState: savedSession("executor") });

test("the executor takes a package, finds the training certificate missing and issues a reasoned refusal", async ({ page, context, baseURL }) => {
  const { applicationId, registrationNumber } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login, {
    locale: "kk",
    documents: { ...ALL_DOCUMENTS_PRESENT, TRAINING_CERTIFICATE: "MISSING" },
  });
  await useLocale(context, baseURL!, "ru");
  await page.goto("/executor");

  await page.getByRole("searchbox", { name: "Поиск: номер, ИИН или ФИО" }).fill(registrationNumber);
  await page.getByRole("button", { name: "Применить" }).click();
  const row = page.getByTestId("queue-row").filter({ hasText: registrationNumber });
  await row.getByRole("button", { name: "Взять на проверку" }).click();
  await expect(page).toHaveURL(new RegExp(`/executor/applications/${applicationId}$`));
  await expect(page.getByRole("heading", { name: "Проверка полноты документов" })).toBeVisible();

  // accepting is impossible while a document is missing
  const training = page.getByRole("group", { name: "Копия документа о прохождении курсов повышения квалификации" });
  await expect(training.getByRole("radio", { name: "Нет" })).toBeChecked();
  await expect(page.getByRole("button", { name: "Принять документы" })).toBeDisabled();

  await page.getByRole("checkbox", { name: /не представлен полный пакет/ }).check();
  await page.getByRole("button", { name: "Показать текст, который прочтет заявитель" }).click();
  // the applicant chose Kazakh: the preview is what they will read, in Kazakh
  const preview = page.getByTestId("refusal-preview");
  await expect(preview).toContainText("Мемлекеттік қызмет көрсетуден дәлелді бас тарту");
  await expect(preview).toContainText(registrationNumber);
  await expect(preview).toContainText("Біліктілікті арттыру курсынан өткені туралы құжаттың көшірмесі");
  await page.getByRole("button", { name: "Подтвердить отказ" }).click();

  // the refused package's grounds replace the form once the action has answered (the preview's own
  // heading also starts with the state's name, so the state label alone proves nothing yet)
  await expect(page.getByRole("heading", { name: "Основания отказа" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Мотивированный отказ", { exact: true }).first()).toBeVisible();
  const stored = await storedApplication(applicationId);
  expect(stored.state).toBe("REFUSED");
  expect(stored.refusalGroundCodes).toEqual(["INCOMPLETE_PACKAGE"]);
  expect(stored.missingDocumentCodes).toEqual(["TRAINING_CERTIFICATE"]);
});

test("a refusal without a ground is not accepted", async ({ page, context, baseURL }) => {
  const { applicationId } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login);
  await useLocale(context, baseURL!, "en");
  await page.goto(`/executor/applications/${applicationId}`);
  await page.getByRole("button", { name: "Take for checking" }).click();
  await expect(page.getByRole("heading", { name: "Completeness check" })).toBeVisible();
  await page.getByRole("button", { name: "Show the text the applicant will read" }).click();
  await page.getByRole("button", { name: "Confirm the refusal" }).click();
  await expect(page.getByRole("alert", { name: "Choose at least one ground for the refusal." })).toBeVisible();
  expect((await storedApplication(applicationId)).state).toBe("UNDER_REVIEW");
});
