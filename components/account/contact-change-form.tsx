"use client";

// One contact's change on the account page: the new phone or e-mail, then the code sent to it.
// Plain forms posting to their server actions, so each step works before (or without) JavaScript.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import type { ContactCodeState, ContactConfirmState } from "@/lib/server-actions/account";

export interface ContactChangeLabels {
  summary: string;
  newContact: string;
  newContactHint: string;
  sendCode: string;
  code: string;
  confirm: string;
}

export function ContactChangeForm({
  kind,
  labels,
  requestAction,
  confirmAction,
}: {
  kind: "phone" | "email";
  labels: ContactChangeLabels;
  requestAction: (state: ContactCodeState, formData: FormData) => Promise<ContactCodeState>;
  confirmAction: (state: ContactConfirmState, formData: FormData) => Promise<ContactConfirmState>;
}) {
  const [sent, request, isSending] = useActionState(requestAction, null);
  const [confirmed, confirm, isConfirming] = useActionState(confirmAction, null);
  const contactId = `new-${kind}`;
  const codeId = `${kind}-code`;
  if (confirmed?.ok) return <p role="status" className="text-emerald-700">{confirmed.data.message}</p>;
  const isCodeStep = sent?.ok === true;
  return (
    <details className="rounded border border-slate-200 p-3" open={sent !== null || undefined}>
      <summary className="cursor-pointer font-medium text-brand-700">{labels.summary}</summary>
      <form action={request} className="mt-3 space-y-3">
        {sent && !sent.ok && <ErrorSummary title={sent.message} items={sent.fieldErrors[kind] ? [{ fieldId: contactId, label: labels.newContact, message: sent.fieldErrors[kind] }] : []} revision={sent} headingLevel={3} />}
        <input type="hidden" name="kind" value={kind} />
        <Field id={contactId} label={labels.newContact} hint={labels.newContactHint} error={sent && !sent.ok ? sent.fieldErrors[kind] : undefined} size="lg">
          {(control) =>
            kind === "phone" ? (
              <input {...control} name="phone" type="tel" inputMode="tel" autoComplete="tel" required />
            ) : (
              <input {...control} name="email" type="email" autoComplete="email" required />
            )
          }
        </Field>
        <Button type="submit" variant={isCodeStep ? "secondary" : "primary"} disabled={isSending}>{labels.sendCode}</Button>
      </form>
      {isCodeStep && (
        <form action={confirm} className="mt-4 space-y-3 border-t border-slate-100 pt-3">
          <p role="status" className="text-sm text-slate-700">{sent.data.message}</p>
          {confirmed && !confirmed.ok && <ErrorSummary title={confirmed.message} items={confirmed.fieldErrors.code ? [{ fieldId: codeId, label: labels.code, message: confirmed.fieldErrors.code }] : []} revision={confirmed} headingLevel={3} />}
          <Field id={codeId} label={labels.code} error={confirmed && !confirmed.ok ? confirmed.fieldErrors.code : undefined} size="lg">
            {(control) => <input {...control} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={8} required />}
          </Field>
          <Button type="submit" disabled={isConfirming}>{labels.confirm}</Button>
        </form>
      )}
    </details>
  );
}
