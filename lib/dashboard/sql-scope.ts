// The dashboard's aggregates are raw SQL (percentiles, unnest, grouping by the organization
// tree), so the Prisma filter of lib/applications/scope.ts cannot be passed in. This is the same
// scope, as SQL over `"Application" a`; a unit test keeps the two in step.
import { applicationScope, can, type Actor } from "../domain/permissions";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";

export function visibleApplicationsSql(actor: Actor): Prisma.Sql {
  const scope = applicationScope(actor);
  switch (scope.kind) {
    case "own":
      return Prisma.sql`a."applicantId" = ${scope.applicantId}`;
    case "provider":
      return Prisma.sql`a."providerId" = ${scope.organizationId}`;
    case "corpCentre":
      return Prisma.sql`a."corpCentreId" = ${scope.organizationId}`;
    case "region":
      return Prisma.sql`TRUE`;
    case "none":
      return Prisma.sql`FALSE`;
  }
}

/** Every dashboard read starts here: the page, the route handlers and the export. */
export function assertCanReadDashboard(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "dashboard.errors.signInFirst");
  if (!can(actor, "dashboard.read")) throw new AppError("FORBIDDEN", "errors.forbidden");
}
