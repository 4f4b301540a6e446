"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import type { SecondFactorFormState } from "@/lib/server-actions/second-factor";

interface Props {
  action: (state: SecondFactorFormState, formData: FormData) => Promise<SecondFactorFormState>;
  /** already on (and not just now): nothing to confirm */
  isEnabled: boolean;
  labels: { code: string; hint?: string; submit: string; confirmed: string; recoveryTitle: string; recoveryLead: string };
}

/**
 * The code that confirms the secret shown above it; works without JavaScript (a POST to the
 * action). Its answer carries the recovery codes, shown here once.
 */
export function SecondFactorForm({ action, isEnabled, labels }: Props) {
  const [state, formAction, isPending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <section aria-labelledby="recovery-codes-title" className="space-y-3 rounded-md border border-green-300 bg-green-50 p-4 text-green-900">
        <p role="status">{labels.confirmed}</p>
        <h2 id="recovery-codes-title" className="font-semibold">
          {labels.recoveryTitle}
        </h2>
        <p>{labels.recoveryLead}</p>
        <ul className="grid grid-cols-2 gap-1 font-mono" data-testid="recovery-codes">
          {state.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </section>
    );
  }
  if (isEnabled) return null;
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
