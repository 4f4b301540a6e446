"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, type FieldSize } from "@/components/ui/field";
import type { ComplaintFormState } from "@/lib/server-actions/complaints";

export interface ComplaintFormLabels {
  text: string;
  hint: string;
  submit: string;
  submitting: string;
}

/**
 * A complaint's or an answer's text, posted to its server action: a plain form, so it works
 * without JavaScript. `subject` names the hidden field (the package or the complaint).
 */
export function ComplaintTextForm({
  action,
  subject,
  labels,
  maxLength,
  id,
  size = "md",
}: {
  action: (state: ComplaintFormState, formData: FormData) => Promise<ComplaintFormState>;
  subject: { name: "applicationId" | "complaintId"; value: string };
  labels: ComplaintFormLabels;
  maxLength: number;
  /** unique on the page: one form per package or complaint */
  id: string;
  /** the teacher's pages are large */
  size?: FieldSize;
}) {
  const [state, formAction, isPending] = useActionState(action, null);
  if (state?.ok) return <p role="status" className="rounded border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-800">{state.data.message}</p>;
  const error = state && !state.ok ? state.fieldErrors.text : undefined;
  return (
    <form action={formAction} className="space-y-3">
      {state && !state.ok && <ErrorSummary title={state.message} items={error ? [{ fieldId: id, label: labels.text, message: error }] : []} revision={state} />}
      <input type="hidden" name={subject.name} value={subject.value} />
      <Field id={id} label={labels.text} hint={labels.hint} error={error} size={size}>
        {(control) => <textarea {...control} name="text" rows={5} maxLength={maxLength} required />}
      </Field>
      <Button type="submit" size={size === "lg" ? "lg" : "md"} disabled={isPending}>
        {isPending ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
