import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ApplicationTimeline } from "@/components/applications/application-timeline";
import { StateBadge } from "@/components/applications/state-badge";
import { RegionNav } from "@/components/dashboard/region-nav";
import { PageHeading } from "@/components/layout/page-heading";
import { getApplicationDetail } from "@/lib/applications/application-detail";
import { requirePermission } from "@/lib/auth/session";
import { dashboardQuery, parseDashboardFilter } from "@/lib/dashboard/filters";
import { db } from "@/lib/db/prisma";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

const paramsSchema = z.object({ id: z.string().regex(/^[a-z0-9]{8,40}$/i) });

/** One package, read-only for the regional department (the IIN is masked, contacts hidden). */
export default async function RegionApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await params;
  const actor = await requirePermission("workspace.region", `/region/applications/${encodeURIComponent(raw.id)}`);
  const parsed = paramsSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const { locale, t } = await getTranslator();
  const detail = await getApplicationDetail(db(), actor, parsed.data.id, locale);
  if (!detail) notFound();
  const filter = parseDashboardFilter(await searchParams);
  const rows: [string, React.ReactNode][] = [
    [t("dashboard.application.applicant"), detail.applicant.fullName],
    [t("dashboard.application.iin"), <span key="iin" className="font-mono">{detail.applicant.iin}</span>],
    [t("dashboard.application.provider"), detail.providerName],
    ...(detail.corpCentreName ? ([[t("dashboard.application.corpCentre"), detail.corpCentreName]] as [string, React.ReactNode][]) : []),
    [t("dashboard.application.channel"), t(`channels.${detail.channel}`)],
    [t("dashboard.application.purpose"), t(`purposes.${detail.purpose}`)],
    [t("dashboard.application.category"), detail.categorySoughtName],
    [t("dashboard.application.version"), detail.regulationVersionCode],
    [t("dashboard.application.received"), formatDateTime(detail.receivedAt, locale)],
    ...(detail.serviceDeadline ? ([[t("dashboard.application.serviceDeadline"), formatDateTime(detail.serviceDeadline, locale)]] as [string, React.ReactNode][]) : []),
    ...(detail.resultToCorpDeadline
      ? ([[t("dashboard.application.resultToCorpDeadline"), formatDate(detail.resultToCorpDeadline, locale)]] as [string, React.ReactNode][])
      : []),
  ];
  return (
    <div className="space-y-6">
      <PageHeading title={detail.registrationNumber} lead={t("dashboard.application.readOnly")}>
        <Link href={`/region/organizations/${detail.providerId}${dashboardQuery(filter)}`} className="text-sm text-brand-700 hover:underline">
          ← {t("dashboard.application.back")}
        </Link>
      </PageHeading>
      <RegionNav current="dashboard" />
      <div className="flex flex-wrap items-center gap-3">
        <StateBadge state={detail.state} />
        {detail.openStep && (
          <span className="text-sm text-slate-700" data-testid="open-step">
            {t("dashboard.application.openStep")}: {t(`dashboard.steps.${detail.openStep.step}`)} · {t("dashboard.application.deadline")}{" "}
            {formatDateTime(detail.openStep.deadline, locale)} · {t(`dashboard.application.normStates.${detail.openStep.normState}`)}
          </span>
        )}
      </div>
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="documents-title">
        <h2 id="documents-title" className="mb-2 text-lg font-semibold">{t("dashboard.application.documents")}</h2>
        <ul className="space-y-1 text-sm">
          {detail.documents.map((doc) => (
            <li key={doc.code}>
              {doc.name} — <span className={doc.mark === "PRESENT" ? "text-emerald-700" : "font-medium text-red-700"}>{t(`dashboard.application.marks.${doc.mark}`)}</span>
            </li>
          ))}
        </ul>
      </section>
      {detail.refusal && (
        <section aria-labelledby="refusal-title" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm">
          <h2 id="refusal-title" className="mb-2 font-semibold">{t("dashboard.application.refusal")}</h2>
          <ul className="list-disc pl-5">
            {detail.refusal.grounds.map((g) => (
              <li key={g.code}>{g.text} ({g.clause})</li>
            ))}
          </ul>
          {detail.refusal.missing.length > 0 && (
            <p className="mt-2">
              {t("dashboard.application.missing")}: {detail.refusal.missing.map((m) => m.name).join("; ")}
            </p>
          )}
        </section>
      )}
      <ApplicationTimeline entries={detail.timeline} />
    </div>
  );
}
