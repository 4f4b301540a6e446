// The league table: region → district/city → organization. One list of columns drives the
// table, the sort and the exports, so an exported file has exactly the rows and numbers shown.
import type { Db } from "../db/client";
import type { Actor } from "../domain/permissions";
import type { Locale } from "../i18n/locales";
import { aggregateFigures, type Grouping } from "./aggregate";
import { missedNorm, type Figures } from "./figures";
import type { DashboardFilter, SortKey } from "./filters";
import { loadDimensionLabels } from "./labels";

export type ColumnFormat = "count" | "share" | "minutes";

export interface LeagueColumn {
  key: Exclude<SortKey, "name">;
  format: ColumnFormat;
  value: (figures: Figures) => number | null;
}

export const LEAGUE_COLUMNS: readonly LeagueColumn[] = [
  { key: "received", format: "count", value: (f) => f.received },
  { key: "inProgress", format: "count", value: (f) => f.inProgress },
  { key: "accepted", format: "count", value: (f) => f.accepted },
  { key: "refused", format: "count", value: (f) => f.refused },
  { key: "registrationShare", format: "share", value: (f) => f.steps.OFFICE_REGISTRATION.share },
  { key: "checkShare", format: "share", value: (f) => f.steps.COMPLETENESS_CHECK.share },
  { key: "corpIntakeShare", format: "share", value: (f) => f.steps.CORP_INTAKE.share },
  { key: "resultInTimeShare", format: "share", value: (f) => f.resultDelivery.share },
  { key: "missedNorm", format: "count", value: missedNorm },
  { key: "registrationMedian", format: "minutes", value: (f) => f.steps.OFFICE_REGISTRATION.median },
  { key: "checkMedian", format: "minutes", value: (f) => f.steps.COMPLETENESS_CHECK.median },
  { key: "overdueNow", format: "count", value: (f) => f.overdueNow },
];

export interface LeagueRow {
  /** organization id (a district or city department, or a provider) */
  id: string;
  name: string;
  /** where a click on the row leads: a narrower league table, or the organization */
  drillDown: "district" | "organization";
  values: Record<LeagueColumn["key"], number | null>;
}

export interface LeagueTable {
  grouping: "district" | "organization";
  rows: LeagueRow[];
}

/** Which level a view shows: districts, unless a district is chosen or all organizations asked for. */
export function leagueGrouping(filter: DashboardFilter): "district" | "organization" {
  return filter.district || filter.organization || filter.level === "organization" ? "organization" : "district";
}

/** Empty values sort last whatever the direction: an organization with no data is not "best". */
export function sortLeagueRows(rows: readonly LeagueRow[], sort: SortKey, dir: "asc" | "desc", locale: Locale): LeagueRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const collator = new Intl.Collator(locale);
  return [...rows].sort((a, b) => {
    if (sort === "name") return sign * collator.compare(a.name, b.name);
    const x = a.values[sort];
    const y = b.values[sort];
    if (x === null || y === null) return x === y ? collator.compare(a.name, b.name) : x === null ? 1 : -1;
    return x === y ? collator.compare(a.name, b.name) : sign * (x - y);
  });
}

export async function leagueTable(db: Db, actor: Actor, filter: DashboardFilter, locale: Locale, now: Date): Promise<LeagueTable> {
  const grouping: Grouping = leagueGrouping(filter);
  const [groups, labels] = await Promise.all([aggregateFigures(db, actor, filter, grouping, now), loadDimensionLabels(db, locale)]);
  const rows = groups.map(({ key, figures }) => ({
    id: key,
    name: labels.organization.get(key) ?? key,
    drillDown: grouping,
    values: Object.fromEntries(LEAGUE_COLUMNS.map((column) => [column.key, column.value(figures)])) as LeagueRow["values"],
  }));
  return { grouping, rows: sortLeagueRows(rows, filter.sort, filter.dir, locale) };
}
