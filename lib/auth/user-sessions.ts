// Server-side sessions. The next-auth JWT carries only the id of a UserSession row; a token is
// accepted while that row is live (not ended, not expired) and its user is active. Ending the
// row ends every copy of the token at once: sign-out, and an admin's change to the account.
import type { Db } from "../db/client";
import type { Role } from "../domain/lifecycle";
import type { Actor } from "../domain/permissions";
import type { Prisma, SessionEndReason } from "../generated/prisma/client";
import type { AccountStanding } from "./pending-step";

/** Rows of sessions that ended or expired are kept this long (who was signed in when), then deleted. */
export const SESSION_RETENTION_DAYS = 7;
/** About one sign-in in this many also prunes old rows: cheap, and no cron to run. */
const PRUNE_ONE_IN = 100;

/**
 * A session ends after this long without a request, beside its absolute limit from sign-in: a
 * staff computer left signed in at a counter is not an open door for the day. A teacher reads
 * their own packages only, and gets longer.
 */
export const IDLE_TIMEOUT_MINUTES: Record<Role, number> = {
  APPLICANT: 60,
  CLERK: 30,
  EXECUTOR: 30,
  CORP_OPERATOR: 30,
  REGION_ADMIN: 30,
  SYSTEM_ADMIN: 30,
  PROVIDER_HEAD: 30,
};
/** lastSeenAt is written at most once a minute per session: a busy page does not write on every request. */
export const LAST_SEEN_RESOLUTION_SECONDS = 60;

/** Pure: whether a session last seen at `lastSeenAt` has been idle too long at `now`. */
export function isIdleTooLong(role: Role, lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() > IDLE_TIMEOUT_MINUTES[role] * 60_000;
}

type SessionWriter = Db | Prisma.TransactionClient;

/** Starts a session for a user who has just proven who they are; the id goes into the JWT. */
export async function startUserSession(db: Db, userId: string, now: Date, maxAgeSeconds: number): Promise<{ id: string; expiresAt: Date }> {
  const session = await db.userSession.create({
    data: { userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000) },
    select: { id: true, expiresAt: true },
  });
  if (Math.random() * PRUNE_ONE_IN < 1) await pruneUserSessions(db, now);
  return session;
}

interface LiveSessionRow {
  id: string;
  fullName: string;
  role: Role;
  organizationId: string | null;
  applicantId: string | null;
  mustChangePassword: boolean;
  lastSeenAt: Date;
  hasSecondFactor: boolean;
}

export interface LiveSession {
  actor: SessionActor;
  /** a confirmed TOTP factor (lib/auth/second-factor.ts) */
  hasSecondFactor: boolean;
}

/** The actor of a live session, and what its account must do before anything else. */
export type SessionActor = Actor & AccountStanding;

/**
 * The actor of a live session, read from the database (so a renamed user shows the new name), or
 * null when the session is unknown, ended, expired, idle too long, or its user was deactivated.
 * One lookup by primary key joined to its user; about once a minute also a write of lastSeenAt.
 */
export async function liveSessionOf(db: Db, sessionId: string, now: Date): Promise<LiveSession | null> {
  const rows = await db.$queryRaw<LiveSessionRow[]>`
    SELECT u."id", u."fullName", u."role"::text AS "role", u."organizationId", u."applicantId", u."mustChangePassword", s."lastSeenAt",
      EXISTS (SELECT 1 FROM "UserSecondFactor" f WHERE f."userId" = u."id" AND f."confirmedAt" IS NOT NULL) AS "hasSecondFactor"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionId} AND s."endedAt" IS NULL AND s."expiresAt" > ${now} AND u."isActive"`;
  const row = rows[0];
  if (!row || isIdleTooLong(row.role, row.lastSeenAt, now)) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_SECONDS * 1000) {
    // guarded, so of the requests that race here at most one a minute writes
    await db.userSession.updateMany({ where: { id: sessionId, lastSeenAt: { lte: new Date(now.getTime() - LAST_SEEN_RESOLUTION_SECONDS * 1000) } }, data: { lastSeenAt: now } });
  }
  return {
    actor: {
      userId: row.id,
      name: row.fullName,
      role: row.role,
      organizationId: row.organizationId,
      applicantId: row.applicantId,
      mustChangePassword: row.mustChangePassword,
    },
    hasSecondFactor: row.hasSecondFactor,
  };
}

/** liveSessionOf's actor alone. */
export async function actorOfLiveSession(db: Db, sessionId: string, now: Date): Promise<SessionActor | null> {
  return (await liveSessionOf(db, sessionId, now))?.actor ?? null;
}

/** Ends one session (sign-out). Ending a session that already ended changes nothing. */
export async function endUserSession(db: SessionWriter, sessionId: string, reason: SessionEndReason, now: Date): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now, endedReason: reason } });
}

/** Ends every live session of a user; returns how many were ended. */
export async function endSessionsOfUser(db: SessionWriter, userId: string, reason: SessionEndReason, now: Date): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, endedAt: null, expiresAt: { gt: now } },
    data: { endedAt: now, endedReason: reason },
  });
  return count;
}

/** Deletes sessions that expired more than SESSION_RETENTION_DAYS ago (ended ones too: every row expires). */
export async function pruneUserSessions(db: SessionWriter, now: Date): Promise<number> {
  const before = new Date(now.getTime() - SESSION_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const { count } = await db.userSession.deleteMany({ where: { expiresAt: { lt: before } } });
  return count;
}
