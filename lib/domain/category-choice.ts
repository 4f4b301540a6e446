/**
 * Which category a teacher may ask for, given the one she holds: attestation to assign a
 * category is for a higher one than she holds (a lower or the same one is no assignment), and a
 * confirmation confirms the very category she holds. The categories and their order (rank) are
 * the regulation version's data; this is the one place the pairing is checked, for the counter's
 * intake and for the teacher's own online form alike.
 */
export interface RankedCategory {
  code: string;
  rank: number;
}

export interface CategoryChoice {
  purpose: "ASSIGN" | "CONFIRM";
  categorySought: string;
  categoryHeld?: string | null;
}

export type CategoryChoiceProblem =
  | { field: "categorySought"; problem: "UNKNOWN" | "NOT_HIGHER_THAN_HELD" | "NOT_THE_HELD" }
  | { field: "categoryHeld"; problem: "UNKNOWN" | "CONFIRM_NEEDS_HELD" };

export function categoryChoiceProblem(choice: CategoryChoice, categories: readonly RankedCategory[]): CategoryChoiceProblem | null {
  const sought = categories.find((c) => c.code === choice.categorySought);
  if (!sought) return { field: "categorySought", problem: "UNKNOWN" };
  const held = choice.categoryHeld ? categories.find((c) => c.code === choice.categoryHeld) : undefined;
  if (choice.categoryHeld && !held) return { field: "categoryHeld", problem: "UNKNOWN" };
  if (choice.purpose === "CONFIRM") {
    if (!held) return { field: "categoryHeld", problem: "CONFIRM_NEEDS_HELD" };
    if (held.code !== sought.code) return { field: "categorySought", problem: "NOT_THE_HELD" };
    return null;
  }
  if (held && sought.rank <= held.rank) return { field: "categorySought", problem: "NOT_HIGHER_THAN_HELD" };
  return null;
}

/** The categories one may ask to be assigned while holding `heldCode` (all of them when none is held). */
export function assignableCategories<T extends RankedCategory>(categories: readonly T[], heldCode: string | null | undefined): T[] {
  const held = heldCode ? categories.find((c) => c.code === heldCode) : undefined;
  return held ? categories.filter((c) => c.rank > held.rank) : [...categories];
}
