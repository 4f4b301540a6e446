import { StaffPackagePage } from "@/components/staff/staff-package-page";
import { requirePermission } from "@/lib/auth/session";

export default async function CorpPackagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("workspace.corp", `/corp/applications/${id}`);
  return <StaffPackagePage actor={actor} workspace="corp" applicationId={id} />;
}
