import { ComplaintTextForm } from "@/components/applicant/complaint-form";
import { PageHeading } from "@/components/layout/page-heading";
import { Caption, Table, TableHead, Td, Th, Tr } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { requirePermission } from "@/lib/auth/session";
import { listProviderComplaints } from "@/lib/complaints/complaint-views";
import { db } from "@/lib/db/prisma";
import { ANSWER_TEXT } from "@/lib/domain/complaints";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { answerComplaintAction } from "@/lib/server-actions/complaints";

/** The head of the provider's queue: the organization's complaints, open ones first by due time, each with its answer form. */
export default async function HeadWorkspacePage() {
  const actor = await requirePermission("workspace.head", "/head");
  const { locale, t } = await getTranslator();
  const complaints = await listProviderComplaints(db(), actor, locale);
  const when = (iso: string) => formatDateTime(iso, locale);

  return (
    <div className="space-y-8">
      <PageHeading title={t("workspaces.head.title")} lead={t("complaints.head.lead")} />
      {complaints.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">{t("complaints.head.empty")}</p>
      ) : (
        <Table>
          <Caption variant="hidden">{t("complaints.head.caption")}</Caption>
          <TableHead>
            <Th>{t("complaints.head.number")}</Th>
            <Th>{t("complaints.head.applicant")}</Th>
            <Th>{t("complaints.head.filed")}</Th>
            <Th>{t("complaints.head.due")}</Th>
            <Th>{t("complaints.head.state")}</Th>
          </TableHead>
          <tbody>
            {complaints.map((complaint) => (
              <Tr key={complaint.id} className={complaint.isOverdue ? "bg-red-50" : undefined} data-testid="complaint-row">
                <Td isNowrap>
                  <a href={`#complaint-${complaint.id}`} className="font-medium text-brand-700 underline">
                    {complaint.registrationNumber}
                  </a>
                </Td>
                <Td>{complaint.applicantName}</Td>
                <Td isNowrap>{when(complaint.filedAt)}</Td>
                <Td isNowrap>
                  {when(complaint.dueAt)} {complaint.isOverdue && <Tag tone="redSolid">{t("complaints.head.overdue")}</Tag>}
                </Td>
                <Td>
                  <Tag tone={complaint.state === "ANSWERED" ? "emerald" : "amber"}>{t(`complaints.states.${complaint.state}`)}</Tag>
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}

      <ul className="space-y-4">
        {complaints.map((complaint) => (
          <li key={complaint.id} id={`complaint-${complaint.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="complaint">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-semibold">
                {complaint.registrationNumber} · {complaint.applicantName}
              </h2>
              <span className="text-sm text-slate-600">
                {t("complaints.head.due")}: {when(complaint.dueAt)} {complaint.isOverdue && <Tag tone="redSolid">{t("complaints.head.overdue")}</Tag>}
              </span>
            </div>
            <dl className="mt-3 space-y-2 text-sm">
              <div>
                <dt className="font-medium text-slate-600">{t("complaints.head.refusal")}</dt>
                <dd>
                  <ul className="ml-5 list-disc">
                    {complaint.refusalGrounds.map((ground) => (
                      <li key={ground}>{ground}</li>
                    ))}
                  </ul>
                </dd>
              </div>
              <div>
                <dt className="font-medium text-slate-600">
                  {t("complaints.head.complaint")} ({when(complaint.filedAt)})
                </dt>
                <dd className="whitespace-pre-line break-words">{complaint.text}</dd>
              </div>
            </dl>
            <div className="mt-4">
              {complaint.state === "ANSWERED" && complaint.answeredAt ? (
                <div className="rounded border border-emerald-200 bg-emerald-50 p-3 text-sm" data-testid="complaint-answer">
                  <p className="font-medium">{t("complaints.head.answered", { date: when(complaint.answeredAt), name: complaint.answeredByName ?? "—" })}</p>
                  <p className="mt-1 whitespace-pre-line break-words">{complaint.answerText}</p>
                  <a href={`/api/complaints/${complaint.id}/answer`} className="mt-2 inline-block text-brand-700 underline">
                    {t("complaints.mine.paper")}
                  </a>
                </div>
              ) : (
                <ComplaintTextForm
                  action={answerComplaintAction}
                  subject={{ name: "complaintId", value: complaint.id }}
                  id={`answer-${complaint.id}`}
                  maxLength={ANSWER_TEXT.max}
                  labels={{
                    text: t("complaints.head.answer"),
                    hint: t("complaints.head.answerHint", { min: ANSWER_TEXT.min, max: ANSWER_TEXT.max }),
                    submit: t("complaints.head.submit"),
                    submitting: t("complaints.head.submitting"),
                  }}
                />
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
