import { can, type Actor } from "../domain/permissions";
import { AppError } from "../errors";

/** Every dashboard read starts here: the page, the route handlers and the export. */
export function assertCanReadDashboard(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "dashboard.errors.signInFirst");
  if (!can(actor, "dashboard.read")) throw new AppError("FORBIDDEN", "errors.forbidden");
}
