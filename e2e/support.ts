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

/** Signs in and waits until the portal has let the user in (the session cookie is set). */
export async function signInAs(page: Page, locale: Locale, login: string) {
  await signIn(page, locale, login);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

export async function signIn(page: Page, locale: Locale, login: string, password = DEMO_PASSWORD) {
  const m = messages(locale);
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: m.signIn.title })).toBeVisible();
  await page.getByLabel(m.signIn.login).fill(login);
  await page.getByLabel(m.signIn.password).fill(password);
  await page.getByRole("button", { name: m.signIn.submit }).click();
}

/** The database the end-to-end server runs on (see playwright.config.ts), for setup and for checking what was stored. */
export function e2eDatabaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  if (process.env.TEST_DATABASE_URL) {
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = "/sanat_e2e";
    return url.toString();
  }
  return `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? "54331"}/sanat_e2e`;
}
