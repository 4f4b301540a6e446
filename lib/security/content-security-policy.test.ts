import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";
// @ts-expect-error -- plain JavaScript without types, read here as Next.js reads it
import nextConfigModule from "../../next.config.js";
import { newNonce, pagePolicy, SHARED_DIRECTIVES } from "./content-security-policy";

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
    const fixed = rules.find((rule) => rule.source === "/api/:path*")!.headers.find((h) => h.key === "Content-Security-Policy")!.value;
    const other = directives(fixed);
    expect(other.get("script-src")).toBe("'self'");
    other.delete("script-src");
    expect(other).toEqual(directives(SHARED_DIRECTIVES.join("; ")));
    // pages get no second policy from the config: it would refuse the nonce'd scripts
    const pageRules = rules.filter((rule) => !rule.source.startsWith("/api/") && !rule.source.startsWith("/_next/"));
    expect(pageRules.flatMap((rule) => rule.headers.map((h) => h.key))).not.toContain("Content-Security-Policy");
  });
});
