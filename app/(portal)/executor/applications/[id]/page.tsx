import { StaffPackagePage } from "@/components/staff/staff-package-page";
import { requirePermission } from "@/lib/auth/session";

export default async function ExecutorPackagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("workspace.executor", `/executor/applications/${id}`);
  return <StaffPackagePage actor={actor} workspace="executor" applicationId={id} />;
}
