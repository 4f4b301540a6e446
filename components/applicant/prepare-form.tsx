"use client";

import { useActionState, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import type { PrepareFormState } from "@/lib/server-actions/prepare";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import type { MessageKey } from "@/lib/i18n/translate";

interface Props {
  action: (state: PrepareFormState, formData: FormData) => Promise<PrepareFormState>;
  versionTitle: string;
  categories: { code: string; name: string }[];
  checklist: { code: string; name: string; isOnlyWhenHeld: boolean; isReturnedToApplicant: boolean }[];
  providers: { id: string; name: string }[];
  defaults: Record<"iin" | "lastName" | "firstName" | "middleName" | "phone" | "email" | "locale", string>;
}

// the fields a preparation error may name, by the id of their control
const FIELD_LABELS = {
  iin: "applicant.prepare.iin",
  lastName: "applicant.prepare.lastName",
  firstName: "applicant.prepare.firstName",
  middleName: "applicant.prepare.middleName",
  phone: "applicant.prepare.phone",
  email: "applicant.prepare.email",
  locale: "applicant.prepare.locale",
  purpose: "applicant.prepare.purpose",
  categorySought: "applicant.prepare.categorySought",
  categoryHeld: "applicant.prepare.categoryHeld",
  providerId: "applicant.prepare.provider",
} as const satisfies Record<string, MessageKey>;
type PrepareField = keyof typeof FIELD_LABELS;

/** The teacher's application data; the checklist follows the category held as it is chosen. */
export function PrepareForm({ action, versionTitle, categories, checklist, providers, defaults }: Props) {
  const { t } = useI18n();
  const [state, formAction, isPending] = useActionState(action, null);
  const [purpose, setPurpose] = useState<"ASSIGN" | "CONFIRM">("ASSIGN");
  const [categoryHeld, setCategoryHeld] = useState("");
  const items = checklist.filter((item) => !item.isOnlyWhenHeld || categoryHeld !== "");

  const refusal = state && !state.ok ? state : null;
  const errors = refusal?.fieldErrors ?? {};
  // each error in the summary links to its field; one on no field of the form is said as it is
  const errorItems: ErrorSummaryItem[] = Object.entries(errors).map(([field, message]) =>
    field in FIELD_LABELS ? { fieldId: field, label: t(FIELD_LABELS[field as PrepareField]), message } : { message },
  );
  const text = (field: keyof Props["defaults"], options: { required?: boolean; type?: string; inputMode?: "numeric" | "tel" | "email" } = {}) => (
    <Field id={field} label={t(FIELD_LABELS[field])} error={errors[field]} size="lg">
      {(control) => (
        <input {...control} name={field} type={options.type ?? "text"} inputMode={options.inputMode} required={options.required} defaultValue={defaults[field]} />
      )}
    </Field>
  );

  return (
    <form action={formAction} className="space-y-6" noValidate>
      {refusal && <ErrorSummary title={refusal.message} items={errorItems} revision={state} />}
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t("applicant.prepare.personalTitle")}</legend>
        {text("iin", { required: true, inputMode: "numeric" })}
        {text("lastName", { required: true })}
        {text("firstName", { required: true })}
        {text("middleName")}
        {text("phone", { type: "tel", inputMode: "tel" })}
        {text("email", { type: "email", inputMode: "email" })}
        <Field id="locale" label={t(FIELD_LABELS.locale)} error={errors.locale} size="lg">
          {(control) => (
            <select {...control} name="locale" defaultValue={defaults.locale}>
              {LOCALES.map((locale) => (
                <option key={locale} value={locale}>
                  {LOCALE_NAMES[locale]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t("applicant.prepare.requestTitle")}</legend>
        <Field id="purpose" label={t(FIELD_LABELS.purpose)} error={errors.purpose} size="lg">
          {(control) => (
            <select {...control} name="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value as "ASSIGN" | "CONFIRM")}>
              <option value="ASSIGN">{t("purposes.ASSIGN")}</option>
              <option value="CONFIRM">{t("purposes.CONFIRM")}</option>
            </select>
          )}
        </Field>
        <Field id="categorySought" label={t(FIELD_LABELS.categorySought)} error={errors.categorySought} size="lg">
          {(control) => (
            <select {...control} name="categorySought" required>
              {categories.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="categoryHeld" label={t(FIELD_LABELS.categoryHeld)} error={errors.categoryHeld} size="lg">
          {(control) => (
            <select {...control} name="categoryHeld" value={categoryHeld} onChange={(e) => setCategoryHeld(e.target.value)}>
              <option value="">{t("applicant.prepare.categoryNone")}</option>
              {categories.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="providerId" label={t(FIELD_LABELS.providerId)} error={errors.providerId} size="lg">
          {(control) => (
            <select {...control} name="providerId" required defaultValue="">
              <option value="" disabled>
                {t("applicant.prepare.providerChoose")}
              </option>
              {providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

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

      <Button type="submit" size="lg" disabled={isPending} className="w-full sm:w-auto">
        {t("applicant.prepare.submit")}
      </Button>
    </form>
  );
}
