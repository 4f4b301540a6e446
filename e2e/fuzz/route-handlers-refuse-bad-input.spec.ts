// Every route handler (the authorization matrix's list), asked by the roles that use it and by a
// signed-out visitor, in a random language, with malformed ids, query strings, bodies and content
// types, and bodies over the limits. Never a 5xx; every JSON refusal carries a message from the
// asked language's dictionary; nothing stored changes.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import fc from "fast-check";
import type { Role } from "../../lib/domain/lifecycle";
import type { Locale } from "../../lib/i18n/locales";
import { MAX_SCAN_BYTES } from "../../lib/scans/file-type";
import { API_MATRIX } from "../authz/route-matrix";
import { e2eDb, registerAtOffice } from "../staff/fixtures";
import { ANONYMOUS, adminTargets, badValue, createVisitor, expectTranslatedJson, fingerprint, hostileText, invalidUtf8, locale, oversized, runs, withLocale, type FuzzVisitor, type Watched } from "./fuzz-support";

interface Targets {
  application: string;
  scan: string;
  registrationNumber: string;
}

interface FuzzRequest {
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

interface RouteFuzz {
  roles: Role[];
  request: (targets: Targets) => fc.Arbitrary<FuzzRequest>;
  /** answers that are not refusals but fine for this input (a PDF for a valid id with a junk query, a queue with junk filters dropped) */
  alsoFine: number[];
  /** next-auth's own endpoints answer in next-auth's words: only "no 5xx" is ours to hold them to */
  isOurs: boolean;
}

/** Percent-encoding as a client sends it (a lone surrogate has no UTF-8: it goes as U+FFFD). */
const encode = (text: string) => encodeURIComponent(text.replace(/[\uD800-\uDFFF]/gu, "\uFFFD"));

/** A path segment no route expects: hostile text percent-encoded, or broken percent-encoding as is. */
const badSegment = fc.oneof(
  // "." and ".." are resolved by every URL parser before a request leaves: no route ever sees them
  hostileText.filter((text) => text.length > 0).map(encode).filter((segment) => segment !== "." && segment !== ".."),
  fc.constantFrom("%", "%FF", "%E0%A4%A", "%00", "%C0%AF", "..%2F..%2F", "valueOf", "__proto__", "constructor", "%uD800", "x".repeat(5000), "-1", "0", "null", "undefined", "[object Object]"),
);

/** A query string of junk names and values, some broken percent-encoding among them. */
const badQuery = (names: string[]) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...names, "valueOf", "__proto__", "constructor", "toString"), fc.string({ maxLength: 8 })), fc.oneof(badSegment, fc.string({ maxLength: 30 }).map(encode))), { minLength: 1, maxLength: 5 })
    .map((pairs) => pairs.map(([name, value]) => `${encode(name)}=${value}`).join("&"));

const jsonish = fc.oneof(
  badValue.map((value) => JSON.stringify(value) ?? "undefined"),
  fc.string({ maxLength: 60 }),
  fc.constantFrom("{", "[", '{"registrationNumber":', "\u0000", '{"iin":"\\ud800"}', `{"a":${"[".repeat(3000)}${"]".repeat(3000)}}`),
);

const contentType = fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x", "application/json; charset=utf-16", "");

const NOT_A_SCAN_TYPE = (bytes: Uint8Array) => !(bytes[0] === 0x25 || bytes[0] === 0x89 || bytes[0] === 0xff);

function multipartBody(parts: { name: string; fileName?: string; type?: string; content: Uint8Array | string }[], boundary = "fuzzboundary"): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.fileName !== undefined ? `; filename="${part.fileName}"` : ""}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ""}\r\n`));
    chunks.push(Buffer.from(part.content));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const scanUpload = (targets: Targets): fc.Arbitrary<FuzzRequest> =>
  fc.oneof(
    // a file that is no scan, or no file at all, to the package's own or a malformed id
    fc
      .tuple(
        fc.oneof(fc.constant(targets.application), badSegment),
        fc.oneof(fc.uint8Array({ maxLength: 300 }).filter(NOT_A_SCAN_TYPE), invalidUtf8),
        fc.oneof(hostileText, fc.constant("scan.png")),
        fc.oneof(fc.constant("file"), hostileText),
        fc.option(hostileText),
      )
      .map(([id, content, fileName, field, documentCode]) => ({
        path: `/api/applications/${id}/scans`,
        headers: { "Content-Type": "multipart/form-data; boundary=fuzzboundary" },
        body: multipartBody([{ name: field, fileName: fileName.replace(/["\r\n]/g, ""), type: "image/png", content }, ...(documentCode !== null ? [{ name: "documentCode", content: documentCode }] : [])]),
      })),
    // not multipart at all, or a broken one
    fc.tuple(contentType, jsonish).map(([type, body]) => ({ path: `/api/applications/${targets.application}/scans`, headers: { "Content-Type": type }, body })),
  );

const FUZZ: Record<string, RouteFuzz> = {
  "GET /api/applications/[id]/receipt": {
    roles: ["APPLICANT", "CLERK"],
    request: (t) => fc.tuple(fc.oneof(badSegment, fc.constant(t.application)), fc.option(badQuery(["lang"]))).map(([id, query]) => ({ path: `/api/applications/${id}/receipt${query ? `?${query}` : ""}` })),
    alsoFine: [200],
    isOurs: true,
  },
  "GET /api/applications/[id]/refusal": {
    roles: ["APPLICANT", "EXECUTOR"],
    request: () => fc.tuple(badSegment, fc.option(badQuery(["lang"]))).map(([id, query]) => ({ path: `/api/applications/${id}/refusal${query ? `?${query}` : ""}` })),
    alsoFine: [],
    isOurs: true,
  },
  "POST /api/applications/[id]/scans": { roles: ["CLERK", "CORP_OPERATOR"], request: scanUpload, alsoFine: [], isOurs: true },
  "GET /api/scans/[scanId]": {
    roles: ["CLERK", "EXECUTOR"],
    request: () => badSegment.map((id) => ({ path: `/api/scans/${id}` })),
    alsoFine: [],
    isOurs: true,
  },
  // junk filters are dropped, not refused: the queue itself comes back
  "GET /api/staff/queue": { roles: ["CLERK", "EXECUTOR", "CORP_OPERATOR"], request: () => badQuery(["view", "state", "channel", "category", "from", "to", "norm", "q", "after"]).map((query) => ({ path: `/api/staff/queue?${query}` })), alsoFine: [200], isOurs: true },
  // the format is always junk: a valid export would be written to the audit trail
  "GET /api/region/export": {
    roles: ["REGION_ADMIN"],
    request: () =>
      fc.tuple(fc.oneof(badSegment, fc.constant("")), badQuery(["view", "from", "to", "district", "organizationId", "channel"])).map(([format, query]) => ({ path: `/api/region/export?format=${format}&${query}` })),
    alsoFine: [],
    isOurs: true,
  },
  "GET /api/health": { roles: [], request: () => badQuery(["x"]).map((query) => ({ path: `/api/health?${query}` })), alsoFine: [200], isOurs: true },
  "POST /api/status": {
    roles: [],
    request: (t) =>
      fc.oneof(
        fc.tuple(contentType, jsonish, fc.option(badQuery(["locale"]))).map(([type, body, query]) => ({ path: `/api/status${query ? `?${query}` : ""}`, headers: { "Content-Type": type }, body })),
        fc.tuple(fc.oneof(badValue, fc.constant(t.registrationNumber)), badValue).map(([registrationNumber, iin]) => ({ path: "/api/status", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ registrationNumber, iin }) ?? "" })),
        oversized.map((value) => ({ path: "/api/status", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ registrationNumber: value, iin: "x".repeat(1024 * 1024) }) })),
      ),
    alsoFine: [],
    isOurs: true,
  },
  "GET /api/auth/[...nextauth]": {
    roles: ["CLERK"],
    request: () => fc.tuple(fc.oneof(badSegment, fc.constantFrom("session", "csrf", "providers", "signin", "callback/credentials", "error")), fc.option(badQuery(["error", "callbackUrl", "csrf"]))).map(([action, query]) => ({ path: `/api/auth/${action}${query ? `?${query}` : ""}` })),
    alsoFine: [200, 302],
    isOurs: false,
  },
  "POST /api/auth/[...nextauth]": {
    roles: [],
    request: () =>
      fc.tuple(fc.oneof(badSegment, fc.constantFrom("callback/credentials", "signout", "signin/credentials", "session")), contentType, fc.oneof(jsonish, badQuery(["login", "password", "csrfToken", "json"]))).map(([action, type, body]) => ({
        path: `/api/auth/${action}`,
        headers: { "Content-Type": type },
        body,
      })),
    alsoFine: [200, 302],
    isOurs: false,
  },
};

test("every route handler of the authorization matrix has a fuzz entry", () => {
  expect(Object.keys(FUZZ).sort()).toEqual(Object.keys(API_MATRIX).sort());
});

test.describe("route handlers refuse bad input", () => {
  const visitors = new Map<Role, FuzzVisitor>();
  let targets: Targets;
  let watched: Watched;
  // a client address of its own: the lookup's and sign-in's per-client limits never slow other specs
  const clientAddress = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;

  test.beforeAll(async ({ baseURL }) => {
    test.setTimeout(90_000);
    for (const role of ["APPLICANT", "CLERK", "EXECUTOR", "CORP_OPERATOR", "REGION_ADMIN"] as const) visitors.set(role, await createVisitor(baseURL!, role));
    const clerk = await e2eDb().user.findUniqueOrThrow({ where: { id: visitors.get("CLERK")!.userId! }, select: { login: true } });
    const registered = await registerAtOffice(clerk.login);
    const upload = await visitors.get("CLERK")!.context!.post(`/api/applications/${registered.applicationId}/scans`, {
      multipart: { file: { name: "scan.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) } },
    });
    expect(upload.status()).toBe(201);
    targets = { application: registered.applicationId, scan: ((await upload.json()) as { id: string }).id, registrationNumber: registered.registrationNumber };
    const visitorIds = [...visitors.values()].map((v) => v.userId!);
    const applicantIin = (await e2eDb().user.findUniqueOrThrow({ where: { id: visitors.get("APPLICANT")!.userId! }, select: { login: true } })).login;
    watched = { applicationIds: [targets.application], visitorIds, applicantIins: [applicantIin], ...(await adminTargets(visitorIds)) };
  });

  test.afterAll(async () => {
    await Promise.all([...visitors.values()].map((v) => v.context?.dispose()));
  });

  async function send(request: APIRequestContext, method: string, fuzz: FuzzRequest, visitor: FuzzVisitor, asked: Locale): Promise<APIResponse> {
    const headers = { Cookie: withLocale(visitor.cookie, asked), "X-Forwarded-For": clientAddress, ...fuzz.headers };
    return request.fetch(fuzz.path, { method, headers, data: fuzz.body, maxRedirects: 0, failOnStatusCode: false });
  }

  for (const [key, fuzz] of Object.entries(FUZZ)) {
    const [method, route] = key.split(" ") as [string, string];
    test(`${method} ${route}: malformed ids, queries, bodies and content types are refused in the asked language`, async ({ request }) => {
      test.setTimeout(60_000);
      const callers = [...fuzz.roles.map((role) => visitors.get(role)!), ANONYMOUS];
      const before = await fingerprint(watched);
      for (const visitor of callers) {
        await fc.assert(
          fc.asyncProperty(fuzz.request(targets), locale, async (fuzzRequest, asked) => {
            const response = await send(request, method, fuzzRequest, visitor, asked);
            const status = response.status();
            const body = await response.text();
            const what = `${method} ${fuzzRequest.path.slice(0, 200)} as ${visitor.role} (${asked})`;
            expect(status, `${what}: never a 5xx: ${body.slice(0, 300)}`).toBeLessThan(500);
            if (!fuzz.isOurs || fuzz.alsoFine.includes(status)) return;
            expectTranslatedJson(status, response.headers(), body, asked, what);
          }),
          runs(10),
        );
      }
      expect(await fingerprint(watched), "nothing stored changed").toEqual(before);
    });
  }

  test("a scan over the size limit is refused before it is read, with the limit in the asked language", async ({ request }) => {
    const response = await send(
      request,
      "POST",
      {
        path: `/api/applications/${targets.application}/scans`,
        headers: { "Content-Type": "multipart/form-data; boundary=fuzzboundary" },
        body: multipartBody([{ name: "file", fileName: "big.pdf", type: "application/pdf", content: new Uint8Array(MAX_SCAN_BYTES + 128 * 1024) }]),
      },
      visitors.get("CLERK")!,
      "ru",
    );
    expectTranslatedJson(response.status(), response.headers(), await response.text(), "ru", "oversized scan");
  });
});
