import { StaffQueuePage } from "@/components/applications/staff-queue-page";
import { requirePermission } from "@/lib/auth/session";

export default async function ExecutorWorkspacePage() {
  const actor = await requirePermission("workspace.executor", "/executor");
  return <StaffQueuePage actor={actor} workspace="executor" />;
}
