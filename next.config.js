/** @type {import('next').NextConfig} */

// Responses that are not pages (JSON, PDFs, images, static files) run no script at all. Pages get
// their own policy from proxy.ts, with a fresh nonce for Next.js's scripts
// (lib/security/content-security-policy.ts; every directive but script-src is the same there, and
// a unit test keeps it so). A scan download (/api/scans/<id>) sets its own, stricter policy
// (scanPolicy there): a header set here cannot be replaced by the route (Next.js keeps the first
// Content-Security-Policy it has), so that path is left out.
const contentSecurityPolicy = [
  "script-src 'self'",
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** Every route handler but the scan download, whose answers carry the policy it sets itself. */
const API_EXCEPT_SCAN_DOWNLOADS = "/api/:path((?!scans/).*)";

const nextConfig = {
  // parallel builds (several developers' test runs in one checkout) each take their own folder
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // not on pages: a second policy there would refuse the nonce'd scripts the first allows
      ...[API_EXCEPT_SCAN_DOWNLOADS, "/_next/:path*"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy }],
      })),
    ];
  },
};

export default nextConfig;
