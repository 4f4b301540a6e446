import { describe, expect, it } from "vitest";
import { assignableCategories, categoryChoiceProblem } from "./category-choice";

const CATEGORIES = [
  { code: "SECOND", rank: 1 },
  { code: "FIRST", rank: 2 },
  { code: "HIGHEST", rank: 3 },
];

describe("categoryChoiceProblem", () => {
  it("lets a teacher ask for a higher category than she holds, or any when she holds none", () => {
    expect(categoryChoiceProblem({ purpose: "ASSIGN", categorySought: "SECOND" }, CATEGORIES)).toBeNull();
    expect(categoryChoiceProblem({ purpose: "ASSIGN", categorySought: "HIGHEST", categoryHeld: "FIRST" }, CATEGORIES)).toBeNull();
  });

  it("refuses assigning the category held or a lower one (the second while holding the highest)", () => {
    expect(categoryChoiceProblem({ purpose: "ASSIGN", categorySought: "SECOND", categoryHeld: "HIGHEST" }, CATEGORIES)).toEqual({ field: "categorySought", problem: "NOT_HIGHER_THAN_HELD" });
    expect(categoryChoiceProblem({ purpose: "ASSIGN", categorySought: "FIRST", categoryHeld: "FIRST" }, CATEGORIES)).toEqual({ field: "categorySought", problem: "NOT_HIGHER_THAN_HELD" });
  });

  it("confirms only the category held, and needs one", () => {
    expect(categoryChoiceProblem({ purpose: "CONFIRM", categorySought: "FIRST", categoryHeld: "FIRST" }, CATEGORIES)).toBeNull();
    expect(categoryChoiceProblem({ purpose: "CONFIRM", categorySought: "HIGHEST", categoryHeld: "FIRST" }, CATEGORIES)).toEqual({ field: "categorySought", problem: "NOT_THE_HELD" });
    expect(categoryChoiceProblem({ purpose: "CONFIRM", categorySought: "FIRST" }, CATEGORIES)).toEqual({ field: "categoryHeld", problem: "CONFIRM_NEEDS_HELD" });
  });

  it("names the field of a category the version does not have", () => {
    expect(categoryChoiceProblem({ purpose: "ASSIGN", categorySought: "NOPE" }, CATEGORIES)).toEqual({ field: "categorySought", problem: "UNKNOWN" });
    expect(categoryChoiceProblem({ purpose: "ASSIGN", categorySought: "FIRST", categoryHeld: "NOPE" }, CATEGORIES)).toEqual({ field: "categoryHeld", problem: "UNKNOWN" });
  });
});

describe("assignableCategories", () => {
  it("is every category above the one held", () => {
    expect(assignableCategories(CATEGORIES, "SECOND").map((c) => c.code)).toEqual(["FIRST", "HIGHEST"]);
    expect(assignableCategories(CATEGORIES, "HIGHEST")).toEqual([]);
    expect(assignableCategories(CATEGORIES, null)).toHaveLength(3);
  });
});
