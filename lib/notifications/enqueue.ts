// The transactional outbox's messages: what a state change tells the applicant. They are written
// with the change's audit event, in its transaction (lib/workflow/record-change.ts), so none is
// lost and none is sent for a change that rolled back. Delivery happens after commit (worker.ts).
import type { ApplicationState } from "../domain/lifecycle";
import { publicOrigin } from "../env";
import type { CollectionNotice } from "./collection-notice";
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
  /** given at registration only: the notice of a new package tells its access code */
  accessCode?: string;
  /** given at the registration that opened the teacher's account: its first sign-in */
  activation?: { code: string; expiresAt: Date } | null;
  /** the deadline as it stands after the change */
  serviceDeadline: Date | null;
  applicant: NotifiedApplicant;
  toState: ApplicationState;
  /** where the result now waits for the applicant, if it does */
  collection?: CollectionNotice | null;
}

/** The page a notification links to, on the configured public origin (NEXTAUTH_URL), never a request's Host. */
export function publicStatusUrl(): string {
  return `${publicOrigin()}/status`;
}

/** The messages of a change, in the applicant's language: what the outbox rows will hold. */
export function stateChangeMessages(notice: StateChangeNotice): OutgoingMessage[] {
  const { applicant } = notice;
  return composeStateChangeMessages({
    registrationNumber: notice.registrationNumber,
    accessCode: notice.accessCode ?? null,
    activation: notice.activation ? { ...notice.activation, url: teacherSignInUrl() } : null,
    toState: notice.toState,
    serviceDeadline: notice.serviceDeadline,
    collection: notice.collection ?? null,
    applicant: {
      fullName: [applicant.lastName, applicant.firstName, applicant.middleName].filter(Boolean).join(" "),
      email: applicant.email,
      phone: applicant.phone,
      locale: applicant.locale,
    },
    statusUrl: publicStatusUrl(),
  });
}

/** The first sign-in of a teacher's account (no IIN in it: she types hers). */
export function teacherSignInUrl(): string {
  return `${publicOrigin()}/sign-in/code`;
}

/** The teacher's account page, on the configured public origin: where a complaint's answer is read. */
export function applicantAccountUrl(): string {
  return `${publicOrigin()}/applicant`;
}
