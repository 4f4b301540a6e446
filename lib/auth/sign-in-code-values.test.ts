import { describe, expect, it } from "vitest";
import {
  ACTIVATION_CODE,
  codeMatches,
  decoyDestination,
  expiryOf,
  formatActivationCode,
  hashSignInCode,
  isActivationCodeShaped,
  isCodeLive,
  isOneTimeCodeShaped,
  maskEmail,
  maskPhone,
  newActivationCode,
  newOneTimeCode,
  normalizeTypedCode,
  ONE_TIME_CODE,
  signInCodeKey,
} from "./sign-in-code-values";

const key = signInCodeKey("a-test-secret-of-sufficient-length");
const now = new Date("2026-03-02T09:00:00Z");

describe("sign-in codes", () => {
  it("makes six-digit codes and eight-character activation codes from the unambiguous alphabet", () => {
    const codes = Array.from({ length: 200 }, newOneTimeCode);
    expect(codes.every(isOneTimeCodeShaped)).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(150);
    const activation = Array.from({ length: 200 }, newActivationCode);
    expect(activation.every(isActivationCodeShaped)).toBe(true);
    expect(activation.join("")).not.toMatch(/[01OIL]/);
  });

  it("keeps a code as an HMAC bound to its account, matching what was typed with dashes or spaces", () => {
    const code = "K7QM4TXP";
    const stored = hashSignInCode("user-1", code, key);
    expect(stored).not.toContain(code);
    expect(codeMatches(stored, "user-1", "k7qm-4txp", key)).toBe(true);
    expect(codeMatches(stored, "user-1", " K7QM 4TXP ", key)).toBe(true);
    expect(codeMatches(stored, "user-2", code, key)).toBe(false);
    expect(codeMatches(stored, "user-1", "K7QM4TXQ", key)).toBe(false);
    expect(codeMatches(stored, "user-1", code, signInCodeKey("another-secret-of-sufficient-len"))).toBe(false);
    expect(formatActivationCode(code)).toBe("K7QM-4TXP");
    expect(normalizeTypedCode("12 34-56")).toBe("123456");
  });

  it("expires a sent code after five minutes and an activation code after thirty days", () => {
    const sent = { kind: "ONE_TIME" as const, expiresAt: expiryOf("ONE_TIME", now), usedAt: null, failedAttempts: 0 };
    expect(isCodeLive(sent, new Date(now.getTime() + ONE_TIME_CODE.validSeconds * 1000 - 1))).toBe(true);
    expect(isCodeLive(sent, new Date(now.getTime() + ONE_TIME_CODE.validSeconds * 1000))).toBe(false);
    const printed = { kind: "ACTIVATION" as const, expiresAt: expiryOf("ACTIVATION", now), usedAt: null, failedAttempts: 99 };
    const day = 24 * 60 * 60 * 1000;
    expect(isCodeLive(printed, new Date(now.getTime() + (ACTIVATION_CODE.validDays - 1) * day))).toBe(true);
    expect(isCodeLive(printed, new Date(now.getTime() + ACTIVATION_CODE.validDays * day))).toBe(false);
  });

  it("refuses a used code and a sent code guessed at too often", () => {
    const base = { kind: "ONE_TIME" as const, expiresAt: expiryOf("ONE_TIME", now), usedAt: null, failedAttempts: 0 };
    expect(isCodeLive({ ...base, usedAt: now }, now)).toBe(false);
    expect(isCodeLive({ ...base, failedAttempts: ONE_TIME_CODE.maxFailedAttempts - 1 }, now)).toBe(true);
    expect(isCodeLive({ ...base, failedAttempts: ONE_TIME_CODE.maxFailedAttempts }, now)).toBe(false);
  });

  it("masks the destination, and answers a stranger's IIN with the same kind of mask every time", () => {
    expect(maskPhone("+77011231285")).toBe("+7 *** *** 12 85");
    expect(maskEmail("aigerim@mail.kz")).toBe("a***@mail.kz");
    const decoy = decoyDestination("990101300123", key);
    expect(decoy).toMatch(/^\+7 \*\*\* \*\*\* \d\d \d\d$/);
    expect(decoyDestination("990101300123", key)).toBe(decoy);
  });
});
