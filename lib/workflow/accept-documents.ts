// Par. 8: the executor finds the package complete; the result is the receipt of acceptance.
import { AppError } from "../errors";
import { evaluateCheck } from "../domain/completeness";
import type { Actor } from "../domain/permissions";
import type { WorkflowContext } from "../db/context";
import { assertAssignedExecutor, checkMarksSchema } from "./completeness-input";
import { rulesOf } from "../regulation/in-force";
import { applyTransition } from "./transition";

export async function acceptDocuments(
  ctx: WorkflowContext,
  actor: Actor,
  input: { applicationId: string; marks: unknown; expectedVersion?: number },
) {
  const marks = checkMarksSchema.safeParse(input.marks);
  if (!marks.success) throw new AppError("INVALID_INPUT", "errors.invalidInput");
  return applyTransition(ctx, actor, { applicationId: input.applicationId, action: "ACCEPT_DOCUMENTS", expectedVersion: input.expectedVersion }, {
    validate: async (application) => {
      assertAssignedExecutor(application, actor);
      const outcome = evaluateCheck(await rulesOf(ctx.db, application), Boolean(application.categoryHeld), marks.data);
      if (!outcome.isComplete) throw new AppError("INVALID_INPUT", "errors.cannotAcceptIncomplete", { count: outcome.missingCodes.length });
    },
    changes: (_application, at) => ({ decidedAt: at, documents: marks.data, refusalGroundCodes: [], missingDocumentCodes: [] }),
  });
}
