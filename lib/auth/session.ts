import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { can, type Actor, type Permission } from "../domain/permissions";
import { authOptions } from "./options";

/** The signed-in actor for this request, read once per render. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.user?.id) return null;
  const { id, name, role, organizationId, applicantId } = session.user;
  return { userId: id, name, role, organizationId, applicantId };
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
