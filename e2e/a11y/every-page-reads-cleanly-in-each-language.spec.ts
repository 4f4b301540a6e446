// Every public page and every workspace's main pages, in Kazakh, Russian and English, as their
// people read them (issue 17's check): no serious or critical violation of WCAG 2.2 A/AA (axe); no
// raw message key or unfilled {placeholder}; no sentence of another language's dictionary; no
// browser console error, uncaught exception or hydration warning; nothing wider than the screen.
// The public and the teacher's pages are read on a 390 px phone as well. Each role's pages share
// one browser context holding the role's saved session; the packages opened are made here.
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

/** The dictionary's sentences of one language that no other language uses word for word ("OK", names of things in their own script excepted). */
function sentencesOnlyIn(locale: Locale): string[] {
  const others = new Set(LOCALES.filter((l) => l !== locale).flatMap((l) => templatesOf(MESSAGES[l])));
  return [...new Set(templatesOf(MESSAGES[locale]))]
    .flatMap((template) => template.split(/\{\w+\}/))
    .map((part) => part.trim())
    // long enough to be a sentence of that language, not a shared word or a code
    .filter((part) => part.length >= 24 && part.includes(" ") && ![...others].some((other) => other.includes(part)));
}
function templatesOf(node: unknown): string[] {
  if (typeof node === "string") return [node];
  return typeof node === "object" && node !== null ? Object.values(node).flatMap(templatesOf) : [];
}
const FOREIGN_SENTENCES = Object.fromEntries(
  LOCALES.map((locale) => [locale, LOCALES.filter((other) => other !== locale).flatMap((other) => sentencesOnlyIn(other).map((text) => ({ other, text })))]),
) as Record<Locale, { other: Locale; text: string }[]>;

/** A sentence of another language's dictionary on the page: a text left untranslated, or in the wrong locale's words. */
async function foreignText(page: Page, path: string, locale: Locale): Promise<string[]> {
  // a message shown as it was sent (the notification log, the mailbox) carries its own language in `lang`
  const text = (
    await page.evaluate(() => {
      const pageLanguage = document.documentElement.lang;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest("script, style, template")) continue;
        const marked = parent.closest("[lang]");
        if (marked && marked !== document.documentElement && marked.getAttribute("lang") !== pageLanguage) continue;
        parts.push(node.textContent ?? "");
      }
      return parts.join(" ");
    })
  ).replace(/\s+/g, " ");
  return FOREIGN_SENTENCES[locale].filter(({ text: sentence }) => text.includes(sentence)).map(({ other, text: sentence }) => `${path}: ${other} "${sentence.slice(0, 80)}"`);
}

/** Elements wider than the viewport: the page scrolls sideways, and what is beyond the edge is lost on a phone. */
async function overflowingElements(page: Page, path: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    return [...document.querySelectorAll("body *")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        // inside a container that scrolls on its own (a wide table), the page itself does not widen
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          if (/(auto|scroll|hidden)/.test(getComputedStyle(parent).overflowX)) return false;
        }
        return box.width > 0 && box.right > width + 1;
      })
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${element.className && typeof element.className === "string" ? `.${element.className.split(" ").slice(0, 2).join(".")}` : ""} "${(element.textContent ?? "").trim().slice(0, 40)}"`);
  });
  return found.map((element) => `${path}: ${element}`);
}

/** What the browser said while the pages loaded: console errors, uncaught exceptions, React's hydration warnings. */
function listenForBrowserErrors(page: Page): { take: (path: string) => string[] } {
  let heard: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    // the pages that answer 404 on purpose make the browser say so
    if (message.type() === "error" && /Failed to load resource: the server responded with a status of 404/.test(text)) return;
    if (message.type() === "error" || /hydrat|did not match/i.test(text)) heard.push(`${message.type()}: ${text.slice(0, 300)}`);
  });
  page.on("pageerror", (error) => heard.push(`uncaught: ${error.message.slice(0, 300)}`));
  return {
    take(path) {
      const taken = heard.map((line) => `${path}: ${line}`);
      heard = [];
      return taken;
    },
  };
}

async function contextFor(browser: Browser, baseURL: string, locale: Locale, session: SavedSession | null, viewport?: { width: number; height: number }) {
  const context = await browser.newContext({ baseURL, storageState: session ? savedSession(session) : SIGNED_OUT, ...(viewport ? { viewport } : {}) });
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
  { name: "teacher", session: "teacher", pages: () => ["/applicant", "/applicant/prepare", "/applicant/apply", "/account"] },
  { name: "clerk", session: "clerk", pages: (ids) => ["/clerk", "/clerk/register", `/clerk/applications/${ids.clerkPackage}`, "/account"] },
  { name: "executor", session: "executor", pages: (ids) => ["/executor", `/executor/applications/${ids.clerkPackage}`, "/account/second-factor"] },
  { name: "State Corporation operator", session: "operator", pages: () => ["/corp", "/corp/register"] },
  { name: "regional department", session: "region", pages: (ids) => ["/region", "/region/queue", "/region/process", `/region/applications/${ids.clerkPackage}`] },
  { name: "head of the provider", session: "head", pages: () => ["/head"] },
  { name: "system administrator", session: "admin", pages: () => ["/admin", "/admin?tab=users", "/admin?tab=users&q=aktau", "/admin?tab=organizations&q=aktau", "/admin?tab=holidays", "/admin/mailbox"] },
];

const PHONE = { width: 390, height: 844 };

for (const locale of LOCALES) {
  for (const role of ROLES) {
    const widths = role.name === "public" || role.name === "teacher" ? [undefined, PHONE] : [undefined];
    for (const viewport of widths) {
      const where = viewport ? `, on a ${viewport.width} px phone` : "";
      test(`${role.name} pages read cleanly: accessible, translated, one language, no browser errors, within the screen (${locale}${where})`, async ({ browser, baseURL }) => {
        test.setTimeout(150_000); // ten pages with axe each, on a busy machine
        const { applicationId } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login);
        // the executor's page shows the completeness check: the richest form of all
        if (role.name === "executor") await take(DEMO_ACCOUNTS.executor.login, applicationId);
        const context = await contextFor(browser, baseURL!, locale, role.session, viewport);
        const page = await context.newPage();
        const browserErrors = listenForBrowserErrors(page);
        const problems: string[] = [];
        for (const path of role.pages({ clerkPackage: applicationId })) {
          // axe once per page and language; the phone pass reads the rest again at its width
          if (!viewport) problems.push(...(await seriousViolations(page, path)));
          else {
            await page.goto(path);
            await page.waitForLoadState("networkidle");
          }
          problems.push(...(await untranslatedText(page, path)));
          problems.push(...(await foreignText(page, path, locale)));
          problems.push(...(await overflowingElements(page, path)));
          problems.push(...browserErrors.take(path));
        }
        await context.close();
        expect(problems).toEqual([]);
      });
    }
  }
}
