import { expect, test, type Page } from "@playwright/test";
import { makeIin } from "../../lib/domain/identity";
import { messages, useLocale } from "../support";
import { demoTeacherPackage } from "../applicant/database";

async function lookUp(page: Page, number: string, iin: string) {
  const m = messages("en");
  await page.goto("/status");
  await page.getByLabel(m.applicant.status.number).fill(number);
  await page.getByLabel(m.applicant.status.iin).fill(iin);
  await page.getByRole("button", { name: m.applicant.status.submit }).click();
  await expect(page.getByTestId("status-error")).toBeVisible();
  return { url: new URL(page.url()), main: await page.locator("main").innerText() };
}

test("the same lookup with a wrong IIN gets the same not-found page as a wrong number", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "en");
  const m = messages("en");
  const pkg = await demoTeacherPackage();
  const someoneElse = makeIin("1970-01-01", "MALE", 9876);
  const unknownNumber = `${pkg.registrationNumber.slice(0, 4)}-999999`;

  const wrongIin = await lookUp(page, pkg.registrationNumber, someoneElse);
  const wrongNumber = await lookUp(page, unknownNumber, pkg.iin);

  await expect(page.getByTestId("status-error")).toHaveText(m.applicant.status.notFound);
  expect(wrongIin.url.pathname).toBe("/status");
  expect(wrongNumber.url.pathname).toBe("/status");
  expect(wrongIin.url.searchParams.get("error")).toBe("notFound");
  expect(wrongNumber.url.searchParams.get("error")).toBe("notFound");
  // the pages differ only in the number typed, which the form gives back
  expect(wrongIin.main).toBe(wrongNumber.main);
  expect(wrongIin.url.search).not.toContain(someoneElse);
});

test("the JSON lookup answers a wrong IIN and a wrong number with the same 404", async ({ request }) => {
  const pkg = await demoTeacherPackage();
  const post = (registrationNumber: string, iin: string) => request.post("/api/status?locale=en", { data: { registrationNumber, iin } });
  const wrongIin = await post(pkg.registrationNumber, makeIin("1970-01-01", "MALE", 9876));
  const wrongNumber = await post(`${pkg.registrationNumber.slice(0, 4)}-999999`, pkg.iin);
  expect(wrongIin.status()).toBe(404);
  expect(wrongNumber.status()).toBe(404);
  expect(await wrongIin.json()).toEqual(await wrongNumber.json());

  const found = await post(pkg.registrationNumber, pkg.iin);
  expect(found.status()).toBe(200);
  const body = (await found.json()) as { registrationNumber: string; steps: unknown[] };
  expect(body.registrationNumber).toBe(pkg.registrationNumber);
  expect(body.steps.length).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toContain(pkg.iin);
});
