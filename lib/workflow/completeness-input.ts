import { z } from "zod";
import { AppError } from "../errors";
import { regulationRulesSchema, type RegulationRules } from "../domain/regulation-version";
import type { Actor } from "../domain/permissions";
import type { WorkflowContext } from "./context";
import { DOCUMENT_MARKS } from "./intake-schema";
import type { LoadedApplication } from "./transition";

export const checkMarksSchema = z.record(z.string().max(60), z.enum(DOCUMENT_MARKS));

export async function rulesOf(ctx: WorkflowContext, application: LoadedApplication): Promise<RegulationRules> {
  const version = await ctx.db.regulationVersion.findUniqueOrThrow({
    where: { id: application.regulationVersionId },
    select: { rules: true },
  });
  return regulationRulesSchema.parse(version.rules);
}

/** Only the executor who took the package decides on it. */
export function assertAssignedExecutor(application: LoadedApplication, actor: Actor) {
  if (application.assignedExecutorId !== actor.userId) throw new AppError("CONFLICT", "errors.takenByAnotherExecutor");
}
