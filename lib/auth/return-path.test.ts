import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_RETURN_PATH, redirectWithinPortal, safeReturnPath } from "./return-path";

const PORTAL = "http://localhost:3000";

/** Where a browser on the portal goes when told to go to `path`. */
const landsOn = (path: string) => new URL(path, `${PORTAL}/sign-in`).origin;

describe("safeReturnPath", () => {
  it("keeps a path of the portal, with its query", () => {
    expect(safeReturnPath("/clerk")).toBe("/clerk");
    expect(safeReturnPath("/region/queue?view=overdue&from=2026-11-01")).toBe("/region/queue?view=overdue&from=2026-11-01");
    expect(safeReturnPath("/clerk/applications/abc#documents")).toBe("/clerk/applications/abc");
    expect(safeReturnPath("clerk")).toBe("/clerk");
  });

  // the requests, as the page receives them once the query is decoded, and more
  it.each([
    ["/\\evil.example", "%5C"],
    ["/\t/evil.example", "%09"],
    ["/\n/evil.example", "%0A"],
    ["/\\/evil.example", "%5C/"],
    ["/\r/evil.example", "%0D"],
    ["\\\\evil.example", "two backslashes"],
    ["//evil.example", "protocol-relative"],
    ["///evil.example", "three slashes"],
    ["/ /evil.example", "a space is a path"],
    ["http://evil.example/clerk", "absolute"],
    ["https:evil.example", "scheme without slashes"],
    ["HTTPS://evil.example", "upper case"],
    ["javascript:alert(1)", "script"],
    ["data:text/html,<script>alert(1)</script>", "data"],
    ["http://localhost:3000@evil.example/", "credentials"],
    [" //evil.example", "leading space"],
    ["/\u0000/evil.example", "NUL"],
  ])("%j (%s) never leaves the portal", (callbackUrl) => {
    const path = safeReturnPath(callbackUrl);
    expect(path.startsWith("/")).toBe(true);
    expect(path.startsWith("//")).toBe(false);
    expect(path).not.toContain("\\");
    expect(landsOn(path)).toBe(PORTAL);
  });

  it("a path that resolves to //host is kept on the portal", () => {
    expect(safeReturnPath("/.//evil.example")).toBe("/evil.example");
    expect(landsOn(safeReturnPath("/.//evil.example"))).toBe(PORTAL);
    expect(safeReturnPath("/a/..//evil.example")).toBe("/evil.example");
  });

  it("anything that is no usable text goes to the workspace", () => {
    for (const bad of [undefined, null, 42, ["/clerk"], "", "x".repeat(2_001), "http://[::1"]) expect(safeReturnPath(bad)).toBe(DEFAULT_RETURN_PATH);
  });

  it("whatever the callback, the browser stays on the portal (any string)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.webPath(), fc.string().map((s) => `/${s}`), fc.string().map((s) => `/\\${s}`)), (callbackUrl) => {
        const path = safeReturnPath(callbackUrl);
        expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
        expect(landsOn(path)).toBe(PORTAL);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe("redirectWithinPortal (next-auth's redirect callback)", () => {
  it("keeps the portal's own URLs and brings every other one back", () => {
    expect(redirectWithinPortal({ url: `${PORTAL}/clerk`, baseUrl: PORTAL })).toBe(`${PORTAL}/clerk`);
    expect(redirectWithinPortal({ url: "/", baseUrl: PORTAL })).toBe(`${PORTAL}/`);
    expect(redirectWithinPortal({ url: "/\\evil.example", baseUrl: PORTAL })).toBe(`${PORTAL}${DEFAULT_RETURN_PATH}`);
    expect(redirectWithinPortal({ url: "http://evil.example/", baseUrl: PORTAL })).toBe(`${PORTAL}${DEFAULT_RETURN_PATH}`);
    expect(redirectWithinPortal({ url: `${PORTAL}.evil.example/`, baseUrl: PORTAL })).toBe(`${PORTAL}${DEFAULT_RETURN_PATH}`);
  });
});
