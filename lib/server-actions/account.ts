"use server";

// The signed-in user's own account: changing their password. It is the way through the
// "change your password" step (lib/auth/pending-step.ts), so an account with a one-time password
// may call it while every other action refuses that account.
import { z } from "zod";
import { defineFormAction, type ActionResult } from "@/lib/actions/define-action";
import { changeOwnPassword } from "@/lib/auth/change-password";
import { currentSession } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";

export type PasswordChangeState = ActionResult<{ message: string }> | null;

/** The form's fields as text; an absent one reads as empty, which the schema refuses. */
const field = z.string().max(100_000).default("");

export const changePasswordAction = defineFormAction({
  input: z.object({ currentPassword: field, newPassword: field, confirmPassword: field }),
  completes: "change-password",
  revalidate: "/",
  run: async (form, { actor, t }) => {
    const session = await currentSession();
    if (!session) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
    await changeOwnPassword(db(), actor, session.sessionId, form, new Date());
    return { message: t("passwordChange.changed") };
  },
});
