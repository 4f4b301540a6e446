"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { requestSubmissionCodeAction, type SubmissionCodeState } from "@/lib/server-actions/online";
import { ApplicationFields, errorItemsOf, type ApplicationFieldsProps } from "./application-fields";

interface Props extends Omit<ApplicationFieldsProps, "errors" | "renderChecklist"> {
  maxMegabytes: number;
}

type Refusal = { message: string; fieldErrors: Record<string, string> };

/**
 * The online application: the prepare form's fields, a scan per checklist document, and the
 * confirmation by a one-time code. The files are posted to the route handler in one request
 * (a server action takes 1 MB); the code is asked for without leaving the page.
 */
export function OnlineApplicationForm({ maxMegabytes, ...fields }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [codeState, setCodeState] = useState<SubmissionCodeState | null>(null);
  const [isSending, startSending] = useTransition();
  const [isSubmitting, setSubmitting] = useState(false);
  const errors = refusal?.fieldErrors ?? {};
  const scanLabels = Object.fromEntries(fields.checklist.map((item) => [`scan.${item.code}`, item.name]));

  const askForCode = () =>
    startSending(async () => {
      const answer = await requestSubmissionCodeAction({});
      if (answer.ok) setCodeState(answer.data);
      else setRefusal({ message: answer.message, fieldErrors: answer.fieldErrors });
    });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    try {
      const response = await fetch("/api/applicant/online-application", { method: "POST", body: new FormData(event.currentTarget) });
      const answer = (await response.json().catch(() => null)) as { registrationNumber?: string; message?: string; fieldErrors?: Record<string, string> } | null;
      if (response.ok && answer?.registrationNumber) {
        router.push(`/applicant?submitted=${encodeURIComponent(answer.registrationNumber)}`);
        return;
      }
      setRefusal({ message: answer?.message ?? t("errors.unexpected"), fieldErrors: answer?.fieldErrors ?? {} });
    } catch {
      // the network failed: nothing was received, and she may try again
      setRefusal({ message: t("errors.unexpected"), fieldErrors: {} });
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-6" noValidate encType="multipart/form-data">
      {refusal && <ErrorSummary title={refusal.message} items={errorItemsOf(errors, t, { ...scanLabels, code: t("onlineApplication.code") })} revision={refusal} />}
      <ApplicationFields
        {...fields}
        errors={errors}
        renderChecklist={(items) => (
          <fieldset className="space-y-4 rounded-lg border border-brand-100 bg-brand-50 p-4" data-testid="scans">
            <legend className="px-1 font-semibold">{t("onlineApplication.scansTitle")}</legend>
            <p className="text-sm text-slate-600">{t("onlineApplication.scansLead", { megabytes: maxMegabytes })}</p>
            {items.map((item) => (
              <Field key={item.code} id={`scan.${item.code}`} label={item.name} error={errors[`scan.${item.code}`]} size="lg">
                {(control) => <input {...control} name={`scan.${item.code}`} type="file" accept="application/pdf,image/jpeg,image/png" required />}
              </Field>
            ))}
          </fieldset>
        )}
      />

      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t("onlineApplication.confirmTitle")}</legend>
        <p className="text-sm text-slate-600">{t("onlineApplication.confirmLead")}</p>
        <Button type="button" variant="secondary" onClick={askForCode} disabled={isSending}>
          {isSending ? t("onlineApplication.requestingCode") : t("onlineApplication.requestCode")}
        </Button>
        <p role="status" className="text-sm">
          {codeState && "destination" in codeState && t("onlineApplication.codeSent", { destination: codeState.destination, minutes: codeState.minutes })}
          {codeState && "retryAfterMinutes" in codeState && t("onlineApplication.codeRefused", { minutes: codeState.retryAfterMinutes })}
        </p>
        <Field id="code" label={t("onlineApplication.code")} hint={t("onlineApplication.codeHint")} error={errors.code} size="lg">
          {(control) => <input {...control} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={12} required />}
        </Field>
      </fieldset>

      <Button type="submit" size="lg" disabled={isSubmitting} className="w-full sm:w-auto">
        {isSubmitting ? t("onlineApplication.submitting") : t("onlineApplication.submit")}
      </Button>
    </form>
  );
}
