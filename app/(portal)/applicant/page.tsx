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
import { can } from "@/lib/domain/permissions";
import { isServedOnPortal } from "@/lib/domain/regulation-version";
import { regulationInForce } from "@/lib/regulation/in-force";

export default async function ApplicantWorkspacePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("workspace.applicant", "/applicant");
  const { locale, t } = await getTranslator();
  const [applications, prepared, version] = await Promise.all([
    listApplicationDetails(db(), actor, locale, { limit: 50 }),
    listPreRegistrations(db(), actor),
    regulationInForce(db(), new Date()),
  ]);
  // where the version in force serves the portal's channel she may apply online; the paper way stays
  const canApplyOnline = version !== null && isServedOnPortal(version.rules) && can(actor, "applications.submitOnline");
  // the number of the online application just submitted, said once on arrival (only when it is hers)
  const submittedParam = (await searchParams).submitted;
  const submitted = typeof submittedParam === "string" ? applications.find((detail) => detail.registrationNumber === submittedParam) : undefined;
  const complaints = await complaintsByPackage(db(), actor, applications.filter((detail) => detail.refusal).map((detail) => detail.id));

  return (
    <div className="space-y-8">
      <PageHeading title={t("workspaces.applicant.title")} lead={t("applicant.account.lead")}>
        {canApplyOnline && <ButtonLink href="/applicant/apply">{t("onlineApplication.entry")}</ButtonLink>}
        <ButtonLink href="/applicant/prepare" variant={canApplyOnline ? "secondary" : undefined}>
          {t("applicant.account.prepareCta")}
        </ButtonLink>
      </PageHeading>
      {canApplyOnline && <p className="text-sm text-slate-600">{t("onlineApplication.entryHint")}</p>}
      {submitted && (
        <p role="status" className="rounded border border-emerald-200 bg-emerald-50 p-4 font-medium text-emerald-900" data-testid="submitted-online">
          {t("onlineApplication.done", { number: submitted.registrationNumber })}
        </p>
      )}

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
