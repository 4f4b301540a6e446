import { expect, test } from "@playwright/test";
import { createPreRegistration } from "../../lib/preregistration/pre-registration";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { DEMO_TEACHER_IIN, savedSession, useLocale } from "../support";
import { actorByLogin, e2eDb } from "./fixtures";

test.use({ storageState: savedSession("clerk") });

test("the clerk enters a teacher's pre-registration code and the intake form is filled in", async ({ page, context, baseURL }) => {
  const teacher = await actorByLogin(DEMO_TEACHER_IIN);
  const applicant = await e2eDb().applicant.findUniqueOrThrow({ where: { iin: DEMO_TEACHER_IIN }, select: { lastName: true, firstName: true } });
  const school = await e2eDb().organization.findUniqueOrThrow({ where: { code: DEMO_ACCOUNTS.clerk.organization }, select: { id: true } });
  const { code } = await createPreRegistration(e2eDb(), teacher, {
    iin: DEMO_TEACHER_IIN,
    lastName: applicant.lastName,
    firstName: applicant.firstName,
    locale: "ru",
    purpose: "ASSIGN",
    categorySought: "HIGHEST",
    providerId: school.id,
    documents: {},
  });

  await useLocale(context, baseURL!, "ru");
  await page.goto("/clerk/register");
  await page.getByLabel("Код предварительной регистрации (если есть)").fill(code.toLowerCase());
  await page.keyboard.press("Enter"); // as a QR scanner would
  await expect(page.getByText("Данные заполнены из предварительной регистрации")).toBeVisible();
  await expect(page.getByLabel("ИИН", { exact: true })).toHaveValue(DEMO_TEACHER_IIN);
  await expect(page.getByLabel("Фамилия")).toHaveValue(applicant.lastName);
  await expect(page.getByLabel("Запрашиваемая категория")).toHaveValue("HIGHEST");

  for (const checkbox of await page.getByRole("checkbox").all()) await checkbox.check();
  await page.getByRole("button", { name: "Зарегистрировать и выдать расписку" }).click();
  await expect(page.getByRole("heading", { name: "Пакет зарегистрирован" })).toBeVisible();

  const prepared = await e2eDb().preRegistration.findUniqueOrThrow({ where: { code }, select: { application: { select: { categorySought: true, state: true } } } });
  expect(prepared.application).toEqual({ categorySought: "HIGHEST", state: "REGISTERED" });
});
