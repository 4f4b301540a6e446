import { notFound } from "next/navigation";
import { StaffPackagePage } from "@/components/staff/staff-package-page";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { currentLocale } from "@/lib/i18n/server";
import { loadStaffPackagePage } from "@/lib/staff-pages/package-page";

export default async function CorpPackagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("workspace.corp", `/corp/applications/${id}`);
  const data = await loadStaffPackagePage(db(), actor, id, await currentLocale());
  if (!data) notFound(); // another organization's package is "not found", never "forbidden"
  return <StaffPackagePage data={data} workspace="corp" />;
}
