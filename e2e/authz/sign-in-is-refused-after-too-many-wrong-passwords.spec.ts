// Failed sign-ins are limited per login and client (issue 14, finding 3): the client that guessed
// is refused, with how long to wait; the account's owner, from anywhere else, still signs in, and
// is told that someone tried.
import { expect, test, type Browser } from "@playwright/test";
import { LOCALES, type Locale } from "../../lib/i18n/locales";
import { freshClerk, OWN_PASSWORD } from "../auth/accounts";
import { ownClient } from "../own-client";
import { messages, signIn, useLocale } from "../support";

/** A browser whose connections come from an address of its own (e2e/own-client.ts). */
async function browserOfItsOwn(browser: Browser, baseURL: string, locale: Locale) {
  const client = await ownClient();
  const context = await browser.newContext({ proxy: client.proxy, baseURL });
  await useLocale(context, baseURL, locale);
  return { client, context, page: await context.newPage() };
}

for (const locale of LOCALES) {
  test(`after five wrong passwords from one place even the right one is refused there, with how long to wait (${locale})`, async ({ browser, baseURL }) => {
    const { login } = await freshClerk("clerk.limit");
    const guesser = await browserOfItsOwn(browser, baseURL!, locale);
    const m = messages(locale);
    try {
      for (let i = 0; i < 5; i++) {
        await signIn(guesser.page, locale, login, `wrong-${i}`);
        await expect(guesser.page.getByText(m.signIn.invalidCredentials)).toBeVisible();
      }
      await signIn(guesser.page, locale, login, OWN_PASSWORD);
      const [before, after] = m.reliability.signIn.tooManyAttempts.split("{minutes}") as [string, string];
      const alert = guesser.page.getByText(new RegExp(`^${escape(before)}\\d+${escape(after)}$`));
      await expect(alert).toBeVisible();
      const minutes = Number(/(\d+)/.exec((await alert.textContent()) ?? "")?.[1]);
      expect(minutes).toBeGreaterThanOrEqual(1);
      expect(minutes).toBeLessThanOrEqual(15);
      await expect(guesser.page).toHaveURL(/\/sign-in/);
    } finally {
      await guesser.context.close();
      await guesser.client.close();
    }
  });
}

test("someone else's wrong passwords do not lock the owner out: the owner signs in, and is told", async ({ browser, page, context, baseURL }) => {
  test.setTimeout(60_000);
  const { login } = await freshClerk("clerk.lockout");
  const m = messages("ru");
  // the attack: the account's login from another address, wrong passwords until refused
  const attacker = await browserOfItsOwn(browser, baseURL!, "ru");
  try {
    for (let i = 0; i < 6; i++) await signIn(attacker.page, "ru", login, `guess-${i}`);
    await expect(attacker.page.getByText(new RegExp(escape(m.reliability.signIn.tooManyAttempts.split("{minutes}")[0]!)))).toBeVisible();
  } finally {
    await attacker.context.close();
    await attacker.client.close();
  }
  // the owner, from the office's own address: in with the right password, told of the five failures
  await useLocale(context, baseURL!, "ru");
  await signIn(page, "ru", login, OWN_PASSWORD);
  await expect(page.getByRole("heading", { name: m.accountSecurity.notice.title })).toBeVisible();
  await expect(page.getByText(m.accountSecurity.notice.body.split("{count}")[0]!.trim())).toContainText("5");
  await page.getByRole("button", { name: m.accountSecurity.notice.continue }).click();
  await expect(page).toHaveURL(/\/clerk$/);
  // told once: the next sign-in goes straight in
  await page.context().clearCookies();
  await useLocale(context, baseURL!, "ru");
  await signIn(page, "ru", login, OWN_PASSWORD);
  await expect(page).toHaveURL(/\/clerk$/);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
