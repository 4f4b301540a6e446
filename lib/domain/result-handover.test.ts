import { describe, expect, it } from "vitest";
import { handoverSchema } from "./result-handover";

const issuesOf = (input: unknown) => {
  const parsed = handoverSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("the hand-over of a result", () => {
  it("records the applicant herself, her identity checked, with no representative's details", () => {
    expect(handoverSchema.parse({ recipient: "APPLICANT", isIdentityChecked: "on", representativeName: "  Left over  ", powerOfAttorneyNumber: "12" })).toEqual({
      recipient: "APPLICANT",
      representativeName: null,
      powerOfAttorneyNumber: null,
      isIdentityChecked: true,
    });
  });

  it("records a representative's name and power of attorney, trimmed", () => {
    expect(handoverSchema.parse({ recipient: "REPRESENTATIVE", representativeName: " Серікова Дана ", powerOfAttorneyNumber: " 1234-Н ", isIdentityChecked: true })).toEqual({
      recipient: "REPRESENTATIVE",
      representativeName: "Серікова Дана",
      powerOfAttorneyNumber: "1234-Н",
      isIdentityChecked: true,
    });
  });

  it("refuses it without the identity check, whatever else is right", () => {
    for (const isIdentityChecked of [undefined, "", "off", false, "true"]) {
      expect(issuesOf({ recipient: "APPLICANT", isIdentityChecked }), String(isIdentityChecked)).toEqual({ isIdentityChecked: "resultHandover.errors.identityNotChecked" });
    }
  });

  it("asks a representative's name and power of attorney, and who received it at all", () => {
    expect(issuesOf({ recipient: "REPRESENTATIVE", representativeName: " ", isIdentityChecked: "on" })).toEqual({
      representativeName: "resultHandover.errors.representativeNameRequired",
      powerOfAttorneyNumber: "resultHandover.errors.powerOfAttorneyRequired",
    });
    expect(issuesOf({ recipient: "REPRESENTATIVE", representativeName: "Серікова Дана" })).toEqual({
      powerOfAttorneyNumber: "resultHandover.errors.powerOfAttorneyRequired",
      isIdentityChecked: "resultHandover.errors.identityNotChecked",
    });
    expect(issuesOf({ isIdentityChecked: "on" })).toEqual({ recipient: "resultHandover.errors.recipientRequired" });
    expect(issuesOf({ recipient: "NEIGHBOUR", isIdentityChecked: "on" })).toEqual({ recipient: "resultHandover.errors.recipientRequired" });
  });
});
