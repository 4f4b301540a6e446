import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkDigit,
  isMobilePhone,
  makeBin,
  makeIin,
  maskEmail,
  maskIin,
  maskPhone,
  normalizePhone,
  validateBin,
  validateIin,
} from "./identity";

/** Independent, deliberately naive restatement of the algorithm for cross-checks. */
function primarySumMod11(first11: string): number {
  return [...first11].reduce((sum, digit, index) => sum + Number(digit) * (index + 1), 0) % 11;
}

const digitString = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((digits) => digits.join(""));

/** Any 12-digit string with a correct check digit (the layout is not constrained). */
const anyValidTwelveDigits = digitString(11)
  .filter((first11) => checkDigit(first11) !== null)
  .map((first11) => first11 + String(checkDigit(first11)));

const birthDateArbitrary = fc
  .date({ min: new Date("1800-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const sexArbitrary = fc.constantFrom("MALE" as const, "FEMALE" as const);

function replaceDigit(value: string, index: number, digit: number): string {
  return value.slice(0, index) + String(digit) + value.slice(index + 1);
}

describe("checkDigit", () => {
  it("uses the first weight set 1..11 when its sum mod 11 is not 10", () => {
    // 8·1 + 5·2 + 0·3 + 1·4 + 0·5 + 1·6 + 3·7 + 0·8 + 0·9 + 0·10 + 0·11 = 49; 49 mod 11 = 5
    expect(checkDigit("85010130000")).toBe(5);
    // 0·1 + 1·2 + 0·3 + 5·4 + 2·5 + 0·6 + 6·7 + 0·8 + 0·9 + 4·10 + 2·11 = 136; 136 mod 11 = 4
    expect(checkDigit("01052060042")).toBe(4);
  });

  it("falls back to weights 3,4,5,6,7,8,9,10,11,1,2 when the first sum gives 10", () => {
    // first: 49 + 6·10 = 109; 109 mod 11 = 10
    // second: 8·3 + 5·4 + 0·5 + 1·6 + 0·7 + 1·8 + 3·9 + 0·10 + 0·11 + 6·1 + 0·2 = 91; 91 mod 11 = 3
    expect(primarySumMod11("85010130060")).toBe(10);
    expect(checkDigit("85010130060")).toBe(3);
  });

  it("returns null when both weight sets give 10", () => {
    // first: 49 + 6·10 + 9·11 = 208; 208 mod 11 = 10
    // second: 91 + 9·2 = 109; 109 mod 11 = 10
    expect(checkDigit("85010130069")).toBeNull();
  });

  it("throws on anything but 11 ASCII digits", () => {
    expect(() => checkDigit("8501013006")).toThrow(RangeError);
    expect(() => checkDigit("850101300600")).toThrow(RangeError);
    expect(() => checkDigit("8501013006a")).toThrow(RangeError);
    expect(() => checkDigit("８５０１０１３００６０")).toThrow(RangeError);
  });

  it("agrees with a naive restatement of the algorithm", () => {
    fc.assert(
      fc.property(digitString(11), (first11) => {
        const digits = [...first11].map(Number);
        const second = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
        const c1 = digits.reduce((sum, d, i) => sum + d * (i + 1), 0) % 11;
        const c2 = digits.reduce((sum, d, i) => sum + d * (second[i] ?? 0), 0) % 11;
        const expected = c1 !== 10 ? c1 : c2 !== 10 ? c2 : null;
        expect(checkDigit(first11)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe("validateIin", () => {
  it("accepts a 1900s male IIN and reads the birth date and sex", () => {
    expect(validateIin("850101300005")).toEqual({
      isValid: true,
      iin: "850101300005",
      birthDate: "1985-01-01",
      sex: "MALE",
      warnings: [],
    });
  });

  it("accepts a 2000s female IIN", () => {
    expect(validateIin("010520600424")).toEqual({
      isValid: true,
      iin: "010520600424",
      birthDate: "2001-05-20",
      sex: "FEMALE",
      warnings: [],
    });
  });

  it("accepts a number that is valid only through the second weight set", () => {
    const result = validateIin("850101300603");
    expect(result).toMatchObject({ isValid: true, birthDate: "1985-01-01", sex: "MALE", warnings: [] });
  });

  it("rejects every 12th digit when both weight sets give 10", () => {
    for (let last = 0; last <= 9; last++) {
      expect(validateIin(`85010130069${last}`)).toEqual({ isValid: false, error: "CHECKSUM" });
    }
  });

  it("rejects a wrong check digit", () => {
    expect(validateIin("850101300006")).toEqual({ isValid: false, error: "CHECKSUM" });
    expect(validateIin("850101300604")).toEqual({ isValid: false, error: "CHECKSUM" });
  });

  it("trims surrounding whitespace", () => {
    expect(validateIin("  850101300005\t\n")).toMatchObject({ isValid: true, iin: "850101300005" });
  });

  it.each([
    ["empty", ""],
    ["11 digits", "85010130000"],
    ["13 digits", "8501013000050"],
    ["letters", "85010130000A"],
    ["inner space", "850101 300005"],
    ["sign", "+85010130000"],
    ["full-width digits", "８５０１０１３０００００５"],
  ])("reports FORMAT for %s", (_label, input) => {
    expect(validateIin(input)).toEqual({ isValid: false, error: "FORMAT" });
  });

  it("only warns about month 13, keeping the sex", () => {
    // 8 + 10 + 1·3 + 3·4 + 0 + 1·6 + 3·7 = 60; 60 mod 11 = 5
    expect(validateIin("851301300005")).toEqual({
      isValid: true,
      iin: "851301300005",
      birthDate: null,
      sex: "MALE",
      warnings: ["INVALID_BIRTH_DATE"],
    });
  });

  it("only warns about century digit 0", () => {
    // 8 + 10 + 0 + 4 + 0 + 6 + 0·7 = 28; 28 mod 11 = 6
    expect(validateIin("850101000006")).toEqual({
      isValid: true,
      iin: "850101000006",
      birthDate: null,
      sex: null,
      warnings: ["INVALID_CENTURY_DIGIT"],
    });
  });

  it("only warns about century digit 7", () => {
    // 28 + 7·7 = 77; 77 mod 11 = 0
    expect(validateIin("850101700000")).toMatchObject({
      isValid: true,
      birthDate: null,
      sex: null,
      warnings: ["INVALID_CENTURY_DIGIT"],
    });
  });

  it("reports both warnings when the century is unknown and the month impossible", () => {
    // 8 + 10 + 1·3 + 3·4 + 0 + 1·6 + 9·7 = 102; 102 mod 11 = 3
    expect(validateIin("851301900003")).toMatchObject({
      isValid: true,
      warnings: ["INVALID_CENTURY_DIGIT", "INVALID_BIRTH_DATE"],
    });
  });

  it("uses the century for 29 February: 2000 is a leap year, 1900 is not", () => {
    // 2·4 + 2·5 + 9·6 + 5·7 = 107; 107 mod 11 = 8
    expect(validateIin("000229500008")).toMatchObject({ isValid: true, birthDate: "2000-02-29", warnings: [] });
    // 2·4 + 2·5 + 9·6 + 3·7 = 93; 93 mod 11 = 5
    expect(validateIin("000229300005")).toMatchObject({
      isValid: true,
      birthDate: null,
      sex: "MALE",
      warnings: ["INVALID_BIRTH_DATE"],
    });
  });

  it("warns about day 00 and 31 April", () => {
    const dayZero = makeValid("8501003");
    const april31 = makeValid("8504313");
    expect(validateIin(dayZero)).toMatchObject({ isValid: true, warnings: ["INVALID_BIRTH_DATE"] });
    expect(validateIin(april31)).toMatchObject({ isValid: true, warnings: ["INVALID_BIRTH_DATE"] });
  });
});

/** Completes a 7-digit IIN prefix with the first serial that has a check digit. */
function makeValid(prefix7: string): string {
  for (let serial = 0; serial < 10_000; serial++) {
    const first11 = prefix7 + String(serial).padStart(4, "0");
    const digit = checkDigit(first11);
    if (digit !== null) return first11 + digit;
  }
  throw new Error("unreachable");
}

describe("single-digit error detection", () => {
  // The brief assumed the mod-11 check catches every single-digit error. It
  // does not: the 11th digit has weight 11 ≡ 0 in the first sum, and when
  // either number's first sum is 10 the second weight set decides. These
  // cases document the real blind spots so nobody relies on a guarantee
  // that does not exist.
  it("misses a change of the 11th digit whenever the first sum is not 10", () => {
    // 850101300005 and 850101300015 differ only in the 11th digit; both sums are 49 and 60 → 5
    expect(validateIin("850101300005").isValid).toBe(true);
    expect(validateIin("850101300015").isValid).toBe(true);
  });

  it("can miss a change that moves the first sum onto 10 (the second set then decides)", () => {
    // 850101300005: first sum 49 → 5. Changing digit 10 from 0 to 6 gives 850101300605:
    // first 109 → 10, second 91 → 3, so 5 is wrong and this one IS caught…
    expect(validateIin("850101300605").isValid).toBe(false);
    // …but 029720436084 → 529720436084 is not: the original is valid through the
    // second set (first 263 → 10, second 257 → 4); the changed first digit gives
    // first 268 → 4, matching the old check digit.
    expect(validateIin("029720436084").isValid).toBe(true);
    expect(validateIin("529720436084").isValid).toBe(true);
  });

  it("always catches a changed check digit", () => {
    fc.assert(
      fc.property(anyValidTwelveDigits, fc.integer({ min: 1, max: 9 }), (valid, delta) => {
        const changed = replaceDigit(valid, 11, (Number(valid[11]) + delta) % 10);
        expect(validateIin(changed)).toEqual({ isValid: false, error: "CHECKSUM" });
      }),
      { numRuns: 300 },
    );
  });

  it("always catches a change of digits 1–10 when neither number's first sum is 10", () => {
    // Weight j·Δ is never 0 mod 11 for j in 1..10 and Δ in 1..9 because 11 is prime.
    fc.assert(
      fc.property(
        anyValidTwelveDigits,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (valid, index, delta) => {
          const changed = replaceDigit(valid, index, (Number(valid[index]) + delta) % 10);
          fc.pre(primarySumMod11(valid.slice(0, 11)) !== 10);
          fc.pre(primarySumMod11(changed.slice(0, 11)) !== 10);
          expect(validateIin(changed).isValid).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("detects most, not all, single-digit changes of a generated IIN", () => {
    const iin = makeIin("1990-03-15", "FEMALE", 4321);
    expect(iin).toBe("900315443219");
    const undetected: string[] = [];
    for (let index = 0; index < 12; index++) {
      for (let digit = 0; digit <= 9; digit++) {
        if (String(digit) === iin[index]) continue;
        const changed = replaceDigit(iin, index, digit);
        if (validateIin(changed).isValid) undetected.push(changed);
      }
    }
    // 98 of 108 caught: all nine 11th-digit variants slip through, plus one
    // change whose first sum lands on 10 and whose second sum happens to match.
    expect(undetected).toEqual([
      "960315443219",
      ...[0, 2, 3, 4, 5, 6, 7, 8, 9].map((digit) => `9003154432${digit}9`),
    ]);
    expect(primarySumMod11("96031544321")).toBe(10);
  });
});

describe("makeIin", () => {
  it("is deterministic and encodes date, century and sex", () => {
    const iin = makeIin("1985-01-01", "MALE", 0);
    expect(iin).toBe("850101300005");
    expect(makeIin("1985-01-01", "MALE", 0)).toBe(iin);
    expect(makeIin("2001-05-20", "FEMALE", 42)).toBe("010520600424");
    expect(makeIin("1899-12-31", "FEMALE", 7).slice(0, 7)).toBe("9912312");
  });

  it("bumps the serial when the requested one has no check digit", () => {
    // serial 0069 with prefix 8501013 gives 10 in both sums (see checkDigit tests)
    expect(makeIin("1985-01-01", "MALE", 69)).toBe(`85010130070${checkDigit("85010130070")}`);
  });

  it("wraps serials modulo 10 000", () => {
    expect(makeIin("1985-01-01", "MALE", 10_000)).toBe(makeIin("1985-01-01", "MALE", 0));
    expect(makeIin("1985-01-01", "MALE", -1)).toBe(makeIin("1985-01-01", "MALE", 9_999));
  });

  it("rejects impossible dates, out-of-range years and non-integer serials", () => {
    expect(() => makeIin("1985-02-29", "MALE", 1)).toThrow(RangeError);
    expect(() => makeIin("1985-13-01", "MALE", 1)).toThrow(RangeError);
    expect(() => makeIin("85-01-01", "MALE", 1)).toThrow(RangeError);
    expect(() => makeIin("1799-12-31", "MALE", 1)).toThrow(RangeError);
    expect(() => makeIin("2100-01-01", "MALE", 1)).toThrow(RangeError);
    expect(() => makeIin("1985-01-01", "MALE", 1.5)).toThrow(RangeError);
  });

  it("always produces an IIN that validates without warnings and round-trips date and sex", () => {
    fc.assert(
      fc.property(birthDateArbitrary, sexArbitrary, fc.integer({ min: -50_000, max: 50_000 }), (date, sex, serial) => {
        const iin = makeIin(date, sex, serial);
        expect(validateIin(iin)).toEqual({ isValid: true, iin, birthDate: date, sex, warnings: [] });
      }),
      { numRuns: 500 },
    );
  });
});

describe("validateBin and makeBin", () => {
  it("accepts a resident legal entity head office", () => {
    // 1 + 5·2 + 0·3 + 3·4 + 4·5 + 0·6 + 0·7 + 1·8 + 2·9 + 3·10 + 4·11 = 143 = 13·11 → 0
    expect(validateBin("150340012340")).toEqual({ isValid: true, bin: "150340012340", warnings: [] });
    expect(makeBin("2015-03", 1234)).toBe("150340012340");
  });

  it("warns about month and type digit but still accepts the checksum", () => {
    // 1 + 10 + 1·3 + 3·4 + 7·5 = 61 → 6
    expect(validateBin("151370000006")).toEqual({
      isValid: true,
      bin: "151370000006",
      warnings: ["INVALID_MONTH", "UNKNOWN_TYPE_DIGIT"],
    });
    // 1 + 10 + 0 + 0 + 4·5 = 31 → 9
    expect(validateBin("150040000009")).toEqual({ isValid: true, bin: "150040000009", warnings: ["INVALID_MONTH"] });
  });

  it("accepts type digits 5 and 6", () => {
    expect(validateBin(makeValidBin("15035"))).toMatchObject({ isValid: true, warnings: [] });
    expect(validateBin(makeValidBin("15036"))).toMatchObject({ isValid: true, warnings: [] });
  });

  it("rejects format and checksum errors", () => {
    expect(validateBin("15034001234")).toEqual({ isValid: false, error: "FORMAT" });
    expect(validateBin("15034001234O")).toEqual({ isValid: false, error: "FORMAT" });
    expect(validateBin("150340012341")).toEqual({ isValid: false, error: "CHECKSUM" });
    expect(validateBin(" 150340012340 ")).toMatchObject({ isValid: true, bin: "150340012340" });
  });

  it("makeBin rejects malformed months and wraps serials modulo 100 000", () => {
    expect(() => makeBin("2015-13", 1)).toThrow(RangeError);
    expect(() => makeBin("2015-3", 1)).toThrow(RangeError);
    expect(makeBin("2015-03", 101_234)).toBe(makeBin("2015-03", 1_234));
  });

  it("always produces a valid BIN without warnings", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 99_999 }),
        (year, month, serial) => {
          const yearMonth = `${year}-${String(month).padStart(2, "0")}`;
          const bin = makeBin(yearMonth, serial);
          expect(bin).toMatch(/^\d{4}40\d{6}$/);
          expect(bin.slice(0, 4)).toBe(yearMonth.slice(2, 4) + yearMonth.slice(5, 7));
          expect(validateBin(bin)).toEqual({ isValid: true, bin, warnings: [] });
        },
      ),
      { numRuns: 300 },
    );
  });
});

function makeValidBin(prefix5: string): string {
  for (let rest = 0; rest < 1_000_000; rest++) {
    const first11 = prefix5 + String(rest).padStart(6, "0");
    const digit = checkDigit(first11);
    if (digit !== null) return first11 + digit;
  }
  throw new Error("unreachable");
}

describe("maskIin", () => {
  it("keeps the first 4 and last 2 characters", () => {
    expect(maskIin("850101300123")).toBe("8501******23");
    expect(maskIin(" 850101300005 ")).toBe("8501******05");
  });

  it("masks short input completely instead of leaking it", () => {
    expect(maskIin("")).toBe("");
    expect(maskIin("123456")).toBe("******");
    expect(maskIin("1234567")).toBe("1234*67");
  });

  it("keeps length 12 and hides the middle for every valid IIN", () => {
    fc.assert(
      fc.property(birthDateArbitrary, sexArbitrary, fc.nat({ max: 9_999 }), (date, sex, serial) => {
        const iin = makeIin(date, sex, serial);
        const masked = maskIin(iin);
        expect(masked).toHaveLength(12);
        expect(masked).toBe(`${iin.slice(0, 4)}******${iin.slice(10)}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe("normalizePhone", () => {
  it.each([
    ["+7 701 123 45 67", "+77011234567"],
    ["87011234567", "+77011234567"],
    ["8 (701) 123-45-67", "+77011234567"],
    ["7011234567", "+77011234567"],
    ["+77011234567", "+77011234567"],
    ["77011234567", "+77011234567"],
    ["+7 (7292) 50-12-34", "+77292501234"],
    ["8 7292 50 12 34", "+77292501234"],
    ["  +7-747-000-00-00  ", "+77470000000"],
    ["8.701.123.45.67", "+77011234567"],
  ])("normalises %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    ["Russian mobile", "+7 912 345 67 89"],
    ["Russian mobile with trunk 8", "89123456789"],
    ["Moscow", "+7 495 123 45 67"],
    ["too short", "+7 701 123 45 6"],
    ["too long", "+7 701 123 45 678"],
    ["9 digits", "701123456"],
    ["other country", "+998 90 123 45 67"],
    ["plus with trunk 8", "+87011234567"],
    ["letters", "+7 701 ABC 45 67"],
    ["extension", "+7 701 123 45 67 ext 1"],
    ["plus in the middle", "7+7011234567"],
    ["empty", ""],
    ["only separators", "+() -"],
    ["11 digits with wrong prefix", "97011234567"],
  ])("rejects %s", (_label, input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it("is idempotent and always yields +7 followed by 10 digits starting with 7", () => {
    fc.assert(
      fc.property(digitString(9), fc.constantFrom("+7", "8", "7", "", "+7 ", "8 "), (rest, prefix) => {
        const normalized = normalizePhone(`${prefix}7${rest}`);
        expect(normalized).toBe(`+77${rest}`);
        expect(normalizePhone(normalized ?? "")).toBe(normalized);
      }),
      { numRuns: 200 },
    );
  });
});

describe("isMobilePhone", () => {
  it.each(["+77001234567", "+77011234567", "+77091234567", "+77471234567", "+77601234567", "+77711234567", "+77781234567", "+77851234567"])(
    "recognises %s as mobile",
    (phone) => {
      expect(isMobilePhone(phone)).toBe(true);
    },
  );

  it.each([
    ["Aktau city", "+77292501234"],
    ["Almaty city", "+77272501234"],
    ["Astana city", "+77172501234"],
    ["746 is not a mobile code", "+77461234567"],
    ["780 is not a mobile code", "+77801234567"],
    ["not normalised", "87011234567"],
    ["too long", "+770112345678"],
  ])("rejects %s", (_label, phone) => {
    expect(isMobilePhone(phone)).toBe(false);
  });
});

describe("maskPhone", () => {
  it("keeps the country code, the shape and the last two digits of a Kazakhstan number", () => {
    expect(maskPhone("+77012345647")).toBe("+7 ••• ••• •• 47");
    expect(maskPhone("+7 701 234 56 78")).toBe("+7 ••• ••• •• 78");
    expect(maskPhone("8 (701) 234-56-09")).toBe("+7 ••• ••• •• 09");
  });

  it("keeps only the last two digits of any other number, and masks a short one whole", () => {
    expect(maskPhone("+4915112345678")).toBe("••• 78");
    expect(maskPhone("12345")).toBe("•••");
    expect(maskPhone("")).toBe("•••");
  });

  it("never shows more than two of a number's digits", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789 +-()"), maxLength: 20 }), (phone) => {
        const masked = maskPhone(phone);
        expect(masked.replace(/\D/g, "").replace(/^7/, "").length).toBeLessThanOrEqual(2);
        if (masked.length > 4) expect(phone.replace(/\D/g, "").endsWith(masked.slice(-2))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("maskEmail", () => {
  it("keeps the mailbox's first character and the domain", () => {
    expect(maskEmail("aigul@mail.kz")).toBe("a•••@mail.kz");
    expect(maskEmail(" Aigul.Seitova@school.edu.kz ")).toBe("A•••@school.edu.kz");
    expect(maskEmail("ә@пошта.қз")).toBe("ә•••@пошта.қз");
  });

  it("masks whole what is not mailbox@domain", () => {
    for (const text of ["", "aigul", "@mail.kz", "aigul@", "@"]) expect(maskEmail(text), text).toBe("•••");
  });

  it("never shows the mailbox beyond its first character", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 20 }).filter((s) => !s.includes("@") && s.trim() === s), fc.domain(), (mailbox, domain) => {
        const masked = maskEmail(`${mailbox}@${domain}`);
        expect(masked).toBe(`${Array.from(mailbox)[0]}•••@${domain}`);
      }),
      { numRuns: 300 },
    );
  });
});
