// Issue 14, finding 6: `POST /api/applications/<id>/scans` with the clerk's cookie and
// `Origin: http://evil.example` (or `null`, or none) created a scan (201); from a same-site other
// origin in Chromium too. A route handler's change is taken only from the portal's own origin
// (proxy.ts, lib/actions/route-request.ts): every other request is a 403 `{ code, message }` in the
// visitor's language, and nothing is stored.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { LOCALE_COOKIE } from "../../lib/i18n/locales";
import { MESSAGES } from "../../lib/i18n/messages";
import { e2eDb, registerAtOffice } from "../staff/fixtures";
import { savedSession, savedSessionCookie, useLocale } from "../support";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

async function storedFor(applicationId: string) {
  const db = e2eDb();
  const [scans, events] = await Promise.all([
    db.scan.count({ where: { applicationId } }),
    db.auditEvent.count({ where: { applicationId } }),
  ]);
  return { scans, events };
}

test("a scan posted with the clerk's cookie from another origin, an opaque one or none is refused, and nothing is stored", async ({ playwright, baseURL }) => {
  const { applicationId } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login);
  const before = await storedFor(applicationId);
  const portal = new URL(baseURL!);
  // a context that sends no Origin of its own: each request names the one it claims
  const clerk = await playwright.request.newContext({ baseURL });
  const post = (headers: Record<string, string>, locale = "en") =>
    clerk.post(`/api/applications/${applicationId}/scans`, {
      headers: { Cookie: `${savedSessionCookie("clerk")}; ${LOCALE_COOKIE}=${locale}`, ...headers },
      multipart: { file: { name: "scan.png", mimeType: "image/png", buffer: PNG } },
    });

  const foreign: [string, Record<string, string>][] = [
    ["another site", { Origin: "http://evil.example" }],
    ["an opaque origin", { Origin: "null" }],
    ["no Origin at all", {}],
    ["the portal's host on another port", { Origin: `${portal.protocol}//${portal.hostname}:1` }],
    // as Next.js's own check, the Origin's host is compared; a browser says when the scheme differs
    ["the portal's name over another scheme, as a browser sends it", { Origin: `https://${portal.host}`, "Sec-Fetch-Site": "same-site" }],
    ["the right Origin, but the browser says another site sent it", { Origin: portal.origin, "Sec-Fetch-Site": "same-site" }],
    ["an Origin that is no URL", { Origin: "not a url" }],
  ];
  for (const [what, headers] of foreign) {
    for (const locale of ["kk", "ru", "en"] as const) {
      const response = await post(headers, locale);
      expect(response.status(), `${what} (${locale})`).toBe(403);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(await response.json()).toEqual({ code: "FORBIDDEN", message: MESSAGES[locale].reliability.request.foreignOrigin });
    }
  }
  expect(await storedFor(applicationId), "nothing stored").toEqual(before);

  // the same request from the portal's own origin goes through, as the clerk's page sends it
  const own = await post({ Origin: portal.origin, "Sec-Fetch-Site": "same-origin" });
  expect(own.status(), await own.text()).toBe(201);
  expect(await storedFor(applicationId)).toEqual({ scans: before.scans + 1, events: before.events + 1 });
  await clerk.dispose();
});

test("Chromium posting a scan from a same-site page of another origin, the clerk's cookie attached, is refused; from the portal's page it goes through", async ({ browser, baseURL }) => {
  const { applicationId } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login);
  const before = await storedFor(applicationId);
  const portal = new URL(baseURL!);
  const context = await browser.newContext({ storageState: savedSession("clerk") });
  await useLocale(context, baseURL!, "en");
  // the same host on another port is the same site: SameSite=Lax cookies go with its requests. A
  // real server on this machine (Chromium lets a page that Playwright made up reach no local address)
  const server = createServer((_request, response) => response.writeHead(200, { "Content-Type": "text/html" }).end("<!doctype html><title>sibling</title>"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const sibling = `${portal.protocol}//${portal.hostname}:${(server.address() as AddressInfo).port}`;
  const page = await context.newPage();
  const upload = (target: string) =>
    page.evaluate(async (url) => {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])], { type: "image/png" }), "scan.png");
      // no-cors: the page cannot read the answer, but the request (and the cookie) reaches the portal
      const response = await fetch(url, { method: "POST", body: form, credentials: "include", mode: url.startsWith(location.origin) ? "same-origin" : "no-cors" });
      return response.type === "opaque" ? null : response.status;
    }, target);

  await page.goto(`${sibling}/attack`);
  await upload(`${portal.origin}/api/applications/${applicationId}/scans`);
  expect(await storedFor(applicationId), "nothing stored").toEqual(before);

  await page.goto("/accessibility");
  expect(await upload(`${portal.origin}/api/applications/${applicationId}/scans`)).toBe(201);
  expect((await storedFor(applicationId)).scans).toBe(before.scans + 1);
  await context.close();
  server.close();
});
