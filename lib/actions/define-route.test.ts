import { NextRequest, NextResponse } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "../domain/permissions";
import { AppError } from "../errors";
import type { Locale } from "../i18n/locales";
import { MESSAGES } from "../i18n/messages";

const session = vi.hoisted(() => ({ actor: null as Actor | null, locale: "kk" as Locale, reads: 0 }));
vi.mock("server-only", () => ({}));
vi.mock("../auth/session", () => ({
  currentActor: async () => {
    session.reads++;
    return session.actor;
  },
}));
vi.mock("../i18n/server", () => ({ currentLocale: async () => session.locale }));
const { defineRoute } = await import("./define-route");

const REGION: Actor = { userId: "u1", role: "REGION_ADMIN", name: "Гүлнар", organizationId: "o1", applicantId: null };
const CLERK: Actor = { ...REGION, role: "CLERK" };

beforeEach(() => {
  session.actor = REGION;
  session.locale = "kk";
  session.reads = 0;
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

const get = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) => new NextRequest(new URL(path, "http://127.0.0.1:3000"), init);
const context = <P>(params: P) => ({ params: Promise.resolve(params) });
async function answer(response: Response) {
  return { status: response.status, body: (await response.json()) as unknown, retryAfter: response.headers.get("retry-after") };
}

const scan = defineRoute({
  access: "signedIn",
  params: z.object({ scanId: z.string().regex(/^[a-z0-9]{10,40}$/) }),
  notFound: "errors.applicationNotFound",
  run: async ({ params, actor }) => NextResponse.json({ scanId: params.scanId, by: actor.userId }),
});

const exportRoute = defineRoute({
  access: "dashboard.read",
  input: (request) => ({ format: request.nextUrl.searchParams.get("format") }),
  schema: z.object({ format: z.enum(["csv", "xlsx"]) }),
  invalid: "dashboard.errors.invalidFilter",
  run: async ({ input }) => NextResponse.json(input),
});

describe("defineRoute", () => {
  it("puts the route's own headers on every answer, refusals included, unless the answer sets its own", async () => {
    const download = defineRoute({
      access: "signedIn",
      params: z.object({ scanId: z.string().regex(/^[a-z0-9]{10,40}$/) }),
      headers: { "Content-Security-Policy": "default-src 'none'; sandbox" },
      run: async ({ params }) =>
        params.scanId.startsWith("pdf")
          ? new Response("%PDF", { headers: { "Content-Security-Policy": "default-src 'none'" } })
          : new Response("png"),
    });
    const policyOf = async (scanId: string) => (await download(get("/api/scans/x"), context({ scanId }))).headers.get("content-security-policy");
    expect(await policyOf("pngabcdefghij")).toBe("default-src 'none'; sandbox");
    expect(await policyOf("pdfabcdefghij")).toBe("default-src 'none'");
    expect(await policyOf("not one")).toBe("default-src 'none'; sandbox");
    session.actor = null;
    expect(await policyOf("pngabcdefghij")).toBe("default-src 'none'; sandbox");
  });

  it("runs the handler with the actor and the parsed segments", async () => {
    expect(await answer(await scan(get("/api/scans/abcdefghij12"), context({ scanId: "abcdefghij12" })))).toMatchObject({ status: 200, body: { scanId: "abcdefghij12", by: "u1" } });
  });

  it("answers a segment that does not parse 'not found', as { code, message }", async () => {
    session.locale = "ru";
    for (const scanId of ["", "a\u0000b", "x".repeat(5000), "../etc"]) {
      expect(await answer(await scan(get("/api/scans/x"), context({ scanId })))).toEqual({
        status: 404,
        body: { code: "NOT_FOUND", message: MESSAGES.ru.errors.applicationNotFound },
        retryAfter: null,
      });
    }
  });

  it("answers a signed-out visitor 401 and a role without the permission 403", async () => {
    session.actor = null;
    expect(await answer(await exportRoute(get("/api/region/export?format=csv"), context({})))).toMatchObject({ status: 401, body: { code: "UNAUTHENTICATED", message: MESSAGES.kk.errors.signInFirst } });
    session.actor = CLERK;
    expect(await answer(await exportRoute(get("/api/region/export?format=csv"), context({})))).toMatchObject({ status: 403, body: { code: "FORBIDDEN", message: MESSAGES.kk.errors.forbidden } });
    session.actor = REGION;
    expect(await answer(await exportRoute(get("/api/region/export?format=csv"), context({})))).toMatchObject({ status: 200, body: { format: "csv" } });
  });

  it("answers input that does not parse with the route's own message", async () => {
    session.locale = "en";
    expect(await answer(await exportRoute(get("/api/region/export?format=pdf"), context({})))).toMatchObject({ status: 400, body: { code: "INVALID_INPUT", message: MESSAGES.en.dashboard.errors.invalidFilter } });
  });

  it("maps the handler's AppError by the status table, Retry-After included, in the language the request names", async () => {
    const lookUp = defineRoute({
      access: "public",
      locale: (request) => request.nextUrl.searchParams.get("locale"),
      input: (request) => request.json().catch(() => null),
      schema: z.object({ number: z.string() }),
      run: async () => {
        throw new AppError("RATE_LIMITED", "applicant.status.rateLimited", { minutes: 2 }, {}, { retryAfterSeconds: 90 });
      },
    });
    const post = (locale: string, body: string) => lookUp(get(`/api/status?locale=${locale}`, { method: "POST", body }), context({}));
    expect(await answer(await post("en", '{"number":"1"}'))).toEqual({ status: 429, body: { code: "RATE_LIMITED", message: "Too many requests. Try again in 2 min." }, retryAfter: "90" });
    // a language that is none of ours falls back to the visitor's cookie; a body that is no JSON is invalid input
    expect(await answer(await post("xx", "{{{"))).toMatchObject({ status: 400, body: { code: "INVALID_INPUT", message: MESSAGES.kk.errors.invalidInput } });
    expect(session.reads, "a public route reads no session").toBe(0);
  });

  it("answers an unexpected error 500 with the plain message", async () => {
    const broken = defineRoute({
      access: "signedIn",
      run: async () => {
        throw new Error("connection refused");
      },
    });
    expect(await answer(await broken(get("/api/x"), context({})))).toMatchObject({ status: 500, body: { code: "UNEXPECTED", message: MESSAGES.kk.errors.unexpected } });
  });
});
