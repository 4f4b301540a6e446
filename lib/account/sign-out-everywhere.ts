// "Sign out everywhere" on one's own account page (issue 16, item 6): every session the account
// has open ends at once, this browser's too (it lands on sign-in), in one transaction with the
// audit event. For a teacher who fears someone else has her code, and for staff who left a
// counter signed in.
import { recordActorEvent } from "../audit/actor-event";
import { endSessionsOfUser } from "../auth/user-sessions";
import type { Db } from "../db/client";
import type { Actor } from "../domain/permissions";
import { AppError } from "../errors";
import { log } from "../log/logger";

export const SIGN_OUT_EVERYWHERE_ACTION = "ACCOUNT_SIGN_OUT_EVERYWHERE";

/** Ends every live session of the actor's own account; returns how many ended. */
export async function signOutEverywhere(db: Db, actor: Actor | null, now: Date): Promise<number> {
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
  const ended = await db.$transaction(async (tx) => {
    const count = await endSessionsOfUser(tx, actor.userId, "SIGNED_OUT_EVERYWHERE", now);
    await recordActorEvent(tx, actor, SIGN_OUT_EVERYWHERE_ACTION, { userId: actor.userId, endedSessions: count }, now);
    return count;
  });
  log.info("auth.signed_out_everywhere", { userId: actor.userId, role: actor.role, endedSessions: ended });
  return ended;
}
