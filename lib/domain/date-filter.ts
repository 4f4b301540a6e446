// The one rule for a date a URL may filter by, or a queue cursor may hold: a real day of the
// calendar, from 1 January 2000 (no package is older: the first regulation is of 2018) to
// 31 December five years from now, and "from" no later than "to". Beyond that nothing is worth
// asking, and PostgreSQL refuses some of it ("date/time field value out of range": year 0, which
// "0001-01-01" in Aqtau time becomes, or year 275760). Every page and route handler that reads a
// date filter or a cursor reads it here: a route refuses a bad one with a 400, a page drops it
// and says so.
import { z } from "zod";
import { AppError } from "../errors";
import { AQTAU_UTC_OFFSET_MINUTES, isLocalDate } from "./working-calendar";

export const EARLIEST_FILTER_YEAR = 2000;
/** How far ahead a filter may reach: a deadline lies weeks ahead, a plan a few years. */
export const FILTER_YEARS_AHEAD = 5;

export const DATE_FILTER_FIELDS = ["from", "to"] as const;
export type DateFilterField = (typeof DATE_FILTER_FIELDS)[number];

/** The years a filter may name, as now stands (the message quotes them). */
export function filterYears(now: Date): { earliest: number; latest: number } {
  const localYear = new Date(now.getTime() + AQTAU_UTC_OFFSET_MINUTES * 60_000).getUTCFullYear();
  return { earliest: EARLIEST_FILTER_YEAR, latest: localYear + FILTER_YEARS_AHEAD };
}

/** A YYYY-MM-DD day a filter may name. */
export function isFilterDate(text: string, now: Date): boolean {
  if (!isLocalDate(text)) return false;
  const year = Number(text.slice(0, 4));
  const { earliest, latest } = filterYears(now);
  return year >= earliest && year <= latest;
}

/** An instant a cursor may hold: within the same years, in Aqtau time. */
export function isFilterInstant(at: Date, now: Date): boolean {
  if (Number.isNaN(at.getTime())) return false;
  const local = new Date(at.getTime() + AQTAU_UTC_OFFSET_MINUTES * 60_000);
  const { earliest, latest } = filterYears(now);
  return local.getUTCFullYear() >= earliest && local.getUTCFullYear() <= latest;
}

/** The schema of one date filter, for `now`. */
export function filterDateSchema(now: Date) {
  return z.string().refine((text) => isFilterDate(text, now));
}

export interface DateRange {
  from?: string;
  to?: string;
}

export interface DateRangeReading {
  /** what may be applied: the good ends, or neither when they are in the wrong order */
  range: DateRange;
  /** the ends that were asked for but could not be applied */
  rejected: DateFilterField[];
}

/** A URL's value as one text: the first of a repeated parameter; an empty field is none. */
export function firstValue(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first !== "" ? first : undefined;
}

/**
 * Reads a period from a URL's values. Each end that is no filter date is rejected; two good ends
 * in the wrong order are both rejected (which one was meant is anyone's guess).
 */
export function readDateRange(raw: { from?: unknown; to?: unknown }, now: Date): DateRangeReading {
  const day = filterDateSchema(now);
  const range: DateRange = {};
  const rejected: DateFilterField[] = [];
  for (const field of DATE_FILTER_FIELDS) {
    const value = firstValue(raw[field]);
    if (value === undefined) continue;
    if (day.safeParse(value).success) range[field] = value;
    else rejected.push(field);
  }
  if (range.from && range.to && range.from > range.to) return { range: {}, rejected: ["from", "to"] };
  return { range, rejected };
}

/**
 * A route's refusal of a date filter or cursor it could not apply: 400, the bounds in the words.
 * (A page drops them instead, with the same bounds in its notice: dateFilterNotices.)
 */
export function dateFilterRefusal(rejected: readonly (DateFilterField | "after")[], now: Date): AppError {
  if (rejected.length === 1 && rejected[0] === "after") return new AppError("INVALID_INPUT", "errors.dateFilter.badCursor");
  const { earliest, latest } = filterYears(now);
  return new AppError("INVALID_INPUT", "errors.dateFilter.invalid", { earliest, latest });
}

/** What a page says when it left a date filter or a cursor out: a dictionary key and its values. */
export interface FilterNotice {
  key: "errors.dateFilter.ignored" | "errors.dateFilter.cursorIgnored";
  params: Record<string, number>;
}

export function dateFilterNotices(rejected: readonly (DateFilterField | "after")[], now: Date): FilterNotice[] {
  const notices: FilterNotice[] = [];
  if (rejected.some((field) => field !== "after")) notices.push({ key: "errors.dateFilter.ignored", params: filterYears(now) });
  if (rejected.includes("after")) notices.push({ key: "errors.dateFilter.cursorIgnored", params: {} });
  return notices;
}
