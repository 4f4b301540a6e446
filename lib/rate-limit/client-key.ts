import { createHash } from "node:crypto";
import { envValue } from "../env";

/**
 * Who is asking, for rate limits, stored hashed so the buckets hold no addresses.
 *
 * X-Forwarded-For is a list each proxy appends to, so only its right end can be trusted: the
 * entry written by our own reverse proxy. A client may send any left part it likes — taking the
 * first entry let anyone skip the limits with a made-up header. `trustedProxyHops` is how many
 * proxies of ours stand in front of the portal (TRUSTED_PROXY_HOPS, default 1: one load balancer
 * that appends the address it saw). With no proxy, Next.js fills the header with the socket's
 * address when the client sent none.
 */
export function clientKeyFrom(headers: Pick<Headers, "get">, trustedProxyHops = trustedProxyHopsFromEnv()): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const forwarded = chain[Math.max(0, chain.length - Math.max(1, trustedProxyHops))];
  const address = forwarded || headers.get("x-real-ip")?.trim() || "unknown";
  return createHash("sha256").update(address).digest("hex").slice(0, 24);
}

function trustedProxyHopsFromEnv(): number {
  return Math.max(1, envValue("TRUSTED_PROXY_HOPS"));
}
