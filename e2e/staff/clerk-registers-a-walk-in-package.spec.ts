import { expect, test } from "@playwright/test";
import { makeUniqueTeacher } from "../../prisma/factories";
import { savedSession, useLocale } from "../support";
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
