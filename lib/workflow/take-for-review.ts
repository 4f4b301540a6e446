// Par. 8 (the office: the responsible executor) and par. 10 (the State Corporation route: the office
// clerk, as the version's completenessCheckedBy says) take the package for the check; two pressing at once: one wins.
import type { Actor } from "../domain/permissions";
import type { WorkflowContext } from "../db/context";
import { applyTransition } from "./transition";

export function takeForReview(ctx: WorkflowContext, actor: Actor, applicationId: string, expectedVersion?: number) {
  return applyTransition(ctx, actor, { applicationId, action: "TAKE_FOR_REVIEW", expectedVersion }, {
    changes: (_application, at) => ({ takenAt: at, assignedExecutorId: actor.userId }),
  });
}
