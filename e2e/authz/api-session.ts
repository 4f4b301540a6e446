import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, portalOrigin } from "../support";

/**
 * An API context holding a session, signed in through next-auth's own credentials endpoint (no
 * browser); its requests name the portal's origin, as the portal's pages do.
 */
export async function signedInContext(baseURL: string, login: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const session = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: portalOrigin(baseURL) });
  const { csrfToken } = (await (await session.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await session.post("/api/auth/callback/credentials", { form: { csrfToken, login, password, json: "true" }, maxRedirects: 0 });
  const me = (await (await session.get("/api/auth/session")).json()) as { user?: { id: string } };
  expect(me.user?.id, `signed in as ${login}`).toBeTruthy();
  return session;
}
