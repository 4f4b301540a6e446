// Issue 16, item 5: with RULES-2020 in force and its e-government portal channel served, a
// teacher who has an account signs in by code, applies online (the application, a scan of each
// document, a one-time code sent to her phone), and the package enters her department's queue as
// received through the portal; the department's executor takes it and accepts it, and the
// teacher's account shows it accepted, with its timeline and its papers.
import { randomBytes, randomInt } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { createStaffAccount, PDF_SCAN } from "../../prisma/factories";
import { withE2eDatabase } from "../applicant/database";
import { codeMessagePattern, codeOf, messageTo, signInCodePattern } from "../applicant/teacher-code";
import { ownClient, type OwnClient } from "../own-client";
import { e2eDb, registerAtOffice, uniqueTeacher } from "../staff/fixtures";
import { LOCALES, type Locale } from "../../lib/i18n/locales";
import { messages, SIGNED_OUT, signIn, useLocale } from "../support";
import { endVersion, putRules2020WithPortalInForce } from "./portal-version";

test.use({ storageState: SIGNED_OUT });
test.describe.configure({ mode: "serial" });

const PASSWORD = "right-password-2026";
const digitsOf = (phone: string) => phone.replace(/\D/g, "");

const clients: OwnClient[] = [];
// each language's story puts its own copy in force after its teacher's first package (registered
// under the seed's version) and ends it when done; serial, so one is in force at a time
let version: { id: string; code: string } | null = null;
test.afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  if (version) await endVersion(version.id);
  version = null;
});

async function browserOfItsOwn(browser: Browser, baseURL: string, locale: Locale, viewport?: { width: number; height: number }) {
  const client = await ownClient();
  clients.push(client);
  const context = await browser.newContext({ proxy: client.proxy, baseURL, ...(viewport ? { viewport } : {}) });
  await useLocale(context, baseURL, locale);
  return { context, page: await context.newPage() };
}

/** The code of the newest message of that kind to this phone after `since` (the demo's local outbox). */
async function codeSentTo(phone: string, since: Date, pattern: RegExp): Promise<string> {
  return codeOf(await messageTo({ phone }, since, pattern));
}


for (const locale of LOCALES) test(`a teacher applies online under RULES-2020 with its portal channel served, and the department's executor accepts it (${locale})`, async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const m = messages(locale);
  const nameOf = { kk: "nameKk", ru: "nameRu", en: "nameEn" } as const;
  // her first package at a school's counter, under the seed's version: her account and its contacts
  const phone = `+7 701 ${randomInt(100, 1000)} ${randomInt(10, 100)} ${randomInt(10, 100)}`;
  const person = { ...uniqueTeacher(locale), phone };
  await registerAtOffice("clerk.aktau7", { ...person });
  version = await putRules2020WithPortalInForce();
  const { department, checklist } = await withE2eDatabase(async (db) => ({
    department: await db.organization.findUniqueOrThrow({ where: { code: "AKTAU-EDU" }, select: { id: true, nameKk: true, nameRu: true, nameEn: true } }),
    checklist: ((await db.regulationVersion.findUniqueOrThrow({ where: { id: version!.id }, select: { rules: true } })).rules as { checklist: { code: string; name: Record<Locale, string>; requirement: string }[] }).checklist,
  }));
  const required = checklist.filter((item) => item.requirement === "REQUIRED");

  // she signs in, on her phone, with a code sent to it
  const teacher = await browserOfItsOwn(browser, baseURL!, locale, { width: 390, height: 844 });
  const page = teacher.page;
  await page.goto("/sign-in/code");
  const askedForSignIn = new Date(Date.now() - 1_000);
  await page.getByRole("textbox", { name: m.teacherSignIn.iin, exact: true }).fill(person.iin);
  await page.getByRole("button", { name: m.teacherSignIn.request }).click();
  await expect(page.getByRole("textbox", { name: m.teacherSignIn.code, exact: true })).toBeVisible();
  await page.getByRole("textbox", { name: m.teacherSignIn.code, exact: true }).fill(await codeSentTo(phone, askedForSignIn, signInCodePattern()));
  await page.getByRole("button", { name: m.teacherSignIn.submit }).click();
  await page.waitForURL(/\/applicant$/);

  // the version serves the portal: her account offers to apply online
  await page.getByRole("link", { name: m.onlineApplication.entry }).click();
  await expect(page).toHaveURL(/\/applicant\/apply$/);
  await expect(page.getByRole("heading", { level: 1, name: m.onlineApplication.title })).toBeVisible();
  await page.getByLabel(m.applicant.prepare.provider).selectOption({ label: department[nameOf[locale]] });
  for (const item of required) {
    await page.getByLabel(item.name[locale], { exact: true }).setInputFiles({ name: `${item.code.toLowerCase()}.pdf`, mimeType: "application/pdf", buffer: Buffer.from(PDF_SCAN) });
  }

  // a wrong code first: refused in her language, nothing received
  await page.getByRole("textbox", { name: m.onlineApplication.code }).fill("000000");
  await page.getByRole("button", { name: m.onlineApplication.submit }).click();
  await expect(page.getByText(m.onlineApplication.wrongCode).first()).toBeVisible();
  expect(await withE2eDatabase((db) => db.application.count({ where: { applicant: { iin: person.iin }, channel: "E_GOV_PORTAL" } }))).toBe(0);

  const askedToConfirm = new Date(Date.now() - 1_000);
  await page.getByRole("button", { name: m.onlineApplication.requestCode }).click();
  const last4 = digitsOf(phone).slice(-4);
  await expect(page.getByRole("status").filter({ hasText: "***" })).toContainText(`+7 *** *** ${last4.slice(0, 2)} ${last4.slice(2)}`);
  // the confirmation's own message, in her language
  const confirmation = await codeSentTo(phone, askedToConfirm, codeMessagePattern(() => m.onlineApplication.message.body));
  await page.getByRole("textbox", { name: m.onlineApplication.code }).fill(confirmation);
  await page.getByRole("button", { name: m.onlineApplication.submit }).click();
  await page.waitForURL(/\/applicant\?submitted=/);
  await expect(page.getByTestId("submitted-online")).toContainText(m.onlineApplication.done.split("{number}")[0]!.trim());

  const stored = await withE2eDatabase((db) =>
    db.application.findFirstOrThrow({
      where: { applicant: { iin: person.iin }, channel: "E_GOV_PORTAL" },
      select: { id: true, registrationNumber: true, state: true, providerId: true, regulationVersionId: true, _count: { select: { scans: true } } },
    }),
  );
  expect(stored).toMatchObject({ state: "REGISTERED", providerId: department.id, regulationVersionId: version!.id, _count: { scans: required.length } });
  await expect(page.getByRole("heading", { level: 2, name: stored.registrationNumber })).toBeVisible();

  // the department's executor finds it in the queue, takes it and accepts the documents
  const login = `executor.e2e-${randomBytes(4).toString("hex")}`;
  await createStaffAccount(e2eDb(), { role: "EXECUTOR", organization: "AKTAU-EDU", login, fullName: "Тестова Сая", passwordHash: await hashPassword(PASSWORD) });
  const staff = await browserOfItsOwn(browser, baseURL!, locale);
  await signIn(staff.page, locale, login, PASSWORD);
  await staff.page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await staff.page.goto("/executor");
  const row = staff.page.getByTestId("queue-row").filter({ hasText: stored.registrationNumber });
  await expect(row).toContainText(m.channels.E_GOV_PORTAL);
  await row.getByRole("button", { name: m.actions.TAKE_FOR_REVIEW }).click();
  await expect(staff.page).toHaveURL(new RegExp(`/executor/applications/${stored.id}$`));
  await staff.page.getByRole("button", { name: m.actions.ACCEPT_DOCUMENTS }).click();
  await expect(staff.page.getByText(m.states.ACCEPTED).first()).toBeVisible({ timeout: 15_000 });
  expect((await withE2eDatabase((db) => db.application.findUniqueOrThrow({ where: { id: stored.id }, select: { state: true } }))).state).toBe("ACCEPTED");

  // her account: accepted, its timeline from the portal on, and the papers that say so
  await page.goto("/applicant");
  const mine = page.getByTestId("my-application").filter({ hasText: stored.registrationNumber });
  await expect(mine.getByText(m.states.ACCEPTED).first()).toBeVisible();
  await expect(mine).toContainText(m.events.SUBMIT_ONLINE);
  const acceptance = mine.getByRole("link", { name: m.applicant.account.acceptance });
  const response = await teacher.context.request.get((await acceptance.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/pdf");
});
