"use client";

import { startTransition, useActionState, useMemo, useRef, useState, type FormEvent } from "react";
import { lookupApplicant, prefillFromCode, registerIntake, type IntakeActionState } from "@/lib/server-actions/staff";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button, ButtonAnchor, ButtonLink } from "@/components/ui/button";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { categoryChoiceProblem } from "@/lib/domain/category-choice";
import { teacherIinProblem } from "@/lib/domain/teacher-identity";
import { toLocalDate } from "@/lib/domain/working-calendar";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import type { MessageKey } from "@/lib/i18n/translate";
import type { KnownApplicant } from "@/lib/applicants/lookup-applicant";
import type { ContactChoice } from "@/lib/domain/package-contacts";
import type { IntakeOptions } from "@/lib/staff-pages/intake-page";
import { IntakeClock } from "./intake-clock";

// the fields a registration error may name, by the id of their control
const FIELD_LABELS = {
  iin: "staff.intake.iin",
  locale: "staff.intake.locale",
  lastName: "staff.intake.lastName",
  firstName: "staff.intake.firstName",
  middleName: "staff.intake.middleName",
  phone: "staff.intake.phone",
  email: "staff.intake.email",
  contacts: "staff.intake.contacts",
  purpose: "staff.intake.purpose",
  categoryHeld: "staff.intake.categoryHeld",
  categorySought: "staff.intake.categorySought",
  providerId: "staff.intake.provider",
} as const satisfies Record<string, MessageKey>;
type IntakeField = keyof typeof FIELD_LABELS;

const CATEGORY_FIELDS = new Set(["purpose", "categoryHeld", "categorySought"]);
/** The group a field's message belongs to: "documents.X" is the documents', the category fields share one. */
function errorGroupOf(field: string): string {
  const [head = field] = field.split(".");
  return CATEGORY_FIELDS.has(head) ? "category" : head;
}

export function IntakeForm({ options }: { options: IntakeOptions }) {
  const { t } = useI18n();
  const [state, formAction, isPending] = useActionState<IntakeActionState, FormData>(registerIntake, null);
  const [iin, setIin] = useState("");
  const [applicant, setApplicant] = useState({ lastName: "", firstName: "", middleName: "", phone: "", email: "", locale: "kk" });
  // a teacher on file, as the look-up shows her: her name, her contacts masked
  const [known, setKnown] = useState<KnownApplicant | null>(null);
  const [lookupError, setLookupError] = useState<string | null>(null);
  const [contactChoice, setContactChoice] = useState<ContactChoice>("given");
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
  // the fields changed since the last answer came back, with the answer they were changed after
  const [edited, setEdited] = useState<{ result: IntakeActionState; fields: ReadonlySet<string> }>({ result: null, fields: new Set() });

  // the IIN the clerk has typed last: a look-up answered after she changed it fills nothing
  const latestIin = useRef("");

  /** Looks the IIN up; a teacher on file fills her name, and her contacts on file are offered for the package. */
  async function lookUp(digits: string, typedContacts: { phone: string; email: string }) {
    const found = await lookupApplicant(digits);
    if (latestIin.current !== digits) return;
    setLookupError(found.ok ? null : found.message);
    const teacher = found.ok ? found.data : null;
    setKnown(teacher);
    if (teacher) {
      setApplicant((current) => ({ ...current, lastName: teacher.lastName, firstName: teacher.firstName, middleName: teacher.middleName ?? "" }));
      const hasTyped = Boolean(typedContacts.phone || typedContacts.email);
      setContactChoice(!hasTyped && (teacher.maskedPhone || teacher.maskedEmail) ? "onFile" : "given");
    } else {
      setContactChoice("given");
    }
  }

  /** What the look-up filled belongs to the IIN as it was: another IIN starts from a blank name and the contacts typed. */
  function forgetLookedUp() {
    if (known) setApplicant((current) => ({ ...current, lastName: "", firstName: "", middleName: "" }));
    setKnown(null);
    setLookupError(null);
    setContactChoice("given");
  }

  async function applyCode() {
    const found = await prefillFromCode(code);
    const prefill = found.ok ? found.data : null;
    if (!prefill) {
      setAppliedCode(null);
      setCodeMessage({ text: t("staff.intake.codeNotFound"), isError: true });
      return;
    }
    setIin(prefill.iin);
    latestIin.current = prefill.iin;
    const prepared = { phone: prefill.phone ?? "", email: prefill.email ?? "" };
    setApplicant({
      lastName: prefill.lastName,
      firstName: prefill.firstName,
      middleName: prefill.middleName ?? "",
      ...prepared,
      locale: prefill.locale ?? "kk",
    });
    // the teacher on file keeps her name; the contacts she prepared are this package's unless she gave none
    void lookUp(prefill.iin, prepared);
    setPurpose(prefill.purpose);
    setCategoryHeld(prefill.categoryHeld ?? "");
    if (options.categories.some((c) => c.code === prefill.categorySought)) setCategorySought(prefill.categorySought);
    if (prefill.providerId) setProviderId(prefill.providerId);
    setAppliedCode(prefill.preRegistrationCode);
    setCodeMessage({ text: t("staff.intake.codeApplied"), isError: false });
  }

  // the same rule the server applies: a check digit that holds is not enough, the birth date must be a teacher's
  const iinProblem = iin.length === 12 ? teacherIinProblem(iin, toLocalDate(new Date())) : undefined;
  // a message is about the value it was given for: once the clerk changes that field, it goes
  // (the category rules tie purpose, held and sought together, so a change to one clears all three)
  const editedFields = edited.result === state ? edited.fields : new Set<string>();
  const fieldErrors = Object.fromEntries(
    Object.entries(state && !state.ok ? state.fieldErrors : {}).filter(([field]) => !editedFields.has(errorGroupOf(field))),
  );
  function markEdited(event: FormEvent<HTMLFormElement>) {
    const name = (event.target as { name?: unknown }).name;
    if (typeof name !== "string" || !name) return;
    setEdited({ result: state, fields: new Set([...editedFields, errorGroupOf(name)]) });
  }
  // the required items not ticked: shown before registering, and refused here when the version says so
  const missing = options.checklist.filter((item) => (!item.isConditional || categoryHeld) && !documents.includes(item.code));
  const isRefusedHere = missing.length > 0 && options.incompleteAtCounter.outcome === "REFUSE";
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
    if (digits === iin) return;
    setIin(digits);
    latestIin.current = digits;
    forgetLookedUp();
    if (digits.length === 12 && teacherIinProblem(digits, toLocalDate(new Date())) === null) await lookUp(digits, applicant);
  }

  if (state?.ok && state.data.kind === "refusedAtCounter") {
    const names = new Map(options.checklist.map((item) => [item.code, item.name]));
    return (
      <section className="rounded-lg border border-amber-300 bg-amber-50 p-6" aria-labelledby="refused-title">
        <h2 id="refused-title" className="text-xl font-semibold text-amber-900">{t("staff.refusedAtCounter.title")}</h2>
        <p className="mt-2">{t("staff.refusedAtCounter.lead")}</p>
        <h3 className="mt-3 font-semibold">{t("staff.intake.missingTitle")}</h3>
        <ul className="list-disc pl-5" data-testid="counter-refusal-missing">
          {state.data.missingCodes.map((code) => <li key={code}>{names.get(code) ?? code}</li>)}
        </ul>
        <div className="mt-4 flex flex-wrap gap-3">
          <ButtonAnchor href={`/api/counter-refusals/${state.data.counterRefusalId}`} target="_blank" rel="noopener">
            {t("staff.refusedAtCounter.printReceipt")}
          </ButtonAnchor>
          <ButtonAnchor href={`${options.workspacePath}/register`} variant="secondary">
            {t("staff.registered.another")}
          </ButtonAnchor>
          <ButtonLink href={options.workspacePath} variant="secondary">
            {t("staff.registered.backToQueue")}
          </ButtonLink>
        </div>
      </section>
    );
  }

  if (state?.ok && state.data.kind === "registered") {
    return (
      <section className="rounded-lg border border-emerald-300 bg-emerald-50 p-6" aria-labelledby="registered-title">
        <h2 id="registered-title" className="text-xl font-semibold text-emerald-900">{t("staff.registered.title")}</h2>
        <p className="mt-2 font-mono text-2xl" data-testid="registration-number">
          {t("staff.registered.number", { number: state.data.registrationNumber })}
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <ButtonAnchor href={`/api/applications/${state.data.applicationId}/receipt`} target="_blank" rel="noopener">
            {t("staff.registered.printReceipt")}
          </ButtonAnchor>
          <ButtonLink href={`${options.workspacePath}/applications/${state.data.applicationId}`} variant="secondary">
            {t("staff.queue.open")}
          </ButtonLink>
          {/* a plain link: the blank form must load afresh, with a new intake clock */}
          <ButtonAnchor href={`${options.workspacePath}/register`} variant="secondary">
            {t("staff.registered.another")}
          </ButtonAnchor>
          <ButtonLink href={options.workspacePath} variant="secondary">
            {t("staff.registered.backToQueue")}
          </ButtonLink>
        </div>
      </section>
    );
  }

  // each error in the summary links to its field; one on no field of the form is said as it is
  const errorItems: ErrorSummaryItem[] = Object.entries(fieldErrors).map(([field, message]) =>
    field in FIELD_LABELS ? { fieldId: field, label: t(FIELD_LABELS[field as IntakeField]), message } : { message },
  );
  const applicantField = (field: "lastName" | "firstName" | "middleName" | "phone" | "email") => {
    // a teacher on file keeps the name on her record: an intake never renames anyone
    const isNameOnFile = Boolean(known) && (field === "lastName" || field === "firstName" || field === "middleName");
    return (
      <Field key={field} id={field} label={t(FIELD_LABELS[field])} error={fieldErrors[field]} hint={isNameOnFile ? t("staff.intake.nameOnFile") : undefined}>
        {(control) => (
          <input
            {...control}
            className={isNameOnFile ? `${control.className} bg-slate-100` : control.className}
            name={field}
            type={field === "email" ? "email" : field === "phone" ? "tel" : "text"}
            required={field === "lastName" || field === "firstName"}
            readOnly={isNameOnFile}
            value={applicant[field]}
            onChange={(e) => setApplicant({ ...applicant, [field]: e.target.value })}
          />
        )}
      </Field>
    );
  };
  const onFileSummary = known
    ? [
        known.maskedPhone && t("staff.intake.onFilePhone", { phone: known.maskedPhone }),
        known.maskedEmail && t("staff.intake.onFileEmail", { email: known.maskedEmail }),
      ].filter(Boolean).join(", ") || t("staff.intake.onFileNone")
    : "";
  const isTypingContacts = !known || contactChoice === "given";
  // said as soon as the pair is chosen, in the words the server would refuse it with
  const choiceProblem = categoryChoiceProblem({ purpose, categorySought, categoryHeld }, options.categories);
  const choiceHint =
    choiceProblem?.problem === "NOT_HIGHER_THAN_HELD" ? t("errors.assignNotHigher") : choiceProblem?.problem === "NOT_THE_HELD" ? t("errors.confirmOtherCategory") : undefined;

  return (
    <form onSubmit={submit} onChange={markEdited} className="space-y-6" noValidate>
      <IntakeClock startedAt={options.intakeStartedAt} normMinutes={options.normMinutes} />
      {/* the server's signed stamp of when this form was opened: the start it takes, never a time typed here */}
      <input type="hidden" name="intakeStartedAt" value={options.intakeStamp} />
      {appliedCode && <input type="hidden" name="preRegistrationCode" value={appliedCode} />}
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
        <Field id="preRegistrationCode" label={t("staff.intake.preRegistrationCode")} className="w-full sm:w-[27rem]">
          {(control) => (
            <input
              {...control}
              className={`${control.className} font-mono uppercase`}
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
            />
          )}
        </Field>
        <Button variant="outline" onClick={() => void applyCode()}>
          {t("staff.intake.applyCode")}
        </Button>
        {codeMessage && (
          <p role={codeMessage.isError ? "alert" : "status"} className={`w-full text-sm ${codeMessage.isError ? "text-red-800" : "text-emerald-800"}`}>
            {codeMessage.text}
          </p>
        )}
      </div>
      {state && !state.ok && <ErrorSummary title={state.message} items={errorItems} revision={state} />}

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t("staff.intake.applicant")}</legend>
        <Field
          id="iin"
          label={t("staff.intake.iin")}
          error={fieldErrors.iin}
          isInvalid={iinProblem === undefined ? undefined : iinProblem !== null}
          describedBy="iin-status"
        >
          {(control) => (
            <>
              <input
                {...control}
                className={`${control.className} font-mono`}
                name="iin"
                inputMode="numeric"
                autoComplete="off"
                required
                value={iin}
                onChange={(e) => void onIinChange(e.target.value)}
              />
              <p id="iin-status" className="mt-1 text-sm" aria-live="polite">
                {iinProblem && <span className="text-red-800">{t(iinProblem)}</span>}
                {iinProblem === null && <span className="text-emerald-800">✓ {t("staff.intake.iinValid")}</span>}
                {known && <span className="block text-slate-600">{t("staff.intake.knownApplicant")}</span>}
                {lookupError && <span className="block text-red-800" role="alert">{lookupError}</span>}
              </p>
            </>
          )}
        </Field>
        {(["lastName", "firstName", "middleName"] as const).map(applicantField)}
        {known && (
          <fieldset className="sm:col-span-2" aria-describedby={fieldErrors.contacts ? "contacts-error" : undefined}>
            <legend className="text-sm font-medium">{t("staff.intake.contacts")}</legend>
            <label className="mt-2 flex items-start gap-2">
              <input id="contacts" type="radio" name="contacts" value="onFile" checked={contactChoice === "onFile"} onChange={() => setContactChoice("onFile")} className="mt-1 h-4 w-4" />
              <span>
                {t("staff.intake.contactsOnFile")} <span className="font-mono text-sm" data-testid="contacts-on-file">{onFileSummary}</span>
              </span>
            </label>
            <label className="mt-1 flex items-start gap-2">
              <input type="radio" name="contacts" value="given" checked={contactChoice === "given"} onChange={() => setContactChoice("given")} className="mt-1 h-4 w-4" />
              <span>{t("staff.intake.contactsGiven")}</span>
            </label>
            {fieldErrors.contacts && <p id="contacts-error" className="mt-1 text-sm text-red-800">{fieldErrors.contacts}</p>}
          </fieldset>
        )}
        {isTypingContacts && (
          <>
            <Field id="locale" label={t("staff.intake.locale")} error={fieldErrors.locale}>
              {(control) => (
                <select {...control} name="locale" value={applicant.locale} onChange={(e) => setApplicant({ ...applicant, locale: e.target.value })}>
                  {LOCALES.map((l) => <option key={l} value={l}>{LOCALE_NAMES[l]}</option>)}
                </select>
              )}
            </Field>
            {(["phone", "email"] as const).map(applicantField)}
          </>
        )}
      </fieldset>

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-3">
        <legend className="px-1 font-semibold">{t("staff.intake.request")}</legend>
        <Field id="purpose" label={t("staff.intake.purpose")} error={fieldErrors.purpose}>
          {(control) => (
            <select {...control} name="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value as "ASSIGN" | "CONFIRM")}>
              <option value="ASSIGN">{t("purposes.ASSIGN")}</option>
              <option value="CONFIRM">{t("purposes.CONFIRM")}</option>
            </select>
          )}
        </Field>
        <Field id="categoryHeld" label={t("staff.intake.categoryHeld")} error={fieldErrors.categoryHeld}>
          {(control) => (
            <select {...control} name="categoryHeld" value={categoryHeld} onChange={(e) => setCategoryHeld(e.target.value)}>
              <option value="">{t("staff.intake.noCategory")}</option>
              {options.categories.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
            </select>
          )}
        </Field>
        <Field id="categorySought" label={t("staff.intake.categorySought")} error={fieldErrors.categorySought ?? choiceHint}>
          {(control) => (
            <select {...control} name="categorySought" value={categorySought} onChange={(e) => setCategorySought(e.target.value)}>
              {options.categories.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
            </select>
          )}
        </Field>
        {options.isCorp && (
          <div className="space-y-3 sm:col-span-3">
            <Field id="providerSearch" label={t("staff.intake.providerSearch")}>
              {(control) => <input {...control} type="search" value={providerFilter} onChange={(e) => setProviderFilter(e.target.value)} />}
            </Field>
            <Field id="providerId" label={t("staff.intake.provider")} error={fieldErrors.providerId}>
              {(control) => (
                <select {...control} name="providerId" required size={6} value={providerId} onChange={(e) => setProviderId(e.target.value)}>
                  {providers.map((p) => (
                    <option key={p.id} value={p.id}>{p.name} — {p.districtName}</option>
                  ))}
                </select>
              )}
            </Field>
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
        {/* what is missing, before anything is registered, and what the counter does with it */}
        <div className="mt-4 rounded border border-slate-200 bg-slate-50 p-3 text-sm" role="status" aria-live="polite" data-testid="intake-missing">
          {missing.length === 0 ? (
            <p>{t("staff.intake.missingNone")}</p>
          ) : (
            <>
              <p className="font-semibold">{t("staff.intake.missingTitle")}</p>
              <ul className="list-disc pl-5">
                {missing.map((item) => <li key={item.code}>{item.name}</li>)}
              </ul>
              <p className="mt-2">{isRefusedHere ? t("staff.intake.incompleteRefused") : t("staff.intake.incompleteRegistered")}</p>
              {isRefusedHere && !options.incompleteAtCounter.isConfirmed && (
                <p className="mt-1 text-slate-600">{t("staff.intake.unconfirmed", { source: options.incompleteAtCounter.source })}</p>
              )}
            </>
          )}
        </div>
      </fieldset>

      <Button type="submit" size="xl" disabled={isPending}>
        {isPending
          ? t("staff.intake.submitting")
          : isRefusedHere
            ? t("staff.intake.submitRefuse")
            : options.isCorp
              ? t("staff.intake.submitCorp")
              : t("staff.intake.submit")}
      </Button>
    </form>
  );
}
