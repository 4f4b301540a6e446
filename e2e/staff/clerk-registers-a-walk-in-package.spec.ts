import { expect, test } from "@playwright/test";
import { makeUniqueTeacher } from "../../prisma/factories";
import { checkDigit } from "../../lib/domain/identity";
import { messages, savedSession, useLocale } from "../support";
import { e2eDb } from "./fixtures";

test.use({ storageState: savedSession("clerk") });

test("the clerk registers a walk-in package and gets its number and receipt", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "ru");
  await page.goto("/clerk");
  await page.getByRole("link", { name: "Зарегистрировать пакет" }).click();
  await expect(page.getByRole("heading", { name: "Регистрация поступившего пакета" })).toBeVisible();
  await expect(page.getByRole("timer")).toContainText("норматив 20 мин");

  const teacher = makeUniqueTeacher({ locale: "ru" });
  // a mistyped IIN is caught as it is typed
  await page.getByLabel("ИИН", { exact: true }).fill(teacher.iin.slice(0, 11) + String((Number(teacher.iin[11]) + 1) % 10));
  await expect(page.getByText("ИИН состоит из 12 цифр")).toBeVisible();
  await page.getByLabel("ИИН", { exact: true }).fill(teacher.iin);
  await expect(page.getByText("ИИН верный")).toBeVisible();
  await page.getByLabel("Фамилия").fill(teacher.lastName);
  await page.getByLabel("Имя", { exact: true }).fill(teacher.firstName);
  await page.getByLabel("Телефон").fill("8 (701) 234-56-78");
  await page.getByLabel("Язык уведомлений и расписки").selectOption("kk");
  await page.getByLabel("Запрашиваемая категория").selectOption("HIGHEST");
  for (const name of [
    "Заявление по форме согласно Стандарту",
    "Документ, удостоверяющий личность",
    "Копия диплома об образовании",
    "Копия документа о прохождении курсов повышения квалификации",
    "Копия документа, подтверждающего трудовую деятельность",
  ]) {
    await page.getByRole("checkbox", { name }).check();
  }
  await page.getByRole("button", { name: "Зарегистрировать и выдать расписку" }).click();

  await expect(page.getByRole("heading", { name: "Пакет зарегистрирован" })).toBeVisible();
  const number = (await page.getByTestId("registration-number").textContent())!.match(/\d{4}-\d{6}/)![0];

  const stored = await e2eDb().application.findUniqueOrThrow({
    where: { registrationNumber: number },
    select: { state: true, channel: true, categorySought: true, documents: true, applicant: { select: { iin: true, phone: true, locale: true } } },
  });
  expect(stored).toMatchObject({ state: "REGISTERED", channel: "OFFICE", categorySought: "HIGHEST" });
  expect(stored.applicant).toEqual({ iin: teacher.iin, phone: "+77012345678", locale: "kk" });
  expect(Object.values(stored.documents as Record<string, string>).every((mark) => mark === "PRESENT")).toBe(true);

  const receipt = await page.request.get((await page.getByRole("link", { name: "Распечатать расписку" }).getAttribute("href"))!);
  expect(receipt.status()).toBe(200);
  expect(receipt.headers()["content-type"]).toContain("application/pdf");
  expect((await receipt.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await page.getByRole("link", { name: "Открыть" }).click();
  await expect(page.getByRole("heading", { name: number })).toBeVisible();
  await expect(page.getByText("Зарегистрировано в канцелярии, выдана расписка")).toBeVisible();
});

test("a rejected registration keeps what the clerk entered and says what to fix", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "en");
  await page.goto("/clerk/register");
  const teacher = makeUniqueTeacher({ locale: "ru" });
  await page.getByLabel("IIN", { exact: true }).fill(teacher.iin);
  await page.getByLabel("Last name").fill(teacher.lastName);
  await page.getByLabel("First name").fill(teacher.firstName);
  await page.getByLabel("Purpose").selectOption("CONFIRM"); // confirming without a held category is refused
  await page.getByRole("checkbox", { name: "Copy of the education diploma" }).check();
  await page.getByRole("button", { name: "Register and give a receipt" }).click();

  await expect(page.getByText("To confirm a category, give the category held now.").first()).toBeVisible();
  await expect(page.getByLabel("Last name")).toHaveValue(teacher.lastName);
  await expect(page.getByRole("checkbox", { name: "Copy of the education diploma" })).toBeChecked();
  expect(await e2eDb().applicant.count({ where: { iin: teacher.iin } })).toBe(0);
});

test("the form refuses what cannot be a teacher's: a month 13 IIN, a name with digits, the second category for a holder of the highest; each message goes once fixed", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "kk");
  const kk = messages("kk");
  await page.goto("/clerk/register");
  const teacher = makeUniqueTeacher({ locale: "kk" });
  const iin = page.getByLabel(kk.staff.intake.iin, { exact: true });
  // the check digit holds, the date part is no date: no "✓", and the reason
  await iin.fill(withCheckDigit(`${teacher.iin.slice(0, 2)}13${teacher.iin.slice(4, 11)}`));
  await expect(page.getByText(kk.errors.iinBirthDate)).toBeVisible();
  await expect(page.getByText(kk.staff.intake.iinValid)).toHaveCount(0);
  await iin.fill(teacher.iin);
  await expect(page.getByText(kk.staff.intake.iinValid)).toBeVisible();

  await page.getByLabel(kk.staff.intake.lastName, { exact: true }).fill("Тестова123");
  await page.getByLabel(kk.staff.intake.firstName, { exact: true }).fill(teacher.firstName);
  await page.getByLabel(kk.staff.intake.categoryHeld).selectOption("HIGHEST");
  await page.getByLabel(kk.staff.intake.categorySought).selectOption("SECOND");
  // the pairing is told before anything is sent
  await expect(page.getByText(kk.errors.assignNotHigher)).toBeVisible();
  for (const checkbox of await page.getByRole("checkbox").all()) await checkbox.check();
  await page.getByRole("button", { name: kk.staff.intake.submit }).click();
  const summary = page.getByRole("alert").filter({ hasText: kk.errors.nameLetters });
  await expect(summary).toBeVisible();
  expect(await e2eDb().applicant.count({ where: { iin: teacher.iin } })).toBe(0);

  // fixed, the message beside the field goes at once, before the next try
  await page.getByLabel(kk.staff.intake.lastName, { exact: true }).fill(teacher.lastName);
  await expect(page.getByText(kk.errors.nameLetters)).toHaveCount(0);
  await page.getByLabel(kk.staff.intake.categorySought).selectOption("HIGHEST");
  await page.getByLabel(kk.staff.intake.purpose).selectOption("CONFIRM");
  await expect(page.getByText(kk.errors.assignNotHigher)).toHaveCount(0);
  await page.getByRole("button", { name: kk.staff.intake.submit }).click();
  await expect(page.getByRole("heading", { name: kk.staff.registered.title })).toBeVisible();
});

/** Eleven digits made a whole IIN by their check digit, whatever their date part says. */
function withCheckDigit(first11: string): string {
  for (let serial = 0; serial < 10_000; serial++) {
    const prefix = first11.slice(0, 7) + String(serial).padStart(4, "0");
    const digit = checkDigit(prefix);
    if (digit !== null) return prefix + digit;
  }
  throw new Error(`no check digit for ${first11}`);
}
