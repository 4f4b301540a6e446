import { StateBadge } from "@/components/applications/state-badge";
import { PageHeading } from "@/components/layout/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { countApplicationsByState } from "@/lib/applications/list-applications";
import { summarizeRegion } from "@/lib/applications/region-summary";
import { db } from "@/lib/db/prisma";
import { APPLICATION_STATES } from "@/lib/domain/lifecycle";
import { getTranslator } from "@/lib/i18n/server";

export default async function RegionWorkspacePage() {
  const actor = await requirePermission("workspace.region", "/region");
  const { locale, t } = await getTranslator();
  const [byState, districts] = await Promise.all([countApplicationsByState(db(), actor), summarizeRegion(db(), locale)]);
  return (
    <div className="space-y-8">
      <PageHeading title={t("workspaces.region.title")} lead={t("workspaces.region.lead")} />
      <section aria-labelledby="by-state">
        <h2 id="by-state" className="mb-3 text-lg font-semibold">{t("region.byState")}</h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {APPLICATION_STATES.map((state) => (
            <li key={state} className="rounded-lg border border-slate-200 bg-white p-4">
              <StateBadge state={state} />
              <p className="mt-2 text-3xl font-bold" data-testid={`count-${state}`}>{byState[state] ?? 0}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="districts">
        <h2 id="districts" className="mb-3 text-lg font-semibold">{t("region.organizations")}</h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-4 py-2">{t("queue.provider")}</th>
                <th scope="col" className="px-4 py-2">{t("region.organizations")}</th>
                <th scope="col" className="px-4 py-2">{t("region.applications")}</th>
                {APPLICATION_STATES.map((state) => (
                  <th key={state} scope="col" className="px-2 py-2 text-xs font-medium">{t(`states.${state}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {districts.map((district) => (
                <tr key={district.districtId} className="border-t border-slate-100">
                  <th scope="row" className="px-4 py-2 text-left font-medium">{district.districtName}</th>
                  <td className="px-4 py-2">{district.organizations}</td>
                  <td className="px-4 py-2 font-semibold">{district.total}</td>
                  {APPLICATION_STATES.map((state) => (
                    <td key={state} className="px-2 py-2 text-center">{district.byState[state]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
