import { Breakdowns } from "@/components/dashboard/breakdowns";
import { ExportLinks } from "@/components/dashboard/export-links";
import { FilterForm } from "@/components/dashboard/filter-form";
import { KeyFigures } from "@/components/dashboard/key-figures";
import { LeagueTable } from "@/components/dashboard/league-table";
import { RegionNav } from "@/components/dashboard/region-nav";
import { PageHeading } from "@/components/layout/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { loadDashboardView } from "@/lib/dashboard/dashboard-view";
import { LEAGUE_LEVELS, dashboardQuery, readDashboardFilter, resolvePeriod } from "@/lib/dashboard/filters";
import { Notice } from "@/components/ui/notice";
import { dateFilterNotices } from "@/lib/domain/date-filter";
import { db } from "@/lib/db/prisma";
import { formatDate } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import Link from "next/link";

export default async function RegionDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("workspace.region", "/region");
  const { locale, t } = await getTranslator();
  const now = new Date();
  const { filter, rejected } = readDashboardFilter(await searchParams, now);
  const view = await loadDashboardView(db(), actor, filter, locale, now);
  const period = resolvePeriod(filter, now);
  const districtName = filter.district ? view.labels.organization.get(filter.district) : undefined;
  return (
    <div className="space-y-8">
      <PageHeading
        title={t("workspaces.region.title")}
        lead={t("dashboard.period.current", {
          from: formatDate(`${period.fromDate}T12:00:00Z`, locale),
          to: formatDate(`${period.toDate}T12:00:00Z`, locale),
        })}
      />
      <RegionNav current="dashboard" />
      {dateFilterNotices(rejected, now).map((notice) => (
        <Notice key={notice.key} data-testid="filter-notice">{t(notice.key, notice.params)}</Notice>
      ))}
      <FilterForm action="/region" filter={filter} now={now} {...view.options} />
      <KeyFigures figures={view.figures} />
      <section aria-labelledby="league-title" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="league-title" className="text-lg font-semibold">
            {t("dashboard.league.title")}
            {districtName && (
              <>
                {" · "}
                <Link href={`/region${dashboardQuery(filter, { district: undefined, organization: undefined })}`} className="font-normal text-brand-700 hover:underline">
                  {t("dashboard.league.region")}
                </Link>
                {" › "}
                <span data-testid="league-district">{districtName}</span>
              </>
            )}
          </h2>
          <ExportLinks filter={filter} view="league" />
        </div>
        {!filter.district && !filter.organization && (
          <nav aria-label={t("dashboard.filters.level")} className="flex gap-3 text-sm">
            {LEAGUE_LEVELS.map((level) => (
              <Link
                key={level}
                href={`/region${dashboardQuery(filter, { level })}`}
                aria-current={filter.level === level ? "true" : undefined}
                className={filter.level === level ? "font-semibold text-brand-900 underline" : "text-brand-700 hover:underline"}
              >
                {t(level === "district" ? "dashboard.filters.levelDistrict" : "dashboard.filters.levelOrganization")}
              </Link>
            ))}
          </nav>
        )}
        <LeagueTable table={view.league} filter={filter} />
      </section>
      <Breakdowns view={view} trendUnit={filter.trend} />
    </div>
  );
}
