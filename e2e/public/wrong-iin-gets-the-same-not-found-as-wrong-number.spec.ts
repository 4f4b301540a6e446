import { expect, test, type Page } from "@playwright/test";
import { ACCESS_CODE_ALPHABET } from "../../lib/applications/access-code";
import { makeIin } from "../../lib/domain/identity";
import { messages, portalOrigin, useLocale } from "../support";
import { demoTeacherPackage } from "../applicant/database";

async function lookUp(page: Page, number: string, iin: string, accessCode: string) {
  const m = messages("en");
  await page.goto("/status");
  await page.getByLabel(m.applicant.status.number).fill(number);
  await page.getByLabel(m.applicant.status.iin).fill(iin);
  await page.getByLabel(m.applicant.status.accessCode).fill(accessCode);
  await page.getByRole("button", { name: m.applicant.status.submit }).click();
  await expect(page.getByTestId("status-error")).toBeVisible();
  return { url: new URL(page.url()), main: await page.locator("main").innerText() };
}

// a client address of its own (as the fuzz has): these misses never spend the per-client limit of other specs
test.use({ extraHTTPHeaders: { "X-Forwarded-For": `192.0.2.${Math.floor(Math.random() * 250) + 1}` } });

/** The package's code with its last character changed: right format, wrong code. */
const wrongCodeFor = (code: string) => `${code.slice(0, 5)}${ACCESS_CODE_ALPHABET[(ACCESS_CODE_ALPHABET.indexOf(code[5]!) + 1) % ACCESS_CODE_ALPHABET.length]}`;

test("the same lookup with a wrong IIN or a wrong access code gets the same not-found page as a wrong number", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "en");
  const m = messages("en");
  const pkg = await demoTeacherPackage();
  const someoneElse = makeIin("1970-01-01", "MALE", 9876);
  const unknownNumber = `${pkg.registrationNumber.slice(0, 4)}-999999`;

  const wrongIin = await lookUp(page, pkg.registrationNumber, someoneElse, pkg.accessCode);
  const wrongCode = await lookUp(page, pkg.registrationNumber, pkg.iin, wrongCodeFor(pkg.accessCode));
  const wrongNumber = await lookUp(page, unknownNumber, pkg.iin, pkg.accessCode);

  await expect(page.getByTestId("status-error")).toHaveText(m.applicant.status.notFound);
  for (const miss of [wrongIin, wrongCode, wrongNumber]) {
    expect(miss.url.pathname).toBe("/status");
    expect(miss.url.searchParams.get("error")).toBe("notFound");
    // neither the IIN nor any code is given back in the address
    expect(miss.url.search).not.toContain(pkg.iin);
    expect(miss.url.search).not.toContain(someoneElse);
    expect(miss.url.search).not.toContain(pkg.accessCode);
  }
  // the pages differ only in the number typed, which the form gives back
  expect(wrongIin.main).toBe(wrongNumber.main);
  expect(wrongCode.main).toBe(wrongIin.main);
});

test("the JSON lookup answers a wrong IIN, a wrong access code and a wrong number with the same 404", async ({ request, baseURL }) => {
  const pkg = await demoTeacherPackage();
  const post = (registrationNumber: string, iin: string, accessCode: string) =>
    request.post("/api/status?locale=en", { data: { registrationNumber, iin, accessCode }, headers: portalOrigin(baseURL!) });
  const wrongIin = await post(pkg.registrationNumber, makeIin("1970-01-01", "MALE", 9876), pkg.accessCode);
  const wrongCode = await post(pkg.registrationNumber, pkg.iin, wrongCodeFor(pkg.accessCode));
  const wrongNumber = await post(`${pkg.registrationNumber.slice(0, 4)}-999999`, pkg.iin, pkg.accessCode);
  for (const miss of [wrongIin, wrongCode, wrongNumber]) expect(miss.status()).toBe(404);
  expect(await wrongIin.json()).toEqual(await wrongNumber.json());
  expect(await wrongCode.json()).toEqual(await wrongNumber.json());
  // number and IIN without the code is no lookup at all
  expect((await request.post("/api/status?locale=en", { data: { registrationNumber: pkg.registrationNumber, iin: pkg.iin }, headers: portalOrigin(baseURL!) })).status()).toBe(400);

  const found = await post(pkg.registrationNumber, pkg.iin, pkg.accessCode.toLowerCase());
  expect(found.status()).toBe(200);
  const body = (await found.json()) as { registrationNumber: string; steps: unknown[] };
  expect(body.registrationNumber).toBe(pkg.registrationNumber);
  expect(body.steps.length).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toContain(pkg.iin);
  expect(JSON.stringify(body)).not.toContain(pkg.accessCode);
});
