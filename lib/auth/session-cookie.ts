// The session cookie, named and flagged in one place: next-auth's options (lib/auth/options.ts)
// and the sign-in form's action (lib/server-actions/sign-in.ts), which sets it itself, use the
// same. Pure: the settings come in as arguments.

export interface CookieSettings {
  /** NEXTAUTH_URL: the origin the portal is served at */
  publicUrl: string | undefined;
  /** production (SANAT_MODE=production) */
  isProduction: boolean;
  /** SESSION_COOKIE_SECURE: "true" or "false" overrides everything else */
  secureSetting: string | undefined;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

function parsedUrl(url: string | undefined): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

/**
 * Secure (sent over HTTPS only, and named with the `__Secure-` prefix browsers enforce) when the
 * setting says so, when the portal is served over https, and in production whatever NEXTAUTH_URL
 * says (a TLS proxy in front, a URL written without its scheme right), except plain http on this
 * machine's loopback, where browsers would drop the cookie. Before, it followed NEXTAUTH_URL's
 * scheme alone (issue 14, finding 10).
 */
export function isSecureCookie(settings: CookieSettings): boolean {
  const setting = settings.secureSetting?.trim().toLowerCase();
  if (setting === "true" || setting === "1") return true;
  if (setting === "false" || setting === "0") return false;
  const url = parsedUrl(settings.publicUrl);
  if (url?.protocol === "https:") return true;
  if (!settings.isProduction) return false;
  return !(url?.protocol === "http:" && LOOPBACK.has(url.hostname));
}

export interface SessionCookie {
  name: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean };
}

export function sessionCookie(secure: boolean): SessionCookie {
  return {
    name: secure ? "__Secure-next-auth.session-token" : "next-auth.session-token",
    options: { httpOnly: true, sameSite: "lax", path: "/", secure },
  };
}

/** Production as lib/env.ts decides it: SANAT_MODE, else production under NODE_ENV=production (`npm start` says demo). */
export function isProductionMode(env: Record<string, string | undefined>): boolean {
  return (env.SANAT_MODE || (env.NODE_ENV === "production" ? "production" : "demo")) === "production";
}

export function cookieSettingsFrom(env: Record<string, string | undefined>): CookieSettings {
  return { publicUrl: env.NEXTAUTH_URL, isProduction: isProductionMode(env), secureSetting: env.SESSION_COOKIE_SECURE };
}
