import { z } from "zod";
import { AppError } from "../errors";
import type { Actor } from "../domain/permissions";
import { DOCUMENT_MARKS } from "../domain/completeness";
import type { LoadedApplication } from "./transition";

export const checkMarksSchema = z.record(z.string().max(60), z.enum(DOCUMENT_MARKS));

/** Only the staff member who took the package for the check (executor or clerk, by the version) decides on it. */
export function assertAssignedExecutor(application: LoadedApplication, actor: Actor) {
  if (application.assignedExecutorId !== actor.userId) throw new AppError("CONFLICT", "errors.takenByAnotherExecutor");
}
