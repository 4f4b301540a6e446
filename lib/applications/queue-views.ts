// The views of each staff workspace's queue: what each role works from all day.
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../domain/lifecycle";
import type { Actor } from "../domain/permissions";

// A package whose step is due within this many wall-clock minutes shows in "due soon";
// the badge itself uses the exact working-time rule (lib/domain/deadlines.ts normState).
export const DUE_SOON_WINDOW_MINUTES = 10;

export const QUEUE_VIEWS = {
  CLERK: ["arrivals", "waiting", "results", "all"],
  EXECUTOR: ["unassigned", "mine", "dueSoon", "overdue"],
  CORP_OPERATOR: ["toForward", "inTransit", "atProvider", "returned", "issued"],
} as const satisfies Partial<Record<Role, readonly string[]>>;

export type StaffRole = keyof typeof QUEUE_VIEWS;
export type QueueView = (typeof QUEUE_VIEWS)[StaffRole][number];

export function isStaffRole(role: Role): role is StaffRole {
  return role in QUEUE_VIEWS;
}

export function viewsOf(role: StaffRole): readonly QueueView[] {
  return QUEUE_VIEWS[role];
}

const CHECK_STATES = ["REGISTERED", "UNDER_REVIEW"] as const;

/** The filter a view adds on top of the actor's scope. */
export function viewFilter(view: QueueView, actor: Actor, now: Date): Prisma.ApplicationWhereInput {
  const soon = new Date(now.getTime() + DUE_SOON_WINDOW_MINUTES * 60_000);
  switch (view) {
    case "arrivals":
      return { state: "IN_TRANSIT_TO_PROVIDER" };
    case "waiting":
      return { state: { in: [...CHECK_STATES] } };
    case "results":
      return { state: { in: ["ACCEPTED", "REFUSED"] } };
    case "all":
      return {};
    case "unassigned":
      return { state: "REGISTERED" };
    case "mine":
      return { state: "UNDER_REVIEW", assignedExecutorId: actor.userId };
    case "dueSoon":
      return { state: { in: [...CHECK_STATES] }, currentStepDeadline: { gte: now, lt: soon } };
    case "overdue":
      return { state: { in: [...CHECK_STATES] }, currentStepDeadline: { lt: now } };
    case "toForward":
      return { state: "CORP_ACCEPTED" };
    case "inTransit":
      return { state: "IN_TRANSIT_TO_PROVIDER" };
    case "atProvider":
      return { state: { in: ["REGISTERED", "UNDER_REVIEW", "ACCEPTED", "REFUSED"] } };
    case "returned":
      return { state: "RESULT_SENT_TO_CORP" };
    case "issued":
      return { state: "RESULT_ISSUED" };
  }
}
