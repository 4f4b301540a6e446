// What a signed-in account must do before anything else, and where it does it: the one rule that
// every workspace page, server action and route handler obeys (lib/auth/session.ts applies it).
// Steps come in order and the first one pending wins: a password someone else chose (the first
// administrator's one-time password) is replaced first; a second factor, where one is required,
// is enrolled after that.
import type { MessageKey } from "../i18n/translate";
import { SECOND_FACTOR_PATH } from "./second-factor-policy";

export const PENDING_STEPS = ["change-password", "enrol-second-factor"] as const;
export type PendingStep = (typeof PENDING_STEPS)[number];

/** What the live session read of the account (lib/auth/user-sessions.ts), as far as the steps need it. */
export interface AccountStanding {
  mustChangePassword: boolean;
}

/** The standing, with what the session adds: whether the account must enrol a second factor (mustEnrolSecondFactor). */
export interface PendingStepFacts extends AccountStanding {
  mustEnrolSecondFactor?: boolean;
}

export function pendingStepOf(account: PendingStepFacts): PendingStep | null {
  if (account.mustChangePassword) return "change-password";
  if (account.mustEnrolSecondFactor) return "enrol-second-factor";
  return null;
}

/** The page where each step is done: the only page its account may open until then. */
export const PENDING_STEP_PAGES: Record<PendingStep, string> = {
  "change-password": "/account/password",
  "enrol-second-factor": SECOND_FACTOR_PATH,
};

/** What an action or a route handler answers (403) while the step is pending. */
export const PENDING_STEP_REFUSALS: Record<PendingStep, MessageKey> = {
  "change-password": "passwordChange.required",
  "enrol-second-factor": "accountSecurity.secondFactor.required",
};
