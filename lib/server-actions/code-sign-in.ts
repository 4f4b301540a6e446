"use server";

// The teacher's sign-in by code (/sign-in/code) posts here, with or without JavaScript, as the
// password form posts to lib/server-actions/sign-in.ts. Two steps: her IIN, answered with the
// masked destination of a six-digit code (the same answer for an IIN without an account); then
// the IIN and a code — that one or the activation code of her first receipt — which, when it
// matches, starts her session as the password form starts one and sends her to /applicant.
import { cookies, headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { acceptTeacherCode, requestOneTimeCode } from "@/lib/auth/sign-in-codes";
import { ONE_TIME_CODE } from "@/lib/auth/sign-in-code-values";
import { logSignedIn, startFormSession } from "@/lib/auth/sign-in-session";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { log } from "@/lib/log/logger";
import { transportsFromEnv } from "@/lib/notifications/transports";
import { clientKeyFrom } from "@/lib/rate-limit/client-key";

export type CodeSignInState =
  | { step: "iin"; message: string | null; iin: string }
  /** `sent`: the words naming where the code went; null when she came with the receipt's code */
  | { step: "code"; message: string | null; iin: string; sent: string | null };

/** A text field as posted, cut to a sane length. */
function field(form: FormData, name: string, max: number): string {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
}

/** An IIN as typed ("7609 0741 0001"): twelve digits, or nothing. */
function iinOf(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, "");
  return /^\d{12}$/.test(digits) ? digits : null;
}

export async function submitCodeSignIn(previous: CodeSignInState | null, posted: FormData): Promise<CodeSignInState> {
  // a crafted request may pass anything as the form: it reads as an empty one
  const form = posted instanceof FormData ? posted : new FormData();
  const { t } = await getTranslator();
  const typedIin = field(form, "iin", 40).trim();
  const isCodeStep = field(form, "step", 10) === "code";
  const fallback: CodeSignInState = isCodeStep ? { step: "code", message: null, iin: typedIin, sent: previous?.step === "code" ? previous.sent : null } : { step: "iin", message: null, iin: typedIin };
  try {
    const clientKey = clientKeyFrom(await headers());
    const now = new Date();
    const iin = iinOf(typedIin);
    if (!iin) return { ...fallback, message: t("teacherSignIn.missingIin") };
    if (!isCodeStep) {
      const answer = await requestOneTimeCode(db(), transportsFromEnv(db()), { iin, clientKey }, now);
      if (answer.kind === "refused") return { step: "iin", message: tooManyAttempts(t, answer.retryAfterSeconds), iin: typedIin };
      return { step: "code", message: null, iin, sent: t("teacherSignIn.sent", { destination: answer.destination, minutes: ONE_TIME_CODE.validSeconds / 60 }) };
    }
    const code = field(form, "code", 40);
    if (!code.trim()) return { ...fallback, iin, message: t("teacherSignIn.missingCode") };
    const outcome = await acceptTeacherCode(db(), { iin, code, clientKey }, now);
    if (outcome.kind === "refused") return { ...fallback, iin, message: tooManyAttempts(t, outcome.retryAfterSeconds) };
    if (outcome.kind === "failed") return { ...fallback, iin, message: t("teacherSignIn.wrongCode") };
    const actor = outcome.value;
    logSignedIn(actor, { client: clientKey, via: "otp", secondFactor: false });
    const session = await startFormSession(db(), actor, now, env().NEXTAUTH_SECRET);
    (await cookies()).set(session.cookie.name, session.value, { ...session.cookie.options, maxAge: session.maxAge });
    redirect("/applicant");
  } catch (error) {
    // redirect() is how the last step ends
    unstable_rethrow(error);
    log.error("auth.sign_in_code.unexpected", { error });
    return { ...fallback, message: t("teacherSignIn.failed") };
  }
}

function tooManyAttempts(t: Translate, retryAfterSeconds: number): string {
  return t("reliability.signIn.tooManyAttempts", { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
}
