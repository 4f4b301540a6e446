// The transactional outbox: the notifications of a state change are written in the same
// transaction as the change and its audit event, so none is lost and none is sent for a change
// that rolled back. Delivery happens after commit (worker.ts).
import type { ApplicationState } from "../domain/lifecycle";
import type { Tx } from "../workflow/context";
import { composeStateChangeMessages, type OutgoingMessage } from "./compose";

/** The applicant's fields a notification needs; callers read them with the application. */
export const NOTIFIED_APPLICANT_FIELDS = {
  lastName: true,
  firstName: true,
  middleName: true,
  email: true,
  phone: true,
  locale: true,
} as const;

export interface NotifiedApplicant {
  lastName: string;
  firstName: string;
  middleName: string | null;
  email: string | null;
  phone: string | null;
  locale: string;
}

export interface StateChangeNotice {
  applicationId: string;
  registrationNumber: string;
  /** the deadline as it stands after the change */
  serviceDeadline: Date | null;
  applicant: NotifiedApplicant;
  /** the audit event of the change: (auditEventId, channel) is unique, so a retry adds nothing */
  auditEventId: bigint | number;
  toState: ApplicationState;
}

/** The page a notification links to; NEXTAUTH_URL is the origin the portal is served at. */
export function publicStatusUrl(): string {
  return `${(process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/$/, "")}/status`;
}

/**
 * Queues the messages of a change whose audit event is already recorded; returns how many were
 * queued (none twice: (auditEventId, channel) is unique). Transitions and registrations write
 * event and messages in one statement instead (`lib/workflow/record-change.ts`).
 */
export async function enqueueStateChangeNotifications(tx: Tx, notice: StateChangeNotice): Promise<number> {
  const messages = stateChangeMessages(notice);
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

/** The messages of a change, in the applicant's language: what the outbox rows will hold. */
export function stateChangeMessages(notice: Omit<StateChangeNotice, "auditEventId">): OutgoingMessage[] {
  const { applicant } = notice;
  return composeStateChangeMessages({
    registrationNumber: notice.registrationNumber,
    toState: notice.toState,
    serviceDeadline: notice.serviceDeadline,
    applicant: {
      fullName: [applicant.lastName, applicant.firstName, applicant.middleName].filter(Boolean).join(" "),
      email: applicant.email,
      phone: applicant.phone,
      locale: applicant.locale,
    },
    statusUrl: publicStatusUrl(),
  });
}
