// Issue 16, items 1-2: a teacher whose first package the clerk has just registered has an account
// (made by the registration) and no password. On her phone she opens /sign-in/code, gives her IIN,
// reads the six-digit code the portal sent (here: the demo's local SMS outbox, as the
// administrator's mailbox page shows it), signs in, and finds her package and its receipt.
import { randomInt } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { ownClient, type OwnClient } from "../own-client";
import { registerAtOffice, uniqueTeacher } from "../staff/fixtures";
import { LOCALES } from "../../lib/i18n/locales";
import { messages, SIGNED_OUT, useLocale } from "../support";
import { withE2eDatabase } from "./database";
import { codeOf, messageTo, signInCodePattern } from "./teacher-code";

test.use({ storageState: SIGNED_OUT, viewport: { width: 390, height: 844 } });

// each story from an address of its own: the sign-in limits per client count every failed sign-in
// of the run's other specs (the fuzz's among them) against 127.0.0.1, and would answer "too many
// attempts" where this story expects the wrong code to be named
const clients: OwnClient[] = [];
test.afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

async function teacherBrowser(browser: Browser, baseURL: string) {
  const client = await ownClient();
  clients.push(client);
  const context = await browser.newContext({ proxy: client.proxy, baseURL, viewport: { width: 390, height: 844 } });
  return { context, page: await context.newPage() };
}

const digitsOf = (phone: string) => phone.replace(/\D/g, "");


for (const locale of LOCALES) test(`a new teacher signs in on her phone with a one-time code, sees her package and downloads its receipt (${locale})`, async ({ browser, baseURL }) => {
  const { page, context } = await teacherBrowser(browser, baseURL!);
  // her own phone number, so the code she reads is hers alone
  const phone = `+7 701 ${randomInt(100, 1000)} ${randomInt(10, 100)} ${randomInt(10, 100)}`;
  const teacher = { ...uniqueTeacher(locale), phone };
  const registered = await registerAtOffice("clerk.aktau7", { ...teacher });
  await useLocale(context, baseURL!, locale);
  const m = messages(locale);

  // the password page points teachers here
  await page.goto("/sign-in");
  await page.getByRole("link", { name: m.teacherSignIn.entry }).click();
  await expect(page).toHaveURL(/\/sign-in\/code$/);
  await expect(page.getByRole("heading", { level: 1, name: m.teacherSignIn.title })).toBeVisible();

  const asked = new Date(Date.now() - 1_000);
  await page.getByRole("textbox", { name: m.teacherSignIn.iin, exact: true }).fill(teacher.iin);
  await page.getByRole("button", { name: m.teacherSignIn.request }).click();
  const last4 = digitsOf(phone).slice(-4);
  await expect(page.getByRole("status")).toContainText(`+7 *** *** ${last4.slice(0, 2)} ${last4.slice(2)}`);

  // the code's own message (a registration notice delivered late holds six digits of its number too)
  const code = codeOf(await messageTo({ phone }, asked, signInCodePattern()));

  // a wrong code first: the translated refusal, and she stays on the code step
  await page.getByRole("textbox", { name: m.teacherSignIn.code, exact: true }).fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: m.teacherSignIn.submit }).click();
  await expect(page.getByText(m.teacherSignIn.wrongCode)).toBeVisible();

  await page.getByRole("textbox", { name: m.teacherSignIn.code, exact: true }).fill(code!);
  await page.getByRole("button", { name: m.teacherSignIn.submit }).click();
  await page.waitForURL(/\/applicant$/);
  await expect(page.getByRole("heading", { level: 2, name: registered.registrationNumber })).toBeVisible();

  const receipt = page.getByRole("link", { name: m.applicant.account.receipt }).first();
  const href = await receipt.getAttribute("href");
  expect(href).toMatch(/\/api\/applications\/\w+\/receipt$/);
  const response = await context.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/pdf");
});

test("the activation code from the receipt works on the same form, once; a wrong one is refused in the reader's language", async ({ browser, baseURL }) => {
  const { page, context } = await teacherBrowser(browser, baseURL!);
  const teacher = uniqueTeacher("kk");
  const registered = await registerAtOffice("clerk.aktau7", { ...teacher });
  await useLocale(context, baseURL!, "kk");
  const m = messages("kk");
  // the code printed on her receipt, as the receipt's paper carries it
  const printed = await withE2eDatabase(async (db) => {
    const { activationCodeOnReceipt } = await import("../../lib/auth/sign-in-codes");
    return activationCodeOnReceipt(db, registered.applicationId, new Date());
  });
  expect(printed?.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);

  await page.goto("/sign-in/code");
  await page.getByRole("link", { name: m.teacherSignIn.haveCode }).click();
  await page.waitForURL(/with=receipt/);
  await expect(page.getByRole("textbox", { name: m.teacherSignIn.code, exact: true })).toBeVisible();
  await page.getByRole("textbox", { name: m.teacherSignIn.iin, exact: true }).fill(teacher.iin);
  await page.getByRole("textbox", { name: m.teacherSignIn.code, exact: true }).fill("ABCD-EFGH");
  await page.getByRole("button", { name: m.teacherSignIn.submit }).click();
  await expect(page.getByText(m.teacherSignIn.wrongCode)).toBeVisible();

  await page.getByRole("textbox", { name: m.teacherSignIn.code, exact: true }).fill(printed!.code.toLowerCase());
  await page.getByRole("button", { name: m.teacherSignIn.submit }).click();
  await page.waitForURL(/\/applicant$/);
  await expect(page.getByRole("heading", { level: 2, name: registered.registrationNumber })).toBeVisible();
});
