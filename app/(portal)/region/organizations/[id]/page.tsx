import Link from "next/link";
import { notFound } from "next/navigation";
import { StateBadge } from "@/components/applications/state-badge";
import { ExportLinks } from "@/components/dashboard/export-links";
import { FilterForm } from "@/components/dashboard/filter-form";
import { KeyFigures } from "@/components/dashboard/key-figures";
import { RegionNav } from "@/components/dashboard/region-nav";
import { PageHeading } from "@/components/layout/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { totalFigures } from "@/lib/dashboard/aggregate";
import { loadFilterOptions } from "@/lib/dashboard/dashboard-view";
import { dashboardQuery, parseDashboardFilter } from "@/lib/dashboard/filters";
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
  const viewFilter = parseDashboardFilter(await searchParams);
  const filter = { ...viewFilter, organization: id, district: undefined };
  const now = new Date();
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
      <FilterForm action={`/region/organizations/${id}`} filter={viewFilter} now={now} {...options} isOrganizationFixed />
      <KeyFigures figures={figures} />
      <section aria-labelledby="packages-title" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="packages-title" className="text-lg font-semibold">{t("dashboard.organization.packages")}</h2>
          <ExportLinks filter={viewFilter} view="packages" organizationId={id} />
        </div>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="packages-table">
            <caption className="px-4 py-2 text-left text-slate-600">
              {t("dashboard.organization.packagesCaption", { count: packages.total })}
              {packages.total > packages.rows.length && ` · ${t("dashboard.organization.shownFirst", { count: packages.rows.length })}`}
            </caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">{t("dashboard.organization.number")}</th>
                <th scope="col" className="px-3 py-2">{t("dashboard.organization.state")}</th>
                <th scope="col" className="px-3 py-2">{t("dashboard.organization.channel")}</th>
                <th scope="col" className="px-3 py-2">{t("dashboard.organization.category")}</th>
                <th scope="col" className="px-3 py-2">{t("dashboard.organization.received")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("dashboard.organization.registrationMinutes")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("dashboard.organization.checkMinutes")}</th>
                <th scope="col" className="px-3 py-2">{t("dashboard.organization.grounds")}</th>
              </tr>
            </thead>
            <tbody>
              {packages.rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 text-left font-mono font-normal">
                    <Link href={`/region/applications/${row.id}${query}`} className="text-brand-700 hover:underline">{row.registrationNumber}</Link>
                  </th>
                  <td className="px-3 py-2"><StateBadge state={row.state} /></td>
                  <td className="px-3 py-2">{t(`channels.${row.channel}`)}</td>
                  <td className="px-3 py-2">{labels.category.get(row.categorySought) ?? row.categorySought}</td>
                  <td className="whitespace-nowrap px-3 py-2">{formatDateTime(row.receivedAt, locale)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatFigure(row.registrationMinutes, "minutes", locale)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatFigure(row.checkMinutes, "minutes", locale)}</td>
                  <td className="px-3 py-2">{row.refusalGroundCodes.map((code) => labels.ground.get(code) ?? code).join("; ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
