import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { can, type Actor, type Permission, type RoleWith } from "../domain/permissions";
import { authOptions } from "./options";
import { mustEnrolSecondFactor, SECOND_FACTOR_PATH, secondFactorSettingsFrom } from "./second-factor-policy";

/** next-auth's session for this request, read once per render (its callbacks check the live row). */
const signedInSession = cache(async () => getServerSession(authOptions()));

/**
 * The signed-in actor for this request, read once per render. A valid JWT is not enough: its
 * server-side session must still be live and its user active, so a token copied before
 * sign-out, or held by a since-deactivated account, is no session at all. next-auth's callbacks
 * check that and put the user as the database has it now into the session (lib/auth/options.ts).
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const user = (await signedInSession())?.user;
  if (!user?.id) return null;
  return { userId: user.id, name: user.name, role: user.role, organizationId: user.organizationId, applicantId: user.applicantId };
});

/**
 * For pages: a visitor who is not signed in goes to sign-in and comes back; a signed-in
 * actor without the permission gets the 403 page. Every page calls this itself:
 * layouts do not guard server actions or route handlers.
 */
export async function requirePermission<P extends Permission>(permission: P, returnTo: string): Promise<Actor & { role: RoleWith<P> }> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  // an administrator who must have a second factor (production) enrols before anything else
  const hasSecondFactor = (await signedInSession())?.hasSecondFactor === true;
  if (mustEnrolSecondFactor({ role: actor.role, hasSecondFactor }, secondFactorSettingsFrom(process.env))) redirect(SECOND_FACTOR_PATH);
  if (!can(actor, permission)) redirect("/forbidden");
  return actor;
}
