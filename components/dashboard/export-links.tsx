import { dashboardQuery, type DashboardFilter } from "@/lib/dashboard/filters";
import type { ExportView } from "@/lib/dashboard/export";
import { getTranslator } from "@/lib/i18n/server";
import { ButtonAnchor } from "@/components/ui/button";

/** Plain download links: the route handler checks the actor, builds the file and audits it. */
export async function ExportLinks({ filter, view, organizationId }: { filter: DashboardFilter; view: ExportView; organizationId?: string }) {
  const { t } = await getTranslator();
  const query = dashboardQuery(filter, organizationId ? { organization: organizationId } : {});
  const href = (format: "csv" | "xlsx") => `/api/region/export${query ? `${query}&` : "?"}format=${format}&view=${view}`;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm print:hidden" role="group" aria-label={t("dashboard.export.title")}>
      <ButtonAnchor href={href("csv")} download variant="outline" size="sm">
        {t("dashboard.export.csv")}
      </ButtonAnchor>
      <ButtonAnchor href={href("xlsx")} download variant="outline" size="sm">
        {t("dashboard.export.xlsx")}
      </ButtonAnchor>
      <span className="text-xs text-slate-500">{t("dashboard.export.note")}</span>
    </div>
  );
}
