import { StaffQueuePage } from "@/components/applications/staff-queue-page";
import { requirePermission } from "@/lib/auth/session";

export default async function CorpWorkspacePage() {
  const actor = await requirePermission("workspace.corp", "/corp");
  return <StaffQueuePage actor={actor} workspace="corp" />;
}
