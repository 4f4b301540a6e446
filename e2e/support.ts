import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/demo-accounts";
import { embeddedServerUrl } from "../scripts/embedded-server-url";
import type { Locale } from "../lib/i18n/locales";
import { LOCALE_COOKIE } from "../lib/i18n/locales";
import { MESSAGES } from "../lib/i18n/messages";

export { DEMO_PASSWORD };
export const messages = (locale: Locale) => MESSAGES[locale];

/** The demo teacher's IIN: the deterministic seed gives it the README's demo packages. */
export const DEMO_TEACHER_IIN = "760907410001";

/**
 * The accounts e2e/auth.setup.ts signs in once per run, saving each session for the stories that
 * only need to be signed in: `test.use({ storageState: savedSession("clerk") })`, or
 * `browser.newContext({ storageState: savedSession("operator") })`. A story about signing in,
 * signing out or ending sessions signs in for itself: signing out ends the server-side session
 * row, and the saved one must stay live for every other story.
 */
export const SAVED_SESSIONS = {
  teacher: DEMO_TEACHER_IIN,
  clerk: DEMO_ACCOUNTS.clerk.login,
  executor: DEMO_ACCOUNTS.executor.login,
  executor2: DEMO_ACCOUNTS.executor2.login,
  operator: DEMO_ACCOUNTS.operator.login,
  region: DEMO_ACCOUNTS.region.login,
  head: DEMO_ACCOUNTS.head.login,
  admin: DEMO_ACCOUNTS.admin.login,
} as const;
export type SavedSession = keyof typeof SAVED_SESSIONS;

// one folder per run's port, as playwright.config.ts keeps each run's artifacts apart: two runs in
// one checkout sign in on two servers
const SAVED_SESSIONS_DIR = path.join("e2e", ".auth", process.env.E2E_PORT ?? "default");

/** The storage state file of a saved session (git-ignored, rewritten by every run). */
export function savedSession(role: SavedSession): string {
  return path.join(SAVED_SESSIONS_DIR, `${role}.json`);
}

/** The saved session as a Cookie header, for requests made without Playwright (server actions over fetch). */
export function savedSessionCookie(role: SavedSession): string {
  const state = JSON.parse(readFileSync(savedSession(role), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/**
 * The Origin the portal's own pages send with a POST: proxy.ts refuses a change to a route handler
 * (/api/*) from any other origin, or with none. Request contexts that stand in for the portal's
 * pages send it (`extraHTTPHeaders: portalOrigin(baseURL)`); a browser sends it by itself.
 */
export function portalOrigin(baseURL: string): Record<string, string> {
  return { Origin: new URL(baseURL).origin };
}

/** For a context or request made inside a story that uses a saved session: start signed out. */
export const SIGNED_OUT = { cookies: [], origins: [] };

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
  await page.getByRole("button", { name: m.signIn.submit, exact: true }).click();
}

/** The database the end-to-end server runs on (see playwright.config.ts), for setup and for checking what was stored. */
export function e2eDatabaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  if (process.env.TEST_DATABASE_URL) {
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = "/sanat_e2e";
    return url.toString();
  }
  return embeddedServerUrl(process.env.E2E_PG_DIR ?? ".data/postgres-e2e", process.env.E2E_PG_PORT ?? "54331", "sanat_e2e");
}
