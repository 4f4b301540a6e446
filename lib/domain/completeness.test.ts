import { describe, expect, it } from "vitest";
import { REGULATION_VERSIONS } from "../../prisma/reference/regulation-versions";
import { evaluateCheck, findRefusalProblem, type DocumentMark } from "./completeness";
import { regulationRulesSchema } from "./regulation-version";

const rules = regulationRulesSchema.parse(REGULATION_VERSIONS[0]!.rules);
const allPresent = (withHeld: boolean): Record<string, DocumentMark> =>
  Object.fromEntries(
    rules.checklist.filter((i) => withHeld || i.requirement === "REQUIRED").map((i) => [i.code, "PRESENT" as const]),
  );

describe("the completeness check", () => {
  it("is complete when every required item is present", () => {
    expect(evaluateCheck(rules, false, allPresent(false))).toEqual({ missingCodes: [], isComplete: true });
  });

  it("asks for the held category's certificate only from those who hold one", () => {
    expect(evaluateCheck(rules, true, allPresent(false)).missingCodes).toEqual(["CURRENT_CATEGORY_CERTIFICATE"]);
    expect(evaluateCheck(rules, true, allPresent(true)).isComplete).toBe(true);
  });

  it("counts an unreadable copy as missing", () => {
    const marks = { ...allPresent(false), EDUCATION_DIPLOMA: "UNREADABLE" as const };
    expect(evaluateCheck(rules, false, marks)).toEqual({ missingCodes: ["EDUCATION_DIPLOMA"], isComplete: false });
  });
});

describe("a reasoned refusal", () => {
  const marks = { ...allPresent(false), TRAINING_CERTIFICATE: "MISSING" as const };

  it("needs a ground", () => {
    expect(findRefusalProblem(rules, [], [], marks)).toBe("NO_GROUND");
  });

  it("takes grounds only from the version's catalogue", () => {
    expect(findRefusalProblem(rules, ["MADE_UP"], [], marks)).toBe("UNKNOWN_GROUND");
  });

  it("names the missing items when the package is incomplete", () => {
    expect(findRefusalProblem(rules, ["INCOMPLETE_PACKAGE"], [], marks)).toBe("MISSING_ITEMS_REQUIRED");
    expect(findRefusalProblem(rules, ["INCOMPLETE_PACKAGE"], ["TRAINING_CERTIFICATE"], marks)).toBeNull();
  });

  it("cannot call a document missing that the check found present", () => {
    expect(findRefusalProblem(rules, ["INCOMPLETE_PACKAGE"], ["EDUCATION_DIPLOMA"], marks)).toBe("MISSING_ITEM_IS_PRESENT");
    expect(findRefusalProblem(rules, ["INCOMPLETE_PACKAGE"], ["NOT_A_DOCUMENT"], marks)).toBe("UNKNOWN_DOCUMENT");
  });

  it("accepts grounds that need no missing items on their own", () => {
    expect(findRefusalProblem(rules, ["UNRELIABLE_DOCUMENTS"], [], allPresent(false))).toBeNull();
  });
});
