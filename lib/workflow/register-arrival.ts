// Par. 10: the provider's office registers a package that arrived from the State Corporation.
import type { Actor } from "../domain/permissions";
import type { WorkflowContext } from "../db/context";
import { applyTransition } from "./transition";

export function registerArrival(ctx: WorkflowContext, actor: Actor, applicationId: string, expectedVersion?: number) {
  return applyTransition(ctx, actor, { applicationId, action: "REGISTER_ARRIVAL", expectedVersion }, {
    changes: (_application, at) => ({ registeredAt: at }),
  });
}
