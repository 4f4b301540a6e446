import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase32, encodeBase32, groupedSecret, hotp, matchTotp, newTotpSecret, otpauthUri, totpCode, totpStep } from "./totp";

const ascii = (text: string) => Buffer.from(text, "ascii");

describe("HOTP (RFC 4226, appendix D)", () => {
  it("gives the RFC's codes for counters 0–9", () => {
    const expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
    expected.forEach((code, counter) => expect(hotp(ascii("12345678901234567890"), counter)).toBe(code));
  });
});

describe("TOTP (RFC 6238, appendix B)", () => {
  const vectors: [number, string, string, string][] = [
    [59, "94287082", "46119246", "90693936"],
    [1111111109, "07081804", "68084774", "25091201"],
    [1111111111, "14050471", "67062674", "99943326"],
    [1234567890, "89005924", "91819424", "93441116"],
    [2000000000, "69279037", "90698825", "38618901"],
    [20000000000, "65353130", "77737706", "47863826"],
  ];
  it.each(vectors)("at %i s: %s (SHA-1), %s (SHA-256), %s (SHA-512)", (seconds, sha1, sha256, sha512) => {
    const step = totpStep(new Date(seconds * 1000));
    expect(hotp(ascii("12345678901234567890"), step, 8, "sha1")).toBe(sha1);
    expect(hotp(ascii("12345678901234567890123456789012"), step, 8, "sha256")).toBe(sha256);
    expect(hotp(ascii("1234567890123456789012345678901234567890123456789012345678901234"), step, 8, "sha512")).toBe(sha512);
  });

  it("the 6-digit code apps show is the 8-digit code's last six", () => {
    const secret = encodeBase32(ascii("12345678901234567890"));
    expect(totpCode(secret, new Date(59_000))).toBe("287082");
    expect(totpCode(secret, new Date(1111111109_000))).toBe("081804");
  });
});

describe("base32 (RFC 4648)", () => {
  it("encodes the RFC's examples (without padding) and reads them back in any case, with spaces", () => {
    expect(encodeBase32(ascii("foobar"))).toBe("MZXW6YTBOI");
    expect(encodeBase32(ascii("12345678901234567890"))).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(decodeBase32("mzxw 6ytb oi======")?.toString("ascii")).toBe("foobar");
    expect(decodeBase32("not base32!")).toBeNull();
  });

  it("round-trips any bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 0, maxLength: 64 }), (bytes) => {
      expect([...decodeBase32(encodeBase32(bytes))!]).toEqual([...bytes]);
    }));
  });

  it("new secrets are 160 bits, 32 characters of base32, never the same twice", () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(decodeBase32(a)).toHaveLength(20);
    expect(newTotpSecret()).not.toBe(a);
    expect(groupedSecret("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});

describe("matchTotp", () => {
  const secret = encodeBase32(ascii("12345678901234567890"));
  const now = new Date(1111111111_000);
  const step = totpStep(now);

  it("accepts the current code and one step either side, and says which step it was", () => {
    expect(matchTotp(secret, totpCode(secret, now), now)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
    expect(matchTotp(secret, ` ${totpCode(secret, now).slice(0, 3)} ${totpCode(secret, now).slice(3)} `, now)).toBe(step);
  });

  it("refuses codes two steps away, malformed codes, and a code already used", () => {
    expect(matchTotp(secret, totpCode(secret, new Date(now.getTime() - 60_000)), now)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, new Date(now.getTime() + 60_000)), now)).toBeNull();
    for (const bad of ["", "12345", "1234567", "abcdef", "１２３４５６"]) expect(matchTotp(secret, bad, now)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, now), now, step)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, new Date(now.getTime() + 30_000)), now, step)).toBe(step + 1);
  });
});

describe("otpauthUri", () => {
  it("names the issuer and account and carries the secret, as authenticator apps read it", () => {
    const text = otpauthUri({ secret: "JBSWY3DPEHPK3PXP", account: "admin.region", issuer: "Sanat" });
    expect(text).toMatch(/^otpauth:\/\/totp\/Sanat:admin\.region\?/);
    const uri = new URL(text);
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe("JBSWY3DPEHPK3PXP");
    expect(uri.searchParams.get("issuer")).toBe("Sanat");
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(uri.searchParams.get("period")).toBe("30");
  });
});
