import { regulationRulesSchema, type RegulationRules } from "../domain/regulation-version";
import type { WorkflowContext } from "./context";

// Rules of a published version never change in place, so parsing them once per version is safe.
const parsed = new Map<string, RegulationRules>();

/** The rules of the regulation version an application was received under. */
export async function rulesOf(ctx: WorkflowContext, application: { regulationVersionId: string }): Promise<RegulationRules> {
  const cached = parsed.get(application.regulationVersionId);
  if (cached) return cached;
  const version = await ctx.db.regulationVersion.findUniqueOrThrow({
    where: { id: application.regulationVersionId },
    select: { rules: true, status: true },
  });
  const rules = regulationRulesSchema.parse(version.rules);
  if (version.status === "PUBLISHED") parsed.set(application.regulationVersionId, rules);
  return rules;
}
