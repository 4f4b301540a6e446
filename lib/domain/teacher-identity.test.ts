import { describe, expect, it } from "vitest";
import { checkDigit, makeIin } from "./identity";
import { NAME_MAX_LENGTH, personNameProblem, teacherIinProblem } from "./teacher-identity";

const TODAY = "2026-12-01";

/** Eleven digits made whole with their check digit, whatever the date part says. */
function withCheckDigit(first11: string): string {
  let prefix = first11;
  for (let serial = 0; checkDigit(prefix) === null; serial++) prefix = first11.slice(0, 7) + String(serial).padStart(4, "0");
  return prefix + checkDigit(prefix);
}

describe("teacherIinProblem", () => {
  it("takes an adult's IIN", () => {
    expect(teacherIinProblem(makeIin("1976-09-07", "FEMALE", 4100), TODAY)).toBeNull();
    expect(teacherIinProblem("760907410001", TODAY)).toBeNull();
  });

  it("refuses a wrong check digit as before", () => {
    const iin = makeIin("1976-09-07", "FEMALE", 4100);
    expect(teacherIinProblem(iin.slice(0, 11) + ((Number(iin[11]) + 1) % 10), TODAY)).toBe("errors.invalidIin");
    expect(teacherIinProblem("12345", TODAY)).toBe("errors.invalidIin");
  });

  it("refuses a month 13 and a century digit 9 though their check digit holds", () => {
    expect(teacherIinProblem(withCheckDigit("76130741000"), TODAY)).toBe("errors.iinBirthDate");
    expect(teacherIinProblem(withCheckDigit("76090791000"), TODAY)).toBe("errors.iinBirthDate");
  });

  it("refuses a one-year-old and a hundred-year-old, and takes an eighteenth birthday on the day", () => {
    expect(teacherIinProblem(makeIin("2025-05-01", "FEMALE", 10), TODAY)).toBe("errors.iinAge");
    expect(teacherIinProblem(makeIin("1926-05-01", "FEMALE", 10), TODAY)).toBe("errors.iinAge");
    expect(teacherIinProblem(makeIin("2008-12-01", "FEMALE", 10), TODAY)).toBeNull();
    expect(teacherIinProblem(makeIin("2008-12-02", "FEMALE", 10), TODAY)).toBe("errors.iinAge");
  });
});

describe("personNameProblem", () => {
  it.each(["Әлиева", "Айгүл", "Серікқызы", "Қожа-Ахмет", "О'Нил", "Ibraimova", "Мария Луиза", "Ақбота"])("takes %j", (name) => {
    expect(personNameProblem(name)).toBeNull();
  });

  it.each(["Тестова123", "Айгүл😀", "<b>Ә</b>", "Ә.", "-Ә", "Ә--Б", "Ә  Б", "@"])("refuses %j as not letters", (name) => {
    expect(personNameProblem(name)).toBe("errors.nameLetters");
  });

  it("refuses a Latin look-alike among Cyrillic letters", () => {
    // the second letter is Latin "a"
    expect(personNameProblem("Аaйгүл")).toBe("errors.nameScripts");
    expect(personNameProblem("李娜")).toBe("errors.nameScripts");
  });

  it("refuses a name longer than any real one", () => {
    expect(personNameProblem("Ә".repeat(NAME_MAX_LENGTH))).toBeNull();
    expect(personNameProblem("Ә".repeat(NAME_MAX_LENGTH + 1))).toBe("errors.fieldTooLong");
  });
});
