"use client";

// The hand-over of a result (issue 15, item 9): who receives it and the identity check, in one
// form. Submitted by hand rather than through `action`: React resets a form after an action runs,
// and a refused hand-over must keep what the clerk typed.
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { Field, errorIdOf } from "@/components/ui/field";
import { RESULT_RECIPIENTS, type ResultRecipient } from "@/lib/domain/result-handover";
import type { MessageKey } from "@/lib/i18n/translate";
import { issueResultAction, type IssueResultActionState } from "@/lib/server-actions/staff";

const FIELD_LABELS: Record<string, MessageKey> = {
  recipient: "resultHandover.form.recipient",
  representativeName: "resultHandover.form.representativeName",
  powerOfAttorneyNumber: "resultHandover.form.powerOfAttorneyNumber",
  isIdentityChecked: "resultHandover.form.identityChecked",
};

export function HandoverForm({ applicationId, version }: { applicationId: string; version: number }) {
  const { t } = useI18n();
  const router = useRouter();
  const [state, formAction, isPending] = useActionState<IssueResultActionState, FormData>(issueResultAction, null);
  const [recipient, setRecipient] = useState<ResultRecipient>("APPLICANT");
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  if (state?.ok) {
    return (
      <p role="status" className="rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
        {t("resultHandover.form.done")}
      </p>
    );
  }
  const errorItems: ErrorSummaryItem[] = Object.entries(fieldErrors).map(([field, message]) => ({
    message,
    fieldId: field === "recipient" ? "recipient-APPLICANT" : field,
    label: FIELD_LABELS[field] ? t(FIELD_LABELS[field]) : undefined,
  }));

  return (
    <form onSubmit={submit} noValidate aria-labelledby="handover-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5" data-testid="handover-form">
      <div>
        <h2 id="handover-title" className="text-lg font-semibold">{t("resultHandover.form.title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("resultHandover.form.lead")}</p>
      </div>
      {state && !state.ok && <ErrorSummary title={state.message} items={errorItems} revision={state} />}
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="expectedVersion" value={version} />

      <fieldset aria-describedby={fieldErrors.recipient ? errorIdOf("recipient") : undefined}>
        <legend className="text-sm font-medium">{t("resultHandover.form.recipient")}</legend>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {RESULT_RECIPIENTS.map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                id={`recipient-${value}`}
                name="recipient"
                value={value}
                checked={recipient === value}
                onChange={() => setRecipient(value)}
              />
              {t(`resultHandover.form.recipients.${value}`)}
            </label>
          ))}
        </div>
        {fieldErrors.recipient && <p id={errorIdOf("recipient")} className="mt-1 text-sm text-red-800">{fieldErrors.recipient}</p>}
      </fieldset>

      {/* hidden, not removed, for the applicant herself: what was typed comes back if she was not */}
      <div className="grid gap-4 sm:grid-cols-2" hidden={recipient !== "REPRESENTATIVE"}>
        <Field id="representativeName" label={t("resultHandover.form.representativeName")} error={fieldErrors.representativeName}>
          {(control) => <input {...control} name="representativeName" autoComplete="off" maxLength={200} disabled={recipient !== "REPRESENTATIVE"} />}
        </Field>
        <Field id="powerOfAttorneyNumber" label={t("resultHandover.form.powerOfAttorneyNumber")} error={fieldErrors.powerOfAttorneyNumber}>
          {(control) => <input {...control} name="powerOfAttorneyNumber" autoComplete="off" maxLength={60} disabled={recipient !== "REPRESENTATIVE"} />}
        </Field>
      </div>

      <div>
        <label className="flex items-start gap-2 text-sm font-medium">
          <input
            type="checkbox"
            id="isIdentityChecked"
            name="isIdentityChecked"
            className="mt-0.5"
            aria-invalid={fieldErrors.isIdentityChecked ? true : undefined}
            aria-describedby={fieldErrors.isIdentityChecked ? errorIdOf("isIdentityChecked") : undefined}
          />
          {t("resultHandover.form.identityChecked")}
        </label>
        {fieldErrors.isIdentityChecked && <p id={errorIdOf("isIdentityChecked")} className="mt-1 text-sm text-red-800">{fieldErrors.isIdentityChecked}</p>}
      </div>

      <Button type="submit" disabled={isPending}>
        {isPending ? t("resultHandover.form.submitting") : t("resultHandover.form.submit")}
      </Button>
    </form>
  );
}
