import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { can, WORKSPACE_PATHS, type Actor, type Permission, type RoleWith } from "../domain/permissions";
import { AppError } from "../errors";
import { authOptions } from "./options";
import { PENDING_STEP_PAGES, PENDING_STEP_REFUSALS, pendingStepOf, type PendingStep } from "./pending-step";
import { mustEnrolSecondFactor, secondFactorSettingsFrom } from "./second-factor-policy";

export interface SignedInSession {
  actor: Actor;
  /** what the account must do before anything else (lib/auth/pending-step.ts), or null */
  pendingStep: PendingStep | null;
  /** the server-side session row (lib/auth/user-sessions.ts) */
  sessionId: string;
}

/**
 * Who is signed in, read once per render, whatever they may do yet. A valid JWT is not enough:
 * its server-side session must still be live and its user active, so a token copied before
 * sign-out, or held by a since-deactivated account, is no session at all. next-auth's callbacks
 * check that and put the user as the database has it now into the session (lib/auth/options.ts).
 * Only the pages that a pending step needs (the header, sign-in, the step's own page) use this;
 * everything else asks `currentActor` or `requirePermission`.
 */
export const currentSession = cache(async (): Promise<SignedInSession | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.user?.id) return null;
  const { user } = session;
  return {
    actor: { userId: user.id, name: user.name, role: user.role, organizationId: user.organizationId, applicantId: user.applicantId },
    pendingStep: pendingStepOf({
      mustChangePassword: user.mustChangePassword === true,
      // an administrator in production without a second factor (lib/auth/second-factor-policy.ts)
      mustEnrolSecondFactor: mustEnrolSecondFactor({ role: user.role, hasSecondFactor: session.hasSecondFactor === true }, secondFactorSettingsFrom(process.env)),
    }),
    sessionId: session.sessionId,
  };
});

/**
 * The signed-in actor, for server actions and route handlers (their wrappers call it), or null.
 * An account with a step pending is refused (403, naming the step) until it has done it.
 */
export async function currentActor(): Promise<Actor | null> {
  const session = await currentSession();
  if (!session) return null;
  if (session.pendingStep) throw new AppError("FORBIDDEN", PENDING_STEP_REFUSALS[session.pendingStep]);
  return session.actor;
}

/** Where a signed-in account lands: its pending step's page, else its workspace. */
export function landingPath(session: SignedInSession): string {
  return session.pendingStep ? PENDING_STEP_PAGES[session.pendingStep] : WORKSPACE_PATHS[session.actor.role];
}

/**
 * For pages: a visitor who is not signed in goes to sign-in and comes back; an account with a
 * step pending goes to that step's page; a signed-in actor without the permission gets the 403
 * page. Every page calls this itself: layouts do not guard server actions or route handlers.
 */
export async function requirePermission<P extends Permission>(permission: P, returnTo: string): Promise<Actor & { role: RoleWith<P> }> {
  const session = await currentSession();
  if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (session.pendingStep) redirect(PENDING_STEP_PAGES[session.pendingStep]);
  const { actor } = session;
  if (!can(actor, permission)) redirect("/forbidden");
  return actor;
}
