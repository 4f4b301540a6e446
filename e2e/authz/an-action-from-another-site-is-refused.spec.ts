// Cross-site request forgery: another website's page may make a signed-in executor's browser post
// to the portal's server actions (the session cookie is SameSite=Lax, which a top-level form post
// still carries in some browsers' defaults). Next.js compares the Origin with the host and refuses
// a mismatch, but with a 500 and no message; proxy.ts refuses it first, with a 403 in the visitor's
// language. The package must stay as it was.
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { LOCALE_COOKIE } from "../../lib/i18n/locales";
import { MESSAGES } from "../../lib/i18n/messages";
import { callServerAction, serverActions } from "../server-actions";
import { registerAtOffice, storedApplication } from "../staff/fixtures";
import { savedSessionCookie } from "../support";

test("an executor's action posted from another website is refused in the executor's language, and nothing changes", async ({ baseURL }) => {
  const cookie = savedSessionCookie("executor");
  const runTransition = serverActions().get("runTransition")!;
  const { applicationId } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login);
  const before = await storedApplication(applicationId);
  const take = { json: [{ applicationId, action: "TAKE_FOR_REVIEW", expectedVersion: before.version }] };

  for (const locale of ["kk", "ru", "en"] as const) {
    for (const origin of ["https://evil.example", "null", `${new URL(baseURL!).protocol}//${new URL(baseURL!).hostname}:1`]) {
      const response = await callServerAction(baseURL!, runTransition, take, {
        cookie: `${cookie}; ${LOCALE_COOKIE}=${locale}`,
        headers: { Origin: origin },
      });
      expect(response.status, `${origin} (${locale})`).toBe(403);
      expect(JSON.parse(response.raw)).toEqual({ error: "FORBIDDEN", message: MESSAGES[locale].reliability.request.foreignOrigin });
    }
  }
  expect(await storedApplication(applicationId)).toEqual(before);

  // the same request from the portal's own origin goes through
  const own = await callServerAction(baseURL!, runTransition, take, { cookie });
  expect(own.value).toEqual({ ok: true, data: { state: "UNDER_REVIEW" } });
});
