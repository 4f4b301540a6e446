import { describe, expect, it } from "vitest";
import { ACCESS_CODE_ALPHABET, ACCESS_CODE_LENGTH, ACCESS_CODE_PATTERN, formatAccessCode, generateAccessCode, normalizeAccessCode } from "./access-code";

describe("a package's access code", () => {
  it("is six characters of an alphabet without look-alikes, drawn afresh every time", () => {
    expect(ACCESS_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    const codes = Array.from({ length: 5000 }, generateAccessCode);
    for (const code of codes) expect(code).toMatch(ACCESS_CODE_PATTERN);
    // 31^6 ≈ 8.9·10^8 codes: 5,000 draws almost never repeat one
    expect(new Set(codes).size).toBeGreaterThan(4990);
    // every character of the alphabet turns up, in every position
    for (let position = 0; position < ACCESS_CODE_LENGTH; position++) {
      expect(new Set(codes.map((code) => code[position])).size).toBe(ACCESS_CODE_ALPHABET.length);
    }
  });

  it("is read back as people type it: any case, spaces or dashes, Cyrillic look-alikes", () => {
    expect(normalizeAccessCode("k7m q2p")).toBe("K7MQ2P");
    expect(normalizeAccessCode(" K7M-Q2P ")).toBe("K7MQ2P");
    expect(normalizeAccessCode("К7М Q2Р")).toBe("K7MQ2P");
    expect(normalizeAccessCode("АВСЕНКМРТХУ")).toBe("ABCEHKMPTXY");
    // what cannot be a code stays something the pattern refuses
    for (const typed of ["K7MQ0P", "K7MQ2", "Ә7МQ2Р", "<script>"]) expect(normalizeAccessCode(typed)).not.toMatch(ACCESS_CODE_PATTERN);
  });

  it("is shown in two groups of three", () => {
    expect(formatAccessCode("K7MQ2P")).toBe("K7M Q2P");
    expect(normalizeAccessCode(formatAccessCode("K7MQ2P"))).toBe("K7MQ2P");
  });
});
