import { ApplicationTable } from "@/components/applications/application-table";
import { PageHeading } from "@/components/layout/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { listApplications } from "@/lib/applications/list-applications";
import { db } from "@/lib/db/prisma";
import { getTranslator } from "@/lib/i18n/server";

export default async function ApplicantWorkspacePage() {
  const actor = await requirePermission("workspace.applicant", "/applicant");
  const { locale, t } = await getTranslator();
  const { rows, total } = await listApplications(db(), actor, locale);
  return (
    <div>
      <PageHeading title={t("workspaces.applicant.title")} lead={t("workspaces.applicant.lead")} />
      <ApplicationTable rows={rows} total={total} showApplicant={false} />
    </div>
  );
}
