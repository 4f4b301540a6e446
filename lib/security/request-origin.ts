// Where a request says it comes from, judged once for the server actions (lib/actions/action-request.ts)
// and the route handlers (lib/actions/route-request.ts). Plain TypeScript, unit-tested beside it.

export interface RequestOriginHeaders {
  /** the Origin header; browsers send it with every POST, "null" from an opaque origin (a sandboxed page, a file, after a cross-site redirect) */
  origin?: string | null;
  /** Host, and the first entry of X-Forwarded-Host, which Next.js prefers when it is there */
  host?: string | null;
  forwardedHost?: string | null;
  /** Sec-Fetch-Site, sent by current browsers: "same-origin", "same-site", "cross-site" or "none" */
  fetchSite?: string | null;
}

/**
 * `same`: the Origin names the host the request was sent to, as Next.js compares them for its own
 * server-action check (X-Forwarded-Host's first entry, else Host), and the browser, if it says,
 * calls it same-origin. `foreign`: another host, "null", or a browser saying "same-site" (another
 * scheme or subdomain), "cross-site" or "none". `absent`: no Origin and no Sec-Fetch-Site (a
 * program, not a browser). `unreadable`: an Origin that is no URL.
 */
export type OriginVerdict = "same" | "foreign" | "absent" | "unreadable";

export function judgeOrigin({ origin, host, forwardedHost, fetchSite }: RequestOriginHeaders): OriginVerdict {
  if (fetchSite && fetchSite.trim().toLowerCase() !== "same-origin") return "foreign";
  if (!origin) return fetchSite ? "same" : "absent";
  if (origin === "null") return "foreign";
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return "unreadable";
  }
  const expectedHost = forwardedHost?.split(",")[0]?.trim() || host;
  return originHost !== "" && originHost === expectedHost ? "same" : "foreign";
}
