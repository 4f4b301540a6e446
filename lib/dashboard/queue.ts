// The queue behind a step of the live process map: packages waiting in one state now, optionally
// only the overdue ones, through the actor's scope and the view's filters (not its period).
import type { Db } from "../db/client";
import { APPLICATION_STATES, type ApplicationState, type Channel } from "../domain/lifecycle";
import type { Actor } from "../domain/permissions";
import { applicationsVisibleTo } from "../applications/scope";
import type { Prisma } from "../generated/prisma/client";
import { z } from "zod";
import type { DashboardFilter } from "./filters";
import { filterWhere } from "./organization-packages";
import { assertCanReadDashboard } from "./access";

export const queueParamsSchema = z.object({
  state: z.enum(APPLICATION_STATES).catch("REGISTERED"),
  overdue: z.enum(["1"]).optional().catch(undefined),
});

export interface WaitingRow {
  id: string;
  registrationNumber: string;
  channel: Channel;
  providerId: string;
  receivedAt: string;
  currentStepDeadline: string | null;
  isOverdue: boolean;
}

export async function listWaiting(
  db: Db,
  actor: Actor,
  filter: DashboardFilter,
  state: ApplicationState,
  isOverdueOnly: boolean,
  now: Date,
  limit = 500,
): Promise<{ rows: WaitingRow[]; total: number }> {
  assertCanReadDashboard(actor);
  const where: Prisma.ApplicationWhereInput = {
    AND: [
      applicationsVisibleTo(actor),
      { state },
      isOverdueOnly ? { currentStepDeadline: { lt: now } } : {},
      ...filterWhere(filter),
    ],
  };
  const [rows, total] = await Promise.all([
    db.application.findMany({
      where,
      orderBy: [{ currentStepDeadline: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: limit,
      select: { id: true, registrationNumber: true, channel: true, providerId: true, receivedAt: true, currentStepDeadline: true },
    }),
    db.application.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((row) => ({
      ...row,
      receivedAt: row.receivedAt.toISOString(),
      currentStepDeadline: row.currentStepDeadline?.toISOString() ?? null,
      isOverdue: row.currentStepDeadline !== null && row.currentStepDeadline < now,
    })),
  };
}
