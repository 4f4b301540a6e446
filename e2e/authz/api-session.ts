import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { sentSignInCode } from "../applicant/teacher-code";
import { ownClient } from "../own-client";
import { callServerAction, serverActions } from "../server-actions";
import { DEMO_PASSWORD, portalOrigin } from "../support";

/**
 * An API context holding a staff member's session, signed in through next-auth's own credentials
 * endpoint (no browser); its requests name the portal's origin, as the portal's pages do.
 */
/**
 * A story keeps such a context across seconds of browser work, longer than the server keeps an
 * idle connection open (Node's 5 s); a request sent on a connection the server is closing meets
 * ECONNRESET (CI met it once, in the password-reset story). One connection per request removes
 * that race; on loopback it costs nothing a story notices.
 */
function apiContextFor(baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { ...portalOrigin(baseURL), Connection: "close" } });
}

export async function signedInContext(baseURL: string, login: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const session = await apiContextFor(baseURL);
  const { csrfToken } = (await (await session.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await session.post("/api/auth/callback/credentials", { form: { csrfToken, login, password, json: "true" }, maxRedirects: 0 });
  return expectSignedIn(session, login);
}

/**
 * An API context holding a teacher's session, signed in as a teacher can (no password): the code
 * is asked for at the code form's action, read where the demo delivers it (its SMS outbox or
 * mailbox), and given to next-auth's `otp` provider.
 */
export async function teacherSignedInContext(baseURL: string, iin: string): Promise<APIRequestContext> {
  const requestCode = serverActions().get("submitCodeSignIn");
  if (!requestCode) throw new Error("submitCodeSignIn is not in the build's server actions");
  const form = new FormData();
  form.set("iin", iin);
  form.set("step", "iin");
  const asked = new Date(Date.now() - 1_000);
  // from an address of its own: code requests are limited per client, and the run's other
  // teachers ask from 127.0.0.1 (e2e/own-client.ts)
  const client = await ownClient();
  const answer = await callServerAction(baseURL, requestCode, { form }, { from: (url, init) => client.fetch(url, init) }).finally(() => client.close());
  expect(answer.status, answer.raw.slice(0, 500)).toBe(200);
  expect(answer.value, "the code form moved to its code step").toMatchObject({ step: "code" });
  const code = await sentSignInCode(iin, asked);
  const session = await apiContextFor(baseURL);
  const { csrfToken } = (await (await session.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await session.post("/api/auth/callback/otp", { form: { csrfToken, iin, code, json: "true" }, maxRedirects: 0 });
  return expectSignedIn(session, iin);
}

async function expectSignedIn(session: APIRequestContext, login: string): Promise<APIRequestContext> {
  const me = (await (await session.get("/api/auth/session")).json()) as { user?: { id: string } };
  expect(me.user?.id, `signed in as ${login}`).toBeTruthy();
  return session;
}
