import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import type { Actor } from "../domain/permissions";
import { hashPassword, verifyPassword } from "./password";

/** Staff type a login; teachers type their IIN, often with spaces from a printed card. */
export function normalizeLogin(raw: string): string {
  const trimmed = raw.trim().toLowerCase();
  return /^[\d\s]+$/.test(trimmed) ? trimmed.replace(/\s+/g, "") : trimmed;
}

// The same work is done for an unknown login as for a wrong password, so timing tells nothing.
let dummyHash: Promise<string> | undefined;
function hashForUnknownLogins(): Promise<string> {
  dummyHash ??= hashPassword(randomUUID());
  return dummyHash;
}

export async function authenticate(db: Db, login: string, password: string): Promise<Actor | null> {
  return (await checkPassword(db, login, password)).actor;
}

/**
 * The actor when login and password match an active account; otherwise null, with the id of the
 * account the login names (for its owner's notice of failed sign-ins), if there is one.
 */
export async function checkPassword(db: Db, login: string, password: string): Promise<{ actor: Actor | null; userId: string | null }> {
  // control characters (NUL reached PostgreSQL as an error) are in no login
  if (!login || !password || password.length > 256 || login.length > 256 || /\p{Cc}/u.test(login)) return { actor: null, userId: null };
  const user = await db.user.findUnique({
    where: { login: normalizeLogin(login) },
    select: { id: true, fullName: true, role: true, organizationId: true, applicantId: true, passwordHash: true, isActive: true },
  });
  const isMatch = await verifyPassword(user?.passwordHash ?? (await hashForUnknownLogins()), password);
  // passwords are for staff only: a teacher signs in by code or signature, and a password typed
  // for her IIN gets the wrong-password answer (the same work was done), whatever her row holds
  const isStaff = user?.role !== "APPLICANT";
  if (!user || !user.isActive || !isStaff || !isMatch) return { actor: null, userId: user?.isActive ? user.id : null };
  return {
    actor: {
      userId: user.id,
      name: user.fullName,
      role: user.role,
      organizationId: user.organizationId,
      applicantId: user.applicantId,
    },
    userId: user.id,
  };
}

/** The actor of an active account by its id (the form's steps after the password), or null. */
export async function activeActorById(db: Db, userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, fullName: true, role: true, organizationId: true, applicantId: true, isActive: true },
  });
  if (!user?.isActive) return null;
  return { userId: user.id, name: user.fullName, role: user.role, organizationId: user.organizationId, applicantId: user.applicantId };
}
