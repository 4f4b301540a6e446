"use client";

import { useState, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ErrorSummaryItem } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import type { MessageKey } from "@/lib/i18n/translate";

export interface ChecklistEntry {
  code: string;
  name: string;
  isOnlyWhenHeld: boolean;
  isReturnedToApplicant: boolean;
}

export interface ApplicationFieldsProps {
  categories: { code: string; name: string }[];
  checklist: ChecklistEntry[];
  providers: { id: string; name: string }[];
  defaults: Record<"iin" | "lastName" | "firstName" | "middleName" | "phone" | "email" | "locale", string>;
  errors: Record<string, string>;
  /** what the checklist becomes: a list to bring (prepare online) or a file per document (apply online) */
  renderChecklist: (items: ChecklistEntry[]) => ReactNode;
}

// the fields an application's error may name, by the id of their control
export const APPLICATION_FIELD_LABELS = {
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
type ApplicationField = keyof typeof APPLICATION_FIELD_LABELS;

/** Each error as the summary lists it: a link to its field, with the field's label where it has one. */
export function errorItemsOf(errors: Record<string, string>, t: (key: MessageKey) => string, extraLabels: Record<string, string> = {}): ErrorSummaryItem[] {
  return Object.entries(errors).map(([field, message]) =>
    field in APPLICATION_FIELD_LABELS
      ? { fieldId: field, label: t(APPLICATION_FIELD_LABELS[field as ApplicationField]), message }
      : field in extraLabels
        ? { fieldId: field, label: extraLabels[field]!, message }
        : { message },
  );
}

/**
 * The teacher's application data, one set of fields for "prepare online" and "apply online"; the
 * checklist follows the category held as it is chosen.
 */
export function ApplicationFields({ categories, checklist, providers, defaults, errors, renderChecklist }: ApplicationFieldsProps) {
  const { t } = useI18n();
  const [purpose, setPurpose] = useState<"ASSIGN" | "CONFIRM">("ASSIGN");
  const [categoryHeld, setCategoryHeld] = useState("");
  const items = checklist.filter((item) => !item.isOnlyWhenHeld || categoryHeld !== "");

  const text = (field: keyof ApplicationFieldsProps["defaults"], options: { required?: boolean; type?: string; inputMode?: "numeric" | "tel" | "email" } = {}) => (
    <Field id={field} label={t(APPLICATION_FIELD_LABELS[field])} error={errors[field]} size="lg">
      {(control) => (
        <input {...control} name={field} type={options.type ?? "text"} inputMode={options.inputMode} required={options.required} defaultValue={defaults[field]} />
      )}
    </Field>
  );

  return (
    <>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t("applicant.prepare.personalTitle")}</legend>
        {text("iin", { required: true, inputMode: "numeric" })}
        {text("lastName", { required: true })}
        {text("firstName", { required: true })}
        {text("middleName")}
        {text("phone", { type: "tel", inputMode: "tel" })}
        {text("email", { type: "email", inputMode: "email" })}
        <Field id="locale" label={t(APPLICATION_FIELD_LABELS.locale)} error={errors.locale} size="lg">
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
        <Field id="purpose" label={t(APPLICATION_FIELD_LABELS.purpose)} error={errors.purpose} size="lg">
          {(control) => (
            <select {...control} name="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value as "ASSIGN" | "CONFIRM")}>
              <option value="ASSIGN">{t("purposes.ASSIGN")}</option>
              <option value="CONFIRM">{t("purposes.CONFIRM")}</option>
            </select>
          )}
        </Field>
        <Field id="categorySought" label={t(APPLICATION_FIELD_LABELS.categorySought)} error={errors.categorySought} size="lg">
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
        <Field id="categoryHeld" label={t(APPLICATION_FIELD_LABELS.categoryHeld)} error={errors.categoryHeld} size="lg">
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
        <Field id="providerId" label={t(APPLICATION_FIELD_LABELS.providerId)} error={errors.providerId} size="lg">
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

      {renderChecklist(items)}
    </>
  );
}
