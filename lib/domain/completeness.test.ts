import { describe, expect, it } from "vitest";
import { REGULATION_VERSIONS } from "../../prisma/reference/regulation-versions";
import { counterOutcome, evaluateCheck, findRefusalProblem, type DocumentMark } from "./completeness";
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

describe("an incomplete package at the counter (the version's incompleteAtCounter, per channel)", () => {
  it("in MANGYSTAU-2018 is registered and passed on at the office, refused at the State Corporation (unconfirmed, with its source)", () => {
    expect(rules.incompleteAtCounter.OFFICE).toMatchObject({ outcome: "REGISTER", isConfirmed: true });
    expect(rules.incompleteAtCounter.STATE_CORP).toMatchObject({ outcome: "REFUSE", isConfirmed: false });
    expect(rules.incompleteAtCounter.STATE_CORP.source.en).toMatch(/typical pattern/);
    expect(rules.incompleteAtCounter.STATE_CORP.source.kk).toMatch(/әдеттегі тәртібі/);
    const incomplete = { ...allPresent(false), TRAINING_CERTIFICATE: "MISSING" as const, EDUCATION_DIPLOMA: "UNREADABLE" as const };
    expect(counterOutcome(rules, "OFFICE", false, incomplete)).toEqual({ kind: "register" });
    expect(counterOutcome(rules, "STATE_CORP", false, incomplete)).toEqual({ kind: "refuse", missingCodes: ["EDUCATION_DIPLOMA", "TRAINING_CERTIFICATE"] });
    // complete: registered on either channel; the certificate of a category held counts only when one is held
    for (const channel of ["OFFICE", "STATE_CORP"] as const) expect(counterOutcome(rules, channel, false, allPresent(false))).toEqual({ kind: "register" });
    expect(counterOutcome(rules, "STATE_CORP", true, allPresent(false))).toEqual({ kind: "refuse", missingCodes: ["CURRENT_CATEGORY_CERTIFICATE"] });
  });

  it("follows the rule, not the channel: every outcome × channel", () => {
    const incomplete = { ...allPresent(false), EMPLOYMENT_RECORD: "MISSING" as const };
    for (const outcome of ["REGISTER", "REFUSE"] as const) {
      for (const channel of ["OFFICE", "STATE_CORP"] as const) {
        const ruled = { ...rules, incompleteAtCounter: { ...rules.incompleteAtCounter, [channel]: { outcome, source: "test", isConfirmed: false } } };
        expect(counterOutcome(ruled, channel, false, incomplete).kind, `${outcome} ${channel}`).toBe(outcome === "REFUSE" ? "refuse" : "register");
      }
    }
  });
});
