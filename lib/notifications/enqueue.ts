// The transactional outbox: the notifications of a state change are written in the same
// transaction as the change and its audit event, so none is lost and none is sent for a change
// that rolled back. Delivery happens after commit (worker.ts).
import type { ApplicationState } from "../domain/lifecycle";
import type { Tx } from "../workflow/context";
import { composeStateChangeMessages } from "./compose";

export interface StateChangeNotice {
  applicationId: string;
  /** the audit event of the change: (auditEventId, channel) is unique, so a retry adds nothing */
  auditEventId: bigint | number;
  toState: ApplicationState;
}

/** The page a notification links to; NEXTAUTH_URL is the origin the portal is served at. */
export function publicStatusUrl(): string {
  return `${(process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/$/, "")}/status`;
}

/** Inserts the applicant's notifications for this change; returns how many were queued. */
export async function enqueueStateChangeNotifications(tx: Tx, notice: StateChangeNotice): Promise<number> {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: notice.applicationId },
    select: {
      registrationNumber: true,
      serviceDeadline: true,
      applicant: { select: { lastName: true, firstName: true, middleName: true, email: true, phone: true, locale: true } },
    },
  });
  const { applicant } = application;
  const messages = composeStateChangeMessages({
    registrationNumber: application.registrationNumber,
    toState: notice.toState,
    serviceDeadline: application.serviceDeadline,
    applicant: {
      fullName: [applicant.lastName, applicant.firstName, applicant.middleName].filter(Boolean).join(" "),
      email: applicant.email,
      phone: applicant.phone,
      locale: applicant.locale,
    },
    statusUrl: publicStatusUrl(),
  });
  if (messages.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: messages.map((message) => ({
      applicationId: notice.applicationId,
      auditEventId: BigInt(notice.auditEventId),
      ...message,
    })),
    skipDuplicates: true,
  });
  return count;
}
