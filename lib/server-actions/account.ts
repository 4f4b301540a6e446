"use server";

// The signed-in user's own account (/account): changing their password — the way through the
// "change your password" step (lib/auth/pending-step.ts), so an account with a one-time password
// may call it while every other action refuses that account —, a teacher's contacts, and
// signing out everywhere.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { confirmContactChange, requestContactChange, type ContactKind } from "@/lib/account/change-contact";
import { signOutEverywhere } from "@/lib/account/sign-out-everywhere";
import { ONE_TIME_CODE } from "@/lib/auth/sign-in-code-values";
import { currentSessionCookie } from "@/lib/auth/sign-in-session";
import { transportsFromEnv } from "@/lib/notifications/transports";
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

/** "Sign out everywhere": every session of the account ends, this one too; the browser lands on sign-in. */
export const signOutEverywhereAction = defineFormAction({
  // the form's own confirmation: a request without it (a crafted one, junk) ends nothing
  input: z.object({ confirm: z.literal("everywhere", { error: "errors.invalidInput" }) }),
  run: async (_form, { actor }): Promise<{ message: string }> => {
    await signOutEverywhere(db(), actor, new Date());
    // this browser's token names a session that just ended: drop the cookie too
    (await cookies()).delete(currentSessionCookie().name);
    redirect(actor.role === "APPLICANT" ? "/sign-in/code?signedOut=everywhere" : "/sign-in?signedOut=everywhere");
  },
});

export type ContactCodeState = ActionResult<{ kind: ContactKind; message: string }> | null;
export type ContactConfirmState = ActionResult<{ message: string }> | null;

/** My contacts, first step: a code to the new phone or e-mail. */
export const requestContactCodeAction = defineFormAction({
  input: z.object({ kind: field, phone: field, email: field }),
  permission: "account.contacts",
  run: async (form, { actor, t }): Promise<{ kind: ContactKind; message: string }> => {
    const sent = await requestContactChange(db(), transportsFromEnv(db()), actor, { ...form, kind: form.kind as ContactKind }, new Date());
    return { kind: sent.kind, message: t("myAccount.contacts.sent", { destination: sent.destination, minutes: ONE_TIME_CODE.validSeconds / 60 }) };
  },
});

/** My contacts, second step: the code typed back changes the contact. */
export const confirmContactChangeAction = defineFormAction({
  input: z.object({ code: field }),
  permission: "account.contacts",
  revalidate: "/account",
  run: async (form, { actor, t }) => {
    const changed = await confirmContactChange(db(), transportsFromEnv(db()), actor, form, new Date());
    return { message: t(changed.kind === "phone" ? "myAccount.contacts.phoneChanged" : "myAccount.contacts.emailChanged", { contact: changed.contact }) };
  },
});
