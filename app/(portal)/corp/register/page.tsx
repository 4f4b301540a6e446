import { IntakePage } from "@/components/staff/intake-page";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { currentLocale } from "@/lib/i18n/server";
import { loadIntakeOptions } from "@/lib/staff-pages/intake-page";

export default async function CorpRegisterPage() {
  const actor = await requirePermission("workspace.corp", "/corp/register");
  return <IntakePage options={await loadIntakeOptions(db(), { isCorp: true, locale: await currentLocale(), now: new Date(), userId: actor.userId })} isCorp={true} />;
}
