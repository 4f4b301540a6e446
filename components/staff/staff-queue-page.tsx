import Link from "next/link";
import { PageHeading } from "@/components/layout/page-heading";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { QUEUE_VIEWS } from "@/lib/applications/queue-views";
import { getTranslator } from "@/lib/i18n/server";
import type { StaffQueuePageData } from "@/lib/staff-pages/queue-page";
import { QueueFilters } from "./queue-filters";
import { QueueTable } from "./queue-table";
import { ViewTabs } from "./view-tabs";

export type Workspace = "clerk" | "executor" | "corp";

/** The workspace of a clerk, an executor or a State Corporation operator: their live queue. */
export async function StaffQueuePage({ data, workspace }: { data: StaffQueuePageData; workspace: Workspace }) {
  const { t } = await getTranslator();
  const { query, page, categories, organizationName } = data;
  const basePath = `/${workspace}`;
  const params = new URLSearchParams(
    Object.entries({ ...query, view: page.view }).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  const nextParams = new URLSearchParams(params);
  if (page.nextCursor) nextParams.set("after", page.nextCursor);
  const intakeLabel = workspace === "clerk" ? t("staff.queue.newIntake") : workspace === "corp" ? t("staff.queue.newCorpIntake") : null;

  return (
    <div>
      <PageHeading title={t(`workspaces.${workspace}.title`)} lead={t(`workspaces.${workspace}.lead`)}>
        <div className="flex flex-col items-end gap-2">
          {organizationName && <p className="text-sm font-medium text-slate-700" data-testid="organization-name">{organizationName}</p>}
          {intakeLabel && (
            <ButtonLink href={`${basePath}/register`}>{intakeLabel}</ButtonLink>
          )}
        </div>
      </PageHeading>
      {data.notices.map((notice) => (
        <Notice key={notice.key} className="mb-4" data-testid="filter-notice">
          {t(notice.key, notice.params)}
        </Notice>
      ))}
      <ViewTabs basePath={basePath} views={QUEUE_VIEWS[data.role]} current={page.view} counts={page.counts} params={params} t={t} />
      <QueueFilters basePath={basePath} query={query} view={page.view} categories={categories} t={t} />
      <QueueTable initial={page} search={params.toString()} basePath={basePath} />
      <nav className="mt-4 flex gap-3 text-sm print:hidden" aria-label={t("staff.queue.next")}>
        {query.after && (
          <Link href={`${basePath}?${new URLSearchParams([...params].filter(([k]) => k !== "after"))}`} className="text-brand-700 underline">
            {t("staff.queue.first")}
          </Link>
        )}
        {page.nextCursor && (
          <Link href={`${basePath}?${nextParams}`} className="text-brand-700 underline" rel="next">
            {t("staff.queue.next")}
          </Link>
        )}
      </nav>
    </div>
  );
}
