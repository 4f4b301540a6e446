// The executor's completeness check (par. 8) and what makes a refusal "reasoned" (дәлелді).
import type { CounterChannel } from "./lifecycle";
import { requiredChecklist, type RegulationRules } from "./regulation-version";

export const DOCUMENT_MARKS = ["PRESENT", "MISSING", "UNREADABLE"] as const;
export type DocumentMark = (typeof DOCUMENT_MARKS)[number];

export interface CheckOutcome {
  /** required items not marked PRESENT: missing or unreadable count alike */
  missingCodes: string[];
  isComplete: boolean;
}

export function evaluateCheck(rules: RegulationRules, hasCategoryHeld: boolean, marks: Record<string, DocumentMark>): CheckOutcome {
  const missingCodes = requiredChecklist(rules, hasCategoryHeld)
    .filter((item) => marks[item.code] !== "PRESENT")
    .map((item) => item.code);
  return { missingCodes, isComplete: missingCodes.length === 0 };
}

export type RefusalProblem = "NO_GROUND" | "UNKNOWN_GROUND" | "MISSING_ITEMS_REQUIRED" | "UNKNOWN_DOCUMENT" | "MISSING_ITEM_IS_PRESENT";

/**
 * A refusal names at least one ground of the version's catalogue; a ground about an incomplete
 * package names the missing items, each of which the check did not find present.
 */
export function findRefusalProblem(
  rules: RegulationRules,
  groundCodes: string[],
  missingCodes: string[],
  marks: Record<string, DocumentMark>,
): RefusalProblem | null {
  if (groundCodes.length === 0) return "NO_GROUND";
  const grounds = groundCodes.map((code) => rules.refusalGrounds.find((g) => g.code === code));
  if (grounds.some((g) => !g)) return "UNKNOWN_GROUND";
  const checklistCodes = new Set(rules.checklist.map((item) => item.code));
  if (missingCodes.some((code) => !checklistCodes.has(code))) return "UNKNOWN_DOCUMENT";
  if (grounds.some((g) => g!.requiresMissingItems) && missingCodes.length === 0) return "MISSING_ITEMS_REQUIRED";
  if (missingCodes.some((code) => marks[code] === "PRESENT")) return "MISSING_ITEM_IS_PRESENT";
  return null;
}

export type CounterOutcome = { kind: "register" } | { kind: "refuse"; missingCodes: string[] };

/**
 * What the counter does with a package as it is handed over: a complete one is registered; an
 * incomplete one is refused there (with a receipt of refusal to accept documents) when the
 * version's `incompleteAtCounter` says so for the channel, and otherwise registered and passed on
 * to be checked.
 */
export function counterOutcome(
  rules: RegulationRules,
  channel: CounterChannel,
  hasCategoryHeld: boolean,
  marks: Record<string, DocumentMark>,
): CounterOutcome {
  const { missingCodes, isComplete } = evaluateCheck(rules, hasCategoryHeld, marks);
  return !isComplete && rules.incompleteAtCounter[channel].outcome === "REFUSE" ? { kind: "refuse", missingCodes } : { kind: "register" };
}
