import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addressBucket, CLIENT_ADDRESS_HEADER, clientAddressOf, clientKeyFrom, trustedProxyHopsFromEnv } from "./client-key";

const headersOf = (values: Record<string, string>) => new Headers(values);
// what scripts/serve.mjs puts on the process (scripts/serve.test.ts holds the two together)
const SERVED_BY_ENTRY = Symbol.for("sanat.client-address-header");
const ENTRY_HEADER = CLIENT_ADDRESS_HEADER;
const socket = (address: string, more: Record<string, string> = {}) => headersOf({ [CLIENT_ADDRESS_HEADER]: address, ...more });

describe("clientKeyFrom, under the portal's entry (scripts/serve.mjs)", () => {
  beforeEach(() => {
    (globalThis as Record<symbol, unknown>)[SERVED_BY_ENTRY] = ENTRY_HEADER;
  });
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[SERVED_BY_ENTRY];
  });

  it("with no proxy (the default), X-Forwarded-For and X-Real-IP change nothing: the socket decides", () => {
    const honest = clientKeyFrom(socket("203.0.113.7"));
    expect(clientKeyFrom(socket("203.0.113.7", { "x-forwarded-for": "198.51.100.1" }))).toBe(honest);
    expect(clientKeyFrom(socket("203.0.113.7", { "x-forwarded-for": "", "x-real-ip": "198.51.100.2" }))).toBe(honest);
    expect(clientKeyFrom(socket("203.0.113.7", { "x-forwarded-for": "1.1.1.1, 2.2.2.2, 3.3.3.3" }), 0)).toBe(honest);
    expect(clientKeyFrom(socket("203.0.113.8"))).not.toBe(honest);
  });

  it("random X-Forwarded-For headers from one socket all land in one bucket", () => {
    const keys = new Set(Array.from({ length: 61 }, (_, i) => clientKeyFrom(socket("127.0.0.9", { "x-forwarded-for": `10.${i}.0.1` }))));
    expect(keys.size).toBe(1);
  });

  it("behind one proxy of ours, the entry it appended, not what the client wrote before it", () => {
    const honest = clientKeyFrom(socket("10.0.0.2", { "x-forwarded-for": "203.0.113.7" }), 1);
    expect(clientKeyFrom(socket("10.0.0.2", { "x-forwarded-for": "198.51.100.1, 203.0.113.7" }), 1)).toBe(honest);
    expect(honest).toBe(clientKeyFrom(socket("203.0.113.7")));
  });

  it("the key is a hash: no address is stored", () => {
    const key = clientKeyFrom(socket("203.0.113.7"));
    expect(key).toMatch(/^[0-9a-f]{24}$/);
    expect(key).not.toContain("203");
  });
});

describe("clientKeyFrom, without the entry (plain `next start`)", () => {
  it("believes no client-written header: a copy of the entry's header is ignored, like X-Forwarded-For", () => {
    const unknown = clientKeyFrom(headersOf({}));
    expect(clientKeyFrom(socket("203.0.113.7"))).toBe(unknown);
    expect(clientKeyFrom(headersOf({ "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.10" }))).toBe(unknown);
  });
});

describe("clientAddressOf", () => {
  const of = (forwardedFor: string | null, socketAddress: string | null, trustedProxyHops: number) => clientAddressOf({ forwardedFor, socketAddress, trustedProxyHops });

  it("takes the socket with no proxy hops", () => {
    expect(of("1.2.3.4", "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(of(null, null, 0)).toBeNull();
  });

  it("counts hops from the right end of X-Forwarded-For + socket", () => {
    expect(of("made-up, 203.0.113.7", "10.0.0.2", 1)).toBe("203.0.113.7");
    expect(of("made-up, 203.0.113.7, 10.0.0.3", "10.0.0.2", 2)).toBe("203.0.113.7");
    // a chain shorter than the hops: its far end
    expect(of("203.0.113.7", "10.0.0.2", 5)).toBe("203.0.113.7");
    // without the entry, the chain is X-Forwarded-For alone (Next.js ends it with the socket when it was empty)
    expect(of("made-up, 203.0.113.7", null, 1)).toBe("made-up");
    expect(of("", null, 1)).toBeNull();
  });
});

describe("addressBucket", () => {
  it("keeps IPv4 as it is, and IPv4 written as IPv6 is IPv4", () => {
    expect(addressBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("::FFFF:127.0.0.1")).toBe("127.0.0.1");
  });

  it("puts a whole IPv6 /64 in one bucket, however it is written", () => {
    const bucket = addressBucket("2001:db8:1:2::1");
    expect(bucket).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:0db8:0001:0002:ffff:eeee:dddd:cccc")).toBe(bucket);
    expect(addressBucket("[2001:db8:1:2::99]")).toBe(bucket);
    expect(addressBucket("2001:db8:1:2::1%eth0")).toBe(bucket);
    expect(addressBucket("2001:db8:1:3::1")).not.toBe(bucket);
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
  });
});

describe("trustedProxyHopsFromEnv", () => {
  it("is 0 (no proxy) unless set, and a bad value is a configuration error", () => {
    expect(trustedProxyHopsFromEnv({})).toBe(0);
    expect(trustedProxyHopsFromEnv({ TRUSTED_PROXY_HOPS: "" })).toBe(0);
    expect(trustedProxyHopsFromEnv({ TRUSTED_PROXY_HOPS: "1" })).toBe(1);
    expect(trustedProxyHopsFromEnv({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(() => trustedProxyHopsFromEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => trustedProxyHopsFromEnv({ TRUSTED_PROXY_HOPS: "abc" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
