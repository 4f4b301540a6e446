import { IntakePage } from "@/components/staff/intake-page";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { currentLocale } from "@/lib/i18n/server";
import { loadIntakeOptions } from "@/lib/staff-pages/intake-page";

export default async function ClerkRegisterPage() {
  const actor = await requirePermission("workspace.clerk", "/clerk/register");
  return <IntakePage options={await loadIntakeOptions(db(), { isCorp: false, locale: await currentLocale(), now: new Date(), userId: actor.userId })} isCorp={false} />;
}
