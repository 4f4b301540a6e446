import { describe, expect, it } from "vitest";
import { validateIin } from "../lib/domain/identity";
import { intakeSchema } from "../lib/domain/intake-schema";
import { requiredChecklist } from "../lib/domain/regulation-version";
import { ALL_DOCUMENTS_PRESENT, createRandom, makeIntake, makeTeacher, makeUniqueTeacher } from "./factories";
import { REGULATION_VERSIONS } from "./reference/regulation-versions";

describe("the factories", () => {
  it("make the same demo teachers from the same seed", () => {
    const people = (seed: number) => Array.from({ length: 20 }, (_, i) => makeTeacher(createRandom(seed), i));
    expect(people(7)).toEqual(people(7));
    expect(people(7)).not.toEqual(people(8));
  });

  it("make unique teachers with valid IINs, never the same twice", () => {
    const iins = Array.from({ length: 2_000 }, () => makeUniqueTeacher().iin);
    for (const iin of iins) expect(validateIin(iin).isValid, iin).toBe(true);
    expect(new Set(iins).size).toBe(iins.length);
  });

  it("make an intake the intake form's schema accepts, with overrides taking precedence", () => {
    expect(intakeSchema.safeParse(makeIntake()).success).toBe(true);
    const teacher = makeUniqueTeacher({ locale: "en" });
    expect(makeIntake({ categorySought: "HIGHEST" }, teacher)).toMatchObject({ iin: teacher.iin, locale: "en", categorySought: "HIGHEST", purpose: "ASSIGN" });
  });

  it("mark present exactly the documents every version of the reference data requires of a teacher without a category", () => {
    for (const version of REGULATION_VERSIONS) {
      expect(Object.keys(ALL_DOCUMENTS_PRESENT).sort(), version.code).toEqual(requiredChecklist(version.rules, false).map((item) => item.code).sort());
    }
  });
});
