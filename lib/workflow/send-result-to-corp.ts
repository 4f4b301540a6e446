// Par. 10: the provider's office delivers the ready result back to the State Corporation,
// no later than one day before the service term ends.
import type { Actor } from "../domain/permissions";
import type { WorkflowContext } from "../db/context";
import { applyTransition } from "./transition";

export function sendResultToCorp(ctx: WorkflowContext, actor: Actor, applicationId: string, expectedVersion?: number) {
  return applyTransition(ctx, actor, { applicationId, action: "SEND_RESULT_TO_CORP", expectedVersion }, {
    changes: (_application, at) => ({ resultSentAt: at }),
  });
}
