import { describe, expect, it } from "vitest";
import { contactsAtIntake, contactsOfPackage, differingNameParts, isSameName, type Contacts } from "./package-contacts";

const record: Contacts = { phone: "+77011111147", email: "aigul@mail.kz", locale: "kk" };
const given: Contacts = { phone: "+77029999999", email: "other@mail.kz", locale: "ru" };

describe("a package's contacts", () => {
  it("are its own once it has them, even none of a kind", () => {
    expect(contactsOfPackage({ contactPhone: "+77029999999", contactEmail: null, contactLocale: "ru" }, record)).toEqual({ phone: "+77029999999", email: null, locale: "ru" });
  });

  it("are the teacher's record for a package from before they were kept", () => {
    expect(contactsOfPackage({ contactPhone: null, contactEmail: null, contactLocale: null }, record)).toEqual(record);
  });
});

describe("the contacts an intake keeps", () => {
  it("of a teacher not on file: the given ones, which also make her record", () => {
    expect(contactsAtIntake("given", given, null)).toEqual({ package: given, recordFill: {} });
    expect(contactsAtIntake("onFile", given, null)).toBeNull();
  });

  it("on file: the record's, nothing of the form", () => {
    expect(contactsAtIntake("onFile", given, record)).toEqual({ package: record, recordFill: {} });
  });

  it("given for a teacher on file: the package's only; the record is never rewritten", () => {
    expect(contactsAtIntake("given", given, record)).toEqual({ package: given, recordFill: {} });
  });

  it("given where the record has none of a kind: the record gains it", () => {
    const bare = { phone: null, email: "aigul@mail.kz", locale: "kk" };
    expect(contactsAtIntake("given", given, bare)).toEqual({ package: given, recordFill: { phone: "+77029999999" } });
    expect(contactsAtIntake("given", { phone: null, email: null, locale: "en" }, { phone: null, email: null, locale: "kk" })).toEqual({
      package: { phone: null, email: null, locale: "en" },
      recordFill: {},
    });
  });
});

describe("isSameName", () => {
  const onFile = { lastName: "Әлиева", firstName: "Айгүл", middleName: "Серікқызы" };
  it("ignores letter case and spacing", () => {
    expect(isSameName(onFile, { lastName: " әлиева ", firstName: "АЙГҮЛ", middleName: "Серікқызы" })).toBe(true);
    expect(isSameName({ lastName: "Әлиева", firstName: "Айгүл Мария" }, { lastName: "Әлиева", firstName: "Айгүл  Мария", middleName: "" })).toBe(true);
  });

  it("holds every part typed, the patronymic too; a patronymic left blank claims nothing", () => {
    expect(isSameName(onFile, { lastName: "Әлиева", firstName: "Айгүл" })).toBe(true);
    expect(isSameName(onFile, { lastName: "Әлиева", firstName: "Айгүл", middleName: " " })).toBe(true);
    expect(differingNameParts(onFile, { lastName: "Әлиева", firstName: "Айгүл", middleName: "Ерболатқызы" })).toEqual(["middleName"]);
    expect(isSameName(onFile, { lastName: "Алиева", firstName: "Айгүл", middleName: "Серікқызы" })).toBe(false);
    expect(isSameName({ lastName: "Әлиева", firstName: "Айгүл" }, { lastName: "Әлиева", firstName: "Айгүл", middleName: "Серікқызы" })).toBe(false);
  });
});
