"use server";

// The sign-in form posts here, with or without JavaScript (a real POST: before this, a form
// submitted before the page's script ran sent `GET /sign-in?login=…&password=…`, issue 14,
// finding 9). Steps: login and password; the TOTP code for an account with a second factor; a
// notice of failed sign-ins from elsewhere, if there were any. The last step sets next-auth's
// session cookie (lib/auth/sign-in-session.ts) and sends the browser on, to a path of the portal.
import { cookies, headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { activeActorById, normalizeLogin } from "@/lib/auth/authenticate";
import { readPendingSignIn, signPendingSignIn, type PendingSignIn } from "@/lib/auth/pending-sign-in";
import { safeReturnPath } from "@/lib/auth/return-path";
import { logSignedIn, startFormSession } from "@/lib/auth/sign-in-session";
import { codeWithinLimits, passwordWithinLimits, takeFailureNotice } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/domain/permissions";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { log } from "@/lib/log/logger";
import { clientKeyFrom } from "@/lib/rate-limit/client-key";

export type SignInFormState =
  | { step: "password"; message: string | null; login: string }
  | { step: "code"; message: string | null; pending: string }
  | { step: "notice"; title: string; body: string; pending: string };

/** A text field as posted, cut to a sane length (a 1 MB "password" is not checked, just refused). */
function field(form: FormData, name: string, max: number): string {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
}

interface Step {
  form: FormData;
  t: Translate;
  clientKey: string;
  now: Date;
  secret: string;
  next: string;
}

export async function submitSignIn(_previous: SignInFormState | null, posted: FormData): Promise<SignInFormState> {
  // a crafted request may pass anything as the form: it reads as an empty one
  const form = posted instanceof FormData ? posted : new FormData();
  const { t } = await getTranslator();
  const login = field(form, "login", 300).trim();
  try {
    const step: Step = {
      form,
      t,
      clientKey: clientKeyFrom(await headers()),
      now: new Date(),
      secret: env().NEXTAUTH_SECRET,
      next: safeReturnPath(field(form, "callbackUrl", 2_000) || undefined),
    };
    const pendingToken = field(form, "pending", 1_000);
    if (!pendingToken) return await passwordStep(step, login);
    const pending = readPendingSignIn(pendingToken, step.clientKey, step.now, step.secret);
    if (!pending) return { step: "password", message: t("accountSecurity.signIn.codeExpired"), login: "" };
    return pending.stage === "code" ? await codeStep(step, pending, pendingToken) : await finish(step, pending);
  } catch (error) {
    // redirect() is how the last step ends
    unstable_rethrow(error);
    log.error("auth.sign_in.unexpected", { error });
    return { step: "password", message: t("accountSecurity.signIn.failed"), login };
  }
}

async function passwordStep(step: Step, login: string): Promise<SignInFormState> {
  const { t } = step;
  const password = field(step.form, "password", 1_000);
  if (!login || !password) return { step: "password", message: t("signIn.missingFields"), login };
  const outcome = await passwordWithinLimits(db(), { login, password }, step.clientKey, step.now);
  if (outcome.kind === "refused") return { step: "password", message: tooManyAttempts(t, outcome.retryAfterSeconds), login };
  if (outcome.kind === "failed") return { step: "password", message: t("signIn.invalidCredentials"), login };
  const { actor, needsCode } = outcome.value;
  const base = { userId: actor.userId, login: normalizeLogin(login), clientKey: step.clientKey };
  if (needsCode) return { step: "code", message: null, pending: signPendingSignIn({ ...base, stage: "code" }, step.now, step.secret) };
  return signedIn(step, actor, base, false);
}

async function codeStep(step: Step, pending: PendingSignIn, pendingToken: string): Promise<SignInFormState> {
  const { t } = step;
  const code = field(step.form, "code", 20);
  if (!code.trim()) return { step: "code", message: t("accountSecurity.signIn.codeWrong"), pending: pendingToken };
  const outcome = await codeWithinLimits(db(), { login: pending.login, userId: pending.userId, code }, step.clientKey, step.now);
  if (outcome.kind === "refused") return { step: "code", message: tooManyAttempts(t, outcome.retryAfterSeconds), pending: pendingToken };
  if (outcome.kind === "failed") return { step: "code", message: t("accountSecurity.signIn.codeWrong"), pending: pendingToken };
  const actor = await activeActorById(db(), pending.userId);
  if (!actor) return { step: "password", message: t("signIn.invalidCredentials"), login: "" };
  return signedIn(step, actor, pending, true);
}

/** Both factors passed: tell the owner what failed from elsewhere first, if anything did; else in. */
async function signedIn(step: Step, actor: Actor, who: Omit<PendingSignIn, "stage" | "expiresAt">, secondFactor: boolean): Promise<SignInFormState> {
  logSignedIn(actor, { client: step.clientKey, via: "form", secondFactor });
  const notice = await takeFailureNotice(db(), actor.userId, step.clientKey);
  if (!notice) return finish(step, { ...who, stage: "notice", expiresAt: step.now });
  const { locale, t } = await getTranslator();
  return {
    step: "notice",
    title: t("accountSecurity.notice.title"),
    body: t("accountSecurity.notice.body", { count: notice.count, time: formatDateTime(notice.lastAt, locale) }),
    pending: signPendingSignIn({ ...who, stage: "notice" }, step.now, step.secret),
  };
}

/** The session starts: next-auth's cookie, set here, and on to a path of the portal. */
async function finish(step: Step, who: PendingSignIn): Promise<never> {
  const actor = await activeActorById(db(), who.userId);
  if (!actor) redirect("/sign-in");
  const session = await startFormSession(db(), actor, step.now, step.secret);
  (await cookies()).set(session.cookie.name, session.value, { ...session.cookie.options, maxAge: session.maxAge });
  redirect(step.next);
}

function tooManyAttempts(t: Translate, retryAfterSeconds: number): string {
  return t("reliability.signIn.tooManyAttempts", { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
}
