import Link from "next/link";
import { notFound } from "next/navigation";
import { StateBadge } from "@/components/applications/state-badge";
import { ExportLinks } from "@/components/dashboard/export-links";
import { FilterForm } from "@/components/dashboard/filter-form";
import { KeyFigures } from "@/components/dashboard/key-figures";
import { RegionNav } from "@/components/dashboard/region-nav";
import { PageHeading } from "@/components/layout/page-heading";
import { Caption, Table, TableHead, Td, Th, Tr } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { totalFigures } from "@/lib/dashboard/aggregate";
import { loadFilterOptions } from "@/lib/dashboard/dashboard-view";
import { dashboardQuery, readDashboardFilter } from "@/lib/dashboard/filters";
import { Notice } from "@/components/ui/notice";
import { dateFilterNotices } from "@/lib/domain/date-filter";
import { formatFigure } from "@/lib/dashboard/format";
import { loadDimensionLabels } from "@/lib/dashboard/labels";
import { listOrganizationPackages } from "@/lib/dashboard/organization-packages";
import { db } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { z } from "zod";

const paramsSchema = z.object({ id: z.string().regex(/^[a-z0-9]{8,40}$/i) });

/** One organization: its figures for the view, and the packages it received (read-only). */
export default async function RegionOrganizationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await params;
  const actor = await requirePermission("workspace.region", `/region/organizations/${encodeURIComponent(raw.id)}`);
  const parsedParams = paramsSchema.safeParse(raw);
  if (!parsedParams.success) notFound();
  const { id } = parsedParams.data;
  const { locale, t } = await getTranslator();
  const organization = await db().organization.findFirst({
    where: { id, kind: { in: ["PRESCHOOL", "SCHOOL", "COLLEGE", "DISTRICT_DEPARTMENT", "REGIONAL_DEPARTMENT"] } },
    select: { id: true, kind: true, parentId: true },
  });
  if (!organization) notFound();
  const now = new Date();
  const { filter: viewFilter, rejected } = readDashboardFilter(await searchParams, now);
  const filter = { ...viewFilter, organization: id, district: undefined };
  const [figures, packages, labels] = await Promise.all([
    totalFigures(db(), actor, filter, now),
    listOrganizationPackages(db(), actor, filter, now),
    loadDimensionLabels(db(), locale),
  ]);
  const options = await loadFilterOptions(db(), filter, labels);
  const name = labels.organization.get(id) ?? id;
  const back = `/region${dashboardQuery(viewFilter, { district: organization.parentId ?? undefined, organization: undefined })}`;
  const query = dashboardQuery(viewFilter);
  return (
    <div className="space-y-8">
      <PageHeading title={name} lead={t(`dashboard.kinds.${organization.kind}`)}>
        <Link href={back} className="text-sm text-brand-700 hover:underline">← {t("dashboard.organization.back")}</Link>
      </PageHeading>
      <RegionNav current="dashboard" />
      {dateFilterNotices(rejected, now).map((notice) => (
        <Notice key={notice.key} data-testid="filter-notice">{t(notice.key, notice.params)}</Notice>
      ))}
      <FilterForm action={`/region/organizations/${id}`} filter={viewFilter} now={now} {...options} isOrganizationFixed />
      <KeyFigures figures={figures} />
      <section aria-labelledby="packages-title" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="packages-title" className="text-lg font-semibold">{t("dashboard.organization.packages")}</h2>
          <ExportLinks filter={viewFilter} view="packages" organizationId={id} />
        </div>
        <Table data-testid="packages-table">
          <Caption>
            {t("dashboard.organization.packagesCaption", { count: packages.total })}
            {packages.total > packages.rows.length && ` · ${t("dashboard.organization.shownFirst", { count: packages.rows.length })}`}
          </Caption>
          <TableHead>
            <Th>{t("dashboard.organization.number")}</Th>
            <Th>{t("dashboard.organization.state")}</Th>
            <Th>{t("dashboard.organization.channel")}</Th>
            <Th>{t("dashboard.organization.category")}</Th>
            <Th>{t("dashboard.organization.received")}</Th>
            <Th isNumeric>{t("dashboard.organization.registrationMinutes")}</Th>
            <Th isNumeric>{t("dashboard.organization.checkMinutes")}</Th>
            <Th>{t("dashboard.organization.grounds")}</Th>
          </TableHead>
          <tbody>
            {packages.rows.map((row) => (
              <Tr key={row.id}>
                <Th scope="row" weight="normal" className="font-mono">
                  <Link href={`/region/applications/${row.id}${query}`} className="text-brand-700 hover:underline">{row.registrationNumber}</Link>
                </Th>
                <Td><StateBadge state={row.state} /></Td>
                <Td>{t(`channels.${row.channel}`)}</Td>
                <Td>{labels.category.get(row.categorySought) ?? row.categorySought}</Td>
                <Td isNowrap>{formatDateTime(row.receivedAt, locale)}</Td>
                <Td isNumeric>{formatFigure(row.registrationMinutes, "minutes", locale)}</Td>
                <Td isNumeric>{formatFigure(row.checkMinutes, "minutes", locale)}</Td>
                <Td>{row.refusalGroundCodes.map((code) => labels.ground.get(code) ?? code).join("; ")}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      </section>
    </div>
  );
}
