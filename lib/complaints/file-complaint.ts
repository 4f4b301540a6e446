// A teacher files a complaint about her refused package to the head of its provider: her own
// package only, one open complaint at a time; the complaint, its due time (the version's term, by the
// working calendar) and the package's audit event are one transaction.
import type { WorkflowContext } from "../db/context";
import { applicationsVisibleTo } from "../applications/scope";
import { COMPLAINT_TEXT, complaintDueAt, filingRefusal } from "../domain/complaints";
import { can, type Actor } from "../domain/permissions";
import { AppError } from "../errors";
import { rulesOf } from "../regulation/in-force";
import { loadWorkingCalendar } from "../regulation/working-calendar";
import { recordChange } from "../workflow/record-change";
import { checkedText, isOpenComplaintTaken } from "./complaint-text";

export interface FiledComplaint {
  complaintId: string;
  dueAt: Date;
}

export async function fileComplaint(ctx: WorkflowContext, actor: Actor, input: { applicationId: string; text: string }): Promise<FiledComplaint> {
  if (!can(actor, "complaints.file")) throw new AppError("FORBIDDEN", "errors.actionNotAllowed");
  // her own packages only: anyone else's is "not found"
  const application = await ctx.db.application.findFirst({
    where: { AND: [{ id: input.applicationId }, applicationsVisibleTo(actor)] },
    select: { id: true, state: true, providerId: true, regulationVersionId: true, refusalGroundCodes: true, complaints: { where: { state: "FILED" }, select: { id: true } } },
  });
  if (!application) throw new AppError("NOT_FOUND", "errors.applicationNotFound");
  const text = checkedText(input.text, COMPLAINT_TEXT, "text");
  const refusal = filingRefusal({ state: application.state, isRefused: application.refusalGroundCodes.length > 0, hasOpenComplaint: application.complaints.length > 0 });
  if (refusal) throw new AppError("CONFLICT", `complaints.errors.${refusal}`);

  const [rules, calendar] = await Promise.all([rulesOf(ctx.db, application), loadWorkingCalendar(ctx.db)]);
  const filedAt = ctx.now();
  const dueAt = complaintDueAt(calendar, rules, filedAt);
  try {
    return await ctx.db.$transaction(async (tx) => {
      const complaint = await tx.complaint.create({
        data: { applicationId: application.id, providerId: application.providerId, filedById: actor.userId, filedAt, text, dueAt },
        select: { id: true },
      });
      await recordChange(
        tx,
        {
          applicationId: application.id,
          actorId: actor.userId,
          actorRole: actor.role,
          organizationId: actor.organizationId,
          action: "COMPLAINT_FILED",
          fromState: null,
          toState: null,
          reason: null,
          data: { complaintId: complaint.id, dueAt: dueAt.toISOString() },
          at: filedAt,
        },
        [],
      );
      return { complaintId: complaint.id, dueAt };
    });
  } catch (error) {
    // two tabs filing at once: the database's one-open index lets one through
    if (isOpenComplaintTaken(error)) throw new AppError("CONFLICT", "complaints.errors.alreadyOpen");
    throw error;
  }
}
