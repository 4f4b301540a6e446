// A signed-in user changes their own password: always possible, and the first thing an account
// with a one-time password must do (lib/auth/pending-step.ts). The current password is asked
// again, so a session left open is not enough to take the account over.
import { z } from "zod";
import type { Db } from "../db/client";
import type { Actor } from "../domain/permissions";
import { AppError } from "../errors";
import { parseOrRefuse } from "../zod-issues";
import { hashPassword, verifyPassword } from "./password";
import { recordActorEvent } from "../audit/actor-event";

export const MIN_PASSWORD_LENGTH = 10;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "errors.fieldRequired").max(256, "errors.fieldTooLong"),
    newPassword: z.string().min(MIN_PASSWORD_LENGTH, "passwordChange.errors.tooShort").max(256, "errors.fieldTooLong"),
    confirmPassword: z.string().max(256, "errors.fieldTooLong"),
  })
  .refine((form) => form.confirmPassword === form.newPassword, { path: ["confirmPassword"], message: "passwordChange.errors.mismatch" })
  .refine((form) => form.newPassword !== form.currentPassword, { path: ["newPassword"], message: "passwordChange.errors.sameAsCurrent" });

export const PASSWORD_CHANGE_ACTION = "ACCOUNT_CHANGE_PASSWORD";

/**
 * Sets the new password and clears "must change" in one transaction with its audit event (which
 * never holds a password), and ends the account's other sessions: whoever knew the old password
 * and signed in with it elsewhere is signed out. The session that made the change stays.
 */
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  currentSessionId: string,
  input: z.input<typeof changePasswordSchema>,
  now = new Date(),
): Promise<void> {
  const form = parseOrRefuse(changePasswordSchema, input);
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true, mustChangePassword: true, isActive: true } });
  if (!user?.isActive) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
  if (!(await verifyPassword(user.passwordHash, form.currentPassword))) {
    throw new AppError("INVALID_INPUT", "passwordChange.errors.currentWrong", {}, { currentPassword: "passwordChange.errors.currentWrong" });
  }
  const passwordHash = await hashPassword(form.newPassword);
  await db.$transaction(async (tx) => {
    // compare-and-set on the hash just checked: of two changes at once, one wins
    const { count } = await tx.user.updateMany({
      where: { id: actor.userId, passwordHash: user.passwordHash },
      data: { passwordHash, mustChangePassword: false },
    });
    if (count !== 1) throw new AppError("CONFLICT", "passwordChange.errors.changedMeanwhile");
    await recordActorEvent(tx, actor, PASSWORD_CHANGE_ACTION, { userId: actor.userId, wasOneTimePassword: user.mustChangePassword }, now);
    await tx.userSession.updateMany({
      where: { userId: actor.userId, id: { not: currentSessionId }, endedAt: null, expiresAt: { gt: now } },
      data: { endedAt: now, endedReason: "ACCOUNT_CHANGED" },
    });
  });
}
