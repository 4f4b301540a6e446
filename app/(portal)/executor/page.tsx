import { StaffQueuePage } from "@/components/staff/staff-queue-page";
import { requirePermission } from "@/lib/auth/session";

export default async function ExecutorWorkspacePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("workspace.executor", "/executor");
  return <StaffQueuePage actor={{ ...actor, role: "EXECUTOR" }} workspace="executor" searchParams={await searchParams} />;
}
