import { createHash } from "node:crypto";

/**
 * Who is asking, for rate limits: the first address of X-Forwarded-For (set by the reverse
 * proxy in front of the portal), else X-Real-IP. Stored hashed, so the buckets hold no
 * addresses.
 */
export function clientKeyFrom(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || headers.get("x-real-ip")?.trim() || "unknown";
  return createHash("sha256").update(address).digest("hex").slice(0, 24);
}
