// The delivery log of a package's notifications, for its staff: scoped like every other read.
import { applicationsVisibleTo } from "../applications/scope";
import type { Db } from "../db/client";
import type { Actor } from "../domain/permissions";
import { maskRecipient, type NotificationChannel } from "./compose";

export interface NotificationLogEntry {
  id: string;
  channel: NotificationChannel;
  /** masked: the log shows that a message went out, not the applicant's contacts */
  recipient: string;
  subject: string;
  /** the language the message was written in: the applicant's, not the reader's */
  locale: string;
  status: "PENDING" | "SENT" | "FAILED";
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** Null when the actor may not see the package (then the page shows "not found" anyway). */
export async function listNotificationsFor(db: Db, actor: Actor, applicationId: string): Promise<NotificationLogEntry[] | null> {
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationsVisibleTo(actor)] },
    select: {
      notifications: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 100,
        select: { id: true, channel: true, recipient: true, subject: true, locale: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
      },
    },
  });
  if (!application) return null;
  return application.notifications.map((n) => ({
    id: n.id,
    channel: n.channel,
    recipient: maskRecipient(n.recipient),
    subject: n.subject,
    locale: n.locale,
    status: n.status,
    attempts: n.attempts,
    lastError: n.lastError,
    createdAt: n.createdAt.toISOString(),
    sentAt: n.sentAt?.toISOString() ?? null,
  }));
}
