import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { can, type Actor, type Permission } from "../domain/permissions";
import { authOptions } from "./options";
import { liveActorOf } from "./live-session";

/**
 * The signed-in actor for this request, read once per render. A valid JWT is not enough: its
 * server-side session must still be live and its user active (one primary-key lookup), so a
 * token copied before sign-out, or held by a since-deactivated account, is no session at all.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.user?.id || !session.sessionId) return null;
  // asked already by the jwt callback inside getServerSession; memoized for this render
  const actor = await liveActorOf(session.sessionId);
  // the token and its row always name the same user; anything else is refused, not trusted
  return actor?.userId === session.user.id ? actor : null;
});

/**
 * For pages: a visitor who is not signed in goes to sign-in and comes back; a signed-in
 * actor without the permission gets the 403 page. Every page calls this itself:
 * layouts do not guard server actions or route handlers.
 */
export async function requirePermission(permission: Permission, returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(actor, permission)) redirect("/forbidden");
  return actor;
}
