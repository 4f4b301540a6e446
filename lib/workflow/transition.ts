// The one way an existing application changes state: check the actor, check the state, then in
// one transaction a compare-and-set on (state, version) plus its audit event. The loser of a
// race is told who acted and when; nothing is half-written.
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { findTransition, type Action, type ApplicationState, type Channel, type Transition } from "../domain/lifecycle";
import { mayTakeTransition, type Actor } from "../domain/permissions";
import { applicationsVisibleTo } from "../applications/scope";
import { contactsOfPackage } from "../domain/package-contacts";
import { timingOnTransition } from "../domain/step-timing";
import { collectionNoticeFor } from "../notifications/collection-notice";
import { NOTIFIED_APPLICANT_FIELDS, stateChangeMessages, type NotifiedApplicant } from "../notifications/enqueue";
import { loadWorkingCalendar } from "../regulation/working-calendar";
import type { Tx, WorkflowContext } from "../db/context";
import { recordChange } from "./record-change";
import { rulesOf } from "../regulation/in-force";

export interface LoadedApplication {
  id: string;
  registrationNumber: string;
  state: ApplicationState;
  channel: Channel;
  version: number;
  providerId: string;
  corpCentreId: string | null;
  applicantId: string;
  regulationVersionId: string;
  documents: Prisma.JsonValue;
  categoryHeld: string | null;
  assignedExecutorId: string | null;
  receivedAt: Date;
  intakeStartedAt: Date;
  registeredAt: Date | null;
  decidedAt: Date | null;
  serviceDeadline: Date | null;
  resultToCorpDeadline: Date | null;
  /** where its notifications go (lib/domain/package-contacts.ts) */
  contactPhone: string | null;
  contactEmail: string | null;
  contactLocale: string | null;
  /** read with the application so the transition's notifications need no read inside the transaction */
  applicant: NotifiedApplicant;
}

const LOADED_FIELDS = {
  id: true,
  registrationNumber: true,
  state: true,
  channel: true,
  version: true,
  providerId: true,
  corpCentreId: true,
  applicantId: true,
  regulationVersionId: true,
  documents: true,
  categoryHeld: true,
  assignedExecutorId: true,
  receivedAt: true,
  intakeStartedAt: true,
  registeredAt: true,
  decidedAt: true,
  serviceDeadline: true,
  resultToCorpDeadline: true,
  contactPhone: true,
  contactEmail: true,
  contactLocale: true,
  applicant: { select: NOTIFIED_APPLICANT_FIELDS },
} as const;

/** Loads what the actor may see; anything else is "not found", never "forbidden". */
export async function loadVisibleApplication(ctx: WorkflowContext, actor: Actor, applicationId: string): Promise<LoadedApplication> {
  const application = await ctx.db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationsVisibleTo(actor)] },
    select: LOADED_FIELDS,
  });
  if (!application) throw new AppError("NOT_FOUND", "errors.applicationNotFound");
  return application;
}

/** Tells the loser of a race who did the action first, from the audit trail. */
async function alreadyDoneError(ctx: WorkflowContext, applicationId: string, action: Action): Promise<AppError | null> {
  const winner = await ctx.db.auditEvent.findFirst({
    where: { applicationId, action },
    orderBy: { id: "desc" },
    select: { at: true, actorId: true },
  });
  if (!winner) return null;
  const user = winner.actorId
    ? await ctx.db.user.findUnique({ where: { id: winner.actorId }, select: { fullName: true } })
    : null;
  return new AppError("CONFLICT", "errors.alreadyDone", { name: user?.fullName ?? "—", at: winner.at.toISOString() });
}

export interface TransitionRequest {
  applicationId: string;
  action: Action;
  /** the version the actor saw; when given, a change made since then is a conflict */
  expectedVersion?: number;
  reason?: string;
  auditData?: Prisma.InputJsonValue;
}

export interface TransitionResult {
  applicationId: string;
  registrationNumber: string;
  from: ApplicationState;
  to: ApplicationState;
  version: number;
}

/**
 * Runs one transition. `validate` sees the loaded application and the transition and may
 * throw; `changes` returns the extra columns to set (timestamps, decision) in the same write.
 */
export async function applyTransition(
  ctx: WorkflowContext,
  actor: Actor,
  request: TransitionRequest,
  options: {
    validate?: (application: LoadedApplication, transition: Transition) => void | Promise<void>;
    changes?: (application: LoadedApplication, at: Date) => Prisma.ApplicationUpdateManyMutationInput;
    afterWrite?: (tx: Tx, application: LoadedApplication, at: Date) => Promise<void>;
  } = {},
): Promise<TransitionResult> {
  const application = await loadVisibleApplication(ctx, actor, request.applicationId);
  const transition = findTransition(application.state, request.action, application.channel);
  if (!transition) {
    throw (
      (await alreadyDoneError(ctx, application.id, request.action)) ??
      new AppError("CONFLICT", "errors.wrongState", { state: application.state })
    );
  }
  // the package's own version says who checks it on its channel
  const rules = await rulesOf(ctx.db, application);
  if (!mayTakeTransition(actor, transition, application, rules)) throw new AppError("FORBIDDEN", "errors.actionNotAllowed");
  if (request.expectedVersion !== undefined && request.expectedVersion !== application.version) {
    throw new AppError("CONFLICT", "errors.changedSinceOpened");
  }
  await options.validate?.(application, transition);

  const at = ctx.now();
  const changes = options.changes?.(application, at) ?? {};
  const timing = timingOnTransition(await loadWorkingCalendar(ctx.db), rules, request.action, {
    state: transition.to,
    channel: application.channel,
    intakeStartedAt: application.intakeStartedAt,
    registeredAt: changes.registeredAt instanceof Date ? changes.registeredAt : application.registeredAt,
    decidedAt: changes.decidedAt instanceof Date ? changes.decidedAt : application.decidedAt,
    serviceDeadline: application.serviceDeadline,
    resultToCorpDeadline: application.resultToCorpDeadline,
  }, at);
  // composed before the transaction: nothing in them depends on it, and the row stays locked less
  const messages =
    ctx.notifications === "skip"
      ? []
      : stateChangeMessages({
          applicationId: application.id,
          registrationNumber: application.registrationNumber,
          serviceDeadline: application.serviceDeadline,
          // the package's own contacts, never whatever another intake left on the teacher's record
          applicant: { ...application.applicant, ...contactsOfPackage(application, application.applicant) },
          toState: transition.to,
          // where the result now waits, if it does (one read, only for the changes that leave it waiting)
          collection: await collectionNoticeFor(ctx.db, application, transition.to, rules, at),
        });
  const written = await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.application.updateMany({
      where: { id: application.id, state: transition.from!, version: application.version },
      data: { ...changes, ...timing, state: transition.to, version: { increment: 1 } },
    });
    if (count !== 1) return false;
    // the audit event and the outbox rows commit with the change; the worker delivers after commit
    await recordChange(
      tx,
      {
        applicationId: application.id,
        actorId: actor.userId,
        actorRole: actor.role,
        organizationId: actor.organizationId,
        action: request.action,
        fromState: transition.from,
        toState: transition.to,
        reason: request.reason ?? null,
        data: request.auditData,
        at,
      },
      messages,
    );
    await options.afterWrite?.(tx, application, at);
    return true;
  });
  if (!written) {
    throw (
      (await alreadyDoneError(ctx, application.id, request.action)) ??
      new AppError("CONFLICT", "errors.changedSinceOpened")
    );
  }
  return {
    applicationId: application.id,
    registrationNumber: application.registrationNumber,
    from: transition.from!,
    to: transition.to,
    version: application.version + 1,
  };
}
