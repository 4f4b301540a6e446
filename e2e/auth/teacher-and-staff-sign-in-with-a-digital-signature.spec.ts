// Issue 16, item 3: signing in with a digital signature (ЭЦП) through NCALayer. NCALayer here is
// the local stand-in (e2e/ncalayer/stand-in.ts) that signs with a test CA's keys; the portal
// trusts that CA's bundle. Each story picks the key its person chooses in NCALayer's dialogue.
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { Locale } from "../../lib/i18n/locales";
import { makeUniqueTeacher } from "../../prisma/factories";
import { chooseNcaLayerKey, REVOKED_KEY_IIN, type StandInKey } from "../ncalayer/keys";
import { ownClient, type OwnClient } from "../own-client";
import { DEMO_TEACHER_IIN, messages, savedSession, SIGNED_OUT, useLocale } from "../support";
import { freshClerk } from "./accounts";

test.use({ storageState: SIGNED_OUT });
test.skip(Boolean(process.env.E2E_BASE_URL), "the NCALayer stand-in and its trusted CA come with the run's own server");

// each story from an address of its own: challenges are handed out a few per client, and the
// run's other specs ask from 127.0.0.1
const clients: OwnClient[] = [];
test.afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

async function personAt(browser: Browser, baseURL: string, locale: Locale, key: StandInKey) {
  const client = await ownClient();
  clients.push(client);
  const context = await browser.newContext({ proxy: client.proxy, baseURL, storageState: SIGNED_OUT });
  await useLocale(context, baseURL, locale);
  await chooseNcaLayerKey(context, key);
  return { context, page: await context.newPage() };
}

async function signWithEcp(page: Page, locale: Locale, iin: string) {
  const m = messages(locale);
  await page.goto("/sign-in");
  const section = page.getByRole("region", { name: m.ecp.title });
  await section.getByRole("textbox", { name: m.ecp.iin, exact: true }).fill(iin);
  await section.getByRole("button", { name: m.ecp.submit }).click();
  return section;
}

/** No session: next-auth answers an empty session, and no workspace opens. */
async function expectSignedOut(context: BrowserContext) {
  expect(await (await context.request.get("/api/auth/session")).json()).toEqual({});
}

test("the demo teacher signs in with her digital signature and lands on her applications (kk)", async ({ browser, baseURL }) => {
  const { page } = await personAt(browser, baseURL!, "kk", { kind: "citizen", iin: DEMO_TEACHER_IIN });
  const m = messages("kk");
  await signWithEcp(page, "kk", DEMO_TEACHER_IIN);
  await page.waitForURL(/\/applicant$/, { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1, name: m.workspaces.applicant.title })).toBeVisible();
  await expect(page.getByTestId("signed-in-user")).toContainText(m.roles.APPLICANT);
});

const refusals: { story: string; key: StandInKey; reason: "UNKNOWN_CA" | "EXPIRED" | "REVOKED"; locale: Locale }[] = [
  { story: "a certificate from a CA the portal does not trust", key: { kind: "unknownCa", iin: DEMO_TEACHER_IIN }, reason: "UNKNOWN_CA", locale: "ru" },
  { story: "an expired certificate", key: { kind: "expired", iin: DEMO_TEACHER_IIN }, reason: "EXPIRED", locale: "en" },
  { story: "a revoked certificate", key: { kind: "revoked" }, reason: "REVOKED", locale: "kk" },
];

for (const { story, key, reason, locale } of refusals) {
  test(`${story} is refused with its own message, and no session starts (${locale})`, async ({ browser, baseURL }) => {
    const { page, context } = await personAt(browser, baseURL!, locale, key);
    const section = await signWithEcp(page, locale, key.kind === "revoked" ? REVOKED_KEY_IIN : DEMO_TEACHER_IIN);
    await expect(section.getByRole("alert")).toHaveText(messages(locale).ecp.refusals[reason]);
    await expect(page).toHaveURL(/\/sign-in$/);
    await expectSignedOut(context);
  });
}

test("with NCALayer not running she is told to start it, and nothing is sent (ru)", async ({ browser, baseURL }) => {
  const { page, context } = await personAt(browser, baseURL!, "ru", { kind: "notRunning" });
  const sentToNextAuth: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/auth/callback/ecp")) sentToNextAuth.push(request.url());
  });
  const section = await signWithEcp(page, "ru", DEMO_TEACHER_IIN);
  await expect(section.getByRole("alert")).toHaveText(messages("ru").ecp.ncalayerNotRunning);
  // the button is back for another try once NCALayer is started
  await expect(section.getByRole("button", { name: messages("ru").ecp.submit })).toBeEnabled();
  expect(sentToNextAuth).toEqual([]);
  await expectSignedOut(context);
});

test("the system administrator gives a clerk her IIN, and the clerk signs in with her signature (en)", async ({ browser, baseURL }) => {
  const m = messages("en");
  const a = m.dashboard.admin;
  const { login } = await freshClerk(`clerk.ecp-${randomBytes(2).toString("hex")}`);
  const iin = makeUniqueTeacher().iin;

  // before: her signature names no account
  const early = await personAt(browser, baseURL!, "en", { kind: "citizen", iin });
  const section = await signWithEcp(early.page, "en", iin);
  await expect(section.getByRole("alert")).toHaveText(m.ecp.refusals.NO_ACCOUNT);
  await early.context.close();

  const admin = await browser.newContext({ baseURL, storageState: savedSession("admin") });
  await useLocale(admin, baseURL!, "en");
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin?tab=users");
  const row = adminPage.getByTestId("staff-list").locator("details", { hasText: login });
  await row.locator("summary").click();
  // a wrong check digit is named on the field
  const wrong = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
  await row.getByLabel(a.iin).fill(wrong);
  await row.getByRole("button", { name: a.save }).click();
  // (the form's summary repeats it above the fields)
  await expect(row.getByText(m.errors.invalidIin).first()).toBeVisible();
  await expect(row.getByLabel(a.iin)).toHaveAttribute("aria-invalid", "true");
  await row.getByLabel(a.iin).fill(`${iin.slice(0, 6)} ${iin.slice(6)}`);
  await row.getByRole("button", { name: a.save }).click();
  await expect(row.getByRole("status")).toHaveText(a.saved);
  await admin.close();

  const { page } = await personAt(browser, baseURL!, "en", { kind: "citizen", iin });
  await signWithEcp(page, "en", iin);
  await page.waitForURL(/\/clerk$/, { timeout: 15_000 });
  await expect(page.getByTestId("signed-in-user")).toContainText(m.roles.CLERK);
});
