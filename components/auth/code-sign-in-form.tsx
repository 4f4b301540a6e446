"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { submitCodeSignIn, type CodeSignInState } from "@/lib/server-actions/code-sign-in";

export interface CodeSignInLabels {
  iin: string;
  request: string;
  requesting: string;
  haveCode: string;
  sentTitle: string;
  activationLead: string;
  code: string;
  codeHint: string;
  submit: string;
  submitting: string;
  again: string;
}

/**
 * The teacher's sign-in by code: a form whose action is a server action
 * (lib/server-actions/code-sign-in.ts), so it posts and works before the page's script has loaded,
 * or without it. Step one asks for the IIN, step two for the code; the receipt's activation code
 * goes straight to step two (`withReceiptCode`), where the IIN is asked along with it.
 */
export function CodeSignInForm({ labels, withReceiptCode, initialMessage }: { labels: CodeSignInLabels; withReceiptCode: boolean; initialMessage?: string }) {
  const message = initialMessage ?? null;
  const initial: CodeSignInState = withReceiptCode ? { step: "code", message, iin: "", sent: null } : { step: "iin", message, iin: "" };
  const [state, formAction, isPending] = useActionState<CodeSignInState, FormData>(submitCodeSignIn, initial);

  return (
    <form action={formAction} noValidate className="space-y-4">
      {/* a new object per answer: the summary takes the focus again even when the text repeats */}
      {state.message && <ErrorSummary title={state.message} revision={state} />}
      {state.step === "iin" && (
        <>
          <Field id="iin" label={labels.iin} size="lg">
            {(control) => <input {...control} name="iin" inputMode="numeric" autoComplete="username" maxLength={14} required defaultValue={state.iin} />}
          </Field>
          <Button type="submit" size="lg" disabled={isPending} className="w-full">
            {isPending ? labels.requesting : labels.request}
          </Button>
          <p className="text-center">
            <Link href="/sign-in/code?with=receipt" className="underline">
              {labels.haveCode}
            </Link>
          </p>
        </>
      )}
      {state.step === "code" && (
        <>
          <input type="hidden" name="step" value="code" />
          <h2 className="text-lg font-semibold">{labels.sentTitle}</h2>
          {state.sent ? (
            <>
              <p role="status" className="rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sky-950">
                {state.sent}
              </p>
              <input type="hidden" name="iin" value={state.iin} />
            </>
          ) : (
            <>
              <p className="text-slate-700">{labels.activationLead}</p>
              <Field id="iin" label={labels.iin} size="lg">
                {(control) => <input {...control} name="iin" inputMode="numeric" autoComplete="username" maxLength={14} required defaultValue={state.iin} />}
              </Field>
            </>
          )}
          <Field id="code" label={labels.code} hint={labels.codeHint} size="lg">
            {(control) => <input {...control} name="code" autoComplete="one-time-code" autoCapitalize="characters" maxLength={11} required autoFocus={Boolean(state.sent)} />}
          </Field>
          <Button type="submit" size="lg" disabled={isPending} className="w-full">
            {isPending ? labels.submitting : labels.submit}
          </Button>
          <p className="text-center">
            <a href="/sign-in/code" className="underline">
              {labels.again}
            </a>
          </p>
        </>
      )}
    </form>
  );
}
