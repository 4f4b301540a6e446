import Link from "next/link";
import type { ReactNode } from "react";
import { ApplicationTimeline } from "@/components/applications/application-timeline";
import { StateBadge } from "@/components/applications/state-badge";
import { localDateTime } from "@/lib/domain/working-calendar";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import type { StaffPackagePageData } from "@/lib/staff-pages/package-page";
import { papersOf } from "@/lib/documents/application-documents";

const PAPER_LABELS = { receipt: "staff.package.receipt", acceptance: "staff.package.acceptanceDocument", refusal: "staff.package.refusalDocument" } as const;
import { CompletenessCheckForm } from "./completeness-check-form";
import { EscapeToQueue } from "./escape-to-queue";
import { HandoverForm } from "./handover-form";
import { HandoverRecord } from "./handover-record";
import { NormBadge } from "./norm-badge";
import { PackageActions } from "./package-actions";
import { ScanPanel } from "./scan-panel";
import { NotificationLog } from "@/components/notifications/notification-log";
import type { Workspace } from "./staff-queue-page";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

/** One package, for the staff of its organization: details, what to do next, and its history. */
export async function StaffPackagePage({ data, workspace }: { data: StaffPackagePageData; workspace: Workspace }) {
  const { locale, t } = await getTranslator();
  const { detail, isCheckingNow, check, scans, notifications } = data;

  return (
    <div className="space-y-6">
      <EscapeToQueue href={`/${workspace}`} />
      <Link href={`/${workspace}`} className="text-sm text-brand-700 underline">← {t("staff.package.back")} <kbd className="ml-1 rounded border px-1 text-xs">Esc</kbd></Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-2xl font-semibold">{detail.registrationNumber}</h1>
        <StateBadge state={detail.state} />
        <span className="text-sm text-slate-600">{t(`channels.${detail.channel}`)}</span>
        <span className="ml-auto flex gap-3 text-sm">
          {papersOf(detail).map((kind) => (
            <a key={kind} href={`/api/applications/${detail.id}/${kind}`} className="text-brand-700 underline">{t(PAPER_LABELS[kind])}</a>
          ))}
        </span>
      </div>

      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Field label={t("staff.package.applicant")}>{detail.applicant.fullName}</Field>
          <Field label={t("staff.package.iin")}><span className="font-mono">{detail.applicant.iin}</span></Field>
          <Field label={t("staff.package.phone")}>{detail.applicant.phone ?? "—"}</Field>
          <Field label={t("staff.package.request")}>
            {t(`purposes.${detail.purpose}`)}: {detail.categorySoughtName}
            {detail.categoryHeldName && <span className="block text-sm text-slate-600">{t("staff.intake.categoryHeld")}: {detail.categoryHeldName}</span>}
          </Field>
          <Field label={t("staff.package.provider")}>{detail.providerName}</Field>
          {detail.corpCentreName && <Field label={t("staff.package.corpCentre")}>{detail.corpCentreName}</Field>}
          <Field label={t("staff.package.received")}>{formatDateTime(detail.receivedAt, locale)}</Field>
          {detail.serviceDeadline && <Field label={t("staff.package.serviceDeadline")}>{formatDateTime(detail.serviceDeadline, locale)}</Field>}
          {detail.resultToCorpDeadline && (
            <Field label={t("staff.package.resultToCorpDeadline")}>{formatDateTime(detail.resultToCorpDeadline, locale)}</Field>
          )}
          {detail.assignedExecutorName && <Field label={t("staff.package.executor")}>{detail.assignedExecutorName}</Field>}
          <Field label={t("staff.package.version")}><span className="font-mono text-sm">{detail.regulationVersionCode}</span></Field>
        </dl>
      </section>

      <section aria-labelledby="open-step" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="open-step" className="mb-2 text-lg font-semibold">{t("staff.package.openStep")}</h2>
        {detail.openStep ? (
          <div className="flex flex-wrap items-center gap-4">
            <span className="font-medium">{t(`staff.steps.${detail.openStep.step}`)}</span>
            <NormBadge state={detail.openStep.normState} minutesLeft={detail.openStep.minutesLeft} />
            <span className="text-sm text-slate-600">
              {t("timeline.deadline", { deadline: formatDateTime(detail.openStep.deadline, locale) })} ·{" "}
              {t("staff.package.nextRoles", { roles: detail.openStep.nextRoles.map((r) => t(`roles.${r}`)).join(", ") })}
            </span>
          </div>
        ) : detail.collection ? (
          // no staff norm runs, but the result waits for its applicant: not "nothing is due"
          <p className="font-medium" data-testid="result-waiting">
            {t("resultHandover.staffWaiting", { place: detail.collection.organizationName })}
            {detail.collection.keptUntil && (
              <span className="ml-2 font-normal text-slate-600">
                {t("resultHandover.collect.keptUntil", { date: formatDate(localDateTime(detail.collection.keptUntil, "12:00"), locale) })}
              </span>
            )}
          </p>
        ) : (
          <p className="text-slate-600">{t("staff.package.noOpenStep")}</p>
        )}
        <div className="mt-4">
          <PackageActions applicationId={detail.id} version={detail.version} actions={detail.actions} />
        </div>
        {isCheckingNow && !check && (
          <p className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
            {t("staff.check.notAssigned", { name: detail.assignedExecutorName ?? "—" })}
          </p>
        )}
      </section>

      {check && <CompletenessCheckForm {...check} />}

      {detail.actions.includes("ISSUE_RESULT") && <HandoverForm applicationId={detail.id} version={detail.version} />}

      {detail.handover && <HandoverRecord handover={detail.handover} />}

      <section aria-labelledby="documents" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="documents" className="mb-2 text-lg font-semibold">{t("staff.package.documents")}</h2>
        <ul className="divide-y divide-slate-100">
          {detail.documents.map((document) => (
            <li key={document.code} className="flex justify-between gap-4 py-2 text-sm">
              <span>{document.name}</span>
              <span className={document.mark === "PRESENT" ? "text-emerald-800" : "font-medium text-red-800"}>
                {t(`staff.package.marks.${document.mark}`)}
              </span>
            </li>
          ))}
        </ul>
      </section>

      {scans && (
        <ScanPanel
          applicationId={detail.id}
          canAttach={data.canAttachScans}
          documents={detail.documents.map((d) => ({ code: d.code, name: d.name }))}
          scans={scans}
        />
      )}

      {detail.refusal && (
        <section aria-labelledby="refusal" className="rounded-lg border border-red-200 bg-red-50 p-5">
          <h2 id="refusal" className="mb-2 text-lg font-semibold text-red-900">{t("staff.package.refusal")}</h2>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {detail.refusal.grounds.map((ground) => (
              <li key={ground.code}>{ground.text} <span className="text-slate-600">({ground.clause})</span></li>
            ))}
          </ul>
          {detail.refusal.missing.length > 0 && (
            <>
              <h3 className="mt-3 text-sm font-semibold">{t("staff.package.missingItems")}</h3>
              <ul className="list-disc pl-5 text-sm">
                {detail.refusal.missing.map((item) => <li key={item.code}>{item.name}</li>)}
              </ul>
            </>
          )}
          {detail.refusal.note && <p className="mt-3 text-sm"><span className="font-medium">{t("staff.package.note")}:</span> {detail.refusal.note}</p>}
        </section>
      )}

      <div className="flex gap-4 text-sm">
        {detail.previousApplicationId && (
          <Link href={`/${workspace}/applications/${detail.previousApplicationId}`} className="text-brand-700 underline">{t("staff.package.previous")}</Link>
        )}
        {detail.nextApplicationId && (
          <Link href={`/${workspace}/applications/${detail.nextApplicationId}`} className="text-brand-700 underline">{t("staff.package.next")}</Link>
        )}
      </div>

      <ApplicationTimeline entries={detail.timeline} />

      {notifications && <NotificationLog entries={notifications} />}
    </div>
  );
}
