import { describe, expect, it } from "vitest";
import { clientKeyFrom } from "./client-key";

const headersOf = (values: Record<string, string>) => new Headers(values);

describe("clientKeyFrom", () => {
  it("takes the address our proxy appended, not what the client wrote before it", () => {
    const honest = clientKeyFrom(headersOf({ "x-forwarded-for": "203.0.113.7" }), 1);
    const spoofing = clientKeyFrom(headersOf({ "x-forwarded-for": "198.51.100.1, 203.0.113.7" }), 1);
    expect(spoofing).toBe(honest);
  });

  it("with two proxies of ours, the entry the outer one appended", () => {
    const key = clientKeyFrom(headersOf({ "x-forwarded-for": "made-up, 203.0.113.7, 10.0.0.2" }), 2);
    expect(key).toBe(clientKeyFrom(headersOf({ "x-forwarded-for": "203.0.113.7" }), 1));
  });

  it("a chain shorter than the hops falls back to its first entry", () => {
    expect(clientKeyFrom(headersOf({ "x-forwarded-for": "203.0.113.7" }), 3)).toBe(clientKeyFrom(headersOf({ "x-forwarded-for": "203.0.113.7" }), 1));
  });

  it("falls back to X-Real-IP, and different clients get different keys", () => {
    const a = clientKeyFrom(headersOf({ "x-real-ip": "203.0.113.7" }), 1);
    const b = clientKeyFrom(headersOf({ "x-real-ip": "203.0.113.8" }), 1);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f]{24}$/);
    expect(a).not.toContain("203");
  });
});
