import { expect, test } from "@playwright/test";
import { makeUniqueTeacher } from "../../prisma/factories";
import { savedSession, useLocale } from "../support";
import { e2eDb } from "./fixtures";

test("the State Corporation operator accepts and forwards a package; the school's clerk registers its arrival and checks its completeness (p.10)", async ({ browser, baseURL }) => {
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
  const providers = operator.getByLabel("Көрсетілетін қызметті беруші (білім беру ұйымы)");
  await providers.selectOption((await providers.locator("option", { hasText: "Абай атындағы мектеп-гимназия" }).getAttribute("value"))!);
  for (const checkbox of await operator.getByRole("checkbox").all()) await checkbox.check();
  await operator.getByRole("button", { name: "Қабылдау және қолхат беру" }).click();
  await expect(operator.getByRole("heading", { name: "Пакет тіркелді" })).toBeVisible();
  const number = (await operator.getByTestId("registration-number").textContent())!.match(/\d{4}-\d{6}/)![0];

  await operator.getByRole("link", { name: "Ашу" }).click();
  await operator.getByRole("button", { name: "Көрсетілетін қызметті берушіге жіберу" }).click();
  await expect(operator.getByRole("status")).toContainText("Көрсетілетін қызметті берушіге жіберу");
  await expect(operator.getByText("Көрсетілетін қызметті берушіге жіберілді").first()).toBeVisible();

  const clerkContext = await browser.newContext({ storageState: savedSession("clerk") });
  await useLocale(clerkContext, baseURL!, "ru");
  const clerk = await clerkContext.newPage();
  await clerk.goto("/clerk");
  await clerk.getByRole("link", { name: /Поступают из ГК/ }).click();
  await clerk.getByTestId("queue-row").filter({ hasText: number }).getByRole("link", { name: "Открыть" }).click();
  await clerk.getByRole("button", { name: "Зарегистрировать поступление" }).click();
  await expect(clerk.getByRole("status")).toBeVisible();

  const registered = await e2eDb().application.findUniqueOrThrow({
    where: { registrationNumber: number },
    select: { id: true, state: true, channel: true, corpAcceptedAt: true, forwardedAt: true, registeredAt: true, serviceDeadline: true, resultToCorpDeadline: true },
  });
  expect(registered.state).toBe("REGISTERED");
  expect(registered.channel).toBe("STATE_CORP");
  expect(registered.forwardedAt).not.toBeNull();
  expect(registered.resultToCorpDeadline!.getTime()).toBeLessThan(registered.serviceDeadline!.getTime());

  // the executor has nothing to take: on this route the office clerk checks (MANGYSTAU-2018, p.10)
  const executorContext = await browser.newContext({ storageState: savedSession("executor") });
  await useLocale(executorContext, baseURL!, "en");
  const executor = await executorContext.newPage();
  await executor.goto(`/executor/applications/${registered.id}`);
  await expect(executor.getByRole("heading", { name: number })).toBeVisible();
  await expect(executor.getByRole("button", { name: "Take for checking" })).toHaveCount(0);
  await executor.goto(`/executor?view=unassigned&q=${number}`);
  await expect(executor.getByTestId("queue-row").filter({ hasText: number })).toHaveCount(0);

  // the clerk's queue shows it waiting for her check; she takes it and accepts the complete package
  await clerk.goto("/clerk");
  await clerk.getByRole("link", { name: /К проверке полноты/ }).click();
  const row = clerk.getByTestId("queue-row").filter({ hasText: number });
  await row.getByRole("button", { name: "Взять на проверку" }).click();
  await expect(clerk).toHaveURL(new RegExp(`/clerk/applications/${registered.id}$`));
  await expect(clerk.getByRole("heading", { name: "Проверка полноты документов" })).toBeVisible();
  await clerk.getByRole("button", { name: "Принять документы" }).click();
  await expect(clerk.getByRole("button", { name: "Направить результат в Госкорпорацию" })).toBeVisible({ timeout: 15_000 });

  const stored = await e2eDb().application.findUniqueOrThrow({ where: { id: registered.id }, select: { state: true, assignedExecutorId: true } });
  expect(stored.state).toBe("ACCEPTED");
  const checker = await e2eDb().auditEvent.findFirstOrThrow({ where: { applicationId: registered.id, action: "ACCEPT_DOCUMENTS" }, select: { actorRole: true } });
  expect(checker.actorRole).toBe("CLERK");
  await executorContext.close();
  await operatorContext.close();
  await clerkContext.close();
});
