import { createHash } from "node:crypto";
import { envValue } from "../env";
import { log } from "../log/logger";

/**
 * Who is asking, for rate limits, stored hashed so the buckets hold no addresses.
 *
 * The one address a client cannot choose is its connection's. Next.js does not hand it to the
 * app (it fills X-Forwarded-For with it only when the client sent none), so the portal's entry,
 * scripts/serve.mjs, writes it into CLIENT_ADDRESS_HEADER after deleting any copy the client sent,
 * and marks the process; the header is believed only under that mark.
 *
 * TRUSTED_PROXY_HOPS (default 0) is how many proxies of ours stand in front. With none, the client
 * is the socket's address and X-Forwarded-For is ignored whatever it says. With n, the chain is
 * X-Forwarded-For followed by the socket's address, and the client is the entry n places from its
 * right end: what our outermost proxy appended (each proxy appends what it saw; a client can
 * write only the left part). X-Real-IP is never read: any client can send one.
 */
export const CLIENT_ADDRESS_HEADER = "x-sanat-client-address";
const SERVED_BY_ENTRY = Symbol.for("sanat.client-address-header");

export function clientKeyFrom(headers: Pick<Headers, "get">, trustedProxyHops = trustedProxyHopsFromEnv()): string {
  const address = clientAddressOf({
    forwardedFor: headers.get("x-forwarded-for"),
    socketAddress: isServedByEntry() ? headers.get(CLIENT_ADDRESS_HEADER) : null,
    trustedProxyHops,
  });
  if (address === null) warnOnceAboutMissingAddress();
  return hashed(address === null ? "unknown" : addressBucket(address));
}

/** The client's address as the trusted part of the chain gives it, or null when it cannot be known. */
export function clientAddressOf(input: { forwardedFor: string | null; socketAddress: string | null; trustedProxyHops: number }): string | null {
  const socket = input.socketAddress?.trim() || null;
  if (input.trustedProxyHops <= 0) return socket;
  const forwarded = (input.forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // without our entry the socket is unknown; Next.js then put the socket's address into an empty
  // X-Forwarded-For itself, so the chain still ends with what this process saw
  const chain = socket ? [...forwarded, socket] : forwarded;
  if (chain.length === 0) return null;
  return chain[Math.max(0, chain.length - 1 - input.trustedProxyHops)]!;
}

/**
 * One bucket per IPv4 address and per IPv6 /64 (one subscriber's network: anyone who holds a /64
 * can take a new address for every request). IPv4 written as IPv6 (::ffff:a.b.c.d) is IPv4.
 */
export function addressBucket(address: string): string {
  const bare = address.replace(/^\[|\](?::\d+)?$/g, "").replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(bare);
  if (mapped) return mapped[1]!;
  if (!bare.includes(":")) return bare;
  return `${expandIpv6(bare).slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head, tail] = address.includes("::") ? address.split("::", 2) : [address, null];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // an embedded IPv4 tail (64:ff9b::1.2.3.4) counts as two groups
  const groups = (parts: string[]) => parts.flatMap((p) => (p.includes(".") ? ["0", "0"] : [p]));
  const l = groups(left);
  const r = groups(right);
  const fill = tail === null ? [] : Array.from({ length: Math.max(0, 8 - l.length - r.length) }, () => "0");
  return [...l, ...fill, ...r].map((group) => group.replace(/^0+(?=.)/, "") || "0");
}

const hashed = (value: string) => createHash("sha256").update(value).digest("hex").slice(0, 24);

function isServedByEntry(): boolean {
  return (globalThis as Record<symbol, unknown>)[SERVED_BY_ENTRY] === CLIENT_ADDRESS_HEADER;
}

let hasWarned = false;
function warnOnceAboutMissingAddress() {
  if (hasWarned) return;
  hasWarned = true;
  log.warn("rate_limit.client_address_unknown", {
    hint: "start the portal with `node scripts/serve.mjs` (npm start does), and behind a proxy set TRUSTED_PROXY_HOPS; until then every client shares one rate-limit bucket",
  });
}

/** TRUSTED_PROXY_HOPS as lib/env.ts validates it: a whole number from 0 to 10, 0 (no proxy) by default. */
export function trustedProxyHopsFromEnv(source: Record<string, string | undefined> = process.env): number {
  return envValue("TRUSTED_PROXY_HOPS", source);
}
