import { describe, expect, it } from "vitest";
import { generatePreRegistrationCode, normalizePreRegistrationCode } from "./code";

describe("pre-registration code", () => {
  it("is two groups of four unambiguous characters", () => {
    for (let i = 0; i < 200; i++) expect(generatePreRegistrationCode()).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  });

  it("reads however it was typed", () => {
    const code = generatePreRegistrationCode();
    expect(normalizePreRegistrationCode(code)).toBe(code);
    expect(normalizePreRegistrationCode(code.toLowerCase().replace("-", " "))).toBe(code);
    expect(normalizePreRegistrationCode(code.replace("-", ""))).toBe(code);
  });

  it("rejects what cannot be a code", () => {
    expect(normalizePreRegistrationCode("")).toBeNull();
    expect(normalizePreRegistrationCode("ABCD-EFG")).toBeNull();
    expect(normalizePreRegistrationCode("ABCD-EFG0")).toBeNull(); // 0 is not in the alphabet
    expect(normalizePreRegistrationCode("'; DROP TABLE--")).toBeNull();
  });
});
