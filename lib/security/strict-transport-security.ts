// HTTP Strict Transport Security: once a browser has seen the portal over HTTPS, it never asks for
// it over plain HTTP again for a year, so a network in between cannot strip TLS from the next visit.
// Browsers ignore the header on a plain-HTTP response (RFC 6797, 8.1), so it is sent whenever the
// portal is served over HTTPS: its configured origin (NEXTAUTH_URL) is https, or the request came
// over TLS, directly or through the proxy that terminated it (the first X-Forwarded-Proto). The demo
// on http://localhost never gets it, so a developer's browser never pins localhost to HTTPS.
// Subdomains are included (the portal's own host and below, never the parent domain); no preload.

export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

export interface TransportHeaders {
  /** the origin the portal is configured to be served at */
  publicOrigin?: string | null;
  /** the scheme of the request as the server received it, e.g. "https:" */
  requestProtocol?: string | null;
  forwardedProto?: string | null;
}

export function strictTransportSecurity({ publicOrigin, requestProtocol, forwardedProto }: TransportHeaders): string | null {
  const isHttps =
    /^https:\/\//i.test(publicOrigin?.trim() ?? "") ||
    requestProtocol?.toLowerCase() === "https:" ||
    forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
  return isHttps ? HSTS_VALUE : null;
}
