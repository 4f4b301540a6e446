import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { WORKSPACE_PATHS } from "@/lib/domain/permissions";

/** Where sign-in lands: each role has one workspace. */
export default async function WorkspaceRedirect() {
  const actor = await currentActor();
  redirect(actor ? WORKSPACE_PATHS[actor.role] : "/sign-in?callbackUrl=%2Fworkspace");
}
