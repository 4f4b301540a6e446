// The views of each staff workspace's queue: what each role works from all day.
import { Prisma } from "../generated/prisma/client";
import { CHANNELS, type ApplicationState, type Channel } from "../domain/lifecycle";
import type { Actor, RoleWith } from "../domain/permissions";

// A package whose step is due within this many wall-clock minutes shows in "due soon";
// the badge itself uses the exact working-time rule (lib/domain/deadlines.ts normState).
export const DUE_SOON_WINDOW_MINUTES = 10;

// exactly the roles that may read a queue ("queue.read"): the type check holds the two together
export const QUEUE_VIEWS = {
  CLERK: ["arrivals", "toCheck", "waiting", "results", "all"],
  EXECUTOR: ["unassigned", "mine", "dueSoon", "overdue"],
  CORP_OPERATOR: ["toForward", "inTransit", "atProvider", "returned", "issued"],
} as const satisfies Record<RoleWith<"queue.read">, readonly string[]>;

export type StaffRole = keyof typeof QUEUE_VIEWS;
export type QueueView = (typeof QUEUE_VIEWS)[StaffRole][number];

// The working views are worked in the order packages came in, oldest first. The history views
// are looked up, and what was just done is what is looked for: newest first.
const NEWEST_FIRST_VIEWS: readonly QueueView[] = ["all", "issued"];

export function isNewestFirst(view: QueueView): boolean {
  return NEWEST_FIRST_VIEWS.includes(view);
}

export function viewsOf(role: StaffRole): readonly QueueView[] {
  return QUEUE_VIEWS[role];
}

const CHECK_STATES = ["REGISTERED", "UNDER_REVIEW"] as const;

/**
 * On each channel, the regulation versions under which the actor's role checks completeness
 * (`completenessCheckedBy`): a check view shows only the packages its role checks.
 */
export type CheckedVersions = Record<Channel, readonly string[]>;

function checkedByActor(checked: CheckedVersions): Prisma.ApplicationWhereInput {
  return { OR: CHANNELS.map((channel) => ({ channel, regulationVersionId: { in: [...checked[channel]] } })) };
}

function checkedByActorSql(checked: CheckedVersions): Prisma.Sql {
  const parts = CHANNELS.filter((channel) => checked[channel].length > 0).map(
    (channel) => Prisma.sql`(a.channel = ${channel}::"Channel" AND a."regulationVersionId" IN (${Prisma.join([...checked[channel]])}))`,
  );
  return parts.length > 0 ? Prisma.sql`(${Prisma.join(parts, " OR ")})` : Prisma.sql`FALSE`;
}

/** The filter a view adds on top of the actor's scope. */
export function viewFilter(view: QueueView, actor: Actor, now: Date, checked: CheckedVersions): Prisma.ApplicationWhereInput {
  const soon = new Date(now.getTime() + DUE_SOON_WINDOW_MINUTES * 60_000);
  switch (view) {
    case "arrivals":
      return { state: "IN_TRANSIT_TO_PROVIDER" };
    case "toCheck":
      return { state: { in: [...CHECK_STATES] }, ...checkedByActor(checked) };
    case "waiting":
      return { state: { in: [...CHECK_STATES] } };
    case "results":
      return { state: { in: ["ACCEPTED", "REFUSED"] } };
    case "all":
      return {};
    case "unassigned":
      return { state: "REGISTERED", ...checkedByActor(checked) };
    case "mine":
      return { state: "UNDER_REVIEW", assignedExecutorId: actor.userId };
    case "dueSoon":
      return { state: { in: [...CHECK_STATES] }, currentStepDeadline: { gte: now, lt: soon }, ...checkedByActor(checked) };
    case "overdue":
      return { state: { in: [...CHECK_STATES] }, currentStepDeadline: { lt: now }, ...checkedByActor(checked) };
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

const states = (list: readonly ApplicationState[]) => Prisma.join(list.map((state) => Prisma.sql`${state}::"ApplicationState"`));
// timestamp(3) without time zone holding UTC, as Prisma writes it
const instant = (at: Date) => Prisma.sql`${at.toISOString()}::timestamp`;

/**
 * The same filter as viewFilter, as SQL over "Application" a: the counts of every view are one
 * statement (count(*) FILTER per view). A test holds the two together.
 */
export function viewFilterSql(view: QueueView, actor: Actor, now: Date, checked: CheckedVersions): Prisma.Sql {
  const soon = new Date(now.getTime() + DUE_SOON_WINDOW_MINUTES * 60_000);
  switch (view) {
    case "arrivals":
    case "inTransit":
      return Prisma.sql`a.state IN (${states(["IN_TRANSIT_TO_PROVIDER"])})`;
    case "toCheck":
      return Prisma.sql`a.state IN (${states(CHECK_STATES)}) AND ${checkedByActorSql(checked)}`;
    case "waiting":
      return Prisma.sql`a.state IN (${states(CHECK_STATES)})`;
    case "results":
      return Prisma.sql`a.state IN (${states(["ACCEPTED", "REFUSED"])})`;
    case "all":
      return Prisma.sql`TRUE`;
    case "unassigned":
      return Prisma.sql`a.state IN (${states(["REGISTERED"])}) AND ${checkedByActorSql(checked)}`;
    case "mine":
      return Prisma.sql`a.state IN (${states(["UNDER_REVIEW"])}) AND a."assignedExecutorId" = ${actor.userId}`;
    case "dueSoon":
      return Prisma.sql`a.state IN (${states(CHECK_STATES)}) AND a."currentStepDeadline" >= ${instant(now)} AND a."currentStepDeadline" < ${instant(soon)} AND ${checkedByActorSql(checked)}`;
    case "overdue":
      return Prisma.sql`a.state IN (${states(CHECK_STATES)}) AND a."currentStepDeadline" < ${instant(now)} AND ${checkedByActorSql(checked)}`;
    case "toForward":
      return Prisma.sql`a.state IN (${states(["CORP_ACCEPTED"])})`;
    case "atProvider":
      return Prisma.sql`a.state IN (${states(["REGISTERED", "UNDER_REVIEW", "ACCEPTED", "REFUSED"])})`;
    case "returned":
      return Prisma.sql`a.state IN (${states(["RESULT_SENT_TO_CORP"])})`;
    case "issued":
      return Prisma.sql`a.state IN (${states(["RESULT_ISSUED"])})`;
  }
}
