// The security headers (next.config.js) on a sample of every kind of response: public and
// signed-in pages, redirects, "not found", JSON from route handlers, a PDF, a static asset.
// And the Content-Security-Policy must not break the portal itself: signing in (client-side
// JavaScript) works, and the browser reports no violation.
import { expect, request as playwrightRequest, test, type APIResponse } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { scanPolicy } from "../../lib/security/content-security-policy";
import { HSTS_VALUE } from "../../lib/security/strict-transport-security";
import { actorByLogin, e2eDb, registerAtOffice } from "../staff/fixtures";
import { portalOrigin, savedSession, signInAs, useLocale } from "../support";

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, `${what}: Content-Security-Policy`).toContain("default-src 'self'");
  expect(csp, `${what}: no framing`).toContain("frame-ancestors 'none'");
  expect(csp, `${what}: no plugins`).toContain("object-src 'none'");
  expect(headers["x-frame-options"], `${what}: X-Frame-Options`).toBe("DENY");
  expect(headers["x-content-type-options"], `${what}: X-Content-Type-Options`).toBe("nosniff");
  expect(headers["referrer-policy"], `${what}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"], `${what}: no X-Powered-By`).toBeUndefined();
}

test("pages, redirects, not-found, JSON, a PDF and static files all carry the security headers", async ({ request, baseURL }) => {
  const home = await request.get("/");
  expectSecurityHeaders(home, "home page");
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(await home.text())?.[1];
  expect(stylesheet, "a stylesheet link on the home page").toBeTruthy();

  const anonymous: [string, Promise<APIResponse>, number][] = [
    ["sign-in page", request.get("/sign-in"), 200],
    ["redirect of a workspace to sign-in", request.get("/clerk", { maxRedirects: 0 }), 307],
    ["not-found page", request.get("/no-such-page"), 404],
    ["JSON of a route handler", request.get("/api/health"), 200],
    ["JSON error of a route handler", request.get("/api/staff/queue"), 401],
    ["JSON of the public lookup", request.post("/api/status", { data: {}, headers: portalOrigin(baseURL!) }), 400],
    ["next-auth endpoint", request.get("/api/auth/session"), 200],
    ["static stylesheet", request.get(stylesheet!), 200],
  ];
  for (const [what, pending, status] of anonymous) {
    const response = await pending;
    expect(response.status(), what).toBe(status);
    expectSecurityHeaders(response, what);
  }

  const { applicationId } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login);
  const clerk = await playwrightRequest.newContext({ baseURL, storageState: savedSession("clerk") });
  const queuePage = await clerk.get("/clerk");
  expect(queuePage.status()).toBe(200);
  expectSecurityHeaders(queuePage, "signed-in workspace page");
  const receipt = await clerk.get(`/api/applications/${applicationId}/receipt`);
  expect(receipt.headers()["content-type"]).toBe("application/pdf");
  expectSecurityHeaders(receipt, "receipt PDF");
  await clerk.dispose();
});

test("the Content-Security-Policy lets the portal run: signing in works and nothing is blocked", async ({ page, context, baseURL }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await useLocale(context, baseURL!, "en");
  await signInAs(page, "en", DEMO_ACCOUNTS.executor.login);
  await expect(page).toHaveURL(/\/executor$/);
  await expect(page.getByRole("table")).toBeVisible();
  await page.goto("/service");
  await page.goto("/process");
  expect(violations).toEqual([]);
});

test("robots.txt opens the public pages and the lookup form to search engines, and nothing private", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expectSecurityHeaders(response, "robots.txt");
  const rules = (await response.text()).split("\n").filter((line) => /^(Allow|Disallow):/.test(line));
  expect(rules).toEqual(["Allow: /$", "Allow: /service", "Allow: /process", "Allow: /accessibility", "Allow: /status$", "Disallow: /"]);
});

// issue 14, finding 10: no Strict-Transport-Security at all
test("HTTPS answers carry Strict-Transport-Security, the demo's plain HTTP ones do not", async ({ request }) => {
  for (const path of ["/", "/sign-in", "/api/health"]) {
    const overTls = await request.get(path, { headers: { "X-Forwarded-Proto": "https" } });
    expect(overTls.headers()["strict-transport-security"], `${path} through a TLS proxy`).toBe(HSTS_VALUE);
    const plain = await request.get(path);
    expect(plain.headers()["strict-transport-security"], `${path} over plain HTTP`).toBeUndefined();
  }
});

// issue 14, finding 10: the scan route's own sandboxing policy was replaced by the /api one, and
// downloads of identity documents were not audited
test("a scan download carries its own policy, alone, and is recorded in the audit trail", async ({ baseURL }) => {
  const { applicationId } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login);
  const clerk = await playwrightRequest.newContext({ baseURL, storageState: savedSession("clerk"), extraHTTPHeaders: portalOrigin(baseURL!) });
  const files = {
    "image/png": { name: "identity.png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) },
    "application/pdf": { name: "diploma.pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n") },
  };
  const executor = await playwrightRequest.newContext({ baseURL, storageState: savedSession("executor") });
  const executorActor = await actorByLogin(DEMO_ACCOUNTS.executor.login);
  for (const [type, file] of Object.entries(files)) {
    const upload = await clerk.post(`/api/applications/${applicationId}/scans`, { multipart: { file: { ...file, mimeType: type }, documentCode: "IDENTITY_DOCUMENT" } });
    expect(upload.status(), await upload.text()).toBe(201);
    const { id: scanId } = (await upload.json()) as { id: string };

    const download = await executor.get(`/api/scans/${scanId}`);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe(type);
    // the download's policy, not the /api one, and not both joined
    expect(download.headers()["content-security-policy"], type).toBe(scanPolicy(type));
    expect(download.headers()["content-security-policy"]).toContain("default-src 'none'");
    if (type !== "application/pdf") expect(download.headers()["content-security-policy"]).toMatch(/(^|; )sandbox($|;)/);
    expect(download.headers()["x-frame-options"]).toBe("DENY");
    expect(download.headers()["x-content-type-options"]).toBe("nosniff");

    const events = await e2eDb().auditEvent.findMany({ where: { applicationId, action: "DOWNLOAD_SCAN" }, select: { actorId: true, actorRole: true, data: true } });
    expect(events.filter((event) => (event.data as { scanId?: string }).scanId === scanId)).toEqual([
      { actorId: executorActor.userId, actorRole: "EXECUTOR", data: { scanId, documentCode: "IDENTITY_DOCUMENT", contentType: type } },
    ]);
  }
  // a refusal on that path carries a policy too: the strictest
  const missing = await executor.get("/api/scans/cmnosuchscan0000000000001");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-security-policy"]).toBe(scanPolicy(null));
  await Promise.all([clerk.dispose(), executor.dispose()]);
});

// found by a fuzz draw: the proxy's early refusal of an undecodable scan path carried no policy at
// all, because next.config.js leaves scan downloads to set their own
test("a scan path refused before its route runs still carries a policy: the scan's own", async ({ request }) => {
  const response = await request.get("/api/scans/%E0%A4%A");
  expect(response.status()).toBe(400);
  expect(response.headers()["content-security-policy"]).toBe(scanPolicy(null));
  expect(response.headers()["x-frame-options"]).toBe("DENY");
});
