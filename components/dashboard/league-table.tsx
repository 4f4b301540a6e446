import Link from "next/link";
import { dashboardQuery, type DashboardFilter, type SortKey } from "@/lib/dashboard/filters";
import { formatFigure } from "@/lib/dashboard/format";
import { LEAGUE_COLUMNS, type LeagueTable as LeagueTableData } from "@/lib/dashboard/league";
import { getTranslator } from "@/lib/i18n/server";
import { Caption, Table, TableHead, Td, Th, Tr } from "@/components/ui/table";

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
      <Th key={key} isNumeric={key !== "name"} aria-sort={isSorted ? (filter.dir === "asc" ? "ascending" : "descending") : "none"} className="align-bottom">
        <Link
          href={`/region${dashboardQuery(filter, { sort: key, dir: nextDir })}`}
          className="text-brand-900 hover:underline"
          aria-label={t("dashboard.league.sortBy", { column: label })}
        >
          {label}
          {isSorted && <span aria-hidden="true">{filter.dir === "asc" ? " ▲" : " ▼"}</span>}
        </Link>
      </Th>
    );
  };
  if (table.rows.length === 0) {
    return <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">{t("dashboard.league.empty")}</p>;
  }
  return (
    <Table data-testid="league-table">
      <Caption>
        {t("dashboard.league.caption", { sort: `${sortLabel}, ${t(filter.dir === "asc" ? "dashboard.league.ascending" : "dashboard.league.descending")}` })}
      </Caption>
      <TableHead className="text-xs">{columns.map((c) => header(c.key, c.label))}</TableHead>
      <tbody>
        {table.rows.map((row) => {
          const href =
            row.drillDown === "district"
              ? `/region${dashboardQuery(filter, { district: row.id, organization: undefined })}`
              : `/region/organizations/${row.id}${dashboardQuery(filter, { organization: undefined, district: undefined, level: undefined })}`;
          return (
            <Tr key={row.id} className="hover:bg-slate-50">
              <Th scope="row">
                <Link href={href} className="text-brand-700 hover:underline">{row.name}</Link>
              </Th>
              {LEAGUE_COLUMNS.map((c) => (
                <Td key={c.key} isNumeric>{formatFigure(row.values[c.key], c.format, locale)}</Td>
              ))}
            </Tr>
          );
        })}
      </tbody>
    </Table>
  );
}
