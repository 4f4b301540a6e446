import Link from "next/link";
import { RegionNav } from "@/components/dashboard/region-nav";
import { PageHeading } from "@/components/layout/page-heading";
import { Caption, Table, TableHead, Td, Th, Tr } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { dashboardQuery, readDashboardFilter } from "@/lib/dashboard/filters";
import { Notice } from "@/components/ui/notice";
import { dateFilterNotices } from "@/lib/domain/date-filter";
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
  const now = new Date();
  const { filter, rejected } = readDashboardFilter(params, now);
  const { state, overdue } = queueParamsSchema.parse({ state: params.state, overdue: params.overdue });
  const [queue, labels] = await Promise.all([listWaiting(db(), actor, filter, state, overdue === "1", now), loadDimensionLabels(db(), locale)]);
  const query = dashboardQuery(filter);
  const base = `/region/queue${query ? `${query}&` : "?"}state=${state}`;
  return (
    <div className="space-y-4">
      <PageHeading title={t("dashboard.queue.title", { state: t(`states.${state}`) })} />
      <RegionNav current="processMap" />
      {dateFilterNotices(rejected, now).map((notice) => (
        <Notice key={notice.key} data-testid="filter-notice">{t(notice.key, notice.params)}</Notice>
      ))}
      <nav className="flex gap-3 text-sm" aria-label={t("dashboard.filters.legend")}>
        <Link href={base} aria-current={!overdue ? "true" : undefined} className={!overdue ? "font-semibold text-brand-900" : "text-brand-700 hover:underline"}>
          {t("dashboard.queue.all")}
        </Link>
        <Link href={`${base}&overdue=1`} aria-current={overdue ? "true" : undefined} className={overdue ? "font-semibold text-brand-900" : "text-brand-700 hover:underline"}>
          {t("dashboard.queue.overdueOnly")}
        </Link>
      </nav>
      <Table data-testid="waiting-table">
        <Caption>{t("dashboard.queue.caption", { count: queue.total })}</Caption>
        <TableHead>
          <Th>{t("dashboard.organization.number")}</Th>
          <Th>{t("dashboard.queue.provider")}</Th>
          <Th>{t("dashboard.organization.channel")}</Th>
          <Th>{t("dashboard.organization.received")}</Th>
          <Th>{t("dashboard.queue.deadline")}</Th>
        </TableHead>
        <tbody>
          {queue.rows.map((row) => (
            <Tr key={row.id} className={row.isOverdue ? "bg-red-50" : undefined}>
              <Th scope="row" weight="normal" className="font-mono">
                <Link href={`/region/applications/${row.id}`} className="text-brand-700 hover:underline">{row.registrationNumber}</Link>
              </Th>
              <Td>{labels.organization.get(row.providerId) ?? ""}</Td>
              <Td>{t(`channels.${row.channel}`)}</Td>
              <Td isNowrap>{formatDateTime(row.receivedAt, locale)}</Td>
              <Td isNowrap className={row.isOverdue ? "font-semibold text-red-700" : undefined}>
                {row.currentStepDeadline ? formatDateTime(row.currentStepDeadline, locale) : "—"}
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
