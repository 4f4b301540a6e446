"use client";

import Link from "next/link";
import { startTransition, useActionState, useMemo, useState, type FormEvent } from "react";
import { lookupApplicant, prefillFromCode, registerIntake, type IntakeActionState } from "@/lib/server-actions/staff";
import { useI18n } from "@/components/i18n/i18n-provider";
import { validateIin } from "@/lib/domain/identity";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import type { IntakeOptions } from "@/lib/staff-pages/intake-page";
import { IntakeClock } from "./intake-clock";

const input = "mt-1 w-full rounded border border-slate-300 px-3 py-2";

export function IntakeForm({ options }: { options: IntakeOptions }) {
  const { t } = useI18n();
  const [state, formAction, isPending] = useActionState<IntakeActionState, FormData>(registerIntake, null);
  const [iin, setIin] = useState("");
  const [applicant, setApplicant] = useState({ lastName: "", firstName: "", middleName: "", phone: "", email: "", locale: "kk" });
  const [isKnown, setIsKnown] = useState(false);
  const [purpose, setPurpose] = useState<"ASSIGN" | "CONFIRM">("ASSIGN");
  const [categoryHeld, setCategoryHeld] = useState("");
  const [providerFilter, setProviderFilter] = useState("");
  // every field is controlled: React resets uncontrolled ones after an action, and a rejected
  // registration must not lose what the clerk already ticked
  const [categorySought, setCategorySought] = useState(options.categories[0]?.code ?? "");
  const [providerId, setProviderId] = useState("");
  const [documents, setDocuments] = useState<string[]>([]);
  const [code, setCode] = useState("");
  const [appliedCode, setAppliedCode] = useState<string | null>(null);
  const [codeMessage, setCodeMessage] = useState<{ text: string; isError: boolean } | null>(null);

  async function applyCode() {
    const found = await prefillFromCode(code);
    const prefill = found.ok ? found.data : null;
    if (!prefill) {
      setAppliedCode(null);
      setCodeMessage({ text: t("staff.intake.codeNotFound"), isError: true });
      return;
    }
    setIin(prefill.iin);
    setApplicant({
      lastName: prefill.lastName,
      firstName: prefill.firstName,
      middleName: prefill.middleName ?? "",
      phone: prefill.phone ?? "",
      email: prefill.email ?? "",
      locale: prefill.locale ?? "kk",
    });
    setPurpose(prefill.purpose);
    setCategoryHeld(prefill.categoryHeld ?? "");
    if (options.categories.some((c) => c.code === prefill.categorySought)) setCategorySought(prefill.categorySought);
    if (prefill.providerId) setProviderId(prefill.providerId);
    setAppliedCode(prefill.preRegistrationCode);
    setCodeMessage({ text: t("staff.intake.codeApplied"), isError: false });
  }

  const iinCheck = iin.length === 12 ? validateIin(iin) : null;
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  const providers = useMemo(() => {
    const needle = providerFilter.trim().toLocaleLowerCase();
    return needle ? options.providers.filter((p) => `${p.name} ${p.districtName}`.toLocaleLowerCase().includes(needle)) : options.providers;
  }, [providerFilter, options.providers]);

  // Submitted by hand rather than through `action`: React resets a form after an action runs,
  // and a rejected registration must keep everything the clerk entered.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  async function onIinChange(value: string) {
    const digits = value.replace(/\D/g, "").slice(0, 12);
    setIin(digits);
    if (digits.length === 12 && validateIin(digits).isValid) {
      const found = await lookupApplicant(digits);
      const known = found.ok ? found.data : null;
      setIsKnown(Boolean(known));
      if (known) {
        setApplicant({
          lastName: known.lastName,
          firstName: known.firstName,
          middleName: known.middleName ?? "",
          phone: known.phone ?? "",
          email: known.email ?? "",
          locale: known.locale,
        });
      }
    }
  }

  if (state?.ok) {
    return (
      <section className="rounded-lg border border-emerald-300 bg-emerald-50 p-6" aria-labelledby="registered-title">
        <h2 id="registered-title" className="text-xl font-semibold text-emerald-900">{t("staff.registered.title")}</h2>
        <p className="mt-2 font-mono text-2xl" data-testid="registration-number">
          {t("staff.registered.number", { number: state.data.registrationNumber })}
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <a
            href={`/api/applications/${state.data.applicationId}/receipt`}
            target="_blank"
            rel="noopener"
            className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white"
          >
            {t("staff.registered.printReceipt")}
          </a>
          <Link href={`${options.workspacePath}/applications/${state.data.applicationId}`} className="rounded border border-slate-300 bg-white px-4 py-2 text-sm">
            {t("staff.queue.open")}
          </Link>
          <a href={`${options.workspacePath}/register`} className="rounded border border-slate-300 bg-white px-4 py-2 text-sm">
            {t("staff.registered.another")}
          </a>
          <Link href={options.workspacePath} className="rounded border border-slate-300 bg-white px-4 py-2 text-sm">
            {t("staff.registered.backToQueue")}
          </Link>
        </div>
      </section>
    );
  }

  const error = (field: string) =>
    fieldErrors[field] ? (
      <p id={`${field}-error`} className="mt-1 text-sm text-red-800">{fieldErrors[field]}</p>
    ) : null;
  const describedBy = (field: string) => (fieldErrors[field] ? `${field}-error` : undefined);

  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      <IntakeClock startedAt={options.intakeStartedAt} normMinutes={options.normMinutes} />
      <input type="hidden" name="intakeStartedAt" value={options.intakeStartedAt} />
      {appliedCode && <input type="hidden" name="preRegistrationCode" value={appliedCode} />}
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
        <div>
          <label htmlFor="preRegistrationCode" className="text-sm font-medium">{t("staff.intake.preRegistrationCode")}</label>
          <input
            id="preRegistrationCode"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            onKeyDown={(e) => {
              // a QR scanner types the code and presses Enter: fill, do not submit the whole form
              if (e.key === "Enter") {
                e.preventDefault();
                void applyCode();
              }
            }}
            autoComplete="off"
            className={`${input} font-mono uppercase`}
          />
        </div>
        <button type="button" onClick={() => void applyCode()} className="rounded border border-brand-600 bg-white px-4 py-2 text-sm font-medium text-brand-700">
          {t("staff.intake.applyCode")}
        </button>
        {codeMessage && (
          <p role={codeMessage.isError ? "alert" : "status"} className={`w-full text-sm ${codeMessage.isError ? "text-red-800" : "text-emerald-800"}`}>
            {codeMessage.text}
          </p>
        )}
      </div>
      {state && !state.ok && (
        <p role="alert" aria-label={state.message} className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {state.message}
        </p>
      )}

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t("staff.intake.applicant")}</legend>
        <div>
          <label htmlFor="iin" className="text-sm font-medium">{t("staff.intake.iin")}</label>
          <input
            id="iin"
            name="iin"
            inputMode="numeric"
            autoComplete="off"
            required
            value={iin}
            onChange={(e) => void onIinChange(e.target.value)}
            aria-invalid={Boolean(fieldErrors.iin) || (iinCheck ? !iinCheck.isValid : undefined)}
            aria-describedby={describedBy("iin") ?? "iin-status"}
            className={`${input} font-mono`}
          />
          <p id="iin-status" className="mt-1 text-sm" aria-live="polite">
            {iinCheck && !iinCheck.isValid && <span className="text-red-800">{t("errors.invalidIin")}</span>}
            {iinCheck?.isValid && <span className="text-emerald-800">✓ {t("staff.intake.iinValid")}</span>}
            {isKnown && <span className="block text-slate-600">{t("staff.intake.knownApplicant")}</span>}
          </p>
          {error("iin")}
        </div>
        <div>
          <label htmlFor="locale" className="text-sm font-medium">{t("staff.intake.locale")}</label>
          <select id="locale" name="locale" value={applicant.locale} onChange={(e) => setApplicant({ ...applicant, locale: e.target.value })} className={input}>
            {LOCALES.map((l) => <option key={l} value={l}>{LOCALE_NAMES[l]}</option>)}
          </select>
        </div>
        {(["lastName", "firstName", "middleName", "phone", "email"] as const).map((field) => (
          <div key={field}>
            <label htmlFor={field} className="text-sm font-medium">{t(`staff.intake.${field}`)}</label>
            <input
              id={field}
              name={field}
              type={field === "email" ? "email" : field === "phone" ? "tel" : "text"}
              required={field === "lastName" || field === "firstName"}
              value={applicant[field]}
              onChange={(e) => setApplicant({ ...applicant, [field]: e.target.value })}
              aria-invalid={Boolean(fieldErrors[field]) || undefined}
              aria-describedby={describedBy(field)}
              className={input}
            />
            {error(field)}
          </div>
        ))}
      </fieldset>

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-3">
        <legend className="px-1 font-semibold">{t("staff.intake.request")}</legend>
        <div>
          <label htmlFor="purpose" className="text-sm font-medium">{t("staff.intake.purpose")}</label>
          <select id="purpose" name="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value as "ASSIGN" | "CONFIRM")} className={input}>
            <option value="ASSIGN">{t("purposes.ASSIGN")}</option>
            <option value="CONFIRM">{t("purposes.CONFIRM")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="categoryHeld" className="text-sm font-medium">{t("staff.intake.categoryHeld")}</label>
          <select id="categoryHeld" name="categoryHeld" value={categoryHeld} onChange={(e) => setCategoryHeld(e.target.value)} aria-describedby={describedBy("categoryHeld")} className={input}>
            <option value="">{t("staff.intake.noCategory")}</option>
            {options.categories.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
          </select>
          {error("categoryHeld")}
        </div>
        <div>
          <label htmlFor="categorySought" className="text-sm font-medium">{t("staff.intake.categorySought")}</label>
          <select id="categorySought" name="categorySought" value={categorySought} onChange={(e) => setCategorySought(e.target.value)} aria-describedby={describedBy("categorySought")} className={input}>
            {options.categories.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
          </select>
          {error("categorySought")}
        </div>
        {options.isCorp && (
          <div className="sm:col-span-3">
            <label htmlFor="providerSearch" className="text-sm font-medium">{t("staff.intake.providerSearch")}</label>
            <input id="providerSearch" type="search" value={providerFilter} onChange={(e) => setProviderFilter(e.target.value)} className={input} />
            <label htmlFor="providerId" className="mt-3 block text-sm font-medium">{t("staff.intake.provider")}</label>
            <select id="providerId" name="providerId" required size={6} value={providerId} onChange={(e) => setProviderId(e.target.value)} aria-describedby={describedBy("providerId")} className={input}>
              {providers.map((p) => (
                <option key={p.id} value={p.id}>{p.name} — {p.districtName}</option>
              ))}
            </select>
            {error("providerId")}
          </div>
        )}
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 font-semibold">{t("staff.intake.documents")}</legend>
        <p className="mb-3 text-sm text-slate-600">{t("staff.intake.documentsHint")}</p>
        <ul className="space-y-2">
          {options.checklist
            .filter((item) => !item.isConditional || categoryHeld)
            .map((item) => (
              <li key={item.code}>
                <label className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    name="documents"
                    value={item.code}
                    checked={documents.includes(item.code)}
                    onChange={(e) => setDocuments((current) => (e.target.checked ? [...current, item.code] : current.filter((c) => c !== item.code)))}
                    className="mt-1 h-4 w-4"
                  />
                  <span>
                    {item.name}
                    {item.isReturned && <span className="ml-1 text-sm text-slate-500">({t("staff.intake.returned")})</span>}
                    {item.isConditional && <span className="ml-1 text-sm text-slate-500">({t("staff.intake.conditional")})</span>}
                  </span>
                </label>
              </li>
            ))}
        </ul>
      </fieldset>

      <button type="submit" disabled={isPending} className="rounded bg-brand-600 px-6 py-3 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {isPending ? t("staff.intake.submitting") : options.isCorp ? t("staff.intake.submitCorp") : t("staff.intake.submit")}
      </button>
    </form>
  );
}
