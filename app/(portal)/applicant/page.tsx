import { PackageProgress, StateLabel } from "@/components/applicant/package-progress";
import { PreparedList } from "@/components/applicant/prepared-list";
import { ComplaintPanel } from "@/components/applicant/complaint-panel";
import { complaintsByPackage } from "@/lib/complaints/complaint-views";
import { PageHeading } from "@/components/layout/page-heading";
import { ButtonLink } from "@/components/ui/button";
import { formatAccessCode } from "@/lib/applications/access-code";
import { toPackageProgress } from "@/lib/applications/public-status";
import { listApplicationDetails } from "@/lib/applications/application-detail";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { listPreRegistrations } from "@/lib/preregistration/pre-registration";
import { papersOf } from "@/lib/documents/application-documents";

export default async function ApplicantWorkspacePage() {
  const actor = await requirePermission("workspace.applicant", "/applicant");
  const { locale, t } = await getTranslator();
  const [applications, prepared] = await Promise.all([listApplicationDetails(db(), actor, locale, { limit: 50 }), listPreRegistrations(db(), actor)]);
  const complaints = await complaintsByPackage(db(), actor, applications.filter((detail) => detail.refusal).map((detail) => detail.id));

  return (
    <div className="space-y-8">
      <PageHeading title={t("workspaces.applicant.title")} lead={t("applicant.account.lead")}>
        <ButtonLink href="/applicant/prepare">{t("applicant.account.prepareCta")}</ButtonLink>
      </PageHeading>

      {applications.length === 0 && <p className="rounded border border-slate-200 bg-white p-4">{t("applicant.account.empty")}</p>}
      <ul className="space-y-4" aria-label={t("applicant.account.title")}>
        {applications.map((detail, index) => (
          <li key={detail.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="my-application">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-semibold">{detail.registrationNumber}</h2>
              <StateLabel state={detail.state} />
            </div>
            <p className="mt-1 text-sm text-slate-600">
              {formatDateTime(detail.receivedAt, locale)} · {detail.providerName}
            </p>
            {detail.collection && (
              // said outside the folded history: a result waiting is what she must act on
              <p className="mt-1 text-sm font-medium text-emerald-900" data-testid="collection-summary">
                {t("resultHandover.collect.summary", {
                  place: detail.collection.organizationName,
                  address: detail.collection.address ?? t("resultHandover.collect.unknown"),
                })}
              </p>
            )}
            {detail.accessCode && (
              <p className="mt-1 text-sm" data-testid="access-code">
                {t("applicant.account.accessCode", { code: formatAccessCode(detail.accessCode) })}
              </p>
            )}
            <div className="mt-3 flex flex-wrap gap-3 text-sm">
              {/* each paper only in its states: the receipt of registration, then acceptance or refusal */}
              {papersOf(detail).map((kind) => (
                <a key={kind} href={`/api/applications/${detail.id}/${kind}`} className="text-brand-700 underline">
                  {t(`applicant.account.${kind}`)}
                </a>
              ))}
            </div>
            {detail.refusal && <ComplaintPanel detail={detail} complaints={complaints.get(detail.id) ?? []} />}
            <details className="mt-3" open={index === 0}>
              <summary className="cursor-pointer font-medium text-brand-700">{t("applicant.account.history")}</summary>
              <div className="mt-3">
                <PackageProgress status={toPackageProgress(detail, { withStaffNames: true })} headingLevel={3} />
              </div>
            </details>
          </li>
        ))}
      </ul>

      <PreparedList items={prepared} />
    </div>
  );
}
