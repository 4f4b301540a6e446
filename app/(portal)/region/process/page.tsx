import { RegionNav } from "@/components/dashboard/region-nav";
import { PageHeading } from "@/components/layout/page-heading";
import { ProcessMap, type StepCount } from "@/components/process-map/process-map";
import { requirePermission } from "@/lib/auth/session";
import { waitingCounts } from "@/lib/dashboard/aggregate";
import { dashboardQuery, readDashboardFilter } from "@/lib/dashboard/filters";
import { Notice } from "@/components/ui/notice";
import { dateFilterNotices } from "@/lib/domain/date-filter";
import { normsInForce } from "@/lib/regulation/in-force";
import { db } from "@/lib/db/prisma";
import type { ApplicationState } from "@/lib/domain/lifecycle";
import { getTranslator } from "@/lib/i18n/server";

/** The process map with the live count of packages waiting at each step, and the overdue. */
export default async function RegionProcessPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("workspace.region", "/region/process");
  const { t } = await getTranslator();
  const now = new Date();
  const { filter, rejected } = readDashboardFilter(await searchParams, now);
  const [rows, norms] = await Promise.all([waitingCounts(db(), actor, filter, now), normsInForce(db(), now)]);
  const counts: Partial<Record<ApplicationState, StepCount>> = {};
  for (const row of rows) {
    const count = (counts[row.state] ??= { waiting: 0, overdue: 0 });
    count.waiting += row.waiting;
    count.overdue += row.overdue;
  }
  const query = dashboardQuery(filter);
  const hrefFor = (state: ApplicationState, isOverdueOnly: boolean) =>
    `/region/queue${query ? `${query}&` : "?"}state=${state}${isOverdueOnly ? "&overdue=1" : ""}`;
  return (
    <div>
      <PageHeading title={t("dashboard.processMap.liveTitle")} lead={t("dashboard.processMap.liveLead")} />
      <RegionNav current="processMap" />
      {dateFilterNotices(rejected, now).map((notice) => (
        <Notice key={notice.key} data-testid="filter-notice">{t(notice.key, notice.params)}</Notice>
      ))}
      <ProcessMap norms={norms} counts={counts} hrefFor={hrefFor} />
    </div>
  );
}
