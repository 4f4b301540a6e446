// Where sign-in sends the browser afterwards. An open redirect on a government sign-in page is a
// phishing tool: `/sign-in?callbackUrl=/%5Cevil.example` looked like a path ("/\evil.example"),
// but browsers read a backslash as a slash and drop tabs and newlines, so "/\evil.example",
// "/\t/evil.example" and "/\n/evil.example" all meant //evil.example, another site.
// The one rule: resolve the callback as a browser would, against our own origin, and keep only
// the path and query of a result that stayed on it.

export const DEFAULT_RETURN_PATH = "/workspace";

// any origin of ours does: only the path and query of a URL that stays on it are kept
const OWN_ORIGIN = "https://portal.invalid";

/** A path on this portal ("/clerk?view=mine") for any callback a visitor can write; DEFAULT_RETURN_PATH otherwise. */
export function safeReturnPath(callbackUrl: unknown, ownOrigin: string = OWN_ORIGIN): string {
  if (typeof callbackUrl !== "string" || callbackUrl.length === 0 || callbackUrl.length > 2_000) return DEFAULT_RETURN_PATH;
  let resolved: URL;
  try {
    resolved = new URL(callbackUrl, `${ownOrigin}/`);
  } catch {
    return DEFAULT_RETURN_PATH;
  }
  if (resolved.origin !== new URL(ownOrigin).origin) return DEFAULT_RETURN_PATH;
  // "/.//evil.example" resolves to the path "//evil.example", which is another site again
  return `${resolved.pathname.replace(/^\/+/, "/")}${resolved.search}`;
}

/** next-auth's `redirect` callback: the same rule, as an absolute URL on the portal's base URL. */
export function redirectWithinPortal({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const base = new URL(baseUrl);
  // next-auth passes absolute URLs on its own base; anything else is resolved and judged alike
  return new URL(safeReturnPath(url, base.origin), base.origin).toString();
}
