// The audit row of what a staff member did outside any one package: an administrative change, an
// applicant look-up, an export, a password change, a refusal at the counter. One shape, written
// here; a package's own events are written by its transition (lib/workflow/).
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../domain/permissions";
import type { Db } from "../db/client";
import type { Tx } from "../db/context";

export async function recordActorEvent(db: Db | Tx, actor: Actor, action: string, data: Prisma.InputJsonValue, at: Date): Promise<void> {
  await db.auditEvent.create({
    data: { applicationId: null, actorId: actor.userId, actorRole: actor.role, organizationId: actor.organizationId, action, data, at },
    select: { id: true },
  });
}
