// The simple verbs, by name: what a staff member's button sends. Decisions (accept, refuse),
// intake and the hand-over of the result carry more input and have their own entry points.
import type { Actor } from "../domain/permissions";
import type { WorkflowContext } from "../db/context";
import { forwardToProvider } from "./forward-to-provider";
import { registerArrival } from "./register-arrival";
import { sendResultToCorp } from "./send-result-to-corp";
import { takeForReview } from "./take-for-review";
import type { TransitionResult } from "./transition";

export const SIMPLE_ACTIONS = {
  FORWARD_TO_PROVIDER: forwardToProvider,
  REGISTER_ARRIVAL: registerArrival,
  TAKE_FOR_REVIEW: takeForReview,
  SEND_RESULT_TO_CORP: sendResultToCorp,
} as const satisfies Record<
  string,
  (ctx: WorkflowContext, actor: Actor, applicationId: string, expectedVersion?: number) => Promise<TransitionResult>
>;

export type SimpleAction = keyof typeof SIMPLE_ACTIONS;

export function isSimpleAction(action: string): action is SimpleAction {
  // own keys only: "constructor" or "toString" is `in` every object
  return Object.hasOwn(SIMPLE_ACTIONS, action);
}
