"use client";

import { useActionState } from "react";
import { Button, ButtonAnchor } from "@/components/ui/button";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import type { PasswordChangeState } from "@/lib/server-actions/account";

export interface ChangePasswordLabels {
  currentPassword: string;
  newPassword: string;
  newPasswordHint: string;
  confirmPassword: string;
  submit: string;
  submitting: string;
  continue: string;
}

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

/** The password change: a plain form posting to its server action, so it works before (or without) JavaScript. */
export function ChangePasswordForm({
  action,
  labels,
  minLength,
}: {
  action: (state: PasswordChangeState, formData: FormData) => Promise<PasswordChangeState>;
  labels: ChangePasswordLabels;
  minLength: number;
}) {
  const [state, formAction, isPending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <p role="status" className="text-emerald-700">{state.data.message}</p>
        <ButtonAnchor href="/workspace" size="lg">{labels.continue}</ButtonAnchor>
      </div>
    );
  }
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  const items: ErrorSummaryItem[] = FIELDS.filter((name) => fieldErrors[name]).map((name) => ({ fieldId: name, label: labels[name], message: fieldErrors[name]! }));
  return (
    <form action={formAction} className="space-y-4">
      {state && !state.ok && <ErrorSummary title={state.message} items={items} revision={state} />}
      <Field id="currentPassword" label={labels.currentPassword} error={fieldErrors.currentPassword} size="lg">
        {(control) => <input {...control} name="currentPassword" type="password" autoComplete="current-password" required />}
      </Field>
      <Field id="newPassword" label={labels.newPassword} hint={labels.newPasswordHint} error={fieldErrors.newPassword} size="lg">
        {(control) => <input {...control} name="newPassword" type="password" autoComplete="new-password" minLength={minLength} required />}
      </Field>
      <Field id="confirmPassword" label={labels.confirmPassword} error={fieldErrors.confirmPassword} size="lg">
        {(control) => <input {...control} name="confirmPassword" type="password" autoComplete="new-password" required />}
      </Field>
      <Button type="submit" size="lg" disabled={isPending} className="w-full">
        {isPending ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
