// axe on every public page and every workspace's main pages, in Kazakh, Russian and English:
// no serious or critical violation of WCAG 2.2 A/AA, and no raw message key or unfilled
// {placeholder} anywhere in the text a visitor reads. Each role's pages share one browser
// context signed in through the API; the packages opened are made here, not taken from the seed.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { LOCALES, LOCALE_COOKIE, type Locale } from "../../lib/i18n/locales";
import { MESSAGES } from "../../lib/i18n/messages";
import { signedInContext } from "../authz/api-session";
import { registerAtOffice, take } from "../staff/fixtures";

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

async function contextFor(browser: Browser, baseURL: string, locale: Locale, login: string | null) {
  const storageState = login ? await (await signedInContext(baseURL, login)).storageState() : undefined;
  const context = await browser.newContext({ baseURL, storageState });
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL }]);
  return context;
}

type PageList = (ids: { clerkPackage: string }) => string[];
const ROLES: { name: string; login: string | null; pages: PageList }[] = [
  {
    name: "public",
    login: null,
    pages: () => ["/", "/service", "/process", "/status", "/sign-in", "/accessibility", "/forbidden", "/verify/not-a-token", "/status/not-a-token", "/no-such-page"],
  },
  { name: "teacher", login: "760907410001", pages: () => ["/applicant", "/applicant/prepare"] },
  { name: "clerk", login: DEMO_ACCOUNTS.clerk.login, pages: (ids) => ["/clerk", "/clerk/register", `/clerk/applications/${ids.clerkPackage}`] },
  { name: "executor", login: DEMO_ACCOUNTS.executor.login, pages: (ids) => ["/executor", `/executor/applications/${ids.clerkPackage}`] },
  { name: "State Corporation operator", login: DEMO_ACCOUNTS.operator.login, pages: () => ["/corp", "/corp/register"] },
  { name: "regional department", login: DEMO_ACCOUNTS.region.login, pages: (ids) => ["/region", "/region/queue", "/region/process", `/region/applications/${ids.clerkPackage}`] },
  { name: "system administrator", login: DEMO_ACCOUNTS.admin.login, pages: () => ["/admin", "/admin?tab=users", "/admin/mailbox"] },
];

for (const locale of LOCALES) {
  for (const role of ROLES) {
    test(`${role.name} pages have no serious accessibility violations and no raw message keys (${locale})`, async ({ browser, baseURL }) => {
      test.setTimeout(150_000); // ten pages with axe each, on a busy machine
      const { applicationId } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login);
      // the executor's page shows the completeness check: the richest form of all
      if (role.name === "executor") await take(DEMO_ACCOUNTS.executor.login, applicationId);
      const context = await contextFor(browser, baseURL!, locale, role.login);
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
