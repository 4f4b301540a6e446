// Starting a signed-in session, one way for both doors: next-auth's credentials endpoint (its jwt
// callback, lib/auth/options.ts) and the sign-in form's action (lib/server-actions/sign-in.ts),
// which sets next-auth's session cookie itself, so getServerSession reads both alike.
import { encode, type JWT } from "next-auth/jwt";
import type { Db } from "../db/client";
import type { Actor } from "../domain/permissions";
import { log } from "../log/logger";
import { cookieSettingsFrom, isSecureCookie, sessionCookie, type SessionCookie } from "./session-cookie";
import { startUserSession } from "./user-sessions";

// one working day, counted from sign-in: the server-side session row expires then, whatever
// the cookie's sliding expiry says
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The session cookie of this deployment (lib/auth/session-cookie.ts). */
export function currentSessionCookie(): SessionCookie {
  return sessionCookie(isSecureCookie(cookieSettingsFrom(process.env)));
}

/** What the token carries for a session row: the row's id, and who signed in (as next-auth would put it). */
export function sessionClaims(actor: Actor, sessionId: string): JWT {
  return {
    name: actor.name,
    sub: actor.userId,
    sessionId,
    userId: actor.userId,
    role: actor.role,
    organizationId: actor.organizationId,
    applicantId: actor.applicantId,
  };
}

export function logSignedIn(actor: Actor, fields: { client: string; via: "form" | "credentials-endpoint" | "otp"; secondFactor: boolean }) {
  log.info("auth.sign_in.succeeded", { userId: actor.userId, role: actor.role, ...fields });
}

/** For the form: a new session row and the cookie that carries it, encoded as next-auth does. */
export async function startFormSession(db: Db, actor: Actor, now: Date, secret: string): Promise<{ cookie: SessionCookie; value: string; maxAge: number }> {
  const session = await startUserSession(db, actor.userId, now, SESSION_MAX_AGE_SECONDS);
  const value = await encode({ token: sessionClaims(actor, session.id), secret, maxAge: SESSION_MAX_AGE_SECONDS });
  return { cookie: currentSessionCookie(), value, maxAge: SESSION_MAX_AGE_SECONDS };
}
