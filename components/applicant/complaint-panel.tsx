// A refused package's complaints in the teacher's account: each one filed, with its due time and,
// once answered, the answer and its paper; and the form to file one when the package may take it
// (lib/domain/complaints.ts). Rendered on the server; only the form is a client component.
import { ComplaintTextForm } from "@/components/applicant/complaint-form";
import { Tag } from "@/components/ui/tag";
import type { ApplicationDetail } from "@/lib/applications/application-detail";
import type { ComplaintView } from "@/lib/complaints/complaint-views";
import { COMPLAINT_TEXT, filingRefusal } from "@/lib/domain/complaints";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { fileComplaintAction } from "@/lib/server-actions/complaints";

export async function ComplaintPanel({ detail, complaints }: { detail: ApplicationDetail; complaints: ComplaintView[] }) {
  const { locale, t } = await getTranslator();
  const canFile = filingRefusal({ state: detail.state, isRefused: detail.refusal !== null, hasOpenComplaint: complaints.some((c) => c.state === "FILED") }) === null;
  if (!canFile && complaints.length === 0) return null;
  const provider = detail.refusal?.appealRoute.find((step) => step.body === "PROVIDER");
  return (
    <section className="mt-3 space-y-3" aria-label={t("complaints.mine.title")} data-testid="complaints">
      {complaints.map((complaint) => (
        <div key={complaint.id} className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="complaint">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="font-semibold">{t("complaints.mine.title")}</h3>
            <Tag tone={complaint.state === "ANSWERED" ? "emerald" : complaint.isOverdue ? "red" : "amber"}>{t(`complaints.states.${complaint.state}`)}</Tag>
          </div>
          <p className="mt-1 text-slate-600">
            {t("complaints.mine.filedAt", { date: formatDateTime(complaint.filedAt, locale) })} · {t("complaints.mine.due", { due: formatDateTime(complaint.dueAt, locale) })}
          </p>
          <p className="mt-2 whitespace-pre-line break-words">{complaint.text}</p>
          {complaint.state === "ANSWERED" && complaint.answeredAt ? (
            <div className="mt-3 border-t border-slate-200 pt-2" data-testid="complaint-answer">
              <p className="font-medium">{t("complaints.mine.answer", { date: formatDateTime(complaint.answeredAt, locale), name: complaint.answeredByName ?? "—" })}</p>
              <p className="mt-1 whitespace-pre-line break-words">{complaint.answerText}</p>
              <a href={`/api/complaints/${complaint.id}/answer`} className="mt-2 inline-block text-brand-700 underline">
                {t("complaints.mine.paper")}
              </a>
            </div>
          ) : (
            <p className="mt-2 text-slate-700">{t("complaints.mine.pending")}</p>
          )}
        </div>
      ))}
      {canFile && provider && (
        <details className="rounded-lg border border-brand-100 bg-brand-50 p-3">
          <summary className="cursor-pointer font-medium text-brand-700">{t("complaints.file.title")}</summary>
          <p className="mt-2 text-sm">{t("complaints.file.lead", { provider: detail.providerName, days: provider.termWorkingDays ?? "—" })}</p>
          <div className="mt-3">
            <ComplaintTextForm
              action={fileComplaintAction}
              subject={{ name: "applicationId", value: detail.id }}
              id={`complaint-${detail.id}`}
              size="lg"
              maxLength={COMPLAINT_TEXT.max}
              labels={{
                text: t("complaints.file.text"),
                hint: t("complaints.file.hint", { min: COMPLAINT_TEXT.min, max: COMPLAINT_TEXT.max }),
                submit: t("complaints.file.submit"),
                submitting: t("complaints.file.submitting"),
              }}
            />
          </div>
        </details>
      )}
    </section>
  );
}
