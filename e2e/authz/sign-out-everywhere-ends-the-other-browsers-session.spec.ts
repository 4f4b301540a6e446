// Issue 16, item 6: "sign out everywhere" on one's own account page ends every session the account
// has open. A clerk signed in on two browsers presses it on one: that one lands on sign-in, and the
// other, on its next page, is sent to sign in too. A teacher's browser lands on her code sign-in.
import { expect, test } from "@playwright/test";
import { freshClerk, OWN_PASSWORD } from "../auth/accounts";
import { registerAtOffice, uniqueTeacher, e2eDb } from "../staff/fixtures";
import { signInTeacherByCode, uniqueMobilePhone } from "../applicant/teacher-code";
import { messages, signIn, SIGNED_OUT, useLocale } from "../support";

test.use({ storageState: SIGNED_OUT });

test("a clerk signs out everywhere from one browser and the other browser's session ends too", async ({ browser, baseURL }) => {
  const m = messages("kk");
  const clerk = await freshClerk("clerk.everywhere");
  const [desk, laptop] = await Promise.all([browser.newContext({ baseURL }), browser.newContext({ baseURL })]);
  const pages = [];
  for (const context of [desk, laptop]) {
    await useLocale(context, baseURL!, "kk");
    const page = await context.newPage();
    await signIn(page, "kk", clerk.login, OWN_PASSWORD);
    await expect(page).toHaveURL(/\/clerk$/);
    pages.push(page);
  }
  const [deskPage, laptopPage] = pages as [(typeof pages)[0], (typeof pages)[0]];

  await deskPage.getByRole("link", { name: m.myAccount.nav }).click();
  await expect(deskPage.getByRole("heading", { level: 2, name: m.myAccount.everywhere.title })).toBeVisible();
  await deskPage.getByRole("button", { name: m.myAccount.everywhere.submit }).click();
  await expect(deskPage).toHaveURL(/\/sign-in\?signedOut=everywhere$/);
  await expect(deskPage.getByRole("status").filter({ hasText: m.myAccount.everywhere.done })).toBeVisible();
  await deskPage.goto("/clerk");
  await expect(deskPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fclerk/);

  await laptopPage.reload();
  await expect(laptopPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fclerk/);

  const sessions = await e2eDb().userSession.findMany({ where: { userId: clerk.userId }, select: { endedReason: true } });
  expect(sessions).toEqual([{ endedReason: "SIGNED_OUT_EVERYWHERE" }, { endedReason: "SIGNED_OUT_EVERYWHERE" }]);
  expect(await e2eDb().auditEvent.count({ where: { action: "ACCOUNT_SIGN_OUT_EVERYWHERE", actorId: clerk.userId } })).toBe(1);
  await Promise.all([desk.close(), laptop.close()]);
});

test("a teacher signs out everywhere and lands on her code sign-in; her other browser is signed out", async ({ browser, baseURL }) => {
  const m = messages("en");
  const teacher = { ...uniqueTeacher("en"), phone: uniqueMobilePhone() };
  await registerAtOffice("clerk.aktau7", teacher);
  const [phone, laptop] = await Promise.all([browser.newContext({ baseURL }), browser.newContext({ baseURL })]);
  const [phonePage, laptopPage] = await Promise.all([phone.newPage(), laptop.newPage()]);
  for (const [context, page] of [[phone, phonePage], [laptop, laptopPage]] as const) {
    await useLocale(context, baseURL!, "en");
    await signInTeacherByCode(page, "en", teacher.iin);
  }
  await phonePage.goto("/account");
  await phonePage.getByRole("button", { name: m.myAccount.everywhere.submit }).click();
  await expect(phonePage).toHaveURL(/\/sign-in\/code\?signedOut=everywhere$/);
  await expect(phonePage.getByRole("status").filter({ hasText: m.myAccount.everywhere.done })).toBeVisible();
  await laptopPage.goto("/applicant");
  await expect(laptopPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fapplicant/);
  await Promise.all([phone.close(), laptop.close()]);
});
