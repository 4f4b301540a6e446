import Link from "next/link";
import { dashboardQuery, type DashboardFilter, type SortKey } from "@/lib/dashboard/filters";
import { formatFigure } from "@/lib/dashboard/format";
import { LEAGUE_COLUMNS, type LeagueTable as LeagueTableData } from "@/lib/dashboard/league";
import { getTranslator } from "@/lib/i18n/server";

/** Region → district/city → organization; each header sorts, each row drills down. */
export async function LeagueTable({ table, filter }: { table: LeagueTableData; filter: DashboardFilter }) {
  const { locale, t } = await getTranslator();
  const columns: { key: SortKey; label: string }[] = [
    { key: "name", label: t("dashboard.league.name") },
    ...LEAGUE_COLUMNS.map((c) => ({ key: c.key, label: t(`dashboard.league.${c.key}`) })),
  ];
  const sortLabel = columns.find((c) => c.key === filter.sort)?.label ?? "";
  const header = (key: SortKey, label: string) => {
    const isSorted = filter.sort === key;
    const nextDir = isSorted && filter.dir === "desc" ? "asc" : "desc";
    return (
      <th
        key={key}
        scope="col"
        aria-sort={isSorted ? (filter.dir === "asc" ? "ascending" : "descending") : "none"}
        className={`px-3 py-2 align-bottom ${key === "name" ? "text-left" : "text-right"}`}
      >
        <Link
          href={`/region${dashboardQuery(filter, { sort: key, dir: nextDir })}`}
          className="text-brand-900 hover:underline"
          aria-label={t("dashboard.league.sortBy", { column: label })}
        >
          {label}
          {isSorted && <span aria-hidden="true">{filter.dir === "asc" ? " ▲" : " ▼"}</span>}
        </Link>
      </th>
    );
  };
  if (table.rows.length === 0) {
    return <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">{t("dashboard.league.empty")}</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="league-table">
        <caption className="px-4 py-2 text-left text-slate-600">
          {t("dashboard.league.caption", { sort: `${sortLabel}, ${t(filter.dir === "asc" ? "dashboard.league.ascending" : "dashboard.league.descending")}` })}
        </caption>
        <thead className="bg-slate-100 text-xs">
          <tr>{columns.map((c) => header(c.key, c.label))}</tr>
        </thead>
        <tbody>
          {table.rows.map((row) => {
            const href =
              row.drillDown === "district"
                ? `/region${dashboardQuery(filter, { district: row.id, organization: undefined })}`
                : `/region/organizations/${row.id}${dashboardQuery(filter, { organization: undefined, district: undefined, level: undefined })}`;
            return (
              <tr key={row.id} className="border-t border-slate-100 hover:bg-slate-50">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <Link href={href} className="text-brand-700 hover:underline">{row.name}</Link>
                </th>
                {LEAGUE_COLUMNS.map((c) => (
                  <td key={c.key} className="px-3 py-2 text-right tabular-nums">{formatFigure(row.values[c.key], c.format, locale)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
