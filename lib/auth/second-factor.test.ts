import { describe, expect, it } from "vitest";
import { openSecret, sealSecret, secondFactorKey } from "./second-factor";

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
