import { describe, expect, it } from "vitest";
import { isRecoveryCodeShaped, newRecoveryCode, openSecret, recoveryCodeHash, sealSecret, secondFactorKey } from "./second-factor";

describe("second-factor secrets at rest", () => {
  const key = secondFactorKey("unit-test-secret-0123456789abcdef");

  it("are sealed with AES-GCM under a key derived from the session secret, and open only under it", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", key);
    expect(sealed).not.toContain("JBSWY3DP");
    expect(sealSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", key)).not.toBe(sealed);
    expect(openSecret(sealed, key)).toBe("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    expect(openSecret(sealed, secondFactorKey("another-secret-0123456789abcdef"))).toBeNull();
    // the derived key is not the secret itself
    expect(key.toString("utf8")).not.toContain("unit-test-secret");
  });

  it("refuse anything altered", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", key);
    const [version, iv, body, tag] = sealed.split(".") as [string, string, string, string];
    const flipped = Buffer.from(body, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(openSecret([version, iv, flipped.toString("base64url"), tag].join("."), key)).toBeNull();
    for (const bad of ["", "v1", "v2.a.b.c", `${version}.${iv}.${body}`]) expect(openSecret(bad, key)).toBeNull();
  });

  it("need a session secret of 16 characters or more", () => {
    expect(() => secondFactorKey("short")).toThrow(/at least 16/);
  });
});

describe("recovery codes", () => {
  const key = secondFactorKey("unit-test-secret-0123456789abcdef");

  it("are ten letters of base32 in two groups, typed in any case, with or without the dash", () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
    expect(newRecoveryCode()).not.toBe(code);
    expect(isRecoveryCodeShaped(code)).toBe(true);
    expect(isRecoveryCodeShaped(code.toLowerCase().replace("-", ""))).toBe(true);
    expect(recoveryCodeHash(code.toLowerCase().replace("-", ""), key)).toBe(recoveryCodeHash(code, key));
    // a TOTP code is never taken for one
    expect(isRecoveryCodeShaped("123456")).toBe(false);
  });

  it("are kept as HMACs under the sealing key, not as themselves", () => {
    const code = newRecoveryCode();
    expect(recoveryCodeHash(code, key)).not.toContain(code.slice(0, 5));
    expect(recoveryCodeHash(code, secondFactorKey("another-secret-0123456789abcdef"))).not.toBe(recoveryCodeHash(code, key));
  });
});
