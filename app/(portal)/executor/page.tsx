import { StaffQueuePage } from "@/components/staff/staff-queue-page";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { currentLocale } from "@/lib/i18n/server";
import { loadStaffQueuePage } from "@/lib/staff-pages/queue-page";

export default async function ExecutorWorkspacePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("workspace.executor", "/executor");
  const data = await loadStaffQueuePage(db(), actor, await searchParams, await currentLocale());
  return <StaffQueuePage data={data} workspace="executor" />;
}
