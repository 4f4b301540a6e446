import type { Prisma } from "../generated/prisma/client";
import { applicationScope, type Actor } from "../domain/permissions";

/**
 * The Prisma filter for the applications an actor may see. Every read of applications goes
 * through it, so an executor of school A asking for school B's package finds nothing.
 */
export function applicationsVisibleTo(actor: Actor): Prisma.ApplicationWhereInput {
  const scope = applicationScope(actor);
  switch (scope.kind) {
    case "own":
      return { applicantId: scope.applicantId };
    case "provider":
      return { providerId: scope.organizationId };
    case "corpCentre":
      return { corpCentreId: scope.organizationId };
    case "region":
      return {};
    case "none":
      // matches no row: ids are cuids, never empty
      return { id: "" };
  }
}
