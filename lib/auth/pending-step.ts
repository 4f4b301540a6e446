// What a signed-in account must do before anything else, and where it does it: the one rule that
// every workspace page, server action and route handler obeys (lib/auth/session.ts applies it).
// Steps come in order and the first one pending wins: a password someone else chose (the first
// administrator's one-time password) is replaced first; a second factor, where one is required,
// is enrolled after that.
import type { MessageKey } from "../i18n/translate";

export const PENDING_STEPS = ["change-password"] as const;
export type PendingStep = (typeof PENDING_STEPS)[number];

/** What the live session read of the account (lib/auth/user-sessions.ts), as far as the steps need it. */
export interface AccountStanding {
  mustChangePassword: boolean;
}

export function pendingStepOf(account: AccountStanding): PendingStep | null {
  if (account.mustChangePassword) return "change-password";
  return null;
}

/** The page where each step is done: the only page its account may open until then. */
export const PENDING_STEP_PAGES: Record<PendingStep, string> = {
  "change-password": "/account/password",
};

/** What an action or a route handler answers (403) while the step is pending. */
export const PENDING_STEP_REFUSALS: Record<PendingStep, MessageKey> = {
  "change-password": "passwordChange.required",
};
