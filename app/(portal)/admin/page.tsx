import { PageHeading } from "@/components/layout/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { getTranslator } from "@/lib/i18n/server";

export default async function AdminWorkspacePage() {
  await requirePermission("workspace.admin", "/admin");
  const { locale, t } = await getTranslator();
  const [organizations, users, versions] = await Promise.all([
    db().organization.count(),
    db().user.count(),
    db().regulationVersion.findMany({
      orderBy: { effectiveFrom: "asc" },
      select: { id: true, code: true, titleKk: true, titleRu: true, titleEn: true, effectiveFrom: true, status: true },
    }),
  ]);
  return (
    <div className="space-y-6">
      <PageHeading title={t("workspaces.admin.title")} lead={t("workspaces.admin.lead")} />
      <dl className="grid gap-3 sm:grid-cols-2">
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">{t("admin.organizations")}</dt>
          <dd className="text-3xl font-bold">{organizations}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">{t("admin.users")}</dt>
          <dd className="text-3xl font-bold">{users}</dd>
        </div>
      </dl>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t("admin.versions")}</h2>
        <ul className="space-y-2">
          {versions.map((version) => (
            <li key={version.id} className="rounded border border-slate-200 bg-white p-3">
              <span className="font-mono text-sm">{version.code}</span> ·{" "}
              {{ kk: version.titleKk, ru: version.titleRu, en: version.titleEn }[locale]} ·{" "}
              {version.effectiveFrom.toISOString().slice(0, 10)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
