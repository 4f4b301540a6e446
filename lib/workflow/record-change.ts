// A transition's audit event and its outbox rows, written by one statement. Through Prisma they
// were two calls, and Prisma 6.19 compiles every call anew: most of a transition's CPU in the
// portal's process went to that (bench/FIXES.md). One raw statement inside the same transaction
// keeps the guarantee (both commit with the compare-and-set, or neither) at one round trip.
import type { Prisma } from "../generated/prisma/client";
import type { ApplicationState, Role } from "../domain/lifecycle";
import type { OutgoingMessage } from "../notifications/compose";
import type { Tx } from "../db/context";

export interface ChangeRecord {
  applicationId: string;
  actorId: string | null;
  actorRole: Role | null;
  organizationId: string | null;
  action: string;
  fromState: ApplicationState | null;
  toState: ApplicationState | null;
  reason: string | null;
  data: Prisma.InputJsonValue | undefined;
  at: Date;
}

/** Inserts the audit event and, keyed by it, one outbox row per message; returns the event's id. */
export async function recordChange(tx: Tx, change: ChangeRecord, messages: OutgoingMessage[]): Promise<bigint> {
  const rows = await tx.$queryRaw<{ id: bigint }[]>`
    WITH event AS (
      INSERT INTO "AuditEvent" ("applicationId", "actorId", "actorRole", "organizationId", "action", "fromState", "toState", "reason", "data", "at")
      VALUES (${change.applicationId}, ${change.actorId}, ${change.actorRole}::"Role", ${change.organizationId}, ${change.action},
              ${change.fromState}::"ApplicationState", ${change.toState}::"ApplicationState", ${change.reason},
              ${change.data === undefined ? null : JSON.stringify(change.data)}::jsonb,
              -- the column holds UTC wall-clock time, as Prisma writes it, whatever the server's zone
              (${change.at.toISOString()}::timestamptz AT TIME ZONE 'UTC'))
      RETURNING "id"
    ), outbox AS (
      INSERT INTO "Notification" ("id", "applicationId", "auditEventId", "channel", "recipient", "locale", "subject", "body")
      SELECT gen_random_uuid()::text, ${change.applicationId}, event."id", m.channel::"NotificationChannel", m.recipient, m.locale, m.subject, m.body
      FROM event, jsonb_to_recordset(${JSON.stringify(messages)}::jsonb) AS m(channel text, recipient text, locale text, subject text, body text)
    )
    SELECT "id" FROM event`;
  return rows[0]!.id;
}
