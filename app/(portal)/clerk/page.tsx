import { StaffQueuePage } from "@/components/applications/staff-queue-page";
import { requirePermission } from "@/lib/auth/session";

export default async function ClerkWorkspacePage() {
  const actor = await requirePermission("workspace.clerk", "/clerk");
  return <StaffQueuePage actor={actor} workspace="clerk" />;
}
