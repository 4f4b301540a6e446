import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { makeUniqueTeacher } from "../../prisma/factories";
import { savedSession, useLocale } from "../support";
import { e2eDb } from "./fixtures";

test.use({ storageState: savedSession("operator") });

// MANGYSTAU-2018's incompleteAtCounter (unconfirmed): the State Corporation operator refuses an
// incomplete set at the counter, with a receipt of refusal to accept documents, and registers nothing
test("the State Corporation operator sees what is missing before registering and refuses an incomplete package at the counter with a receipt", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "en");
  await page.goto("/corp/register");
  const teacher = makeUniqueTeacher({ locale: "en" });
  await page.getByLabel("IIN", { exact: true }).fill(teacher.iin);
  await page.getByLabel("Last name").fill(teacher.lastName);
  await page.getByLabel("First name", { exact: true }).fill(teacher.firstName);
  const school = await e2eDb().organization.findUniqueOrThrow({ where: { code: DEMO_ACCOUNTS.clerk.organization }, select: { id: true } });
  await page.getByLabel("Provider (education organization)").selectOption(school.id);

  const missing = page.getByTestId("intake-missing");
  for (const checkbox of await page.getByRole("checkbox").all()) await checkbox.check();
  await expect(missing).toContainText("Every required document was handed over.");
  await page.getByRole("checkbox", { name: "Copy of the in-service training certificate" }).uncheck();
  await expect(missing).toContainText("Copy of the in-service training certificate");
  await expect(missing).toContainText("is not accepted");
  await expect(missing).toContainText("not confirmed");
  await page.getByRole("button", { name: "Refuse to accept and give a receipt" }).click();

  await expect(page.getByRole("heading", { name: "Documents not accepted" })).toBeVisible();
  await expect(page.getByTestId("counter-refusal-missing")).toHaveText("Copy of the in-service training certificate");
  const href = await page.getByRole("link", { name: "Print the receipt of refusal" }).getAttribute("href");
  const paper = await page.request.get(href!);
  expect(paper.status()).toBe(200);
  expect(paper.headers()["content-type"]).toContain("application/pdf");

  // nothing was registered for her; the refusal is recorded with its audit event
  expect(await e2eDb().application.count({ where: { applicant: { iin: teacher.iin } } })).toBe(0);
  const refusal = await e2eDb().counterRefusal.findFirstOrThrow({ where: { iin: teacher.iin }, select: { id: true, missingDocumentCodes: true } });
  expect(refusal.missingDocumentCodes).toEqual(["TRAINING_CERTIFICATE"]);
  expect(href).toBe(`/api/counter-refusals/${refusal.id}`);
});
