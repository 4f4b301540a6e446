import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { LOCALES } from "./i18n/locales";
import { createTranslator } from "./i18n/translate";
import { fieldErrorsOf, invalidInputError, isMessageKey, messageKeyOfIssue, parseOrRefuse } from "./zod-issues";

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error("expected the value to be refused");
  return parsed.error.issues;
};

describe("a zod issue's message key", () => {
  it("is the schema's own message when the dictionary has it", () => {
    const [issue] = issuesOf(z.string().min(1, "errors.fieldRequired"), "");
    expect(messageKeyOfIssue(issue!)).toBe("errors.fieldRequired");
  });

  it("is the generic 'invalid input' for zod's own text: the crafted intake values that answered 500", () => {
    const intake = z.object({ intakeStartedAt: z.coerce.date().optional(), documents: z.record(z.string().max(60), z.literal("PRESENT")) });
    for (const value of [
      { intakeStartedAt: "abc", documents: {} },
      { intakeStartedAt: "", documents: {} },
      { intakeStartedAt: "99999999999999", documents: {} },
      { documents: { ["X".repeat(61)]: "PRESENT" } },
      { documents: { APPLICATION_FORM: "ABSENT" } },
      null,
    ]) {
      for (const issue of issuesOf(intake, value)) {
        expect(isMessageKey(issue.message), issue.message).toBe(false);
        expect(messageKeyOfIssue(issue)).toBe("errors.invalidInput");
      }
    }
  });

  it("is never a section of the dictionary, a prototype's member or a near miss of a key", () => {
    for (const message of ["errors", "staff.intake", "constructor", "__proto__", "toString", "errors.invalidInput.x", "errors.", ".errors.invalidInput", "ERRORS.INVALIDINPUT", ""]) {
      expect(isMessageKey(message), message).toBe(false);
      expect(messageKeyOfIssue({ message })).toBe("errors.invalidInput");
    }
  });

  it("always translates, in every language, whatever the message", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom("errors.invalidIin", "errors.unexpected", "states.REGISTERED", "applicant.prepare.invalid")), (message) => {
        for (const locale of LOCALES) expect(typeof createTranslator(locale)(messageKeyOfIssue({ message }))).toBe("string");
      }),
      { numRuns: 300 },
    );
  });
});

describe("field errors of issues", () => {
  it("name each field by its path, the first issue of a field winning; an issue of the whole input is 'form'", () => {
    const schema = z.object({ iin: z.string().length(12, "errors.invalidIin").regex(/^\d+$/, "errors.fieldRequired"), rules: z.object({ days: z.number() }) });
    expect(fieldErrorsOf(issuesOf(schema, { iin: "x", rules: { days: "1" } }))).toEqual({ iin: "errors.invalidIin", "rules.days": "errors.invalidInput" });
    expect(fieldErrorsOf(issuesOf(schema, "not an object"))).toEqual({ form: "errors.invalidInput" });
  });

  it("keep a field named __proto__ or constructor as a field", () => {
    const errors = fieldErrorsOf([
      { path: ["__proto__"], message: "errors.fieldRequired" },
      { path: ["constructor"], message: "nope" },
    ]);
    expect(Object.getPrototypeOf(errors)).toBe(Object.prototype);
    expect(Object.keys(errors).sort()).toEqual(["__proto__", "constructor"]);
    expect(errors.constructor).toBe("errors.invalidInput");
  });
});

describe("parseOrRefuse", () => {
  it("returns the parsed value, or throws INVALID_INPUT with the fields' keys (never a ZodError)", () => {
    const schema = z.object({ phone: z.string().regex(/^\+7/, "errors.invalidPhone"), at: z.coerce.date() });
    expect(parseOrRefuse(schema, { phone: "+7 701", at: "2026-01-01" }).at).toBeInstanceOf(Date);
    let thrown: unknown;
    try {
      parseOrRefuse(schema, { phone: "8 701", at: "abc" }, "applicant.prepare.invalid");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: "INVALID_INPUT", messageKey: "applicant.prepare.invalid", fieldErrors: { phone: "errors.invalidPhone", at: "errors.invalidInput" } });
    expect(invalidInputError([]).messageKey).toBe("errors.invalidInput");
  });
});
