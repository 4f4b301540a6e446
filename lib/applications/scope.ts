// The applications an actor may see, in the two forms the portal queries with: a Prisma filter
// for ordinary reads and an SQL condition over `"Application" a` for the dashboard's raw
// aggregates (percentiles, unnest, grouping by the organization tree). Both are drawn from one
// description, the column and the value, so they cannot drift apart.
import { Prisma } from "../generated/prisma/client";
import { applicationScope, type Actor, type ApplicationScope } from "../domain/permissions";

type ScopedColumn = "applicantId" | "providerId" | "corpCentreId";

/** Which column of Application the scope filters on, or everything / nothing. */
export type ScopeCondition = { column: ScopedColumn; value: string } | "all" | "none";

export function scopeCondition(scope: ApplicationScope): ScopeCondition {
  switch (scope.kind) {
    case "own":
      return { column: "applicantId", value: scope.applicantId };
    case "provider":
      return { column: "providerId", value: scope.organizationId };
    case "corpCentre":
      return { column: "corpCentreId", value: scope.organizationId };
    case "region":
      return "all";
    case "none":
      return "none";
  }
}

/**
 * The Prisma filter for the applications an actor may see. Every read of applications goes
 * through it, so an executor of school A asking for school B's package finds nothing.
 */
export function applicationsVisibleTo(actor: Actor): Prisma.ApplicationWhereInput {
  const condition = scopeCondition(applicationScope(actor));
  if (condition === "all") return {};
  // matches no row: ids are cuids, never empty
  if (condition === "none") return { id: "" };
  return { [condition.column]: condition.value };
}

/** The same scope as SQL over `"Application" a`, for the dashboard's raw aggregates. */
export function visibleApplicationsSql(actor: Actor): Prisma.Sql {
  const condition = scopeCondition(applicationScope(actor));
  if (condition === "all") return Prisma.sql`TRUE`;
  if (condition === "none") return Prisma.sql`FALSE`;
  return Prisma.sql`a.${Prisma.raw(`"${condition.column}"`)} = ${condition.value}`;
}
