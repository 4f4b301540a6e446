// Sessions are signed, encrypted JWTs naming a server-side session row that ends 8 hours after
// sign-in: a cookie that was altered, or whose token or row has expired, is no session at all —
// the workspace sends the visitor to sign in and the API answers 401. The token is forged with
// next-auth's own encoder and the end-to-end server's secret (playwright.config.ts), over a session
// row started as sign-in starts it; a valid forgery is accepted first, so the refusals mean something.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { startUserSession } from "../../lib/auth/user-sessions";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { actorByLogin, e2eDb } from "../staff/fixtures";
import { savedSession } from "../support";

const SESSION_COOKIE = "next-auth.session-token";
const E2E_SECRET = process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789";

async function withSessionCookie(baseURL: string, value: string) {
  return playwrightRequest.newContext({
    baseURL,
    storageState: { cookies: [{ name: SESSION_COOKIE, value, domain: new URL(baseURL).hostname, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" }], origins: [] },
  });
}

async function isSignedIn(session: APIRequestContext): Promise<boolean> {
  const queue = await session.get("/api/staff/queue");
  const page = await session.get("/clerk", { maxRedirects: 0 });
  // a token that does not decode is redirected by proxy.ts (307); one that decodes but whose
  // session row is no longer live passes that optimistic check and is redirected by the page
  // itself, after the loading shell has been streamed: a 200 carrying Next.js's redirect tag
  const body = page.status() === 200 ? await page.text() : "";
  const isRedirectedByPage = /id="__next-page-redirect"[^>]*url=\/sign-in/.test(body);
  const signedIn = queue.status() === 200 && page.status() === 200 && !isRedirectedByPage;
  const isRedirectedByProxy = page.status() === 307 && /\/sign-in/.test(page.headers()["location"] ?? "");
  const signedOut = queue.status() === 401 && (isRedirectedByProxy || isRedirectedByPage);
  expect(signedIn || signedOut, `queue ${queue.status()}, page ${page.status()}`).toBe(true);
  return signedIn;
}

const EIGHT_HOURS = 8 * 60 * 60;

/** A token valid for `maxAge` seconds over a session row signed in at `signedInAt`. */
async function tokenFor(login: string, maxAge: number, signedInAt = new Date()): Promise<string> {
  const actor = await actorByLogin(login);
  const session = await startUserSession(e2eDb(), actor.userId, signedInAt, EIGHT_HOURS);
  return encode({
    secret: E2E_SECRET,
    maxAge,
    token: { name: actor.name, sub: actor.userId, sessionId: session.id, userId: actor.userId, role: actor.role, organizationId: actor.organizationId, applicantId: actor.applicantId },
  });
}

test("a session cookie that was altered is refused", async ({ baseURL }) => {
  // the clerk's saved session (auth.setup.ts): altering a copy of its cookie does not end it
  const real = await playwrightRequest.newContext({ baseURL, storageState: savedSession("clerk") });
  const cookie = (await real.storageState()).cookies.find((c) => c.name === SESSION_COOKIE)!;
  expect(await isSignedIn(real)).toBe(true);
  await real.dispose();

  // one character changed in the middle of the encrypted payload
  const middle = Math.floor(cookie.value.length / 2);
  const altered = cookie.value.slice(0, middle) + (cookie.value[middle] === "A" ? "B" : "A") + cookie.value.slice(middle + 1);
  const tampered = await withSessionCookie(baseURL!, altered);
  expect(await isSignedIn(tampered)).toBe(false);
  await tampered.dispose();
});

test("a session past its 8 hours is refused, while a current one is accepted", async ({ baseURL }) => {
  const current = await withSessionCookie(baseURL!, await tokenFor(DEMO_ACCOUNTS.clerk.login, 60 * 60));
  expect(await isSignedIn(current)).toBe(true);
  await current.dispose();

  const expired = await withSessionCookie(baseURL!, await tokenFor(DEMO_ACCOUNTS.clerk.login, -60));
  expect(await isSignedIn(expired)).toBe(false);
  await expired.dispose();

  // the cookie's expiry slides while the portal is used; the session itself ends 8 hours after sign-in
  const signedInNineHoursAgo = await withSessionCookie(baseURL!, await tokenFor(DEMO_ACCOUNTS.clerk.login, 60 * 60, new Date(Date.now() - 9 * 60 * 60 * 1000)));
  expect(await isSignedIn(signedInNineHoursAgo)).toBe(false);
  await signedInNineHoursAgo.dispose();
});

test("a session signed with another secret is refused", async ({ baseURL }) => {
  const actor = await actorByLogin(DEMO_ACCOUNTS.clerk.login);
  const { id: sessionId } = await startUserSession(e2eDb(), actor.userId, new Date(), EIGHT_HOURS);
  const forged = await encode({ secret: "someone-elses-secret-0123456789abcdef", token: { sub: actor.userId, sessionId, userId: actor.userId, role: "REGION_ADMIN", organizationId: actor.organizationId, applicantId: null } });
  const session = await withSessionCookie(baseURL!, forged);
  expect(await isSignedIn(session)).toBe(false);
  await session.dispose();
});
