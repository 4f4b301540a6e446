// The head of the package's provider answers a complaint: only a head of that provider, only an
// open complaint, once. The answer, its audit event on the package (so it joins the timeline) and
// the teacher's notification (outbox rows) are one transaction; the loser of a race is told who
// answered first.
import type { WorkflowContext } from "../db/context";
import { ANSWER_TEXT } from "../domain/complaints";
import { contactsOfPackage } from "../domain/package-contacts";
import { can, type Actor } from "../domain/permissions";
import { AppError } from "../errors";
import { composeComplaintAnsweredMessages } from "../notifications/compose";
import { applicantAccountUrl, NOTIFIED_APPLICANT_FIELDS } from "../notifications/enqueue";
import { recordChange } from "../workflow/record-change";
import { checkedText } from "./complaint-text";

export async function answerComplaint(ctx: WorkflowContext, actor: Actor, input: { complaintId: string; text: string }): Promise<{ answeredAt: Date }> {
  if (!can(actor, "complaints.answer") || !actor.organizationId) throw new AppError("FORBIDDEN", "errors.actionNotAllowed");
  // the head of another provider finds nothing
  const complaint = await ctx.db.complaint.findFirst({
    where: { id: input.complaintId, providerId: actor.organizationId },
    select: {
      id: true,
      state: true,
      filedAt: true,
      answeredAt: true,
      answeredByName: true,
      application: {
        select: { id: true, registrationNumber: true, contactPhone: true, contactEmail: true, contactLocale: true, applicant: { select: NOTIFIED_APPLICANT_FIELDS } },
      },
    },
  });
  if (!complaint) throw new AppError("NOT_FOUND", "complaints.errors.notFound");
  if (complaint.state === "ANSWERED") throw alreadyAnswered(complaint);
  const text = checkedText(input.text, ANSWER_TEXT, "text");

  const answeredAt = ctx.now();
  const { application } = complaint;
  const contacts = contactsOfPackage(application, application.applicant);
  const messages =
    ctx.notifications === "skip"
      ? []
      : composeComplaintAnsweredMessages({
          registrationNumber: application.registrationNumber,
          filedAt: complaint.filedAt,
          answeredAt,
          applicant: {
            fullName: [application.applicant.lastName, application.applicant.firstName, application.applicant.middleName].filter(Boolean).join(" "),
            ...contacts,
          },
          accountUrl: applicantAccountUrl(),
        });
  const isWritten = await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.complaint.updateMany({
      where: { id: complaint.id, state: "FILED" },
      data: { state: "ANSWERED", answerText: text, answeredAt, answeredById: actor.userId, answeredByName: actor.name },
    });
    if (count !== 1) return false;
    await recordChange(
      tx,
      {
        applicationId: application.id,
        actorId: actor.userId,
        actorRole: actor.role,
        organizationId: actor.organizationId,
        action: "COMPLAINT_ANSWERED",
        fromState: null,
        toState: null,
        reason: null,
        data: { complaintId: complaint.id },
        at: answeredAt,
      },
      messages,
    );
    return true;
  });
  if (!isWritten) {
    const winner = await ctx.db.complaint.findUniqueOrThrow({ where: { id: complaint.id }, select: { answeredAt: true, answeredByName: true } });
    throw alreadyAnswered(winner);
  }
  return { answeredAt };
}

function alreadyAnswered(complaint: { answeredAt: Date | null; answeredByName: string | null }): AppError {
  return new AppError("CONFLICT", "complaints.errors.alreadyAnswered", { name: complaint.answeredByName ?? "—", at: complaint.answeredAt?.toISOString() ?? "—" });
}
