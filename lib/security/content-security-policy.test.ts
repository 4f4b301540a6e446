import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";
// @ts-expect-error -- plain JavaScript without types, read here as Next.js reads it
import nextConfigModule from "../../next.config.js";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { newNonce, pagePolicy, scanPolicy, SHARED_DIRECTIVES, websocketOrigin } from "./content-security-policy";

const nextConfig = nextConfigModule as NextConfig;
const directives = (policy: string) => new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values.join(" ")]));

describe("the Content-Security-Policy", () => {
  it("lets a page's scripts run only with its nonce: no 'unsafe-inline', no eval outside development", () => {
    const page = directives(pagePolicy("abc123"));
    expect(page.get("script-src")).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(pagePolicy("abc123", { isDevelopment: true })).toContain("'unsafe-eval'");
    expect(page.get("frame-ancestors")).toBe("'none'");
    expect(page.get("object-src")).toBe("'none'");
  });

  it("gives every page response a new, unguessable nonce", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("agrees with next.config.js's policy for other responses on everything but scripts, which there may not run inline", async () => {
    const rules = await nextConfig.headers!();
    const fixed = rules.find((rule) => rule.source.startsWith("/api/"))!.headers.find((h) => h.key === "Content-Security-Policy")!.value;
    const other = directives(fixed);
    expect(other.get("script-src")).toBe("'self'");
    other.delete("script-src");
    expect(other).toEqual(directives(SHARED_DIRECTIVES.join("; ")));
    // pages get no second policy from the config: it would refuse the nonce'd scripts
    const pageRules = rules.filter((rule) => !rule.source.startsWith("/api/") && !rule.source.startsWith("/_next/"));
    expect(pageRules.flatMap((rule) => rule.headers.map((h) => h.key))).not.toContain("Content-Security-Policy");
  });

  it("lets the sign-in page reach NCALayer on the visitor's machine, and nothing else beyond the portal", () => {
    const policy = directives(pagePolicy("n0nce", { connectSources: [websocketOrigin("wss://127.0.0.1:13579/")!] }));
    expect(policy.get("connect-src")).toBe("'self' wss://127.0.0.1:13579");
    expect(directives(pagePolicy("n0nce")).get("connect-src")).toBe("'self'");
    expect(websocketOrigin("https://evil.example/")).toBeNull();
    expect(websocketOrigin("wss://127.0.0.1:13579; script-src *")).toBeNull();
    expect(websocketOrigin(undefined)).toBeNull();
  });

  // issue 14, finding 10: the scan download's own sandboxing policy was replaced by the /api one
  it("leaves the scan download's policy to the route, and every other route handler to the fixed one", async () => {
    const rules = await nextConfig.headers!();
    const withPolicy = rules.filter((rule) => rule.headers.some((h) => h.key === "Content-Security-Policy"));
    // matched as Next.js matches a rule's source; a route can never replace a header a rule set
    const covered = (pathname: string) => withPolicy.some((rule) => getPathMatch(rule.source, { strict: true })(pathname) !== false);
    expect(covered("/api/scans/cmabc0000000000000000001")).toBe(false);
    for (const pathname of ["/api/status", "/api/health", "/api/applications/cmabc/scans", "/api/applications/cmabc/receipt", "/api/auth/session", "/api/region/export", "/_next/static/x.css"]) {
      expect(covered(pathname), pathname).toBe(true);
    }
  });

  it("gives a scan nothing to load or run: images sandboxed, PDFs (whose viewer a sandbox stops) not", () => {
    for (const type of ["image/png", "image/jpeg", null]) {
      const policy = directives(scanPolicy(type));
      expect(policy.get("default-src"), String(type)).toBe("'none'");
      expect(policy.has("sandbox"), String(type)).toBe(true);
      expect(policy.get("frame-ancestors")).toBe("'none'");
    }
    const pdf = directives(scanPolicy("application/pdf"));
    expect(pdf.get("default-src")).toBe("'none'");
    expect(pdf.get("frame-ancestors")).toBe("'none'");
    expect(pdf.has("sandbox")).toBe(false);
    expect(pdf.has("script-src")).toBe(false);
  });
});
