// Every administrative change is one transaction with its audit row: an AuditEvent with no
// application, the action ("ADMIN_CREATE_USER", …) and what changed.
import type { Prisma } from "../generated/prisma/client";
import { can, type Actor } from "../domain/permissions";
import { AppError } from "../errors";
import type { Tx } from "../db/context";
import { recordActorEvent } from "../audit/actor-event";

export type AdminAction =
  | "ADMIN_CREATE_ORGANIZATION"
  | "ADMIN_UPDATE_ORGANIZATION"
  | "ADMIN_CREATE_USER"
  | "ADMIN_UPDATE_USER"
  | "ADMIN_RESET_PASSWORD"
  | "ADMIN_CLONE_VERSION"
  | "ADMIN_UPDATE_VERSION"
  | "ADMIN_PUBLISH_VERSION"
  | "ADMIN_ADD_HOLIDAY"
  | "ADMIN_REMOVE_HOLIDAY";

export function assertAdmin(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "dashboard.errors.signInFirst");
  if (!can(actor, "reference.manage")) throw new AppError("FORBIDDEN", "errors.forbidden");
}

export async function recordAdminChange(tx: Tx, actor: Actor, action: AdminAction, data: Prisma.InputJsonValue, at: Date): Promise<void> {
  await recordActorEvent(tx, actor, action, data, at);
}

/** The fields whose values differ, as { field: { from, to } }: what an update audit row keeps. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const previous = before[key];
    if (canonical(previous) !== canonical(value)) changes[key] = { from: previous ?? null, to: value ?? null };
  }
  return changes;
}

// jsonb keeps keys in its own order: compare values, not the order their keys were written in
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** Prisma's unique-constraint violation, for "this code is taken" messages. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
