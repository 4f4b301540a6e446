import { StaffPackagePage } from "@/components/staff/staff-package-page";
import { requirePermission } from "@/lib/auth/session";

export default async function ClerkPackagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("workspace.clerk", `/clerk/applications/${id}`);
  return <StaffPackagePage actor={actor} workspace="clerk" applicationId={id} />;
}
