"use client";

import { useActionState, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { PrepareFormState } from "@/lib/server-actions/prepare";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

interface Props {
  action: (state: PrepareFormState, formData: FormData) => Promise<PrepareFormState>;
  versionCode: string;
  categories: { code: string; name: string }[];
  checklist: { code: string; name: string; isOnlyWhenHeld: boolean; isReturnedToApplicant: boolean }[];
  providers: { id: string; name: string }[];
  defaults: Record<"iin" | "lastName" | "firstName" | "middleName" | "phone" | "email" | "locale", string>;
}

const FIELD = "mt-1 block w-full rounded border border-slate-300 px-3 py-2 text-base";

/** The teacher's application data; the checklist follows the category held as it is chosen. */
export function PrepareForm({ action, versionCode, categories, checklist, providers, defaults }: Props) {
  const { t } = useI18n();
  const [state, formAction, isPending] = useActionState(action, null);
  const refusal = state && !state.ok ? state : null;
  const fieldErrors = refusal?.fieldErrors ?? {};
  const [purpose, setPurpose] = useState<"ASSIGN" | "CONFIRM">("ASSIGN");
  const [categoryHeld, setCategoryHeld] = useState("");
  const items = checklist.filter((item) => !item.isOnlyWhenHeld || categoryHeld !== "");

  const error = (field: string) =>
    fieldErrors[field] ? (
      <p id={`${field}-error`} className="mt-1 text-sm text-red-700">
        {fieldErrors[field]}
      </p>
    ) : null;
  const text = (field: keyof Props["defaults"], label: string, options: { required?: boolean; type?: string; inputMode?: "numeric" | "tel" | "email" } = {}) => (
    <div>
      <label htmlFor={field} className="font-medium">
        {label}
      </label>
      <input
        id={field}
        name={field}
        type={options.type ?? "text"}
        inputMode={options.inputMode}
        required={options.required}
        defaultValue={defaults[field]}
        aria-invalid={Boolean(fieldErrors[field])}
        aria-describedby={fieldErrors[field] ? `${field}-error` : undefined}
        className={FIELD}
      />
      {error(field)}
    </div>
  );

  return (
    <form action={formAction} className="space-y-6" noValidate>
      {refusal && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {refusal.message}
        </p>
      )}
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t("applicant.prepare.personalTitle")}</legend>
        {text("iin", t("applicant.prepare.iin"), { required: true, inputMode: "numeric" })}
        {text("lastName", t("applicant.prepare.lastName"), { required: true })}
        {text("firstName", t("applicant.prepare.firstName"), { required: true })}
        {text("middleName", t("applicant.prepare.middleName"))}
        {text("phone", t("applicant.prepare.phone"), { type: "tel", inputMode: "tel" })}
        {text("email", t("applicant.prepare.email"), { type: "email", inputMode: "email" })}
        <div>
          <label htmlFor="locale" className="font-medium">
            {t("applicant.prepare.locale")}
          </label>
          <select id="locale" name="locale" defaultValue={defaults.locale} className={FIELD}>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {LOCALE_NAMES[locale]}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t("applicant.prepare.requestTitle")}</legend>
        <div>
          <label htmlFor="purpose" className="font-medium">
            {t("applicant.prepare.purpose")}
          </label>
          <select id="purpose" name="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value as "ASSIGN" | "CONFIRM")} className={FIELD}>
            <option value="ASSIGN">{t("purposes.ASSIGN")}</option>
            <option value="CONFIRM">{t("purposes.CONFIRM")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="categorySought" className="font-medium">
            {t("applicant.prepare.categorySought")}
          </label>
          <select id="categorySought" name="categorySought" required className={FIELD} aria-invalid={Boolean(fieldErrors.categorySought)}>
            {categories.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          {error("categorySought")}
        </div>
        <div>
          <label htmlFor="categoryHeld" className="font-medium">
            {t("applicant.prepare.categoryHeld")}
          </label>
          <select
            id="categoryHeld"
            name="categoryHeld"
            value={categoryHeld}
            onChange={(e) => setCategoryHeld(e.target.value)}
            className={FIELD}
            aria-invalid={Boolean(fieldErrors.categoryHeld)}
          >
            <option value="">{t("applicant.prepare.categoryNone")}</option>
            {categories.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          {error("categoryHeld")}
        </div>
        <div>
          <label htmlFor="providerId" className="font-medium">
            {t("applicant.prepare.provider")}
          </label>
          <select id="providerId" name="providerId" required defaultValue="" className={FIELD} aria-invalid={Boolean(fieldErrors.providerId)}>
            <option value="" disabled>
              {t("applicant.prepare.providerChoose")}
            </option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {error("providerId")}
        </div>
      </fieldset>

      <section aria-labelledby="checklist-title" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
        <h2 id="checklist-title" className="font-semibold">
          {t("applicant.prepare.checklistTitle")}
        </h2>
        <p className="text-sm text-slate-600">{t("applicant.prepare.checklistLead", { version: versionCode })}</p>
        <ol className="ml-5 mt-2 list-decimal space-y-1 text-sm" data-testid="checklist">
          {items.map((item) => (
            <li key={item.code}>{item.name}</li>
          ))}
        </ol>
      </section>

      <button type="submit" disabled={isPending} className="w-full rounded bg-brand-600 px-4 py-2.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60 sm:w-auto">
        {t("applicant.prepare.submit")}
      </button>
    </form>
  );
}
