import { describe, expect, it } from "vitest";
import { cookieSettingsFrom, isSecureCookie, sessionCookie } from "./session-cookie";

describe("isSecureCookie", () => {
  const secure = (publicUrl: string | undefined, isProduction: boolean, secureSetting?: string) => isSecureCookie({ publicUrl, isProduction, secureSetting });

  it("is Secure when the portal is served over https, whatever the mode", () => {
    expect(secure("https://sanat.example.kz", false)).toBe(true);
    expect(secure("https://sanat.example.kz", true)).toBe(true);
  });

  it("in production, Secure even when NEXTAUTH_URL says http or nothing (a TLS proxy in front), but not on plain http loopback", () => {
    expect(secure("http://sanat.example.kz", true)).toBe(true);
    expect(secure(undefined, true)).toBe(true);
    expect(secure("not a url", true)).toBe(true);
    expect(secure("http://127.0.0.1:3000", true)).toBe(false);
    expect(secure("http://localhost:3000", true)).toBe(false);
  });

  it("the demo on http is not Secure (browsers would drop the cookie)", () => {
    expect(secure("http://localhost:3000", false)).toBe(false);
    expect(secure(undefined, false)).toBe(false);
  });

  it("SESSION_COOKIE_SECURE overrides both ways", () => {
    expect(secure("http://localhost:3000", false, "true")).toBe(true);
    expect(secure("http://localhost:3000", false, "1")).toBe(true);
    expect(secure("https://sanat.example.kz", true, "false")).toBe(false);
    expect(secure("http://localhost:3000", false, "maybe")).toBe(false);
  });

  it("reads the settings from the environment", () => {
    expect(cookieSettingsFrom({ NEXTAUTH_URL: "https://x.kz", SANAT_MODE: "production", SESSION_COOKIE_SECURE: "true" })).toEqual({
      publicUrl: "https://x.kz",
      isProduction: true,
      secureSetting: "true",
    });
    expect(cookieSettingsFrom({}).isProduction).toBe(false);
    expect(cookieSettingsFrom({ NODE_ENV: "production" }).isProduction).toBe(true);
    expect(cookieSettingsFrom({ NODE_ENV: "production", SANAT_MODE: "demo" }).isProduction).toBe(false);
  });
});

describe("sessionCookie", () => {
  it("takes the __Secure- prefix exactly when it is Secure, and is never readable by scripts", () => {
    expect(sessionCookie(true)).toEqual({ name: "__Secure-next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } });
    expect(sessionCookie(false).name).toBe("next-auth.session-token");
    expect(sessionCookie(false).options.httpOnly).toBe(true);
  });
});
