import Link from "next/link";
import { RegionNav } from "@/components/dashboard/region-nav";
import { PageHeading } from "@/components/layout/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { dashboardQuery, parseDashboardFilter } from "@/lib/dashboard/filters";
import { loadDimensionLabels } from "@/lib/dashboard/labels";
import { listWaiting, queueParamsSchema } from "@/lib/dashboard/queue";
import { db } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

/** The queue a step of the live process map opens: read-only for the regional department. */
export default async function RegionQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("workspace.region", "/region/queue");
  const { locale, t } = await getTranslator();
  const params = await searchParams;
  const filter = parseDashboardFilter(params);
  const { state, overdue } = queueParamsSchema.parse({ state: params.state, overdue: params.overdue });
  const now = new Date();
  const [queue, labels] = await Promise.all([listWaiting(db(), actor, filter, state, overdue === "1", now), loadDimensionLabels(db(), locale)]);
  const query = dashboardQuery(filter);
  const base = `/region/queue${query ? `${query}&` : "?"}state=${state}`;
  return (
    <div className="space-y-4">
      <PageHeading title={t("dashboard.queue.title", { state: t(`states.${state}`) })} />
      <RegionNav current="processMap" />
      <nav className="flex gap-3 text-sm" aria-label={t("dashboard.filters.legend")}>
        <Link href={base} aria-current={!overdue ? "true" : undefined} className={!overdue ? "font-semibold text-brand-900" : "text-brand-700 hover:underline"}>
          {t("dashboard.queue.all")}
        </Link>
        <Link href={`${base}&overdue=1`} aria-current={overdue ? "true" : undefined} className={overdue ? "font-semibold text-brand-900" : "text-brand-700 hover:underline"}>
          {t("dashboard.queue.overdueOnly")}
        </Link>
      </nav>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm" data-testid="waiting-table">
          <caption className="px-4 py-2 text-left text-slate-600">{t("dashboard.queue.caption", { count: queue.total })}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">{t("dashboard.organization.number")}</th>
              <th scope="col" className="px-3 py-2">{t("dashboard.queue.provider")}</th>
              <th scope="col" className="px-3 py-2">{t("dashboard.organization.channel")}</th>
              <th scope="col" className="px-3 py-2">{t("dashboard.organization.received")}</th>
              <th scope="col" className="px-3 py-2">{t("dashboard.queue.deadline")}</th>
            </tr>
          </thead>
          <tbody>
            {queue.rows.map((row) => (
              <tr key={row.id} className={`border-t border-slate-100 ${row.isOverdue ? "bg-red-50" : ""}`}>
                <th scope="row" className="px-3 py-2 text-left font-mono font-normal">
                  <Link href={`/region/applications/${row.id}`} className="text-brand-700 hover:underline">{row.registrationNumber}</Link>
                </th>
                <td className="px-3 py-2">{labels.organization.get(row.providerId) ?? ""}</td>
                <td className="px-3 py-2">{t(`channels.${row.channel}`)}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatDateTime(row.receivedAt, locale)}</td>
                <td className={`whitespace-nowrap px-3 py-2 ${row.isOverdue ? "font-semibold text-red-700" : ""}`}>
                  {row.currentStepDeadline ? formatDateTime(row.currentStepDeadline, locale) : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
