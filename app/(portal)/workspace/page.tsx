import { redirect } from "next/navigation";
import { currentSession, landingPath } from "@/lib/auth/session";

/** Where sign-in lands: each role has one workspace (a pending step's page comes first). */
export default async function WorkspaceRedirect() {
  const session = await currentSession();
  redirect(session ? landingPath(session) : "/sign-in?callbackUrl=%2Fworkspace");
}
