// Every route handler (the authorization matrix's list), asked by the roles that use it with every
// field of the request bad in turn (path segments, query parameters, body fields, content types:
// the field's own crafted values, then generic ones), and by everyone, signed out too, with junk;
// in a random language. Never a 5xx; every JSON refusal carries a message from the asked
// language's dictionary; nothing stored changes.
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import fc from "fast-check";
import { ownClient, type OwnClient } from "../own-client";
import { makeIin } from "../../lib/domain/identity";
import type { Role } from "../../lib/domain/lifecycle";
import { isLocale, LOCALES, type Locale } from "../../lib/i18n/locales";
import { MAX_SCAN_BYTES } from "../../lib/scans/file-type";
import { API_MATRIX } from "../authz/route-matrix";
import { e2eDb, registerAtOffice } from "../staff/fixtures";
import {
  ANONYMOUS,
  adminTargets,
  badInField,
  badValue,
  createVisitor,
  expectTranslatedJson,
  fieldExamples,
  fingerprint,
  hostileText,
  invalidUtf8,
  locale,
  oversized,
  requestCounter,
  runs,
  withLocale,
  type Fields,
  type FuzzVisitor,
  type Watched,
} from "./fuzz-support";

/** Runs per field with generic bad values, after its own; then junk per visitor. */
const PER_FIELD_RUNS = 2;
const JUNK_RUNS = 6;

interface Targets {
  application: string;
  scan: string;
  registrationNumber: string;
  accessCode: string;
  organizationId: string;
}

interface FuzzRequest {
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

interface RouteFuzz {
  roles: Role[];
  /** every field of the request: its path segments, query parameters, body fields and content type */
  fields: (targets: Targets) => Fields;
  /** the request the fields make; a field left out is not sent (a path segment left out is the good one) */
  request: (values: Record<string, unknown>, targets: Targets) => FuzzRequest;
  /** junk beyond bad fields: bodies that are no JSON, no form, in another encoding */
  junk?: (targets: Targets) => fc.Arbitrary<FuzzRequest>;
  /** answers that are not refusals but fine for this input (a PDF for a valid id with a junk query, a queue with junk filters dropped) */
  alsoFine: number[];
  /** next-auth's own endpoints answer in next-auth's words: only "no 5xx" is ours to hold them to */
  isOurs: boolean;
  /** a request with good fields would store something (a scan): every input sent must be refused */
  stores?: boolean;
  /** the language the answer must be in, when the request names one itself (else the cookie's) */
  answerLocale?: (values: Record<string, unknown>) => unknown;
}

/** A queue cursor as the queue writes one: the last row's received instant and id. */
const cursor = (receivedAt: string, id: string) => Buffer.from(`${receivedAt}|${id}`).toString("base64url");

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

/** A query string of the values given (already percent-encoded), in the order given. */
function query(values: Record<string, unknown>, names: string[]): string {
  const pairs = names.filter((name) => values[name] !== undefined).map((name) => `${encode(name)}=${String(values[name])}`);
  return pairs.length ? `?${pairs.join("&")}` : "";
}

/** A query parameter: good values as given, bad ones as junk text or broken percent-encoding. */
const param = (good: string[], crafted: string[] = []) => ({ good: fc.constantFrom(...good.map(encode)), bad: badSegment, crafted: crafted.map(encode) });
const segment = (good: string, refused: string[] = []) => ({ good: fc.constant(good), bad: badSegment, refusesBad: true, refused: refused.map(encode) });
const jsonField = (good: unknown, crafted: unknown[] = []) => ({ good: fc.constant(good), crafted });

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const notAScan = fc.oneof(fc.uint8Array({ maxLength: 300 }).filter(NOT_A_SCAN_TYPE), invalidUtf8);
/** A valid IIN no record has: the lookups' misses are counted against it alone. */
const NOBODYS_IIN = makeIin("1970-01-01", "MALE", 9000 + Math.floor(Math.random() * 900));
const textOf = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value) ?? String(value));

const FUZZ: Record<string, RouteFuzz> = {
  "GET /api/applications/[id]/receipt": {
    roles: ["APPLICANT", "CLERK"],
    fields: (t) => ({ id: segment(t.application, ["no-such-package", "x".repeat(41), "__proto__"]), lang: param(["kk", "ru", "en"], ["", "KK", "xx", "__proto__"]) }),
    request: (v, t) => ({ path: `/api/applications/${v.id ?? t.application}/receipt${query(v, ["lang"])}` }),
    alsoFine: [200],
    isOurs: true,
  },
  // the package was never refused: no refusal to download, for anyone
  "GET /api/applications/[id]/refusal": {
    roles: ["APPLICANT", "EXECUTOR"],
    fields: (t) => ({ id: segment(t.application, ["no-such-package", "x".repeat(41)]), lang: param(["kk", "ru", "en"], ["", "xx"]) }),
    request: (v, t) => ({ path: `/api/applications/${v.id ?? t.application}/refusal${query(v, ["lang"])}` }),
    alsoFine: [],
    isOurs: true,
  },
  // nor accepted: no receipt of acceptance either
  "GET /api/applications/[id]/acceptance": {
    roles: ["APPLICANT", "CLERK"],
    fields: (t) => ({ id: segment(t.application, ["no-such-package", "x".repeat(41)]), lang: param(["kk", "ru", "en"], ["", "xx"]) }),
    request: (v, t) => ({ path: `/api/applications/${v.id ?? t.application}/acceptance${query(v, ["lang"])}` }),
    alsoFine: [],
    isOurs: true,
  },
  // a package id is no counter refusal: not found for anyone
  "GET /api/counter-refusals/[id]": {
    roles: ["CLERK", "CORP_OPERATOR"],
    fields: (t) => ({ id: segment(t.application, ["no-such-refusal", "x".repeat(41)]), lang: param(["kk", "ru", "en"], ["", "xx"]) }),
    request: (v, t) => ({ path: `/api/counter-refusals/${v.id ?? t.application}${query(v, ["lang"])}` }),
    alsoFine: [],
    isOurs: true,
  },
  // a package id is no complaint: not found for anyone who may read answers
  "GET /api/complaints/[id]/answer": {
    roles: ["APPLICANT", "REGION_ADMIN"],
    fields: (t) => ({ id: segment(t.application, ["no-such-complaint", "x".repeat(41), "__proto__"]), lang: param(["kk", "ru", "en"], ["", "xx"]) }),
    request: (v, t) => ({ path: `/api/complaints/${v.id ?? t.application}/answer${query(v, ["lang"])}` }),
    alsoFine: [],
    isOurs: true,
  },
  "POST /api/applications/[id]/scans": {
    roles: ["CLERK", "CORP_OPERATOR"],
    fields: (t) => ({
      id: segment(t.application, ["no-such-package", "x".repeat(41)]),
      contentType: { good: fc.constant("multipart/form-data; boundary=fuzzboundary"), bad: contentType, refusesBad: true, refused: ["application/json", "multipart/form-data; boundary=other", ""] },
      fileField: { good: fc.constant("file"), bad: hostileText.filter((name) => name !== "file"), refusesBad: true, refused: ["", "FILE", "files"] },
      file: { good: fc.constant(PNG), bad: notAScan, refusesBad: true, refused: [new Uint8Array(0), Buffer.from("%PDF"), Buffer.from("GIF89a")] },
      fileName: { good: fc.constant("scan.png"), bad: hostileText, crafted: ["", "a\u0000b.png", "\u202Egnp.exe", "Ә".repeat(300), "../../etc/passwd"] },
      // last: an unknown document is refused after the file is checked, just before it is stored
      documentCode: { good: fc.constant("APPLICATION_FORM"), bad: hostileText, refused: ["x", "X".repeat(61), "CONSTRUCTOR", "NO_SUCH_DOCUMENT"], crafted: [""] },
    }),
    request: (v, t) => {
      const parts = [
        ...(v.file !== undefined ? [{ name: textOf(v.fileField ?? "file").replace(/["\r\n]/g, ""), fileName: textOf(v.fileName ?? "scan.png").replace(/["\r\n]/g, ""), type: "image/png", content: v.file as Uint8Array }] : []),
        ...(v.documentCode !== undefined ? [{ name: "documentCode", content: textOf(v.documentCode) }] : []),
      ];
      return { path: `/api/applications/${v.id ?? t.application}/scans`, headers: { "Content-Type": textOf(v.contentType ?? "") }, body: multipartBody(parts) };
    },
    // not multipart at all, or a broken one
    junk: (t) => fc.tuple(contentType, jsonish).map(([type, body]) => ({ path: `/api/applications/${t.application}/scans`, headers: { "Content-Type": type }, body })),
    alsoFine: [],
    isOurs: true,
    stores: true,
  },
  // the teacher's online application: under the seed's version (paper only) nothing is received
  // (409 before the form is judged; the use-case's own refusals are tests/integration/online-application)
  "POST /api/applicant/online-application": {
    roles: ["APPLICANT"],
    fields: () => ({
      contentType: { good: fc.constant("multipart/form-data; boundary=fuzzboundary"), bad: contentType, refusesBad: true, refused: ["application/json", "multipart/form-data; boundary=other", ""] },
      file: { good: fc.constant(PNG), bad: notAScan, refusesBad: true, refused: [new Uint8Array(0), Buffer.from("GIF89a")] },
      code: { good: fc.constant("123456"), bad: hostileText, refusesBad: true, refused: ["", "x".repeat(41), "12345"] },
    }),
    request: (v) => {
      const parts = [
        ...(v.file !== undefined ? [{ name: "scan.APPLICATION_FORM", fileName: "form.png", type: "image/png", content: v.file as Uint8Array }] : []),
        ...(v.code !== undefined ? [{ name: "code", content: textOf(v.code) }] : []),
      ];
      return { path: "/api/applicant/online-application", headers: { "Content-Type": textOf(v.contentType ?? "") }, body: multipartBody(parts) };
    },
    junk: () => fc.tuple(contentType, jsonish).map(([type, body]) => ({ path: "/api/applicant/online-application", headers: { "Content-Type": type }, body })),
    alsoFine: [],
    isOurs: true,
    stores: true,
  },
  "GET /api/scans/[scanId]": {
    roles: ["CLERK", "EXECUTOR"],
    fields: (t) => ({ scanId: segment(t.scan, ["no-such-scan", "x".repeat(41), "%00"]) }),
    request: (v, t) => ({ path: `/api/scans/${v.scanId ?? t.scan}` }),
    alsoFine: [200],
    isOurs: true,
  },
  // a date filter or a cursor that cannot be applied is refused (400, lib/domain/date-filter.ts);
  // other junk filters are dropped, and the queue itself comes back
  "GET /api/staff/queue": {
    roles: ["CLERK", "EXECUTOR", "CORP_OPERATOR"],
    fields: () => ({
      view: param(["all", "mine"], ["", "__proto__", "constructor"]),
      state: param(["REGISTERED"], ["registered", "toString"]),
      channel: param(["OFFICE"], ["office"]),
      category: param(["FIRST"], ["first"]),
      from: param(["2026-01-01"], ["2030-02-30", "0001-01-01", "99999-01-01", "2026-13-01", "9999-99-99", "9999-12-31", "1999-12-31"]),
      to: param(["2026-12-31"], ["2030-02-30", "0001-01-01", "99999-01-01", "9999-12-31", "2025-12-31"]),
      norm: param(["overdue"], ["", "__proto__"]),
      q: param(["Тестова"], ["a\u0000b", "%", "'", "\\", "x".repeat(500)]),
      // a cursor as a page of the queue makes it, and cursors holding far or impossible dates (once a 500)
      after: param([cursor("2026-11-25T05:00:00.000Z", "cmabc12345")], ["x", "-1", "abc", "x".repeat(500), cursor("9999-12-31T00:00:00.000Z", "cmabc12345"), cursor("+275760-09-13T00:00:00.000Z", "cmabc12345"), cursor("0001-01-01T00:00:00.000Z", "cmabc12345"), cursor("2026-11-25T05:00:00.000Z", "a|b")]),
    }),
    request: (v) => ({ path: `/api/staff/queue${query(v, ["view", "state", "channel", "category", "from", "to", "norm", "q", "after"])}` }),
    alsoFine: [200],
    isOurs: true,
  },
  // a valid format with junk filters is an export of the filters it could read (audited as any
  // export); a period that cannot be applied is refused (400), not exported as another one
  "GET /api/region/export": {
    roles: ["REGION_ADMIN"],
    fields: (t) => ({
      format: { good: fc.constant("csv"), bad: badSegment, refused: ["", "pdf", "CSV", "csv%00"] },
      view: param(["league"], ["", "x", "__proto__"]),
      from: param(["2026-01-01"], ["2030-02-30", "0001-01-01", "2026-13-01", "99999-01-01", "2026-1-1", "9999-12-31"]),
      to: param(["2026-12-31"], ["2030-02-30", "0001-01-01", "99999-01-01", "2025-12-31"]),
      district: param([t.organizationId], ["x", "a".repeat(41)]),
      organization: param([t.organizationId], ["x", "a".repeat(41)]),
      channel: param(["OFFICE"], ["office"]),
      kind: param(["SCHOOL"], ["school"]),
      category: param(["FIRST"], ["first", "x".repeat(41)]),
      version: param([t.organizationId], ["x"]),
      trend: param(["week"], ["year", ""]),
      level: param(["district"], ["planet"]),
      sort: param(["received"], ["__proto__", "constructor"]),
      dir: param(["desc"], ["sideways"]),
    }),
    request: (v) => ({ path: `/api/region/export${query(v, ["format", "view", "from", "to", "district", "organization", "channel", "kind", "category", "version", "trend", "level", "sort", "dir"])}` }),
    alsoFine: [200],
    isOurs: true,
  },
  // the end-to-end server trusts the NCALayer stand-in's test CA: the route reads nothing of the
  // request, so any request gets a challenge (200), or, past the few live ones a client may hold,
  // the translated 429 (the challenge itself: lib/auth/ecp tests)
  "POST /api/ecp/challenge": {
    roles: [],
    fields: () => ({
      x: param(["1"], ["", "__proto__"]),
      contentType: { good: fc.constant("application/json"), bad: contentType, crafted: ["text/plain", ""] },
    }),
    request: (v) => ({ path: `/api/ecp/challenge${query(v, ["x"])}`, headers: { "Content-Type": textOf(v.contentType ?? "") }, body: "{}" }),
    junk: () => fc.tuple(contentType, jsonish).map(([type, body]) => ({ path: "/api/ecp/challenge", headers: { "Content-Type": type }, body })),
    alsoFine: [200],
    isOurs: true,
  },
  "GET /api/health": { roles: [], fields: () => ({ x: param(["1"]) }), request: (v) => ({ path: `/api/health${query(v, ["x"])}` }), alsoFine: [200], isOurs: true },
  // the IIN is never the package's teacher's, nor the demo teacher's (her IIN's misses would slow
  // her own lookups in other specs): every lookup of this spec is a miss (or over the limit)
  "POST /api/status": {
    roles: [],
    fields: (t) => ({
      registrationNumber: jsonField(t.registrationNumber, ["", "x".repeat(21), "2026-000001", ` ${t.registrationNumber}`, 2026000001]),
      iin: jsonField(NOBODYS_IIN, ["", "７６０９０７４１０００１", "x".repeat(41), 760907410001]),
      accessCode: jsonField(t.accessCode, ["", "x", "K7MQ0P", "К7М Q2Р", "x".repeat(41), 123456, ` ${t.accessCode.toLowerCase()} `]),
      locale: param(["ru"], ["", "RU", "xx", "__proto__"]),
      contentType: { good: fc.constant("application/json"), bad: contentType, crafted: ["text/plain", "application/json; charset=utf-16", ""] },
    }),
    request: (v) => ({
      path: `/api/status${query(v, ["locale"])}`,
      headers: { "Content-Type": textOf(v.contentType ?? "") },
      body: JSON.stringify(Object.fromEntries(["registrationNumber", "iin", "accessCode"].filter((name) => Object.hasOwn(v, name)).map((name) => [name, v[name]]))) ?? "",
    }),
    junk: () =>
      fc.oneof(
        fc.tuple(contentType, jsonish).map(([type, body]) => ({ path: "/api/status", headers: { "Content-Type": type }, body })),
        oversized.map((value) => ({ path: "/api/status", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ registrationNumber: value, iin: "x".repeat(1024 * 1024) }) })),
      ),
    answerLocale: (values) => values.locale,
    alsoFine: [],
    isOurs: true,
  },
  "GET /api/auth/[...nextauth]": {
    roles: ["CLERK"],
    fields: () => ({
      action: { good: fc.constantFrom("session", "csrf", "providers", "signin", "error"), bad: fc.oneof(badSegment, fc.constant("callback/credentials")) },
      callbackUrl: param(["/clerk"], ["javascript:alert(1)", "//evil.example", "http://evil.example", "\u0000", "x".repeat(3000)]),
      // a control character made next-auth write an invalid Location header (a 500, found by this fuzz)
      error: param(["CredentialsSignin"], ["", "__proto__", "\u0000", "\r\nSet-Cookie: x=1"]),
      csrf: param(["true"]),
    }),
    request: (v) => ({ path: `/api/auth/${v.action ?? "session"}${query(v, ["callbackUrl", "error", "csrf"])}` }),
    alsoFine: [200, 302],
    isOurs: false,
  },
  // a login nobody has: wrong passwords lock only a login of this spec, never a demo account
  "POST /api/auth/[...nextauth]": {
    roles: [],
    fields: () => ({
      action: { good: fc.constantFrom("callback/credentials", "signout", "signin/credentials"), bad: badSegment },
      contentType: { good: fc.constant("application/x-www-form-urlencoded"), bad: contentType },
      login: param(["fuzz.nobody"], ["", "x".repeat(3000)]),
      password: param(["not the password"], ["", "x".repeat(3000)]),
      csrfToken: param(["x"], [""]),
      json: param(["true"]),
      callbackUrl: param(["/clerk"], ["javascript:alert(1)", "//evil.example"]),
    }),
    request: (v) => ({
      path: `/api/auth/${v.action ?? "callback/credentials"}`,
      headers: { "Content-Type": textOf(v.contentType ?? "") },
      body: query(v, ["login", "password", "csrfToken", "json", "callbackUrl"]).slice(1),
    }),
    junk: () => fc.tuple(contentType, jsonish).map(([type, body]) => ({ path: "/api/auth/callback/credentials", headers: { "Content-Type": type }, body })),
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
  // every request comes from the portal's own origin, as its pages' would: the fields are what is fuzzed here
  let origin: string;
  // a client of its own (its own source address): the lookup's and sign-in's per-client limits never slow other specs
  let client: OwnClient;
  let fromOwnClient: APIRequestContext;

  test.beforeAll(async ({ baseURL }) => {
    test.setTimeout(90_000);
    client = await ownClient();
    fromOwnClient = await playwrightRequest.newContext({ baseURL, proxy: client.proxy });
    for (const role of ["APPLICANT", "CLERK", "EXECUTOR", "CORP_OPERATOR", "REGION_ADMIN"] as const) visitors.set(role, await createVisitor(baseURL!, role));
    const clerk = await e2eDb().user.findUniqueOrThrow({ where: { id: visitors.get("CLERK")!.userId! }, select: { login: true } });
    const registered = await registerAtOffice(clerk.login);
    const upload = await visitors.get("CLERK")!.context!.post(`/api/applications/${registered.applicationId}/scans`, {
      multipart: { file: { name: "scan.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) } },
    });
    expect(upload.status()).toBe(201);
    const school = await e2eDb().organization.findUniqueOrThrow({ where: { code: "AKTAU-SCH-07" }, select: { id: true } });
    targets = {
      application: registered.applicationId,
      scan: ((await upload.json()) as { id: string }).id,
      registrationNumber: registered.registrationNumber,
      accessCode: registered.accessCode,
      organizationId: school.id,
    };
    origin = new URL(baseURL!).origin;
    const visitorIds = [...visitors.values()].map((v) => v.userId!);
    const applicantIin = (await e2eDb().user.findUniqueOrThrow({ where: { id: visitors.get("APPLICANT")!.userId! }, select: { login: true } })).login;
    watched = { applicationIds: [targets.application], visitorIds, applicantIins: [applicantIin], exportsAreAnswered: true, ...(await adminTargets(visitorIds)) };
  });

  test.afterAll(async () => {
    await Promise.all([...visitors.values()].map((v) => v.context?.dispose()));
    await fromOwnClient?.dispose();
    await client?.close();
  });

  // `_request` (the test's own context) is not used: every request goes from the own client
  async function send(_request: APIRequestContext, method: string, fuzz: FuzzRequest, visitor: FuzzVisitor, asked: Locale): Promise<APIResponse> {
    const headers = { Cookie: withLocale(visitor.cookie, asked), Origin: origin, ...fuzz.headers };
    return fromOwnClient.fetch(fuzz.path, { method, headers, data: fuzz.body, maxRedirects: 0, failOnStatusCode: false });
  }

  for (const [key, fuzz] of Object.entries(FUZZ)) {
    const [method, route] = key.split(" ") as [string, string];
    test(`${method} ${route}: every field bad in turn, and junk, refused in the asked language`, async ({ request }) => {
      test.setTimeout(180_000);
      const requests = requestCounter();
      const options = { storesNothing: !fuzz.stores };
      const expectAnswered = async (fuzzRequest: FuzzRequest, visitor: FuzzVisitor, asked: Locale, named?: unknown) => {
        requests.add();
        const response = await send(request, method, fuzzRequest, visitor, asked);
        const status = response.status();
        const body = await response.text();
        const answerIn = isLocale(named) ? named : asked;
        const what = `${method} ${fuzzRequest.path.slice(0, 200)} as ${visitor.role} (${answerIn})`;
        expect(status, `${what}: never a 5xx: ${body.slice(0, 300)}`).toBeLessThan(500);
        if (!fuzz.isOurs || fuzz.alsoFine.includes(status)) return;
        expectTranslatedJson(status, response.headers(), body, answerIn, what);
      };
      const fields = fuzz.fields(targets);
      const before = await fingerprint(watched);
      // the roles that use it (everyone, for a public route), field by field
      const callers = fuzz.roles.length === 0 ? [ANONYMOUS] : fuzz.roles.map((role) => visitors.get(role)!);
      for (const visitor of callers) {
        for (const target of Object.keys(fields)) {
          const examples = fieldExamples(fields, target, options).map((values, i): [Record<string, unknown>, Locale] => [values, LOCALES[i % LOCALES.length]!]);
          await fc.assert(
            fc.asyncProperty(badInField(fields, target, options), locale, async (values, asked) => {
              await expectAnswered(fuzz.request(values, targets), visitor, asked, fuzz.answerLocale?.(values));
            }),
            runs(PER_FIELD_RUNS, examples),
          );
        }
      }
      // everyone, signed out too: any field bad, and junk bodies
      const anyBad = fc
        .constantFrom(...Object.keys(fields))
        .chain((target) => badInField(fields, target, options).map((values) => ({ ...fuzz.request(values, targets), named: fuzz.answerLocale?.(values) })));
      for (const visitor of fuzz.roles.length === 0 ? [ANONYMOUS] : [...callers, ANONYMOUS]) {
        await fc.assert(
          fc.asyncProperty(fuzz.junk ? fc.oneof(anyBad, fuzz.junk(targets) as fc.Arbitrary<FuzzRequest & { named?: unknown }>) : anyBad, locale, async (fuzzRequest, asked) => {
            await expectAnswered(fuzzRequest, visitor, asked, fuzzRequest.named);
          }),
          runs(JUNK_RUNS),
        );
      }
      expect(await fingerprint(watched), "nothing stored changed").toEqual(before);
      requests.report(key);
    });
  }

  test("a scan named with NUL, direction marks or 300 characters is stored under a name staff can read, never a 500", async ({ request }) => {
    // a package of its own: these uploads are accepted, so they stay out of what the fuzz watches
    const clerk = await e2eDb().user.findUniqueOrThrow({ where: { id: visitors.get("CLERK")!.userId! }, select: { login: true } });
    const { applicationId } = await registerAtOffice(clerk.login);
    const names = { "a\u0000b.png": "ab.png", "\u202Egnp.exe": "gnp.exe", [`${"Ә".repeat(300)}.png`]: "Ә".repeat(200), "\u0000": "scan.png" };
    for (const [name, stored] of Object.entries(names)) {
      const response = await send(
        request,
        "POST",
        { path: `/api/applications/${applicationId}/scans`, headers: { "Content-Type": "multipart/form-data; boundary=fuzzboundary" }, body: multipartBody([{ name: "file", fileName: name, type: "image/png", content: PNG }]) },
        visitors.get("CLERK")!,
        "kk",
      );
      expect(response.status(), `${JSON.stringify(name).slice(0, 30)}: ${await response.text()}`).toBe(201);
      const { id } = (await response.json()) as { id: string };
      expect((await e2eDb().scan.findUniqueOrThrow({ where: { id }, select: { fileName: true } })).fileName).toBe(stored);
    }
  });

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
