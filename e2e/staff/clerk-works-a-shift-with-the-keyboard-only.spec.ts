// A clerk's shift without a mouse: sign in, register a walk-in package and print its receipt,
// receive a package the State Corporation forwarded, sign out. Only Tab, Shift+Tab, Enter,
// Space, arrow keys, the queue's shortcuts and typing; at every stop the focused control must
// show that it has the focus, and what the clerk did is checked in the database.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { decode } from "next-auth/jwt";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { forwardToProvider } from "../../lib/workflow/forward-to-provider";
import { registerPackage } from "../../lib/workflow/register-package";
import { DEMO_PASSWORD, messages, useLocale } from "../support";
import { makeIntake, makeUniqueTeacher } from "../../prisma/factories";
import { actorByLogin, e2eDb } from "./fixtures";

const m = messages("en");
const E2E_SECRET = process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789";

/** The focused element draws a focus indicator: the global outline or a ring, under :focus-visible. */
async function expectVisibleFocus(page: Page, what: string) {
  const focus = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      isFocusVisible: element.matches(":focus-visible"),
      hasOutline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
      hasRing: style.boxShadow !== "none",
    };
  });
  expect(focus, `something has the focus at ${what}`).not.toBeNull();
  expect(focus!.isFocusVisible, `${what} matches :focus-visible`).toBe(true);
  expect(focus!.hasOutline || focus!.hasRing, `${what} shows an outline or a ring`).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, what: string, key: "Tab" | "Shift+Tab" = "Tab") {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < 60 && !(await target.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press(key);
  }
  await expect(target, `${what} is reachable with ${key}`).toBeFocused();
  await expectVisibleFocus(page, what);
}

/** A package the State Corporation accepted for the clerk's school and sent on its way. */
async function forwardedByTheStateCorporation() {
  const ctx = { db: e2eDb(), now: () => new Date() };
  const operator = await actorByLogin(DEMO_ACCOUNTS.operator.login);
  const school = await e2eDb().organization.findUniqueOrThrow({ where: { code: DEMO_ACCOUNTS.clerk.organization }, select: { id: true } });
  const registered = await registerPackage(ctx, operator, makeIntake({ locale: "en", providerId: school.id }));
  await forwardToProvider(ctx, operator, registered.applicationId);
  return registered;
}

test("a clerk signs in, registers a walk-in, prints the receipt, receives a forwarded package and signs out, all from the keyboard", async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  const forwarded = await forwardedByTheStateCorporation();
  await useLocale(context, baseURL!, "en");

  // sign in
  await page.goto("/sign-in");
  await tabTo(page, page.getByLabel(m.signIn.login), "the login field");
  await page.keyboard.type(DEMO_ACCOUNTS.clerk.login);
  await tabTo(page, page.getByLabel(m.signIn.password), "the password field");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/clerk$/);
  await expect(page.getByRole("heading", { name: m.workspaces.clerk.title })).toBeVisible();

  // a walk-in visitor: the intake form
  await tabTo(page, page.getByRole("link", { name: m.staff.queue.newIntake }), "the register-a-package link");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: m.staff.intake.titleOffice })).toBeVisible();

  const teacher = makeUniqueTeacher({ locale: "en" });
  await tabTo(page, page.getByLabel(m.staff.intake.iin, { exact: true }), "the IIN field");
  await page.keyboard.type(teacher.iin);
  await expect(page.getByText(m.staff.intake.iinValid)).toBeVisible();
  for (const [label, value] of [
    [m.staff.intake.lastName, teacher.lastName],
    [m.staff.intake.firstName, teacher.firstName],
  ] as const) {
    await tabTo(page, page.getByLabel(label, { exact: true }), `the ${label} field`);
    await page.keyboard.type(value);
  }
  // the package's contacts come after the name: its language, then its phone
  const language = page.getByLabel(m.staff.intake.locale);
  await tabTo(page, language, "the language select");
  // kk, ru, en: two steps down is English
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(language).toHaveValue("en");
  await tabTo(page, page.getByLabel(m.staff.intake.phone, { exact: true }), `the ${m.staff.intake.phone} field`);
  await page.keyboard.type("8 (701) 234-56-78");
  const categorySought = page.getByLabel(m.staff.intake.categorySought);
  await tabTo(page, categorySought, "the category-sought select");
  const firstCategory = await categorySought.inputValue();
  await page.keyboard.press("ArrowDown");
  await expect(categorySought).not.toHaveValue(firstCategory);
  const chosenCategory = await categorySought.inputValue();

  const checkboxes = page.getByRole("group", { name: m.staff.intake.documents }).getByRole("checkbox");
  const count = await checkboxes.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await tabTo(page, checkboxes.nth(i), `document checkbox ${i + 1}`);
    await page.keyboard.press("Space");
    await expect(checkboxes.nth(i)).toBeChecked();
  }
  await tabTo(page, page.getByRole("button", { name: m.staff.intake.submit }), "the register button");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: m.staff.registered.title })).toBeVisible();
  const walkInNumber = (await page.getByTestId("registration-number").textContent())!.match(/\d{4}-\d{6}/)![0];

  // the receipt opens in a new tab, from Enter on its link
  const receiptLink = page.getByRole("link", { name: m.staff.registered.printReceipt });
  await tabTo(page, receiptLink, "the print-the-receipt link");
  const [receiptTab] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("Enter")]);
  await expect.poll(() => receiptTab.url()).toContain("/receipt");
  const receipt = await page.request.get(receiptTab.url());
  expect(receipt.headers()["content-type"]).toContain("application/pdf");
  expect((await receipt.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await receiptTab.close();

  // back to the queue, and on to the packages arriving from the State Corporation
  await tabTo(page, page.getByRole("link", { name: m.staff.registered.backToQueue }), "the back-to-the-queue link");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/clerk$/);
  await tabTo(page, page.getByRole("navigation", { name: m.staff.queue.viewsLabel }).getByRole("link", { name: m.staff.views.arrivals }), "the arrivals view");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/view=arrivals/);

  // the queue's own shortcuts: / to search, j into the rows, Enter to open
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(page.getByRole("searchbox")).toBeFocused({ timeout: 500 });
  }).toPass();
  await expectVisibleFocus(page, "the search box");
  await page.keyboard.type(forwarded.registrationNumber);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${forwarded.registrationNumber}`));
  await expect(page.getByTestId("queue-row")).toHaveCount(1);
  await expect(async () => {
    await page.keyboard.press("j");
    await expect(page.getByTestId("queue-row").first()).toBeFocused({ timeout: 500 });
  }).toPass();
  await expectVisibleFocus(page, "the package's row");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/clerk/applications/${forwarded.applicationId}$`));
  await expect(page.getByRole("heading", { name: forwarded.registrationNumber })).toBeVisible();

  await tabTo(page, page.getByRole("button", { name: m.actions.REGISTER_ARRIVAL }), "the register-arrival button");
  await page.keyboard.press("Space");
  // the button is gone once the step is done; the focus is not lost to the page but moves to the outcome
  const outcome = page.getByRole("status").filter({ hasText: m.actions.REGISTER_ARRIVAL });
  await expect(outcome).toBeVisible();
  await expect(outcome).toBeFocused();
  await expectVisibleFocus(page, "the outcome of the step");

  // the shift ends: sign out from the header, backwards from where the focus is
  const sessionCookie = (await context.cookies()).find((c) => c.name === "next-auth.session-token")!;
  await tabTo(page, page.getByRole("button", { name: m.nav.signOut }), "the sign-out button", "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: m.nav.signIn, exact: true })).toBeVisible();

  // what was stored
  const clerk = await actorByLogin(DEMO_ACCOUNTS.clerk.login);
  const walkIn = await e2eDb().application.findUniqueOrThrow({
    where: { registrationNumber: walkInNumber },
    select: { state: true, channel: true, categorySought: true, documents: true, applicant: { select: { iin: true, phone: true, locale: true } }, events: { select: { action: true, actorId: true } } },
  });
  expect(walkIn).toMatchObject({ state: "REGISTERED", channel: "OFFICE", categorySought: chosenCategory });
  expect(walkIn.applicant).toEqual({ iin: teacher.iin, phone: "+77012345678", locale: "en" });
  expect(Object.values(walkIn.documents as Record<string, string>).every((mark) => mark === "PRESENT")).toBe(true);
  expect(walkIn.events).toEqual([{ action: "REGISTER_AT_OFFICE", actorId: clerk.userId }]);

  const arrived = await e2eDb().application.findUniqueOrThrow({
    where: { id: forwarded.applicationId },
    select: { state: true, registeredAt: true, events: { where: { action: "REGISTER_ARRIVAL" }, select: { actorId: true } } },
  });
  expect(arrived.state).toBe("REGISTERED");
  expect(arrived.registeredAt).not.toBeNull();
  expect(arrived.events).toEqual([{ actorId: clerk.userId }]);

  const token = await decode({ token: sessionCookie.value, secret: E2E_SECRET });
  const session = await e2eDb().userSession.findUniqueOrThrow({ where: { id: token!.sessionId }, select: { endedReason: true } });
  expect(session.endedReason).toBe("SIGNED_OUT");
});
