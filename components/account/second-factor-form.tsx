"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import type { SecondFactorFormState } from "@/lib/server-actions/second-factor";

interface Props {
  action: (state: SecondFactorFormState, formData: FormData) => Promise<SecondFactorFormState>;
  labels: { code: string; hint: string; submit: string; confirmed: string };
}

/** The code that confirms the secret shown above it; works without JavaScript (a POST to the action). */
export function SecondFactorForm({ action, labels }: Props) {
  const [state, formAction, isPending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 p-4 text-green-900">
        {labels.confirmed}
      </p>
    );
  }
  const refusal = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="space-y-4">
      {refusal && <ErrorSummary title={refusal.message} revision={refusal} />}
      <Field id="code" label={labels.code} hint={labels.hint} error={refusal?.fieldErrors.code}>
        {(control) => <input {...control} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={8} required />}
      </Field>
      <Button type="submit" disabled={isPending}>
        {labels.submit}
      </Button>
    </form>
  );
}
