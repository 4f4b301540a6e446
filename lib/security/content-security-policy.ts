// The Content-Security-Policy of pages: scripts only with this response's nonce. Next.js reads the
// nonce from the request's policy header (proxy.ts sets it) and puts it on every script it writes,
// inline payload included; 'strict-dynamic' lets those scripts load the chunks they need. So an
// injected <script> without the nonce never runs, which 'unsafe-inline' allowed.
// Responses that are not pages (JSON, PDFs, static files) carry the fixed policy of next.config.js,
// which runs no script at all; both policies agree on every other directive (a unit test holds them).

/** Every directive but script-src, shared with next.config.js. */
export const SHARED_DIRECTIVES = [
  "default-src 'self'",
  // React's style={{…}} attributes are inline styles
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const;

/** 128 random bits, base64: a new one for every page response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * `connectSources`: origins a page's scripts may open beyond its own; the sign-in page talks to
 * NCALayer on the visitor's own machine (wss://127.0.0.1:13579, SANAT_NCALAYER_URL) for sign-in
 * by digital signature. Only pages get it: the fixed policy of other responses runs no script.
 */
export function pagePolicy(nonce: string, { isDevelopment = false, connectSources = [] as string[] } = {}): string {
  // the development server's hot reload evaluates code; a production build never does
  const scriptSources = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDevelopment ? ["'unsafe-eval'"] : [])];
  const shared = SHARED_DIRECTIVES.map((directive) => (directive === "connect-src 'self'" && connectSources.length ? `${directive} ${connectSources.join(" ")}` : directive));
  return [`script-src ${scriptSources.join(" ")}`, ...shared].join("; ");
}

/** The origin of a ws(s):// URL for connect-src, or null for anything else (a policy never takes raw input). */
export function websocketOrigin(url: string | undefined): string | null {
  try {
    const parsed = new URL(url ?? "");
    return parsed.protocol === "wss:" || parsed.protocol === "ws:" ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

/**
 * The policy of a scan download (the route sets it on every answer; next.config.js leaves that
 * path to it): a scan is shown, never run, and loads nothing. Images are also sandboxed (no script,
 * no form, an opaque origin whatever they hold). A PDF is not: Chromium refuses to start its PDF
 * viewer in a sandboxed document (crbug.com/413851), and its viewer runs a PDF's own scripts in an
 * origin of its own, never the portal's. `style-src 'unsafe-inline'` is for the browser's own
 * viewer page around an image or PDF.
 */
export function scanPolicy(contentType: string | null): string {
  const directives = ["default-src 'none'", "img-src 'self'", "style-src 'unsafe-inline'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"];
  return [...directives, ...(contentType === "application/pdf" ? [] : ["sandbox"])].join("; ");
}
