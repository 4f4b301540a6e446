// Where a decided package's result waits for its applicant, and until when (issue 15, item 9).
// Whether it waits, and where, is read from the transition table: a result waits wherever the
// package may be handed over next (ISSUE_RESULT), at the organization of the role that hands it
// over. How long it is kept is the version's rule (`unclaimedResult`), per channel.
import { findTransition, type ApplicationState, type Channel } from "./lifecycle";
import type { UnclaimedResultRule } from "./regulation-version";
import { isLocalDate, toLocalDate } from "./working-calendar";

/** The provider's office (its clerk hands results over) or the State Corporation's centre (its operator). */
export type CollectionPlace = "PROVIDER_OFFICE" | "CORP_CENTRE";

/** Where the result of a package in this state waits, or null when it waits nowhere (undecided, on its way, handed over). */
export function collectionPlace(state: ApplicationState, channel: Channel): CollectionPlace | null {
  const handOver = findTransition(state, "ISSUE_RESULT", channel);
  if (!handOver) return null;
  return handOver.roles.includes("CORP_OPERATOR") ? "CORP_CENTRE" : "PROVIDER_OFFICE";
}

/**
 * The last day (Aktau's local date) the place keeps a result that became ready at `readyAt`, or
 * null when the rule sets no term. A month is a calendar month, counted from the day it became
 * ready: 31 January keeps it until the last day of February, not 3 March.
 */
export function keptUntil(readyAt: Date, rule: Pick<UnclaimedResultRule, "keptForMonths">): string | null {
  if (rule.keptForMonths === null) return null;
  return addCalendarMonths(toLocalDate(readyAt), rule.keptForMonths);
}

/** A local date (YYYY-MM-DD) plus whole calendar months, the day clamped to the month's length. */
export function addCalendarMonths(localDate: string, months: number): string {
  if (!isLocalDate(localDate)) throw new Error(`not a local date: ${localDate}`);
  const [year, month, day] = localDate.split("-").map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  // day 0 of the next month is the last day of this one
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** When the result became ready where it waits: decided at the office, or sent back to the State Corporation. */
export function readyAtOf(place: CollectionPlace, times: { decidedAt: Date | null; resultSentAt: Date | null }): Date | null {
  return place === "CORP_CENTRE" ? times.resultSentAt : times.decidedAt;
}
