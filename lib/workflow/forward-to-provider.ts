// Par. 9: the State Corporation operator sends the registered package to the provider's office.
import type { Actor } from "../domain/permissions";
import type { WorkflowContext } from "../db/context";
import { applyTransition } from "./transition";

export function forwardToProvider(ctx: WorkflowContext, actor: Actor, applicationId: string, expectedVersion?: number) {
  return applyTransition(ctx, actor, { applicationId, action: "FORWARD_TO_PROVIDER", expectedVersion }, {
    changes: (_application, at) => ({ forwardedAt: at }),
  });
}
