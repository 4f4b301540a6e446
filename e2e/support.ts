import { expect, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/demo-accounts";
import type { Locale } from "../lib/i18n/locales";
import { LOCALE_COOKIE } from "../lib/i18n/locales";
import { MESSAGES } from "../lib/i18n/messages";

export { DEMO_PASSWORD };
export const messages = (locale: Locale) => MESSAGES[locale];

export async function useLocale(context: BrowserContext, baseURL: string, locale: Locale) {
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL }]);
}

export async function signIn(page: Page, locale: Locale, login: string, password = DEMO_PASSWORD) {
  const m = messages(locale);
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: m.signIn.title })).toBeVisible();
  await page.getByLabel(m.signIn.login).fill(login);
  await page.getByLabel(m.signIn.password).fill(password);
  await page.getByRole("button", { name: m.signIn.submit }).click();
}
