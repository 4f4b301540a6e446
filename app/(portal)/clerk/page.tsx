import { StaffQueuePage } from "@/components/staff/staff-queue-page";
import { requirePermission } from "@/lib/auth/session";

export default async function ClerkWorkspacePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("workspace.clerk", "/clerk");
  return <StaffQueuePage actor={{ ...actor, role: "CLERK" }} workspace="clerk" searchParams={await searchParams} />;
}
