import { describe, expect, it } from "vitest";
import { consumeRateLimit, createMemoryStore, windowStartOf, type RateLimitRule } from "./fixed-window";

const perClient: RateLimitRule = { name: "test:ip", limit: 3, windowSeconds: 60 };
const perNumber: RateLimitRule = { name: "test:number", limit: 5, windowSeconds: 3600 };
const at = (iso: string) => new Date(iso);

describe("fixed-window rate limit", () => {
  it("allows up to the limit in a window, then refuses with the seconds left", async () => {
    const store = createMemoryStore();
    const now = at("2026-11-25T05:00:10Z");
    for (let i = 0; i < 3; i++) {
      expect(await consumeRateLimit(store, [{ rule: perClient, subject: "a" }], now)).toEqual({ isAllowed: true });
    }
    expect(await consumeRateLimit(store, [{ rule: perClient, subject: "a" }], now)).toEqual({ isAllowed: false, retryAfterSeconds: 50 });
  });

  it("opens again in the next window", async () => {
    const store = createMemoryStore();
    for (let i = 0; i < 4; i++) await consumeRateLimit(store, [{ rule: perClient, subject: "a" }], at("2026-11-25T05:00:59Z"));
    expect(await consumeRateLimit(store, [{ rule: perClient, subject: "a" }], at("2026-11-25T05:01:00Z"))).toEqual({ isAllowed: true });
  });

  it("counts each client separately", async () => {
    const store = createMemoryStore();
    const now = at("2026-11-25T05:00:00Z");
    for (let i = 0; i < 4; i++) await consumeRateLimit(store, [{ rule: perClient, subject: "a" }], now);
    expect(await consumeRateLimit(store, [{ rule: perClient, subject: "b" }], now)).toEqual({ isAllowed: true });
  });

  it("refuses when any of several rules is exhausted: many clients against one number", async () => {
    const store = createMemoryStore();
    const now = at("2026-11-25T05:00:00Z");
    const attempt = (client: string) =>
      consumeRateLimit(store, [{ rule: perClient, subject: client }, { rule: perNumber, subject: "2026-000123" }], now);
    for (let i = 0; i < 5; i++) expect((await attempt(`client-${i}`)).isAllowed).toBe(true);
    const refused = await attempt("client-new");
    expect(refused).toEqual({ isAllowed: false, retryAfterSeconds: 3600 });
  });

  it("aligns windows to multiples of their length", () => {
    expect(windowStartOf(at("2026-11-25T05:07:31Z"), 300)).toEqual(at("2026-11-25T05:05:00Z"));
  });
});
