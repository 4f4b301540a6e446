// The dashboard's view, as it is kept in the URL so a view can be shared: period, grouping,
// filters and sort. One schema parses the page's search params and the export route's query.
import { z } from "zod";
import { CHANNELS } from "../domain/lifecycle";
import { readDateRange, type DateFilterField } from "../domain/date-filter";
import { AQTAU_UTC_OFFSET_MINUTES } from "../domain/working-calendar";

export const PROVIDER_KINDS = ["PRESCHOOL", "SCHOOL", "COLLEGE"] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const LEAGUE_LEVELS = ["district", "organization"] as const;
export const TREND_UNITS = ["day", "week"] as const;
export const SORT_DIRECTIONS = ["asc", "desc"] as const;

/** The league table's sortable figures; their meaning is in figures.ts. */
export const SORT_KEYS = [
  "name",
  "received",
  "inProgress",
  "accepted",
  "refused",
  "registrationShare",
  "checkShare",
  "corpIntakeShare",
  "resultInTimeShare",
  "missedNorm",
  "registrationMedian",
  "checkMedian",
  "overdueNow",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const id = z.string().regex(/^[a-z0-9]{8,40}$/i);
const code = z.string().regex(/^[A-Z_]{1,40}$/);

// A shared link may be old or hand-edited: a value that does not parse is dropped, not fatal.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const dashboardFilterSchema = z.object({
  // checked against today by readDateRange (lib/domain/date-filter.ts): see readDashboardFilter
  from: optional(z.string()),
  to: optional(z.string()),
  district: optional(id),
  organization: optional(id),
  channel: optional(z.enum(CHANNELS)),
  kind: optional(z.enum(PROVIDER_KINDS)),
  category: optional(code),
  version: optional(id),
  trend: z.enum(TREND_UNITS).catch("week"),
  level: z.enum(LEAGUE_LEVELS).catch("district"),
  sort: z.enum(SORT_KEYS).catch("received"),
  dir: z.enum(SORT_DIRECTIONS).catch("desc"),
});
export type DashboardFilter = z.infer<typeof dashboardFilterSchema>;

/** The keys that narrow which applications count (everything but presentation). */
export const FILTER_KEYS = ["from", "to", "district", "organization", "channel", "kind", "category", "version"] as const;

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

export interface DashboardFilterReading {
  filter: DashboardFilter;
  /** the date filters that were asked for but could not be applied */
  rejected: DateFilterField[];
}

/**
 * The view a URL asks for. A date filter that cannot be applied is left out and named in
 * `rejected` (a page says so, the export route refuses it); any other value that does not parse
 * falls back to its default.
 */
export function readDashboardFilter(params: SearchParams, now: Date = new Date()): DashboardFilterReading {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return (Array.isArray(value) ? value[0] : value) || undefined;
  };
  const parsed = dashboardFilterSchema.parse(Object.fromEntries(Object.keys(dashboardFilterSchema.shape).map((key) => [key, get(key)])));
  const { range, rejected } = readDateRange({ from: parsed.from, to: parsed.to }, now);
  return { filter: { ...parsed, from: range.from, to: range.to }, rejected };
}

/** The view with whatever cannot be applied left out (for callers that need not say so). */
export function parseDashboardFilter(params: SearchParams, now: Date = new Date()): DashboardFilter {
  return readDashboardFilter(params, now).filter;
}

const DEFAULTS: Partial<DashboardFilter> = { trend: "week", level: "district", sort: "received", dir: "desc" };

/** The URL query of a view, with `changes` applied; defaults and empty values are left out. */
export function dashboardQuery(filter: DashboardFilter, changes: Partial<Record<keyof DashboardFilter, string | undefined>> = {}): string {
  const merged: Record<string, string | undefined> = { ...filter, ...changes };
  const query = new URLSearchParams();
  for (const key of Object.keys(dashboardFilterSchema.shape) as (keyof DashboardFilter)[]) {
    const value = merged[key];
    if (value && DEFAULTS[key] !== value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

export interface Period {
  /** inclusive local dates, YYYY-MM-DD */
  fromDate: string;
  toDate: string;
  /** instants: [from, to) */
  from: Date;
  to: Date;
}

const DAY_MS = 86_400_000;
const OFFSET_MS = AQTAU_UTC_OFFSET_MINUTES * 60_000;

/** Today's date in Aqtau. */
export function localToday(now: Date): string {
  return new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant a local Aqtau day begins. */
export function startOfLocalDay(date: string): Date {
  return new Date(Date.parse(date) - OFFSET_MS);
}

/** The period a view covers: as given, else the last 30 days up to today. */
export function resolvePeriod(filter: Pick<DashboardFilter, "from" | "to">, now: Date): Period {
  let toDate = filter.to ?? localToday(now);
  let fromDate = filter.from ?? shiftDate(toDate, -29);
  if (fromDate > toDate) [fromDate, toDate] = [toDate, fromDate];
  return { fromDate, toDate, from: startOfLocalDay(fromDate), to: startOfLocalDay(shiftDate(toDate, 1)) };
}

export type PeriodPreset = "today" | "thisWeek" | "lastWeek" | "last30Days" | "thisMonth" | "thisYear";
export const PERIOD_PRESETS: readonly PeriodPreset[] = ["today", "thisWeek", "lastWeek", "last30Days", "thisMonth", "thisYear"];

/** Weeks start on Monday, as in Kazakhstan. */
export function presetPeriod(preset: PeriodPreset, now: Date): { from: string; to: string } {
  const today = localToday(now);
  const isoWeekday = ((new Date(Date.parse(today)).getUTCDay() + 6) % 7) + 1;
  const monday = shiftDate(today, 1 - isoWeekday);
  switch (preset) {
    case "today":
      return { from: today, to: today };
    case "thisWeek":
      return { from: monday, to: today };
    case "lastWeek":
      return { from: shiftDate(monday, -7), to: shiftDate(monday, -1) };
    case "last30Days":
      return { from: shiftDate(today, -29), to: today };
    case "thisMonth":
      return { from: `${today.slice(0, 8)}01`, to: today };
    case "thisYear":
      return { from: `${today.slice(0, 5)}01-01`, to: today };
  }
}
