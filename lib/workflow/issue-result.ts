// The applicant receives the result: at the provider's office, or at the State Corporation.
import type { Actor } from "../domain/permissions";
import type { WorkflowContext } from "../db/context";
import { applyTransition } from "./transition";

export function issueResult(ctx: WorkflowContext, actor: Actor, applicationId: string, expectedVersion?: number) {
  return applyTransition(ctx, actor, { applicationId, action: "ISSUE_RESULT", expectedVersion }, {
    changes: (_application, at) => ({ issuedAt: at }),
  });
}
