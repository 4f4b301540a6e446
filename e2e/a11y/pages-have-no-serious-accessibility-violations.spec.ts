// axe on every public page and every workspace's main pages, in Kazakh, Russian and English:
// no serious or critical violation of WCAG 2.2 A/AA, and no raw message key or unfilled
// {placeholder} anywhere in the text a visitor reads. Each role's pages share one browser
// context holding the role's saved session; the packages opened are made here, not taken from the seed.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { LOCALES, LOCALE_COOKIE, type Locale } from "../../lib/i18n/locales";
import { MESSAGES } from "../../lib/i18n/messages";
import { registerAtOffice, take } from "../staff/fixtures";
import { savedSession, SIGNED_OUT, type SavedSession } from "../support";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function seriousViolations(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  if (!path.startsWith("/no-such-")) expect(response?.status(), path).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

function keysOf(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}
const MESSAGE_KEYS = keysOf(MESSAGES.kk);

/** Text a visitor reads that is a dictionary key or still holds a {placeholder}: a translation bug. */
async function untranslatedText(page: Page, path: string): Promise<string[]> {
  const text = `${await page.title()}\n${await page.locator("body").innerText()}`;
  const rawKeys = MESSAGE_KEYS.filter((key) => new RegExp(`(^|[^\\w.])${key.replace(/\./g, "\\.")}($|[^\\w.])`).test(text));
  const placeholders = text.match(/\{[A-Za-z]+\}/g) ?? [];
  return [...rawKeys, ...placeholders].map((found) => `${path}: "${found}"`);
}

async function contextFor(browser: Browser, baseURL: string, locale: Locale, session: SavedSession | null) {
  const context = await browser.newContext({ baseURL, storageState: session ? savedSession(session) : SIGNED_OUT });
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL }]);
  return context;
}

type PageList = (ids: { clerkPackage: string }) => string[];
const ROLES: { name: string; session: SavedSession | null; pages: PageList }[] = [
  {
    name: "public",
    session: null,
    pages: () => ["/", "/service", "/process", "/status", "/sign-in", "/accessibility", "/forbidden", "/verify/not-a-token", "/status/not-a-token", "/no-such-page"],
  },
  { name: "teacher", session: "teacher", pages: () => ["/applicant", "/applicant/prepare", "/applicant/apply"] },
  { name: "clerk", session: "clerk", pages: (ids) => ["/clerk", "/clerk/register", `/clerk/applications/${ids.clerkPackage}`] },
  { name: "executor", session: "executor", pages: (ids) => ["/executor", `/executor/applications/${ids.clerkPackage}`, "/account/second-factor"] },
  { name: "State Corporation operator", session: "operator", pages: () => ["/corp", "/corp/register"] },
  { name: "regional department", session: "region", pages: (ids) => ["/region", "/region/queue", "/region/process", `/region/applications/${ids.clerkPackage}`] },
  { name: "head of the provider", session: "head", pages: () => ["/head"] },
  { name: "system administrator", session: "admin", pages: () => ["/admin", "/admin?tab=users", "/admin/mailbox"] },
];

for (const locale of LOCALES) {
  for (const role of ROLES) {
    test(`${role.name} pages have no serious accessibility violations and no raw message keys (${locale})`, async ({ browser, baseURL }) => {
      test.setTimeout(150_000); // ten pages with axe each, on a busy machine
      const { applicationId } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login);
      // the executor's page shows the completeness check: the richest form of all
      if (role.name === "executor") await take(DEMO_ACCOUNTS.executor.login, applicationId);
      const context = await contextFor(browser, baseURL!, locale, role.session);
      const page = await context.newPage();
      const violations: string[] = [];
      const untranslated: string[] = [];
      for (const path of role.pages({ clerkPackage: applicationId })) {
        violations.push(...(await seriousViolations(page, path)));
        untranslated.push(...(await untranslatedText(page, path)));
      }
      await context.close();
      expect(violations).toEqual([]);
      expect(untranslated).toEqual([]);
    });
  }
}
