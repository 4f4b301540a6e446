"use client";

import { useActionState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { PrepareFormState } from "@/lib/server-actions/prepare";
import { ApplicationFields, errorItemsOf, type ApplicationFieldsProps } from "./application-fields";

interface Props extends Omit<ApplicationFieldsProps, "errors" | "renderChecklist"> {
  action: (state: PrepareFormState, formData: FormData) => Promise<PrepareFormState>;
  versionTitle: string;
}

/** The teacher's application data, saved as a pre-registration; the checklist says what to bring. */
export function PrepareForm({ action, versionTitle, ...fields }: Props) {
  const { t } = useI18n();
  const [state, formAction, isPending] = useActionState(action, null);
  const refusal = state && !state.ok ? state : null;
  const errors = refusal?.fieldErrors ?? {};

  return (
    <form action={formAction} className="space-y-6" noValidate>
      {refusal && <ErrorSummary title={refusal.message} items={errorItemsOf(errors, t)} revision={state} />}
      <ApplicationFields
        {...fields}
        errors={errors}
        renderChecklist={(items) => (
          <section aria-labelledby="checklist-title" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
            <h2 id="checklist-title" className="font-semibold">
              {t("applicant.prepare.checklistTitle")}
            </h2>
            <p className="text-sm text-slate-600">{t("applicant.prepare.checklistLead", { version: versionTitle })}</p>
            <ol className="ml-5 mt-2 list-decimal space-y-1 text-sm" data-testid="checklist">
              {items.map((item) => (
                <li key={item.code}>{item.name}</li>
              ))}
            </ol>
          </section>
        )}
      />
      <Button type="submit" size="lg" disabled={isPending} className="w-full sm:w-auto">
        {t("applicant.prepare.submit")}
      </Button>
    </form>
  );
}
