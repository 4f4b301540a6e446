import { StaffQueuePage } from "@/components/staff/staff-queue-page";
import { requirePermission } from "@/lib/auth/session";

export default async function CorpWorkspacePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("workspace.corp", "/corp");
  return <StaffQueuePage actor={{ ...actor, role: "CORP_OPERATOR" }} workspace="corp" searchParams={await searchParams} />;
}
