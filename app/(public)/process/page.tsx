import { PageHeading } from "@/components/layout/page-heading";
import { ProcessMap } from "@/components/process-map/process-map";
import { normsInForce } from "@/lib/regulation/in-force";
import { db } from "@/lib/db/prisma";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata() {
  const { t } = await getTranslator();
  return { title: t("dashboard.nav.process") };
}

/** Paragraph 11: the business-process reference, published for everyone; no counts, no sign-in. */
export default async function PublicProcessPage() {
  const { t } = await getTranslator();
  const norms = await normsInForce(db(), new Date());
  return (
    <div className="space-y-6">
      <PageHeading title={t("dashboard.processMap.title")} lead={t("dashboard.processMap.lead")} />
      <ProcessMap norms={norms} />
      <p className="text-sm text-slate-600">{t("dashboard.processMap.basis")}</p>
    </div>
  );
}
