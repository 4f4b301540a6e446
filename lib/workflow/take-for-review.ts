// Par. 8: a responsible executor takes the package; two executors pressing at once: one wins.
import type { Actor } from "../domain/permissions";
import type { WorkflowContext } from "../db/context";
import { applyTransition } from "./transition";

export function takeForReview(ctx: WorkflowContext, actor: Actor, applicationId: string, expectedVersion?: number) {
  return applyTransition(ctx, actor, { applicationId, action: "TAKE_FOR_REVIEW", expectedVersion }, {
    changes: (_application, at) => ({ takenAt: at, assignedExecutorId: actor.userId }),
  });
}
