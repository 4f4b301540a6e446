import { PageHeading } from "@/components/layout/page-heading";
import { listApplications } from "@/lib/applications/list-applications";
import { QUEUE_STATES } from "@/lib/applications/queue-states";
import { db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/domain/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { LiveQueue } from "./live-queue";

/** The workspace of a clerk, an executor or a State Corporation operator: their live queue. */
export async function StaffQueuePage({ actor, workspace }: { actor: Actor; workspace: "clerk" | "executor" | "corp" }) {
  const { locale, t } = await getTranslator();
  const [queue, organization] = await Promise.all([
    listApplications(db(), actor, locale, { states: QUEUE_STATES[actor.role] }),
    actor.organizationId
      ? db().organization.findUnique({ where: { id: actor.organizationId }, select: { nameKk: true, nameRu: true, nameEn: true } })
      : null,
  ]);
  const organizationName = organization ? { kk: organization.nameKk, ru: organization.nameRu, en: organization.nameEn }[locale] : undefined;
  return (
    <div>
      <PageHeading title={t(`workspaces.${workspace}.title`)} lead={t(`workspaces.${workspace}.lead`)}>
        {organizationName && <p className="text-sm font-medium text-slate-700" data-testid="organization-name">{organizationName}</p>}
      </PageHeading>
      <LiveQueue initial={queue} />
    </div>
  );
}
