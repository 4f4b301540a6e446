import { expect, test } from "@playwright/test";
import { makeUniqueTeacher } from "../../prisma/factories";
import { savedSession, useLocale } from "../support";
import { e2eDb } from "./fixtures";

test("the State Corporation operator accepts and forwards a package, and the school's clerk registers its arrival", async ({ browser, baseURL }) => {
  const operatorContext = await browser.newContext({ storageState: savedSession("operator") });
  await useLocale(operatorContext, baseURL!, "kk");
  const operator = await operatorContext.newPage();
  await operator.goto("/corp");
  await operator.getByRole("link", { name: "Пакетті қабылдау" }).click();

  const teacher = makeUniqueTeacher({ locale: "ru" });
  await operator.getByLabel("ЖСН", { exact: true }).fill(teacher.iin);
  await operator.getByLabel("Тегі").fill(teacher.lastName);
  await operator.getByLabel("Аты", { exact: true }).fill(teacher.firstName);
  await operator.getByLabel("Ұйымды атауы бойынша іздеу").fill("Абай");
  const providers = operator.getByLabel("Қызмет беруші (білім беру ұйымы)");
  await providers.selectOption((await providers.locator("option", { hasText: "Абай атындағы мектеп-гимназия" }).getAttribute("value"))!);
  for (const checkbox of await operator.getByRole("checkbox").all()) await checkbox.check();
  await operator.getByRole("button", { name: "Қабылдау және қолхат беру" }).click();
  await expect(operator.getByRole("heading", { name: "Пакет тіркелді" })).toBeVisible();
  const number = (await operator.getByTestId("registration-number").textContent())!.match(/\d{4}-\d{6}/)![0];

  await operator.getByRole("link", { name: "Ашу" }).click();
  await operator.getByRole("button", { name: "Қызмет берушіге жіберу" }).click();
  await expect(operator.getByRole("status")).toContainText("Қызмет берушіге жіберу");
  await expect(operator.getByText("Қызмет берушіге жіберілді").first()).toBeVisible();

  const clerkContext = await browser.newContext({ storageState: savedSession("clerk") });
  await useLocale(clerkContext, baseURL!, "ru");
  const clerk = await clerkContext.newPage();
  await clerk.goto("/clerk");
  await clerk.getByRole("link", { name: /Поступают из ГК/ }).click();
  await clerk.getByTestId("queue-row").filter({ hasText: number }).getByRole("link", { name: "Открыть" }).click();
  await clerk.getByRole("button", { name: "Зарегистрировать поступление" }).click();
  await expect(clerk.getByRole("status")).toBeVisible();

  const stored = await e2eDb().application.findUniqueOrThrow({
    where: { registrationNumber: number },
    select: { state: true, channel: true, corpAcceptedAt: true, forwardedAt: true, registeredAt: true, serviceDeadline: true, resultToCorpDeadline: true },
  });
  expect(stored.state).toBe("REGISTERED");
  expect(stored.channel).toBe("STATE_CORP");
  expect(stored.forwardedAt).not.toBeNull();
  expect(stored.resultToCorpDeadline!.getTime()).toBeLessThan(stored.serviceDeadline!.getTime());
  await operatorContext.close();
  await clerkContext.close();
});
