// Standard par. 10: a reasoned refusal names its grounds and, for an incomplete package,
// the missing documents.
import { z } from "zod";
import { AppError } from "../errors";
import { findRefusalProblem, type RefusalProblem } from "../domain/completeness";
import type { Actor } from "../domain/permissions";
import type { MessageKey } from "../i18n/translate";
import type { WorkflowContext } from "../db/context";
import { assertAssignedExecutor, checkMarksSchema } from "./completeness-input";
import { rulesOf } from "../regulation/in-force";
import { applyTransition } from "./transition";

const refusalSchema = z.object({
  marks: checkMarksSchema,
  groundCodes: z.array(z.string().max(60)).max(20),
  missingCodes: z.array(z.string().max(60)).max(40),
  note: z.string().trim().max(2000).optional(),
});

const PROBLEM_MESSAGES: Record<RefusalProblem, MessageKey> = {
  NO_GROUND: "errors.refusalNeedsGround",
  UNKNOWN_GROUND: "errors.unknownRefusalGround",
  MISSING_ITEMS_REQUIRED: "errors.incompleteNeedsMissingItems",
  UNKNOWN_DOCUMENT: "errors.unknownDocument",
  MISSING_ITEM_IS_PRESENT: "errors.missingItemMarkedPresent",
};

export async function refuseDocuments(
  ctx: WorkflowContext,
  actor: Actor,
  input: { applicationId: string; expectedVersion?: number } & z.input<typeof refusalSchema>,
) {
  const parsed = refusalSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "errors.invalidInput");
  const { marks, groundCodes, missingCodes, note } = parsed.data;
  return applyTransition(
    ctx,
    actor,
    { applicationId: input.applicationId, action: "REFUSE_DOCUMENTS", expectedVersion: input.expectedVersion, reason: groundCodes.join(",") },
    {
      validate: async (application) => {
        assertAssignedExecutor(application, actor);
        const problem = findRefusalProblem(await rulesOf(ctx.db, application), groundCodes, missingCodes, marks);
        if (problem) throw new AppError("INVALID_INPUT", PROBLEM_MESSAGES[problem], { codes: missingCodes.join(", ") });
      },
      changes: (_application, at) => ({
        decidedAt: at,
        documents: marks,
        refusalGroundCodes: [...new Set(groundCodes)],
        missingDocumentCodes: [...new Set(missingCodes)],
        decisionNote: note ?? null,
      }),
    },
  );
}
