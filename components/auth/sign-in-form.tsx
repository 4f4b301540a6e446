"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { submitSignIn, type SignInFormState } from "@/lib/server-actions/sign-in";

export interface SignInLabels {
  login: string;
  password: string;
  submit: string;
  submitting: string;
  codeTitle: string;
  codeLabel: string;
  codeHint: string;
  codeSubmit: string;
  continue: string;
}

/**
 * A form whose action is a server action (lib/server-actions/sign-in.ts), which React renders as a
 * POST form: it works before the page's script has loaded, or without it, and the password never
 * goes into a URL. The server answers each step with the next (the code, a notice) or sends the
 * browser on.
 */
export function SignInForm({ labels, callbackUrl, initialMessage }: { labels: SignInLabels; callbackUrl?: string; initialMessage?: string }) {
  const [state, formAction, isPending] = useActionState<SignInFormState | null, FormData>(submitSignIn, null);
  const message = state && state.step !== "notice" ? state.message : (initialMessage ?? null);
  const step = state?.step ?? "password";

  return (
    <form action={formAction} noValidate className="space-y-4">
      {/* a new object per answer: the summary takes the focus again even when the text repeats */}
      {message && <ErrorSummary title={message} revision={state ?? message} />}
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      {state?.step === "code" || state?.step === "notice" ? <input type="hidden" name="pending" value={state.pending} /> : null}
      {step === "password" && (
        <>
          <Field id="login" label={labels.login}>
            {(control) => <input {...control} name="login" autoComplete="username" required defaultValue={state?.step === "password" ? state.login : ""} />}
          </Field>
          <Field id="password" label={labels.password}>
            {(control) => <input {...control} name="password" type="password" autoComplete="current-password" required />}
          </Field>
          <Button type="submit" size="lg" disabled={isPending} className="w-full">
            {isPending ? labels.submitting : labels.submit}
          </Button>
        </>
      )}
      {step === "code" && (
        <>
          <h2 className="text-lg font-semibold">{labels.codeTitle}</h2>
          <Field id="code" label={labels.codeLabel} hint={labels.codeHint}>
            {(control) => <input {...control} name="code" autoComplete="one-time-code" maxLength={11} required autoFocus />}
          </Field>
          <Button type="submit" size="lg" disabled={isPending} className="w-full">
            {isPending ? labels.submitting : labels.codeSubmit}
          </Button>
        </>
      )}
      {state?.step === "notice" && (
        <>
          <div role="alert" aria-labelledby="sign-in-notice-title" className="rounded-md border border-amber-300 bg-amber-50 p-4">
            <h2 id="sign-in-notice-title" className="font-semibold text-amber-900">
              {state.title}
            </h2>
            <p className="mt-1 text-sm text-amber-900">{state.body}</p>
          </div>
          <Button type="submit" size="lg" disabled={isPending} className="w-full">
            {labels.continue}
          </Button>
        </>
      )}
    </form>
  );
}
