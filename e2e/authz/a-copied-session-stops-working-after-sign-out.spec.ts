// Signing out ends the session on the server, not only in the browser that signed out: a copy of
// the session cookie (another browser, a stolen token) is refused from that moment, by the pages
// and by the API alike. The copy is shown to work first, so the refusal means something.
import { expect, test, type BrowserContext } from "@playwright/test";
import { decode } from "next-auth/jwt";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { e2eDb } from "../staff/fixtures";
import { messages, signInAs, useLocale } from "../support";

const SESSION_COOKIE = "next-auth.session-token";
const E2E_SECRET = process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789";

async function sessionCookieOf(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie, "the signed-in browser holds a session cookie").toBeTruthy();
  return cookie!;
}

test("a copied session cookie stops working for pages and the API once its owner signs out", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const m = messages("en");
  const original = await browser.newContext();
  await useLocale(original, baseURL!, "en");
  const page = await original.newPage();
  await signInAs(page, "en", DEMO_ACCOUNTS.clerk.login);
  await expect(page).toHaveURL(/\/clerk$/);
  const cookie = await sessionCookieOf(original);

  const copy = await browser.newContext();
  await useLocale(copy, baseURL!, "en");
  await copy.addCookies([cookie]);
  const copyPage = await copy.newPage();
  await copyPage.goto("/clerk");
  await expect(copyPage).toHaveURL(/\/clerk$/);
  await expect(copyPage.getByTestId("signed-in-user")).toBeVisible();
  expect((await copy.request.get("/api/staff/queue")).status()).toBe(200);
  // next-auth's own session endpoint, asked with the copied cookie (outside both browsers)
  const askSessionEndpoint = () => fetch(new URL("/api/auth/session", baseURL), { headers: { cookie: `${SESSION_COOKIE}=${cookie.value}` } });
  expect(((await (await askSessionEndpoint()).json()) as { user?: { id: string } }).user?.id).toBeTruthy();

  await page.getByRole("button", { name: m.nav.signOut }).click();
  await expect(page.getByRole("link", { name: m.nav.signIn, exact: true })).toBeVisible();

  // the copy still carries the same, validly signed cookie…
  expect((await sessionCookieOf(copy)).value).toBe(cookie.value);
  // …but the workspace sends it to sign in, and the API no longer knows it
  await copyPage.goto("/clerk");
  await expect(copyPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fclerk/);
  await expect(copyPage.getByRole("heading", { name: m.signIn.title })).toBeVisible();
  expect((await copy.request.get("/api/staff/queue")).status()).toBe(401);
  // next-auth's own session endpoint agrees: no session, and the cookie is cleared
  const sessionEndpoint = await askSessionEndpoint();
  expect(await sessionEndpoint.json()).toEqual({});
  expect(sessionEndpoint.headers.getSetCookie().join("\n")).toMatch(/next-auth\.session-token=;/);

  // what is stored: this sign-in's own session row (its id is inside the token) ended by sign-out
  const token = await decode({ token: cookie.value, secret: E2E_SECRET });
  const stored = await e2eDb().userSession.findUniqueOrThrow({ where: { id: token!.sessionId }, select: { endedAt: true, endedReason: true } });
  expect(stored.endedReason).toBe("SIGNED_OUT");
  expect(stored.endedAt).not.toBeNull();

  await original.close();
  await copy.close();
});
